//! From what a probe saw to findings. One root cause gives one finding (as in the report): a
//! port where nothing listens is `probe-refused` alone, not also "no TLS" and "no login".

use super::dialogue::Dialogue;
use super::{
    ErrorKind, MailProtocol, Outcome, ProbeCode, ProbeError, ProbeFinding, ProbeReport, Role,
};
use crate::case::Security;
use crate::codes::Severity;
use crate::date::Date;
use crate::profile::{Profile, Tls};
use serde::{Deserialize, Serialize};

/// A certificate that ends within this many days is `probe-cert-expiring`.
pub const EXPIRING_DAYS: i64 = 30;

/// What the findings are measured against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    /// The profile's `min_tls`: the servers should refuse anything older.
    pub min_tls: Tls,
    pub expiring_days: i64,
}

impl Default for Policy {
    fn default() -> Policy {
        Policy {
            min_tls: Tls::V1_2,
            expiring_days: EXPIRING_DAYS,
        }
    }
}

impl Policy {
    pub fn from_profile(profile: &Profile) -> Policy {
        Policy {
            min_tls: profile.policy.min_tls,
            ..Policy::default()
        }
    }
}

/// The UTC date of a Unix time.
pub fn date_of(unix: i64) -> Date {
    Date::from_days_since_epoch(unix.div_euclid(86_400))
}

impl ProbeReport {
    /// Takes the dialogue's results: greeting, capabilities, error, and the outcome they mean.
    pub fn absorb(&mut self, dialogue: Dialogue) {
        let (greeting, before, after, error) = dialogue.into_parts();
        self.greeting = greeting;
        self.before_tls = before;
        self.after_tls = after;
        if let Some(e) = error {
            self.set_error(e);
        } else {
            self.outcome = Outcome::Answered;
        }
    }

    /// Records an error (resolve, connect, a timer) and the outcome it means.
    pub fn set_error(&mut self, error: ProbeError) {
        self.outcome = match error.kind {
            ErrorKind::Unresolved => Outcome::Unresolved,
            ErrorKind::Refused => Outcome::Refused,
            ErrorKind::Timeout => Outcome::Timeout,
            _ => Outcome::Failed,
        };
        self.error = Some(error);
    }
}

