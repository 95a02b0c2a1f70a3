//! Case + profile + catalog → report. Reads the pasted text once (the errors it contains and
//! the IPs, host and login names, addresses and time it mentions), checks the host and login
//! names found there like typed ones, builds the [`Context`] (address, domain, brand, server
//! set, client, corrected settings), runs the rules of [`crate::rules`] in their fixed order,
//! and ends with the one [`crate::verdict`].

use crate::case::{Case, IncomingReport, OutgoingReport, Protocol};
use crate::catalog;
use crate::date::Date;
use crate::decode::Decoded;
use crate::names::{parse_address, Address};
use crate::pasted::{self, Pasted};
use crate::profile::{Endpoint, Profile, ServerSet, UsernameFormat};
use crate::report::{Corrected, CorrectedIncoming, CorrectedOutgoing, Report, Side};
use crate::rules::{self, Context};
use std::borrow::Cow;

/// Diagnoses a case against a profile as of `today` (passed in: rules never read the clock).
/// When the case has pasted `error_text`, the report also lists the errors recognised in it,
/// one ranked list of suspects (causes this case's findings confirm first) and what else the
/// text mentions ([`Report::pasted`]); a host or login name found there and not typed is
/// checked as the setting of its side.
pub fn diagnose(case: &Case, profile: &Profile, today: Date) -> Report {
    let (decoded, mut pasted) = read_pasted(case, profile);
    let checked = with_pasted(case, &mut pasted);
    let ctx = context_with(&checked, profile, today, decoded, pasted);
    let findings = rules::run(&ctx);
    let (errors, suspects) = match case.error_text.as_deref() {
        Some(text) if !text.trim().is_empty() => {
            let errors: Vec<_> = ctx.errors.iter().map(|d| d.error.clone()).collect();
            let suspects = crate::decode::suspects(&errors, &findings);
            (Some(errors), Some(suspects))
        }
        _ => (None, None),
    };
    let mut report = Report {
        domain: ctx.domain.clone(),
        brand: ctx.brand.map(|b| b.id.clone()),
        findings,
        corrected: ctx.corrected.clone(),
        errors,
        suspects,
        pasted: ctx.pasted.clone(),
        verdict: Default::default(),
    };
    report.verdict = crate::verdict::decide(case, &report);
    report
}

/// The errors recognised in the case's pasted text and what else it mentions.
fn read_pasted(case: &Case, profile: &Profile) -> (Vec<Decoded>, Option<Pasted>) {
    let Some(text) = case.error_text.as_deref().filter(|t| !t.trim().is_empty()) else {
        return (Vec::new(), None);
    };
    let decoded = crate::decode::decode(text);
    let spans: Vec<(usize, usize, Side)> = decoded
        .iter()
        .map(|d| (d.start, d.end, d.error.side))
        .collect();
    let pasted = pasted::read(text, &spans, profile);
    (decoded, (!pasted.is_empty()).then_some(pasted))
}

/// The case as the rules checked it: with the host and login names of the report's pasted text
/// filled in where the case has none (the words and steps use it, so that a host found in a
/// pasted error gets its fix step like a typed one).
pub fn checked_case<'c>(case: &'c Case, report: &Report) -> Cow<'c, Case> {
    let mut pasted = report.pasted.clone();
    with_pasted(case, &mut pasted)
}

/// The case with the host and login names of the pasted text filled in where the case has none
/// (a host whose side cannot be told goes to the incoming server, else the outgoing one, and its
/// side is noted in `pasted`).
fn with_pasted<'c>(case: &'c Case, pasted: &mut Option<Pasted>) -> Cow<'c, Case> {
    let Some(p) = pasted.as_mut() else {
        return Cow::Borrowed(case);
    };
    let typed_in = case
        .incoming
        .as_ref()
        .and_then(|i| i.host.as_ref())
        .is_some();
    let typed_out = case
        .outgoing
        .as_ref()
        .and_then(|o| o.host.as_ref())
        .is_some();
    // Sides for the hosts that have none: the first free side, once.
    let mut in_taken = p.hosts.iter().any(|h| h.side == Some(Side::Incoming));
    let mut out_taken = p.hosts.iter().any(|h| h.side == Some(Side::Outgoing));
    for h in p.hosts.iter_mut().filter(|h| h.side.is_none()) {
        if !typed_in && !in_taken {
            h.side = Some(Side::Incoming);
            in_taken = true;
        } else if !typed_out && !out_taken {
            h.side = Some(Side::Outgoing);
            out_taken = true;
        }
    }
    let host_in = p.host_for(Side::Incoming).filter(|_| !typed_in);
    let host_out = p.host_for(Side::Outgoing).filter(|_| !typed_out);
    let user = p.users.first().filter(|_| {
        case.incoming
            .as_ref()
            .and_then(|i| i.username.as_ref())
            .is_none()
    });
    if host_in.is_none() && host_out.is_none() && user.is_none() {
        return Cow::Borrowed(case);
    }
    let mut checked = case.clone();
    if host_in.is_some() || user.is_some() {
        let incoming = checked.incoming.get_or_insert_with(IncomingReport::default);
        if let Some(h) = host_in {
            incoming.host = Some(h.to_string());
        }
        if let Some(u) = user {
            incoming.username = Some(u.clone());
        }
    }
    if let Some(h) = host_out {
        checked
            .outgoing
            .get_or_insert_with(OutgoingReport::default)
            .host = Some(h.to_string());
    }
    Cow::Owned(checked)
}

/// The context the rules see for a case (its pasted text read here).
pub fn context<'a>(case: &'a Case, profile: &'a Profile, today: Date) -> Context<'a> {
    let (decoded, pasted) = read_pasted(case, profile);
    context_with(case, profile, today, decoded, pasted)
}

fn context_with<'a>(
    case: &'a Case,
    profile: &'a Profile,
    today: Date,
    errors: Vec<Decoded>,
    pasted: Option<Pasted>,
) -> Context<'a> {
    let address = case.address.as_deref().and_then(parse_address);
    let domain = address.as_ref().map(|a| a.domain.clone());
    let known = domain
        .as_deref()
        .and_then(|d| profile.servers_for_domain(d));
    let client_report = case.client.as_ref();
    let client_id = client_report.and_then(|c| c.id);
    let client = client_id.map(catalog::client);
    // As typed ("Outlook 2016", "Windows 7", "win7"), read as the catalog names them.
    let client_version = catalog::case_version(case);
    let os = catalog::case_os(case);
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
        errors,
        pasted,
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
        // An early Outlook (new) build keeps POP: no build boundary is sourced
        // (docs/knowledge/outlook-new.md A4).
        let r = report(
            r#"{"address": "a@aoi.example.jp", "client": {"id": "outlook-new", "version": "1.2024.403.300"},
                "incoming": {"protocol": "pop3"}}"#,
        );
        assert_eq!(
            r.corrected.map(|c| c.incoming.protocol),
            Some(Protocol::Pop3)
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
