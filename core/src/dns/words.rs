//! The DNS checks' words (errors, what a look-up is for, what an answer means, what a login IP
//! in Microsoft's ranges means: `crate::ipranges`): a table in each language's folder
//! (`core/src/lang/<tag>/dns.rs`), one field per message, filled by [`crate::lang::fill`] (see
//! `crate::word_table`).

use crate::lang::Lang;

/// The table of `lang`.
pub(crate) fn words(lang: Lang) -> &'static Words {
    crate::word_table::in_lang!(lang, crate::lang => DNS)
}

crate::word_table! {
    /// Every message of the DNS checks, in one language.
    pub(crate) struct Words {
        /// [`super::DnsError::InvalidName`]: `{name}`.
        error_invalid_name,
        /// [`super::DnsError::Http`]: `{status}`.
        error_http,
        /// [`super::DnsError::Network`] (no placeholder).
        error_network,
        /// [`super::DnsError::Timeout`] (no placeholder).
        error_timeout,
        /// [`super::DnsError::NotDns`] (no placeholder).
        error_not_dns,
        /// [`super::DnsError::ServFail`] (no placeholder).
        error_servfail,
        /// [`super::DnsError::Refused`] (no placeholder).
        error_refused,
        /// [`super::DnsError::Rcode`]: `{name}` (the rcode's name), `{code}`.
        error_rcode,
        /// [`super::DnsError::Truncated`] (no placeholder).
        error_truncated,
        /// [`super::DnsError::WrongQuestion`]: `{asked}`, `{answered}`.
        error_wrong_question,
        /// [`super::DnsError::CnameLoop`]: `{name}`.
        error_cname_loop,
        /// [`super::DnsError::CnameChainTooLong`]: `{length}`.
        error_cname_chain_too_long,
        /// What the MX look-up is for (no placeholder).
        purpose_mx,
        /// What the look-up of a current host is for: `{roles}` (joined by
        /// [`Words::role_separator`]).
        purpose_current_host,
        /// Between two roles in [`Words::purpose_current_host`] (no placeholder).
        role_separator,
        /// What the look-up of a retired host is for (no placeholder).
        purpose_retired_host,
        /// What the `autoconfig.` look-up is for (no placeholder).
        purpose_autoconfig,
        /// What the `autodiscover.` look-up is for (no placeholder).
        purpose_autodiscover,
        /// What the `_imap._tcp` SRV look-up is for (no placeholder).
        srv_imap,
        /// What the `_imaps._tcp` SRV look-up is for (no placeholder).
        srv_imaps,
        /// What the `_pop3._tcp` SRV look-up is for (no placeholder).
        srv_pop3,
        /// What the `_pop3s._tcp` SRV look-up is for (no placeholder).
        srv_pop3s,
        /// What the `_submission._tcp` SRV look-up is for (no placeholder).
        srv_submission,
        /// What the `_submissions._tcp` SRV look-up is for (no placeholder).
        srv_submissions,
        /// What the `_autodiscover._tcp` SRV look-up is for (no placeholder).
        srv_autodiscover,
        /// [`super::Status::Found`] (no placeholder).
        status_found,
        /// [`super::Status::NoData`] (no placeholder).
        status_no_data,
        /// [`super::Status::NoSuchName`] (no placeholder).
        status_no_such_name,
        /// [`super::AddressClass::Current`] (no placeholder).
        address_current,
        /// [`super::AddressClass::Retired`] without a date (no placeholder).
        address_retired,
        /// [`super::AddressClass::Retired`] with the date it stopped: `{date}`.
        address_retired_on,
        /// [`super::AddressClass::Unknown`] (no placeholder).
        address_unknown,
        /// A login IP inside Microsoft's sync ranges
        /// ([`crate::ipranges::IpVerdict::explanation`]): what it does and does not prove (no
        /// placeholder).
        login_ip_inside,
        /// A login IP outside them: what it does and does not prove (no placeholder).
        login_ip_outside,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_language_has_every_message_with_the_same_placeholders() {
        crate::word_table::check(|lang| super::words(lang).all());
    }
}
