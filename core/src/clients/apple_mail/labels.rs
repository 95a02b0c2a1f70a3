//! Apple Mail on macOS. Unconfirmed ("?" in docs/knowledge/apple-mail.md): that macOS 13 and
//! later say 「設定」 and older 「環境設定」 (L4), and the Japanese names of the Server Settings
//! boxes and the "Use TLS/SSL" switch (L3). ✓: 「サーバ設定」 and 「接続設定を自動的に管理」 (L2, A4;
//! Apple HT204208 ja). "Automatically manage connection settings" tries other ports, TLS and
//! authentication in the background when Mail can't connect, without changing the settings shown
//! (A1–A2) — the guides turn it off so that what is shown is what is used. macOS 12's own strings
//! (Mail.framework `CheckSSLSetting`, branch `facts2`) write the switch 「TLS/SSLを使用」 (no space) /
//! "Use TLS/SSL" in the 「サーバ設定」 tab; for macOS 12 only, so L3 stays unconfirmed.

use crate::labels::{Label, LabelSet, Labels, SecurityControl};
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
        label: Text::new("TLS/SSLを使用", "Use TLS/SSL"),
    },
    imap_security: None,
    username: Text::new("ユーザ名", "User Name"),
    outgoing_host: Text::new(
        "送信用メールサーバ (SMTP)：ホスト名",
        "Outgoing Mail Server (SMTP): Host Name",
    ),
    outgoing_port: Text::new("ポート（送信用）", "Port (outgoing)"),
    outgoing_security: SecurityControl::TlsSwitch {
        label: Text::new("TLS/SSLを使用（送信用）", "Use TLS/SSL (outgoing)"),
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
    // docs/knowledge/apple-mail.md L3 (the Japanese box names) and L4 (「設定」 from macOS 13).
    unconfirmed: LabelSet::of(&[
        Label::OpenSettings,
        Label::IncomingHost,
        Label::IncomingPort,
        Label::IncomingSecurity,
        Label::Username,
        Label::OutgoingHost,
        Label::OutgoingPort,
        Label::OutgoingSecurity,
        Label::OutgoingAuth,
        Label::AuthMethod,
    ]),
};
