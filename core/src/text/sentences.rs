//! The report's sentences that are the same in every language but for their words: one
//! template per sentence (named `{placeholders}`), one table per language (`ja.rs`, `en.rs`:
//! `SENTENCES`), and the code that picks and fills them, once for every language. The
//! customers' page fetches the English table with `english.toml`.

use super::Side;

crate::word_table! {
    /// The report's sentences, in one language.
    pub(crate) struct Sentences {
        /// From `summary_ok` (no placeholder).
        summary_ok_1,
        /// From `summary_notes`: `{first_title}`.
        summary_notes_1,
        /// From `summary_nothing_checked` (no placeholder).
        summary_nothing_checked_1,
        /// From `summary_incomplete`: `{missing}`.
        summary_incomplete_1,
        /// From `summary_cause`: `{reported}`, `{cause}`.
        summary_cause_1,
        /// From `summary_next`: `{reported}`.
        summary_next_1,
        /// From `summary_next`: `{reported}`, `{missing}`.
        summary_next_2,
        /// From `more_fields`: `{n}`.
        more_fields_1,
        /// From `table_label`: `{label}`.
        table_label_1,
        /// From `table_label`: `{label}`.
        table_label_2,
        /// From `step_choose`: `{target}`, `{choice}`.
        step_choose_1,
        /// From `step_enter`: `{target}`, `{value}`.
        step_enter_1,
        /// From `step_check`: `{target}`.
        step_check_1,
        /// From `step_check`: `{target}`.
        step_check_2,
        /// From `step_switch`: `{target}`.
        step_switch_1,
        /// From `step_switch`: `{target}`.
        step_switch_2,
        /// From `step_outgoing_auth`: `{target}`.
        step_outgoing_auth_1,
        /// From `step_type_password` (no placeholder).
        step_type_password_1,
        /// From `step_keep_old_account`: `{old_protocol}`.
        step_keep_old_account_1,
        /// From `step_keep_old_account`: `{old}`.
        step_keep_old_account_2,
        /// From `step_settings_match` (no placeholder).
        step_settings_match_1,
        /// From `step_compare_settings` (no placeholder).
        step_compare_settings_1,
        /// From `step_ask_support` (no placeholder).
        step_ask_support_1,
        /// From `step_pass_error_on` (no placeholder).
        step_pass_error_on_1,
        /// From `dns_windows` (no placeholder).
        dns_windows_1,
        /// From `dns_windows` (no placeholder).
        dns_windows_2,
        /// From `dns_windows` (no placeholder).
        dns_windows_3,
        /// From `dns_windows`: `{target}`.
        dns_windows_4,
        /// From `dns_windows` (no placeholder).
        dns_windows_5,
        /// From `dns_macos` (no placeholder).
        dns_macos_1,
        /// From `dns_macos` (no placeholder).
        dns_macos_2,
        /// From `dns_macos` (no placeholder).
        dns_macos_3,
        /// From `dns_macos`: `{target}`.
        dns_macos_4,
        /// From `dns_macos` (no placeholder).
        dns_macos_5,
        /// From `dns_phone` (no placeholder).
        dns_phone_1,
        /// From `dns_phone` (no placeholder).
        dns_phone_2,
        /// From `dns_device`: `{host}`.
        dns_device_1,
        /// From `dns_device`: `{target}`.
        dns_device_2,
        /// From `dns_device` (no placeholder).
        dns_device_3,
        /// From `dns_device` (no placeholder).
        dns_device_4,
        /// From `dns_unknown` (no placeholder).
        dns_unknown_1,
        /// From `dns_unknown` (no placeholder).
        dns_unknown_2,
        /// From `dns_unknown`: `{target}`.
        dns_unknown_3,
        /// From `tls_windows_old`: `{os}`, `{min_tls}`.
        tls_windows_old_1,
        /// From `tls_windows_old` (no placeholder).
        tls_windows_old_2,
        /// From `tls_phone` (no placeholder).
        tls_phone_1,
        /// From `tls_phone`: `{os}`, `{min_tls}`.
        tls_phone_2,
        /// From `tls_phone` (no placeholder).
        tls_phone_3,
        /// From `os_end_of_support` (no placeholder).
        os_end_of_support_1,
        /// From `os_end_of_support`: `{d}`.
        os_end_of_support_2,
        /// From `os_end_of_support`: `{os}`, `{when}`.
        os_end_of_support_3,
        /// From `client_no_pop` (no placeholder).
        client_no_pop_1,
        /// From `client_no_pop` (no placeholder).
        client_no_pop_2,
        /// From `cloud_sync` (no placeholder).
        cloud_sync_1,
        /// From `cloud_sync` (no placeholder).
        cloud_sync_2,
        /// From `recipients_over_limit`: `{cap}`.
        recipients_over_limit_1,
        /// From `recipients_over_limit`: `{n}`, `{cap}`, `{parts}`.
        recipients_over_limit_2,
        /// From `domain_unknown`: `{d}`.
        domain_unknown_1,
        /// From `domain_unknown` (no placeholder).
        domain_unknown_2,
        /// From `domain_unknown`: `{s}`.
        domain_unknown_3,
        /// From `domain_unknown` (no placeholder).
        domain_unknown_4,
        /// From `address_invalid`: `{a}`.
        address_invalid_1,
        /// From `address_invalid` (no placeholder).
        address_invalid_2,
        /// From `address_invalid` (no placeholder).
        address_invalid_3,
        /// From `address_invalid` (no placeholder).
        address_invalid_4,
        /// From `heading_summary` (no placeholder).
        heading_summary_1,
        /// From `heading_findings` (no placeholder).
        heading_findings_1,
        /// From `heading_settings` (no placeholder).
        heading_settings_1,
        /// From `heading_settings`: `{app}`.
        heading_settings_2,
        /// From `heading_steps` (no placeholder).
        heading_steps_1,
        /// From `heading_contact` (no placeholder).
        heading_contact_1,
    }
}

