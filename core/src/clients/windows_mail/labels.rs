//! Windows Mail (Windows 10/11 「メール」): retired 2024-12-31; it can no longer send or receive
//! (docs/knowledge/windows-mail.md D3).
//!
//! The words of the screen `open_settings` leads to: 「メールボックスの詳細設定」 (Advanced mailbox
//! settings), for editing an account. The Japanese ones are copied from a hosting provider's
//! screenshots (Xserver, docs/knowledge/windows-mail.md S1–S3, S6); the add-account screen
//! words four check boxes and the outgoing server differently (「送信サーバーには、認証が必要です」…),
//! and the add-account guide names those itself. Unconfirmed: the English words of the four
//! check boxes on the editing screen (S6), 「IMAP4」 in Japanese (S5), and `host:port` (S4: the
//! server boxes take no separate port, the port goes after the host name; ISP pages).
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
        label: Text::new("受信メールに SSL を使う", "Require SSL for incoming email"),
    },
    imap_security: None,
    username: Text::new("ユーザー名", "User name"),
    outgoing_host: Text::new("送信 (SMTP) メール サーバー", "Outgoing (SMTP) email server"),
    outgoing_port: Text::new(
        "送信 (SMTP) メール サーバー（サーバー名のうしろに「:ポート番号」）",
        "Outgoing (SMTP) email server (\":port\" after the server name)",
    ),
    outgoing_security: SecurityControl::TlsSwitch {
        label: Text::new("送信メールに SSL を使う", "Require SSL for outgoing email"),
    },
    outgoing_auth: Text::new(
        "送信サーバーは認証が必要",
        "Outgoing server requires authentication",
    ),
    outgoing_same_login: Some(Text::new(
        "メールの送信に同じユーザー名とパスワードを使う",
        "Use the same user name and password for sending email",
    )),
    spa: None,
    auth_method: None,
    save: Text::new("サインイン（編集時は「完了」→「保存」）", "Sign in (when editing: Done → Save)"),
    screens: &[],
    close_screens: None,
    // docs/knowledge/windows-mail.md S4 (host:port), S5 (「IMAP4」), S6 (the editing screen's
    // check boxes in English).
    unconfirmed: LabelSet::of(&[
        Label::ProtocolChoice,
        Label::IncomingPort,
        Label::IncomingSecurity,
        Label::OutgoingPort,
        Label::OutgoingSecurity,
        Label::OutgoingAuth,
        Label::OutgoingSameLogin,
    ]),
};
