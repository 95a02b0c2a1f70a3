//! The app's own words (the engine's finding texts and fix steps come from `core::text`).
//!
//! One struct of `&'static str` per table (here and in the modules below); every table of a
//! language is a static of that language's one file, `ja.rs` and `en.rs` (`STRINGS`, `CONSOLE`,
//! ...; the privacy notes and `profile_status::too_old`'s two texts one static each). A field
//! missing from a table is a compile error, so no string can exist in one language only. Each
//! module's `fn(lang)` picks its table with `mail_doctor_core::word_table::in_lang!`.

pub mod console;
pub mod dns;
mod en;
mod ja;
pub mod profile_browser;
pub mod profile_status;
pub mod safety;
pub mod self_help;
pub mod server_check;
pub mod survey;
pub mod tool_pages;
pub mod tools;

use mail_doctor_core::Lang;

pub use mail_doctor_core::word_table::{MapTexts, Texts};

/// A word table's struct (fields of `&'static str` or arrays of them) with its [`MapTexts`],
/// whose layout it checks at compile time.
macro_rules! words {
    ($(#[$attr:meta])* pub struct $name:ident { $($(#[$fattr:meta])* pub $field:ident: $ty:ty,)* }) => {
        $(#[$attr])*
        #[repr(C)]
        pub struct $name { $($(#[$fattr])* pub $field: $ty,)* }

        // The layout `MapTexts::map_texts` relies on: every field is texts, and nothing else is in
        // the struct (no padding: all have the alignment of `&str`).
        const _: () = {
            const fn texts<T: $crate::i18n::Texts>() -> usize {
                std::mem::size_of::<T>()
            }
            assert!(std::mem::size_of::<$name>() == 0 $(+ texts::<$ty>())*);
            assert!(std::mem::size_of::<$name>() % std::mem::size_of::<&'static str>() == 0);
        };

        // SAFETY: `#[repr(C)]`, every field `Texts`, and no other bytes (asserted above).
        unsafe impl $crate::i18n::MapTexts for $name {}
    };
}
pub(crate) use words;

words! {
/// Every user-visible string of the app shell.
#[cfg_attr(test, derive(serde::Serialize))]
pub struct Strings {
    pub app_title: &'static str,
    pub app_tagline: &'static str,
    pub skip_to_results: &'static str,
    pub language: &'static str,

    /// The header's page links: every page's name is here, not in its page's own table, so
    /// that a page's build links only its own words (docs/size.md).
    pub nav_label: &'static str,
    pub nav_help: &'static str,
    pub nav_guides: &'static str,
    pub nav_agent: &'static str,
    pub nav_profile: &'static str,
    pub nav_advisor: &'static str,
    pub nav_import: &'static str,
    pub nav_dns: &'static str,
    pub nav_login_ip: &'static str,
    pub nav_server_health: &'static str,
    pub nav_survey: &'static str,
    pub skip_to_main: &'static str,
    /// A route this page does not carry opens the page that does (src/pages/to_desk.rs).
    pub to_desk_opening: &'static str,
    pub to_desk_link: &'static str,

    pub loading_profile: &'static str,
    pub profile_errors_title: &'static str,
    pub profile_error_line: &'static str,
    pub profile_error_key: &'static str,
    pub profile_error_message: &'static str,
    pub profile_unusable: &'static str,
    /// The customers' page (help.html) without a usable published profile: it has no demo.
    pub profile_unusable_customer: &'static str,

    pub address: &'static str,
    pub address_hint: &'static str,
    pub servers: &'static str,
    pub server_incoming_imap: &'static str,
    pub server_incoming_pop3: &'static str,
    pub server_outgoing: &'static str,

    pub client: &'static str,
    pub client_version: &'static str,
    pub client_os: &'static str,

    pub protocol: &'static str,
    pub host: &'static str,
    pub port: &'static str,
    pub security: &'static str,
    pub username: &'static str,
    pub auth: &'static str,

    pub error_text: &'static str,

    pub recipients_per_message: &'static str,
    pub messages: &'static str,
    pub per_minutes: &'static str,

    pub findings_title: &'static str,
    pub expected: &'static str,

    pub not_found_title: &'static str,
    pub not_found_link: &'static str,

    /// Shown by the panic hook (both languages are shown there at once).
    pub fatal_title: &'static str,
    pub fatal_detail: &'static str,
    pub fatal_reload: &'static str,
}
}

/// The table for a language.
pub fn strings(lang: Lang) -> &'static Strings {
    mail_doctor_core::word_table::in_lang!(lang, Strings, crate::i18n => STRINGS)
}

#[cfg(test)]
mod tests {
    //! Every table exists in every language with the same fields (the compiler sees to that);
    //! these tests see to the rest: no field is empty, both languages of a field name the same
    //! `{placeholders}`, and the English has no Japanese in it.

    use super::*;
    use mail_doctor_core::lang::placeholders;
    use mail_doctor_core::word_table::is_japanese;
    use serde_json::Value;

    /// (field path, text) of every string of a table, in field order.
    fn texts(table: &impl serde::Serialize) -> Vec<(String, String)> {
        fn walk(path: String, value: Value, out: &mut Vec<(String, String)>) {
            match value {
                Value::String(s) => out.push((path, s)),
                Value::Array(items) => {
                    for (i, item) in items.into_iter().enumerate() {
                        walk(format!("{path}[{i}]"), item, out);
                    }
                }
                Value::Object(fields) => {
                    for (name, item) in fields {
                        walk(format!("{path}.{name}"), item, out);
                    }
                }
                other => panic!("{path}: not text: {other}"),
            }
        }
        let mut out = Vec::new();
        walk(
            String::new(),
            serde_json::to_value(table).expect("a table"),
            &mut out,
        );
        out
    }

    /// The checks for one table: `get` gives it in a language.
    fn check<T: serde::Serialize + 'static>(name: &str, get: fn(Lang) -> &'static T) {
        let ja = texts(get(Lang::Ja));
        for lang in Lang::ALL {
            let other = texts(get(lang));
            assert_eq!(other.len(), ja.len(), "{name} {lang:?}");
            for ((path, ja_text), (_, text)) in ja.iter().zip(&other) {
                assert!(!text.trim().is_empty(), "{name}{path} is empty in {lang:?}");
                assert_eq!(
                    placeholders(text),
                    placeholders(ja_text),
                    "{name}{path}: {lang:?} names other values than the Japanese\n{text}\n{ja_text}"
                );
                if lang != Lang::Ja {
                    assert!(
                        !text.chars().any(is_japanese),
                        "{name}{path} in {lang:?} has Japanese: {text}"
                    );
                }
            }
        }
    }

    #[test]
    fn every_table_says_the_same_in_every_language() {
        check("strings", strings);
        check("console", console::console);
        check("dns", dns::dns_strings);
        check("profile_browser", profile_browser::profile_strings);
        check("profile_status", profile_status::status_words);
        check("self_help", self_help::help_strings);
        check("server_check", server_check::server_check);
        check("survey", survey::survey_strings);
        check("tool_pages", tool_pages::tool_pages);
        check("tools", tools::tools);
        check("exports", tools::exports);
    }

    type Note = fn(Lang) -> &'static str;

    /// The privacy notes: one function per message (src/i18n/safety.rs), all of them.
    const NOTES: [(&str, Note); 8] = [
        ("paste_limit", safety::paste_limit),
        ("redacted", safety::redacted),
        ("case_from_link", safety::case_from_link),
        ("link_long", safety::link_long),
        ("link_too_long", safety::link_too_long),
        ("address_from_link", safety::address_from_link),
        ("address_refused", safety::address_refused),
        ("file_too_large", safety::file_too_large),
    ];

    #[test]
    fn every_privacy_note_says_the_same_in_every_language() {
        for (name, note) in NOTES {
            let ja = note(Lang::Ja);
            for lang in Lang::ALL {
                let text = note(lang);
                assert!(!text.trim().is_empty(), "{name} {lang:?}");
                assert_eq!(placeholders(text), placeholders(ja), "{name} {lang:?}");
            }
        }
    }

    /// (Japanese, English) of every text of a table.
    fn pairs_of<T: serde::Serialize + 'static>(
        get: fn(Lang) -> &'static T,
    ) -> Vec<(String, String)> {
        let ja = texts(get(Lang::Ja));
        let en = texts(get(Lang::En));
        ja.into_iter()
            .zip(en)
            .map(|((_, ja), (_, en))| (ja, en))
            .collect()
    }

    /// `static/english.toml` is the English that the customers' page (help.html, feature
    /// `english-on-demand`) fetches when English is chosen: the engine's display tables'
    /// (`mail_doctor_core::lang::english::pairs`) and the page's own tables', each keyed by its
    /// Japanese. The committed file must be their current English:
    /// `MAIL_DOCTOR_BLESS=1 cargo test -p mail-setup-doctor --lib english_file` writes it.
    #[test]
    fn the_english_file_is_the_tables_current_english() {
        use mail_doctor_core::lang::english;
        use std::collections::BTreeMap;

        // The tables help.html carries (its build makes their English from the file:
        // `word_table::in_lang!`, and `safety`'s `note!`).
        let mut own = Vec::new();
        own.extend(pairs_of(strings));
        own.extend(pairs_of(self_help::help_strings));
        own.extend(pairs_of(profile_status::status_words));
        own.extend(pairs_of(tools::exports));
        for (_, note) in NOTES {
            own.push((note(Lang::Ja).to_string(), note(Lang::En).to_string()));
        }
        let mut all: Vec<(&str, &str)> = english::pairs();
        all.extend(own.iter().map(|(ja, en)| (ja.as_str(), en.as_str())));
        all.sort_unstable();
        all.dedup();
        // One Japanese text, one English: the page looks the English up by the Japanese.
        let mut seen: BTreeMap<&str, &str> = BTreeMap::new();
        let mut twice = Vec::new();
        for (ja, en) in &all {
            assert!(!ja.is_empty() && !en.is_empty(), "{ja:?} / {en:?}");
            assert_eq!(placeholders(ja), placeholders(en), "{ja:?} / {en:?}");
            if let Some(other) = seen.insert(ja, en) {
                twice.push(format!("{ja:?}: {other:?} / {en:?}"));
            }
        }
        assert!(
            twice.is_empty(),
            "Japanese texts with two English texts (one concept, one wording; or word the \
             Japanese apart):\n{}",
            twice.join("\n")
        );
        let want = english::file(&all);
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("static/english.toml");
        if std::env::var_os("MAIL_DOCTOR_BLESS").is_some() {
            std::fs::write(&path, &want).expect("write static/english.toml");
        }
        let have = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            have == want,
            "static/english.toml is not the tables' current English: \
             MAIL_DOCTOR_BLESS=1 cargo test -p mail-setup-doctor --lib english_file"
        );
        // And it reads back: every pair, as written.
        let count = english::install(&have).expect("english.toml reads");
        assert_eq!(count, all.len());
        for (ja, en) in &all {
            assert_eq!(english::lookup(ja), Some(*en), "{ja:?}");
        }
    }

    #[test]
    fn a_table_maps_each_text_in_order() {
        // `MapTexts::map_texts` over a table with a list field: every text, in field order.
        let ja = self_help::help_strings(Lang::Ja);
        let mapped = ja.map_texts(&|text| if text == ja.kinds[1] { "x" } else { text });
        assert_eq!(mapped.kinds[1], "x");
        assert_eq!(mapped.kinds[0], ja.kinds[0]);
        assert_eq!(mapped.help_title, ja.help_title);
        let all = texts(ja);
        let got = texts(&mapped);
        assert_eq!(all.len(), got.len());
        assert_eq!(got.iter().filter(|(_, t)| t == "x").count(), 1);
    }
}
