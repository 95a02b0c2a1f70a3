//! DNS messages on the wire: queries for RFC 8484 GET, responses read into [`Answer`]s.

use super::error::DnsError;
use super::words::words;
use crate::lang::Lang;
use crate::names::{ip_literal, normalize_host};
use crate::share::base64url_encode;
use hickory_proto::op::{Message, MessageType, OpCode, Query, ResponseCode};
use hickory_proto::rr::{Name, RData, RecordType};
use std::fmt::Write as _;
use std::net::IpAddr;

/// The longest CNAME chain followed from the asked name (resolvers give up near 8–16 too).
pub const MAX_CNAME_CHAIN: usize = 12;

/// What is asked about a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QueryKind {
    A,
    Aaaa,
    Mx,
    Srv,
    Txt,
    Cname,
    /// Reverse look-up: the name given is an IP address.
    Ptr,
}

impl QueryKind {
    pub const ALL: [QueryKind; 7] = [
        QueryKind::A,
        QueryKind::Aaaa,
        QueryKind::Mx,
        QueryKind::Srv,
        QueryKind::Txt,
        QueryKind::Cname,
        QueryKind::Ptr,
    ];

    /// The record type's mnemonic (`AAAA`).
    pub fn as_str(self) -> &'static str {
        match self {
            QueryKind::A => "A",
            QueryKind::Aaaa => "AAAA",
            QueryKind::Mx => "MX",
            QueryKind::Srv => "SRV",
            QueryKind::Txt => "TXT",
            QueryKind::Cname => "CNAME",
            QueryKind::Ptr => "PTR",
        }
    }

    fn record_type(self) -> RecordType {
        match self {
            QueryKind::A => RecordType::A,
            QueryKind::Aaaa => RecordType::AAAA,
            QueryKind::Mx => RecordType::MX,
            QueryKind::Srv => RecordType::SRV,
            QueryKind::Txt => RecordType::TXT,
            QueryKind::Cname => RecordType::CNAME,
            QueryKind::Ptr => RecordType::PTR,
        }
    }
}

/// One record of the final answer. Names are canonical: lower case, no trailing dot (the root
/// is `"."`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Record {
    /// A or AAAA.
    Address(IpAddr),
    Mx {
        preference: u16,
        exchange: String,
    },
    Srv {
        priority: u16,
        weight: u16,
        port: u16,
        /// `"."` means the service is decidedly not offered (RFC 2782).
        target: String,
    },
    /// One TXT record: its character-strings in order (not UTF-8 → replacement characters).
    Txt(Vec<String>),
    Ptr(String),
    Cname(String),
}

/// How the look-up came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Records of the asked type were found (after any CNAME chain).
    Found,
    /// The name exists but has no record of this type (NOERROR, empty answer, "NODATA").
    NoData,
    /// NXDOMAIN: no such name. A normal answer, not a failure: the panel shows it as a result.
    NoSuchName,
}

impl Status {
    /// One line for the agent, in `lang`.
    pub fn message(self, lang: Lang) -> &'static str {
        let w = words(lang);
        match self {
            Status::Found => w.status_found,
            Status::NoData => w.status_no_data,
            Status::NoSuchName => w.status_no_such_name,
        }
    }
}

/// A parsed DoH answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    /// The name asked, canonical (for PTR: the `in-addr.arpa` / `ip6.arpa` name).
    pub asked: String,
    pub kind: QueryKind,
    pub status: Status,
    /// CNAME targets followed from `asked`, in order; empty when `asked` is no alias.
    pub chain: Vec<String>,
    /// Records of the asked type at the end of the chain (MX sorted by preference, SRV by
    /// priority then weight, highest weight first; otherwise in the server's order).
    pub records: Vec<Record>,
}

impl Answer {
    /// The name the records belong to: the last CNAME target, or the asked name.
    pub fn final_name(&self) -> &str {
        self.chain.last().unwrap_or(&self.asked)
    }

    /// The A/AAAA addresses of the answer.
    pub fn addresses(&self) -> impl Iterator<Item = IpAddr> + '_ {
        self.records.iter().filter_map(|r| match r {
            Record::Address(ip) => Some(*ip),
            _ => None,
        })
    }
}

/// The reverse-lookup name of an address (`25.2.0.192.in-addr.arpa`, nibbles for IPv6).
pub fn reverse_name(ip: IpAddr) -> String {
    let mut out = String::new();
    match ip {
        IpAddr::V4(v4) => {
            for octet in v4.octets().iter().rev() {
                let _ = write!(out, "{octet}.");
            }
            out.push_str("in-addr.arpa");
        }
        IpAddr::V6(v6) => {
            for byte in v6.octets().iter().rev() {
                let _ = write!(out, "{:x}.{:x}.", byte & 0x0f, byte >> 4);
            }
            out.push_str("ip6.arpa");
        }
    }
    out
}