/// Decides the findings of a finished probe (replacing any), at Unix time `now`; also sets the
/// certificate's `days_left`.
pub fn assess(report: &mut ProbeReport, policy: &Policy, now: i64) {
    if let Some(tls) = &mut report.tls {
        tls.days_left = (tls.not_after - now).div_euclid(86_400);
    }
    let mut findings = Vec::new();
    let target = &report.target;
    let endpoint = target.endpoint();

    if target.role == Role::Retired {
        // Connected at all: the old server (or something in its place) still answers.
        if report.connect_ms.is_some() {
            let observed = match &report.greeting {
                Some(g) => format!("{endpoint} {g}"),
                None => endpoint,
            };
            findings.push(
                ProbeFinding::new(ProbeCode::RetiredAnswers, Severity::Warning).observed(observed),
            );
        }
        report.findings = findings;
        return;
    }

    if let Some(error) = &report.error {
        let detail = |e: &ProbeError| {
            if e.detail.is_empty() {
                e.step.as_str().to_string()
            } else {
                format!("{}: {}", e.step.as_str(), e.detail)
            }
        };
        let before_greeting = report.greeting.is_none();
        let finding = match error.kind {
            ErrorKind::Unresolved => {
                ProbeFinding::new(ProbeCode::Unresolved, Severity::Error).observed(&target.host)
            }
            ErrorKind::Refused => {
                ProbeFinding::new(ProbeCode::Refused, Severity::Error).observed(&endpoint)
            }
            ErrorKind::Timeout | ErrorKind::Network if before_greeting => {
                ProbeFinding::new(ProbeCode::NoAnswer, Severity::Error).observed(detail(error))
            }
            ErrorKind::Garbage => {
                ProbeFinding::new(ProbeCode::Garbage, Severity::Error).observed(&error.detail)
            }
            ErrorKind::Rejected => {
                ProbeFinding::new(ProbeCode::Rejected, Severity::Error).observed(&error.detail)
            }
            ErrorKind::StarttlsUnavailable => {
                ProbeFinding::new(ProbeCode::StarttlsMissing, Severity::Error)
                    .observed(&error.detail)
                    .expected(Security::Starttls.as_str())
            }
            ErrorKind::TlsFailed => {
                ProbeFinding::new(ProbeCode::TlsFailed, Severity::Error).observed(&error.detail)
            }
            ErrorKind::Timeout
            | ErrorKind::Network
            | ErrorKind::Closed
            | ErrorKind::UnexpectedReply => {
                ProbeFinding::new(ProbeCode::DialogueFailed, Severity::Error)
                    .observed(detail(error))
            }
        };
        findings.push(finding);
    }

    if let Some(tls) = &report.tls {
        if !tls.trusted || now < tls.not_before {
            let mut observed = tls.chain_errors.join("; ");
            if now < tls.not_before {
                if !observed.is_empty() {
                    observed.push_str("; ");
                }
                observed.push_str(&format!("not before {}", date_of(tls.not_before)));
            }
            if observed.is_empty() {
                observed = tls.issuer.clone();
            }
            findings.push(
                ProbeFinding::new(ProbeCode::CertUntrusted, Severity::Error).observed(observed),
            );
        }
        if !tls.name_matches {
            let mut names = tls.names.join(", ");
            if names.is_empty() {
                names = tls.subject.clone();
            }
            findings.push(
                ProbeFinding::new(ProbeCode::CertName, Severity::Error)
                    .observed(names)
                    .expected(&target.host),
            );
        }
        if tls.not_after < now {
            findings.push(
                ProbeFinding::new(ProbeCode::CertExpired, Severity::Error)
                    .observed(date_of(tls.not_after)),
            );
        } else if tls.days_left < policy.expiring_days {
            findings.push(
                ProbeFinding::new(ProbeCode::CertExpiring, Severity::Warning).observed(format!(
                    "{} ({} days)",
                    date_of(tls.not_after),
                    tls.days_left
                )),
            );
        }
        if let Some(v) = Tls::parse(&tls.version) {
            if v < policy.min_tls {
                findings.push(
                    ProbeFinding::new(ProbeCode::TlsBelowMin, Severity::Warning)
                        .observed(format!("TLS {}", tls.version))
                        .expected(format!("TLS {}", policy.min_tls.as_str())),
                );
            }
        }
    }

    if let Some(oldest) = report.legacy_tls.oldest_accepted() {
        // Below the profile's floor: the profile (and what agents tell customers) is wrong. At or
        // above it: the operator chose it; still worth knowing (RFC 8996 deprecates both).
        let below_floor = Tls::parse(oldest).is_some_and(|v| v < policy.min_tls);
        let severity = if below_floor {
            Severity::Warning
        } else {
            Severity::Info
        };
        findings.push(
            ProbeFinding::new(ProbeCode::TlsLegacyAccepted, severity)
                .observed(format!("TLS {oldest}"))
                .expected(format!("TLS {}", policy.min_tls.as_str())),
        );
    }

    if target.security != Security::Ssl {
        if let Some(before) = &report.before_tls {
            if before.plaintext_login() {
                findings.push(
                    ProbeFinding::new(ProbeCode::AuthBeforeTls, Severity::Warning)
                        .observed(before.login_methods(target.protocol).join(", ")),
                );
            }
        }
    }

    // Customers log in here: a server that offers no password login at all (a mechanism
    // switched off) fails every one of them. Port 25 (server-to-server) needs none.
    let login_expected = !(target.protocol == MailProtocol::Smtp && target.port == 25);
    if login_expected && report.error.is_none() {
        let final_caps = if target.security == Security::None {
            report.before_tls.as_ref()
        } else {
            report.after_tls.as_ref()
        };
        if let Some(caps) = final_caps {
            if !caps.any_login() {
                findings.push(ProbeFinding::new(ProbeCode::LoginMissing, Severity::Error));
            }
        }
    }

    report.findings = findings;
}

/// What the probes of a case's endpoints say about the decoder's `server-side` suspect.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "verdict", rename_all = "kebab-case")]
pub enum ServerSideVerdict {
    /// At least one current endpoint has an error finding (listed): the server is at fault.
    Confirmed { codes: Vec<ProbeCode> },
    /// Every endpoint answered without an error finding: look at the customer's side.
    RuledOut,
    /// Nothing probed.
    Unknown,
}

