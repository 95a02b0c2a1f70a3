//! The settings export's words in Japanese.

use crate::export::words::Words;

pub(crate) static EXPORT: Words = Words {
    address_invalid: "「{address}」はメールアドレスとして正しくありません。「名前@ドメイン」の形で入力してください。",
    domain_unknown_closest: "ドメイン「{domain}」はこのプロファイルにありません。「{closest}」の入力間違いではありませんか。",
    domain_unknown: "ドメイン「{domain}」はこのプロファイルにありません。当社のメールアドレスか確認してください。",
    no_incoming_server: "ドメイン「{domain}」の受信サーバー（IMAP・POP3）がプロファイルにありません。",
    no_outgoing_server: "ドメイン「{domain}」の送信サーバー（SMTP）がプロファイルにありません。",
};