/// The canonical name a query of `kind` about `name` asks for; rejects what is no DNS name.
fn query_name(name: &str, kind: QueryKind) -> Result<String, DnsError> {
    let invalid = || DnsError::InvalidName {
        name: name.trim().to_string(),
    };
    let canonical = match (kind, ip_literal(name)) {
        (QueryKind::Ptr, Some(ip)) => reverse_name(ip),
        (QueryKind::Ptr, None) => {
            let n = normalize_host(name);
            if !(n.ends_with(".in-addr.arpa") || n.ends_with(".ip6.arpa")) {
                return Err(invalid());
            }
            n
        }
        _ => normalize_host(name),
    };
    let labels_ok = canonical.split('.').all(|label| {
        !label.is_empty()
            && label.len() <= 63
            && label
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    });
    if canonical.is_empty() || canonical.len() > 253 || !labels_ok {
        return Err(invalid());
    }
    Ok(canonical)
}

/// A DNS query in wire format for RFC 8484: message ID 0, recursion desired, one question.
/// For [`QueryKind::Ptr`] `name` is an IP address (or already an `.arpa` name).
pub fn build_query(name: &str, kind: QueryKind) -> Result<Vec<u8>, DnsError> {
    let canonical = query_name(name, kind)?;
    let invalid = || DnsError::InvalidName {
        name: name.trim().to_string(),
    };
    let qname = Name::from_ascii(format!("{canonical}.")).map_err(|_| invalid())?;
    let mut msg = Message::new(0, MessageType::Query, OpCode::Query);
    msg.metadata.recursion_desired = true;
    msg.add_query(Query::query(qname, kind.record_type()));
    msg.to_vec().map_err(|_| invalid())
}

/// The RFC 8484 GET URL: `resolver?dns=<base64url, no padding>` (`&dns=` when the resolver URL
/// already carries a query).
pub fn doh_get_url(resolver: &str, query: &[u8]) -> String {
    let resolver = resolver.trim();
    let sep = match resolver.find('?') {
        None => "?",
        Some(_) if resolver.ends_with('?') || resolver.ends_with('&') => "",
        Some(_) => "&",
    };
    format!("{resolver}{sep}dns={}", base64url_encode(query))
}

/// Reads an HTTP reply from a DoH resolver: a status other than 2xx is [`DnsError::Http`],
/// otherwise the body must be the DNS answer to the question asked.
pub fn parse_doh_reply(
    http_status: u16,
    body: &[u8],
    asked: &str,
    kind: QueryKind,
) -> Result<Answer, DnsError> {
    if !(200..300).contains(&http_status) {
        return Err(DnsError::Http {
            status: http_status,
        });
    }
    parse_response(body, asked, kind)
}

/// A name from the wire in canonical form.
fn name_text(name: &Name) -> String {
    if name.is_root() {
        return ".".to_string();
    }
    name.to_ascii().trim_end_matches('.').to_ascii_lowercase()
}

fn question_text(name: &str, kind: &str) -> String {
    format!("{name} {kind}")
}

fn record_of(data: &RData) -> Option<Record> {
    Some(match data {
        RData::A(a) => Record::Address(IpAddr::V4(a.0)),
        RData::AAAA(a) => Record::Address(IpAddr::V6(a.0)),
        RData::MX(mx) => Record::Mx {
            preference: mx.preference,
            exchange: name_text(&mx.exchange),
        },
        RData::SRV(srv) => Record::Srv {
            priority: srv.priority,
            weight: srv.weight,
            port: srv.port,
            target: name_text(&srv.target),
        },
        RData::TXT(txt) => Record::Txt(
            txt.txt_data
                .iter()
                .map(|s| String::from_utf8_lossy(s).into_owned())
                .collect(),
        ),
        RData::PTR(ptr) => Record::Ptr(name_text(&ptr.0)),
        RData::CNAME(cname) => Record::Cname(name_text(&cname.0)),
        _ => return None,
    })
}

