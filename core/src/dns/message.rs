//! DNS messages on the wire (RFC 1035 §4): the one query the engine sends, and a reader for
//! responses. Written for this engine instead of a general DNS library: it reads what the DNS
//! checks use and checks the rest only for structure.
//!
//! The reader takes a response the way hickory-proto 0.26 (the library it replaced) took it, so
//! the checks answer as before; core/tests/dns_parity.rs compares the two on many messages. It
//! accepts and rejects the same messages, with one deliberate difference: the RDATA of a type it
//! does not read (CAA, HTTPS, the EDNS options of OPT, …) is skipped by its RDLENGTH, where
//! hickory rejected the whole message when that RDATA was malformed.

use std::fmt::Write as _;
use std::net::{Ipv4Addr, Ipv6Addr};

pub const TYPE_A: u16 = 1;
pub const TYPE_NS: u16 = 2;
pub const TYPE_CNAME: u16 = 5;
pub const TYPE_SOA: u16 = 6;
pub const TYPE_PTR: u16 = 12;
pub const TYPE_MX: u16 = 15;
pub const TYPE_TXT: u16 = 16;
pub const TYPE_SIG: u16 = 24;
pub const TYPE_AAAA: u16 = 28;
pub const TYPE_SRV: u16 = 33;
pub const TYPE_OPT: u16 = 41;
pub const TYPE_TSIG: u16 = 250;
/// ANAME as hickory numbers it (a draft type with no assigned code).
const TYPE_ANAME: u16 = 65305;

pub const RCODE_NOERROR: u16 = 0;
pub const RCODE_SERVFAIL: u16 = 2;
pub const RCODE_NXDOMAIN: u16 = 3;
pub const RCODE_REFUSED: u16 = 5;

const CLASS_IN: u16 = 1;
const OPCODE_UPDATE: u16 = 5;
/// The longest name on the wire, labels and their length octets and the root octet together.
const MAX_NAME: usize = 255;

/// A query in wire format: ID 0 (RFC 8484), recursion desired, one question of class IN.
/// `name` is a checked name without the trailing dot: labels of 1–63 octets, at most 253 in all.
pub fn query(name: &str, qtype: u16) -> Vec<u8> {
    let mut out = vec![0, 0, 0x01, 0, 0, 1, 0, 0, 0, 0, 0, 0];
    for label in name.split('.') {
        out.push(label.len() as u8);
        out.extend_from_slice(label.as_bytes());
    }
    out.push(0);
    out.extend_from_slice(&qtype.to_be_bytes());
    out.extend_from_slice(&CLASS_IN.to_be_bytes());
    out
}

/// A response as the DNS checks need it. Names are canonical: lower case, no trailing dot, the
/// root as `"."`, and octets that are no letter, digit, `-` or `_` escaped as `\c` or `\ooo`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The QR bit: a response, not a query.
    pub response: bool,
    /// The TC bit.
    pub truncated: bool,
    /// The response code, with the upper eight bits from an OPT record (RFC 6891).
    pub rcode: u16,
    pub questions: Vec<Question>,
    /// The answer section. The authority and additional sections are read only for structure
    /// (and the OPT record).
    pub answers: Vec<Record>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    pub name: String,
    pub qtype: u16,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub name: String,
    pub rtype: u16,
    pub data: Data,
}

/// The RDATA of the types the checks read; [`Data::Other`] for the rest and for empty RDATA.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Data {
    A(Ipv4Addr),
    Aaaa(Ipv6Addr),
    Mx {
        preference: u16,
        exchange: String,
    },
    Srv {
        priority: u16,
        weight: u16,
        port: u16,
        target: String,
    },
    /// The character-strings, as octets.
    Txt(Vec<Vec<u8>>),
    Ptr(String),
    Cname(String),
    Other,
}

/// The bytes are no well-formed DNS message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Malformed;

type Read<T> = Result<T, Malformed>;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Section {
    Answer,
    Authority,
    Additional,
}

