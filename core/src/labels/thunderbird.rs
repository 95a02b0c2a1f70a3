//! Thunderbird 115 / 128 (Mozilla's en-US and ja strings ✓). Japanese builds from 145 name the
//! outgoing section 「送信サーバー」 rather than 「送信 (SMTP) サーバー」.

use super::{Labels, SecurityControl};
use crate::lang::Text;

const CONNECTION_SECURITY: SecurityControl = SecurityControl::Choice {
    label: Text::new("接続の保護", "Connection security"),
    ssl: Text::new("SSL/TLS", "SSL/TLS"),
    starttls: Text::new("STARTTLS", "STARTTLS"),
    none: Text::new("なし", "None"),
    auto: None,
};

pub static LABELS: Labels = Labels {
    app: Text::new("Thunderbird", "Thunderbird"),
    open_settings: Text::new(
        "メニュー（☰）→「アカウント設定」→ アカウントの「サーバー設定」（送信は「送信 (SMTP) サーバー」→ サーバーを選んで「編集」）",
        "Menu (☰) → Account Settings → the account's Server Settings (sending: Outgoing Server (SMTP) → select the server → Edit)",
    ),
    protocol: Text::new("プロトコル", "Protocol"),
    imap: Text::new("IMAP", "IMAP"),
    pop3: Text::new("POP3", "POP3"),
    incoming_host: Text::new("ホスト名（受信サーバー）", "Hostname (incoming server)"),
    incoming_port: Text::new("ポート番号", "Port"),
    incoming_security: CONNECTION_SECURITY,
    imap_security: None,
    username: Text::new("ユーザー名", "Username"),
    outgoing_host: Text::new("ホスト名（送信サーバー）", "Hostname (outgoing server)"),
    outgoing_port: Text::new("ポート番号", "Port"),
    outgoing_security: CONNECTION_SECURITY,
    outgoing_auth: Text::new("認証方式（送信サーバー）", "Authentication method (outgoing server)"),
    outgoing_same_login: None,
    spa: None,
    auth_method: Some((
        Text::new("認証方式", "Authentication method"),
        Text::new("通常のパスワード認証", "Normal password"),
    )),
    save: Text::new("「再テスト」→「完了」", "Re-test → Done"),
    screens: &[],
    close_screens: None,
};
