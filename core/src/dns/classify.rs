//! What an address (or a host name) in an answer means against the profile.
//!
//! The profile lists retired IPs but not current ones (the cloud's addresses change), so an
//! address is "current" only when a current host resolved to it in the same run of checks.

use super::checks::Check;
use super::wire::Answer;
use super::words::words;
use crate::date::Date;
use crate::lang::{fill, Lang, Localized};
use crate::names::normalize_host;
use crate::profile::Profile;
use std::net::IpAddr;

/// The standing of an address or host name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AddressClass {
    /// What a current host of the profile resolves to (in this run), or a current host name.
    Current,
    /// A retired on-prem server of the profile.
    Retired {
        until: Option<Date>,
        note: Option<Localized>,
    },
    /// Neither: not in the profile.
    Unknown,
}

impl AddressClass {
    /// One line saying what this means for the customer, in `lang`.
    pub fn meaning(&self, lang: Lang) -> String {
        let w = words(lang);
        match self {
            AddressClass::Current => w.address_current.into(),
            AddressClass::Retired { until: None, .. } => w.address_retired.into(),
            AddressClass::Retired {
                until: Some(date), ..
            } => fill(w.address_retired_on, &[("date", &date.to_string())]),
            AddressClass::Unknown => w.address_unknown.into(),
        }
    }
}

/// The addresses that current hosts resolved to in one run of checks (retired ones left out).
pub fn current_addresses<'a>(
    profile: &Profile,
    run: impl IntoIterator<Item = (&'a Check, &'a Answer)>,
) -> Vec<IpAddr> {
    let mut out: Vec<IpAddr> = Vec::new();
    for (check, answer) in run {
        if !check.purpose.is_current_host() {
            continue;
        }
        for ip in answer.addresses() {
            if profile.retired_ip(ip).is_none() && !out.contains(&ip) {
                out.push(ip);
            }
        }
    }
    out
}

/// The standing of an address: retired when the profile lists it; current when a current host
/// resolved to it in this run (`current`, see [`current_addresses`]); otherwise unknown.
pub fn classify(profile: &Profile, ip: IpAddr, current: &[IpAddr]) -> AddressClass {
    if let Some(r) = profile.retired_ip(ip) {
        return AddressClass::Retired {
            until: r.until,
            note: r.note.clone(),
        };
    }
    if current.contains(&ip) {
        AddressClass::Current
    } else {
        AddressClass::Unknown
    }
}

/// The standing of a host name in an answer (an MX exchange, a CNAME or SRV target) for the
/// customer's `domain`: retired or current per the profile, otherwise unknown.
pub fn classify_host(profile: &Profile, domain: &str, host: &str) -> AddressClass {
    let host = normalize_host(host);
    if let Some(r) = profile.retired_host(&host) {
        return AddressClass::Retired {
            until: r.until,
            note: r.note.clone(),
        };
    }
    let domain = normalize_host(domain);
    if profile.knows_host(&host, &domain) {
        AddressClass::Current
    } else {
        AddressClass::Unknown
    }
}
