//! `protocol-unavailable` (the profile does not offer the reported incoming protocol) or
//! `client-no-pop` (it offers POP but this client/version cannot use it) — never both.

use super::Context;
use crate::case::Protocol;
use crate::codes::{Code, Severity};
use crate::report::{Field, Finding};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let (Some(servers), Some(corrected)) = (ctx.servers, ctx.corrected.as_ref()) else {
        return;
    };
    let Some(reported) = ctx.case.incoming.as_ref().and_then(|i| i.protocol) else {
        return;
    };
    let expected = corrected.incoming.protocol.as_str();
    if servers.incoming(reported).is_none() {
        out.push(
            Finding::new(
                Code::ProtocolUnavailable,
                Severity::Error,
                Field::IncomingProtocol,
            )
            .observed(reported.as_str())
            .expected(expected),
        );
    } else if reported == Protocol::Pop3 && !ctx.client_supports(Protocol::Pop3) {
        let mut finding = Finding::new(Code::ClientNoPop, Severity::Error, Field::IncomingProtocol)
            .observed(reported.as_str())
            .expected(expected);
        if let Some(v) = ctx.client_version.as_deref() {
            finding = finding.observed(format!("{} {v}", reported.as_str()));
        }
        out.push(finding);
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::check as run;
    use super::check;

    #[test]
    fn no_client_is_refused_pop_by_its_build() {
        // docs/knowledge/outlook-new.md A4/N6: no build boundary for POP can be sourced.
        assert!(run(
            check,
            r#"{"address": "a@aoi.example.jp", "client": {"id": "outlook-new", "version": "1.2024.403.300"},
                "incoming": {"protocol": "pop3"}}"#
        )
        .is_empty());
    }

    #[test]
    fn pop_not_offered() {
        assert_eq!(
            run(
                check,
                r#"{"address": "a@yama.example.jp", "client": {"id": "outlook-new", "version": "1.2024.403.300"},
                    "incoming": {"protocol": "pop3"}}"#
            ),
            ["protocol-unavailable/error incoming.protocol pop3 -> imap"]
        );
    }

    #[test]
    fn silent_when_usable() {
        for json in [
            r#"{"address": "a@aoi.example.jp", "client": {"id": "outlook-new", "version": "1.2025.122.200"}, "incoming": {"protocol": "pop3"}}"#,
            r#"{"address": "a@aoi.example.jp", "client": {"id": "outlook-new"}, "incoming": {"protocol": "pop3"}}"#,
            r#"{"address": "a@aoi.example.jp", "client": {"id": "outlook-classic", "version": "2010"}, "incoming": {"protocol": "pop3"}}"#,
            r#"{"address": "a@yama.example.jp", "incoming": {"protocol": "imap"}}"#,
            r#"{"address": "a@unknown.example.jp", "incoming": {"protocol": "pop3"}}"#,
        ] {
            assert!(run(check, json).is_empty(), "{json}");
        }
    }
}
