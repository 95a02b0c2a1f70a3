//! The app's own words (the engine's finding texts and fix steps come from `core::text`).
//!
//! One struct of `&'static str` per language: a field missing from a table is a compile error,
//! so no string can exist in one language only.

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

/// The table for a language.
pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::Ja => &ja::JA,
        Lang::En => &en::EN,
    }
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

    #[test]
    fn every_privacy_note_says_the_same_in_every_language() {
        // One function per message (src/i18n/safety.rs): listed here, all of them.
        type Note = fn(Lang) -> &'static str;
        let notes: [(&str, Note); 8] = [
            ("paste_limit", safety::paste_limit),
            ("redacted", safety::redacted),
            ("case_from_link", safety::case_from_link),
            ("link_long", safety::link_long),
            ("link_too_long", safety::link_too_long),
            ("address_from_link", safety::address_from_link),
            ("address_refused", safety::address_refused),
            ("file_too_large", safety::file_too_large),
        ];
        for (name, note) in notes {
            let ja = note(Lang::Ja);
            for lang in Lang::ALL {
                let text = note(lang);
                assert!(!text.trim().is_empty(), "{name} {lang:?}");
                assert_eq!(placeholders(text), placeholders(ja), "{name} {lang:?}");
            }
        }
    }
}