/// Reads a DNS message. Bytes after the last section are ignored.
pub fn parse(bytes: &[u8]) -> Read<Message> {
    let mut r = Reader { msg: bytes, pos: 0 };
    let _id = r.u16()?;
    let flags = r.u16()?;
    let counts = [r.u16()?, r.u16()?, r.u16()?, r.u16()?];
    let update = (flags >> 11) & 0x0f == OPCODE_UPDATE;

    let mut questions = Vec::new();
    for _ in 0..counts[0] {
        let name = r.name()?;
        let qtype = r.u16()?;
        let _class = r.u16()?;
        questions.push(Question { name, qtype });
    }
    let mut answers = Vec::new();
    for _ in 0..counts[1] {
        answers.push(r.record(Section::Answer, update)?.0);
    }
    for _ in 0..counts[2] {
        r.record(Section::Authority, update)?;
    }
    let mut rcode_high = None;
    for _ in 0..counts[3] {
        let (record, ttl) = r.record(Section::Additional, update)?;
        if record.rtype == TYPE_OPT {
            if rcode_high.is_some() {
                // Two OPT records (RFC 6891 §6.1.1).
                return Err(Malformed);
            }
            // The OPT record's TTL carries the upper bits of the rcode.
            rcode_high = Some((ttl >> 24) as u16);
        }
    }

    Ok(Message {
        response: flags & 0x8000 != 0,
        truncated: flags & 0x0200 != 0,
        rcode: (rcode_high.unwrap_or(0) << 4) | (flags & 0x000f),
        questions,
        answers,
    })
}

