//! The connection doctor's engine, without I/O (the sans-IO style of `rustls` and `quinn-proto`):
//! which endpoints a profile names, the SMTP / IMAP / POP3 dialogues as state machines fed bytes
//! and answering with the next thing to do, what a server offered, and the findings (`probe-*`
//! codes) with their Japanese and English words.
//!
//! The sockets, TLS handshakes and timers belong to the faces (the CLI's `probe`, the probe
//! service): they drive a [`Dialogue`], fill a [`ProbeReport`] with what they saw (connect time,
//! [`TlsFacts`], the TLS 1.0/1.1 check) and call [`assess`], which decides the findings.
//!
//! The pages never link this module: the desk's console and the tools page read the service's
//! JSON with their own small types.

mod assess;
mod caps;
mod dialogue;
mod lines;
mod targets;
pub(crate) mod words;

pub use assess::{assess, date_of, server_side_verdict, Policy, ServerSideVerdict, EXPIRING_DAYS};
pub use caps::Capabilities;
pub use dialogue::{Dialogue, Next};
pub use targets::{domain_targets, find_target, profile_targets, RETIRED_PORTS};
pub use words::{
    finding_text, label, outcome_name, role_name, severity_name, step_name, verdict_text, Label,
    ProbeText,
};

use crate::case::Security;
use crate::codes::Severity;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The mail protocol spoken on an endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MailProtocol {
    Smtp,
    Imap,
    Pop3,
}

impl MailProtocol {
    pub const ALL: [MailProtocol; 3] = [MailProtocol::Smtp, MailProtocol::Imap, MailProtocol::Pop3];

    pub fn as_str(self) -> &'static str {
        match self {
            MailProtocol::Smtp => "smtp",
            MailProtocol::Imap => "imap",
            MailProtocol::Pop3 => "pop3",
        }
    }

    pub fn from_name(name: &str) -> Option<MailProtocol> {
        match name.trim().to_ascii_lowercase().as_str() {
            "smtp" | "submission" | "submissions" | "smtps" => Some(MailProtocol::Smtp),
            "imap" | "imaps" | "imap4" => Some(MailProtocol::Imap),
            "pop3" | "pop" | "pop3s" | "pops" => Some(MailProtocol::Pop3),
            _ => None,
        }
    }

    /// The protocol of a well-known mail port (25/465/587/2525 SMTP, 143/993 IMAP, 110/995 POP3).
    pub fn guess(port: u16) -> Option<MailProtocol> {
        match port {
            25 | 465 | 587 | 2525 => Some(MailProtocol::Smtp),
            143 | 993 => Some(MailProtocol::Imap),
            110 | 995 => Some(MailProtocol::Pop3),
            _ => None,
        }
    }
}

impl fmt::Display for MailProtocol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether the profile names an endpoint as in service or as retired.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// An endpoint customers use today: it must answer, with good TLS.
    Current,
    /// A retired host (on a usual mail port): it should no longer answer.
    Retired,
    /// Named on the command line, not from a profile.
    Given,
}

/// One endpoint to probe.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Target {
    /// Canonical host name (or IP literal for `Given`).
    pub host: String,
    pub port: u16,
    pub protocol: MailProtocol,
    /// `ssl`, `starttls` or `none` (never `auto`).
    pub security: Security,
    pub role: Role,
}

impl Target {
    /// `host:port` (`[v6]:port` for an IPv6 literal).
    pub fn endpoint(&self) -> String {
        if self.host.contains(':') {
            format!("[{}]:{}", self.host, self.port)
        } else {
            format!("{}:{}", self.host, self.port)
        }
    }
}

/// Splits `HOST:PORT` (`[v6]:PORT` for IPv6). The host is returned as given (trimmed).
pub fn split_endpoint(text: &str) -> Option<(String, u16)> {
    let text = text.trim();
    let (host, port) = if let Some(rest) = text.strip_prefix('[') {
        let (host, after) = rest.split_once(']')?;
        (host, after.strip_prefix(':')?)
    } else {
        text.rsplit_once(':')?
    };
    if host.is_empty() || host.contains(char::is_whitespace) || host.contains('/') {
        return None;
    }
    let port: u16 = port.parse().ok()?;
    (port != 0).then(|| (host.to_string(), port))
}

