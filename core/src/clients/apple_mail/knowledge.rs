//! Mail on the Mac: the facts of `docs/knowledge/apple-mail.md`, in its order. Transcribed from the
//! dossier; `core/tests/knowledge.rs` keeps the ids and statuses equal to it.

use crate::knowledge::{Fact, Status, CHECKED};
use crate::labels::Label;

pub(super) static FACTS: &[Fact] = &[
    Fact {
        id: "A1",
        about: "Automatically manage connection settings: when Mail can't connect it tries other ports, TLS, authentication and user names (from OS X 10.10)",
        status: Status::Confirmed {
            source: "HT204208 en / ja",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "A2",
        about: "This happens in the background, without changing the settings shown",
        status: Status::Confirmed {
            source: "HT204208 en / ja",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "A3",
        about: "Mail doesn't adjust settings that work; Apple advises leaving it on",
        status: Status::Confirmed {
            source: "HT204208 en / ja",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "A4",
        about: "macOS Sierra: Server Settings tab → Automatically manage connection settings; no check boxes means always managed",
        status: Status::Confirmed {
            source: "HT204208 en / ja",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "A5",
        about: "El Capitan / Yosemite: Automatically detect and maintain account settings, Edit SMTP Server List; their Japanese names",
        status: Status::Unconfirmed {
            why: "HT204208 en — ✓ en; ja ? — searched 2026-12-07 (branch `otherfacts`): the stored ja HT204208 cannot be read past the El Capitan section's first step — branch `shots`: xs-kshibata/code-for-gemini-review @4debcb8fa859 `www.xserver.ne.jp_www/manual/man_mail_setting_mac_osx.php` and its screenshots `img/manual/man_mail_setting_mac_osx_*.png` (the hosting provider Xserver's manual \"Macメール(OS X)\"; no version stated; the screens are OS X before Yosemite: tabs 「アカウント情報」「メールボックスの特性」「詳細」 and no automatic-settings box) show 「アカウント情報」→「送信用メールサーバ（SMTP）」→「SMTP サーバリストを編集...」 (`_smtp_2.png`) and a 「詳細」 tab without 「アカウント設定を自動的に検出して管理」 (`_13.png`): an older OS X, not Yosemite or El Capitan",
        },
        labels: &[],
    },
    Fact {
        id: "A6",
        about: "A user report: SMTP silently switched to port 25 with a Japanese ISP",
        status: Status::Confirmed {
            source: "xanadu62.blogspot.com (2015-06-18) — (third-party report)",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "L1",
        about: "Mail User Guide (macOS 10.14–12): the Server Settings fields (en)",
        status: Status::Confirmed {
            source: "support.apple.com/en-hk/guide/mail/change-outgoing-server-settings-cpmlprefsmtpserver/12.0/mac/10.14; …/15.0/mac/12.0; veferaf copy of the incoming page — en",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "L2",
        about: "The Japanese tab name 「サーバ設定」",
        status: Status::Confirmed {
            source: "HT204208 ja",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "L3",
        about: "The Japanese names of Host Name, Port, Use TLS/SSL and Authentication",
        status: Status::Unconfirmed {
            why: "none found — searched 2026-12-07 (branch `otherfacts`): Apple's ja Mail User Guide server-settings page not stored (only en pages for 10.14–12 and a ja 13.0 glossary page) — branch `shots`: xs-kshibata/code-for-gemini-review @4debcb8fa859 `www.xserver.ne.jp_www/manual/man_mail_setting_mac_osx.php` and its screenshots `img/manual/man_mail_setting_mac_osx_*.png` (the hosting provider Xserver's manual \"Macメール(OS X)\"; no version stated; the screens are OS X before Yosemite: tabs 「アカウント情報」「メールボックスの特性」「詳細」 and no automatic-settings box): the old 「詳細」 tab's 「ポート:」 「SSL を使用」 「認証:」 = 「パスワード」 (`_6_3.png`, `_13.png`), 「受信用メールサーバ」 「ユーザ名」 (`_8.png`), the SMTP list's 「デフォルトポートを使用 (25, 465, 587)」 「SSL（Secure Sockets Layer）を使用」 (`_smtp_3.png`); not the 「サーバ設定」 tab the code names (macOS 10.12 and later), so not this fact — branch `facts2` (checked 2026-12-08): macOS 12's own strings (kishikawakatsumi/applelocalization-tools @250545ce `data/macos/Mail.framework.json`, MailFramework.strings `CheckSSLSetting`) say 「…環境設定の“アカウント”の“サーバ設定”タブにある“TLS/SSLを使用”チェックボックスの選択を解除してください。」 / \"…deselect the “Use TLS/SSL” checkbox in the Server Settings tab of Account preferences.\" — the switch is 「TLS/SSLを使用」 without a space (the code had 「TLS/SSL を使用」: corrected); `CheckPortFormat%1$ld` and `CheckAuthSchemeFormat%1$@` name only 「ポート番号」 and 「適切な認証設定」, not the boxes; Host Name, Port and Authentication are in Mail.app's own strings (`data/macos/Mail.app.json`, 4 MiB or more, not in the stored snapshot); macOS 12 only",
        },
        labels: &[Label::IncomingHost, Label::IncomingPort, Label::IncomingSecurity, Label::Username, Label::OutgoingHost, Label::OutgoingPort, Label::OutgoingSecurity, Label::OutgoingAuth, Label::AuthMethod],
    },
    Fact {
        id: "L4",
        about: "macOS 13 and later say Settings instead of Preferences",
        status: Status::Unconfirmed {
            why: "none found here — searched 2026-12-07 (branch `otherfacts`): Apple's Mail User Guide for macOS 13+ (\"Mail > Settings\") not stored in ja or en; the stored en pages (12.0/10.14, 15.0/12.0, 13.0/10.15) say \"Mail > Preferences\" — branch `shots`: Xserver's Mac screenshots show 「メール」→「環境設定...」 (`man_mail_setting_mac_osx_1.png`, OS X before Yosemite) only; nothing for macOS 13 and later — searched 2026-12-08 (branch `facts3`): no stored copy of Apple's Mail User Guide (support.apple.com/guide/mail); applelocalization-tools has macOS 12 only",
        },
        labels: &[Label::OpenSettings],
    },
    Fact {
        id: "L5",
        about: "A POP account cannot be changed to IMAP; create a new account",
        status: Status::Unconfirmed {
            why: "Apple Mail help text as copied on cardfox457.netlify.app — ? (copy of unknown age) — searched 2026-12-07 (branch `otherfacts`): the Apple page itself not found in the stored corpora",
        },
        labels: &[],
    },
    Fact {
        id: "E1",
        about: "Error wordings: Cannot Verify Server Identity, Cannot Get Mail, wrong user name or password",
        status: Status::Unconfirmed {
            why: "third-party pages only — ? (no fixture rows)",
        },
        labels: &[],
    },
];
