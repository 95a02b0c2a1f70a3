//! The CLI's own words: one table per language (`words/ja.rs`, `words/en.rs`), one field per
//! message. A message is a template whose `{name}` placeholders are filled in one pass by
//! [`mail_doctor_core::lang::fill`] (numbers as `.to_string()` first); each field's doc comment
//! names its placeholders. What the engine words (findings, profile problems, the probe's and the
//! survey's words, errors' `message(lang)`) stays the engine's.
//!
//! A language for the CLI is one more table file, `words/<tag>.rs`; [`words`] picks it with the
//! engine's `word_table::in_lang!`, the one match on the language for every table
//! (`input::LangArg` turns `--lang` into a [`Lang`]).

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
    mail_doctor_core::word_table::in_lang!(lang, crate::words => WORDS)
}

mail_doctor_core::word_table! {
    /// Every message the CLI words itself, in one language.
    pub struct Words {
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
}

#[cfg(test)]
mod tests {
    /// Every language has every message with the same placeholders as the Japanese, none is
    /// empty, the English has no Japanese, every placeholder is named in its doc comment and a
    /// filled message keeps no brace (the engine's tables' check, `word_table::check`).
    #[test]
    fn every_language_has_every_message_with_the_same_placeholders() {
        mail_doctor_core::word_table::check(|lang| super::words(lang).all());
    }
}
