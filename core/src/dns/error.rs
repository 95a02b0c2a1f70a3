//! Why a DNS check gave no answer, in words for the agent.

use super::words::words;
use crate::lang::{fill, Lang};
use std::fmt;

/// Everything that can stop a DoH look-up from giving an answer. NXDOMAIN is not here: "no
/// such name" is an answer ([`super::Status::NoSuchName`]), and it keeps the CNAME chain that
/// led to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DnsError {
    /// The name to look up is no DNS name (or, for PTR, no IP address).
    InvalidName { name: String },
    /// The resolver answered with an HTTP status other than 2xx.
    Http { status: u16 },
    /// No HTTP answer at all: nothing listening, no network, or the browser blocked it (CORS).
    Network,
    /// No answer within the time allowed.
    Timeout,
    /// The body is not a DNS response (an HTML page, say).
    NotDns,
    /// SERVFAIL: the resolver could not get an answer from the name's servers.
    ServFail,
    /// REFUSED: the resolver will not answer this.
    Refused,
    /// Any other failure rcode (FORMERR, NOTIMP, …).
    Rcode { code: u16, name: String },
    /// The TC bit: the answer did not fit and was cut.
    Truncated,
    /// The response answers another question than the one asked.
    WrongQuestion { asked: String, answered: String },
    /// A CNAME chain that comes back to a name already seen.
    CnameLoop { name: String },
    /// A CNAME chain longer than [`super::MAX_CNAME_CHAIN`].
    CnameChainTooLong { length: usize },
}

impl DnsError {
    /// One line for the agent, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let w = words(lang);
        match self {
            DnsError::InvalidName { name } => fill(w.error_invalid_name, &[("name", name)]),
            DnsError::Http { status } => fill(w.error_http, &[("status", &status.to_string())]),
            DnsError::Network => w.error_network.into(),
            DnsError::Timeout => w.error_timeout.into(),
            DnsError::NotDns => w.error_not_dns.into(),
            DnsError::ServFail => w.error_servfail.into(),
            DnsError::Refused => w.error_refused.into(),
            DnsError::Rcode { code, name } => fill(
                w.error_rcode,
                &[("name", name), ("code", &code.to_string())],
            ),
            DnsError::Truncated => w.error_truncated.into(),
            DnsError::WrongQuestion { asked, answered } => fill(
                w.error_wrong_question,
                &[("asked", asked), ("answered", answered)],
            ),
            DnsError::CnameLoop { name } => fill(w.error_cname_loop, &[("name", name)]),
            DnsError::CnameChainTooLong { length } => fill(
                w.error_cname_chain_too_long,
                &[("length", &length.to_string())],
            ),
        }
    }
}

impl fmt::Display for DnsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for DnsError {}
