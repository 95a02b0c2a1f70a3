//! iPhone / iPad Mail: the facts of `docs/knowledge/ios-mail.md`, in its order. Transcribed from the
//! dossier; `core/tests/knowledge.rs` keeps the ids and statuses equal to it.

use crate::knowledge::{Fact, Status, CHECKED};
use crate::labels::Label;

pub(super) static FACTS: &[Fact] = &[
    Fact {
        id: "P1",
        about: "iOS 18 moved mail settings to Settings → Apps → Mail → Mail Accounts",
        status: Status::Unconfirmed {
            why: "tslro.com (translation of a news article on iPadOS 18); manual.xbit.jp (iOS 8: 「メール/連絡先/カレンダー」→「アカウントを追加」→「その他」) — ? (secondary)",
        },
        labels: &[Label::OpenSettings],
    },
    Fact {
        id: "P2",
        about: "Add-account flow: Add Account → Other → Add Mail Account → IMAP/POP → servers → Save",
        status: Status::Unconfirmed {
            why: "CLIENTS.md (ISP manuals) — searched 2026-12-07 (branch `otherfacts`): Apple's ja support page for adding an account not stored; ISP pages stored only to step 「その他」 (manual.xbit.jp, iOS 8)",
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
            why: "not found on Apple's pages",
        },
        labels: &[],
    },
    Fact {
        id: "P5",
        about: "Advanced: Use SSL, Authentication, Server Port; SMTP → Primary Server",
        status: Status::Unconfirmed {
            why: "CLIENTS.md (ISP manuals); Gmail example path 「設定」→「メール」→「アカウント」→「Gmail」→「アカウント」→「詳細」 with 「SSLを使用」 (prod-news article, 2023-03-31) — ? (secondary) — searched 2026-12-07 (branch `otherfacts`): no Apple or ISP page with the 「詳細」 screen stored",
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
        status: Status::Unconfirmed {
            why: "third-party pages only (choge-blog, global-creative) — ? (no fixture rows)",
        },
        labels: &[],
    },
];
