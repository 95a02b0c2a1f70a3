//! `dns-retired`: the customer's PC resolves a configured or expected host to a retired IP
//! address (a stale cache or a hosts-file entry). `observed` is the IP, `expected` the host.

use super::Context;
use crate::codes::{Code, Severity};
use crate::names::{ip_literal, normalize_host};
use crate::report::{Field, Finding};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    if ctx.case.resolved.is_empty() {
        return;
    }
    let mut hosts: Vec<String> = Vec::new();
    let configured = [
        ctx.case.incoming.as_ref().and_then(|i| i.host.as_deref()),
        ctx.case.outgoing.as_ref().and_then(|o| o.host.as_deref()),
    ];
    hosts.extend(configured.into_iter().flatten().map(normalize_host));
    if let Some(c) = &ctx.corrected {
        hosts.push(c.incoming.host.clone());
        hosts.push(c.outgoing.host.clone());
    }
    for entry in &ctx.case.resolved {
        let host = normalize_host(&entry.host);
        if host.is_empty() || !hosts.contains(&host) {
            continue;
        }
        for address in &entry.addresses {
            let Some(ip) = ip_literal(address) else {
                continue;
            };
            if ctx.profile.retired_ip(ip).is_some() {
                out.push(
                    Finding::new(Code::DnsRetired, Severity::Error, Field::Resolved)
                        .observed(ip)
                        .expected(&host),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::check as run;
    use super::check;

    #[test]
    fn a_stale_entry_for_an_expected_or_configured_host() {
        assert_eq!(
            run(
                check,
                r#"{"address": "a@aoi.example.jp",
                    "resolved": [{"host": "IMAP.mail.example.jp.", "addresses": ["203.0.113.5", "192.0.2.110"]}]}"#
            ),
            ["dns-retired/error resolved 192.0.2.110 -> imap.mail.example.jp"]
        );
        assert_eq!(
            run(
                check,
                r#"{"outgoing": {"host": "smtp.example.net"},
                    "resolved": [{"host": "smtp.example.net", "addresses": ["2001:db8:0::25"]}]}"#
            ),
            ["dns-retired/error resolved 2001:db8::25 -> smtp.example.net"]
        );
    }

    #[test]
    fn silent_for_current_addresses_or_unrelated_hosts() {
        for json in [
            r#"{"address": "a@aoi.example.jp", "resolved": [{"host": "imap.mail.example.jp", "addresses": ["203.0.113.5"]}]}"#,
            r#"{"address": "a@aoi.example.jp", "resolved": [{"host": "www.example.jp", "addresses": ["192.0.2.110"]}]}"#,
            r#"{"address": "a@aoi.example.jp", "resolved": [{"host": "", "addresses": ["not an ip"]}]}"#,
        ] {
            assert!(run(check, json).is_empty(), "{json}");
        }
    }
}