impl Sentences {
    pub(crate) fn summary_ok(&self) -> String {
        self.summary_ok_1.to_string()
    }

    pub(crate) fn summary_notes(&self, first_title: &str) -> String {
        crate::lang::fill_values(self.summary_notes_1, &[("first_title", &first_title)])
    }

    pub(crate) fn summary_nothing_checked(&self) -> String {
        self.summary_nothing_checked_1.to_string()
    }

    pub(crate) fn summary_incomplete(&self, missing: &str) -> String {
        crate::lang::fill_values(self.summary_incomplete_1, &[("missing", &missing)])
    }

    pub(crate) fn summary_cause(&self, reported: &str, cause: &str) -> String {
        crate::lang::fill_values(
            self.summary_cause_1,
            &[("reported", &reported), ("cause", &cause)],
        )
    }

    pub(crate) fn summary_next(&self, reported: &str, missing: &str) -> String {
        if missing.is_empty() {
            crate::lang::fill_values(self.summary_next_1, &[("reported", &reported)])
        } else {
            crate::lang::fill_values(
                self.summary_next_2,
                &[("reported", &reported), ("missing", &missing)],
            )
        }
    }

    pub(crate) fn more_fields(&self, n: usize) -> String {
        crate::lang::fill_values(self.more_fields_1, &[("n", &n)])
    }

    pub(crate) fn table_label(&self, side: Side, label: &str) -> String {
        match side {
            Side::Either => label.to_string(),
            Side::Incoming => crate::lang::fill_values(self.table_label_1, &[("label", &label)]),
            Side::Outgoing => crate::lang::fill_values(self.table_label_2, &[("label", &label)]),
        }
    }

    pub(crate) fn step_choose(&self, target: &str, choice: &str) -> String {
        crate::lang::fill_values(
            self.step_choose_1,
            &[("target", &target), ("choice", &choice)],
        )
    }

    pub(crate) fn step_enter(&self, target: &str, value: &str) -> String {
        crate::lang::fill_values(self.step_enter_1, &[("target", &target), ("value", &value)])
    }

    pub(crate) fn step_check(&self, target: &str, on: bool) -> String {
        if on {
            crate::lang::fill_values(self.step_check_1, &[("target", &target)])
        } else {
            crate::lang::fill_values(self.step_check_2, &[("target", &target)])
        }
    }

    pub(crate) fn step_switch(&self, target: &str, on: bool) -> String {
        if on {
            crate::lang::fill_values(self.step_switch_1, &[("target", &target)])
        } else {
            crate::lang::fill_values(self.step_switch_2, &[("target", &target)])
        }
    }

    pub(crate) fn step_outgoing_auth(&self, target: &str) -> String {
        crate::lang::fill_values(self.step_outgoing_auth_1, &[("target", &target)])
    }

    pub(crate) fn step_type_password(&self) -> String {
        self.step_type_password_1.to_string()
    }

    pub(crate) fn step_keep_old_account(&self, old_protocol: &str) -> String {
        let old = if old_protocol.is_empty() {
            String::new()
        } else {
            crate::lang::fill_values(
                self.step_keep_old_account_1,
                &[("old_protocol", &old_protocol)],
            )
        };
        crate::lang::fill_values(self.step_keep_old_account_2, &[("old", &old)])
    }

    pub(crate) fn step_settings_match(&self) -> String {
        self.step_settings_match_1.to_string()
    }

    pub(crate) fn step_compare_settings(&self) -> String {
        self.step_compare_settings_1.to_string()
    }

    pub(crate) fn step_ask_support(&self) -> String {
        self.step_ask_support_1.to_string()
    }

    pub(crate) fn step_pass_error_on(&self) -> String {
        self.step_pass_error_on_1.to_string()
    }

    pub(crate) fn dns_windows(&self, host: &str) -> Vec<String> {
        let target = if host.is_empty() {
            self.dns_windows_1.to_string()
        } else {
            host.to_string()
        };
        vec![
            self.dns_windows_2.to_string(),
            self.dns_windows_3.to_string(),
            crate::lang::fill_values(self.dns_windows_4, &[("target", &target)]),
            self.dns_windows_5.to_string(),
        ]
    }