/// Reads a DNS response (wire format) to the question `asked`/`kind` (`asked` as given to
/// [`build_query`]), following the CNAME chain from the asked name.
pub fn parse_response(bytes: &[u8], asked: &str, kind: QueryKind) -> Result<Answer, DnsError> {
    let expected = query_name(asked, kind)?;
    let msg = Message::from_vec(bytes).map_err(|_| DnsError::NotDns)?;
    if msg.metadata.message_type != MessageType::Response {
        return Err(DnsError::NotDns);
    }
    let rcode = msg.metadata.response_code;

    // The question must be ours. A failure rcode without a question still tells its failure.
    match msg.queries.as_slice() {
        [q] => {
            let got = name_text(q.name());
            if got != expected || q.query_type() != kind.record_type() {
                return Err(DnsError::WrongQuestion {
                    asked: question_text(&expected, kind.as_str()),
                    answered: question_text(&got, &q.query_type().to_string()),
                });
            }
        }
        [] if !matches!(rcode, ResponseCode::NoError | ResponseCode::NXDomain) => {}
        other => {
            return Err(DnsError::WrongQuestion {
                asked: question_text(&expected, kind.as_str()),
                answered: other
                    .iter()
                    .map(|q| question_text(&name_text(q.name()), &q.query_type().to_string()))
                    .collect::<Vec<_>>()
                    .join(", "),
            })
        }
    }
    if msg.metadata.truncation {
        return Err(DnsError::Truncated);
    }
    match rcode {
        ResponseCode::NoError | ResponseCode::NXDomain => {}
        ResponseCode::ServFail => return Err(DnsError::ServFail),
        ResponseCode::Refused => return Err(DnsError::Refused),
        other => {
            return Err(DnsError::Rcode {
                code: u16::from(other),
                name: other.to_str().to_string(),
            })
        }
    }

    let want = kind.record_type();
    let mut current = expected.clone();
    let mut chain: Vec<String> = Vec::new();
    let mut records: Vec<Record> = Vec::new();
    loop {
        let here = || msg.answers.iter().filter(|r| name_text(&r.name) == current);
        records.extend(
            here()
                .filter(|r| r.record_type() == want)
                .filter_map(|r| record_of(&r.data)),
        );
        if !records.is_empty() {
            break;
        }
        let next = here().find_map(|r| match &r.data {
            RData::CNAME(c) => Some(name_text(&c.0)),
            _ => None,
        });
        let Some(next) = next else { break };
        if next == expected || chain.contains(&next) {
            return Err(DnsError::CnameLoop { name: next });
        }
        if chain.len() >= MAX_CNAME_CHAIN {
            return Err(DnsError::CnameChainTooLong {
                length: chain.len(),
            });
        }
        chain.push(next.clone());
        current = next;
    }

    match kind {
        QueryKind::Mx => records.sort_by_key(|r| match r {
            Record::Mx { preference, .. } => *preference,
            _ => u16::MAX,
        }),
        QueryKind::Srv => records.sort_by_key(|r| match r {
            Record::Srv {
                priority, weight, ..
            } => (*priority, u16::MAX - *weight),
            _ => (u16::MAX, u16::MAX),
        }),
        _ => {}
    }
    let status = if rcode == ResponseCode::NXDomain {
        Status::NoSuchName
    } else if records.is_empty() {
        Status::NoData
    } else {
        Status::Found
    };
    Ok(Answer {
        asked: expected,
        kind,
        status,
        chain,
        records,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reverse_names() {
        assert_eq!(
            reverse_name("192.0.2.25".parse().unwrap()),
            "25.2.0.192.in-addr.arpa"
        );
        assert_eq!(
            reverse_name("2001:db8::25".parse().unwrap()),
            "5.2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa"
        );
    }

    #[test]
    fn query_names_are_canonical_and_checked() {
        assert_eq!(
            query_name("IMAP.Mail.Example.JP.", QueryKind::A).unwrap(),
            "imap.mail.example.jp"
        );
        assert_eq!(
            query_name("_imaps._tcp.aoi.example.jp", QueryKind::Srv).unwrap(),
            "_imaps._tcp.aoi.example.jp"
        );
        assert_eq!(
            query_name("ほたる.example.jp", QueryKind::Mx).unwrap(),
            "xn--f9jvc5b.example.jp"
        );
        for bad in ["", ".", "a..b", "has space.jp", &"x".repeat(64), "a/b"] {
            assert!(
                matches!(
                    query_name(bad, QueryKind::A),
                    Err(DnsError::InvalidName { .. })
                ),
                "{bad:?}"
            );
        }
        assert!(query_name("not-an-ip.example.jp", QueryKind::Ptr).is_err());
    }

    #[test]
    fn get_url_separators() {
        let q = [0u8, 0, 1];
        assert_eq!(
            doh_get_url("https://r/dns-query", &q),
            "https://r/dns-query?dns=AAAB"
        );
        assert_eq!(
            doh_get_url("https://r/q?x=1", &q),
            "https://r/q?x=1&dns=AAAB"
        );
        assert_eq!(doh_get_url("https://r/q?", &q), "https://r/q?dns=AAAB");
    }
}
