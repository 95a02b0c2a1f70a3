//! The diagnosis rules, one per file (rust-analyzer's `handlers/` style): each file is one
//! `pub fn check(ctx: &Context, out: &mut Vec<Finding>)` with its tests beside it as small
//! fixtures. [`RULES`] fixes the order in which they run; the report sorts by severity and
//! keeps this order within a severity.
//!
//! Rules hold no prose: a finding is a code, a severity, a field and the values.

mod address_invalid;
mod auth_method;
mod client_cloud_sync;
mod client_end_of_support;
mod client_tls_legacy;
mod dns_retired;
mod domain_unknown;
pub(crate) mod foreign_login_blocked;
mod host;
mod os_end_of_support;
mod port;
mod protocol;
#[cfg(feature = "sending")]
mod recipients_over_limit;
mod security;
#[cfg(feature = "sending")]
mod send_rate_over_limit;
mod smtp_auth_off;
mod username;

#[cfg(test)]
pub(crate) mod fixture;

use crate::case::{Case, ClientId, Protocol};
use crate::catalog::ClientSpec;
use crate::date::Date;
use crate::decode::Decoded;
use crate::names::Address;
use crate::pasted::Pasted;
use crate::profile::{Brand, Endpoint, Profile, ServerSet};
use crate::report::{Corrected, Finding};

/// Everything a rule may look at, worked out once per case.
#[derive(Debug)]
pub struct Context<'a> {
    pub case: &'a Case,
    pub profile: &'a Profile,
    /// Passed in: rules never read the clock.
    pub today: Date,
    /// The case's address, when it is one.
    pub address: Option<Address>,
    /// The address's domain, normalised (also when the profile does not know it).
    pub domain: Option<String>,
    /// The brand and server set of a known domain.
    pub brand: Option<&'a Brand>,
    pub servers: Option<&'a ServerSet>,
    pub client: Option<&'static ClientSpec>,
    pub client_id: Option<ClientId>,
    /// The version as the catalog names it (`"2016"` for "Outlook 2016"), else as typed.
    pub client_version: Option<String>,
    /// The OS as the catalog names it (`windows-7` for "Windows 7"), else as typed.
    pub os: Option<String>,
    /// The settings the customer should have (`docs/case.md`); `None` for an unknown domain.
    pub corrected: Option<Corrected>,
    /// The errors recognised in the case's pasted text, in order.
    pub errors: Vec<Decoded>,
    /// What else the pasted text mentions (IPs classified, hosts, login names, a time).
    pub pasted: Option<Pasted>,
}

impl Context<'_> {
    /// The profile's endpoint to compare the reported incoming host, port and security with:
    /// the endpoint of the reported protocol when the profile offers it (a client that cannot
    /// use it gets `client-no-pop`, not a finding per value), else the corrected one.
    pub fn incoming_reference(&self) -> Option<Reference> {
        let corrected = self.corrected.as_ref()?;
        let domain = self.domain.as_deref()?;
        let reported = self.case.incoming.as_ref().and_then(|i| i.protocol);
        if let Some(endpoint) = reported.and_then(|p| self.servers?.incoming(p)) {
            return Some(Reference::from_endpoint(endpoint, domain));
        }
        Some(Reference {
            host: corrected.incoming.host.clone(),
            port: corrected.incoming.port,
            security: corrected.incoming.security,
        })
    }

    /// The profile's outgoing endpoint to compare with (the corrected one).
    pub fn outgoing_reference(&self) -> Option<Reference> {
        let o = &self.corrected.as_ref()?.outgoing;
        Some(Reference {
            host: o.host.clone(),
            port: o.port,
            security: o.security,
        })
    }

    /// Whether the reported client (at its version) can use a protocol; unknown client: yes.
    pub fn client_supports(&self, protocol: Protocol) -> bool {
        self.client
            .is_none_or(|c| c.supports(protocol, self.client_version.as_deref()))
    }
}

/// One endpoint with its host filled in for the customer's domain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    pub host: String,
    pub port: u16,
    pub security: crate::case::Security,
}

impl Reference {
    fn from_endpoint(endpoint: &Endpoint, domain: &str) -> Reference {
        Reference {
            host: endpoint.host_for(domain),
            port: endpoint.port,
            security: endpoint.security,
        }
    }
}

/// A rule: looks at the context, pushes findings.
pub type Rule = fn(&Context, &mut Vec<Finding>);

/// Every rule, in the fixed order findings of one severity are reported in.
pub const RULES: &[(&str, Rule)] = &[
    ("address-invalid", address_invalid::check),
    ("domain-unknown", domain_unknown::check),
    ("protocol", protocol::check),
    ("host", host::check),
    ("port", port::check),
    ("security", security::check),
    ("smtp-auth-off", smtp_auth_off::check),
    ("auth-method", auth_method::check),
    ("username", username::check),
    ("client-tls-legacy", client_tls_legacy::check),
    ("client-end-of-support", client_end_of_support::check),
    ("os-end-of-support", os_end_of_support::check),
    ("foreign-login-blocked", foreign_login_blocked::check),
    ("client-cloud-sync", client_cloud_sync::check),
    // The sending pattern (`case.sending`) is asked by the desk only: the customers' page builds
    // the engine without these two rules and the sending advisor (feature `sending`).
    #[cfg(feature = "sending")]
    ("recipients-over-limit", recipients_over_limit::check),
    #[cfg(feature = "sending")]
    ("send-rate-over-limit", send_rate_over_limit::check),
    ("dns-retired", dns_retired::check),
];

/// Runs every rule in order, then sorts by severity (stable: rule order within a severity)
/// and drops repeats.
pub fn run(ctx: &Context) -> Vec<Finding> {
    let mut out = Vec::new();
    for (_, rule) in RULES {
        rule(ctx, &mut out);
    }
    let mut unique: Vec<Finding> = Vec::with_capacity(out.len());
    for f in out {
        if !unique.contains(&f) {
            unique.push(f);
        }
    }
    crate::order::stable_sort_by_key(&mut unique, |f| f.severity as u64);
    unique
}
