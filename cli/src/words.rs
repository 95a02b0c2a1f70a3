//! The CLI's own words: one table per language (`words/ja.rs`, `words/en.rs`), one field per
//! message. A message is a template whose `{name}` placeholders are filled in one pass by
//! [`mail_doctor_core::lang::fill`] (numbers as `.to_string()` first); each field's doc comment
//! names its placeholders. What the engine words (findings, profile problems, the probe's and the
//! survey's words, errors' `message(lang)`) stays the engine's.
//!
//! A language for the CLI is one more table file and its arm in [`words`], the one place here
//! that matches on the language (`input::LangArg` turns `--lang` into a [`Lang`]).

use mail_doctor_core::Lang;

mod en;
mod ja;

/// The language of output read by programs and scripts: JSON without `--lang`, `profile
/// validate` and `check` without `--lang`, the probe service's answers, and the second line
/// under an export error given in another language.
pub const FOR_PROGRAMS: Lang = Lang::En;

/// The language of output for people when no `--lang` is given.
pub const FOR_PEOPLE: Lang = Lang::Ja;

/// The table of `lang`.
pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Ja => &ja::JA,
        Lang::En => &en::EN,
    }
}

/// Declares [`Words`], one `&'static str` field per message, and (for the tests) the list of
/// every field with its name and doc comment, so that no field can be left out of the checks.
macro_rules! words {
    ($($(#[doc = $doc:literal])+ $name:ident,)+) => {
        /// Every message the CLI words itself, in one language.
        pub struct Words {
            $($(#[doc = $doc])+ pub $name: &'static str,)+
        }

        #[cfg(test)]
        impl Words {
            /// (field name, its doc comment, its template) for every field.
            fn all(&self) -> Vec<(&'static str, &'static str, &'static str)> {
                vec![$((stringify!($name), concat!($($doc, "\n"),+), self.$name),)+]
            }
        }
    };
}

words! {
    /// `deploy check`, the folder can be published: `{dir}`, `{warnings}` (a count).
    deploy_ready,
    /// `deploy check`, the folder cannot be published: `{dir}`, `{errors}`, `{warnings}`
    /// (counts).
    deploy_not_ready,
    /// `export --all`, done: `{dir}`, `{domains}` (how many files, one per domain).
    export_all_written,
    /// `import-autoconfig`, done: `{providers}`, `{warnings}` (counts).
    import_done,
    /// A profile's first problem and how many more: `{first}` (the first problem's line),
    /// `{more}` (a count), `{path}` (the profile's path, for the `profile validate` command).
    profile_more_problems,
    /// `profile validate`, no problem: `{path}`, `{brands}`, `{domains}` (counts).
    profile_ok,
    /// `knowledge --client`, no such client: `{name}` (as given), `{known}` (the ids, with
    /// commas).
    knowledge_no_client,
    /// `knowledge`, the heading of the unconfirmed facts (no placeholder).
    knowledge_heading_unconfirmed,
    /// `knowledge --all`, the heading of every fact (no placeholder).
    knowledge_heading_all,
    /// `knowledge`, under a confirmed fact: `{source}`, `{checked}` (the date).
    knowledge_source,
    /// `knowledge`, under an unconfirmed fact: `{why}`.
    knowledge_unconfirmed,
    /// `knowledge`, the labels a fact covers: `{labels}` (with commas).
    knowledge_labels,
    /// `knowledge`, a client's or the total's counts: `{unconfirmed}`, `{facts}`, `{confirmed}`.
    knowledge_counts,
    /// `knowledge`, the last line: `{counts}` (a [`Words::knowledge_counts`]).
    knowledge_total,
    /// `probe`, a server accepted an old TLS version (no placeholder).
    probe_tls_accepted,
    /// `probe`, a server refused an old TLS version (no placeholder).
    probe_tls_refused,
    /// `probe`, an old TLS version not tried (no placeholder).
    probe_tls_untested,
    /// `probe --all` / `--domain`, the retired servers: `{retired}` (checked), `{silent}`,
    /// `{answering}` (counts).
    probe_retired,
}

#[cfg(test)]
mod tests {
    use super::{words, Words};
    use mail_doctor_core::lang::{fill, placeholders};
    use mail_doctor_core::Lang;

    fn is_japanese(c: char) -> bool {
        matches!(c, '\u{3040}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}' | '\u{ff01}'..='\u{ff60}')
    }

    fn tables() -> Vec<(Lang, &'static Words)> {
        Lang::ALL.iter().map(|&lang| (lang, words(lang))).collect()
    }

    #[test]
    fn every_language_has_every_message_with_the_same_placeholders_and_its_own_script() {
        let reference = words(Lang::Ja).all();
        assert!(!reference.is_empty());
        for (lang, table) in tables() {
            let all = table.all();
            assert_eq!(all.len(), reference.len());
            for ((name, _, text), (_, _, ja)) in all.iter().zip(&reference) {
                assert!(!text.trim().is_empty(), "{lang:?} {name} is empty");
                assert_eq!(
                    placeholders(text),
                    placeholders(ja),
                    "{lang:?} {name}: {text:?} and the Japanese {ja:?} name different placeholders"
                );
                if lang != Lang::Ja {
                    assert!(
                        !text.chars().any(is_japanese),
                        "{lang:?} {name} has Japanese: {text}"
                    );
                }
            }
        }
    }

    #[test]
    fn every_placeholder_is_named_in_its_doc_comment() {
        for (lang, table) in tables() {
            for (name, doc, text) in table.all() {
                for p in placeholders(text) {
                    assert!(
                        doc.contains(&format!("`{{{p}}}`")),
                        "{lang:?} {name}: its doc comment does not name `{{{p}}}`"
                    );
                }
            }
        }
    }

    /// A brace that is not a placeholder (`{Name}`, `{ x }`) would be left in the output.
    #[test]
    fn filled_messages_keep_no_brace() {
        for (lang, table) in tables() {
            for (name, _, text) in table.all() {
                let args: Vec<(&str, &str)> =
                    placeholders(text).into_iter().map(|n| (n, "1")).collect();
                let filled = fill(text, &args);
                assert!(!filled.contains('{'), "{lang:?} {name}: {filled:?}");
            }
        }
    }
}
