//! Outlook (new) — 新しい Outlook / "Outlook for Windows".
//!
//! Unconfirmed ("?" in docs/knowledge/outlook-new.md A6–A8): the path 「設定」→「アカウント」→
//! 「メール アカウント」 and 「管理」, and the Japanese names of the advanced-settings boxes (受信サーバー,
//! ポート, セキュリティで保護された接続の種類, SMTP …) come from third-party guides; the English
//! ones ("Secure connection type") likewise. The guides say "a box like …" for them.

use crate::labels::{Label, LabelSet, Labels, SecurityControl};
use crate::lang::Text;

pub static LABELS: Labels = Labels {
    app: Text::new("新しい Outlook", "Outlook (new)"),
    open_settings: Text::new(
        "「設定」（歯車のアイコン）→「アカウント」→「メール アカウント」→ アカウントの「管理」",
        "Settings (the gear icon) → Accounts → Email accounts → Manage next to the account",
    ),
    protocol: Text::new(
        "アカウントの種類（IMAP / POP）",
        "Account type (IMAP / POP)",
    ),
    imap: Text::new("IMAP", "IMAP"),
    pop3: Text::new("POP", "POP"),
    incoming_host: Text::new("受信サーバー", "Incoming server"),
    incoming_port: Text::new("ポート", "Port"),
    incoming_security: SecurityControl::Choice {
        label: Text::new(
            "セキュリティで保護された接続の種類",
            "Secure connection type",
        ),
        ssl: Text::new("SSL/TLS", "SSL/TLS"),
        starttls: Text::new("STARTTLS", "STARTTLS"),
        none: Text::new("なし", "None"),
        auto: None,
    },
    imap_security: None,
    username: Text::new("ユーザー名", "Username"),
    outgoing_host: Text::new("SMTP 送信サーバー", "SMTP outgoing server"),
    outgoing_port: Text::new("ポート", "Port"),
    outgoing_security: SecurityControl::Choice {
        label: Text::new(
            "セキュリティで保護された接続の種類",
            "Secure connection type",
        ),
        ssl: Text::new("SSL/TLS", "SSL/TLS"),
        starttls: Text::new("STARTTLS", "STARTTLS"),
        none: Text::new("なし", "None"),
        auto: None,
    },
    outgoing_auth: Text::new(
        "SMTP ユーザー名 / SMTP パスワード",
        "SMTP username / SMTP password",
    ),
    outgoing_same_login: None,
    spa: None,
    auth_method: None,
    save: Text::new("続行", "Continue"),
    screens: &[],
    close_screens: None,
    // docs/knowledge/outlook-new.md A6 (the path and 「管理」) and A7 (the boxes, from third-party guides).
    unconfirmed: LabelSet::of(&[
        Label::OpenSettings,
        Label::Protocol,
        Label::IncomingHost,
        Label::IncomingPort,
        Label::IncomingSecurity,
        Label::Username,
        Label::OutgoingHost,
        Label::OutgoingPort,
        Label::OutgoingSecurity,
        Label::OutgoingAuth,
        Label::Save,
    ]),
};
