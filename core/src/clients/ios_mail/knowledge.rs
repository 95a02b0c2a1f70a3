//! iPhone / iPad Mail: the facts of `docs/knowledge/ios-mail.md`, in its order. Transcribed from the
//! dossier; `core/tests/knowledge.rs` keeps the ids and statuses equal to it.

use crate::knowledge::{Fact, Status, CHECKED, CHECKED_FACTS2};
use crate::labels::Label;

pub(super) static FACTS: &[Fact] = &[
    Fact {
        id: "P1",
        about: "iOS 18 moved mail settings to Settings → Apps → Mail → Mail Accounts",
        status: Status::Unconfirmed {
            why: "tslro.com (translation of a news article on iPadOS 18); manual.xbit.jp (iOS 8: 「メール/連絡先/カレンダー」→「アカウントを追加」→「その他」) — ? (secondary) — branch `shots`: xs-kshibata/code-for-gemini-review @4debcb8fa859 `www.xserver.ne.jp_www/manual/man_mail_setting_iphone.php` and its screenshots `img/manual/man_mail_setting_iphone_n*.png` (the hosting provider Xserver's manual \"iPhoneメール\", www.xserver.ne.jp/manual/; no iOS version stated; 「パスワードとアカウント」 in Settings means iOS 12 or 13; secondary, for labels) `_n2.png`, `_n3.png`: iOS 12/13 add accounts under 「設定」→「パスワードとアカウント」→「アカウントを追加」, a path the code's iOS ≤ 17 range (「設定」→「メール」→「アカウント」) does not have; nothing for iOS 14–18",
        },
        labels: &[Label::OpenSettings],
    },
    Fact {
        id: "P2",
        about: "Add-account flow: Add Account → Other → Add Mail Account → IMAP/POP → servers → Save",
        status: Status::Unconfirmed {
            why: "CLIENTS.md (ISP manuals) — searched 2026-12-07 (branch `otherfacts`): Apple's ja support page for adding an account not stored; ISP pages stored only to step 「その他」 (manual.xbit.jp, iOS 8) — branch `shots`: xs-kshibata/code-for-gemini-review @4debcb8fa859 `www.xserver.ne.jp_www/manual/man_mail_setting_iphone.php` and its screenshots `img/manual/man_mail_setting_iphone_n*.png` (the hosting provider Xserver's manual \"iPhoneメール\", www.xserver.ne.jp/manual/; no iOS version stated; 「パスワードとアカウント」 in Settings means iOS 12 or 13; secondary, for labels): `_n3.png`–`_n8.png` 「アカウントを追加」→「その他」→「メールアカウントを追加」, 「新規アカウント」 with 「名前」「メール」「パスワード」「説明」 and 「次へ」, then 「IMAP」|「POP」 at the top, 「受信メールサーバ」/「送信メールサーバ」 each with 「ホスト名」「ユーザ名」「パスワード」, 「保存」 — ja for iOS 12/13 only, en not sourced — branch `facts2` (checked 2026-12-08): iOS 15's own strings (kishikawakatsumi/applelocalization-tools @250545ce `data/ios/AccountsUI.framework.json`) have `ADD_ACCOUNT` 「アカウントを追加」 / \"Add Account\", `OTHER` 「その他」 / \"Other\", `ADD_OTHER_MAIL_ACCOUNT` 「メールアカウントを追加」 / \"Add Mail Account\", `SAVE` 「保存」 / \"Save\", and `Message.framework` Assistant.strings names the fields 「受信メールサーバ」 / \"Incoming Mail Server\", 「送信メールサーバ」 / \"Outgoing Mail Server\"; the form's boxes (ホスト名, ユーザ名, the IMAP | POP switch) are in Mail's settings bundle (/System/Library/PreferenceBundles), not in that extraction",
        },
        labels: &[Label::Protocol, Label::IncomingHost, Label::Username, Label::OutgoingHost, Label::OutgoingAuth, Label::Save],
    },
    Fact {
        id: "P3",
        about: "POP or IMAP is chosen once, at creation; add a new account to change it",
        status: Status::Confirmed {
            source: "manual.xbit.jp (ISP manual, iOS 8+) — (ISP page)",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "P4",
        about: "How POP accounts' screens differ from IMAP's",
        status: Status::Unconfirmed {
            why: "not found on Apple's pages — branch `shots`: xs-kshibata/code-for-gemini-review @4debcb8fa859 `www.xserver.ne.jp_www/manual/man_mail_setting_iphone.php` and its screenshots `img/manual/man_mail_setting_iphone_n*.png` (the hosting provider Xserver's manual \"iPhoneメール\", www.xserver.ne.jp/manual/; no iOS version stated; 「パスワードとアカウント」 in Settings means iOS 12 or 13; secondary, for labels): an IMAP account opens on 「IMAP」「アカウント」 (`_n10.png`), its 「詳細」 has 「メールボックスの特性」 (`_n12.png`, `_n15.png`); a POP account opens on the servers with 「送信メールサーバ」 「SMTP」 and 「詳細」 (`_n11.png`), its 「詳細」 has 「削除したメッセージの移動先:」, 「削除したメッセージ」, 「受信設定」: 「SSLを使用」「認証」「サーバから削除」「サーバポート」 (`_n19.png`); 「IMAPパスプレフィックス」 not shown; iOS 12/13 only",
        },
        labels: &[],
    },
    Fact {
        id: "P5",
        about: "Advanced: Use SSL, Authentication, Server Port; SMTP → Primary Server",
        status: Status::Unconfirmed {
            why: "CLIENTS.md (ISP manuals); Gmail example path 「設定」→「メール」→「アカウント」→「Gmail」→「アカウント」→「詳細」 with 「SSLを使用」 (prod-news article, 2023-03-31) — ? (secondary) — searched 2026-12-07 (branch `otherfacts`): no Apple or ISP page with the 「詳細」 screen stored — branch `shots`: xs-kshibata/code-for-gemini-review @4debcb8fa859 `www.xserver.ne.jp_www/manual/man_mail_setting_iphone.php` and its screenshots `img/manual/man_mail_setting_iphone_n*.png` (the hosting provider Xserver's manual \"iPhoneメール\", www.xserver.ne.jp/manual/; no iOS version stated; 「パスワードとアカウント」 in Settings means iOS 12 or 13; secondary, for labels): POP 「詳細」 `_n19.png` 「SSLを使用」 (no space), 「認証」 = 「パスワード」, 「サーバポート 995」; 「SMTP」→「プライマリサーバ」 (`_n17.png`) → 「送信メールサーバ」 「ホスト名」「ユーザ名」「パスワード」「SSLを使用」「認証」「サーバポート」, 「完了」 (`_n18.png`) — ja for iOS 12/13 only, en not sourced",
        },
        labels: &[Label::IncomingPort, Label::IncomingSecurity, Label::OutgoingPort, Label::OutgoingSecurity, Label::AuthMethod],
    },
    Fact {
        id: "P6",
        about: "With no outgoing port, iOS tries 25, 587 and 465",
        status: Status::Unconfirmed {
            why: "DOMAIN.md",
        },
        labels: &[],
    },
    Fact {
        id: "E1",
        about: "Error wordings: Cannot Get Mail, Cannot Verify Server Identity, wrong user name or password",
        status: Status::Confirmed {
            source: "the iPhone's own strings (iOS 15): kishikawakatsumi/applelocalization-tools @250545ce (250545ce1642f676335096899726296fe06519ae, 2022-01-26; the .strings of iOS 15's /System/Library/PrivateFrameworks as applelocalization.com serves them) `data/ios/Message.framework.json` Delayed.strings `FAILED_FETCH_TITLE` 「メールを取得できません」 / \"Cannot Get Mail\", `FAILED_LOGIN` 「“%@”用の\\nユーザ名またはパスワードが間違っています。」 / \"The user name or password for “%@” is incorrect.\", and `data/ios/CertUI.framework.json` Localizable.strings `UNTRUSTED_CERT_TITLE` 「サーバの識別情報を検証できません」 / \"Cannot Verify Server Identity\" — rows in core/tests/fixtures/error_strings.tsv",
            checked: CHECKED_FACTS2,
        },
        labels: &[],
    },
];
