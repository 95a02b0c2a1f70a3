//! The Gmail app (Android): the facts of `docs/knowledge/android-gmail.md`, in its order. Transcribed from the
//! dossier; `core/tests/knowledge.rs` keeps the ids and statuses equal to it.

use crate::knowledge::{Fact, Status};
use crate::labels::Label;

pub(super) static FACTS: &[Fact] = &[
    Fact {
        id: "G1",
        about: "Google's notice on the Gmailify and POP changes (support.google.com/mail/answer/16604719)",
        status: Status::Unconfirmed {
            why: "cited as the official notice by f1re.de; coverage GIGAZINE 2025-10-01, PCWorld — ? (Google's page itself not read here) — searched 2026-12-07 (branch `otherfacts`): Google's page is not in the stored corpora (pages, docs, issues); only copies: jetstream.blog quotes its ja text 「Gmail の Gmailify と POP の今後の変更について」「2026 年 1 月より、Gmail で以下の機能のサポートは終了します。」; many repositories link the URL — branch `facts2` (checked 2026-12-08): Google's own Gmailify help page is stored (support.google.com/mail/answer/6304825?hl=ja, pages corpus) and opens 「重要: 2026 年 1 月より、他のメール アカウントで Gmailify を使用できなくなります。詳しくは、Gmail における Gmailify と POP の今後のサポート変更についての記事をご覧ください。」: the notice exists under that title, but its address and text are still not read",
        },
        labels: &[],
    },
    Fact {
        id: "G2",
        about: "Gmailify and the web POP fetch are discontinued in 2026",
        status: Status::Unconfirmed {
            why: "gtechbooster.com, dopstart.com, ghsink.com/downthenews.com (PCWorld text), particle.news — consistent third-party reports of Google's notice — ? (secondary, consistent) — searched 2026-12-07 (branch `otherfacts`): codyogden/killedbygoogle#1635 (2026-04-22) reports Google changed the page from \"Starting January 2026\" to \"first quarter of 2026\" (new users) and \"later in 2026\" (existing users); Google's text itself not stored — branch `facts2` (checked 2026-12-08): Google's Gmailify page (support.google.com/mail/answer/6304825?hl=ja) says 「2026 年 1 月より、他のメール アカウントで Gmailify を使用できなくなります。」 — Google's words for the Gmailify half and the old \"January 2026\" date only; nothing of Google's on the POP fetch or the new-user / existing-user dates",
        },
        labels: &[],
    },
    Fact {
        id: "G3",
        about: "Mail already imported stays in Gmail",
        status: Status::Unconfirmed {
            why: "same reports — ? (secondary)",
        },
        labels: &[],
    },
    Fact {
        id: "G4",
        about: "Other accounts can still be added in the Gmail app via IMAP",
        status: Status::Unconfirmed {
            why: "crene.com (quoting PCWorld); gtechbooster.com — ? (secondary)",
        },
        labels: &[],
    },
    Fact {
        id: "G5",
        about: "Whether the app still offers Personal (POP3) after the change",
        status: Status::Unconfirmed {
            why: "not found — searched 2026-12-07 (branch `otherfacts`): no Google page or screenshot source for the current add-account screen — branch `shots`: xs-kshibata/code-for-gemini-review @4debcb8fa859 `www.xserver.ne.jp_www/manual/man_mail_setting_gmail.php` (screenshots `img/manual/man_mail_setting_gmail_*.png`) is Gmail on the web (「すべての設定を表示」→「アカウントとインポート」→「他のアカウントのメールを確認」, 「他のアカウントからメールを読み込む（POP3）」), not the Android app's screens — searched 2026-12-08 (branch `facts3`): AOSP Email has `pop3_name` 「個人用（POP3）」, but nothing on the Gmail app in 2026",
        },
        labels: &[],
    },
    Fact {
        id: "G6",
        about: "Gmail's own POP/IMAP for other apps is unaffected",
        status: Status::Unconfirmed {
            why: "gtechbooster.com, unanswered.io — ? (secondary)",
        },
        labels: &[],
    },
    Fact {
        id: "L1",
        about: "Add-account flow and server screens: Personal (IMAP) / (POP3), incoming and outgoing server settings",
        status: Status::Unconfirmed {
            why: "CLIENTS.md (third-party manuals, consistent) — searched 2026-12-07 (branch `otherfacts`): no Google help page or ISP page with screenshots stored; only third-party repositories' text — branch `shots`: xs-kshibata/code-for-gemini-review @4debcb8fa859 `www.xserver.ne.jp_www/manual/man_mail_setting_gmail.php` (screenshots `img/manual/man_mail_setting_gmail_*.png`) is Gmail on the web (「すべての設定を表示」→「アカウントとインポート」→「他のアカウントのメールを確認」, 「他のアカウントからメールを読み込む（POP3）」), not the Android app's screens — searched 2026-12-08 (branch `facts3`): AOSP Email (aosp-mirror/platform_packages_apps_email @9822725d `res/values-ja/strings.xml`) has every Japanese word of the flow (`imap_name` 「個人用（IMAP）」, `pop3_name` 「個人用（POP3）」, 「受信サーバーの設定」, 「サーバー」, 「ポート」, 「ユーザー名」, 「送信サーバーの設定」, 「SMTPサーバー」, 「ログインが必要」, 「手動セットアップ」); the code now uses them, but nothing ties them to the Gmail app, whose strings are not public",
        },
        labels: &[Label::OpenSettings, Label::Protocol, Label::ProtocolChoice, Label::IncomingHost, Label::IncomingPort, Label::Username, Label::OutgoingHost, Label::OutgoingPort, Label::OutgoingAuth, Label::Save],
    },
    Fact {
        id: "L2",
        about: "Security type choices (SSL/TLS, STARTTLS, None)",
        status: Status::Unconfirmed {
            why: "CLIENTS.md — searched 2026-12-07 (branch `otherfacts`): no Google help page or ISP page with screenshots stored — branch `shots`: xs-kshibata/code-for-gemini-review @4debcb8fa859 `www.xserver.ne.jp_www/manual/man_mail_setting_gmail.php` (screenshots `img/manual/man_mail_setting_gmail_*.png`) is Gmail on the web (「すべての設定を表示」→「アカウントとインポート」→「他のアカウントのメールを確認」, 「他のアカウントからメールを読み込む（POP3）」), not the Android app's screens — searched 2026-12-08 (branch `facts3`): AOSP Email (aosp-mirror/platform_packages_apps_email @9822725d `res/values-ja/strings.xml`) has 「セキュリティの種類」 with 「なし」「SSL/TLS」「STARTTLS」, as the code says; not tied to the Gmail app",
        },
        labels: &[Label::IncomingSecurity, Label::OutgoingSecurity],
    },
];
