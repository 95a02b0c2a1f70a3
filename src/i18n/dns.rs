//! The words of the DNS panel and the login-IP check (the console's pasted-lookup box has its
//! own in `console`).
//!
//! The struct; its tables are `DNS` of each language's file (`ja.rs`, `en.rs`), like the shell's
//! tables: a field missing from a table is a compile error. `{name}` placeholders are filled with
//! `mail_doctor_core::lang::fill`.

use mail_doctor_core::Lang;

#[cfg_attr(test, derive(serde::Serialize))]
pub struct DnsStrings {
    pub dns_title: &'static str,
    pub dns_intro: &'static str,
    pub domain_label: &'static str,
    pub domain_hint: &'static str,
    pub domain_invalid: &'static str,
    pub run: &'static str,
    pub rerun: &'static str,
    pub no_domain: &'static str,
    pub profile_loading: &'static str,

    pub resolver_title: &'static str,
    pub resolver_label: &'static str,
    pub resolver_hint: &'static str,
    pub resolver_apply: &'static str,
    pub resolver_reset: &'static str,
    pub resolver_from_profile: &'static str,
    pub resolver_from_default: &'static str,
    pub resolver_from_session: &'static str,
    pub resolver_bad_empty: &'static str,
    pub resolver_bad_url: &'static str,
    pub resolver_bad_http: &'static str,
    pub csp_note: &'static str,
    pub csp_blocked: &'static str,
    /// `{n}`: every check failed for the same reason (said once).
    pub all_failed: &'static str,
    pub same_error: &'static str,

    pub checks_title: &'static str,
    /// `{done}` of `{total}`.
    pub progress: &'static str,
    /// `{total}`, `{failed}`.
    pub progress_done: &'static str,
    /// `{n}`.
    pub retired_summary: &'static str,
    pub status_pending: &'static str,
    pub status_found: &'static str,
    pub status_nodata: &'static str,
    pub status_nxdomain: &'static str,
    pub status_error: &'static str,
    pub chain_label: &'static str,
    pub records_label: &'static str,
    pub class_current: &'static str,
    pub class_retired: &'static str,
    pub class_unknown: &'static str,
    pub mx_preference: &'static str,
    pub srv_port: &'static str,
    pub srv_priority: &'static str,
    pub srv_not_offered: &'static str,

    pub lookup_title: &'static str,
    pub lookup_label: &'static str,
    pub lookup_hint: &'static str,
    pub lookup_button: &'static str,
    pub lookup_what_for: &'static str,
    pub lookup_invalid: &'static str,

    pub login_title: &'static str,
    pub login_intro: &'static str,
    pub login_label: &'static str,
    pub login_hint: &'static str,
    pub login_check: &'static str,
    pub login_none_found: &'static str,
    /// `{n}`.
    pub login_found: &'static str,
    pub login_inside: &'static str,
    pub login_outside: &'static str,
    pub login_range: &'static str,
    pub login_as_written: &'static str,
    pub login_ptr: &'static str,
    pub login_ptr_pending: &'static str,
    pub login_ptr_none: &'static str,
    pub login_ptr_note: &'static str,
    pub policy_title: &'static str,
    pub policy_block_on: &'static str,
    pub policy_block_off: &'static str,
    pub policy_exempt_on: &'static str,
    pub policy_exempt_off: &'static str,
    pub policy_unknown: &'static str,
    pub login_why: &'static str,
}

/// The table for `lang`.
pub fn dns_strings(lang: Lang) -> &'static DnsStrings {
    mail_doctor_core::word_table::in_lang!(lang, crate::i18n => DNS)
}
