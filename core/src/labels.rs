//! Each client's own words for its settings, in Japanese and English: what the customer sees
//! on screen. Data only; one file per client under `labels/`. The fix steps and the guides put
//! the profile's values next to these labels.
//!
//! SCAFFOLD: only the generic set exists yet; the client-words work adds one file per client.

use crate::case::{ClientId, Protocol, Security};
use crate::lang::Text;

/// How a client lets the user choose encryption for one server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecurityControl {
    /// A drop-down (or radio group) with a name for each choice. `auto` is the name of an
    /// "Auto" choice where the client has one.
    Choice {
        label: Text,
        ssl: Text,
        starttls: Text,
        none: Text,
        auto: Option<Text>,
    },
    /// One check box meaning implicit TLS ("This server requires an encrypted connection
    /// (SSL)"): on = SSL/TLS, off = none. STARTTLS cannot be chosen.
    SslCheckbox { label: Text },
    /// One switch meaning "use TLS"; the port decides implicit TLS or STARTTLS (Apple's
    /// "Use SSL").
    TlsSwitch { label: Text },
}

impl SecurityControl {
    /// What the user sets for `security`: `(control's label, the choice or "on"/"off")`.
    pub fn setting(&self, security: Security) -> (Text, Text) {
        const ON: Text = Text::new("オン", "on");
        const OFF: Text = Text::new("オフ", "off");
        match *self {
            SecurityControl::Choice {
                label,
                ssl,
                starttls,
                none,
                auto,
            } => (
                label,
                match security {
                    Security::Ssl => ssl,
                    Security::Starttls => starttls,
                    Security::None => none,
                    Security::Auto => auto.unwrap_or(none),
                },
            ),
            SecurityControl::SslCheckbox { label } => {
                (label, if security == Security::Ssl { ON } else { OFF })
            }
            SecurityControl::TlsSwitch { label } => (
                label,
                if matches!(security, Security::Ssl | Security::Starttls) {
                    ON
                } else {
                    OFF
                },
            ),
        }
    }
}

/// A client's labels for the settings the desk talks about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Labels {
    /// The app as the customer knows it (「新しい Outlook」).
    pub app: Text,
    /// How to reach an existing account's server settings, as one path
    /// (「ファイル」→「アカウント設定」→「アカウント設定」→ account →「変更」).
    pub open_settings: Text,
    /// The control that picks POP or IMAP ("Account type").
    pub protocol: Text,
    pub imap: Text,
    pub pop3: Text,
    pub incoming_host: Text,
    pub incoming_port: Text,
    pub incoming_security: SecurityControl,
    /// The login name field.
    pub username: Text,
    pub outgoing_host: Text,
    pub outgoing_port: Text,
    pub outgoing_security: SecurityControl,
    /// "My outgoing server (SMTP) requires authentication" or the client's equivalent.
    pub outgoing_auth: Text,
    /// "Use same settings as my incoming mail server", where the client has it.
    pub outgoing_same_login: Option<Text>,
    /// "Require logon using Secure Password Authentication (SPA)", where the client has it.
    pub spa: Option<Text>,
    /// The authentication method choice and its plain-password value
    /// (Thunderbird: 「認証方式」 = 「通常のパスワード認証」), where the client has one.
    pub auth_method: Option<(Text, Text)>,
    /// The button or action that saves and tests the settings.
    pub save: Text,
}

impl Labels {
    pub fn protocol_name(&self, protocol: Protocol) -> Text {
        match protocol {
            Protocol::Imap => self.imap,
            Protocol::Pop3 => self.pop3,
        }
    }
}

/// The labels of a client at a version (`None` client: the generic words).
pub fn for_client(client: Option<ClientId>, version: Option<&str>) -> &'static Labels {
    let _ = (client, version);
    &GENERIC
}

/// Words for "any mail app", used before the client is known.
pub static GENERIC: Labels = Labels {
    app: Text::new("メールアプリ", "your mail app"),
    open_settings: Text::new(
        "メールアプリのアカウント設定（サーバー設定）",
        "your mail app's account settings (server settings)",
    ),
    protocol: Text::new("アカウントの種類", "Account type"),
    imap: Text::new("IMAP", "IMAP"),
    pop3: Text::new("POP", "POP"),
    incoming_host: Text::new("受信メールサーバー", "Incoming mail server"),
    incoming_port: Text::new("受信サーバーのポート番号", "Incoming port"),
    incoming_security: SecurityControl::Choice {
        label: Text::new("受信サーバーの暗号化方法", "Incoming encryption"),
        ssl: Text::new("SSL/TLS", "SSL/TLS"),
        starttls: Text::new("STARTTLS", "STARTTLS"),
        none: Text::new("なし", "None"),
        auto: None,
    },
    username: Text::new("ユーザー名", "User name"),
    outgoing_host: Text::new("送信メールサーバー (SMTP)", "Outgoing mail server (SMTP)"),
    outgoing_port: Text::new("送信サーバーのポート番号", "Outgoing port"),
    outgoing_security: SecurityControl::Choice {
        label: Text::new("送信サーバーの暗号化方法", "Outgoing encryption"),
        ssl: Text::new("SSL/TLS", "SSL/TLS"),
        starttls: Text::new("STARTTLS", "STARTTLS"),
        none: Text::new("なし", "None"),
        auto: None,
    },
    outgoing_auth: Text::new(
        "送信サーバーの認証（SMTP 認証）",
        "Outgoing server authentication (SMTP AUTH)",
    ),
    outgoing_same_login: None,
    spa: None,
    auth_method: Some((
        Text::new("認証方式", "Authentication"),
        Text::new("通常のパスワード", "Normal password"),
    )),
    save: Text::new(
        "保存して送受信を試す",
        "Save, then try sending and receiving",
    ),
};
