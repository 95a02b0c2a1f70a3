//! Outlook (classic): 2016 / 2019 / 2021 / 2024 / Microsoft 365 ("current"), and the older
//! 2010 and 2013 dialogs.
//!
//! The labels are those of the account dialog reached through 「アカウント設定」→「変更」→
//! 「詳細設定」 (More Settings), the one every version shares. In 2016 and later a POP account
//! still has the 「このサーバーは暗号化された接続 (SSL/TLS) が必要」 check box while IMAP and SMTP
//! have the 「使用する暗号化接続の種類」 list with a STARTTLS choice. In 2010/2013 the list has
//! 「なし / SSL / TLS / 自動」, and "TLS" there means STARTTLS (Microsoft's developer docs ✓).
//! Unconfirmed: whether the 2016+ list says 「なし」 and 「自動」 in every build (ISP pages, L3).

use crate::labels::{LabelSet, Labels, Screen, SecurityControl, PORTS_AND_ENCRYPTION};
use crate::lang::Text;
use crate::report::Field;

/// The 2016+ list (SMTP, and IMAP incoming).
const LIST_CURRENT: SecurityControl = SecurityControl::Choice {
    label: Text::new(
        "使用する暗号化接続の種類",
        "Use the following type of encrypted connection",
    ),
    ssl: Text::new("SSL/TLS", "SSL/TLS"),
    starttls: Text::new("STARTTLS", "STARTTLS"),
    none: Text::new("なし", "None"),
    auto: Some(Text::new("自動", "Auto")),
};

/// The 2010/2013 list: its "TLS" is STARTTLS.
const LIST_LEGACY: SecurityControl = SecurityControl::Choice {
    label: Text::new(
        "使用する暗号化接続の種類",
        "Use the following type of encrypted connection",
    ),
    ssl: Text::new("SSL", "SSL"),
    starttls: Text::new("TLS", "TLS"),
    none: Text::new("なし", "None"),
    auto: Some(Text::new("自動", "Auto")),
};

const COMMON: Labels = Labels {
    app: Text::new(
        "Outlook（Microsoft 365 / 2016 以降）",
        "Outlook (classic) (Microsoft 365 / 2016 or later)",
    ),
    // docs/knowledge/outlook-classic.md P3 (unconfirmed, issue 11's observation): in Microsoft
    // 365 / 2019+ builds 「変更」 on an IMAP account may open a simplified pane without 「詳細設定」;
    // the Control Panel route keeps it (P1 ✓ en: Microsoft support "Change or update email
    // account settings in Outlook for Windows"; its Japanese button names unconfirmed: "like").
    open_settings: Text::new(
        "「ファイル」→「アカウント設定」→「アカウント設定」→ アカウントを選んで「変更」（IMAP で「詳細設定」が出ないときは、コントロール パネルの「メール」→「電子メール アカウント」のようなボタン → アカウント →「変更」）",
        "File → Account Settings → Account Settings → select the account → Change (for IMAP without More Settings there: Control Panel → Mail → a button like Email Accounts → the account → Change)",
    ),
    protocol: Text::new("アカウントの種類", "Account Type"),
    imap: Text::new("IMAP", "IMAP"),
    pop3: Text::new("POP3", "POP3"),
    incoming_host: Text::new("受信メール サーバー", "Incoming mail server"),
    incoming_port: Text::new(
        "受信サーバー (POP3 / IMAP)",
        "Incoming server (POP3 / IMAP)",
    ),
    incoming_security: SecurityControl::SslCheckbox {
        label: Text::new(
            "このサーバーは暗号化された接続 (SSL/TLS) が必要",
            "This server requires an encrypted connection (SSL/TLS)",
        ),
    },
    imap_security: Some(LIST_CURRENT),
    username: Text::new("アカウント名", "User Name"),
    outgoing_host: Text::new("送信メール サーバー (SMTP)", "Outgoing mail server (SMTP)"),
    outgoing_port: Text::new("送信サーバー (SMTP)", "Outgoing server (SMTP)"),
    outgoing_security: LIST_CURRENT,
    outgoing_auth: Text::new(
        "送信サーバー (SMTP) は認証が必要",
        "My outgoing server (SMTP) requires authentication",
    ),
    outgoing_same_login: Some(Text::new(
        "受信メール サーバーと同じ設定を使用する",
        "Use same settings as my incoming mail server",
    )),
    // The 「変更」 (Change Account) / Add Account dialog of 2010, 2013, 2016 and 2019 words the SPA
    // box at length (docs/knowledge/outlook-classic.md L4, screenshots); only the newer "POP
    // Account Settings" pane says 「セキュリティで保護されたパスワード認証 (SPA) でのログオンが必要」
    // (that step of the guide names it itself).
    spa: Some(Text::new(
        "メール サーバーがセキュリティで保護されたパスワード認証 (SPA) に対応している場合には、チェック ボックスをオンにしてください",
        "Require logon using Secure Password Authentication (SPA)",
    )),
    auth_method: None,
    save: Text::new(
        "「次へ」（設定のテスト）→「完了」",
        "Next (test account settings) → Finish",
    ),
    // 「変更」 shows the servers, the account name and SPA; the rest is behind 「詳細設定」
    // (More Settings), in the 「インターネット電子メール設定」 dialog's tabs (docs/knowledge/outlook-classic.md).
    screens: &[
        Screen {
            open: Text::new(
                "「詳細設定」→「送信サーバー」タブ",
                "More Settings → Outgoing Server tab",
            ),
            from_previous: Text::new("「送信サーバー」タブ", "Outgoing Server tab"),
            settings: &[Field::OutgoingAuth, Field::OutgoingUsername],
        },
        Screen {
            open: Text::new(
                "「詳細設定」→「詳細設定」タブ",
                "More Settings → Advanced tab",
            ),
            from_previous: Text::new("「詳細設定」タブ", "Advanced tab"),
            settings: PORTS_AND_ENCRYPTION,
        },
    ],
    close_screens: Some(Text::new("OK", "OK")),
    // Every label confirmed: the path in Outlook (P2) and the outgoing-authentication box (L6) are
    // Microsoft's words in both languages ("How to update email settings in Outlook for PC", ja
    // human-translated); the SPA and "same settings" boxes (L4) are copied from a hosting
    // provider's screenshots of Outlook 2010–2019 (ja) and English setup guides.
    unconfirmed: LabelSet::NONE,
};

