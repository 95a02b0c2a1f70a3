//! Windows Live Mail 2012 (support ended 2017-01-10, unconfirmed: D1). Words from ISP setup
//! pages: every label unconfirmed (docs/knowledge/windows-live-mail.md L1, L2).
//!
//! The outgoing 「…(SSL) が必要」 box means "use TLS" and the port decides how (ticked on 587 it
//! is STARTTLS, as in Microsoft's Outlook.com instructions for Live Mail): a `TlsSwitch` drawn as
//! a check box. The incoming box is taken as implicit TLS only (993/995).

use crate::labels::{Label, LabelSet, Labels, Screen, SecurityControl, PORTS_AND_ENCRYPTION};
use crate::lang::Text;

pub static LABELS: Labels = Labels {
    app: Text::new("Windows Live メール 2012", "Windows Live Mail 2012"),
    open_settings: Text::new(
        "「アカウント」タブ →「プロパティ」→「サーバー」タブ",
        "Accounts tab → Properties → Servers tab",
    ),
    protocol: Text::new("受信メール サーバーの種類", "My incoming mail server is a"),
    imap: Text::new("IMAP", "IMAP"),
    pop3: Text::new("POP3", "POP3"),
    incoming_host: Text::new("受信メール (POP3 / IMAP)", "Incoming mail (POP3 / IMAP)"),
    incoming_port: Text::new(
        "サーバーのポート番号：受信メール (POP3 / IMAP)",
        "Server Port Numbers: Incoming mail (POP3 / IMAP)",
    ),
    incoming_security: SecurityControl::SslCheckbox {
        label: Text::new(
            "このサーバーはセキュリティで保護された接続 (SSL) が必要",
            "This server requires a secure connection (SSL)",
        ),
    },
    imap_security: None,
    username: Text::new("ユーザー名", "Email username"),
    outgoing_host: Text::new("送信メール (SMTP)", "Outgoing mail (SMTP)"),
    outgoing_port: Text::new(
        "サーバーのポート番号：送信メール (SMTP)",
        "Server Port Numbers: Outgoing mail (SMTP)",
    ),
    outgoing_security: SecurityControl::TlsSwitch {
        label: Text::new(
            "このサーバーはセキュリティで保護された接続 (SSL) が必要（送信メール）",
            "This server requires a secure connection (SSL) (outgoing mail)",
        ),
    },
    outgoing_auth: Text::new(
        "このサーバーは認証が必要",
        "My server requires authentication",
    ),
    outgoing_same_login: Some(Text::new(
        "受信メール サーバーと同じ設定を使用する",
        "Use same settings as my incoming mail server",
    )),
    spa: Some(Text::new(
        "セキュリティで保護されたパスワード認証でログオンする",
        "Log on using secure password authentication",
    )),
    auth_method: Some((
        Text::new("次を使用して認証する", "Authenticate using"),
        Text::new("クリア テキスト", "Clear text"),
    )),
    save: Text::new("「適用」→「OK」", "Apply → OK"),
    // Ports and the SSL boxes are on the same dialog's 「詳細設定」 tab; 「適用」→「OK」 saves both.
    screens: &[Screen {
        open: Text::new("「詳細設定」タブ", "Advanced tab"),
        from_previous: Text::new("「詳細設定」タブ", "Advanced tab"),
        settings: PORTS_AND_ENCRYPTION,
    }],
    close_screens: None,
    // docs/knowledge/windows-live-mail.md L1: every label (ISP pages).
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
        Label::OutgoingSameLogin,
        Label::Spa,
        Label::AuthMethod,
        Label::Save,
        Label::Screens,
    ]),
};
