//! Our DNS message codec (src/dns/message.rs) against hickory-proto 0.26, the library it replaced:
//! `build_query` and `parse_response` must give what the old hickory-based code gave (kept below
//! as the oracle, as it was) on queries for many names, and on responses built with hickory —
//! every query kind, CNAME chains and loops, compression, rcodes with and without EDNS, the TC
//! bit, other questions, other opcodes — and on those responses mutated, cut and spliced, and on
//! random bytes. From a fixed seed, so a failure repeats; the failing message is printed in hex.
//!
//! One deliberate difference: RDATA of a type the codec does not read is skipped by its
//! RDLENGTH, where hickory decoded it and rejected the whole message when it was malformed.
//! Those types are the ones in [`SKIPPED`] (which hickory decodes) and the EDNS options in an
//! OPT record's RDATA. Where the two disagree, the oracle is asked again about the same bytes
//! with only that RDATA made unreadable to hickory (the record's type set to a private-use one,
//! the OPT options replaced by one empty-valued option), and must then agree. Nothing else may
//! differ: where hickory accepted a message, so must the codec, with the same answer.

use hickory_proto::op::{Edns, Message, MessageType, OpCode, Query, ResponseCode};
use hickory_proto::rr::rdata::sshfp::{Algorithm, FingerprintType};
use hickory_proto::rr::rdata::{A, AAAA, CNAME, HINFO, MX, NS, NULL, PTR, SOA, SRV, SSHFP, TXT};
use hickory_proto::rr::{Name, RData, Record as WireRecord, RecordType};
use hickory_proto::serialize::binary::{BinDecodable, BinDecoder};
use mail_doctor_core::dns::{
    build_query, parse_response, reverse_name, Answer, DnsError, QueryKind, Record, Status,
    MAX_CNAME_CHAIN,
};
use mail_doctor_core::names::{ip_literal, normalize_host};
use std::fmt::Write as _;
use std::net::IpAddr;

// ---------------------------------------------------------------------------------------------
// The oracle: the hickory-based code path of src/dns/wire.rs before the codec, unchanged but for
// the names of the private helpers it used.

fn old_record_type(kind: QueryKind) -> RecordType {
    match kind {
        QueryKind::A => RecordType::A,
        QueryKind::Aaaa => RecordType::AAAA,
        QueryKind::Mx => RecordType::MX,
        QueryKind::Srv => RecordType::SRV,
        QueryKind::Txt => RecordType::TXT,
        QueryKind::Cname => RecordType::CNAME,
        QueryKind::Ptr => RecordType::PTR,
    }
}

