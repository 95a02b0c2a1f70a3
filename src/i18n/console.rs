//! Words of the agent console: its results, the fix-instructions block, the pasted-lookup box and
//! the profile's policies (the profile browser shows those too; its other words are
//! `profile_browser`'s). The struct; its tables are `CONSOLE` of each language's file (`ja.rs`,
//! `en.rs`): a field missing from a table is a compile error. `{name}` placeholders are filled in one pass by `mail_doctor_core::lang::fill`.

use mail_doctor_core::case::{IncomingAuth, OutgoingAuth, Symptom};
use mail_doctor_core::Lang;

/// Every user-visible string of the console pages.
#[cfg_attr(test, derive(serde::Serialize))]
pub struct Console {
    // Keyboard.
    pub keys_title: &'static str,
    pub key_results: &'static str,
    pub key_copy: &'static str,
    pub key_link: &'static str,
    pub key_print: &'static str,
    pub keys_modifier: &'static str,
    pub jump_to_results: &'static str,

    // Results.
    pub summary_title: &'static str,
    pub group_error: &'static str,
    pub group_warning: &'static str,
    pub group_info: &'static str,
    pub changed_legend: &'static str,
    pub contact_title: &'static str,
    pub contact_phone: &'static str,
    pub contact_url: &'static str,
    pub print_title: &'static str,
    pub print_for: &'static str,

    // Agent notes.
    pub agent_notes_title: &'static str,
    pub agent_notes_hint: &'static str,
    pub internal_mark: &'static str,
    pub agent_notes_findings: &'static str,
    pub agent_notes_history: &'static str,
    pub agent_notes_policies: &'static str,
    pub agent_notes_escalation: &'static str,
    pub escalate_unknown_domain: &'static str,
    pub escalate_errors: &'static str,
    pub escalate_retired: &'static str,
    pub escalate_none: &'static str,

    // Fix-instructions block.
    pub fix_title: &'static str,
    pub copy_text: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub text_preview: &'static str,
    pub text_label: &'static str,
    pub print: &'static str,
    pub share_label: &'static str,
    pub share_hint: &'static str,
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    /// The link for the customer: `help.html` with the guide for their app and address.
    pub customer_link_label: &'static str,
    pub customer_link_hint: &'static str,
    pub copy_customer_link: &'static str,
    pub customer_link_copied: &'static str,
    pub no_result_to_share: &'static str,

    // The profile's policies (the results and the profile browser show them).
    pub policy_min_tls: &'static str,
    pub policy_min_tls_value: &'static str,
    pub policy_recipients: &'static str,
    pub policy_recipients_value: &'static str,
    pub policy_send_rate: &'static str,
    pub policy_send_rate_value: &'static str,
    pub policy_op25b: &'static str,
    pub policy_op25b_on: &'static str,
    pub policy_op25b_off: &'static str,
    pub policy_foreign: &'static str,
    pub policy_foreign_off: &'static str,
    pub policy_foreign_exempt: &'static str,
    pub policy_foreign_not_exempt: &'static str,
    pub retired_hosts: &'static str,
    pub retired_ips: &'static str,
    pub retired_until: &'static str,
    pub retired_replaced_by: &'static str,
    pub retired_note: &'static str,
    pub paste_label: &'static str,
    pub paste_hint: &'static str,
    pub paste_read: &'static str,
    pub paste_nothing: &'static str,
    /// `{n}`.
    pub paste_read_title: &'static str,
    pub paste_added_note: &'static str,
    pub open_dns_panel: &'static str,

    // The client's version and system as lists (the catalog's), and what was recognised.
    pub choice_unknown: &'static str,
    pub choice_other: &'static str,
    pub version_typed: &'static str,
    pub os_typed: &'static str,
    pub typed_hint: &'static str,
    /// `{value}`: what the engine read the typed text as.
    pub recognised: &'static str,
    pub not_recognised: &'static str,

    // The sending pattern's pause, and the advisor's verdict in the results.
    pub wait_minutes: &'static str,
    pub wait_minutes_hint: &'static str,
    pub sending_title: &'static str,
    pub sending_open_advisor: &'static str,