pub static CURRENT: Labels = COMMON;

pub static OUTLOOK_2013: Labels = LEGACY;

pub static OUTLOOK_2010: Labels = Labels {
    app: Text::new("Outlook 2010", "Outlook 2010"),
    ..LEGACY
};

/// The 2010/2013 dialog.
const LEGACY: Labels = Labels {
    app: Text::new("Outlook 2013", "Outlook 2013"),
    open_settings: Text::new(
        "「ファイル」→「情報」→「アカウント設定」→「アカウント設定」→ アカウントを選んで「変更」",
        "File → Info → Account Settings → Account Settings → select the account → Change",
    ),
    incoming_security: SecurityControl::SslCheckbox {
        label: Text::new(
            "このサーバーは暗号化された接続 (SSL) が必要",
            "This server requires an encrypted connection (SSL)",
        ),
    },
    imap_security: Some(LIST_LEGACY),
    outgoing_security: LIST_LEGACY,
    // docs/knowledge/outlook-classic.md P7 (the 2010/2013 path with 「情報」) and L4 (its SPA,
    // outgoing-authentication and "same settings" boxes): copied from a hosting provider's
    // screenshots of Outlook 2010 and 2013 (ja) and English setup guides.
    unconfirmed: LabelSet::NONE,
    ..COMMON
};

/// Which dialog a version has: 2007 and 2010 (and 12/14 build numbers) the 2010 words; 2013 (15)
/// the 2013 words; anything else, or nothing, the current ones.
pub fn for_version(version: Option<&str>) -> &'static Labels {
    match generation(version) {
        Generation::Outlook2010 => &OUTLOOK_2010,
        Generation::Outlook2013 => &OUTLOOK_2013,
        Generation::Current => &CURRENT,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Generation {
    Outlook2010,
    Outlook2013,
    Current,
}

pub(crate) fn generation(version: Option<&str>) -> Generation {
    match crate::labels::major_version(version) {
        Some(2007 | 2010 | 12 | 14) => Generation::Outlook2010,
        Some(2013 | 15) => Generation::Outlook2013,
        _ => Generation::Current,
    }
}
