//! Finding codes: the stable vocabulary of `docs/case.md`. A code is never renamed or dropped;
//! `tests/codes.rs` snapshots the list so an accident fails the build.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! codes {
    ($($variant:ident = $name:literal,)*) => {
        /// What a finding is about. Serialised as its kebab-case name.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum Code {
            $(#[serde(rename = $name)] $variant,)*
        }

        impl Code {
            /// Every code, in the order of the spec's table (then the project's own).
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            /// The stable kebab-case name (`host-retired`).
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $name,)*
                }
            }
        }
    };
}

codes! {
    AddressInvalid = "address-invalid",
    DomainUnknown = "domain-unknown",
    HostRetired = "host-retired",
    HostIpLiteral = "host-ip-literal",
    HostTypo = "host-typo",
    HostWrong = "host-wrong",
    ProtocolUnavailable = "protocol-unavailable",
    PortWrong = "port-wrong",
    SecurityMismatch = "security-mismatch",
    SecurityNone = "security-none",
    SmtpPort25 = "smtp-port-25",
    SmtpAuthOff = "smtp-auth-off",
    AuthMethod = "auth-method",
    UsernameFormat = "username-format",
    UsernameMismatch = "username-mismatch",
    ClientNoPop = "client-no-pop",
    ClientTlsLegacy = "client-tls-legacy",
    ClientEndOfSupport = "client-end-of-support",
    ClientCloudSync = "client-cloud-sync",
    RecipientsOverLimit = "recipients-over-limit",
    SendRateOverLimit = "send-rate-over-limit",
    DnsRetired = "dns-retired",
    // The project's own additions (never renamed either).
    SecurityAuto = "security-auto",
    OsEndOfSupport = "os-end-of-support",
    // Sending refused by the ISP's foreign-login block (SMTP 554) for an app that reaches the
    // ISP from its vendor's cloud abroad (Outlook (new)); docs/case-additions.md.
    ForeignLoginBlocked = "foreign-login-blocked",
}

impl Code {
    pub fn from_name(name: &str) -> Option<Code> {
        Code::ALL.iter().copied().find(|c| c.as_str() == name)
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Will not work.
    Error,
    /// Works now but is wrong, risky or about to break.
    Warning,
    Info,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// Causes that are not a setting the engine can see (pasted-error causes beside finding codes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OtherCause {
    PasswordWrong,
    AccountLocked,
    ServerSide,
    Network,
    Antivirus,
}

impl OtherCause {
    pub const ALL: &'static [OtherCause] = &[
        OtherCause::PasswordWrong,
        OtherCause::AccountLocked,
        OtherCause::ServerSide,
        OtherCause::Network,
        OtherCause::Antivirus,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            OtherCause::PasswordWrong => "password-wrong",
            OtherCause::AccountLocked => "account-locked",
            OtherCause::ServerSide => "server-side",
            OtherCause::Network => "network",
            OtherCause::Antivirus => "antivirus",
        }
    }
}

/// A likely cause of a pasted error: a finding code, or one of [`OtherCause`].
/// Serialised as the bare kebab-case name either way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Cause {
    Finding(Code),
    Other(OtherCause),
}

impl Cause {
    pub fn as_str(self) -> &'static str {
        match self {
            Cause::Finding(c) => c.as_str(),
            Cause::Other(o) => o.as_str(),
        }
    }

    pub fn from_name(name: &str) -> Option<Cause> {
        Code::from_name(name).map(Cause::Finding).or_else(|| {
            OtherCause::ALL
                .iter()
                .copied()
                .find(|o| o.as_str() == name)
                .map(Cause::Other)
        })
    }
}

impl From<Code> for Cause {
    fn from(c: Code) -> Cause {
        Cause::Finding(c)
    }
}

impl From<OtherCause> for Cause {
    fn from(o: OtherCause) -> Cause {
        Cause::Other(o)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_through_json() {
        for &code in Code::ALL {
            let json = serde_json::to_string(&code).unwrap();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
            assert_eq!(serde_json::from_str::<Code>(&json).unwrap(), code);
            assert_eq!(Code::from_name(code.as_str()), Some(code));
        }
        for name in ["network", "host-wrong", "antivirus"] {
            let cause = Cause::from_name(name).unwrap();
            assert_eq!(
                serde_json::to_string(&cause).unwrap(),
                format!("\"{name}\"")
            );
            assert_eq!(
                serde_json::from_str::<Cause>(&format!("\"{name}\"")).unwrap(),
                cause
            );
        }
    }
}
