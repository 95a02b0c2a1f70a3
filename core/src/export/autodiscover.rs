//! Outlook Autodiscover "POX" response (`autodiscover.xml`) for one address.
//!
//! Outlook takes `SPA` and `SSL` as on when they are missing, so both are always written.
//! `Encryption` (which overrides `SSL`) says which TLS: `SSL` implicit, `TLS` STARTTLS.

use super::{xml_escape, Account, Export};
use crate::case::{Protocol, Security};
use crate::profile::Endpoint;
use std::fmt::Write;

pub const RESPONSE_SCHEMA: &str =
    "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006";
pub const OUTLOOK_SCHEMA: &str =
    "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a";

pub(super) fn write(account: &Account<'_>) -> Export {
    let login = account.username();
    let mut x = String::new();
    x.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    let _ = writeln!(x, "<Autodiscover xmlns=\"{RESPONSE_SCHEMA}\">");
    let _ = writeln!(x, "  <Response xmlns=\"{OUTLOOK_SCHEMA}\">");
    x.push_str("    <Account>\n");
    x.push_str("      <AccountType>email</AccountType>\n");
    x.push_str("      <Action>settings</Action>\n");
    for (protocol, endpoint) in account.incoming() {
        let kind = match protocol {
            Protocol::Imap => "IMAP",
            Protocol::Pop3 => "POP3",
        };
        protocol_element(&mut x, account, kind, endpoint, &login);
    }
    // Outlook uses the first Protocol of each type: write the preferred submission endpoint.
    if let Some(endpoint) = account.set.smtp.first() {
        protocol_element(&mut x, account, "SMTP", endpoint, &login);
    }
    x.push_str("    </Account>\n");
    x.push_str("  </Response>\n");
    x.push_str("</Autodiscover>\n");
    Export {
        filename: "autodiscover.xml".to_string(),
        mime: "application/xml",
        body: x,
    }
}

fn protocol_element(
    x: &mut String,
    account: &Account<'_>,
    kind: &str,
    endpoint: &Endpoint,
    login: &str,
) {
    let (ssl, encryption) = match endpoint.security {
        Security::Ssl => ("on", "SSL"),
        Security::Starttls => ("on", "TLS"),
        Security::None => ("off", "None"),
        Security::Auto => ("on", "Auto"),
    };
    x.push_str("      <Protocol>\n");
    let _ = writeln!(x, "        <Type>{kind}</Type>");
    let _ = writeln!(
        x,
        "        <Server>{}</Server>",
        xml_escape(&account.host(endpoint))
    );
    let _ = writeln!(x, "        <Port>{}</Port>", endpoint.port);
    let _ = writeln!(x, "        <LoginName>{}</LoginName>", xml_escape(login));
    x.push_str("        <DomainRequired>off</DomainRequired>\n");
    x.push_str("        <SPA>off</SPA>\n");
    let _ = writeln!(x, "        <SSL>{ssl}</SSL>");
    let _ = writeln!(x, "        <Encryption>{encryption}</Encryption>");
    x.push_str("        <AuthRequired>on</AuthRequired>\n");
    if kind == "SMTP" {
        x.push_str("        <UsePOPAuth>on</UsePOPAuth>\n");
    }
    x.push_str("      </Protocol>\n");
}
