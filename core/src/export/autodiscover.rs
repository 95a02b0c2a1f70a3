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

/// Why an Autodiscover request cannot be answered with settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestProblem {
    /// Not XML, or no `Request` / `EMailAddress` in it: error 600.
    Invalid,
    /// An `AcceptableResponseSchema` other than Outlook's POX schema (ActiveSync's mobilesync,
    /// say): error 601.
    SchemaNotOffered,
}

/// The address asked for by an Outlook Autodiscover POX request:
/// `<Autodiscover><Request><EMailAddress>…</EMailAddress><AcceptableResponseSchema>…`.
/// Element names are matched without their namespace (clients send the request schema's).
pub fn request_address(xml: &str) -> Result<String, RequestProblem> {
    let doc = roxmltree::Document::parse(xml).map_err(|_| RequestProblem::Invalid)?;
    let root = doc.root_element();
    if root.tag_name().name() != "Autodiscover" {
        return Err(RequestProblem::Invalid);
    }
    let request = root
        .children()
        .find(|n| n.tag_name().name() == "Request")
        .ok_or(RequestProblem::Invalid)?;
    let child = |name: &str| {
        request
            .children()
            .find(|n| n.tag_name().name() == name)
            .and_then(|n| n.text())
            .map(|t| t.trim().to_string())
    };
    if let Some(schema) = child("AcceptableResponseSchema") {
        if !schema.is_empty() && schema != OUTLOOK_SCHEMA {
            return Err(RequestProblem::SchemaNotOffered);
        }
    }
    match child("EMailAddress") {
        Some(address) if !address.is_empty() => Ok(address),
        _ => Err(RequestProblem::Invalid),
    }
}

/// The protocol's own error response ([MS-OXDSCLI] 2.2.4.1.1.3 `Error`, 2.2.4.1.1.3.2
/// `ErrorCode`): 500 "The email address cannot be found", 600 "Invalid Request", 601 the
/// requested type cannot be provided. `time` is the time of day, `HH:MM:SS`.
pub fn error_response(code: u16, time: &str) -> String {
    let message = match code {
        500 => "The email address cannot be found.",
        600 => "Invalid Request",
        601 => "The requested configuration type is not available.",
        _ => "Error",
    };
    let mut x = String::new();
    x.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    let _ = writeln!(x, "<Autodiscover xmlns=\"{RESPONSE_SCHEMA}\">");
    x.push_str("  <Response>\n");
    let _ = writeln!(x, "    <Error Time=\"{}\" Id=\"1\">", xml_escape(time));
    let _ = writeln!(x, "      <ErrorCode>{code}</ErrorCode>");
    let _ = writeln!(x, "      <Message>{message}</Message>");
    x.push_str("      <DebugData />\n");
    x.push_str("    </Error>\n");
    x.push_str("  </Response>\n");
    x.push_str("</Autodiscover>\n");
    x
}

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

#[cfg(test)]
mod tests {
    use super::*;

    const OUTLOOK_REQUEST: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006">
  <Request>
    <EMailAddress>taro@kita.aoi.example.jp</EMailAddress>
    <AcceptableResponseSchema>http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a</AcceptableResponseSchema>
  </Request>
</Autodiscover>"#;

    #[test]
    fn requests_are_read_without_namespaces() {
        assert_eq!(
            request_address(OUTLOOK_REQUEST).as_deref(),
            Ok("taro@kita.aoi.example.jp")
        );
        let bare =
            "<Autodiscover><Request><EMailAddress> a@b.jp </EMailAddress></Request></Autodiscover>";
        assert_eq!(request_address(bare).as_deref(), Ok("a@b.jp"));
        assert_eq!(request_address("not xml"), Err(RequestProblem::Invalid));
        assert_eq!(
            request_address("<Autodiscover><Request/></Autodiscover>"),
            Err(RequestProblem::Invalid)
        );
        let mobile = OUTLOOK_REQUEST.replace(
            "outlook/responseschema/2006a",
            "mobilesync/responseschema/2006",
        );
        assert_eq!(
            request_address(&mobile),
            Err(RequestProblem::SchemaNotOffered)
        );
    }

    #[test]
    fn error_responses_are_the_protocols() {
        let x = error_response(500, "12:34:56");
        let doc = roxmltree::Document::parse(&x).unwrap();
        let root = doc.root_element();
        assert_eq!(root.tag_name().namespace(), Some(RESPONSE_SCHEMA));
        let error = root
            .descendants()
            .find(|n| n.has_tag_name((RESPONSE_SCHEMA, "Error")))
            .unwrap();
        assert_eq!(error.attribute("Time"), Some("12:34:56"));
        let code = error
            .children()
            .find(|n| n.tag_name().name() == "ErrorCode")
            .and_then(|n| n.text());
        assert_eq!(code, Some("500"));
    }
}
