//! Case + profile + catalog → report. Builds the [`Context`] (address, domain, brand, server
//! set, client, corrected settings) once, then runs the rules of [`crate::rules`] in their
//! fixed order.

use crate::case::{Case, Protocol};
use crate::catalog;
use crate::date::Date;
use crate::names::{parse_address, Address};
use crate::profile::{Endpoint, Profile, ServerSet, UsernameFormat};
use crate::report::{Corrected, CorrectedIncoming, CorrectedOutgoing, Report};
use crate::rules::{self, Context};

/// Diagnoses a case against a profile as of `today` (passed in: rules never read the clock).
/// When the case has pasted `error_text`, the report also lists the errors recognised in it and
/// one ranked list of suspects, causes this case's findings confirm first.
pub fn diagnose(case: &Case, profile: &Profile, today: Date) -> Report {
    let ctx = context(case, profile, today);
    let findings = rules::run(&ctx);
    let (errors, suspects) = match case.error_text.as_deref() {
        Some(text) if !text.trim().is_empty() => {
            let errors = crate::decode::explain(text);
            let suspects = crate::decode::suspects(&errors, &findings);
            (Some(errors), Some(suspects))
        }
        _ => (None, None),
    };
    Report {
        domain: ctx.domain.clone(),
        brand: ctx.brand.map(|b| b.id.clone()),
        findings,
        corrected: ctx.corrected.clone(),
        errors,
        suspects,
    }
}

/// The context the rules see for a case.
pub fn context<'a>(case: &'a Case, profile: &'a Profile, today: Date) -> Context<'a> {
    let address = case.address.as_deref().and_then(parse_address);
    let domain = address.as_ref().map(|a| a.domain.clone());
    let known = domain
        .as_deref()
        .and_then(|d| profile.servers_for_domain(d));
    let client_report = case.client.as_ref();
    let client_id = client_report.and_then(|c| c.id);
    let client = client_id.map(catalog::client);
    let client_version = client_report
        .and_then(|c| c.version.as_deref())
        .map(str::trim)
        .filter(|v| !v.is_empty());
    let os = client_report
        .and_then(|c| c.os.as_deref())
        .map(str::trim)
        .filter(|v| !v.is_empty());
    let mut ctx = Context {
        case,
        profile,
        today,
        address,
        domain,
        brand: known.map(|(b, _)| b),
        servers: known.map(|(_, s)| s),
        client,
        client_id,
        client_version,
        os,
        corrected: None,
    };
    ctx.corrected = corrected(&ctx);
    ctx
}

/// The profile's values for the case's domain, changing as little as possible
/// (`docs/case.md`, "Corrected settings").
fn corrected(ctx: &Context) -> Option<Corrected> {
    let servers = ctx.servers?;
    let address = ctx.address.as_ref()?;
    let domain = address.domain.as_str();
    let (protocol, incoming) = incoming_endpoint(ctx, servers)?;
    let outgoing = outgoing_endpoint(ctx, servers)?;
    let username = username_for(address, servers.username);
    Some(Corrected {
        incoming: CorrectedIncoming {
            protocol,
            host: incoming.host_for(domain),
            port: incoming.port,
            security: incoming.security,
            username: username.clone(),
            auth: "password".to_string(),
        },
        outgoing: CorrectedOutgoing {
            host: outgoing.host_for(domain),
            port: outgoing.port,
            security: outgoing.security,
            username,
            auth: "password".to_string(),
        },
    })
}

/// Keeps the reported protocol when offered and usable by the client, otherwise IMAP, otherwise
/// whatever is offered.
fn incoming_endpoint<'s>(
    ctx: &Context,
    servers: &'s ServerSet,
) -> Option<(Protocol, &'s Endpoint)> {
    let reported = ctx.case.incoming.as_ref().and_then(|i| i.protocol);
    if let Some(p) = reported {
        if let Some(e) = servers.incoming(p).filter(|_| ctx.client_supports(p)) {
            return Some((p, e));
        }
    }
    servers
        .imap
        .as_ref()
        .map(|e| (Protocol::Imap, e))
        .or_else(|| servers.pop3.as_ref().map(|e| (Protocol::Pop3, e)))
}

/// The offered endpoint with the reported port, else the one with the reported security, else
/// the first listed.
fn outgoing_endpoint<'s>(ctx: &Context, servers: &'s ServerSet) -> Option<&'s Endpoint> {
    let outgoing = ctx.case.outgoing.as_ref();
    let port = outgoing.and_then(|o| o.port);
    let security = outgoing.and_then(|o| o.security);
    port.and_then(|p| servers.smtp.iter().find(|e| e.port == p))
        .or_else(|| security.and_then(|s| servers.smtp.iter().find(|e| e.security == s)))
        .or_else(|| servers.smtp.first())
}

