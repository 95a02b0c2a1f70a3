//! iPhone / iPad Mail (third-party manuals). iOS 18 moved Mail under 「設定」→「アプリ」; older iOS
//! has 「設定」→「メール」→「アカウント」 (docs/knowledge/ios-mail.md P1: secondary sources,
//! unconfirmed). Unconfirmed too: every label here (P2, P5: ISP manuals), 「サーバポート」 (some
//! builds may say 「サーバーポート」), and how POP accounts' screens differ from IMAP's (P4).
//! ✓: POP or IMAP is fixed at creation (P3); the fix guide says to add the account again.
//! A hosting provider's screenshots (Xserver, iOS 12/13 by its 「パスワードとアカウント」 menu) show
//! these Japanese words, with 「SSLを使用」 written without a space (P2, P5); they cover neither
//! iOS 14 and later nor the English words, so the labels stay unconfirmed.

use crate::labels::{Label, LabelSet, Labels, SecurityControl};
use crate::lang::Text;

const CURRENT: Labels = Labels {
    app: Text::new("iPhone / iPad の「メール」", "Mail on iPhone / iPad"),
    open_settings: Text::new(
        "「設定」→「アプリ」→「メール」→「メールアカウント」→ アカウント →「アカウント」→「詳細」",
        "Settings → Apps → Mail → Mail Accounts → the account → Account → Advanced",
    ),
    protocol: Text::new("IMAP / POP（画面上部）", "IMAP / POP (top of the screen)"),
    imap: Text::new("IMAP", "IMAP"),
    pop3: Text::new("POP", "POP"),
    incoming_host: Text::new(
        "受信メールサーバ：ホスト名",
        "Incoming Mail Server: Host Name",
    ),
    incoming_port: Text::new("サーバポート（受信）", "Server Port (incoming)"),
    incoming_security: SecurityControl::TlsSwitch {
        label: Text::new("SSLを使用", "Use SSL"),
    },
    imap_security: None,
    username: Text::new("ユーザ名", "User Name"),
    outgoing_host: Text::new(
        "送信メールサーバ：ホスト名",
        "Outgoing Mail Server: Host Name",
    ),
    outgoing_port: Text::new("サーバポート（送信）", "Server Port (outgoing)"),
    outgoing_security: SecurityControl::TlsSwitch {
        label: Text::new("SSLを使用（送信）", "Use SSL (outgoing)"),
    },
    outgoing_auth: Text::new(
        "送信メールサーバの「ユーザ名」と「パスワード」（「オプション」と表示されても入力）",
        "Outgoing server User Name and Password (type them even though they say \"Optional\")",
    ),
    outgoing_same_login: None,
    spa: None,
    auth_method: Some((
        Text::new("認証", "Authentication"),
        Text::new("パスワード", "Password"),
    )),
    save: Text::new(
        "「完了」（追加のときは「保存」）",
        "Done (when adding: Save)",
    ),
    screens: &[],
    close_screens: None,
    // docs/knowledge/ios-mail.md P1 (the menu path), P2 (the add-account boxes), P5 (「詳細」).
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

pub static IOS_18: Labels = CURRENT;

pub static IOS_LEGACY: Labels = Labels {
    open_settings: Text::new(
        "「設定」→「メール」→「アカウント」→ アカウント →「アカウント」→「詳細」",
        "Settings → Mail → Accounts → the account → Account → Advanced",
    ),
    ..CURRENT
};

/// iOS 12 and 13 keep accounts under 「パスワードとアカウント」 (Xserver's screenshots, P1;
/// iOS 14 has 「メール」→「アカウント」 by an ISP's iOS 14 manual, olympus.net). Unconfirmed as the
/// whole path is; older iOS (「アカウントとパスワード」, 「メール/連絡先/カレンダー」) is not
/// covered by any source here and keeps the legacy path.
pub static IOS_12_13: Labels = Labels {
    open_settings: Text::new(
        "「設定」→「パスワードとアカウント」→ アカウント →「アカウント」→「詳細」",
        "Settings → Passwords & Accounts → the account → Account → Advanced",
    ),
    ..CURRENT
};

/// iOS 12–13, 14–17 and 18 or later have three menu paths; an unknown version the current one.
pub fn for_version(version: Option<&str>) -> &'static Labels {
    match crate::labels::major_version(version) {
        Some(12 | 13) => &IOS_12_13,
        Some(v) if v <= 17 => &IOS_LEGACY,
        _ => &IOS_18,
    }
}