/// The verdict over some probes (only current and given endpoints count; warnings such as an
/// expiring certificate do not make mail fail today, so they do not confirm).
pub fn server_side_verdict(reports: &[ProbeReport]) -> ServerSideVerdict {
    let relevant: Vec<&ProbeReport> = reports
        .iter()
        .filter(|r| r.target.role != Role::Retired)
        .collect();
    if relevant.is_empty() {
        return ServerSideVerdict::Unknown;
    }
    let mut codes: Vec<ProbeCode> = Vec::new();
    for r in &relevant {
        for f in &r.findings {
            if f.severity == Severity::Error && !codes.contains(&f.code) {
                codes.push(f.code);
            }
        }
    }
    if codes.is_empty() {
        ServerSideVerdict::RuledOut
    } else {
        ServerSideVerdict::Confirmed { codes }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Capabilities, LegacyTls, Step, Target, TlsFacts, VersionCheck};
    use super::*;

    const NOW: i64 = 1_796_601_600; // 2026-12-07 00:00 UTC

    fn target(port: u16, security: Security, role: Role) -> Target {
        Target {
            host: "imap.mail.example.jp".into(),
            port,
            protocol: MailProtocol::Imap,
            security,
            role,
        }
    }

    fn good_tls() -> TlsFacts {
        TlsFacts {
            version: "1.3".into(),
            cipher: "TLS_AES_256_GCM_SHA384".into(),
            trusted: true,
            name_matches: true,
            names: vec!["*.mail.example.jp".into()],
            not_before: NOW - 86_400 * 10,
            not_after: NOW + 86_400 * 300,
            chain_length: 1,
            ..TlsFacts::default()
        }
    }

    fn answered(security: Security) -> ProbeReport {
        let mut r = ProbeReport::new(target(993, security, Role::Current), NOW);
        r.outcome = Outcome::Answered;
        r.connect_ms = Some(1);
        r.greeting = Some("* OK ready".into());
        let mut after = Capabilities::from_imap("IMAP4rev1 AUTH=PLAIN");
        after.login_command = true;
        if security == Security::Starttls {
            r.before_tls = Some(Capabilities::from_imap("IMAP4rev1 STARTTLS LOGINDISABLED"));
        }
        r.after_tls = Some(after);
        r.tls = Some(good_tls());
        r.legacy_tls = LegacyTls {
            tls1_0: VersionCheck::Refused,
            tls1_1: VersionCheck::Refused,
        };
        r
    }

    fn codes(r: &ProbeReport) -> Vec<&'static str> {
        r.findings.iter().map(|f| f.code.as_str()).collect()
    }

    #[test]
    fn a_good_endpoint_has_no_findings() {
        for security in [Security::Ssl, Security::Starttls] {
            let mut r = answered(security);
            assess(&mut r, &Policy::default(), NOW);
            assert!(r.findings.is_empty(), "{:?}", r.findings);
            assert_eq!(r.tls.as_ref().unwrap().days_left, 300);
        }
    }

    #[test]
    fn certificate_findings() {
        let mut r = answered(Security::Ssl);
        let tls = r.tls.as_mut().unwrap();
        tls.not_after = NOW - 86_400 * 3;
        tls.name_matches = false;
        assess(&mut r, &Policy::default(), NOW);
        assert_eq!(codes(&r), ["probe-cert-name", "probe-cert-expired"]);
        assert_eq!(
            r.findings[0].expected.as_deref(),
            Some("imap.mail.example.jp")
        );
        assert_eq!(r.findings[1].observed.as_deref(), Some("2026-12-04"));
        assert_eq!(r.tls.as_ref().unwrap().days_left, -3);

        let mut r = answered(Security::Ssl);
        r.tls.as_mut().unwrap().not_after = NOW + 86_400 * 29 + 5;
        assess(&mut r, &Policy::default(), NOW);
        assert_eq!(codes(&r), ["probe-cert-expiring"]);
        assert_eq!(r.findings[0].severity, Severity::Warning);
        assert!(r.findings[0]
            .observed
            .as_deref()
            .unwrap()
            .contains("29 days"));

        let mut r = answered(Security::Ssl);
        let tls = r.tls.as_mut().unwrap();
        tls.trusted = false;
        tls.chain_errors = vec!["unable to get local issuer certificate".into()];
        assess(&mut r, &Policy::default(), NOW);
        assert_eq!(codes(&r), ["probe-cert-untrusted"]);
    }

    #[test]
    fn legacy_tls_against_the_floor() {
        let mut r = answered(Security::Ssl);
        r.legacy_tls.tls1_0 = VersionCheck::Accepted;
        assess(&mut r, &Policy::default(), NOW);
        assert_eq!(codes(&r), ["probe-tls-legacy-accepted"]);
        assert_eq!(r.findings[0].severity, Severity::Warning);
        assert_eq!(r.findings[0].observed.as_deref(), Some("TLS 1.0"));
        // A profile that allows 1.0 on purpose: still said, as information.
        let policy = Policy {
            min_tls: Tls::V1_0,
            ..Policy::default()
        };
        assess(&mut r, &policy, NOW);
        assert_eq!(r.findings[0].severity, Severity::Info);
        // Negotiated below a 1.3 floor.
        let mut r = answered(Security::Ssl);
        r.tls.as_mut().unwrap().version = "1.2".into();
        let policy = Policy {
            min_tls: Tls::V1_3,
            ..Policy::default()
        };
        assess(&mut r, &policy, NOW);
        assert_eq!(codes(&r), ["probe-tls-below-min"]);
    }

    #[test]
    fn login_before_tls_and_missing_login() {
        let mut r = answered(Security::Starttls);
        r.before_tls = Some(Capabilities::from_imap("IMAP4rev1 STARTTLS AUTH=PLAIN"));
        assess(&mut r, &Policy::default(), NOW);
        assert_eq!(codes(&r), ["probe-auth-before-tls"]);
        assert_eq!(r.findings[0].observed.as_deref(), Some("AUTH PLAIN, LOGIN"));

        let mut r = answered(Security::Ssl);
        r.after_tls = Some(Capabilities::from_imap("IMAP4rev1 LOGINDISABLED"));
        assess(&mut r, &Policy::default(), NOW);
        assert_eq!(codes(&r), ["probe-login-missing"]);
    }

    #[test]
    fn one_cause_one_finding_for_dead_endpoints() {
        let cases = [
            (ErrorKind::Refused, Step::Connect, "probe-refused"),
            (ErrorKind::Timeout, Step::Connect, "probe-no-answer"),
            (ErrorKind::Timeout, Step::Greeting, "probe-no-answer"),
            (ErrorKind::Unresolved, Step::Resolve, "probe-unresolved"),
            (ErrorKind::Garbage, Step::Greeting, "probe-garbage-greeting"),
            (ErrorKind::TlsFailed, Step::Tls, "probe-tls-failed"),
            (ErrorKind::Rejected, Step::Greeting, "probe-rejected"),
        ];
        for (kind, step, code) in cases {
            let mut r = ProbeReport::new(target(993, Security::Ssl, Role::Current), NOW);
            r.set_error(ProbeError {
                step,
                kind,
                detail: String::new(),
            });
            assess(&mut r, &Policy::default(), NOW);
            assert_eq!(codes(&r), [code], "{kind:?}");
        }
    }

    #[test]
    fn retired_hosts_should_not_answer() {
        let mut r = ProbeReport::new(target(110, Security::Starttls, Role::Retired), NOW);
        r.set_error(ProbeError {
            step: Step::Connect,
            kind: ErrorKind::Refused,
            detail: String::new(),
        });
        assess(&mut r, &Policy::default(), NOW);
        assert!(r.findings.is_empty());

        let mut r = ProbeReport::new(target(110, Security::Starttls, Role::Retired), NOW);
        r.connect_ms = Some(3);
        r.greeting = Some("+OK old".into());
        r.outcome = Outcome::Answered;
        assess(&mut r, &Policy::default(), NOW);
        assert_eq!(codes(&r), ["probe-retired-answers"]);
        assert_eq!(
            r.findings[0].observed.as_deref(),
            Some("imap.mail.example.jp:110 +OK old")
        );
    }

    #[test]
    fn the_server_side_suspect() {
        assert_eq!(server_side_verdict(&[]), ServerSideVerdict::Unknown);
        let mut good = answered(Security::Ssl);
        assess(&mut good, &Policy::default(), NOW);
        let mut expiring = answered(Security::Ssl);
        expiring.tls.as_mut().unwrap().not_after = NOW + 86_400;
        assess(&mut expiring, &Policy::default(), NOW);
        assert_eq!(
            server_side_verdict(&[good.clone(), expiring]),
            ServerSideVerdict::RuledOut
        );
        let mut expired = answered(Security::Ssl);
        expired.tls.as_mut().unwrap().not_after = NOW - 86_400;
        assess(&mut expired, &Policy::default(), NOW);
        assert_eq!(
            server_side_verdict(&[good, expired]),
            ServerSideVerdict::Confirmed {
                codes: vec![ProbeCode::CertExpired]
            }
        );
    }
}
