//! The look-ups the DNS panel runs for a customer's mail domain, each with what it is for.

use super::wire::QueryKind;
use super::words::words;
use crate::lang::{fill, Lang};
use crate::names::normalize_host;
use crate::profile::Profile;

/// What a current host serves for the domain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ServerRole {
    Imap,
    Pop3,
    Smtp,
}

impl ServerRole {
    pub fn as_str(self) -> &'static str {
        match self {
            ServerRole::Imap => "IMAP",
            ServerRole::Pop3 => "POP3",
            ServerRole::Smtp => "SMTP",
        }
    }
}

/// The SRV services of RFC 6186 and RFC 8314 §5.1, plus Outlook's autodiscover SRV.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SrvService {
    Imap,
    Imaps,
    Pop3,
    Pop3s,
    Submission,
    Submissions,
    Autodiscover,
}

impl SrvService {
    pub const ALL: [SrvService; 7] = [
        SrvService::Imap,
        SrvService::Imaps,
        SrvService::Pop3,
        SrvService::Pop3s,
        SrvService::Submission,
        SrvService::Submissions,
        SrvService::Autodiscover,
    ];

    /// The owner-name prefix (`_imaps._tcp`).
    pub fn prefix(self) -> &'static str {
        match self {
            SrvService::Imap => "_imap._tcp",
            SrvService::Imaps => "_imaps._tcp",
            SrvService::Pop3 => "_pop3._tcp",
            SrvService::Pop3s => "_pop3s._tcp",
            SrvService::Submission => "_submission._tcp",
            SrvService::Submissions => "_submissions._tcp",
            SrvService::Autodiscover => "_autodiscover._tcp",
        }
    }

    fn what_for(self, lang: Lang) -> &'static str {
        let w = words(lang);
        match self {
            SrvService::Imap => w.srv_imap,
            SrvService::Imaps => w.srv_imaps,
            SrvService::Pop3 => w.srv_pop3,
            SrvService::Pop3s => w.srv_pop3s,
            SrvService::Submission => w.srv_submission,
            SrvService::Submissions => w.srv_submissions,
            SrvService::Autodiscover => w.srv_autodiscover,
        }
    }
}

/// Why a look-up is run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Purpose {
    /// Where mail to the domain is delivered.
    Mx,
    /// A host the profile gives for this domain, with what it serves.
    CurrentHost {
        roles: Vec<ServerRole>,
    },
    /// A retired on-prem host name under this domain: does it still resolve?
    RetiredHost,
    Srv(SrvService),
    /// `autoconfig.<domain>`: Thunderbird's automatic setup.
    Autoconfig,
    /// `autodiscover.<domain>`: Outlook's automatic setup.
    Autodiscover,
}

impl Purpose {
    /// Whether the look-up is of a host the profile says is current (see [`super::classify`]).
    pub fn is_current_host(&self) -> bool {
        matches!(self, Purpose::CurrentHost { .. })
    }

    /// What the look-up is for, one line in `lang`.
    pub fn what_for(&self, lang: Lang) -> String {
        let w = words(lang);
        match self {
            Purpose::Mx => w.purpose_mx.into(),
            Purpose::CurrentHost { roles } => {
                let roles: Vec<&str> = roles.iter().map(|r| r.as_str()).collect();
                let roles = roles.join(w.role_separator);
                fill(w.purpose_current_host, &[("roles", &roles)])
            }
            Purpose::RetiredHost => w.purpose_retired_host.into(),
            Purpose::Srv(service) => service.what_for(lang).into(),
            Purpose::Autoconfig => w.purpose_autoconfig.into(),
            Purpose::Autodiscover => w.purpose_autodiscover.into(),
        }
    }
}

/// One look-up of the DNS panel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    /// Canonical name to ask about.
    pub name: String,
    pub kind: QueryKind,
    pub purpose: Purpose,
}

impl Check {
    fn new(name: String, kind: QueryKind, purpose: Purpose) -> Check {
        Check {
            name,
            kind,
            purpose,
        }
    }
}

/// The look-ups for a customer's mail domain, in the order the panel shows them: MX; A and
/// AAAA of every host the profile gives for the domain; A and AAAA of retired on-prem names
/// under the domain; the SRV records; `autoconfig.` and `autodiscover.` (A, AAAA, CNAME).
/// A domain the profile does not know still gets MX, SRV and the automatic-setup names.
pub fn checks_for(profile: &Profile, domain: &str) -> Vec<Check> {
    let domain = normalize_host(domain);
    let mut checks = vec![Check::new(domain.clone(), QueryKind::Mx, Purpose::Mx)];

    let mut current: Vec<String> = Vec::new();
    if let Some((_, set)) = profile.servers_for_domain(&domain) {
        for host in set.hosts_for(&domain) {
            let mut roles = Vec::new();
            let serves = |e: &crate::profile::Endpoint| e.host_for(&domain) == host;
            if set.imap.as_ref().is_some_and(serves) {
                roles.push(ServerRole::Imap);
            }
            if set.pop3.as_ref().is_some_and(serves) {
                roles.push(ServerRole::Pop3);
            }
            if set.smtp.iter().any(serves) {
                roles.push(ServerRole::Smtp);
            }
            for kind in [QueryKind::A, QueryKind::Aaaa] {
                let purpose = Purpose::CurrentHost {
                    roles: roles.clone(),
                };
                checks.push(Check::new(host.clone(), kind, purpose));
            }
            current.push(host);
        }
    }

    let suffix = format!(".{domain}");
    let mut retired: Vec<String> = Vec::new();
    for host in profile.retired.iter().flat_map(|r| r.hosts.iter()) {
        let host = normalize_host(host);
        if host.ends_with(&suffix) && !current.contains(&host) && !retired.contains(&host) {
            retired.push(host);
        }
    }
    for host in retired {
        for kind in [QueryKind::A, QueryKind::Aaaa] {
            checks.push(Check::new(host.clone(), kind, Purpose::RetiredHost));
        }
    }

    for service in SrvService::ALL {
        let name = format!("{}.{domain}", service.prefix());
        checks.push(Check::new(name, QueryKind::Srv, Purpose::Srv(service)));
    }
    for (label, purpose) in [
        ("autoconfig", Purpose::Autoconfig),
        ("autodiscover", Purpose::Autodiscover),
    ] {
        for kind in [QueryKind::A, QueryKind::Aaaa, QueryKind::Cname] {
            checks.push(Check::new(
                format!("{label}.{domain}"),
                kind,
                purpose.clone(),
            ));
        }
    }
    checks
}
