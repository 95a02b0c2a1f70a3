//! The client catalog: every mail app the desk meets, as data (`catalog/<client>.rs`).
//!
//! SCAFFOLD: the engine work fills this in. The look-ups below are the interface the rules,
//! the texts and the app use.

use crate::case::ClientId;
use crate::lang::Text;

/// One mail client.
#[derive(Debug)]
pub struct ClientSpec {
    pub id: ClientId,
    pub name: Text,
}

/// The catalog entry of a client.
pub fn client(id: ClientId) -> &'static ClientSpec {
    CLIENTS.iter().find(|c| c.id == id).unwrap_or(&CLIENTS[0])
}

pub static CLIENTS: &[ClientSpec] = &[ClientSpec {
    id: ClientId::OutlookNew,
    name: Text::new("新しい Outlook", "Outlook (new)"),
}];
