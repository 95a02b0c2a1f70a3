//! Words of the log survey page (`#/survey`, tools.html). Its tables are `SURVEY` of each language's
//! file (`ja.rs`, `en.rs`): a field missing from a table is a compile error. The surveys' titles, definitions, column headings
//! and summary lines are the engine's (`mail_doctor_core::survey::text`), as the CLI prints
//! them. `{name}` marks a value filled in with `lang::fill`.

use mail_doctor_core::Lang;

#[cfg_attr(test, derive(serde::Serialize))]
pub struct SurveyStrings {
    pub title: &'static str,
    pub intro: &'static str,
    pub privacy: &'static str,
    pub survey_label: &'static str,
    /// The surveys' short names, in `Kind::ALL` order (the engine's titles come with the
    /// definitions, from the worker).
    pub kinds: [&'static str; 5],
    pub files_label: &'static str,
    pub files_hint: &'static str,
    pub files_chosen: &'static str,
    pub options_title: &'static str,
    pub networks_label: &'static str,
    pub networks_hint: &'static str,
    pub networks_none: &'static str,
    pub year_label: &'static str,
    pub year_hint: &'static str,
    pub tz_label: &'static str,
    pub tz_hint: &'static str,
    pub map_label: &'static str,
    pub map_hint: &'static str,
    pub floor_label: &'static str,
    pub window_label: &'static str,
    pub burst_label: &'static str,
    pub burst_gap_label: &'static str,
    pub all_label: &'static str,
    pub all_clients_label: &'static str,
    pub old_server_label: &'static str,
    pub run: &'static str,
    pub stop: &'static str,
    pub no_files: &'static str,
    pub starting: &'static str,
    pub loading_definition: &'static str,
    pub reading: &'static str,
    pub progress_label: &'static str,
    pub definition_title: &'static str,
    pub summary_title: &'static str,
    pub result_title: &'static str,
    pub rows_found: &'static str,
    pub shown_first: &'static str,
    pub download: &'static str,
    pub failed: &'static str,
    pub worker_failed: &'static str,
    pub stopped: &'static str,
    pub empty: &'static str,
    pub no_rows: &'static str,
}

pub fn survey_strings(lang: Lang) -> &'static SurveyStrings {
    mail_doctor_core::word_table::in_lang!(lang, crate::i18n => SURVEY)
}
