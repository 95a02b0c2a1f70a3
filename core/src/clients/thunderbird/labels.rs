//! Thunderbird (Mozilla's en-US and ja strings ✓, docs/knowledge/thunderbird.md). From 141.0
//! (2025-07-22) the outgoing section is 「送信サーバー」 / "Outgoing Server"; up to 140 (and ESR
//! 140: thunderbird-l10n-source `_data/comm-esr140.json` lists `prefPanel-smtp`, not the new id)
//! 「送信 (SMTP) サーバー」 / "Outgoing Server (SMTP)" (fact S4: bug 1915214,
//! comm-central 35cf5b365e, 141.0a1; thunderbird-l10n `ja/mail/messenger/accountManager.ftl#
//! outgoing-server-section-name`, old `ja/mail/chrome/messenger/prefs.properties#prefPanel-smtp`).

use crate::labels::{LabelSet, Labels, SecurityControl};
use crate::lang::Text;

const CONNECTION_SECURITY: SecurityControl = SecurityControl::Choice {
    label: Text::new("接続の保護", "Connection security"),
    ssl: Text::new("SSL/TLS", "SSL/TLS"),
    starttls: Text::new("STARTTLS", "STARTTLS"),
    none: Text::new("なし", "None"),
    auto: None,
};

/// 141 and later (and an unknown version: the current one).
const CURRENT: Labels = Labels {
    app: Text::new("Thunderbird", "Thunderbird"),
    // S1, S2, S4 (「送信サーバー」 from 141).
    open_settings: Text::new(
        "メニュー（☰）→「アカウント設定」→ アカウントの「サーバー設定」（送信は「送信サーバー」→ サーバーを選んで「編集」）",
        "Menu (☰) → Account Settings → the account's Server Settings (sending: Outgoing Server → select the server → Edit)",
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
    // Every label copied from Mozilla's strings (docs/knowledge/thunderbird.md S1–S7).
    unconfirmed: LabelSet::NONE,
};

pub static LABELS: Labels = CURRENT;

/// 140 and earlier (ESR 115, 128, 140): 「送信 (SMTP) サーバー」 (S4).
pub static LABELS_SMTP: Labels = Labels {
    open_settings: Text::new(
        "メニュー（☰）→「アカウント設定」→ アカウントの「サーバー設定」（送信は「送信 (SMTP) サーバー」→ サーバーを選んで「編集」）",
        "Menu (☰) → Account Settings → the account's Server Settings (sending: Outgoing Server (SMTP) → select the server → Edit)",
    ),
    ..CURRENT
};

/// Thunderbird 140 and earlier: 「送信 (SMTP) サーバー」; 141 and later, or an unknown version,
/// 「送信サーバー」 (S4).
pub fn for_version(version: Option<&str>) -> &'static Labels {
    match crate::labels::major_version(version) {
        Some(v) if v <= 140 => &LABELS_SMTP,
        _ => &LABELS,
    }
}