fn old_query_name(name: &str, kind: QueryKind) -> Result<String, DnsError> {
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

fn old_build_query(name: &str, kind: QueryKind) -> Result<Vec<u8>, DnsError> {
    let canonical = old_query_name(name, kind)?;
    let invalid = || DnsError::InvalidName {
        name: name.trim().to_string(),
    };
    let qname = Name::from_ascii(format!("{canonical}.")).map_err(|_| invalid())?;
    let mut msg = Message::new(0, MessageType::Query, OpCode::Query);
    msg.metadata.recursion_desired = true;
    msg.add_query(Query::query(qname, old_record_type(kind)));
    msg.to_vec().map_err(|_| invalid())
}

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

fn old_parse_response(bytes: &[u8], asked: &str, kind: QueryKind) -> Result<Answer, DnsError> {
    let expected = old_query_name(asked, kind)?;
    let msg = Message::from_vec(bytes).map_err(|_| DnsError::NotDns)?;
    if msg.metadata.message_type != MessageType::Response {
        return Err(DnsError::NotDns);
    }
    let rcode = msg.metadata.response_code;

    match msg.queries.as_slice() {
        [q] => {
            let got = name_text(q.name());
            if got != expected || q.query_type() != old_record_type(kind) {
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

    let want = old_record_type(kind);
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

// ---------------------------------------------------------------------------------------------
// The one deliberate difference.

/// Types whose RDATA hickory decodes (and may reject) but the codec skips by RDLENGTH. TSIG only
/// in the additional section: elsewhere both reject it for its place.
const SKIPPED: [u16; 13] = [
    10,  // NULL (hickory takes any bytes; listed for completeness)
    13,  // HINFO
    35,  // NAPTR
    37,  // CERT
    44,  // SSHFP
    52,  // TLSA
    53,  // SMIMEA
    61,  // OPENPGPKEY
    62,  // CSYNC
    64,  // SVCB
    65,  // HTTPS
    257, // CAA
    250, // TSIG
];
const OPT: u16 = 41;
const PRIVATE_TYPE: u16 = 0xff00;

/// The same bytes with the RDATA the codec skips made unreadable to hickory: the type of each
/// record listed in [`SKIPPED`] set to a private-use type (whose RDATA hickory keeps as bytes),
/// each OPT record's options replaced by one option with an empty-looking value. `None` when an
/// OPT record of RDLENGTH 1 or 3 makes that impossible (no options fit: hickory always rejects
/// it, the codec does not read it). The walk over the message is hickory's own name reader; it
/// stops where the message stops making sense, which hickory's full parse does too.
fn neutralized(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut out = bytes.to_vec();
    let mut d = BinDecoder::new(bytes);
    let Ok(header) = d.read_slice(12) else {
        return Some(out);
    };
    let header = header.unverified();
    let count = |i: usize| usize::from(u16::from_be_bytes([header[4 + 2 * i], header[5 + 2 * i]]));
    for _ in 0..count(0) {
        if Query::read(&mut d).is_err() {
            return Some(out);
        }
    }
    for (section, n) in [(1, count(1)), (2, count(2)), (3, count(3))] {
        for _ in 0..n {
            if Name::read(&mut d).is_err() {
                return Some(out);
            }
            let type_at = d.index();
            let Ok(fixed) = d.read_slice(10) else {
                return Some(out);
            };
            let fixed = fixed.unverified();
            let rtype = u16::from_be_bytes([fixed[0], fixed[1]]);
            let len = usize::from(u16::from_be_bytes([fixed[8], fixed[9]]));
            let rdata_at = d.index();
            if d.read_slice(len).is_err() {
                return Some(out);
            }
            if len == 0 {
                continue;
            }
            if SKIPPED.contains(&rtype) && (rtype != 250 || section == 3) {
                out[type_at..type_at + 2].copy_from_slice(&PRIVATE_TYPE.to_be_bytes());
            }
            if rtype == OPT && section == 3 {
                let rdata = &mut out[rdata_at..rdata_at + len];
                rdata.fill(0);
                match len {
                    1 | 3 => return None,
                    2 => {}
                    _ => rdata[2..4].copy_from_slice(&((len - 4) as u16).to_be_bytes()),
                }
            }
        }
    }
    Some(out)
}

#[derive(Default, Debug)]
struct Tally {
    compared: usize,
    lenient: usize,
    unverifiable: usize,
    outcomes: std::collections::BTreeMap<&'static str, usize>,
}

fn outcome(result: &Result<Answer, DnsError>) -> &'static str {
    match result {
        Ok(a) => match a.status {
            Status::Found if !a.chain.is_empty() => "found via CNAME",
            Status::Found => "found",
            Status::NoData => "no data",
            Status::NoSuchName => "no such name",
        },
        Err(DnsError::NotDns) => "not dns",
        Err(DnsError::ServFail) => "servfail",
        Err(DnsError::Refused) => "refused",
        Err(DnsError::Rcode { code, .. }) if *code > 15 => "extended rcode",
        Err(DnsError::Rcode { .. }) => "rcode",
        Err(DnsError::Truncated) => "truncated",
        Err(DnsError::WrongQuestion { .. }) => "wrong question",
        Err(DnsError::CnameLoop { .. }) => "cname loop",
        Err(DnsError::CnameChainTooLong { .. }) => "cname chain too long",
        Err(_) => "other",
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// Asked names per kind: canonical, in other case, and with a trailing dot.
fn askings() -> Vec<(&'static str, QueryKind)> {
    vec![
        ("aoi.example.jp", QueryKind::A),
        ("AOI.Example.JP.", QueryKind::Aaaa),
        ("aoi.example.jp", QueryKind::Mx),
        ("_imaps._tcp.aoi.example.jp", QueryKind::Srv),
        ("aoi.example.jp", QueryKind::Txt),
        ("autoconfig.aoi.example.jp", QueryKind::Cname),
        ("192.0.2.25", QueryKind::Ptr),
        ("aoi.example.jp", QueryKind::Cname),
        ("x.mail.example.jp", QueryKind::A),
    ]
}

fn compare(bytes: &[u8], asked: &str, kind: QueryKind, tally: &mut Tally) {
    let new = parse_response(bytes, asked, kind);
    let old = old_parse_response(bytes, asked, kind);
    tally.compared += 1;
    *tally.outcomes.entry(outcome(&old)).or_default() += 1;
    if new == old {
        return;
    }
    let context = || format!("{asked} {kind:?} on {}", hex(bytes));
    assert_eq!(
        old,
        Err(DnsError::NotDns),
        "the codec differs where hickory accepted: {}",
        context()
    );
    match neutralized(bytes) {
        Some(patched) => {
            assert_eq!(
                new,
                old_parse_response(&patched, asked, kind),
                "the codec differs beyond RDATA it skips: {}",
                context()
            );
            tally.lenient += 1;
        }
        None => tally.unverifiable += 1,
    }
}

// ---------------------------------------------------------------------------------------------
// Messages.

/// xorshift64*: small, deterministic, good enough to spread bytes.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn name(text: &str) -> Name {
    Name::from_ascii(format!("{text}.")).unwrap()
}

/// Names with octets a host name never has: they must print as hickory printed them.
fn odd_names() -> Vec<Name> {
    let raw: [&[&[u8]]; 8] = [
        &[b"a.b", b"example", b"jp"],
        &[b"-x", b"example", b"jp"],
        &[b"\x00\xff\x7f", b"jp"],
        &[b"*", b"aoi", b"example", b"jp"],
        &[b"sp ace", b"jp"],
        &[b"tail.", b"jp"],
        &[b"a*b\\c\"", b"jp"],
        &[b"AOI", b"EXAMPLE", b"jp."],
    ];
    raw.iter()
        .map(|labels| Name::from_labels(labels.iter().copied()).unwrap())
        .collect()
}

/// Owner and target names: the asked ones, chain links, and odd ones.
fn pool() -> Vec<Name> {
    let mut names: Vec<Name> = [
        "aoi.example.jp",
        "AOI.example.JP",
        "autoconfig.aoi.example.jp",
        "_imaps._tcp.aoi.example.jp",
        "25.2.0.192.in-addr.arpa",
        "x.mail.example.jp",
        "mx.mail.example.jp",
        "imap.mail.example.jp",
        "c1.example.jp",
        "c2.example.jp",
        "c3.example.jp",
    ]
    .iter()
    .map(|n| name(n))
    .collect();
    names.push(Name::root());
    names.push(name(&format!(
        "{}.{}.{}.jp",
        "a".repeat(63),
        "b".repeat(63),
        "c".repeat(63)
    )));
    names.extend(odd_names());
    names
}

fn rdata(rng: &mut Rng, rtype: RecordType, pool: &[Name]) -> RData {
    let pick = |rng: &mut Rng| rng.pick(pool).clone();
    match rtype {
        RecordType::A => RData::A(A::from(std::net::Ipv4Addr::from(rng.next() as u32))),
        RecordType::AAAA => RData::AAAA(AAAA::from(std::net::Ipv6Addr::from(
            (u128::from(rng.next()) << 64) | u128::from(rng.next()),
        ))),
        RecordType::MX => RData::MX(MX::new(rng.below(3) as u16 * 10, pick(rng))),
        RecordType::SRV => RData::SRV(SRV::new(
            rng.below(3) as u16,
            rng.below(100) as u16,
            *rng.pick(&[465, 587, 993, 995, 0]),
            pick(rng),
        )),
        RecordType::TXT => {
            let strings: Vec<Vec<u8>> = (0..1 + rng.below(3))
                .map(|_| match rng.below(4) {
                    0 => Vec::new(),
                    1 => b"v=spf1 include:_spf.mail.example.jp -all".to_vec(),
                    2 => vec![0xff, b'b', 0xe3, 0x81],
                    _ => (0..rng.below(300)).map(|_| rng.next() as u8).collect(),
                })
                .map(|mut s| {
                    s.truncate(255);
                    s
                })
                .collect();
            RData::TXT(TXT::from_bytes(strings.iter().map(|s| &s[..]).collect()))
        }
        RecordType::PTR => RData::PTR(PTR(pick(rng))),
        RecordType::CNAME => RData::CNAME(CNAME(pick(rng))),
        RecordType::NS => RData::NS(NS(pick(rng))),
        RecordType::SOA => RData::SOA(SOA::new(
            pick(rng),
            pick(rng),
            rng.next() as u32,
            3600,
            600,
            86400,
            300,
        )),
        RecordType::HINFO => RData::HINFO(HINFO::new("x86".into(), "Linux".into())),
        RecordType::SSHFP => RData::SSHFP(SSHFP::new(
            Algorithm::Ed25519,
            FingerprintType::SHA256,
            vec![7; 32],
        )),
        RecordType::NULL => RData::NULL(NULL::with(vec![1, 2, 3])),
        _ => RData::Unknown {
            code: RecordType::Unknown(PRIVATE_TYPE),
            rdata: NULL::with(vec![9; 1 + rng.below(8)]),
        },
    }
}

const NOISE_TYPES: [RecordType; 13] = [
    RecordType::A,
    RecordType::AAAA,
    RecordType::MX,
    RecordType::SRV,
    RecordType::TXT,
    RecordType::PTR,
    RecordType::CNAME,
    RecordType::NS,
    RecordType::SOA,
    RecordType::HINFO,
    RecordType::SSHFP,
    RecordType::NULL,
    RecordType::Unknown(PRIVATE_TYPE),
];

fn rec(rng: &mut Rng, owner: Name, rtype: RecordType, pool: &[Name]) -> WireRecord {
    WireRecord::from_rdata(owner, 300, rdata(rng, rtype, pool))
}

/// A response built with hickory to one of [`askings`] (returned with it): mostly right, often
/// odd.
fn response(rng: &mut Rng, pool: &[Name]) -> (Vec<u8>, &'static str, QueryKind) {
    let (asking, kind) = *rng.pick(&askings());
    let asked = name(&old_query_name(asking, kind).unwrap());
    let want = old_record_type(kind);
    let op = match rng.below(12) {
        0 => OpCode::Update,
        1 => OpCode::Status,
        2 => OpCode::Unknown(3),
        _ => OpCode::Query,
    };
    let mut msg = Message::response(rng.next() as u16, op);
    if rng.one_in(20) {
        msg.metadata.message_type = MessageType::Query;
    }
    msg.metadata.recursion_desired = true;
    msg.metadata.recursion_available = !rng.one_in(5);
    msg.metadata.authoritative = rng.one_in(5);
    msg.metadata.truncation = rng.one_in(12);

    let extended = rng.one_in(8);
    msg.metadata.response_code = match rng.below(10) {
        0..=4 => ResponseCode::NoError,
        5 | 6 => ResponseCode::NXDomain,
        _ if extended => ResponseCode::from(1 + rng.below(255) as u8, rng.below(16) as u8),
        _ => ResponseCode::from(0, rng.below(16) as u8),
    };
    if extended || rng.one_in(4) {
        let mut edns = Edns::new();
        edns.set_max_payload(*rng.pick(&[0, 512, 1232, 4096]));
        msg.set_edns(edns);
    }

    // The question.
    let other_type = *rng.pick(&[
        RecordType::A,
        RecordType::MX,
        RecordType::SOA,
        RecordType::ANY,
        RecordType::HTTPS,
        RecordType::ZERO,
        RecordType::Unknown(4242),
        RecordType::ANAME,
        RecordType::TSIG,
    ]);
    match rng.below(20) {
        0 => {}
        1 => {
            msg.add_query(Query::query(asked.clone(), want));
            msg.add_query(Query::query(rng.pick(pool).clone(), other_type));
        }
        2 | 3 => {
            msg.add_query(Query::query(rng.pick(pool).clone(), want));
        }
        4 => {
            msg.add_query(Query::query(asked.clone(), other_type));
        }
        5 => {
            msg.add_query(Query::query(
                rng.pick(&odd_names()).clone(),
                RecordType::Unknown(rng.next() as u16),
            ));
        }
        _ => {
            msg.add_query(Query::query(asked.clone(), want));
        }
    }

    // The answer: a CNAME chain from the asked name, records at its end, and noise.
    let links = match rng.below(10) {
        0 => MAX_CNAME_CHAIN + rng.below(3),
        1..=4 => rng.below(4),
        _ => 0,
    };
    let mut owner = asked.clone();
    let mut chain = vec![owner.clone()];
    for i in 0..links {
        let target = if rng.one_in(15) {
            chain[rng.below(chain.len())].clone()
        } else {
            name(&format!("c{i}.l{}.example.jp", rng.below(3)))
        };
        msg.add_answer(WireRecord::from_rdata(
            owner.clone(),
            60,
            RData::CNAME(CNAME(target.clone())),
        ));
        chain.push(target.clone());
        owner = target;
    }
    for _ in 0..rng.below(4) {
        let rtype = if rng.one_in(4) {
            *rng.pick(&NOISE_TYPES)
        } else {
            want
        };
        let at = if rng.one_in(6) {
            rng.pick(pool).clone()
        } else {
            owner.clone()
        };
        msg.add_answer(rec(rng, at, rtype, pool));
    }
    for _ in 0..rng.below(3) {
        let rtype = *rng.pick(&NOISE_TYPES);
        let at = rng.pick(pool).clone();
        msg.add_answer(rec(rng, at, rtype, pool));
    }
    let len = msg.answers.len();
    if len > 1 && rng.one_in(3) {
        // Out of order: the chain is followed by name, not by position.
        msg.answers.swap(0, rng.below(len));
    }
    for _ in 0..rng.below(3) {
        let rtype = *rng.pick(&[RecordType::SOA, RecordType::NS, RecordType::HINFO]);
        let at = rng.pick(pool).clone();
        msg.add_authority(rec(rng, at, rtype, pool));
    }
    for _ in 0..rng.below(3) {
        let rtype = *rng.pick(&[RecordType::A, RecordType::AAAA, RecordType::SSHFP]);
        let at = rng.pick(pool).clone();
        msg.add_additional(rec(rng, at, rtype, pool));
    }
    (msg.to_vec().unwrap(), asking, kind)
}

fn mutate(rng: &mut Rng, bytes: &mut Vec<u8>, seeds: &[Vec<u8>]) {
    for _ in 0..1 + rng.below(3) {
        match rng.below(8) {
            0 if !bytes.is_empty() => {
                let i = rng.below(bytes.len());
                bytes[i] ^= 1 << rng.below(8);
            }
            1 if !bytes.is_empty() => {
                let i = rng.below(bytes.len());
                bytes[i] = rng.next() as u8;
            }
            2 => bytes.truncate(rng.below(bytes.len() + 1)),
            3 => {
                let other = rng.pick(seeds);
                let from = rng.below(other.len());
                bytes.extend_from_slice(&other[from..]);
            }
            4 if bytes.len() > 12 => {
                // A compression pointer into some odd place.
                let i = 12 + rng.below(bytes.len() - 12);
                bytes[i] = 0xc0 | (rng.below(4) as u8);
                if i + 1 < bytes.len() {
                    bytes[i + 1] = rng.below(bytes.len()) as u8;
                }
            }
            5 if bytes.len() >= 12 => {
                // A section count off by a little.
                let i = 4 + 2 * rng.below(4);
                let count = u16::from_be_bytes([bytes[i], bytes[i + 1]]);
                let count = count.wrapping_add(rng.below(3) as u16).wrapping_sub(1);
                bytes[i..i + 2].copy_from_slice(&count.to_be_bytes());
            }
            6 if bytes.len() >= 4 => {
                // Other flags, opcode or rcode.
                let i = 2 + rng.below(2);
                bytes[i] = rng.next() as u8;
            }
            _ if bytes.len() > 14 => {
                // A length octet (label, character-string or RDLENGTH) one off.
                let i = 12 + rng.below(bytes.len() - 12);
                bytes[i] = bytes[i].wrapping_add(1 + rng.below(2) as u8 * 254);
            }
            _ => {}
        }
    }
}

fn compare_all_askings(bytes: &[u8], tally: &mut Tally) {
    for (asked, kind) in askings() {
        compare(bytes, asked, kind, tally);
    }
}

/// The question the response was built for, and one other.
fn compare_two_askings(
    rng: &mut Rng,
    bytes: &[u8],
    (asked, kind): (&str, QueryKind),
    tally: &mut Tally,
) {
    compare(bytes, asked, kind, tally);
    let (other, other_kind) = *rng.pick(&askings());
    compare(bytes, other, other_kind, tally);
}

#[test]
fn queries_are_byte_for_byte_what_hickory_built() {
    let mut names: Vec<String> = [
        "aoi.example.jp",
        "IMAP.Mail.Example.JP.",
        "_imaps._tcp.aoi.example.jp",
        "-lead.example.jp",
        "trail-.example.jp",
        "a.-b.jp",
        "a_b.c_.jp",
        "ほたる.example.jp",
        "192.0.2.25",
        "2001:db8::25",
        "25.2.0.192.in-addr.arpa",
        "x.ip6.arpa",
        "",
        ".",
        "a..b",
        "*.example.jp",
        "has space.jp",
        "a/b",
        "123",
        "xn--f9jvc5b.example.jp",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    names.push(format!("{}.jp", "x".repeat(63)));
    names.push(format!("{}.jp", "x".repeat(64)));
    let long = |n: usize| {
        let mut s = "a".repeat(61);
        while s.len() < n {
            s.push_str(".b");
        }
        s
    };
    names.extend([long(252), long(253), long(254)]);
    // Random names of a few labels, mostly of host-name characters.
    let mut rng = Rng(0x7175_6572_7921_2121);
    let common: Vec<char> = "abcxyzAZ0189-_".chars().collect();
    let rare: Vec<char> = ". ほ\u{0}[]:*".chars().collect();
    for _ in 0..2000 {
        let labels: Vec<String> = (0..1 + rng.below(4))
            .map(|_| {
                (0..rng.below(12))
                    .map(|_| {
                        let set = if rng.one_in(30) { &rare } else { &common };
                        *rng.pick(set)
                    })
                    .collect()
            })
            .collect();
        names.push(labels.join("."));
    }
    let mut built = 0;
    for n in &names {
        for kind in QueryKind::ALL {
            let new = build_query(n, kind);
            assert_eq!(new, old_build_query(n, kind), "{n:?} {kind:?}");
            built += usize::from(new.is_ok());
        }
    }
    assert!(built > 4000, "too few names made a query: {built}");
}

#[test]
fn built_responses_read_as_before() {
    let pool = pool();
    let mut rng = Rng(0x6469_6666_6e73_2121);
    let mut tally = Tally::default();
    for _ in 0..6000 {
        let (bytes, asked, kind) = response(&mut rng, &pool);
        compare_two_askings(&mut rng, &bytes, (asked, kind), &mut tally);
    }
    // Built by hickory, nothing is malformed: no difference may be put down to skipped RDATA.
    assert_eq!((tally.lenient, tally.unverifiable), (0, 0), "{tally:?}");
    for seen in [
        "found",
        "found via CNAME",
        "no data",
        "no such name",
        "not dns",
        "servfail",
        "refused",
        "rcode",
        "extended rcode",
        "truncated",
        "wrong question",
        "cname loop",
        "cname chain too long",
    ] {
        assert!(
            tally.outcomes.get(seen).copied().unwrap_or(0) >= 20,
            "{seen} too rare: {tally:?}"
        );
    }
}

#[test]
fn mutated_responses_read_as_before() {
    let pool = pool();
    let mut rng = Rng(0x6d75_7461_6e74_2121);
    let seeds: Vec<_> = (0..300).map(|_| response(&mut rng, &pool)).collect();
    let seed_bytes: Vec<Vec<u8>> = seeds.iter().map(|(b, _, _)| b.clone()).collect();
    let mut tally = Tally::default();
    for round in 0..30_000 {
        let (bytes, asked, kind) = &seeds[round % seeds.len()];
        let mut bytes = bytes.clone();
        mutate(&mut rng, &mut bytes, &seed_bytes);
        compare_two_askings(&mut rng, &bytes, (asked, *kind), &mut tally);
    }
    // The mutations must leave many messages readable, and few differences to the leniency.
    let readable = tally.compared - tally.outcomes.get("not dns").copied().unwrap_or(0);
    assert!(readable > tally.compared / 4, "{tally:?}");
    assert!(tally.lenient < tally.compared / 100, "{tally:?}");
    assert!(tally.unverifiable < 20, "{tally:?}");
}

#[test]
fn random_bytes_read_as_before() {
    let mut rng = Rng(0x7261_6e64_6f6d_2121);
    let mut tally = Tally::default();
    for _ in 0..3000 {
        let len = rng.below(200);
        let mut bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        // Half of them with a plausible header: QR set, opcode QUERY, small counts.
        if len >= 12 && rng.one_in(2) {
            bytes[2] = 0x81;
            bytes[3] &= 0x8f;
            for i in [4, 6, 8, 10] {
                bytes[i] = 0;
                bytes[i + 1] = rng.below(3) as u8;
            }
        }
        compare_all_askings(&bytes, &mut tally);
    }
    assert_eq!(tally.unverifiable, 0, "{tally:?}");
}

/// Hand-made messages at the edges: the codec's rules, one by one, against hickory's.
#[test]
fn edge_cases_read_as_before() {
    fn header(flags: u16, counts: [u16; 4]) -> Vec<u8> {
        let mut out = vec![0, 0];
        out.extend_from_slice(&flags.to_be_bytes());
        for c in counts {
            out.extend_from_slice(&c.to_be_bytes());
        }
        out
    }
    let question: &[u8] = b"\x03aoi\x07example\x02jp\x00\x00\x01\x00\x01";
    let with = |flags: u16, counts: [u16; 4], tail: &[u8]| {
        let mut m = header(flags, counts);
        m.extend_from_slice(question);
        m.extend_from_slice(tail);
        m
    };
    let a_rr = |owner: &[u8], rdata: &[u8]| {
        let mut r = owner.to_vec();
        r.extend_from_slice(&[0, 1, 0, 1, 0, 0, 0, 60]);
        r.extend_from_slice(&(rdata.len() as u16).to_be_bytes());
        r.extend_from_slice(rdata);
        r
    };
    let cases: Vec<Vec<u8>> = vec![
        // Owner by pointer to the question; pointer to a pointer; pointer to itself; forward.
        with(0x8180, [1, 1, 0, 0], &a_rr(&[0xc0, 12], &[192, 0, 2, 1])),
        with(
            0x8180,
            [1, 2, 0, 0],
            &[
                a_rr(&[0xc0, 12], &[1, 2, 3, 4]),
                a_rr(&[0xc0, 32], &[5, 6, 7, 8]),
            ]
            .concat(),
        ),
        with(0x8180, [1, 1, 0, 0], &a_rr(&[0xc0, 32], &[1, 2, 3, 4])),
        with(0x8180, [1, 1, 0, 0], &a_rr(&[0xc0, 40], &[1, 2, 3, 4])),
        // A label, then a pointer into the middle of the question name.
        with(
            0x8180,
            [1, 1, 0, 0],
            &a_rr(&[1, b'x', 0xc0, 16], &[1, 2, 3, 4]),
        ),
        // Reserved label types 01 and 10.
        with(0x8180, [1, 1, 0, 0], &a_rr(&[0x40, 0], &[1, 2, 3, 4])),
        with(0x8180, [1, 1, 0, 0], &a_rr(&[0x80, 0], &[1, 2, 3, 4])),
        // A of 3 and 5 octets; empty A in a QUERY and in an UPDATE.
        with(0x8180, [1, 1, 0, 0], &a_rr(&[0xc0, 12], &[1, 2, 3])),
        with(0x8180, [1, 1, 0, 0], &a_rr(&[0xc0, 12], &[1, 2, 3, 4, 5])),
        with(0x8180, [1, 1, 0, 0], &a_rr(&[0xc0, 12], &[])),
        with(0xa980, [1, 1, 0, 0], &a_rr(&[0xc0, 12], &[])),
        // RDLENGTH past the end.
        with(
            0x8180,
            [1, 1, 0, 0],
            &a_rr(&[0xc0, 12], &[1, 2, 3, 4])[..14],
        ),
        // Extended rcode from OPT; OPT with a name; OPT twice; OPT in the answer section.
        with(0x8183, [1, 0, 0, 1], &[0, 0, 41, 16, 0, 1, 0, 0, 0, 0, 0]),
        with(
            0x8180,
            [1, 0, 0, 1],
            &[0, 0, 41, 16, 0, 0xff, 0, 0, 0, 0, 0],
        ),
        with(
            0x8180,
            [1, 0, 0, 1],
            &[0xc0, 12, 0, 41, 16, 0, 1, 0, 0, 0, 0, 0],
        ),
        with(
            0x8180,
            [1, 0, 0, 2],
            &[
                [0, 0, 41, 16, 0, 0, 0, 0, 0, 0, 0],
                [0, 0, 41, 16, 0, 0, 0, 0, 0, 0, 0],
            ]
            .concat(),
        ),
        with(0x8180, [1, 1, 0, 0], &[0, 0, 41, 16, 0, 0, 0, 0, 0, 0, 0]),
        // Meta types and type 0 with RDATA; MAILA (254) with RDATA (hickory: unknown, kept).
        with(
            0x8180,
            [1, 1, 0, 0],
            &[0xc0, 12, 0, 255, 0, 1, 0, 0, 0, 0, 0, 1, 7],
        ),
        with(
            0x8180,
            [1, 1, 0, 0],
            &[0xc0, 12, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 7],
        ),
        with(
            0x8180,
            [1, 1, 0, 0],
            &[0xc0, 12, 0, 254, 0, 1, 0, 0, 0, 0, 0, 1, 7],
        ),
        // SIG and TSIG in the answer section; TSIG in the additional one.
        with(
            0x8180,
            [1, 1, 0, 0],
            &[0xc0, 12, 0, 24, 0, 1, 0, 0, 0, 0, 0, 1, 7],
        ),
        with(
            0x8180,
            [1, 0, 0, 1],
            &[0xc0, 12, 0, 24, 0, 1, 0, 0, 0, 0, 0, 1, 7],
        ),
        // TXT whose strings overrun, or stop short of, RDLENGTH.
        with(
            0x8180,
            [1, 1, 0, 0],
            &[0xc0, 12, 0, 16, 0, 1, 0, 0, 0, 0, 0, 3, 3, b'a', b'b', b'c'],
        ),
        with(
            0x8180,
            [1, 1, 0, 0],
            &[0xc0, 12, 0, 16, 0, 1, 0, 0, 0, 0, 0, 3, 1, b'a', 0],
        ),
        // A question without the class; trailing bytes after the last section.
        header(0x8180, [1, 0, 0, 0])
            .into_iter()
            .chain(question[..question.len() - 2].iter().copied())
            .collect(),
        with(0x8180, [1, 0, 0, 0], &[0xde, 0xad]),
        // Only a header; no question and an rcode (NOERROR, FORMERR, extended).
        header(0x8180, [0, 0, 0, 0]),
        header(0x8181, [0, 0, 0, 0]),
        header(0x8180, [0, 0, 0, 1])
            .into_iter()
            .chain([0, 0, 41, 16, 0, 2, 0, 0, 0, 0, 0])
            .collect(),
    ];
    let mut tally = Tally::default();
    for bytes in &cases {
        compare_all_askings(bytes, &mut tally);
    }
    assert_eq!((tally.lenient, tally.unverifiable), (0, 0), "{tally:?}");

    // A name of exactly 255 octets is read; one more octet is not.
    for extra in [0usize, 1] {
        let mut m = header(0x8180, [1, 0, 0, 0]);
        for _ in 0..3 {
            m.push(63);
            m.extend_from_slice(&[b'x'; 63]);
        }
        m.push(61 + extra as u8);
        m.extend(std::iter::repeat_n(b'y', 61 + extra));
        m.extend_from_slice(&[0, 0, 1, 0, 1]);
        compare_all_askings(&m, &mut tally);
        assert_eq!(
            parse_response(&m, "aoi.example.jp", QueryKind::A)
                .is_err_and(|e| e == DnsError::NotDns),
            extra == 1
        );
    }
}

/// The difference the codec is allowed, shown on a malformed HINFO and a malformed OPT: hickory
/// refused the whole message, the codec reads the answer.
#[test]
fn malformed_rdata_of_a_type_not_read_is_skipped() {
    let mut msg = Message::response(0, OpCode::Query);
    msg.add_query(Query::query(name("aoi.example.jp"), RecordType::A));
    msg.add_answer(WireRecord::from_rdata(
        name("aoi.example.jp"),
        60,
        RData::A(A::new(192, 0, 2, 1)),
    ));
    let good = msg.to_vec().unwrap();
    let expected = old_parse_response(&good, "aoi.example.jp", QueryKind::A).unwrap();

    // HINFO whose second character-string runs past RDLENGTH.
    let mut hinfo = good.clone();
    hinfo[11] = 1;
    hinfo.extend_from_slice(&[0xc0, 12, 0, 13, 0, 1, 0, 0, 0, 60, 0, 3, 1, b'x', 5]);
    // OPT of RDLENGTH 3: no option fits.
    let mut opt = good.clone();
    opt[11] = 1;
    opt.extend_from_slice(&[0, 0, 41, 16, 0, 0, 0, 0, 0, 0, 3, 0, 8, 0]);
    for bytes in [hinfo, opt] {
        assert_eq!(
            old_parse_response(&bytes, "aoi.example.jp", QueryKind::A),
            Err(DnsError::NotDns)
        );
        assert_eq!(
            parse_response(&bytes, "aoi.example.jp", QueryKind::A),
            Ok(expected.clone())
        );
    }
}
