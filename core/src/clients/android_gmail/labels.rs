//! The Gmail app on Android (third-party manuals, consistent). Unconfirmed (docs/knowledge/
//! android-gmail.md L1, L2, G5): every label here — 「個人用（IMAP）」/「個人用（POP3）」 (and whether
//! POP is still offered after Google's 2026 change), the 「なし」 choice of 「セキュリティの種類」,
//! and the menu names for an existing account's 「受信設定」/「送信設定」. The guides say "like".
//! The Japanese words are AOSP Email's (`aosp-mirror/platform_packages_apps_email` @9822725d
//! `res/values-ja/strings.xml`: `imap_name` 「個人用（IMAP）」, `pop3_name` 「個人用（POP3）」,
//! `account_setup_incoming_headline` 「受信サーバーの設定」, `…_security_label` 「セキュリティの種類」,
//! `…_security_none/ssl/tls_label` 「なし」「SSL/TLS」「STARTTLS」, `…_server_label` 「サーバー」,
//! `…_port_label` 「ポート」, `…_username_label` 「ユーザー名」, `account_setup_outgoing_smtp_server_label`
//! 「SMTPサーバー」, `…_require_login_label` 「ログインが必要」 / "Require signin"), the app the Gmail
//! app's "Other" flow descends from; the Gmail app's own strings are not public, so still "like".

use crate::labels::{Label, LabelSet, Labels, SecurityControl};
use crate::lang::Text;

const SECURITY_TYPE: SecurityControl = SecurityControl::Choice {
    label: Text::new("セキュリティの種類", "Security type"),
    ssl: Text::new("SSL/TLS", "SSL/TLS"),
    starttls: Text::new("STARTTLS", "STARTTLS"),
    none: Text::new("なし", "None"),
    auto: None,
};

pub static LABELS: Labels = Labels {
    app: Text::new("Gmail アプリ（Android）", "Gmail app (Android)"),
    open_settings: Text::new(
        "Gmail アプリ → メニュー（☰）→「設定」→ アカウント →「受信設定」（送信は「送信設定」）",
        "Gmail app → Menu (☰) → Settings → the account → Incoming settings (sending: Outgoing settings)",
    ),
    protocol: Text::new("アカウントの種類", "Account type"),
    imap: Text::new("個人用（IMAP）", "Personal (IMAP)"),
    pop3: Text::new("個人用（POP3）", "Personal (POP3)"),
    incoming_host: Text::new("サーバー（受信サーバーの設定）", "Server (incoming server settings)"),
    incoming_port: Text::new("ポート（受信サーバーの設定）", "Port (incoming server settings)"),
    incoming_security: SECURITY_TYPE,
    imap_security: None,
    username: Text::new("ユーザー名", "Username"),
    outgoing_host: Text::new("SMTPサーバー（送信サーバーの設定）", "SMTP server (outgoing server settings)"),
    outgoing_port: Text::new("ポート（送信サーバーの設定）", "Port (outgoing server settings)"),
    outgoing_security: SECURITY_TYPE,
    outgoing_auth: Text::new("ログインが必要", "Require signin"),
    outgoing_same_login: None,
    spa: None,
    auth_method: None,
    save: Text::new("次へ", "Next"),
    screens: &[],
    close_screens: None,
    // docs/knowledge/android-gmail.md L1 (the flow and boxes), L2 (「セキュリティの種類」).
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
        Label::Save,
    ]),
};
