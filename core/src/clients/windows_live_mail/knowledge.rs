//! Windows Live Mail 2012: the facts of `docs/knowledge/windows-live-mail.md`, in its order. Transcribed from the
//! dossier; `core/tests/knowledge.rs` keeps the ids and statuses equal to it.

use crate::knowledge::{Fact, Status, CHECKED};
use crate::labels::Label;

pub(super) static FACTS: &[Fact] = &[
    Fact {
        id: "D1",
        about: "Support ended 2017-01-10",
        status: Status::Unconfirmed {
            why: "no Microsoft source found: MicrosoftDocs/lifecycle-data-pr.ja-jp (every branch) has no Windows Essentials product; only press and secondary pages give the day (winbuzzer.com 2016-12-16, Internet Watch as cited by pct.co.jp, Wikipedia, a gist copy of Microsoft's Community notice) — searched again 2026-12-08 (branch `facts3`): pages corpus: code-lab.net, Wikipedia, blogs only; no Microsoft page",
        },
        labels: &[],
    },
    Fact {
        id: "D2",
        about: "Uses Windows' Schannel for TLS (the system decides TLS 1.2)",
        status: Status::Unconfirmed {
            why: "DOMAIN.md",
        },
        labels: &[],
    },
    Fact {
        id: "E1",
        about: "Error detail format \"Account: …, Server: …, Protocol: SMTP, Port: 25, Secure (SSL): No, Socket Error: 10051, Error Number: 0x800CCC0E.\"",
        status: Status::Confirmed {
            source: "bitbucket.org/snippets/omertong1985t8/KqAG6L (quoted) — (third-party quote)",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "E2",
        about: "The 0x800CCCxx codes are imnxport.h's IXP_E_* (every define in the decoder)",
        status: Status::Confirmed {
            source: "imnxport.h (see outlook-classic.md E7)",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "E3",
        about: "\"Unable to send or receive messages for the … account.\" (msg-wlm-account)",
        status: Status::Unconfirmed {
            why: "none found",
        },
        labels: &[],
    },
    Fact {
        id: "E4",
        about: "The Japanese forms of the error detail and the send/receive failure",
        status: Status::Unconfirmed {
            why: "none found",
        },
        labels: &[],
    },
    Fact {
        id: "L1",
        about: "Properties → Servers and Advanced tabs: server type, authentication, port numbers, SSL boxes",
        status: Status::Unconfirmed {
            why: "ja in part: Xserver's manual screenshots (xs-kshibata/code-for-gemini-review @4debcb8fa859 `img/manual/man_mail_setting_wlm_smtp_*.png`: the Servers tab's labels and 「受信メール サーバーと同じ設定を使用する」; the Advanced tab not shown); en: no source for Live Mail 2012's English dialog; CLIENTS.md (ISP pages)",
        },
        labels: &[Label::OpenSettings, Label::Protocol, Label::ProtocolChoice, Label::IncomingHost, Label::IncomingPort, Label::IncomingSecurity, Label::Username, Label::OutgoingHost, Label::OutgoingPort, Label::OutgoingSecurity, Label::OutgoingAuth, Label::OutgoingSameLogin, Label::Spa, Label::AuthMethod, Label::Save, Label::Screens],
    },
    Fact {
        id: "L2",
        about: "First setup: Accounts tab → Email → Manually configure server settings",
        status: Status::Unconfirmed {
            why: "ja ✓: Xserver's manual screenshots (xs-kshibata/code-for-gemini-review @4debcb8fa859 `img/manual/man_mail_setting_wlm_1.png`–`_3.png`: 「アカウント」 tab, 「電子メール」, 「手動でサーバー設定を構成する(C)」); en not found",
        },
        labels: &[],
    },
];
