use crate::case::ClientId;
use crate::catalog::{ClientSpec, OsFamily, PopSupport, TlsSource, Version};
use crate::lang::Text;
use crate::profile::Tls;

pub const SPEC: ClientSpec = ClientSpec {
    id: ClientId::Becky,
    name: Text::new("Becky! Internet Mail", "Becky! Internet Mail"),
    // How the customer recognises it (the customers' page's list of apps).
    recognize: Text::table(
        "Windows 用のメールソフト（有料）。",
        "A mail program for Windows (paid).",
    ),
    systems: &[OsFamily::Windows],
    asks_version: false,
    settings_file: None,
    versions: &[Version {
        id: "2",
        name: Text::new("Becky! Ver.2", "Becky! Ver.2"),
        end_of_support: None,
    }],
    end_of_support: None,
    stops_working_after_end: false,
    pop: PopSupport::Always,
    // Its own OpenSSL build; current 2.8x speaks TLS 1.2 — unconfirmed, as is the current version
    // 2.83.x (docs/knowledge/becky.md B1, B5: CLIENTS.md only; RimArts' pages not reachable).
    tls: TlsSource::Own(&[(0, Tls::V1_2)]),
    via_vendor_cloud: false,
    quirks: &[],
};
