//! Printers, scanners, NAS: the facts of `docs/knowledge/device.md`, in its order. Transcribed from the
//! dossier; `core/tests/knowledge.rs` keeps the ids and statuses equal to it.

use crate::knowledge::{Fact, Status, CHECKED};
use crate::labels::Label;

pub(super) static FACTS: &[Fact] = &[
    Fact {
        id: "E1",
        about: "Postfix \"535 5.7.8 Error: authentication failed\" (smtp-535-5.7.8)",
        status: Status::Confirmed {
            source: "Postfix `src/smtpd/smtpd_sasl_glue.c` (`smtpd_chat_reply`)",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "E2",
        about: "\"530 Must issue a STARTTLS command first\" (RFC 3207)",
        status: Status::Confirmed {
            source: "RFC 3207 §4",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "E3",
        about: "Postfix \"554 5.7.1 … Relay access denied\"",
        status: Status::Confirmed {
            source: "Postfix reject as printed in public Postfix logs",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "L1",
        about: "Makers' screens: SMTP server, SSL/TLS settings, ports (Konica Minolta, Sharp, Ricoh, Canon)",
        status: Status::Unconfirmed {
            why: "CLIENTS.md",
        },
        labels: &[Label::OpenSettings, Label::Protocol, Label::IncomingHost, Label::IncomingPort, Label::IncomingSecurity, Label::Username, Label::OutgoingHost, Label::OutgoingPort, Label::OutgoingSecurity, Label::OutgoingAuth, Label::AuthMethod, Label::Save],
    },
    Fact {
        id: "L2",
        about: "Old models without TLS or with TLS 1.0 only; the February 2025 failures against Microsoft 365",
        status: Status::Unconfirmed {
            why: "CLIENTS.md / DOMAIN.md",
        },
        labels: &[],
    },
    Fact {
        id: "L3",
        about: "Password length limits (Epson, Xerox)",
        status: Status::Unconfirmed {
            why: "CLIENTS.md",
        },
        labels: &[],
    },
];
