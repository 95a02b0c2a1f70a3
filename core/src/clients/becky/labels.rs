//! Becky! Internet Mail 2 (ISP pages; 2.83.x in 2026). The Japanese words are copied from a
//! hosting provider's screenshots (Xserver, docs/knowledge/becky.md B2, B3: 「ツール」→「メールボックスの設定」,
//! 「基本設定」 and 「詳細」 tabs); their English words are not sourced, so every label stays
//! unconfirmed (a fact confirmed in one language only is unconfirmed). ✓ B4: the app's own prompt
//! says a ticked 「POP3S」 with a port other than the SSL/TLS one (995) uses STARTTLS, and asks
//! 「はい」 for POP3/IMAP4 and 「いいえ」 for SMTP — the box means "use TLS" and the port decides
//! how: so the boxes are a `TlsSwitch` drawn as a check box (as Windows Mail's), and STARTTLS on
//! 587 is the SMTPS box ticked with the port left at 587.

use crate::labels::{Label, LabelSet, Labels, Screen, SecurityControl};
use crate::lang::Text;
use crate::report::Field;

pub static LABELS: Labels = Labels {
    app: Text::new("Becky! Internet Mail", "Becky! Internet Mail"),
    open_settings: Text::new(
        "「ツール」→「メールボックスの設定」→「基本設定」タブ",
        "Tools → Mailbox Setting → Basic tab",
    ),
    protocol: Text::new("受信プロトコル", "Receive protocol"),
    imap: Text::new("IMAP4rev1", "IMAP4rev1"),
    pop3: Text::new("POP3", "POP3"),
    incoming_host: Text::new("POP3サーバー（受信）", "POP3 server (incoming)"),
    incoming_port: Text::new(
        "サーバーのポート番号：POP3 / IMAP4",
        "Server port numbers: POP3 / IMAP4",
    ),
    incoming_security: SecurityControl::TlsSwitch {
        label: Text::new("POP3S / IMAPS", "POP3S / IMAPS"),
    },
    imap_security: None,
    username: Text::new("ユーザーID", "User ID"),
    outgoing_host: Text::new("SMTPサーバー（送信）", "SMTP server (outgoing)"),
    outgoing_port: Text::new("サーバーのポート番号：SMTP", "Server port numbers: SMTP"),
    outgoing_security: SecurityControl::TlsSwitch {
        label: Text::new("SMTPS", "SMTPS"),
    },
    outgoing_auth: Text::new("SMTP認証", "SMTP authentication"),
    outgoing_same_login: None,
    spa: None,
    auth_method: Some((
        Text::new("認証方式", "Authentication"),
        Text::new("標準", "Standard"),
    )),
    save: Text::new("OK", "OK"),
    // The ports and SMTP authentication are on the same dialog's 「詳細」 tab; 「OK」 saves both.
    screens: &[Screen {
        open: Text::new("「詳細」タブ", "Advanced tab"),
        from_previous: Text::new("「詳細」タブ", "Advanced tab"),
        settings: &[
            Field::IncomingPort,
            Field::OutgoingPort,
            Field::OutgoingAuth,
            Field::OutgoingUsername,
        ],
    }],
    close_screens: None,
    // docs/knowledge/becky.md B2 (the 「基本設定」 tab), B3 (the 「詳細」 tab).
    unconfirmed: LabelSet::of(&[
        Label::OpenSettings,
        Label::Protocol,
        Label::ProtocolChoice,
        Label::IncomingHost,
        Label::IncomingPort,
        Label::IncomingSecurity,
        Label::Username,
        Label::OutgoingHost,
        Label::OutgoingPort,
        Label::OutgoingSecurity,
        Label::OutgoingAuth,
        Label::AuthMethod,
        Label::Save,
        Label::Screens,
    ]),
};