struct Reader<'a> {
    msg: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Read<&'a [u8]> {
        let bytes = self.msg.get(self.pos..self.pos + n).ok_or(Malformed)?;
        self.pos += n;
        Ok(bytes)
    }

    fn u16(&mut self) -> Read<u16> {
        let b = self.take(2)?;
        Ok(u16::from_be_bytes([b[0], b[1]]))
    }

    fn u32(&mut self) -> Read<u32> {
        let b = self.take(4)?;
        Ok(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// A name, following compression pointers. A pointer must point before the start of the
    /// labels it continues, so every jump goes back and a chain of them ends; labels reached by a
    /// pointer must end before the place the pointer jumped from. At most 255 octets uncompressed.
    fn name(&mut self) -> Read<String> {
        let msg = self.msg;
        let mut at = self.pos;
        // Where the labels being read begin, and the offset they must stay below.
        let mut start = at;
        let mut limit = usize::MAX;
        // Where the name ends in the message: after the first pointer, or after the root octet.
        let mut end = None;
        let mut length = 1;
        let mut text = String::new();
        loop {
            if at >= limit {
                return Err(Malformed);
            }
            let octet = *msg.get(at).ok_or(Malformed)?;
            match octet >> 6 {
                0 if octet == 0 => break,
                0 => {
                    let len = usize::from(octet);
                    let label = msg.get(at + 1..at + 1 + len).ok_or(Malformed)?;
                    length += len + 1;
                    if length > MAX_NAME {
                        return Err(Malformed);
                    }
                    if !text.is_empty() {
                        text.push('.');
                    }
                    push_label(&mut text, label);
                    at += 1 + len;
                }
                3 => {
                    let low = *msg.get(at + 1).ok_or(Malformed)?;
                    let target = (usize::from(octet & 0x3f) << 8) | usize::from(low);
                    if target >= start {
                        return Err(Malformed);
                    }
                    end.get_or_insert(at + 2);
                    limit = start;
                    start = target;
                    at = target;
                }
                // 01 and 10: reserved label types (RFC 6891 §5 retired the one use of 01).
                _ => return Err(Malformed),
            }
        }
        self.pos = end.unwrap_or(at + 1);
        if text.is_empty() {
            return Ok(".".to_string());
        }
        // A last label ending in an escaped dot loses that dot too (as before: the old code
        // trimmed every trailing dot off the library's text).
        text.truncate(text.trim_end_matches('.').len());
        Ok(text)
    }

    /// A resource record and its TTL. `update`: the message is an UPDATE (RFC 2136).
    fn record(&mut self, section: Section, update: bool) -> Read<(Record, u32)> {
        let name = self.name()?;
        let rtype = self.u16()?;
        let _class = self.u16()?;
        let ttl = self.u32()?;
        let len = usize::from(self.u16()?);
        let end = self.pos + len;
        if end > self.msg.len() {
            return Err(Malformed);
        }
        if rtype == TYPE_OPT && name != "." {
            return Err(Malformed);
        }
        // OPT, SIG and TSIG belong in the additional section (RFC 6891, RFC 2931, RFC 8945).
        if section != Section::Additional && matches!(rtype, TYPE_OPT | TYPE_SIG | TYPE_TSIG) {
            return Err(Malformed);
        }
        if len == 0 {
            // Empty RDATA has a meaning only in UPDATE messages (RFC 2136) and for OPT.
            if !(update || rtype == TYPE_OPT) {
                return Err(Malformed);
            }
            let data = Data::Other;
            return Ok((Record { name, rtype, data }, ttl));
        }
        let data = match rtype {
            TYPE_A => {
                let b = self.take(4)?;
                Data::A(Ipv4Addr::new(b[0], b[1], b[2], b[3]))
            }
            TYPE_AAAA => {
                let b: [u8; 16] = self.take(16)?.try_into().map_err(|_| Malformed)?;
                Data::Aaaa(Ipv6Addr::from(b))
            }
            TYPE_CNAME => Data::Cname(self.name()?),
            TYPE_PTR => Data::Ptr(self.name()?),
            TYPE_MX => Data::Mx {
                preference: self.u16()?,
                exchange: self.name()?,
            },
            TYPE_SRV => Data::Srv {
                priority: self.u16()?,
                weight: self.u16()?,
                port: self.u16()?,
                target: self.name()?,
            },
            TYPE_TXT => {
                let mut strings = Vec::new();
                while self.pos < end {
                    let n = usize::from(self.take(1)?[0]);
                    strings.push(self.take(n)?.to_vec());
                }
                Data::Txt(strings)
            }
            // Names read only to check them: the servers and the SOA of the authority section.
            TYPE_NS | TYPE_ANAME => {
                self.name()?;
                Data::Other
            }
            TYPE_SOA => {
                self.name()?;
                self.name()?;
                self.take(20)?;
                Data::Other
            }
            // Meta types (ANY, AXFR, IXFR) and type 0 carry no RDATA.
            0 | 251 | 252 | 255 => return Err(Malformed),
            _ => {
                self.pos = end;
                Data::Other
            }
        };
        if self.pos != end {
            return Err(Malformed);
        }
        Ok((Record { name, rtype, data }, ttl))
    }
}

/// Appends a label's octets as text, lower case, escaping what is no letter or digit, no `-`
/// (except first) and no `_` (a `*` is kept when first): `\c` for printable ASCII, `\ooo` (octal)
/// for the rest — the old library's form, which the WrongQuestion message shows.
fn push_label(text: &mut String, label: &[u8]) {
    for (i, &b) in label.iter().enumerate() {
        let b = b.to_ascii_lowercase();
        let plain =
            b.is_ascii_alphanumeric() || b == b'_' || (b == b'-' && i > 0) || (b == b'*' && i == 0);
        if plain {
            text.push(char::from(b));
        } else if b.is_ascii_graphic() {
            text.push('\\');
            text.push(char::from(b));
        } else {
            let _ = write!(text, "\\{b:03o}");
        }
    }
}

/// The mnemonic of a record type as the old library printed it (`Unknown` for a type it had no
/// name for).
pub fn type_name(code: u16) -> &'static str {
    match code {
        0 => "ZERO",
        1 => "A",
        2 => "NS",
        5 => "CNAME",
        6 => "SOA",
        10 => "NULL",
        12 => "PTR",
        13 => "HINFO",
        15 => "MX",
        16 => "TXT",
        24 => "SIG",
        25 => "KEY",
        28 => "AAAA",
        33 => "SRV",
        35 => "NAPTR",
        37 => "CERT",
        39 => "DNAME",
        41 => "OPT",
        43 => "DS",
        44 => "SSHFP",
        46 => "RRSIG",
        47 => "NSEC",
        48 => "DNSKEY",
        50 => "NSEC3",
        51 => "NSEC3PARAM",
        52 => "TLSA",
        53 => "SMIMEA",
        59 => "CDS",
        60 => "CDNSKEY",
        61 => "OPENPGPKEY",
        62 => "CSYNC",
        64 => "SVCB",
        65 => "HTTPS",
        250 => "TSIG",
        251 => "IXFR",
        252 => "AXFR",
        255 => "ANY",
        257 => "CAA",
        TYPE_ANAME => "ANAME",
        _ => "Unknown",
    }
}

