//! Multifunction printers, scanners and NAS (scan-to-email). Every maker words these
//! differently (Konica Minolta: 「SSL/TLS 設定」 使用しない / SMTP over SSL / Start TLS; Ricoh: No
//! Security / SMTPS (SMTP over SSL) / SMTPS (StartTLS)); these are the common words, and the
//! guides say "a box like …" (docs/knowledge/device.md L1: unconfirmed, CLIENTS.md).

use crate::labels::{Label, LabelSet, Labels, SecurityControl};
use crate::lang::Text;

pub static LABELS: Labels = Labels {
    app: Text::new(
        "複合機・スキャナー・NAS（スキャン to メール）",
        "Multifunction printer / scanner / NAS (scan to email)",
    ),
    open_settings: Text::new(
        "機器の管理画面（Web 設定画面や操作パネルの管理者メニュー）の「ネットワーク」→「メール」「E-mail 送信」「SMTP」などの設定",
        "The device's admin pages (web settings or the panel's administrator menu) → Network → the Email / E-mail TX / SMTP settings",
    ),
    protocol: Text::new("受信プロトコル（POP before SMTP 用）", "Receive protocol (for POP before SMTP)"),
    imap: Text::new("IMAP", "IMAP"),
    pop3: Text::new("POP3", "POP3"),
    incoming_host: Text::new("POP3 サーバー", "POP3 server"),
    incoming_port: Text::new("POP3 ポート番号", "POP3 port"),
    incoming_security: SecurityControl::Choice {
        label: Text::new("POP3 の暗号化（SSL/TLS）", "POP3 encryption (SSL/TLS)"),
        ssl: Text::new("SSL/TLS", "SSL/TLS"),
        starttls: Text::new("STARTTLS", "STARTTLS"),
        none: Text::new("使用しない", "Off"),
        auto: None,
    },
    imap_security: None,
    username: Text::new("アカウント（ユーザー名）", "Account (user name)"),
    outgoing_host: Text::new("SMTP サーバーアドレス", "SMTP server address"),
    outgoing_port: Text::new("SMTP ポート番号", "SMTP port"),
    outgoing_security: SecurityControl::Choice {
        label: Text::new("SSL/TLS 設定（暗号化）", "SSL/TLS (encryption)"),
        ssl: Text::new("SSL/TLS（SMTP over SSL）", "SSL/TLS (SMTP over SSL)"),
        starttls: Text::new("STARTTLS", "STARTTLS"),
        none: Text::new("使用しない", "Off"),
        auto: None,
    },
    outgoing_auth: Text::new("SMTP 認証（SMTP AUTH）", "SMTP authentication (SMTP AUTH)"),
    outgoing_same_login: None,
    spa: None,
    auth_method: Some((
        Text::new("認証方式", "Authentication"),
        Text::new("SMTP 認証（SMTP AUTH）", "SMTP AUTH"),
    )),
    save: Text::new("設定を保存してテスト送信", "Save, then send a test message"),
    screens: &[],
    close_screens: None,
    // docs/knowledge/device.md L1: every maker words these differently.
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
        Label::AuthMethod,
        Label::Save,
    ]),
};