/// Where the dialogue was when something went wrong (or a timer ran out).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Step {
    Resolve,
    Connect,
    /// The TLS handshake (first thing on an implicit-TLS port, or after STARTTLS).
    Tls,
    Greeting,
    /// EHLO / CAPABILITY / CAPA before TLS (or on a plain endpoint).
    Capabilities,
    /// STARTTLS / STLS and its answer.
    Starttls,
    /// EHLO / CAPABILITY / CAPA inside TLS.
    CapabilitiesTls,
    Quit,
}

impl Step {
    pub fn as_str(self) -> &'static str {
        match self {
            Step::Resolve => "resolve",
            Step::Connect => "connect",
            Step::Tls => "tls",
            Step::Greeting => "greeting",
            Step::Capabilities => "capabilities",
            Step::Starttls => "starttls",
            Step::CapabilitiesTls => "capabilities-tls",
            Step::Quit => "quit",
        }
    }
}

/// How a probe ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// The server greeted and the dialogue ran to its end (findings may still say what is wrong).
    Answered,
    /// The host name has no address.
    Unresolved,
    /// Connection refused: nothing listens there.
    Refused,
    /// No answer in time (connect, greeting or a later step: see [`ProbeError::step`]).
    Timeout,
    /// The server answered, but the dialogue broke (garbage, a refused command, a TLS failure…).
    Failed,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Answered => "answered",
            Outcome::Unresolved => "unresolved",
            Outcome::Refused => "refused",
            Outcome::Timeout => "timeout",
            Outcome::Failed => "failed",
        }
    }
}

/// What went wrong in a dialogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorKind {
    /// The first bytes are not this protocol's greeting (another service, or TLS/plain mixed up).
    Garbage,
    /// The server greets with a refusal (SMTP 4xx/5xx, IMAP `* BYE`, POP3 `-ERR`).
    Rejected,
    /// A command got an answer the dialogue cannot continue from.
    UnexpectedReply,
    /// STARTTLS / STLS was refused, or not offered where the profile says `starttls`.
    StarttlsUnavailable,
    /// The TLS handshake failed.
    TlsFailed,
    /// The server closed the connection before the dialogue's end.
    Closed,
    /// No answer before the step's timer ran out.
    Timeout,
    /// Connection refused.
    Refused,
    /// No address for the host name.
    Unresolved,
    /// Any other socket error.
    Network,
}

impl ErrorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Garbage => "garbage",
            ErrorKind::Rejected => "rejected",
            ErrorKind::UnexpectedReply => "unexpected-reply",
            ErrorKind::StarttlsUnavailable => "starttls-unavailable",
            ErrorKind::TlsFailed => "tls-failed",
            ErrorKind::Closed => "closed",
            ErrorKind::Timeout => "timeout",
            ErrorKind::Refused => "refused",
            ErrorKind::Unresolved => "unresolved",
            ErrorKind::Network => "network",
        }
    }
}

/// An error with where it happened and what was seen (a server line, an OS or TLS message).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProbeError {
    pub step: Step,
    pub kind: ErrorKind,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub detail: String,
}

/// What the TLS handshake showed. Filled by the face from its TLS library.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct TlsFacts {
    /// Negotiated version: `1.0`, `1.1`, `1.2` or `1.3`.
    pub version: String,
    /// Negotiated cipher suite (OpenSSL's name).
    pub cipher: String,
    /// The chain leads to a trusted root (dates and name aside: those are their own facts).
    pub trusted: bool,
    /// The certificate is valid for the host name probed.
    pub name_matches: bool,
    /// Chain problems other than the leaf's dates and name, as the TLS library words them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub chain_errors: Vec<String>,
    /// The leaf's subject common name, when it has one.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub subject: String,
    /// The leaf's subjectAltName entries (DNS names and IP addresses).
    #[serde(default)]
    pub names: Vec<String>,
    /// The leaf's issuer (common name, or the whole name).
    #[serde(default)]
    pub issuer: String,
    /// Validity of the leaf, seconds since 1970-01-01 UTC.
    pub not_before: i64,
    pub not_after: i64,
    /// Whole days from the probe to `not_after` (negative once expired). Set by [`assess`].
    #[serde(default)]
    pub days_left: i64,
    /// Certificates the server sent.
    #[serde(default)]
    pub chain_length: usize,
}

