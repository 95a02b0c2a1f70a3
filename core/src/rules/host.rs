//! The host of each side, when given — exactly one finding per host:
//! `host-ip-literal` (error when the IP is retired, else warning), `host-retired`, `host-typo`
//! (a host the profile does not know, within two edits of the expected one) or `host-wrong`
//! (anything else that is not the expected host, including the profile's host for another
//! protocol or another domain).

use super::{Context, Reference};
use crate::case::Protocol;
use crate::codes::{Code, Severity};
use crate::names::{edit_distance_within, ip_literal, normalize_host, same_host};
use crate::report::{Field, Finding};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    if let Some(host) = ctx.case.incoming.as_ref().and_then(|i| i.host.as_deref()) {
        let expected = ctx.incoming_reference();
        check_host(ctx, host, expected.as_ref(), Side::Incoming, out);
    }
    if let Some(host) = ctx.case.outgoing.as_ref().and_then(|o| o.host.as_deref()) {
        let expected = ctx.outgoing_reference();
        check_host(ctx, host, expected.as_ref(), Side::Outgoing, out);
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Incoming,
    Outgoing,
}

fn check_host(
    ctx: &Context,
    host: &str,
    expected: Option<&Reference>,
    side: Side,
    out: &mut Vec<Finding>,
) {
    let host = host.trim();
    if host.is_empty() {
        return;
    }
    let field = match side {
        Side::Incoming => Field::IncomingHost,
        Side::Outgoing => Field::OutgoingHost,
    };
    let expected_host = expected.map(|e| e.host.clone());
    let with_expected = |f: Finding, e: Option<String>| match e {
        Some(e) => f.expected(e),
        None => f,
    };
    if let Some(ip) = ip_literal(host) {
        let severity = if ctx.profile.retired_ip(ip).is_some() {
            Severity::Error
        } else {
            Severity::Warning
        };
        let f = Finding::new(Code::HostIpLiteral, severity, field).observed(ip);
        out.push(with_expected(f, expected_host));
        return;
    }
    if let Some(retired) = ctx.profile.retired_host(host) {
        // With an unknown domain, the replacing set still names a host when it has no
        // `{domain}` in it.
        let replacement = expected_host.or_else(|| {
            let set = ctx.profile.servers.get(&retired.replaced_by)?;
            let endpoint = match side {
                Side::Incoming => {
                    let p = ctx.case.incoming.as_ref().and_then(|i| i.protocol);
                    p.and_then(|p| set.incoming(p))
                        .or_else(|| set.incoming(Protocol::Imap))
                        .or_else(|| set.incoming(Protocol::Pop3))
                }
                Side::Outgoing => set.smtp.first(),
            }?;
            (!endpoint.host.contains("{domain}")).then(|| normalize_host(&endpoint.host))
        });
        let f = Finding::new(Code::HostRetired, Severity::Error, field).observed(host);
        out.push(with_expected(f, replacement));
        return;
    }
    let (Some(expected_host), Some(domain)) = (expected_host, ctx.domain.as_deref()) else {
        return;
    };
    if same_host(host, &expected_host) {
        return;
    }
    let typed = normalize_host(host);
    let code = if !ctx.profile.knows_host(&typed, domain)
        && edit_distance_within(&typed, &expected_host, 2) <= 2
    {
        Code::HostTypo
    } else {
        Code::HostWrong
    };
    out.push(
        Finding::new(code, Severity::Error, field)
            .observed(host)
            .expected(expected_host),
    );
}

#[cfg(test)]
mod tests {
    use super::super::fixture::check as run;
    use super::check;

    #[test]
    fn retired_host_on_either_side() {
        assert_eq!(
            run(
                check,
                r#"{"address": "taro@kita.aoi.example.jp",
                    "incoming": {"protocol": "pop3", "host": "MAIL.aoi.example.jp."},
                    "outgoing": {"host": "smtp.aoi.example.jp", "port": 587}}"#
            ),
            [
                "host-retired/error incoming.host MAIL.aoi.example.jp. -> pop.mail.example.jp",
                "host-retired/error outgoing.host smtp.aoi.example.jp -> smtp.mail.example.jp",
            ]
        );
    }

    #[test]
    fn retired_host_with_an_unknown_domain_names_the_replacement() {
        assert_eq!(
            run(
                check,
                r#"{"address": "taro@aoii.example.jp", "incoming": {"host": "mail.aoi.example.jp"}}"#
            ),
            ["host-retired/error incoming.host mail.aoi.example.jp -> imap.mail.example.jp"]
        );
    }

    #[test]
    fn ip_literals_retired_or_not() {
        assert_eq!(
            run(
                check,
                r#"{"address": "a@aoi.example.jp", "incoming": {"protocol": "imap", "host": "192.0.2.110"},
                    "outgoing": {"host": "[2001:db8::99]"}}"#
            ),
            [
                "host-ip-literal/error incoming.host 192.0.2.110 -> imap.mail.example.jp",
                "host-ip-literal/warning outgoing.host 2001:db8::99 -> smtp.mail.example.jp",
            ]
        );
        // No domain needed.
        assert_eq!(
            run(check, r#"{"outgoing": {"host": "192.0.2.25"}}"#),
            ["host-ip-literal/error outgoing.host 192.0.2.25 -> "]
        );
    }

    #[test]
    fn typo_versus_wrong() {
        assert_eq!(
            run(
                check,
                r#"{"address": "a@aoi.example.jp", "incoming": {"protocol": "imap", "host": "imap.mial.example.jp"},
                    "outgoing": {"host": "smtp.mail.exmaple.jp"}}"#
            ),
            [
                "host-typo/error incoming.host imap.mial.example.jp -> imap.mail.example.jp",
                "host-typo/error outgoing.host smtp.mail.exmaple.jp -> smtp.mail.example.jp",
            ]
        );
        // The POP host used for IMAP is known to the profile: wrong, not a typo.
        assert_eq!(
            run(
                check,
                r#"{"address": "a@aoi.example.jp", "incoming": {"protocol": "imap", "host": "pop.mail.example.jp"},
                    "outgoing": {"host": "mail.google.com"}}"#
            ),
            [
                "host-wrong/error incoming.host pop.mail.example.jp -> imap.mail.example.jp",
                "host-wrong/error outgoing.host mail.google.com -> smtp.mail.example.jp",
            ]
        );
        // Another domain's per-domain host.
        assert_eq!(
            run(
                check,
                r#"{"address": "a@yama.example.jp", "incoming": {"protocol": "imap", "host": "imap.mail.example.jp"}}"#
            ),
            ["host-wrong/error incoming.host imap.mail.example.jp -> imap.yama.example.jp"]
        );
    }

    #[test]
    fn silent_for_the_expected_host() {
        for json in [
            r#"{"address": "a@aoi.example.jp", "incoming": {"protocol": "imap", "host": "Imap.Mail.Example.JP"}, "outgoing": {"host": "smtp.mail.example.jp"}}"#,
            r#"{"address": "a@yama.example.jp", "incoming": {"host": "imap.yama.example.jp"}, "outgoing": {"host": "smtp.yama.example.jp."}}"#,
            r#"{"address": "a@aoi.example.jp", "incoming": {"host": ""}}"#,
            r#"{"address": "a@unknown.example.jp", "incoming": {"host": "imap.mial.example.jp"}}"#,
        ] {
            assert!(run(check, json).is_empty(), "{json}");
        }
    }
}
