//! The case: what the customer reports (`spec/case.md`). Every field is optional; unknown
//! fields are ignored; a value of the wrong type is an input error with a clear message.

use serde::{Deserialize, Serialize};

/// A choice with a fixed wire name (the name in case JSON and in links, which serde's derive reads
/// and writes): every value and its name, for the forms' choice lists. The tests check each name
/// against serde's.
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
#[serde(default, expecting = "the case as a JSON object { … }")]
pub struct Case {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", with = "object")]
    pub client: Option<ClientReport>,
    #[serde(skip_serializing_if = "Option::is_none", with = "object")]
    pub incoming: Option<IncomingReport>,
    #[serde(skip_serializing_if = "Option::is_none", with = "object")]
    pub outgoing: Option<OutgoingReport>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub symptoms: Vec<Symptom>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", with = "object")]
    pub sending: Option<Sending>,
    #[serde(skip_serializing_if = "Vec::is_empty", with = "object::list")]
    pub resolved: Vec<Resolved>,
}

/// Which mail app, which version, on which system.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, expecting = "a JSON object { … }")]
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
#[serde(default, expecting = "a JSON object { … }")]
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
#[serde(default, expecting = "a JSON object { … }")]
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
#[serde(default, expecting = "a JSON object { … }")]
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
#[serde(default, expecting = "a JSON object { … }")]
pub struct Resolved {
    pub host: String,
    pub addresses: Vec<String>,
}

/// Why a case could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseError {
    /// One clear line in English that names the field (`incoming.port`) when it is about one.
    pub message: String,
    /// Where serde_json found the problem: line and column (in characters), both from 1; 0 when
    /// it is no single place.
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

impl CaseError {
    /// serde_json's error with the field path `serde_path_to_error` kept (`incoming.port`,
    /// `symptoms[2]`; `.` for the case itself): "invalid type at `incoming.port`: string
    /// \"nine\", expected u16". The place goes to `line` and `column`, not into the message.
    fn new(text: &str, path: &str, inner: serde_json::Error) -> CaseError {
        let (line, byte_column) = (inner.line(), inner.column());
        let full = inner.to_string();
        let place = format!(" at line {line} column {byte_column}");
        let message = full.strip_suffix(&place).unwrap_or(&full);
        let message = if path == "." {
            message.to_string()
        } else {
            // Before the detail: "invalid type at `p`: …", "unknown variant `x` at `p`, expected …".
            let cut = message
                .find(": ")
                .or_else(|| message.find(", expected"))
                .unwrap_or(message.len());
            format!("{} at `{path}`{}", &message[..cut], &message[cut..])
        };
        // serde_json counts the column in bytes; people count characters.
        let column = text
            .lines()
            .nth(line.saturating_sub(1))
            .map_or(byte_column, |l| {
                let mut end = byte_column.min(l.len());
                while !l.is_char_boundary(end) {
                    end -= 1;
                }
                l[..end].chars().count() + usize::from(byte_column > end)
            });
        CaseError {
            message,
            line,
            column,
        }
    }
}

impl Case {
    /// Reads a case from JSON text (`spec/case.md`): serde's derive with the rules above (every
    /// field optional, `null` as absent for a single value, unknown fields ignored).
    pub fn from_json(text: &str) -> Result<Case, CaseError> {
        let mut de = serde_json::Deserializer::from_str(text);
        let object::Object(case) = serde_path_to_error::deserialize(&mut de)
            .map_err(|e| CaseError::new(text, &e.path().to_string(), e.into_inner()))?;
        // Nothing but white space may follow the case.
        de.end().map_err(|e| CaseError::new(text, ".", e))?;
        Ok(case)
    }

    /// The case as compact JSON (fields in the order above; absent values and empty lists left
    /// out).
    pub fn to_json(&self) -> String {
        // A Case holds only strings, numbers and lists: serialising cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// The case's objects are read as JSON objects only. serde's derive also takes a struct written
/// as a list of its values in field order (`["taro@…"]` as a case with that address); the case
/// format has no such form, so a list where an object belongs is the wrong type.
mod object {
    use serde::de::{Deserialize, Deserializer, Visitor};
    use serde::{Serialize, Serializer};

    /// A value that serde reads as a map (never as a list).
    pub struct Object<T>(pub T);

    impl<'de, T: Deserialize<'de>> Deserialize<'de> for Object<T> {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            T::deserialize(MapOnly(d)).map(Object)
        }
    }

