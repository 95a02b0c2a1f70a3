//! The report: what the engine answers (`docs/case.md`). Language-free: codes, fields and
//! values only. Texts and fix steps are added by [`crate::text`].

use crate::case::{Protocol, Security};
use crate::codes::{Cause, Code, Severity};
use crate::pasted::Pasted;
use crate::verdict::Verdict;
use serde::{Deserialize, Serialize};

/// The engine's answer to a case.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// The address's domain, normalised, when the address could be read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// The brand id that owns the domain.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub brand: Option<String>,
    pub findings: Vec<Finding>,
    /// The profile's values for the domain; absent when the domain is unknown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub corrected: Option<Corrected>,
    /// Errors recognised in the case's `error_text` (present when the case has one).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<ErrorMatch>>,
    /// One ranked list of causes for the case (present when the case has `error_text`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suspects: Option<Vec<Cause>>,
    /// What else the pasted text holds: its IP addresses classified (Microsoft's cloud, a retired
    /// server), host and login names (checked like typed ones), addresses, a time. The project's
    /// addition (`docs/case-additions.md`); present when the text has any of them.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub pasted: Option<Pasted>,
    /// The one answer every face gives ([`crate::verdict`]); the project's addition.
    #[serde(default)]
    pub verdict: Verdict,
}

impl Report {
    pub fn has(&self, code: Code) -> bool {
        self.findings.iter().any(|f| f.code == code)
    }

    pub fn codes(&self) -> Vec<Code> {
        self.findings.iter().map(|f| f.code).collect()
    }

    pub fn worst(&self) -> Option<Severity> {
        self.findings.iter().map(|f| f.severity).min()
    }
}

/// One thing wrong (or worth knowing) about the case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub code: Code,
    pub severity: Severity,
    /// The setting it is about (`incoming.host`, `outgoing.port`, `client`, `sending`…).
    pub field: Field,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub observed: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected: Option<String>,
}

impl Finding {
    pub fn new(code: Code, severity: Severity, field: Field) -> Finding {
        Finding {
            code,
            severity,
            field,
            observed: None,
            expected: None,
        }
    }

    pub fn observed(mut self, value: impl ToString) -> Finding {
        self.observed = Some(value.to_string());
        self
    }

    pub fn expected(mut self, value: impl ToString) -> Finding {
        self.expected = Some(value.to_string());
        self
    }
}

macro_rules! fields {
    ($($variant:ident = $name:literal,)*) => {
        /// The setting a finding names. Serialised as its dotted name.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum Field {
            $(#[serde(rename = $name)] $variant,)*
        }

        impl Field {
            pub const ALL: &'static [Field] = &[$(Field::$variant,)*];

            pub fn as_str(self) -> &'static str {
                match self {
                    $(Field::$variant => $name,)*
                }
            }
        }
    };
}

fields! {
    Address = "address",
    Client = "client",
    ClientVersion = "client.version",
    ClientOs = "client.os",
    IncomingProtocol = "incoming.protocol",
    IncomingHost = "incoming.host",
    IncomingPort = "incoming.port",
    IncomingSecurity = "incoming.security",
    IncomingUsername = "incoming.username",
    IncomingAuth = "incoming.auth",
    OutgoingHost = "outgoing.host",
    OutgoingPort = "outgoing.port",
    OutgoingSecurity = "outgoing.security",
    OutgoingUsername = "outgoing.username",
    OutgoingAuth = "outgoing.auth",
    Sending = "sending",
    Resolved = "resolved",
}

impl Field {
    pub fn from_name(name: &str) -> Option<Field> {
        Field::ALL.iter().copied().find(|f| f.as_str() == name)
    }
}

/// The settings the customer should have.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Corrected {
    pub incoming: CorrectedIncoming,
    pub outgoing: CorrectedOutgoing,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorrectedIncoming {
    pub protocol: Protocol,
    pub host: String,
    pub port: u16,
    pub security: Security,
    pub username: String,
    /// Always `password` today (the only method the profile format requires).
    pub auth: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorrectedOutgoing {
    pub host: String,
    pub port: u16,
    pub security: Security,
    pub username: String,
    pub auth: String,
}

/// Which side of the mail flow an error message is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    Incoming,
    Outgoing,
    Both,
}

/// One error recognised in pasted text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorMatch {
    /// The code or message as found in the text.
    #[serde(rename = "match")]
    pub matched: String,
    pub side: Side,
    /// Possible causes, most likely first.
    pub causes: Vec<Cause>,
}
