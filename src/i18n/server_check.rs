//! Words of the connection doctor in the pages: the console's "check the server now" and the
//! tools page's server health (both read `mail-doctor serve-probe`; the findings' own titles and
//! details come from the service in the page's language). Its tables are `SERVER_CHECK` of each
//! language's file (`ja.rs`, `en.rs`): a field missing from a table is a compile error. `{name}` marks a value filled in with `lang::fill`.

use mail_doctor_core::Lang;

#[cfg_attr(test, derive(serde::Serialize))]
pub struct ServerCheckStrings {
    pub check_title: &'static str,
    pub check_intro: &'static str,
    pub check_button: &'static str,
    pub check_again: &'static str,
    pub checking: &'static str,
    pub check_no_domain: &'static str,
    pub verdict_title: &'static str,
    pub suspect_confirmed: &'static str,
    pub suspect_ruled_out: &'static str,
    pub col_endpoint: &'static str,
    pub col_result: &'static str,
    pub col_tls: &'static str,
    pub col_certificate: &'static str,
    pub col_findings: &'static str,
    pub days_left: &'static str,
    pub no_findings: &'static str,
    pub outcome_answered: &'static str,
    pub outcome_refused: &'static str,
    pub outcome_timeout: &'static str,
    pub outcome_unresolved: &'static str,
    pub outcome_failed: &'static str,
    pub role_current: &'static str,
    pub role_retired: &'static str,
    pub error_csp: &'static str,
    pub error_network: &'static str,
    pub error_timeout: &'static str,
    pub error_rate_limited: &'static str,
    pub error_busy: &'static str,
    pub error_domain_unknown: &'static str,
    pub error_service: &'static str,
    pub error_bad_answer: &'static str,

    // The tools page: every server of the profile.
    pub health_title: &'static str,
    pub health_intro: &'static str,
    pub health_no_url: &'static str,
    pub health_service: &'static str,
    pub health_button: &'static str,
    pub health_summary: &'static str,
    pub health_current: &'static str,
    pub health_retired: &'static str,
    pub health_retired_quiet: &'static str,
}

pub fn server_check(lang: Lang) -> &'static ServerCheckStrings {
    mail_doctor_core::word_table::in_lang!(lang, crate::i18n => SERVER_CHECK)
}
