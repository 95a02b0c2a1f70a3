//! Words of the limits and privacy notes (issue 12): pasted text cut at its limit, passwords
//! hidden before a link, long links, values that came with a link, files too large to read.
//! One function per message, each language's text one static of its file (`ja.rs`, `en.rs`:
//! `PASTE_LIMIT`, ...): a page links only the messages it shows (a table would bring all of them
//! into every page that shows one). `{name}` marks a value filled in with
//! `mail_doctor_core::lang::fill`.

use mail_doctor_core::Lang;

/// The message `NAME` (a static of each language's file) in `lang`. On the customers' page
/// (`english-on-demand`) the English is not compiled in: it is looked up in `english.toml` by
/// the Japanese (`in_lang!`'s text form).
macro_rules! note {
    ($lang:expr, $name:ident) => {
        mail_doctor_core::in_lang!($lang, text crate::i18n => $name)
    };
}

/// `{max}`
pub fn paste_limit(lang: Lang) -> &'static str {
    note!(lang, PASTE_LIMIT)
}

/// `{n}`
pub fn redacted(lang: Lang) -> &'static str {
    note!(lang, REDACTED)
}

pub fn case_from_link(lang: Lang) -> &'static str {
    note!(lang, CASE_FROM_LINK)
}

/// `{n}`, `{safe}`
pub fn link_long(lang: Lang) -> &'static str {
    note!(lang, LINK_LONG)
}

/// `{n}`, `{max}`
pub fn link_too_long(lang: Lang) -> &'static str {
    note!(lang, LINK_TOO_LONG)
}

pub fn address_from_link(lang: Lang) -> &'static str {
    note!(lang, ADDRESS_FROM_LINK)
}

pub fn address_refused(lang: Lang) -> &'static str {
    note!(lang, ADDRESS_REFUSED)
}

/// `{name}`, `{size}`, `{max}`
pub fn file_too_large(lang: Lang) -> &'static str {
    note!(lang, FILE_TOO_LARGE)
}