/// The answer of one old-version handshake.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum VersionCheck {
    /// The server completed a handshake at this version.
    Accepted,
    /// The server refused the version (alert, or closed).
    Refused,
    /// Not tried (plain endpoint, STARTTLS missing, check switched off…).
    #[default]
    Untested,
}

/// Whether the server still accepts TLS 1.0 and 1.1 (RFC 8996/8997 deprecate them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct LegacyTls {
    pub tls1_0: VersionCheck,
    pub tls1_1: VersionCheck,
}

impl LegacyTls {
    pub fn any_accepted(&self) -> bool {
        self.tls1_0 == VersionCheck::Accepted || self.tls1_1 == VersionCheck::Accepted
    }

    /// The oldest version accepted (`1.0` / `1.1`).
    pub fn oldest_accepted(&self) -> Option<&'static str> {
        if self.tls1_0 == VersionCheck::Accepted {
            Some("1.0")
        } else if self.tls1_1 == VersionCheck::Accepted {
            Some("1.1")
        } else {
            None
        }
    }
}

/// Finding codes of the connection doctor, in the report's kebab-case style (`docs/case.md`).
/// Never renamed or dropped (scripts and the desk read them).
macro_rules! probe_codes {
    ($($variant:ident = $name:literal,)*) => {
        /// What a probe finding is about. Serialised as its kebab-case name.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum ProbeCode {
            $(#[serde(rename = $name)] $variant,)*
        }

        impl ProbeCode {
            pub const ALL: &'static [ProbeCode] = &[$(ProbeCode::$variant,)*];

            pub fn as_str(self) -> &'static str {
                match self {
                    $(ProbeCode::$variant => $name,)*
                }
            }
        }
    };
}

probe_codes! {
    NoAnswer = "probe-no-answer",
    Refused = "probe-refused",
    Unresolved = "probe-unresolved",
    Garbage = "probe-garbage-greeting",
    Rejected = "probe-rejected",
    DialogueFailed = "probe-dialogue-failed",
    StarttlsMissing = "probe-starttls-missing",
    TlsFailed = "probe-tls-failed",
    AuthBeforeTls = "probe-auth-before-tls",
    LoginMissing = "probe-login-missing",
    TlsLegacyAccepted = "probe-tls-legacy-accepted",
    TlsBelowMin = "probe-tls-below-min",
    CertUntrusted = "probe-cert-untrusted",
    CertName = "probe-cert-name",
    CertExpired = "probe-cert-expired",
    CertExpiring = "probe-cert-expiring",
    RetiredAnswers = "probe-retired-answers",
}

impl ProbeCode {
    pub fn from_name(name: &str) -> Option<ProbeCode> {
        ProbeCode::ALL.iter().copied().find(|c| c.as_str() == name)
    }
}

impl fmt::Display for ProbeCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One thing wrong (or worth knowing) about an endpoint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProbeFinding {
    pub code: ProbeCode,
    pub severity: Severity,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected: Option<String>,
}

impl ProbeFinding {
    pub fn new(code: ProbeCode, severity: Severity) -> ProbeFinding {
        ProbeFinding {
            code,
            severity,
            observed: None,
            expected: None,
        }
    }

    pub fn observed(mut self, value: impl ToString) -> ProbeFinding {
        self.observed = Some(value.to_string());
        self
    }

    pub fn expected(mut self, value: impl ToString) -> ProbeFinding {
        self.expected = Some(value.to_string());
        self
    }
}

/// Everything one probe saw, and its findings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProbeReport {
    pub target: Target,
    pub outcome: Outcome,
    /// The address connected to (`203.0.113.10:993`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// TCP connect time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connect_ms: Option<u64>,
    /// The greeting's first line (control characters escaped, at most 200 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub greeting: Option<String>,
    /// Capabilities on the plain connection (STARTTLS and plain endpoints).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before_tls: Option<Capabilities>,
    /// Capabilities inside TLS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after_tls: Option<Capabilities>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls: Option<TlsFacts>,
    #[serde(default)]
    pub legacy_tls: LegacyTls,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<ProbeError>,
    pub findings: Vec<ProbeFinding>,
    /// The whole probe, legacy-TLS checks included.
    pub elapsed_ms: u64,
    /// When the probe started, seconds since 1970-01-01 UTC.
    pub checked_at: i64,
}

