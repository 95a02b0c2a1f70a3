//! Words of the limits and privacy notes (issue 12): pasted text cut at its limit, passwords
//! hidden before a link, long links, values that came with a link, files too large to read.
//! One function per message, both languages side by side: a page links only the messages it
//! shows (a table would bring all of them into every page that shows one). `{name}` marks a value
//! filled in with `mail_doctor_core::lang::fill`.

use mail_doctor_core::Lang;

/// The text in `lang`. On the customers' page (`english-on-demand`) the English is not compiled
/// in (this is inlined, so the literal goes): it is looked up in `english.toml` by the Japanese.
#[inline(always)]
fn pick(lang: Lang, ja: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Ja => ja,
        #[cfg(not(feature = "english-on-demand"))]
        Lang::En => en,
        #[cfg(feature = "english-on-demand")]
        Lang::En => {
            let _ = en;
            mail_doctor_core::lang::english::lookup(ja).unwrap_or(ja)
        }
    }
}

/// `{max}`
pub fn paste_limit(lang: Lang) -> &'static str {
    pick(
        lang,
        "{max} 文字までです。それより後は入っていません。必要な行だけ貼り付けてください。",
        "At most {max} characters: the rest was not pasted. Paste only the lines you need.",
    )
}

/// `{n}`
pub fn redacted(lang: Lang) -> &'static str {
    pick(
        lang,
        "パスワードらしき部分（{n} か所）は、アドレスバーと共有リンクで「********」にしています。",
        "What looks like a password ({n}) is \"********\" in the address bar and share links.",
    )
}

pub fn case_from_link(lang: Lang) -> &'static str {
    pick(
        lang,
        "リンクから開いた事例です。値はリンクの作成者の入力です。お客さまと確かめてください。",
        "Opened from a link: the values are the link maker's. Check them with the customer.",
    )
}

/// `{n}`, `{safe}`
pub fn link_long(lang: Lang) -> &'static str {
    pick(
        lang,
        "このリンクは {n} 文字です。{safe} 文字を超えるとメールやチャットで切れることがあります。エラー文を短くしてください。",
        "This link has {n} characters; over {safe}, mail and chat programs may cut it. Shorten the error text.",
    )
}

/// `{n}`, `{max}`
pub fn link_too_long(lang: Lang) -> &'static str {
    pick(
        lang,
        "このリンクは {n} 文字で、長すぎて開けません（上限 {max}）。エラー文を短くしてください。",
        "This link has {n} characters, too many to open (at most {max}). Shorten the error text.",
    )
}

pub fn address_from_link(lang: Lang) -> &'static str {
    pick(
        lang,
        "このアドレスはリンクで入力されたものです。ご自分のアドレスか確かめてください。",
        "This address came with the link: check that it is yours.",
    )
}

pub fn address_refused(lang: Lang) -> &'static str {
    pick(
        lang,
        "リンクのアドレスに見えない文字（制御文字や書式文字）が含まれていたため、使っていません。アドレスを入力してください。",
        "The link's address held invisible characters (control or format characters), so it is not used. Please type your address.",
    )
}

/// `{name}`, `{size}`, `{max}`
pub fn file_too_large(lang: Lang) -> &'static str {
    pick(
        lang,
        "{name} は大きすぎるため読み込みませんでした（{size} バイト、上限 {max} バイト）。",
        "{name} was not read: it is too large ({size} bytes; at most {max}).",
    )
}
