//! The look-ups the DNS panel runs for a customer's mail domain, each with what it is for.

use super::wire::QueryKind;
use crate::lang::Lang;
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
        match (self, lang) {
            (SrvService::Imap, Lang::Ja) => {
                "IMAP（STARTTLS、143 番）の受信サーバーをメールアプリに知らせる SRV（RFC 6186）"
            }
            (SrvService::Imap, Lang::En) => {
                "Tells mail apps the IMAP server with STARTTLS, port 143 (SRV, RFC 6186)"
            }
            (SrvService::Imaps, Lang::Ja) => {
                "IMAP（SSL/TLS、993 番）の受信サーバーをメールアプリに知らせる SRV（RFC 6186）"
            }
            (SrvService::Imaps, Lang::En) => {
                "Tells mail apps the IMAP server with SSL/TLS, port 993 (SRV, RFC 6186)"
            }
            (SrvService::Pop3, Lang::Ja) => {
                "POP3（STARTTLS、110 番）の受信サーバーをメールアプリに知らせる SRV（RFC 6186）"
            }
            (SrvService::Pop3, Lang::En) => {
                "Tells mail apps the POP3 server with STARTTLS, port 110 (SRV, RFC 6186)"
            }
            (SrvService::Pop3s, Lang::Ja) => {
                "POP3（SSL/TLS、995 番）の受信サーバーをメールアプリに知らせる SRV（RFC 6186）"
            }
            (SrvService::Pop3s, Lang::En) => {
                "Tells mail apps the POP3 server with SSL/TLS, port 995 (SRV, RFC 6186)"
            }
            (SrvService::Submission, Lang::Ja) => {
                "送信サーバー（STARTTLS、587 番）をメールアプリに知らせる SRV（RFC 6186）"
            }
            (SrvService::Submission, Lang::En) => {
                "Tells mail apps the sending server with STARTTLS, port 587 (SRV, RFC 6186)"
            }
            (SrvService::Submissions, Lang::Ja) => {
                "送信サーバー（SSL/TLS、465 番）をメールアプリに知らせる SRV（RFC 8314）"
            }
            (SrvService::Submissions, Lang::En) => {
                "Tells mail apps the sending server with SSL/TLS, port 465 (SRV, RFC 8314)"
            }
            (SrvService::Autodiscover, Lang::Ja) => {
                "Outlook の自動設定が探す SRV（autodiscover の置き場所）"
            }
            (SrvService::Autodiscover, Lang::En) => {
                "Where Outlook's automatic setup looks for its autodiscover server (SRV)"
            }
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
        match (self, lang) {
            (Purpose::Mx, Lang::Ja) => "このドメイン宛てのメールを受け取るサーバー（MX）".into(),
            (Purpose::Mx, Lang::En) => "The servers that receive mail sent to this domain (MX)".into(),
            (Purpose::CurrentHost { roles }, lang) => {
                let roles: Vec<&str> = roles.iter().map(|r| r.as_str()).collect();
                match lang {
                    Lang::Ja => format!(
                        "プロファイルにある現在の {} サーバー: お客さまのメールアプリはこのアドレスにつなぎます",
                        roles.join("・")
                    ),
                    Lang::En => format!(
                        "The current {} server in the profile: the customer's mail app connects to this address",
                        roles.join("/")
                    ),
                }
            }
            (Purpose::RetiredHost, Lang::Ja) => "停止した旧サーバーの名前: まだ引ける場合、古い設定の PC や機器が旧サーバーに向かいます".into(),
            (Purpose::RetiredHost, Lang::En) => "A retired on-prem server name: if it still resolves, PCs and devices with old settings still go to the old server".into(),
            (Purpose::Srv(service), lang) => service.what_for(lang).into(),
            (Purpose::Autoconfig, Lang::Ja) => "Thunderbird の自動設定が最初に探す名前（autoconfig）".into(),
            (Purpose::Autoconfig, Lang::En) => "The name Thunderbird's automatic setup looks up first (autoconfig)".into(),
            (Purpose::Autodiscover, Lang::Ja) => "Outlook の自動設定が探す名前（autodiscover）".into(),
            (Purpose::Autodiscover, Lang::En) => "The name Outlook's automatic setup looks up (autodiscover)".into(),
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