    // What the pasted text mentions.
    pub pasted_title: &'static str,
    pub pasted_ips: &'static str,
    pub pasted_hosts: &'static str,
    pub pasted_hosts_hint: &'static str,
    pub pasted_time: &'static str,
    pub ip_microsoft: &'static str,
    pub ip_retired: &'static str,
    pub ip_other: &'static str,

    // Results.
    pub no_findings_partial: &'static str,
    pub handoff_title: &'static str,
    /// Between a hand-off line's label and its value (「：」, ": ").
    pub handoff_separator: &'static str,
    pub escalate_problem: &'static str,

    // The case form, its results and the names it shows (moved from the shell's `Strings`, so
    // that the customers' page does not carry them).
    pub link_bad: &'static str,
    pub link_bad_detail: &'static str,
    pub form_title: &'static str,
    pub section_customer: &'static str,
    pub section_client: &'static str,
    pub section_incoming: &'static str,
    pub section_outgoing: &'static str,
    pub section_symptoms: &'static str,
    pub section_error_text: &'static str,
    pub section_sending: &'static str,
    pub section_resolved: &'static str,
    pub clear_case: &'static str,
    pub brand: &'static str,
    pub domain_not_in_profile: &'static str,
    pub client_unknown: &'static str,
    pub client_version_hint: &'static str,
    pub client_os_hint: &'static str,
    pub client_words_note: &'static str,
    pub not_reported: &'static str,
    pub port_invalid: &'static str,
    pub outgoing_username: &'static str,
    pub error_text_hint: &'static str,
    pub per_minutes_hint: &'static str,
    pub number_invalid: &'static str,
    pub resolved_host: &'static str,
    pub resolved_addresses: &'static str,
    pub resolved_addresses_hint: &'static str,
    pub resolved_add: &'static str,
    pub resolved_remove: &'static str,
    pub resolved_row: &'static str,
    pub results_title: &'static str,
    pub no_case_yet: &'static str,
    pub no_findings: &'static str,
    pub observed: &'static str,
    pub corrected_title: &'static str,
    pub corrected_none: &'static str,
    pub corrected_setting: &'static str,
    pub corrected_value: &'static str,
    pub corrected_reported: &'static str,
    pub corrected_changed: &'static str,
    pub steps_title: &'static str,
    pub side_incoming: &'static str,
    pub side_outgoing: &'static str,
    pub side_both: &'static str,
    pub auth_password: &'static str,
    pub auth_spa: &'static str,
    pub auth_cram_md5: &'static str,
    pub auth_oauth2: &'static str,
    pub auth_none: &'static str,
    pub out_auth_same: &'static str,
    pub out_auth_password: &'static str,
    pub out_auth_none: &'static str,
    pub out_auth_pop_before_smtp: &'static str,
    pub symptom_cannot_send: &'static str,
    pub symptom_cannot_receive: &'static str,
    pub symptom_password_prompt: &'static str,
    pub symptom_slow: &'static str,
    pub symptom_login_blocked: &'static str,
}

/// The console table for a language.
pub fn console(lang: Lang) -> &'static Console {
    mail_doctor_core::word_table::in_lang!(lang, crate::i18n => CONSOLE)
}

impl Console {
    pub fn incoming_auth_name(&self, a: IncomingAuth) -> &'static str {
        match a {
            IncomingAuth::Password => self.auth_password,
            IncomingAuth::Spa => self.auth_spa,
            IncomingAuth::CramMd5 => self.auth_cram_md5,
            IncomingAuth::Oauth2 => self.auth_oauth2,
            IncomingAuth::None => self.auth_none,
        }
    }

    pub fn outgoing_auth_name(&self, a: OutgoingAuth) -> &'static str {
        match a {
            OutgoingAuth::SameAsIncoming => self.out_auth_same,
            OutgoingAuth::Password => self.out_auth_password,
            OutgoingAuth::None => self.out_auth_none,
            OutgoingAuth::PopBeforeSmtp => self.out_auth_pop_before_smtp,
        }
    }

    pub fn symptom_name(&self, s: Symptom) -> &'static str {
        match s {
            Symptom::CannotSend => self.symptom_cannot_send,
            Symptom::CannotReceive => self.symptom_cannot_receive,
            Symptom::PasswordPrompt => self.symptom_password_prompt,
            Symptom::Slow => self.symptom_slow,
            Symptom::LoginBlocked => self.symptom_login_blocked,
        }
    }
}