    pub(crate) fn dns_macos(&self, host: &str) -> Vec<String> {
        let target = if host.is_empty() {
            self.dns_macos_1.to_string()
        } else {
            host.to_string()
        };
        vec![
            self.dns_macos_2.to_string(),
            self.dns_macos_3.to_string(),
            crate::lang::fill_values(self.dns_macos_4, &[("target", &target)]),
            self.dns_macos_5.to_string(),
        ]
    }

    pub(crate) fn dns_phone(&self) -> Vec<String> {
        vec![self.dns_phone_1.to_string(), self.dns_phone_2.to_string()]
    }

    pub(crate) fn dns_device(&self, host: &str) -> Vec<String> {
        let target = if host.is_empty() {
            String::new()
        } else {
            crate::lang::fill_values(self.dns_device_1, &[("host", &host)])
        };
        vec![
            crate::lang::fill_values(self.dns_device_2, &[("target", &target)]),
            self.dns_device_3.to_string(),
            self.dns_device_4.to_string(),
        ]
    }

    pub(crate) fn dns_unknown(&self, host: &str) -> Vec<String> {
        let target = if host.is_empty() {
            self.dns_unknown_1.to_string()
        } else {
            host.to_string()
        };
        vec![
            self.dns_unknown_2.to_string(),
            crate::lang::fill_values(self.dns_unknown_3, &[("target", &target)]),
        ]
    }

    pub(crate) fn tls_windows_old(&self, os: &str, min_tls: &str) -> Vec<String> {
        vec![
            crate::lang::fill_values(
                self.tls_windows_old_1,
                &[("os", &os), ("min_tls", &min_tls)],
            ),
            self.tls_windows_old_2.to_string(),
        ]
    }

    pub(crate) fn tls_phone(&self, os: &str, min_tls: &str) -> Vec<String> {
        let os = if os.is_empty() { self.tls_phone_1 } else { os };
        vec![
            crate::lang::fill_values(self.tls_phone_2, &[("os", &os), ("min_tls", &min_tls)]),
            self.tls_phone_3.to_string(),
        ]
    }

    pub(crate) fn os_end_of_support(&self, os: &str, date: Option<&str>) -> Vec<String> {
        let os = if os.is_empty() {
            self.os_end_of_support_1
        } else {
            os
        };
        let when = date
            .map(|d| crate::lang::fill_values(self.os_end_of_support_2, &[("d", &d)]))
            .unwrap_or_default();
        vec![crate::lang::fill_values(
            self.os_end_of_support_3,
            &[("os", &os), ("when", &when)],
        )]
    }

    pub(crate) fn client_no_pop(&self) -> Vec<String> {
        vec![
            self.client_no_pop_1.to_string(),
            self.client_no_pop_2.to_string(),
        ]
    }

    pub(crate) fn cloud_sync(&self) -> Vec<String> {
        vec![self.cloud_sync_1.to_string(), self.cloud_sync_2.to_string()]
    }

    pub(crate) fn recipients_over_limit(&self, cap: u32, reported: Option<u32>) -> Vec<String> {
        let mut steps = vec![crate::lang::fill_values(
            self.recipients_over_limit_1,
            &[("cap", &cap)],
        )];
        if let Some(n) = reported.filter(|&n| n > cap) {
            let parts = n.div_ceil(cap);
            steps.push(crate::lang::fill_values(
                self.recipients_over_limit_2,
                &[("n", &n), ("cap", &cap), ("parts", &parts)],
            ));
        }
        steps
    }

    pub(crate) fn domain_unknown(
        &self,
        observed: Option<&str>,
        suggestion: Option<&str>,
    ) -> Vec<String> {
        let mut steps = vec![match observed {
            Some(d) => crate::lang::fill_values(self.domain_unknown_1, &[("d", &d)]),
            None => self.domain_unknown_2.to_string(),
        }];
        match suggestion {
            Some(s) => steps.push(crate::lang::fill_values(
                self.domain_unknown_3,
                &[("s", &s)],
            )),
            None => steps.push(self.domain_unknown_4.to_string()),
        }
        steps
    }

    pub(crate) fn address_invalid(&self, observed: Option<&str>) -> Vec<String> {
        vec![
            match observed {
                Some(a) => crate::lang::fill_values(self.address_invalid_1, &[("a", &a)]),
                None => self.address_invalid_2.to_string(),
            },
            self.address_invalid_3.to_string(),
            self.address_invalid_4.to_string(),
        ]
    }

    pub(crate) fn heading_summary(&self) -> String {
        self.heading_summary_1.to_string()
    }

    pub(crate) fn heading_findings(&self) -> String {
        self.heading_findings_1.to_string()
    }

    pub(crate) fn heading_settings(&self, app: &str) -> String {
        if app.is_empty() {
            self.heading_settings_1.to_string()
        } else {
            crate::lang::fill_values(self.heading_settings_2, &[("app", &app)])
        }
    }

    pub(crate) fn heading_steps(&self) -> String {
        self.heading_steps_1.to_string()
    }

    pub(crate) fn heading_contact(&self) -> String {
        self.heading_contact_1.to_string()
    }
}
