//! Words of the desk's tool pages in `tools.html`: the sending-limit advisor and the autoconfig
//! import. Its tables are `TOOL_PAGES` of each language's file (`ja.rs`, `en.rs`): a field missing from
//! a table is a compile error. `{name}`
//! marks a value filled in with `lang::fill`.

use mail_doctor_core::Lang;

#[cfg_attr(test, derive(serde::Serialize))]
pub struct ToolPageStrings {
    // Sending-limit advisor.
    pub adv_title: &'static str,
    pub adv_intro: &'static str,
    pub adv_form_title: &'static str,
    pub adv_recipients: &'static str,
    pub adv_messages: &'static str,
    pub adv_per_minutes: &'static str,
    pub adv_per_minutes_hint: &'static str,
    pub adv_repeat: &'static str,
    pub adv_repeat_hint: &'static str,
    pub adv_total: &'static str,
    pub adv_total_hint: &'static str,
    pub adv_number_invalid: &'static str,
    pub adv_example: &'static str,
    pub adv_clear: &'static str,
    pub adv_link_note: &'static str,
    pub adv_limits_title: &'static str,
    pub adv_limit_recipients: &'static str,
    pub adv_limit_rate: &'static str,
    pub adv_limit_none: &'static str,
    pub adv_no_profile: &'static str,
    pub adv_empty: &'static str,
    pub adv_verdict_title: &'static str,
    pub adv_verdict_ok: &'static str,
    pub adv_verdict_refused: &'static str,
    pub adv_first_refusal: &'static str,
    pub adv_first_refusal_recipients: &'static str,
    pub adv_plan_title: &'static str,
    pub adv_chart_title: &'static str,
    pub adv_chart_summary: &'static str,
    pub adv_chart_summary_refused: &'static str,
    pub adv_chart_partial: &'static str,
    pub adv_legend_sent: &'static str,
    pub adv_legend_refused: &'static str,
    pub adv_legend_window: &'static str,
    pub adv_legend_limit: &'static str,
    pub adv_axis_minutes: &'static str,
    pub adv_axis_messages: &'static str,

    // Autoconfig import.
    pub imp_title: &'static str,
    pub imp_intro: &'static str,
    pub imp_files_label: &'static str,
    pub imp_files_hint: &'static str,
    pub imp_paste_label: &'static str,
    pub imp_paste_hint: &'static str,
    pub imp_pasted_name: &'static str,
    pub imp_files_title: &'static str,
    pub imp_remove: &'static str,
    pub imp_clear: &'static str,
    pub imp_reading: &'static str,
    pub imp_read_failed: &'static str,
    pub imp_empty: &'static str,
    pub imp_toml_title: &'static str,
    pub imp_toml_label: &'static str,
    pub imp_download: &'static str,
    pub imp_providers: &'static str,
    pub imp_valid: &'static str,
    pub imp_invalid: &'static str,
    pub imp_warnings_title: &'static str,
    pub imp_no_warnings: &'static str,
    pub imp_col_file: &'static str,
    pub imp_col_setting: &'static str,
    pub imp_col_message: &'static str,
    pub imp_whole_file: &'static str,
    pub imp_line: &'static str,
}

/// The table for `lang`.
pub fn tool_pages(lang: Lang) -> &'static ToolPageStrings {
    mail_doctor_core::word_table::in_lang!(lang, crate::i18n => TOOL_PAGES)
}
