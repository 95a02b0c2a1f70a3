//! The report's sentences that are the same in every language but for their words: one
//! template per sentence (named `{placeholders}`), one table per language (`ja.rs`, `en.rs`:
//! `SENTENCES`), and the code that picks and fills them, once for every language. The
//! customers' page fetches the English table with `english.toml`.

use super::{protocol_display, security_display, Ctx, Side, Words};
use crate::codes::{Code, Severity};
use crate::profile::{SendRate, Tls};

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
        /// A finding's explanation (`HostIpLiteral`): `{date}`.
        detail_host_ip_literal_1,
        /// A finding's explanation (`HostIpLiteral`), no placeholder.
        detail_host_ip_literal_2,
        /// A finding's explanation (`HostIpLiteral`): `{e}`.
        detail_host_ip_literal_3,
        /// A finding's explanation (`HostIpLiteral`), no placeholder.
        detail_host_ip_literal_4,
        /// A finding's explanation (`HostIpLiteral`): `{retired}`, `{now}`.
        detail_host_ip_literal_5,
        /// A finding's explanation (`HostTypo`): `{o}`, `{e}`.
        detail_host_typo_1,
        /// A finding's explanation (`HostTypo`), no placeholder.
        detail_host_typo_2,
        /// A finding's explanation (`HostWrong`): `{o}`, `{field}`, `{e}`.
        detail_host_wrong_1,
        /// A finding's explanation (`HostWrong`), no placeholder.
        detail_host_wrong_2,
        /// A finding's explanation (`ProtocolUnavailable`): `{protocol}`.
        detail_protocol_unavailable_1,
        /// A finding's explanation (`ProtocolUnavailable`): `{protocol}`, `{now}`.
        detail_protocol_unavailable_2,
        /// A finding's explanation (`ProtocolUnavailable`): `{now}`.
        detail_protocol_unavailable_3,
        /// A finding's explanation (`PortWrong`): `{o}`, `{e}`.
        detail_port_wrong_1,
        /// A finding's explanation (`PortWrong`), no placeholder.
        detail_port_wrong_2,
        /// A finding's explanation (`SecurityMismatch`): `{security}`, `{set_security}`.
        detail_security_mismatch_1,
        /// A finding's explanation (`SecurityMismatch`), no placeholder.
        detail_security_mismatch_2,
        /// A finding's explanation (`SecurityNone`): `{security}`.
        detail_security_none_1,
        /// A finding's explanation (`SecurityNone`): `{now}`.
        detail_security_none_2,
        /// A finding's explanation (`SecurityAuto`): `{security}`.
        detail_security_auto_1,
        /// A finding's explanation (`SecurityAuto`): `{now}`.
        detail_security_auto_2,
        /// A finding's explanation (`SmtpPort25`): `{e}`.
        detail_smtp_port25_1,
        /// A finding's explanation (`SmtpPort25`), no placeholder.
        detail_smtp_port25_2,
        /// A finding's explanation (`SmtpPort25`): `{now}`.
        detail_smtp_port25_3,
        /// A finding's explanation (`SmtpPort25`): `{now}`.
        detail_smtp_port25_4,
        /// A finding's explanation (`SmtpAuthOff`), no placeholder.
        detail_smtp_auth_off_1,
        /// A finding's explanation (`AuthMethod`): `{auth}`.
        detail_auth_method_1,
        /// A finding's explanation (`AuthMethod`), no placeholder.
        detail_auth_method_2,
        /// A finding's explanation (`AuthMethod`): `{what}`.
        detail_auth_method_3,
        /// A finding's explanation (`UsernameFormat|UsernameMismatch`), no placeholder.
        detail_username_format_1,
        /// A finding's explanation (`UsernameFormat|UsernameMismatch`), no placeholder.
        detail_username_format_2,
        /// A finding's explanation (`UsernameFormat|UsernameMismatch`): `{first}`, `{o}`, `{e}`.
        detail_username_format_3,
        /// A finding's explanation (`UsernameFormat|UsernameMismatch`): `{first}`, `{e}`.
        detail_username_format_4,
        /// A finding's explanation (`ClientNoPop`), no placeholder.
        detail_client_no_pop_1,
        /// A finding's explanation (`ClientTlsLegacy`): `{min}`.
        detail_client_tls_legacy_1,
        /// A finding's explanation (`ClientTlsLegacy`): `{o}`.
        detail_client_tls_legacy_2,
        /// A finding's explanation (`ClientTlsLegacy`), no placeholder.
        detail_client_tls_legacy_3,
        /// A finding's explanation (`ClientTlsLegacy`): `{min}`, `{max}`.
        detail_client_tls_legacy_4,
        /// A finding's explanation (`ClientCloudSync`), no placeholder.
        detail_client_cloud_sync_1,
        /// A finding's explanation (`ForeignLoginBlocked`): `{ip}`.
        detail_foreign_login_blocked_1,
        /// A finding's explanation (`ForeignLoginBlocked`): `{from}`.
        detail_foreign_login_blocked_2,
        /// A finding's explanation (`RecipientsOverLimit`): `{cap}`.
        detail_recipients_over_limit_1,
        /// A finding's explanation (`RecipientsOverLimit`), no placeholder.
        detail_recipients_over_limit_2,
        /// A finding's explanation (`SendRateOverLimit`): `{t}`, `{n}`.
        detail_send_rate_over_limit_1,
        /// A finding's explanation (`SendRateOverLimit`), no placeholder.
        detail_send_rate_over_limit_2,
        /// A finding's explanation (`DnsRetired`): `{h}`, `{i}`.
        detail_dns_retired_1,
        /// A finding's explanation (`DnsRetired`): `{h}`.
        detail_dns_retired_2,
        /// A finding's explanation (`DnsRetired`): `{i}`.
        detail_dns_retired_3,
        /// A finding's explanation (`DnsRetired`), no placeholder.
        detail_dns_retired_4,
        /// A finding's explanation (`DnsRetired`): `{target}`.
        detail_dns_retired_5,
        /// A finding's title (`HostRetired`): `{field}`, `{observed}`.
        title_host_retired_1,
        /// A finding's title (`HostIpLiteral`): `{field}`, `{observed}`.
        title_host_ip_literal_1,
        /// A finding's title (`HostTypo`): `{field}`, `{observed}`.
        title_host_typo_1,
        /// A finding's title (`HostWrong`): `{field}`, `{observed}`.
        title_host_wrong_1,
        /// A finding's title (`ProtocolUnavailable`): `{protocol}`.
        title_protocol_unavailable_1,
        /// A finding's title (`PortWrong`): `{field}`, `{o}`, `{e}`.
        title_port_wrong_1,
        /// A finding's title (`PortWrong`): `{field}`.
        title_port_wrong_2,
        /// A finding's title (`SecurityMismatch`): `{field}`.
        title_security_mismatch_1,
        /// A finding's title (`SecurityNone`): `{field}`.
        title_security_none_1,
        /// A finding's title (`SecurityAuto`): `{field}`.
        title_security_auto_1,
        /// A finding's title (`UsernameFormat`), no placeholder.
        title_username_format_1,
        /// A finding's title (`UsernameFormat`), no placeholder.
        title_username_format_2,
        /// A finding's title (`ClientTlsLegacyifctx.finding.severity==Severity::Info`): `{min}`.
        title_client_tls_legacyifctx_1,
        /// A finding's title (`OsEndOfSupport`): `{os}`.
        title_os_end_of_support_1,
        /// A finding's title (`RecipientsOverLimit`): `{n}`.
        title_recipients_over_limit_1,
        /// A finding's title (`DomainUnknown`): `{e}`.
        title_domain_unknown_1,
        /// The headline with one problem: `{first_title}`.
        summary_problems_alone,
        /// The headline with one more problem: `{first_title}`.
        summary_problems_one_more,
        /// The headline with more problems: `{first_title}`, `{more}`.
        summary_problems_more,
        /// Open a screen, or a path that names the app: `{path}`.
        step_open_path,
        /// Open the settings in the app: `{app}`, `{path}`.
        step_open_in_app,
        /// Add a new account (the protocol cannot be changed): `{app}`, `{label}`, `{protocol}`.
        step_new_account,
        /// The incoming server's label in a step (two share its name): `{target}` (a message
        /// of its own beside the table's `{label}`: its English differs).
        target_incoming,
        /// The outgoing server's label in a step: `{target}`.
        target_outgoing,
        /// Close the further screens: `{button}`.
        step_close_screens,
        /// Save and check: `{save}`.
        step_save,
        /// Save on a device that only sends: `{save}`.
        step_save_send_only,
        /// Nothing checked yet: read the settings out: `{path}`.
        step_read_settings,
        /// Check the settings not given: `{path}`, `{missing}`.
        step_read_missing,
        /// The most likely cause: `{title}`, `{detail}`.
        step_likely_cause,
        /// Ask the device's maker about TLS: `{min_tls}`.
        tls_device_ask,
        /// If it cannot: `{ways_out}`.
        tls_device_ways_out,
        /// Update the app and the system: `{app}`, `{min_tls}`.
        tls_other,
        /// The same, when the app's name is not known: `{min_tls}`.
        tls_other_unknown,
        /// The app at the head of a sentence, when its name is not known (no placeholder).
        this_app,
        /// When support ended: `{date}`.
        ended_on,
        /// Move to a supported app: `{app}`, `{when}`.
        client_end_of_support,
        /// What the customer is told (no placeholder).
        foreign_login_blocked_customer,
        /// Until it is looked into (no placeholder).
        foreign_login_blocked_meanwhile,
        /// The desk, when Microsoft's cloud is exempt (no placeholder).
        foreign_login_blocked_exempt,
        /// The desk, when it is not (no placeholder).
        foreign_login_blocked_not_exempt,
        /// A device that cannot take a host name: `{ways_out}`.
        device_host_name,
        /// The sending limit: `{n}`, `{t}`.
        send_rate_limit,
        /// How to stay within it: `{gap_seconds}`, `{n}`, `{next}`, `{t}`.
        send_rate_pace,
        /// Without the profile's numbers (no placeholder).
        send_rate_unknown,
        /// The desk's phone: `{phone}`.
        contact_phone,
        /// The desk without the ISP's name (no placeholder).
        contact_desk,
        /// The ISP's desk: `{isp}`.
        contact_isp_desk,
        /// Who to call and how: `{who}`, `{ways}`.
        contact,
        /// A finding's title (`ClientNoPop`): `{app}`.
        title_client_no_pop,
        /// A finding's title (`ClientTlsLegacy`): `{os}`, `{app}`, `{min}`.
        title_client_tls_legacy_os,
        /// A finding's title (`ClientTlsLegacy`): `{app}`, `{min}`.
        title_client_tls_legacy,
        /// A finding's title (`ClientEndOfSupport`): `{app}`.
        title_client_end_of_support,
        /// A finding's title (`ClientCloudSync`): `{app}`.
        title_client_cloud_sync,
        /// A finding's title (`ForeignLoginBlocked`): `{app}`.
        title_foreign_login_blocked,
        /// An explanation (`AddressInvalid`): `{o}`.
        detail_address_invalid_value,
        /// An explanation (`AddressInvalid`), without the value (no placeholder).
        detail_address_invalid,
        /// Whose mail domains: `{isp}`.
        detail_domains_of,
        /// Whose mail domains, without the ISP's name (no placeholder).
        detail_domains_ours,
        /// An explanation (`DomainUnknown`): `{d}`, `{whose}`.
        detail_domain_unknown_value,
        /// An explanation (`DomainUnknown`), without the value: `{whose}`.
        detail_domain_unknown,
        /// Then, with the likely domain: `{first}`, `{e}`.
        detail_domain_typo,
        /// Then, without it: `{first}`.
        detail_domain_check,
        /// An old server without its name (no placeholder).
        detail_host_retired_server,
        /// The server to use now: `{e}`.
        detail_host_retired_now,
        /// An explanation (`HostRetired`): `{host}`, `{date}`, `{now}`.
        detail_host_retired_on,
        /// An explanation (`HostRetired`), without the day: `{host}`, `{now}`.
        detail_host_retired,
        /// An explanation (`ClientEndOfSupport`): `{app}`, `{date}`.
        detail_client_end_of_support_on,
        /// An explanation (`ClientEndOfSupport`), without the day: `{app}`.
        detail_client_end_of_support,
        /// The system without its name (no placeholder).
        detail_this_os,
        /// An explanation (`OsEndOfSupport`): `{os}`, `{date}`.
        detail_os_end_of_support_on,
        /// An explanation (`OsEndOfSupport`), without the day: `{os}`.
        detail_os_end_of_support,
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

    /// The headline when something needs fixing: the first problem's title, and how many more.
    pub(crate) fn summary_problems(&self, first_title: &str, more: usize) -> String {
        let template = match more {
            0 => self.summary_problems_alone,
            1 => self.summary_problems_one_more,
            _ => self.summary_problems_more,
        };
        crate::lang::fill_values(template, &[("first_title", &first_title), ("more", &more)])
    }

    /// Open the app's settings (`path`, which may name the app itself).
    pub(crate) fn step_open(&self, g: &dyn Words, app: &str, path: &str) -> String {
        if super::path_names_app(path, app) {
            crate::lang::fill_values(self.step_open_path, &[("path", &g.name(path))])
        } else {
            crate::lang::fill_values(
                self.step_open_in_app,
                &[("app", &g.name(app)), ("path", &g.path_inside(path))],
            )
        }
    }

    /// Open a further screen or tab of the settings (`Labels::screens`).
    pub(crate) fn step_open_screen(&self, g: &dyn Words, path: &str) -> String {
        crate::lang::fill_values(self.step_open_path, &[("path", &g.screen(path))])
    }

    /// A new account, for a protocol the present one cannot be changed to.
    pub(crate) fn step_new_account(
        &self,
        g: &dyn Words,
        app: &str,
        protocol_label: &str,
        protocol: &str,
    ) -> String {
        crate::lang::fill_values(
            self.step_new_account,
            &[
                ("app", &g.name(app)),
                ("label", &g.quote(protocol_label)),
                ("protocol", &g.quote(protocol)),
            ],
        )
    }

    /// A setting's label as said in a step, quoted, with its side where two share a name
    /// (`送信サーバーの「ポート」`).
    pub(crate) fn target(&self, g: &dyn Words, side: Side, label: &str) -> String {
        let label = g.quote(label);
        match side {
            Side::Either => label,
            Side::Incoming => crate::lang::fill_values(self.target_incoming, &[("target", &label)]),
            Side::Outgoing => crate::lang::fill_values(self.target_outgoing, &[("target", &label)]),
        }
    }

    /// Close the further screens with `button` and return to the first one.
    pub(crate) fn step_close_screens(&self, g: &dyn Words, button: &str) -> String {
        crate::lang::fill_values(self.step_close_screens, &[("button", &g.quote(button))])
    }

    /// Save, then check that mail goes (`send_only`: a device that only sends).
    pub(crate) fn step_save(&self, g: &dyn Words, save: &str, send_only: bool) -> String {
        let template = if send_only {
            self.step_save_send_only
        } else {
            self.step_save
        };
        crate::lang::fill_values(template, &[("save", &g.quote(save))])
    }

    /// Nothing checked yet: have the customer open the settings and read them out.
    pub(crate) fn step_read_settings(&self, g: &dyn Words, app: &str, path: &str) -> String {
        crate::lang::fill_values(
            self.step_read_settings,
            &[("path", &g.path_in_app(app, path))],
        )
    }

    /// Some settings not given: check these (`missing`, joined) on that screen.
    pub(crate) fn step_read_missing(
        &self,
        g: &dyn Words,
        app: &str,
        path: &str,
        missing: &str,
    ) -> String {
        crate::lang::fill_values(
            self.step_read_missing,
            &[
                ("path", &g.path_in_app(app, path)),
                ("missing", &g.field_in_sentence(missing)),
            ],
        )
    }

    /// The most likely cause and what it means.
    pub(crate) fn step_likely_cause(&self, g: &dyn Words, title: &str, detail: &str) -> String {
        crate::lang::fill_values(
            self.step_likely_cause,
            &[("title", &g.field_in_sentence(title)), ("detail", &detail)],
        )
    }

    /// A device that may not speak the profile's TLS: ask its maker; the ways out
    /// (`ways_out`: the device guide's words).
    pub(crate) fn tls_device(&self, min_tls: &str, ways_out: &str) -> Vec<String> {
        vec![
            crate::lang::fill_values(self.tls_device_ask, &[("min_tls", &min_tls)]),
            crate::lang::fill_values(self.tls_device_ways_out, &[("ways_out", &ways_out)]),
        ]
    }

    /// Another app that may not speak the profile's TLS: update it, or use another.
    pub(crate) fn tls_other(&self, g: &dyn Words, app: &str, min_tls: &str) -> Vec<String> {
        vec![if app.is_empty() {
            crate::lang::fill_values(self.tls_other_unknown, &[("min_tls", &min_tls)])
        } else {
            crate::lang::fill_values(
                self.tls_other,
                &[("app", &g.name(app)), ("min_tls", &min_tls)],
            )
        }]
    }

    /// An app out of support (`date`: when its support ended, in words).
    pub(crate) fn client_end_of_support(
        &self,
        g: &dyn Words,
        app: &str,
        date: Option<&str>,
    ) -> Vec<String> {
        let app = if app.is_empty() { self.this_app } else { app };
        let when = date
            .map(|d| crate::lang::fill_values(self.ended_on, &[("date", &d)]))
            .unwrap_or_default();
        vec![crate::lang::fill_values(
            self.client_end_of_support,
            &[("app", &g.name(app)), ("when", &when)],
        )]
    }

    /// Refused by the foreign-login block (`exempt`: the profile exempts Microsoft's cloud).
    pub(crate) fn foreign_login_blocked(&self, exempt: bool) -> Vec<String> {
        vec![
            self.foreign_login_blocked_customer.to_string(),
            self.foreign_login_blocked_meanwhile.to_string(),
            if exempt {
                self.foreign_login_blocked_exempt
            } else {
                self.foreign_login_blocked_not_exempt
            }
            .to_string(),
        ]
    }

    /// A device that may not take a host name (only an IP, no DNS): the ways out.
    pub(crate) fn device_host_name(&self, ways_out: &str) -> Vec<String> {
        vec![crate::lang::fill_values(
            self.device_host_name,
            &[("ways_out", &ways_out)],
        )]
    }

    /// Over the profile's sending rate: the limit, and a pace within it.
    pub(crate) fn send_rate_over_limit(&self, rate: SendRate, gap_seconds: u32) -> Vec<String> {
        let (n, t) = (rate.messages, rate.per_minutes);
        vec![
            crate::lang::fill_values(self.send_rate_limit, &[("n", &n), ("t", &t)]),
            // Waiting exactly t minutes puts the next batch in the same t minutes as the last
            // one (advisor.rs): the next batch waits t + 1.
            crate::lang::fill_values(
                self.send_rate_pace,
                &[
                    ("gap_seconds", &gap_seconds),
                    ("n", &n),
                    ("next", &t.saturating_add(1)),
                    ("t", &t),
                ],
            ),
        ]
    }

    /// Over a limit whose numbers the profile does not give.
    pub(crate) fn send_rate_unknown(&self) -> Vec<String> {
        vec![self.send_rate_unknown.to_string()]
    }

    /// Who to call: the ISP's desk, its phone and its page.
    pub(crate) fn contact(&self, isp: &str, phone: &str, url: &str) -> String {
        let mut ways = Vec::new();
        if !phone.is_empty() {
            ways.push(crate::lang::fill_values(
                self.contact_phone,
                &[("phone", &phone)],
            ));
        }
        if !url.is_empty() {
            ways.push(url.to_string());
        }
        let who = if isp.is_empty() {
            self.contact_desk.to_string()
        } else {
            crate::lang::fill_values(self.contact_isp_desk, &[("isp", &isp)])
        };
        crate::lang::fill_values(self.contact, &[("who", &who), ("ways", &ways.join(" / "))])
    }

    pub(crate) fn heading_steps(&self) -> String {
        self.heading_steps_1.to_string()
    }

    pub(crate) fn heading_contact(&self) -> String {
        self.heading_contact_1.to_string()
    }

    /// A finding's explanation.
    /// `g` is the language's grammar: quoting, dates, a field's name inside a sentence.
    pub(super) fn finding_detail(&self, g: &dyn Words, ctx: &Ctx) -> String {
        let field = g.field_in_sentence(ctx.field());
        let obs = ctx.observed();
        let exp = ctx.expected();
        match ctx.finding.code {
            Code::HostIpLiteral => {
                let retired = ctx.retired().map(|r| match r.until {
                    Some(d) => crate::lang::fill_values(
                        self.detail_host_ip_literal_1,
                        &[("date", &g.date(d))],
                    ),
                    None => self.detail_host_ip_literal_2.to_string(),
                });
                let now = exp
                    .map(|e| crate::lang::fill_values(self.detail_host_ip_literal_3, &[("e", &e)]))
                    .unwrap_or_else(|| self.detail_host_ip_literal_4.to_string());
                crate::lang::fill_values(
                    self.detail_host_ip_literal_5,
                    &[("retired", &retired.unwrap_or_default()), ("now", &now)],
                )
            }
            Code::HostTypo => match (obs, exp) {
                (Some(o), Some(e)) => {
                    crate::lang::fill_values(self.detail_host_typo_1, &[("o", &o), ("e", &e)])
                }
                _ => self.detail_host_typo_2.to_string(),
            },
            Code::HostWrong => match (obs, exp) {
                (Some(o), Some(e)) => crate::lang::fill_values(
                    self.detail_host_wrong_1,
                    &[("o", &o), ("field", &field), ("e", &e)],
                ),
                _ => self.detail_host_wrong_2.to_string(),
            },
            Code::ProtocolUnavailable => {
                let now = exp
                    .map(|e| {
                        crate::lang::fill_values(
                            self.detail_protocol_unavailable_1,
                            &[("protocol", &protocol_display(e))],
                        )
                    })
                    .unwrap_or_default();
                match obs {
                    Some(o) => crate::lang::fill_values(
                        self.detail_protocol_unavailable_2,
                        &[("protocol", &protocol_display(o)), ("now", &now)],
                    ),
                    None => crate::lang::fill_values(
                        self.detail_protocol_unavailable_3,
                        &[("now", &now)],
                    ),
                }
            }
            Code::PortWrong => match (obs, exp) {
                (Some(o), Some(e)) => {
                    crate::lang::fill_values(self.detail_port_wrong_1, &[("o", &o), ("e", &e)])
                }
                _ => self.detail_port_wrong_2.to_string(),
            },
            Code::SecurityMismatch => match (obs, exp) {
                (Some(o), Some(e)) => crate::lang::fill_values(
                    self.detail_security_mismatch_1,
                    &[
                        ("security", &security_display(e, ctx.lang)),
                        ("set_security", &security_display(o, ctx.lang)),
                    ],
                ),
                _ => self.detail_security_mismatch_2.to_string(),
            },
            Code::SecurityNone => {
                let now = exp
                    .map(|e| {
                        crate::lang::fill_values(
                            self.detail_security_none_1,
                            &[("security", &security_display(e, ctx.lang))],
                        )
                    })
                    .unwrap_or_default();
                crate::lang::fill_values(self.detail_security_none_2, &[("now", &now)])
            }
            Code::SecurityAuto => {
                let now = exp
                    .map(|e| {
                        crate::lang::fill_values(
                            self.detail_security_auto_1,
                            &[("security", &security_display(e, ctx.lang))],
                        )
                    })
                    .unwrap_or_default();
                crate::lang::fill_values(self.detail_security_auto_2, &[("now", &now)])
            }
            Code::SmtpPort25 => {
                let op25b = ctx.profile.is_none_or(|p| p.policy.op25b);
                let now = exp
                    .map(|e| crate::lang::fill_values(self.detail_smtp_port25_1, &[("e", &e)]))
                    .unwrap_or_else(|| self.detail_smtp_port25_2.to_string());
                if op25b {
                    crate::lang::fill_values(self.detail_smtp_port25_3, &[("now", &now)])
                } else {
                    crate::lang::fill_values(self.detail_smtp_port25_4, &[("now", &now)])
                }
            }
            Code::SmtpAuthOff => self.detail_smtp_auth_off_1.to_string(),
            Code::AuthMethod => {
                let what = obs
                    .map(|o| {
                        crate::lang::fill_values(
                            self.detail_auth_method_1,
                            &[("auth", &g.auth_name(o))],
                        )
                    })
                    .unwrap_or_else(|| self.detail_auth_method_2.to_string());
                crate::lang::fill_values(self.detail_auth_method_3, &[("what", &what)])
            }
            Code::UsernameFormat | Code::UsernameMismatch => {
                let first = if ctx.finding.code == Code::UsernameMismatch {
                    self.detail_username_format_1
                } else {
                    self.detail_username_format_2
                };
                match (obs, exp) {
                    (Some(o), Some(e)) => crate::lang::fill_values(
                        self.detail_username_format_3,
                        &[("first", &first), ("o", &o), ("e", &e)],
                    ),
                    (None, Some(e)) => crate::lang::fill_values(
                        self.detail_username_format_4,
                        &[("first", &first), ("e", &e)],
                    ),
                    _ => first.to_string(),
                }
            }
            Code::ClientNoPop => self.detail_client_no_pop_1.to_string(),
            Code::ClientTlsLegacy => {
                let min = ctx.min_tls().or(exp).unwrap_or("1.2");
                if ctx.finding.severity == Severity::Info {
                    crate::lang::fill_values(self.detail_client_tls_legacy_1, &[("min", &min)])
                } else {
                    let max = obs
                        .filter(|o| Tls::parse(o).is_some())
                        .map(|o| {
                            crate::lang::fill_values(self.detail_client_tls_legacy_2, &[("o", &o)])
                        })
                        .unwrap_or_else(|| self.detail_client_tls_legacy_3.to_string());
                    crate::lang::fill_values(
                        self.detail_client_tls_legacy_4,
                        &[("min", &min), ("max", &max)],
                    )
                }
            }
            Code::ClientCloudSync => self.detail_client_cloud_sync_1.to_string(),
            Code::ForeignLoginBlocked => {
                let from = obs
                    .map(|ip| {
                        crate::lang::fill_values(
                            self.detail_foreign_login_blocked_1,
                            &[("ip", &ip)],
                        )
                    })
                    .unwrap_or_default();
                crate::lang::fill_values(self.detail_foreign_login_blocked_2, &[("from", &from)])
            }
            Code::RecipientsOverLimit => match ctx.recipients_cap() {
                Some(cap) => {
                    crate::lang::fill_values(self.detail_recipients_over_limit_1, &[("cap", &cap)])
                }
                None => self.detail_recipients_over_limit_2.to_string(),
            },
            Code::SendRateOverLimit => match ctx.send_rate() {
                Some(rate) => crate::lang::fill_values(
                    self.detail_send_rate_over_limit_1,
                    &[("t", &rate.per_minutes), ("n", &rate.messages)],
                ),
                None => self.detail_send_rate_over_limit_2.to_string(),
            },
            Code::DnsRetired => {
                let (host, ip) = ctx.stale_resolution();
                let target = match (host, ip) {
                    (Some(h), Some(i)) => {
                        crate::lang::fill_values(self.detail_dns_retired_1, &[("h", &h), ("i", &i)])
                    }
                    (Some(h), None) => {
                        crate::lang::fill_values(self.detail_dns_retired_2, &[("h", &h)])
                    }
                    (None, Some(i)) => {
                        crate::lang::fill_values(self.detail_dns_retired_3, &[("i", &i)])
                    }
                    (None, None) => self.detail_dns_retired_4.to_string(),
                };
                crate::lang::fill_values(self.detail_dns_retired_5, &[("target", &target)])
            }
            Code::AddressInvalid => match obs {
                Some(o) => {
                    crate::lang::fill_values(self.detail_address_invalid_value, &[("o", &o)])
                }
                None => self.detail_address_invalid.to_string(),
            },
            Code::DomainUnknown => {
                let whose = match ctx.isp_name() {
                    Some(isp) => crate::lang::fill_values(self.detail_domains_of, &[("isp", &isp)]),
                    None => self.detail_domains_ours.to_string(),
                };
                let first = match obs {
                    Some(d) => crate::lang::fill_values(
                        self.detail_domain_unknown_value,
                        &[("d", &d), ("whose", &whose)],
                    ),
                    None => {
                        crate::lang::fill_values(self.detail_domain_unknown, &[("whose", &whose)])
                    }
                };
                match exp {
                    Some(e) => crate::lang::fill_values(
                        self.detail_domain_typo,
                        &[("first", &first), ("e", &e)],
                    ),
                    None => {
                        crate::lang::fill_values(self.detail_domain_check, &[("first", &first)])
                    }
                }
            }
            Code::HostRetired => {
                let host = obs.unwrap_or(self.detail_host_retired_server);
                let now = exp
                    .map(|e| crate::lang::fill_values(self.detail_host_retired_now, &[("e", &e)]))
                    .unwrap_or_default();
                match ctx.retired().and_then(|r| r.until) {
                    Some(d) => crate::lang::fill_values(
                        self.detail_host_retired_on,
                        &[("host", &host), ("date", &g.date(d)), ("now", &now)],
                    ),
                    None => crate::lang::fill_values(
                        self.detail_host_retired,
                        &[("host", &host), ("now", &now)],
                    ),
                }
            }
            Code::ClientEndOfSupport => {
                let app = if ctx.app.is_empty() {
                    self.this_app.to_string()
                } else {
                    ctx.app_version()
                };
                let app = g.name(&app);
                match ctx.date() {
                    Some(d) => crate::lang::fill_values(
                        self.detail_client_end_of_support_on,
                        &[("app", &app), ("date", &g.date(d))],
                    ),
                    None => crate::lang::fill_values(
                        self.detail_client_end_of_support,
                        &[("app", &app)],
                    ),
                }
            }
            Code::OsEndOfSupport => {
                let os = ctx.os().unwrap_or_else(|| self.detail_this_os.to_string());
                match ctx.date() {
                    Some(d) => crate::lang::fill_values(
                        self.detail_os_end_of_support_on,
                        &[("os", &os), ("date", &g.date(d))],
                    ),
                    None => crate::lang::fill_values(self.detail_os_end_of_support, &[("os", &os)]),
                }
            }
        }
    }

    /// A finding's title, for the codes whose titles are built alike in every language; `None`
    /// for the others, whose title is the code's name (`Names::code_title`).
    pub(super) fn finding_title(&self, g: &dyn Words, ctx: &Ctx) -> Option<String> {
        let field = g.field_in_sentence(ctx.field());
        let obs = ctx.observed();
        let exp = ctx.expected();
        Some(match ctx.finding.code {
            Code::HostRetired => crate::lang::fill_values(
                self.title_host_retired_1,
                &[("field", &field), ("observed", &g.paren(obs))],
            ),
            Code::HostIpLiteral => crate::lang::fill_values(
                self.title_host_ip_literal_1,
                &[("field", &field), ("observed", &g.paren(obs))],
            ),
            Code::HostTypo => crate::lang::fill_values(
                self.title_host_typo_1,
                &[("field", &field), ("observed", &g.paren(obs))],
            ),
            Code::HostWrong => crate::lang::fill_values(
                self.title_host_wrong_1,
                &[("field", &field), ("observed", &g.paren(obs))],
            ),
            Code::ProtocolUnavailable => match obs {
                Some(p) => crate::lang::fill_values(
                    self.title_protocol_unavailable_1,
                    &[("protocol", &protocol_display(p))],
                ),
                None => super::names(ctx.lang)
                    .code_title(Code::ProtocolUnavailable)
                    .to_string(),
            },
            Code::PortWrong => match (obs, exp) {
                (Some(o), Some(e)) => crate::lang::fill_values(
                    self.title_port_wrong_1,
                    &[("field", &field), ("o", &o), ("e", &e)],
                ),
                _ => crate::lang::fill_values(self.title_port_wrong_2, &[("field", &field)]),
            },
            Code::SecurityMismatch => {
                crate::lang::fill_values(self.title_security_mismatch_1, &[("field", &field)])
            }
            Code::SecurityNone => {
                crate::lang::fill_values(self.title_security_none_1, &[("field", &field)])
            }
            Code::SecurityAuto => {
                crate::lang::fill_values(self.title_security_auto_1, &[("field", &field)])
            }
            Code::UsernameFormat => match exp {
                Some(e) if e.contains('@') => self.title_username_format_1.to_string(),
                Some(_) => self.title_username_format_2.to_string(),
                None => super::names(ctx.lang)
                    .code_title(Code::UsernameFormat)
                    .to_string(),
            },
            Code::ClientTlsLegacy if ctx.finding.severity == Severity::Info => {
                let min = ctx.min_tls().or(exp).unwrap_or("1.2");
                crate::lang::fill_values(self.title_client_tls_legacyifctx_1, &[("min", &min)])
            }
            Code::OsEndOfSupport => match ctx.os().or_else(|| obs.map(super::steps::os_display)) {
                Some(os) => {
                    crate::lang::fill_values(self.title_os_end_of_support_1, &[("os", &os)])
                }
                None => super::names(ctx.lang)
                    .code_title(Code::OsEndOfSupport)
                    .to_string(),
            },
            Code::RecipientsOverLimit => match obs {
                Some(n) => {
                    crate::lang::fill_values(self.title_recipients_over_limit_1, &[("n", &n)])
                }
                None => super::names(ctx.lang)
                    .code_title(Code::RecipientsOverLimit)
                    .to_string(),
            },
            Code::DomainUnknown => match exp {
                Some(e) => crate::lang::fill_values(self.title_domain_unknown_1, &[("e", &e)]),
                None => super::names(ctx.lang)
                    .code_title(Code::DomainUnknown)
                    .to_string(),
            },
            Code::ClientNoPop if !ctx.app.is_empty() => {
                crate::lang::fill_values(self.title_client_no_pop, &[("app", &g.name(ctx.app))])
            }
            Code::ClientTlsLegacy if !ctx.app.is_empty() => match (ctx.os(), ctx.min_tls()) {
                (Some(os), Some(min)) => crate::lang::fill_values(
                    self.title_client_tls_legacy_os,
                    &[
                        ("os", &os),
                        ("app", &g.name_inside(&ctx.app_version())),
                        ("min", &min),
                    ],
                ),
                (None, Some(min)) => crate::lang::fill_values(
                    self.title_client_tls_legacy,
                    &[("app", &g.name(&ctx.app_version())), ("min", &min)],
                ),
                _ => return None,
            },
            Code::ClientEndOfSupport if !ctx.app.is_empty() => crate::lang::fill_values(
                self.title_client_end_of_support,
                &[("app", &g.name(&ctx.app_version()))],
            ),
            Code::ClientCloudSync if !ctx.app.is_empty() => {
                crate::lang::fill_values(self.title_client_cloud_sync, &[("app", &g.name(ctx.app))])
            }
            Code::ForeignLoginBlocked if !ctx.app.is_empty() => crate::lang::fill_values(
                self.title_foreign_login_blocked,
                &[("app", &g.name(ctx.app))],
            ),
            _ => return None,
        })
    }
}
