//! What more than one test file needs (`mod common;` in each).

use mail_doctor_core::case::ClientId;
use mail_doctor_core::Lang;
use std::collections::BTreeSet;

/// Names a client's steps may quote although its `Labels` do not list them, with why.
const SHARED: [(ClientId, &str); 5] = [
    // Every app has a password box; the labels do not list it (the customer types the password
    // alone: no step fills it in), but two apps' authentication choice is named so.
    (ClientId::AndroidGmail, "パスワード"),
    (ClientId::OutlookClassic, "パスワード"),
    (ClientId::Thunderbird, "パスワード"),
    (ClientId::WindowsMail, "パスワード"),
    // Thunderbird's manual configuration heads its two sections so (docs/knowledge/thunderbird.md
    // W2); the guide says they appear. Another app names a box so.
    (ClientId::Thunderbird, "受信サーバー"),
];

/// Every word of a client's label sets (all its versions), in `lang`.
fn label_texts(client: ClientId, lang: Lang) -> BTreeSet<&'static str> {
    mail_doctor_core::labels::variants(client)
        .into_iter()
        .flat_map(|l| l.texts(lang))
        .collect()
}

/// The quoted parts of `text`: 「…」 in Japanese, "…" in English.
fn quoted(text: &str, lang: Lang) -> Vec<&str> {
    let (open, close) = match lang {
        Lang::Ja => ('「', '」'),
        _ => ('"', '"'),
    };
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find(open) {
        let after = &rest[i + open.len_utf8()..];
        let Some(j) = after.find(close) else { break };
        out.push(&after[..j]);
        rest = &after[j + close.len_utf8()..];
    }
    out
}

/// Issue 11 item 5: the quoted names in `client`'s `text` that only another app's labels have
/// (short generic ones, "OK" or 「ポート」, count as shared), and how many names were looked at.
pub fn foreign_labels(client: ClientId, lang: Lang, text: &str) -> (Vec<String>, usize) {
    let mine = label_texts(client, lang);
    let names = quoted(text, lang);
    let foreign = names
        .iter()
        .filter(|name| {
            name.chars().count() >= 4
                && !mine.contains(**name)
                && !SHARED.contains(&(client, **name))
                && ClientId::ALL
                    .into_iter()
                    .any(|other| other != client && label_texts(other, lang).contains(**name))
        })
        .map(|name| name.to_string())
        .collect();
    (foreign, names.len())
}
