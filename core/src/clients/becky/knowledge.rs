//! Becky! Internet Mail: the facts of `docs/knowledge/becky.md`, in its order. Transcribed from the
//! dossier; `core/tests/knowledge.rs` keeps the ids and statuses equal to it.

use crate::knowledge::{Fact, Status};
use crate::labels::Label;

pub(super) static FACTS: &[Fact] = &[
    Fact {
        id: "B1",
        about: "Current version 2.83.x (2026)",
        status: Status::Unconfirmed { why: "CLIENTS.md — searched 2026-12-07 (branch `otherfacts`): RimArts' pages (rimarts.co.jp) not in the stored corpora" },
        labels: &[],
    },
    Fact {
        id: "B2",
        about: "Tools → Mailbox Setting; the Basic tab's fields and check boxes",
        status: Status::Unconfirmed {
            why: "CLIENTS.md (ISP pages) — searched 2026-12-07 (branch `otherfacts`): RimArts' help and ISP Becky! pages not in the stored corpora (pages, docs, code)",
        },
        labels: &[
            Label::OpenSettings,
            Label::Protocol,
            Label::ProtocolChoice,
            Label::IncomingHost,
            Label::IncomingSecurity,
            Label::Username,
            Label::OutgoingHost,
            Label::OutgoingSecurity,
            Label::AuthMethod,
            Label::Save,
        ],
    },
    Fact {
        id: "B3",
        about: "The Advanced tab: port numbers, SMTP authentication, ESMTP, POP before SMTP",
        status: Status::Unconfirmed { why: "CLIENTS.md — searched 2026-12-07 (branch `otherfacts`): RimArts' help and ISP Becky! pages not in the stored corpora (pages, docs, code)" },
        labels: &[
            Label::IncomingPort,
            Label::OutgoingPort,
            Label::OutgoingAuth,
            Label::Screens,
        ],
    },
    Fact {
        id: "B4",
        about: "Where STARTTLS is chosen",
        status: Status::Unconfirmed { why: "not found — searched 2026-12-07 (branch `otherfacts`): RimArts' help not in the stored corpora" },
        labels: &[],
    },
    Fact {
        id: "B5",
        about: "TLS 1.2 in current 2.8x builds (its own OpenSSL)",
        status: Status::Unconfirmed {
            why: "catalog comment",
        },
        labels: &[],
    },
    Fact {
        id: "E1",
        about: "Error wordings",
        status: Status::Unconfirmed {
            why: "none found — ? (no fixture rows)",
        },
        labels: &[],
    },
];
