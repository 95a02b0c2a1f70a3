//! Windows Mail (Windows 10/11 「メール」): retired 2024-12-31; it can no longer send or receive.
//!
//! Unconfirmed (docs/knowledge/windows-mail.md S2–S4): every Japanese label here is from ISP
//! setup pages; ✓ only the English "Settings > Manage Accounts" and "Save" (S1, Microsoft
//! support "Change your password in Mail for Windows 10").
//!
//! Words from ISP setup pages (docs/knowledge/windows-mail.md); the dialog for editing an account words a few
//! boxes slightly differently. The server boxes take no separate port: the port goes after the
//! host name, `host:port` (ISP pages; unconfirmed for every build).
//!
//! The "Require SSL" boxes mean "use TLS", and the port decides how (Microsoft's own Outlook.com
//! instructions ticked it for SMTP on 587, which is STARTTLS): so they are a `TlsSwitch` that
//! happens to be drawn as a check box; the guides say 「チェックを入れます」.

use crate::labels::{Label, LabelSet, Labels, SecurityControl};
use crate::lang::Text;

pub static LABELS: Labels = Labels {
    app: Text::new("Windows の「メール」アプリ", "Windows Mail"),
    open_settings: Text::new(
        "「設定」（歯車のアイコン）→「アカウントの管理」→ アカウント →「メールボックスの同期設定を変更」→「メールボックスの詳細設定」",
        "Settings (the gear icon) → Manage accounts → the account → Change mailbox sync settings → Advanced mailbox settings",
    ),
    protocol: Text::new("アカウントの種類", "Account type"),
    imap: Text::new("IMAP4", "IMAP4"),
    pop3: Text::new("POP3", "POP3"),
    incoming_host: Text::new("受信メール サーバー", "Incoming email server"),
    incoming_port: Text::new(
        "受信メール サーバー（サーバー名のうしろに「:ポート番号」）",
        "Incoming email server (\":port\" after the server name)",
    ),
    incoming_security: SecurityControl::TlsSwitch {
        label: Text::new("受信メールには SSL が必要", "Require SSL for incoming email"),
    },
    imap_security: None,
    username: Text::new("ユーザー名", "User name"),
    outgoing_host: Text::new(
        "メールの送信 (SMTP) サーバー",
        "Outgoing (SMTP) email server",
    ),
    outgoing_port: Text::new(
        "メールの送信 (SMTP) サーバー（サーバー名のうしろに「:ポート番号」）",
        "Outgoing (SMTP) email server (\":port\" after the server name)",
    ),
    outgoing_security: SecurityControl::TlsSwitch {
        label: Text::new("送信メールには SSL が必要", "Require SSL for outgoing email"),
    },
    outgoing_auth: Text::new(
        "送信サーバーには、認証が必要です",
        "Outgoing server requires authentication",
    ),
    outgoing_same_login: Some(Text::new(
        "送信メールに同じユーザー名とパスワードを使用する",
        "Use the same user name and password for sending email",
    )),
    spa: None,
    auth_method: None,
    save: Text::new("サインイン（編集時は「完了」→「保存」）", "Sign in (when editing: Done → Save)"),
    screens: &[],
    close_screens: None,
    // docs/knowledge/windows-mail.md S1 (「保存」: en only), S2 (the path and boxes), S3 (the account type), S4 (host:port).
    unconfirmed: LabelSet::of(&[
        Label::OpenSettings,
        Label::Protocol,
        Label::ProtocolChoice,
        Label::IncomingHost,
        Label::IncomingPort,
        Label::IncomingSecurity,
        Label::Username,
        Label::OutgoingHost,
        Label::OutgoingPort,
        Label::OutgoingSecurity,
        Label::OutgoingAuth,
        Label::OutgoingSameLogin,
        Label::Save,
    ]),
};
