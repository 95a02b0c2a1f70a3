//! Encryption per side: `security-none` (none where the profile requires TLS, alone),
//! `security-auto` (Outlook's "Auto" may fall back to plain: a warning), `security-mismatch`
//! (SSL/STARTTLS that does not fit the port: 465/993/995 need SSL, 587/143/110 STARTTLS).
//! When the port is wrong but the security fits that wrong port, the port is the root cause and
//! this rule stays silent.

use super::{Context, Reference};
use crate::case::Security;
use crate::codes::{Code, Severity};
use crate::report::{Field, Finding};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    if let Some(incoming) = &ctx.case.incoming {
        if let Some(security) = incoming.security {
            let reference = ctx.incoming_reference();
            side(
                security,
                incoming.port,
                reference.as_ref(),
                false,
                Field::IncomingSecurity,
                out,
            );
        }
    }
    if let Some(outgoing) = &ctx.case.outgoing {
        if let Some(security) = outgoing.security {
            let reference = ctx.outgoing_reference();
            side(
                security,
                outgoing.port,
                reference.as_ref(),
                true,
                Field::OutgoingSecurity,
                out,
            );
        }
    }
}

fn side(
    security: Security,
    port: Option<u16>,
    reference: Option<&Reference>,
    outgoing: bool,
    field: Field,
    out: &mut Vec<Finding>,
) {
    let needs_tls = reference.is_some_and(|r| r.security != Security::None);
    let expected = reference.map(|r| r.security.as_str());
    let finding = |code, severity| {
        let f = Finding::new(code, severity, field).observed(security.as_str());
        match expected {
            Some(e) => f.expected(e),
            None => f,
        }
    };
    match security {
        Security::None if needs_tls => out.push(finding(Code::SecurityNone, Severity::Error)),
        Security::Auto if needs_tls => out.push(finding(Code::SecurityAuto, Severity::Warning)),
        Security::None | Security::Auto => {}
        Security::Ssl | Security::Starttls => {
            if reference.is_some_and(|r| r.security == security) {
                return;
            }
            // Plain-then-STARTTLS is how port 25 is spoken; its finding is smtp-port-25.
            let port_needs = match port {
                Some(25) if outgoing => Some(Security::Starttls),
                Some(p) => Security::expected_for_port(p),
                None => None,
            };
            match (port_needs, reference) {
                (Some(needed), _) if needed == security => {}
                (Some(needed), None) => out.push(
                    Finding::new(Code::SecurityMismatch, Severity::Error, field)
                        .observed(security.as_str())
                        .expected(needed.as_str()),
                ),
                (_, Some(_)) => out.push(finding(Code::SecurityMismatch, Severity::Error)),
                (None, None) => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::check as run;
    use super::check;

    #[test]
    fn starttls_on_465_and_ssl_on_587() {
        assert_eq!(
            run(
                check,
                r#"{"address": "a@midori.example.jp", "incoming": {"protocol": "imap", "port": 993, "security": "starttls"},
                    "outgoing": {"port": 465, "security": "starttls"}}"#
            ),
            [
                "security-mismatch/error incoming.security starttls -> ssl",
                "security-mismatch/error outgoing.security starttls -> ssl",
            ]
        );
        assert_eq!(
            run(
                check,
                r#"{"address": "a@midori.example.jp", "outgoing": {"port": 587, "security": "ssl"}}"#
            ),
            ["security-mismatch/error outgoing.security ssl -> starttls"]
        );
        // No domain: the port alone says what fits.
        assert_eq!(
            run(
                check,
                r#"{"outgoing": {"port": 465, "security": "starttls"}}"#
            ),
            ["security-mismatch/error outgoing.security starttls -> ssl"]
        );
    }

    #[test]
    fn none_and_auto() {
        assert_eq!(
            run(
                check,
                r#"{"address": "a@aoi.example.jp", "incoming": {"protocol": "pop3", "port": 110, "security": "none"},
                    "outgoing": {"port": 587, "security": "auto"}}"#
            ),
            [
                "security-none/error incoming.security none -> ssl",
                "security-auto/warning outgoing.security auto -> starttls",
            ]
        );
    }

    #[test]
    fn a_wrong_port_with_fitting_security_is_the_port_finding_only() {
        for json in [
            r#"{"address": "a@aoi.example.jp", "incoming": {"protocol": "imap", "port": 143, "security": "starttls"}}"#,
            r#"{"address": "a@aoi.example.jp", "incoming": {"protocol": "imap", "port": 143, "security": "ssl"}}"#,
            r#"{"address": "a@aoi.example.jp", "outgoing": {"port": 25, "security": "starttls"}}"#,
            r#"{"address": "a@aoi.example.jp", "incoming": {"protocol": "imap", "port": 993, "security": "ssl"}, "outgoing": {"port": 587, "security": "starttls"}}"#,
            r#"{"address": "a@aoi.example.jp", "outgoing": {"security": "ssl"}}"#,
            r#"{"outgoing": {"security": "none"}}"#,
        ] {
            assert!(run(check, json).is_empty(), "{json}");
        }
    }
}
