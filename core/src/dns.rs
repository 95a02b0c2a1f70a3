//! DNS checks over DNS-over-HTTPS (RFC 8484): the wire format built and parsed by
//! `hickory-proto`, the list of look-ups the DNS panel runs for a customer's domain, and what an
//! answer means against the profile (current host, retired on-prem server, or unknown).
//!
//! The engine never does I/O: the browser (or the CLI, or a test) sends
//! [`doh_get_url`]`(resolver, &`[`build_query`]`(..))`, then hands the HTTP status and body to
//! [`parse_doh_reply`]. Transport failures it saw itself (fetch rejected, timeout) it reports
//! with [`DnsError::Network`] and [`DnsError::Timeout`] so every failure has one wording.

mod checks;
mod classify;
mod error;
mod wire;
pub(crate) mod words;

pub use checks::{checks_for, Check, Purpose, ServerRole, SrvService};
pub use classify::{classify, classify_host, current_addresses, AddressClass};
pub use error::DnsError;
pub use wire::{
    build_query, doh_get_url, parse_doh_reply, parse_response, reverse_name, Answer, QueryKind,
    Record, Status, MAX_CNAME_CHAIN,
};
