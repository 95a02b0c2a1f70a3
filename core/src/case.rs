//! The case: what the customer reports (`spec/case.md`). Every field is optional; unknown
//! fields are ignored; a value of the wrong type is an input error with a clear message.

use serde::{Deserialize, Serialize};

mod json;

/// A choice with a fixed wire name (the name in case JSON and in links): read and written without
/// serde (`case/json.rs`, the help pages' links), so that no page links serde_json. The serde
/// derives stay for the CLI's JSON output and the tests, which check each name against serde's.
pub trait Wire: Copy + Sized + 'static {
    /// Every value, in a stable order.
    const ALL: &'static [Self];
    fn as_str(self) -> &'static str;
    /// The value with this wire name.
    fn from_name(name: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.as_str() == name)
    }
}

/// What the customer reports.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Case {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientReport>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub incoming: Option<IncomingReport>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outgoing: Option<OutgoingReport>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub symptoms: Vec<Symptom>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sending: Option<Sending>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub resolved: Vec<Resolved>,
}

/// Which mail app, which version, on which system.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ClientReport {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<ClientId>,
    /// The product's own version (`"2010"`, `"365"`, `"128"`, `"1.2024.403.300"`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// `windows-7`, `windows-11`, `macos-14`, `ios-12`, `android-4.3`…
    #[serde(skip_serializing_if = "Option::is_none")]
    pub os: Option<String>,
}

/// The ten client ids of the spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ClientId {
    OutlookNew,
    OutlookClassic,
    WindowsMail,
    WindowsLiveMail,
    Thunderbird,
    AppleMail,
    IosMail,
    AndroidGmail,
    Becky,
    Device,
}

impl ClientId {
    pub const ALL: [ClientId; 10] = [
        ClientId::OutlookNew,
        ClientId::OutlookClassic,
        ClientId::WindowsMail,
        ClientId::WindowsLiveMail,
        ClientId::Thunderbird,
        ClientId::AppleMail,
        ClientId::IosMail,
        ClientId::AndroidGmail,
        ClientId::Becky,
        ClientId::Device,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ClientId::OutlookNew => "outlook-new",
            ClientId::OutlookClassic => "outlook-classic",
            ClientId::WindowsMail => "windows-mail",
            ClientId::WindowsLiveMail => "windows-live-mail",
            ClientId::Thunderbird => "thunderbird",
            ClientId::AppleMail => "apple-mail",
            ClientId::IosMail => "ios-mail",
            ClientId::AndroidGmail => "android-gmail",
            ClientId::Becky => "becky",
            ClientId::Device => "device",
        }
    }

    pub fn from_name(name: &str) -> Option<ClientId> {
        <ClientId as Wire>::from_name(name)
    }
}

/// Incoming mail protocol.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Protocol {
    Imap,
    Pop3,
}

impl Protocol {
    pub fn as_str(self) -> &'static str {
        match self {
            Protocol::Imap => "imap",
            Protocol::Pop3 => "pop3",
        }
    }
}

/// Connection security. `Auto` exists only in what a customer reports (Outlook's "Auto").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Security {
    /// TLS from the first byte ("implicit TLS", "SSL/TLS"): 465, 993, 995.
    Ssl,
    /// Plain connect, then upgrade: 587, 143, 110.
    Starttls,
    None,
    Auto,
}

impl Security {
    pub fn as_str(self) -> &'static str {
        match self {
            Security::Ssl => "ssl",
            Security::Starttls => "starttls",
            Security::None => "none",
            Security::Auto => "auto",
        }
    }

    /// The security a well-known mail port needs (465/993/995 → SSL, 587/143/110 → STARTTLS).
    pub fn expected_for_port(port: u16) -> Option<Security> {
        match port {
            465 | 993 | 995 => Some(Security::Ssl),
            587 | 143 | 110 => Some(Security::Starttls),
            _ => None,
        }
    }
}