impl ProbeReport {
    /// An empty report for a target (the face fills it as it goes).
    pub fn new(target: Target, checked_at: i64) -> ProbeReport {
        ProbeReport {
            target,
            outcome: Outcome::Failed,
            address: None,
            connect_ms: None,
            greeting: None,
            before_tls: None,
            after_tls: None,
            tls: None,
            legacy_tls: LegacyTls::default(),
            error: None,
            findings: Vec::new(),
            elapsed_ms: 0,
            checked_at,
        }
    }

    pub fn has(&self, code: ProbeCode) -> bool {
        self.findings.iter().any(|f| f.code == code)
    }

    pub fn codes(&self) -> Vec<ProbeCode> {
        self.findings.iter().map(|f| f.code).collect()
    }

    pub fn worst(&self) -> Option<Severity> {
        self.findings.iter().map(|f| f.severity).min()
    }
}

/// Text seen on the wire, made safe to show and store: control characters and invalid UTF-8 as
/// `\xNN`, at most `max` characters (then `…`).
pub fn printable(bytes: &[u8], max: usize) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut out = String::new();
    for (count, c) in text.chars().enumerate() {
        if count >= max {
            out.push('…');
            break;
        }
        match c {
            '\u{FFFD}' => out.push_str("\\x??"),
            c if c.is_control() => out.push_str(&format!("\\x{:02x}", c as u32 & 0xff)),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints_split() {
        assert_eq!(
            split_endpoint("imap.mail.example.jp:993"),
            Some(("imap.mail.example.jp".into(), 993))
        );
        assert_eq!(
            split_endpoint("[2001:db8::1]:465"),
            Some(("2001:db8::1".into(), 465))
        );
        assert_eq!(split_endpoint("imap.mail.example.jp"), None);
        assert_eq!(split_endpoint("host:0"), None);
        assert_eq!(split_endpoint("host:70000"), None);
        assert_eq!(split_endpoint(":993"), None);
        assert_eq!(split_endpoint("a b:25"), None);
    }

    #[test]
    fn ports_guess_protocols() {
        assert_eq!(MailProtocol::guess(587), Some(MailProtocol::Smtp));
        assert_eq!(MailProtocol::guess(993), Some(MailProtocol::Imap));
        assert_eq!(MailProtocol::guess(110), Some(MailProtocol::Pop3));
        assert_eq!(MailProtocol::guess(8080), None);
    }

    #[test]
    fn codes_are_kebab_case_and_round_trip() {
        for &code in ProbeCode::ALL {
            assert!(code.as_str().starts_with("probe-"));
            assert!(code
                .as_str()
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '-'));
            assert_eq!(ProbeCode::from_name(code.as_str()), Some(code));
            let json = serde_json::to_string(&code).unwrap();
            assert_eq!(json, format!("\"{code}\""));
        }
    }

    /// The probe codes are a contract (`docs/probe.md`): renaming or dropping one fails here.
    #[test]
    fn probe_codes_snapshot() {
        let names: Vec<&str> = ProbeCode::ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(
            names,
            [
                "probe-no-answer",
                "probe-refused",
                "probe-unresolved",
                "probe-garbage-greeting",
                "probe-rejected",
                "probe-dialogue-failed",
                "probe-starttls-missing",
                "probe-tls-failed",
                "probe-auth-before-tls",
                "probe-login-missing",
                "probe-tls-legacy-accepted",
                "probe-tls-below-min",
                "probe-cert-untrusted",
                "probe-cert-name",
                "probe-cert-expired",
                "probe-cert-expiring",
                "probe-retired-answers",
            ]
        );
    }

    #[test]
    fn wire_text_is_made_printable() {
        assert_eq!(printable(b"220 ok\r\n", 50), "220 ok\\x0d\\x0a");
        assert_eq!(printable(b"\x00\xffab", 50), "\\x00\\x??ab");
        assert_eq!(printable(b"abcdef", 3), "abc…");
    }
}
