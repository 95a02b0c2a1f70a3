//! Apple Mail on macOS. Japanese labels are unconfirmed ("?" in docs/knowledge/apple-mail.md): macOS 13 and later
//! say 「設定」, older 「環境設定」; the switch is "Use TLS/SSL". "Automatically manage connection
//! settings" may switch SMTP to port 25 and drop authentication — the guides turn it off.

use super::{Labels, SecurityControl};
use crate::lang::Text;

pub static LABELS: Labels = Labels {
    app: Text::new("Mac の「メール」", "Mail on the Mac"),
    open_settings: Text::new(
        "「メール」メニュー →「設定」（古い macOS は「環境設定」）→「アカウント」→ アカウント →「サーバ設定」",
        "Mail menu → Settings (older macOS: Preferences) → Accounts → the account → Server Settings",
    ),
    protocol: Text::new("アカウントの種類", "Account Type"),
    imap: Text::new("IMAP", "IMAP"),
    pop3: Text::new("POP", "POP"),
    incoming_host: Text::new("受信用メールサーバ：ホスト名", "Incoming Mail Server: Host Name"),
    incoming_port: Text::new("ポート（受信用）", "Port (incoming)"),
    incoming_security: SecurityControl::TlsSwitch {
        label: Text::new("TLS/SSL を使用", "Use TLS/SSL"),
    },
    imap_security: None,
    username: Text::new("ユーザ名", "User Name"),
    outgoing_host: Text::new(
        "送信用メールサーバ (SMTP)：ホスト名",
        "Outgoing Mail Server (SMTP): Host Name",
    ),
    outgoing_port: Text::new("ポート（送信用）", "Port (outgoing)"),
    outgoing_security: SecurityControl::TlsSwitch {
        label: Text::new("TLS/SSL を使用（送信用）", "Use TLS/SSL (outgoing)"),
    },
    outgoing_auth: Text::new("認証：パスワード（送信用）", "Authentication: Password (outgoing)"),
    outgoing_same_login: None,
    spa: None,
    auth_method: Some((
        Text::new("認証", "Authentication"),
        Text::new("パスワード", "Password"),
    )),
    save: Text::new("保存", "Save"),
    screens: &[],
    close_screens: None,
};