/// How the client logs in to the incoming server.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum IncomingAuth {
    Password,
    /// Outlook's "Secure Password Authentication" (NTLM).
    Spa,
    CramMd5,
    Oauth2,
    None,
}

impl IncomingAuth {
    pub fn as_str(self) -> &'static str {
        match self {
            IncomingAuth::Password => "password",
            IncomingAuth::Spa => "spa",
            IncomingAuth::CramMd5 => "cram-md5",
            IncomingAuth::Oauth2 => "oauth2",
            IncomingAuth::None => "none",
        }
    }
}

/// How the client logs in to the outgoing server.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OutgoingAuth {
    SameAsIncoming,
    Password,
    None,
    PopBeforeSmtp,
}

impl OutgoingAuth {
    pub fn as_str(self) -> &'static str {
        match self {
            OutgoingAuth::SameAsIncoming => "same-as-incoming",
            OutgoingAuth::Password => "password",
            OutgoingAuth::None => "none",
            OutgoingAuth::PopBeforeSmtp => "pop-before-smtp",
        }
    }
}

/// The incoming server as the client has it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct IncomingReport {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub protocol: Option<Protocol>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub port: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub security: Option<Security>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auth: Option<IncomingAuth>,
}

/// The outgoing (SMTP) server as the client has it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct OutgoingReport {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub port: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub security: Option<Security>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auth: Option<OutgoingAuth>,
    /// Only meaningful when `auth` is `password` (a separate outgoing login).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
}

/// What the customer says happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Symptom {
    CannotSend,
    CannotReceive,
    PasswordPrompt,
    Slow,
    LoginBlocked,
}

impl Symptom {
    pub const ALL: [Symptom; 5] = [
        Symptom::CannotSend,
        Symptom::CannotReceive,
        Symptom::PasswordPrompt,
        Symptom::Slow,
        Symptom::LoginBlocked,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Symptom::CannotSend => "cannot-send",
            Symptom::CannotReceive => "cannot-receive",
            Symptom::PasswordPrompt => "password-prompt",
            Symptom::Slow => "slow",
            Symptom::LoginBlocked => "login-blocked",
        }
    }
}

/// The sender's pattern: recipients in one message, and `messages` sent within `per_minutes`
/// (a burst all at once is `per_minutes: 0`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Sending {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recipients_per_message: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub messages: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per_minutes: Option<u32>,
}

/// What the customer's own PC resolves a host name to (from pasted lookup output).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Resolved {
    pub host: String,
    pub addresses: Vec<String>,
}

/// Why a case could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseError {
    /// One clear line in English that names the field (`incoming.port`) when it is about one.
    pub message: String,
    /// Where the problem starts: line and column (in characters), both from 1.
    pub line: usize,
    pub column: usize,
}

impl std::fmt::Display for CaseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.line > 0 {
            write!(
                f,
                "line {} column {}: {}",
                self.line, self.column, self.message
            )
        } else {
            f.write_str(&self.message)
        }
    }
}

impl Case {
    /// Reads a case from JSON text (`case/json.rs`: by hand, not with serde, so that the pages
    /// that read share links do not carry a JSON library).
    pub fn from_json(text: &str) -> Result<Case, CaseError> {
        json::read(text).map_err(|e| CaseError {
            message: e.message,
            line: e.line,
            column: e.column,
        })
    }

    /// The case as compact JSON (fields in the order above; absent values and empty lists left
    /// out).
    pub fn to_json(&self) -> String {
        json::write(self)
    }
}

