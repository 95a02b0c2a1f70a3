//! Windows Mail: the facts of `docs/knowledge/windows-mail.md`, in its order. Transcribed from the
//! dossier; `core/tests/knowledge.rs` keeps the ids and statuses equal to it.

use crate::knowledge::{Fact, Status, CHECKED};
use crate::labels::Label;

pub(super) static FACTS: &[Fact] = &[
    Fact {
        id: "D1",
        about: "Mail and Calendar are out of support at the end of 2024; users are switched to the new Outlook",
        status: Status::Confirmed {
            source: "Microsoft Learn, `MicrosoftDocs/OfficeDocs-DeployOffice` `microsoft-365-apps/outlook/get-started/control-install.md`",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "D2",
        about: "Builds after 23H2 preinstall the new Outlook, which replaces Mail and Calendar by the end of 2024",
        status: Status::Confirmed {
            source: "same file",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "D3",
        about: "The exact end date 2024-12-31 and no sending or receiving after it",
        status: Status::Confirmed {
            source: "Microsoft support \"Outlook for Windows: The Future of Mail, Calendar and People on Windows 11\" (support.microsoft.com/…-715fc27c-e0f4-4652-9174-47faa751b199), as quoted by neowin.net (2024-11-09, \"Here is what Microsoft says in the now-updated support document\"): \"Support for Windows Mail, Calendar, and People will end on December 31, 2024. … After December 31, 2024, users will no longer be able to send and receive email using Windows Mail and Calendar. Any local emails, calendar events, and contacts stored in Mail, Calendar, and People will remain exportable …\"; the day in Japanese: Microsoft Japan's support blog (jpmessaging/blog @b0a91b55967f `Summary-of-installation-methods-for-new-outlook-for-windows.md`: \"メール/カレンダー アプリは既に 2024 年 12 月 31 日にサポートが終了しています。\")",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "D4",
        about: "Admins can remove Mail and Calendar with Remove-AppxPackage",
        status: Status::Confirmed {
            source: "control-install.md (\"Block new Outlook installation as part of Mail and Calendar deprecation\")",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "S1",
        about: "Updating a password: Settings > Manage Accounts → the account → Account Settings → Save; its Japanese labels",
        status: Status::Confirmed {
            source: "en: Microsoft support \"Change your password in Mail for Windows 10\" (wus.prod.support.services.microsoft.com/en-au/office/…-7941bfd6-…): \"Choose Settings > Manage Accounts … and then choose Save\"; ja: xs-kshibata/code-for-gemini-review @4debcb8fa859 `www.xserver.ne.jp_www/manual/man_mail_setting_windows10.php` and its screenshots `img/manual/man_mail_setting_windows10_*.png` (the hosting provider Xserver's manual, www.xserver.ne.jp/manual/; secondary, for labels): 「設定」 panel with 「アカウントの管理」 (`_9.png`), the account's 「アカウントの設定」 dialog with 「パスワード」 and 「保存」 (`_11.png`), 「サインイン」 (`_7.png`) and 「完了」 (`_13.png`); en \"Sign in\", \"Done\": English guides (OVH docs: \"click `Sign in`\"; monicahq docs: \"Click on **Done** button, then **Save**\")",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "S2",
        about: "Server settings: Change mailbox sync settings → Advanced mailbox settings; the server boxes there",
        status: Status::Confirmed {
            source: "ja: xs-kshibata/code-for-gemini-review @4debcb8fa859 `www.xserver.ne.jp_www/manual/man_mail_setting_windows10.php` and its screenshots `img/manual/man_mail_setting_windows10_*.png` (the hosting provider Xserver's manual, www.xserver.ne.jp/manual/; secondary, for labels): 「メールボックスの同期設定を変更」 (`_11.png`), 「メールボックスの詳細設定」 (`_12.png`), 「受信メール サーバー」, 「送信 (SMTP) メール サーバー」 (`_13.png`); en: monicahq docs (\"Click on **Change mailbox sync settings** … Click on **Advanced mailbox settings** … **Incoming email server** … **Outgoing (SMTP) email server**\"), a Nextcloud calendar guide (the same two items, Change mailbox sync settings and Advanced mailbox settings)",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "S3",
        about: "Add account: Add account → Advanced setup → Internet email; its account type, user name and POP3",
        status: Status::Confirmed {
            source: "ja: xs-kshibata/code-for-gemini-review @4debcb8fa859 `www.xserver.ne.jp_www/manual/man_mail_setting_windows10.php` and its screenshots `img/manual/man_mail_setting_windows10_*.png` (the hosting provider Xserver's manual, www.xserver.ne.jp/manual/; secondary, for labels): 「アカウントの追加」 (`_4.png`), 「詳細設定」 (`_5.png`), 「インターネット メール」 (`_6.png`), the form with 「ユーザー名」, 「アカウントの種類」 = 「POP3」, 「メールの送信 (SMTP) サーバー」 and four check boxes 「送信サーバーには、認証が必要です」 「送信メールに同じユーザー名とパスワードを使用する」 「受信メールには SSL が必要」 「送信メールには SSL が必要」 (`_7.png`); en: English guides (OVH docs: \"Account type … **IMAP4** … **POP**\", \"Outgoing server requires authentication\", \"Require SSL for incoming email\"; \"Advanced setup > Internet email\")",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "S4",
        about: "The port is typed after the host as host:port",
        status: Status::Unconfirmed {
            why: "labels file note (ISP pages)",
        },
        labels: &[Label::IncomingPort, Label::OutgoingPort],
    },
    Fact {
        id: "S5",
        about: "The IMAP choice's Japanese name 「IMAP4」",
        status: Status::Unconfirmed {
            why: "en \"IMAP4\" in English guides (OVH docs); the Japanese screenshot shows 「POP3」 chosen, not the list; Xserver's text says \"POP3 もしくは IMAP\"",
        },
        labels: &[Label::ProtocolChoice],
    },
    Fact {
        id: "S6",
        about: "The editing screen's four check boxes (authentication, same user name, SSL in and out), in English",
        status: Status::Unconfirmed {
            why: "ja ✓ Xserver screenshot `man_mail_setting_windows10_13.png`: 「送信サーバーは認証が必要」 「メールの送信に同じユーザー名とパスワードを使う」 「受信メールに SSL を使う」 「送信メールに SSL を使う」 (the add-account screen words them otherwise, S3); en: only the add-account screen's words are sourced (English guides), the editing screen's not",
        },
        labels: &[Label::IncomingSecurity, Label::OutgoingSecurity, Label::OutgoingAuth, Label::OutgoingSameLogin],
    },
    Fact {
        id: "E1",
        about: "\"Your account settings are out-of-date.\" (msg-settings-out-of-date)",
        status: Status::Confirmed {
            source: "kbcomputerrepairs.co.uk (notification quoted; Windows 10 Mail) — en (third-party quote)",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "E2",
        about: "Its Japanese form 「アカウントの設定が最新ではありません」",
        status: Status::Unconfirmed {
            why: "none found",
        },
        labels: &[],
    },
    Fact {
        id: "E3",
        about: "Internal result names ixp_E_IMAP_LOGINFAILURE, ixp_E_SMTP_535_AUTH_FAILED (not shown to users)",
        status: Status::Confirmed {
            source: "public copies of the Windows 8 Mail app's JavaScript (find_string `ixp_E_IMAP_LOGINFAILURE`) — (internal, not shown to users)",
            checked: CHECKED,
        },
        labels: &[],
    },
];