/// The name of a response code as the old library gave it (`Unknown response code` for codes
/// it had no name for).
pub fn rcode_name(code: u16) -> &'static str {
    match code {
        0 => "No Error",
        1 => "Form Error",
        2 => "Server Failure",
        3 => "Non-Existent Domain",
        4 => "Not Implemented",
        5 => "Query Refused",
        6 => "Name should not exist",
        7 => "RR Set should not exist",
        8 => "RR Set does not exist",
        9 => "Not authorized",
        10 => "Name not in zone",
        16 => "TSIG Failure",
        17 => "Key not recognized",
        18 => "Signature out of time window",
        19 => "Bad TKEY mode",
        20 => "Duplicate key name",
        21 => "Algorithm not supported",
        22 => "Bad truncation",
        23 => "Bad server cookie",
        _ => "Unknown response code",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(flags: u16, counts: [u16; 4]) -> Vec<u8> {
        let mut out = vec![0, 0];
        out.extend_from_slice(&flags.to_be_bytes());
        for c in counts {
            out.extend_from_slice(&c.to_be_bytes());
        }
        out
    }

    #[test]
    fn query_is_one_question_with_rd() {
        assert_eq!(
            query("a.jp", TYPE_MX),
            [0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, b'a', 2, b'j', b'p', 0, 0, 15, 0, 1]
        );
    }

    #[test]
    fn compressed_names_are_followed_and_pointer_loops_refused() {
        // Question "a.jp" at 12, then an answer whose owner points at it.
        let mut msg = header(0x8180, [1, 1, 0, 0]);
        msg.extend_from_slice(&[1, b'A', 2, b'j', b'p', 0, 0, 1, 0, 1]);
        msg.extend_from_slice(&[0xc0, 12, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 192, 0, 2, 1]);
        let m = parse(&msg).unwrap();
        assert_eq!(m.questions[0].name, "a.jp");
        assert_eq!(m.answers[0].name, "a.jp");
        assert_eq!(m.answers[0].data, Data::A(Ipv4Addr::new(192, 0, 2, 1)));

        // A pointer to itself, and one forward: no loop can be built.
        for ptr in [[0xc0, 12], [0xc0, 14]] {
            let mut bad = header(0x8180, [1, 0, 0, 0]);
            bad.extend_from_slice(&ptr);
            bad.extend_from_slice(&[0, 1, 0, 1]);
            assert_eq!(parse(&bad), Err(Malformed));
        }
    }

    #[test]
    fn names_longer_than_255_octets_are_refused() {
        let label = [b'x'; 63];
        let mut msg = header(0x8180, [1, 0, 0, 0]);
        for _ in 0..4 {
            msg.push(63);
            msg.extend_from_slice(&label);
        }
        msg.extend_from_slice(&[0, 0, 1, 0, 1]);
        assert_eq!(parse(&msg), Err(Malformed));
    }

    #[test]
    fn odd_octets_in_labels_are_escaped() {
        let mut text = String::new();
        push_label(&mut text, b"-A.b*\x00\xff");
        assert_eq!(text, "\\-a\\.b\\*\\000\\377");
    }

    #[test]
    fn opt_extends_the_rcode() {
        let mut msg = header(0x8183, [0, 0, 0, 1]);
        msg.extend_from_slice(&[0, 0, 41, 0x10, 0, 0x01, 0, 0, 0, 0, 0]);
        assert_eq!(parse(&msg).unwrap().rcode, 0x13);
        // A second OPT record is an error.
        let mut twice = header(0x8183, [0, 0, 0, 2]);
        for _ in 0..2 {
            twice.extend_from_slice(&[0, 0, 41, 0x10, 0, 0, 0, 0, 0, 0, 0]);
        }
        assert_eq!(parse(&twice), Err(Malformed));
    }
}