macro_rules! wire {
    ($t:ident = $all:expr) => {
        impl Wire for $t {
            const ALL: &'static [$t] = &$all;
            fn as_str(self) -> &'static str {
                $t::as_str(self)
            }
        }
    };
}
wire!(ClientId = ClientId::ALL);
wire!(Protocol = [Protocol::Imap, Protocol::Pop3]);
wire!(
    Security = [
        Security::Ssl,
        Security::Starttls,
        Security::None,
        Security::Auto
    ]
);
wire!(
    IncomingAuth = [
        IncomingAuth::Password,
        IncomingAuth::Spa,
        IncomingAuth::CramMd5,
        IncomingAuth::Oauth2,
        IncomingAuth::None,
    ]
);
wire!(
    OutgoingAuth = [
        OutgoingAuth::SameAsIncoming,
        OutgoingAuth::Password,
        OutgoingAuth::None,
        OutgoingAuth::PopBeforeSmtp,
    ]
);
wire!(Symptom = Symptom::ALL);

#[cfg(test)]
mod tests {
    use super::*;

    fn wire_names_are_serdes<T: Wire + Serialize + serde::de::DeserializeOwned + PartialEq>() {
        for &v in T::ALL {
            let serde_name = serde_json::to_value(v).expect("serialises");
            assert_eq!(serde_name.as_str(), Some(v.as_str()));
            assert!(T::from_name(v.as_str()) == Some(v));
            let back: T = serde_json::from_value(serde_name).expect("reads back");
            assert!(back == v);
        }
        assert!(T::from_name("").is_none() && T::from_name("no-such-name").is_none());
    }

    #[test]
    fn wire_names_are_the_serde_names_and_list_every_value() {
        wire_names_are_serdes::<ClientId>();
        wire_names_are_serdes::<Protocol>();
        wire_names_are_serdes::<Security>();
        wire_names_are_serdes::<IncomingAuth>();
        wire_names_are_serdes::<OutgoingAuth>();
        wire_names_are_serdes::<Symptom>();
    }

    #[test]
    fn reads_the_spec_example_and_ignores_unknown_fields() {
        let case = Case::from_json(
            r#"{ "address": "taro@kita.aoi.example.jp", "future_field": 1,
                 "client": { "id": "outlook-classic", "version": "2010", "os": "windows-7" },
                 "incoming": { "protocol": "pop3", "host": "mail.aoi.example.jp", "port": 110,
                               "security": "none", "username": "taro", "auth": "password" },
                 "outgoing": { "host": "smtp.aoi.example.jp", "port": 25, "security": "none",
                               "auth": "none", "username": null },
                 "symptoms": ["cannot-send"],
                 "sending": { "recipients_per_message": 250, "messages": 50, "per_minutes": 5 },
                 "resolved": [ { "host": "imap.mail.example.jp", "addresses": ["192.0.2.110"] } ] }"#,
        )
        .unwrap();
        assert_eq!(
            case.client.as_ref().unwrap().id,
            Some(ClientId::OutlookClassic)
        );
        assert_eq!(case.incoming.as_ref().unwrap().port, Some(110));
        assert_eq!(
            case.outgoing.as_ref().unwrap().auth,
            Some(OutgoingAuth::None)
        );
        assert_eq!(case.resolved[0].addresses, vec!["192.0.2.110"]);
        // Round trip keeps every value.
        assert_eq!(Case::from_json(&case.to_json()).unwrap(), case);
    }

    #[test]
    fn wrong_types_are_clear_errors() {
        let err = Case::from_json(r#"{ "incoming": { "port": "nine" } }"#).unwrap_err();
        assert!(err.message.contains("invalid type"), "{err}");
        assert_eq!(err.line, 1);
        let err = Case::from_json(r#"{ "client": { "id": "eudora" } }"#).unwrap_err();
        assert!(err.message.contains("eudora"), "{err}");
        assert!(Case::from_json("[").is_err());
        for list in [
            r#"["x"]"#,
            r#"{"client": ["outlook-new"]}"#,
            r#"{"resolved": [["h", []]]}"#,
        ] {
            let err = Case::from_json(list).unwrap_err();
            assert!(err.message.contains("not a list"), "{list}: {err}");
        }
    }
}
