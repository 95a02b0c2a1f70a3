//! Becky! Internet Mail: the facts of `docs/knowledge/becky.md`, in its order. Transcribed from the
//! dossier; `core/tests/knowledge.rs` keeps the ids and statuses equal to it.

use crate::knowledge::{Fact, Status, CHECKED};
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
            why: "ja ✓ (branch `shots`), en ?: xs-kshibata/code-for-gemini-review @4debcb8fa859 `www.xserver.ne.jp_www/manual/man_mail_setting_becky.php` and its screenshots `img/manual/man_mail_setting_becky_*.png` (the hosting provider Xserver's manual \"Becky! Internet Mail設定手順\", www.xserver.ne.jp/manual/, for \"Becky! Internet Mail Ver.2.0\"; no build number visible; secondary, for labels): `_1.png` 「ツール(T)」→「メールボックスの設定(M)...」; `_2.png` the 「基本設定」 tab: 「受信プロトコル(T):」 = 「POP3」 (the list not shown, so 「IMAP4rev1」 is not seen), 「POP3サーバー（受信）」, 「SMTPサーバー（送信）」 (full-width brackets, no space), check boxes 「POP3S」 (with POP3 chosen; 「IMAPS」 not seen), 「OP25B」, 「SMTPS」, 「ユーザーID(U):」, 「パスワード(P):」, 「認証方式(H)」 ●「標準」 ○APOP ○CRAM-MD5 ○NTLM, 「OK」. No English source for the English edition's words",
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
        status: Status::Unconfirmed {
            why: "ja ✓ (branch `shots`), en ?: xs-kshibata/code-for-gemini-review @4debcb8fa859 `www.xserver.ne.jp_www/manual/man_mail_setting_becky.php` and its screenshots `img/manual/man_mail_setting_becky_*.png` (the hosting provider Xserver's manual \"Becky! Internet Mail設定手順\", www.xserver.ne.jp/manual/, for \"Becky! Internet Mail Ver.2.0\"; no build number visible; secondary, for labels): `_5.png`, `_6.png` the 「詳細」 tab: 「サーバーのポート番号」 with 「SMTP:」 「POP3:」 「IMAP4:」, 「SMTP認証」 (CRAM-MD5, LOGIN, PLAIN), 「POP before SMTPを使用」, 「ESMTPを使用(W) (SMTP認証には必須)」, 「SSL/TLS関連」 「受信用(C):」/「送信用(I):」 = 「デフォルト」, 「証明書を検証しない(S)」, 「OK」. No English source",
        },
        labels: &[
            Label::IncomingPort,
            Label::OutgoingPort,
            Label::OutgoingAuth,
            Label::Screens,
        ],
    },
    Fact {
        id: "B4",
        about: "Where STARTTLS is chosen: the POP3S/IMAPS and SMTPS check boxes with a port other than the SSL/TLS one",
        status: Status::Confirmed {
            source: "the app's own prompt (「Message from Becky!」) in xs-kshibata/code-for-gemini-review @4debcb8fa859 `www.xserver.ne.jp_www/manual/man_mail_setting_becky.php` and its screenshots `img/manual/man_mail_setting_becky_*.png` (the hosting provider Xserver's manual \"Becky! Internet Mail設定手順\", www.xserver.ne.jp/manual/, for \"Becky! Internet Mail Ver.2.0\"; no build number visible; secondary, for labels) `_3.png`, shown when 「POP3S」 is ticked with port 110: 「ポート番号をSSL/TLS標準の 995 に変更しますか？ 変更しない場合は STARTTLS を使用します。 通常、POP3/IMAP4サーバーでは「はい」、SMTPサーバーでは「いいえ」を選んでください。」 — the check boxes mean TLS and the port decides (the SSL/TLS port: SSL/TLS; another port: STARTTLS)",
            checked: CHECKED,
        },
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
