//! The self-help page's and the guide pages' own words. Its tables are `SELF_HELP` of each
//! language's file (`ja.rs`, `en.rs`): a field missing from a table is a compile error. `{name}` marks a value filled in by the page.

use mail_doctor_core::guide::GuideKind;
use mail_doctor_core::Lang;

crate::i18n::words! {
#[cfg_attr(test, derive(serde::Serialize))]
pub struct HelpStrings {
    pub help_title: &'static str,
    pub help_intro: &'static str,
    /// "Question {n} of {total}".
    pub progress: &'static str,
    pub back: &'static str,
    pub next: &'static str,
    pub start_over: &'static str,

    pub q_address: &'static str,
    pub address_label: &'static str,
    pub address_hint: &'static str,
    pub address_invalid: &'static str,
    /// `{domain}`.
    pub address_unknown: &'static str,
    /// `{suggestion}`.
    pub address_did_you_mean: &'static str,
    pub address_use_suggestion: &'static str,
    pub address_unknown_none: &'static str,
    /// `{brand}`.
    pub address_known: &'static str,

    /// The question above the list of apps (each app's name and how to recognise it are in its
    /// catalog entry, `core/src/clients/<client>/catalog.rs`).
    pub q_app: &'static str,
    pub outlook_tell_title: &'static str,
    pub outlook_tell: [&'static str; 3],

    pub q_version_classic: &'static str,
    pub version_classic_help: &'static str,
    pub version_2010: &'static str,
    pub version_2013: &'static str,
    pub version_2016: &'static str,
    pub version_unknown: &'static str,
    pub q_version_new: &'static str,
    pub version_new_help: &'static str,
    pub version_new_label: &'static str,
    pub version_new_hint: &'static str,
    pub q_version_ios: &'static str,
    pub version_ios_help: &'static str,
    pub version_ios_18: &'static str,
    pub version_ios_17: &'static str,

    pub q_task: &'static str,
    pub task_new: &'static str,
    pub task_new_desc: &'static str,
    pub task_stopped: &'static str,
    pub task_stopped_desc: &'static str,
    pub task_replaced: &'static str,
    pub task_replaced_desc: &'static str,
    pub task_blocked: &'static str,
    pub task_blocked_desc: &'static str,

    pub protocol_q: &'static str,
    pub protocol_imap: &'static str,
    pub protocol_pop: &'static str,
    pub protocol_diff: &'static str,
    pub pop_not_in_app: &'static str,
    pub expect_label: &'static str,
    pub values_label: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    /// `{label}`.
    pub copy_label: &'static str,
    pub no_password_note: &'static str,
    pub other_topics: &'static str,
    pub open_guide_page: &'static str,

    pub mobileconfig_title: &'static str,
    pub mobileconfig_intro: &'static str,
    pub mobileconfig_steps: [&'static str; 4],
    pub mobileconfig_mac: &'static str,
    /// Between the two ways (settings file, typing): the word "or" and the second way's title.
    pub method_or: &'static str,
    pub method_manual: &'static str,

    pub q_check: &'static str,
    /// `{open_settings}`.
    pub check_where: &'static str,
    pub check_incoming: &'static str,
    pub check_outgoing: &'static str,
    pub choose: &'static str,
    pub switch_on: &'static str,
    pub switch_off: &'static str,
    pub result_title: &'static str,
    pub result_empty: &'static str,
    pub findings_title: &'static str,
    pub no_problem: &'static str,
    /// No finding yet, but the settings are not all typed (or a problem is reported).
    pub findings_none_yet: &'static str,
    /// Before a guide's steps: what the customer's app and system mean.
    pub notices_title: &'static str,
    pub changes_title: &'static str,
    pub change_now: &'static str,
    pub change_to: &'static str,
    pub fix_steps_title: &'static str,
    pub error_title: &'static str,
    pub error_label: &'static str,
    pub error_hint: &'static str,
    pub error_none: &'static str,
    pub error_checks: &'static str,

    pub support_title: &'static str,
    /// `{isp}`, `{phone}`.
    pub support_phone: &'static str,
    pub support_url: &'static str,
    pub support_say: &'static str,

    pub guides_title: &'static str,
    pub guides_intro: &'static str,
    pub guide_address_label: &'static str,
    /// `{address}`.
    pub guide_sample_note: &'static str,
    pub guide_not_found: &'static str,
    pub guide_back_index: &'static str,
    pub guide_start_help: &'static str,
    /// Each guide kind, in `GuideKind::ALL` order.
    pub kinds: [&'static str; 6],
}
}

/// The table for a language.
pub fn help_strings(lang: Lang) -> &'static HelpStrings {
    mail_doctor_core::word_table::in_lang!(lang, HelpStrings, crate::i18n => SELF_HELP)
}

impl HelpStrings {
    pub fn kind(&self, kind: GuideKind) -> &'static str {
        let i = GuideKind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
        self.kinds.get(i).copied().unwrap_or(self.kinds[0])
    }
}