    /// Hands a struct's visitor to the format as a map's.
    struct MapOnly<D>(D);

    impl<'de, D: Deserializer<'de>> Deserializer<'de> for MapOnly<D> {
        type Error = D::Error;

        fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
            self.0.deserialize_map(visitor)
        }

        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
            option unit unit_struct newtype_struct seq tuple tuple_struct map struct enum
            identifier ignored_any
        }
    }

    pub fn serialize<T: Serialize, S: Serializer>(v: &Option<T>, s: S) -> Result<S::Ok, S::Error> {
        v.serialize(s)
    }

    pub fn deserialize<'de, T: Deserialize<'de>, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<T>, D::Error> {
        Ok(Option::<Object<T>>::deserialize(d)?.map(|o| o.0))
    }

    pub mod list {
        use super::Object;
        use serde::{Deserialize, Deserializer, Serialize, Serializer};

        pub fn serialize<T: Serialize, S: Serializer>(v: &[T], s: S) -> Result<S::Ok, S::Error> {
            v.serialize(s)
        }

        pub fn deserialize<'de, T: Deserialize<'de>, D: Deserializer<'de>>(
            d: D,
        ) -> Result<Vec<T>, D::Error> {
            let items = Vec::<Object<T>>::deserialize(d)?;
            Ok(items.into_iter().map(|o| o.0).collect())
        }
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
    fn wrong_types_are_clear_errors_that_name_the_field() {
        let err = Case::from_json(r#"{ "incoming": { "port": "nine" } }"#).unwrap_err();
        assert_eq!(
            err.message,
            "invalid type at `incoming.port`: string \"nine\", expected u16"
        );
        assert_eq!((err.line, err.column), (1, 30));
        let err = Case::from_json(r#"{ "client": { "id": "eudora" } }"#).unwrap_err();
        assert!(
            err.message.starts_with(
                "unknown variant `eudora` at `client.id`, expected one of `outlook-new`"
            ),
            "{err}"
        );
        let err = Case::from_json(r#"{"symptoms": ["slow", 3]}"#).unwrap_err();
        assert!(err.message.contains("at `symptoms[1]`"), "{err}");
        let err = Case::from_json("{\n \"resolved\": [{\"host\": \"h\", \"addresses\": [1]}]}")
            .unwrap_err();
        assert!(
            err.message.contains("at `resolved[0].addresses[0]`"),
            "{err}"
        );
        assert_eq!(err.line, 2);
        assert!(Case::from_json("[").is_err());
        for list in [
            r#"["x"]"#,
            r#"{"client": ["outlook-new"]}"#,
            r#"{"resolved": [["h", []]]}"#,
        ] {
            let err = Case::from_json(list).unwrap_err();
            assert!(err.message.contains("expected "), "{list}: {err}");
            assert!(err.message.contains("a JSON object { … }"), "{list}: {err}");
        }
        // Text after the case, and a field given twice.
        let err = Case::from_json(r#"{} {}"#).unwrap_err();
        assert_eq!((err.line, err.column), (1, 4), "{err}");
        let err = Case::from_json(r#"{"address": "a", "address": "b"}"#).unwrap_err();
        assert!(err.message.contains("duplicate field `address`"), "{err}");
    }

    #[test]
    fn columns_count_characters() {
        let err =
            Case::from_json(r#"{"error_text": "送信できません", "incoming": 5}"#).unwrap_err();
        // serde_json says byte 53; the 7 kana are 21 bytes and 7 characters.
        assert_eq!((err.line, err.column), (1, 39), "{err}");
    }

    #[test]
    fn null_is_absent_for_one_value_but_not_for_a_list() {
        let case = Case::from_json(r#"{"address": null, "outgoing": {"username": null}}"#).unwrap();
        assert_eq!(case.address, None);
        assert_eq!(case.outgoing.unwrap().username, None);
        assert!(Case::from_json(r#"{"symptoms": null}"#).is_err());
        assert!(Case::from_json(r#"{"resolved": [{"host": null}]}"#).is_err());
    }
}