/// The login name the profile wants for an address.
pub fn username_for(address: &Address, format: UsernameFormat) -> String {
    match format {
        UsernameFormat::Address => address.canonical(),
        UsernameFormat::LocalPart => address.local.clone(),
    }
}

#[cfg(test)]
mod tests {
    use crate::case::{Protocol, Security};
    use crate::codes::{Code, Severity};
    use crate::rules::fixture::report;

    #[test]
    fn corrected_keeps_what_it_can() {
        let r = report(
            r#"{"address": "taro@kita.aoi.example.jp", "incoming": {"protocol": "pop3"},
                "outgoing": {"port": 587, "security": "ssl"}}"#,
        );
        let c = r.corrected.expect("known domain");
        assert_eq!(c.incoming.protocol, Protocol::Pop3);
        assert_eq!((c.incoming.port, c.incoming.security), (995, Security::Ssl));
        assert_eq!(
            (c.outgoing.port, c.outgoing.security),
            (587, Security::Starttls)
        );
        assert_eq!(c.incoming.username, "taro@kita.aoi.example.jp");
        assert_eq!(r.brand.as_deref(), Some("aoi"));
        // Reported security when no port matches; first endpoint otherwise.
        let r = report(
            r#"{"address": "a@aoi.example.jp", "outgoing": {"port": 2525, "security": "starttls"}}"#,
        );
        assert_eq!(r.corrected.map(|c| c.outgoing.port), Some(587));
        let r = report(r#"{"address": "a@aoi.example.jp"}"#);
        let c = r.corrected.expect("known domain");
        assert_eq!(
            (c.incoming.protocol, c.outgoing.port),
            (Protocol::Imap, 465)
        );
    }

    #[test]
    fn corrected_moves_to_imap_when_pop_is_not_usable_or_offered() {
        let r = report(
            r#"{"address": "a@aoi.example.jp", "client": {"id": "outlook-new", "version": "1.2024.403.300"},
                "incoming": {"protocol": "pop3"}}"#,
        );
        assert_eq!(
            r.corrected.map(|c| c.incoming.protocol),
            Some(Protocol::Imap)
        );
        let r = report(r#"{"address": "Taro@Yama.example.jp", "incoming": {"protocol": "pop3"}}"#);
        let c = r.corrected.expect("known domain");
        assert_eq!(c.incoming.protocol, Protocol::Imap);
        assert_eq!(c.incoming.host, "imap.yama.example.jp");
        assert_eq!(c.outgoing.host, "smtp.yama.example.jp");
        assert_eq!(c.incoming.username, "Taro");
    }

    #[test]
    fn unknown_domain_has_no_corrected_but_keeps_domain_free_rules() {
        let r = report(
            r#"{"address": "a@midri.example.jp", "client": {"id": "outlook-classic", "version": "2010", "os": "windows-7"},
                "incoming": {"host": "192.0.2.110", "port": 110}, "outgoing": {"host": "smtp.aoi.example.jp", "port": 25, "auth": "none"},
                "sending": {"recipients_per_message": 500}}"#,
        );
        assert!(r.corrected.is_none());
        assert_eq!(r.domain.as_deref(), Some("midri.example.jp"));
        for code in [
            Code::DomainUnknown,
            Code::HostIpLiteral,
            Code::HostRetired,
            Code::SmtpPort25,
            Code::SmtpAuthOff,
            Code::ClientTlsLegacy,
            Code::ClientEndOfSupport,
            Code::OsEndOfSupport,
            Code::RecipientsOverLimit,
        ] {
            assert!(r.has(code), "{code}: {:?}", r.codes());
        }
        assert!(!r.has(Code::PortWrong));
    }

    #[test]
    fn sorted_by_severity_then_rule_order_without_repeats() {
        let r = report(
            r#"{"address": "a@aoi.example.jp", "client": {"id": "outlook-new", "os": "windows-10"},
                "incoming": {"protocol": "imap", "host": "imap.mail.example.jp", "security": "auto"},
                "outgoing": {"auth": "none"},
                "resolved": [{"host": "imap.mail.example.jp", "addresses": ["192.0.2.110", "192.0.2.110"]}]}"#,
        );
        let got: Vec<(Code, Severity)> = r.findings.iter().map(|f| (f.code, f.severity)).collect();
        assert_eq!(
            got,
            [
                (Code::SmtpAuthOff, Severity::Error),
                (Code::DnsRetired, Severity::Error),
                (Code::SecurityAuto, Severity::Warning),
                (Code::OsEndOfSupport, Severity::Warning),
                (Code::ClientCloudSync, Severity::Info),
            ]
        );
        assert!(r.errors.is_none() && r.suspects.is_none());
    }
}
