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
        status: Status::Unconfirmed {
            why: "DOMAIN.md / CLIENTS.md quote of Microsoft's support page (not read here); the day alone: Microsoft Japan's support blog (jpmessaging/blog `Summary-of-installation-methods-for-new-outlook-for-windows.md`: \"メール/カレンダー アプリは既に 2024 年 12 月 31 日にサポートが終了しています。\"), silent on sending and receiving",
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
        status: Status::Unconfirmed {
            why: "Microsoft support \"Change your password in Mail for Windows 10\" (wus.prod.support.services.microsoft.com/en-au/office/…-7941bfd6-…) — ✓ en; ja ?",
        },
        labels: &[Label::Save],
    },
    Fact {
        id: "S2",
        about: "Server settings: Change mailbox sync settings → Advanced mailbox settings, and the boxes there",
        status: Status::Unconfirmed {
            why: "CLIENTS.md (ISP pages); a machine translation of Microsoft's sync-issues article (shongames.ru) names the same steps",
        },
        labels: &[Label::OpenSettings, Label::IncomingHost, Label::IncomingSecurity, Label::Username, Label::OutgoingHost, Label::OutgoingSecurity, Label::OutgoingAuth, Label::OutgoingSameLogin],
    },
    Fact {
        id: "S3",
        about: "Add account: Add account → Advanced setup → Internet email",
        status: Status::Unconfirmed {
            why: "CLIENTS.md (ISP pages)",
        },
        labels: &[Label::Protocol, Label::ProtocolChoice],
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
