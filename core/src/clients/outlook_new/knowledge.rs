//! Outlook (new): the facts of `docs/knowledge/outlook-new.md`, in its order. Transcribed from the
//! dossier; `core/tests/knowledge.rs` keeps the ids and statuses equal to it.

use crate::knowledge::{Fact, Status, CHECKED};
use crate::labels::Label;

pub(super) static FACTS: &[Fact] = &[
    Fact {
        id: "N1",
        about: "General Availability by August 1, 2024",
        status: Status::Confirmed {
            source: "`get-started/guide-product-availability.md` (\"Milestone: General Availability (GA)\")",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "N2",
        about: "Classic Outlook is available until at least 2029",
        status: Status::Confirmed {
            source: "`get-started/migration-planning.md`; `guide-product-availability.md`",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "N3",
        about: "Windows builds after 23H2 preinstall the new Outlook; it replaces Mail and Calendar by the end of 2024",
        status: Status::Confirmed {
            source: "`get-started/control-install.md`",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "N4",
        about: "The \"Try the new Outlook\" toggle in classic Outlook (hidden by HideNewOutlookToggle; from Version 2303 Build 16227.20318); its Japanese name",
        status: Status::Confirmed {
            source: "`get-started/control-install.md`, `get-started/deployment-new-outlook.md` (en); ja 「新しい Outlook を試す」: Microsoft Japan's Exchange & Outlook support team, jpmessaging/blog @b0a91b55967f `source/_posts/Summary-of-installation-methods-for-new-outlook-for-windows.md` (\"従来の Outlook for Windows … アプリの右上に [新しいOutlookを試す] というトグルが表示されます\"), `MC949965.md` (Learn's ja heading 「…従来の Outlook で [新しい Outlook を試す] トグルを有効または無効にする」)",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "N5",
        about: "Logs folder %localappdata%\\Microsoft\\Olk\\logs",
        status: Status::Confirmed {
            source: "`get-started/control-install.md`",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "N6",
        about: "Builds ship weekly, but features (POP among them) are not delivered by build",
        status: Status::Confirmed {
            source: "`manage/manage-updates-new-outlook-windows.md` line 23",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "N7",
        about: "Version string 1.YYYY.MDD.NNN, shown in Settings → General → About Outlook",
        status: Status::Confirmed {
            source: "en: Microsoft Learn MicrosoftDocs/OfficeDocs-DeployOffice @947f0188 `microsoft-365-apps/outlook/manage/monitor-usage-reports.md` (\"open new Outlook on the user's device and select Settings > General > About Outlook\"); the shape: `microsoft-365-apps/privacy/required-diagnostic-data.md`, app \"olk\" (Outlook): \"AppInfo.Version - String specifying the application version (for example, 1.2022.805.100)\"; ja: Microsoft Japan's Exchange & Outlook support team, jpmessaging/blog @b0a91b55967f `source/_posts/Offline-Cache-in-New-Outlook.md` (the new Outlook's settings pages include 「Outlook について」; \"[設定] - [全般] - [オフライン]\")",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "A1",
        about: "Supported account types include other accounts connecting via IMAP",
        status: Status::Confirmed {
            source: "`get-started/supported-account-types.md` (ms.date 11/09/2023, unchanged in the 2024-10-21 snapshot)",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "A2",
        about: "An unsupported account type (POP, on-premises Exchange) gets \"We couldn't reach the email server. Please try again.\"; its Japanese wording",
        status: Status::Unconfirmed {
            why: "same file, line 36 — ✓ (en); ja wording ? — ja searched 2026-12-08 (branch `facts3`): no ja-jp DeployOffice repository stored; find_string of likely Japanese wordings finds only unrelated apps; jpmessaging/blog @b0a91b55 and MicrosoftDocs/OfficeDocs-Support @36878e0e1 have nothing",
        },
        labels: &[],
    },
    Fact {
        id: "A3",
        about: "Licence error for work or school accounts",
        status: Status::Confirmed {
            source: "same file — (not relevant to ISP mail)",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "A4",
        about: "The POP boundary: no build number can be sourced",
        status: Status::Unconfirmed {
            why: "A2, N6, DOMAIN.md — ? (no source)",
        },
        labels: &[],
    },
    Fact {
        id: "A6",
        about: "Add-account path: Settings → Accounts → Email accounts → Add account (and Manage)",
        status: Status::Unconfirmed {
            why: "en ✓ to Manage: Microsoft Learn @947f0188 `microsoft-365-apps/outlook/manage/policy-management.md` (\"Settings > Accounts > Email accounts > Manage\"); ja not in a Microsoft source: Microsoft Japan's blog (`Offline-Cache-in-New-Outlook.md`) lists a settings page 「電子メール アカウント」, not 「メール アカウント」; CLIENTS.md (third-party guides) — searched 2026-12-08 (branch `facts3`): jpmessaging/blog @b0a91b55 has no 「[設定] - [アカウント]」 path; pages corpus: third-party classic-Outlook guides only",
        },
        labels: &[Label::OpenSettings],
    },
    Fact {
        id: "A7",
        about: "The advanced-settings box names (servers, ports, Secure connection type, SMTP user name and password)",
        status: Status::Unconfirmed {
            why: "third-party guides only — searched 2026-12-08 (branch `facts3`): pages/docs corpora and MicrosoftDocs/OfficeDocs-Support @36878e0e1: no Microsoft text of the boxes",
        },
        labels: &[Label::Protocol, Label::IncomingHost, Label::IncomingPort, Label::IncomingSecurity, Label::Username, Label::OutgoingHost, Label::OutgoingPort, Label::OutgoingSecurity, Label::OutgoingAuth, Label::Save],
    },
    Fact {
        id: "A8",
        about: "Whether Manage offers the server fields of an existing IMAP/POP account, or only remove and add again",
        status: Status::Unconfirmed {
            why: "no Microsoft page found",
        },
        labels: &[],
    },
    Fact {
        id: "A9",
        about: "Shared mailboxes: right-click the account → Add shared folder or mailbox",
        status: Status::Confirmed {
            source: "`supported-account-types.md` — (not relevant to ISP mail)",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "C1",
        about: "Microsoft's words: sync non-Microsoft accounts to the Microsoft Cloud",
        status: Status::Confirmed {
            source: "neowin.net article quoting the linked Microsoft support page — (en, Microsoft's text as quoted); the Microsoft page itself not read here",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "C2",
        about: "\"Microsoft Sync cloud\" is a press Google translation, not Microsoft's wording",
        status: Status::Confirmed {
            source: "neowin.net (\"Here is what the English (Google translated) version of the above message reads\")",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "C3",
        about: "The cloud-sync consent dialog's own wording (title, body, buttons)",
        status: Status::Unconfirmed {
            why: "no screenshot or string table found",
        },
        labels: &[],
    },
    Fact {
        id: "E1",
        about: "\"We couldn't reach the email server. Please try again.\" (outlook-new-unreachable); no Japanese pattern",
        status: Status::Unconfirmed {
            why: "A2 — ✓ en; ja ? (no ja pattern: not guessed) — ja searched 2026-12-08 (branch `facts3`): no ja-jp DeployOffice repository stored; find_string of likely Japanese wordings finds only unrelated apps; jpmessaging/blog @b0a91b55 and MicrosoftDocs/OfficeDocs-Support @36878e0e1 have nothing",
        },
        labels: &[],
    },
    Fact {
        id: "E2",
        about: "\"couldn't sign in\" / \"couldn't sync\" fragments (outlook-new-sign-in, outlook-new-sync)",
        status: Status::Unconfirmed {
            why: "none found — ? (kept, loose fragments)",
        },
        labels: &[],
    },
    Fact {
        id: "E3",
        about: "SMTP 554 5.7.1 when the host blocks SMTP AUTH from abroad (sent through Microsoft's cloud)",
        status: Status::Unconfirmed {
            why: "it-sora.net (support company report, onamae.com rental server) — ? (third-party report)",
        },
        labels: &[],
    },
];
