//! Arbitrary bytes never make the DNS parser panic: random buffers and mutations of real
//! responses (bit flips, cuts, overwritten bytes, spliced tails), from a fixed seed so a failure
//! repeats. The failing input is printed in hex.

use hickory_proto::op::{Message, OpCode, Query, ResponseCode};
use hickory_proto::rr::rdata::{A, CNAME, MX, SRV, TXT};
use hickory_proto::rr::{Name, RData, Record, RecordType};
use mail_doctor_core::dns::{build_query, parse_doh_reply, parse_response, QueryKind};
use std::panic::{catch_unwind, AssertUnwindSafe};

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
}

fn name(text: &str) -> Name {
    Name::from_ascii(format!("{text}.")).unwrap()
}

fn seeds() -> Vec<Vec<u8>> {
    let owner = "aoi.example.jp";
    let mut out = Vec::new();
    for (qtype, rcode, answers) in [
        (
            RecordType::A,
            ResponseCode::NoError,
            vec![
                Record::from_rdata(
                    name(owner),
                    60,
                    RData::CNAME(CNAME(name("x.mail.example.jp"))),
                ),
                Record::from_rdata(
                    name("x.mail.example.jp"),
                    60,
                    RData::A(A::new(192, 0, 2, 25)),
                ),
            ],
        ),
        (
            RecordType::MX,
            ResponseCode::NoError,
            vec![Record::from_rdata(
                name(owner),
                60,
                RData::MX(MX::new(10, name("mx.mail.example.jp"))),
            )],
        ),
        (
            RecordType::SRV,
            ResponseCode::NoError,
            vec![Record::from_rdata(
                name(owner),
                60,
                RData::SRV(SRV::new(0, 1, 993, name("imap.mail.example.jp"))),
            )],
        ),
        (
            RecordType::TXT,
            ResponseCode::NoError,
            vec![Record::from_rdata(
                name(owner),
                60,
                RData::TXT(TXT::new(vec!["v=spf1 -all".into()])),
            )],
        ),
        (RecordType::A, ResponseCode::NXDomain, vec![]),
        (RecordType::A, ResponseCode::ServFail, vec![]),
    ] {
        let mut msg = Message::response(0, OpCode::Query);
        msg.metadata.response_code = rcode;
        msg.add_query(Query::query(name(owner), qtype));
        msg.add_answers(answers);
        out.push(msg.to_vec().unwrap());
    }
    out.push(build_query(owner, QueryKind::Mx).unwrap());
    out
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn must_not_panic(bytes: &[u8]) {
    let result = catch_unwind(AssertUnwindSafe(|| {
        for kind in QueryKind::ALL {
            let asked = if kind == QueryKind::Ptr {
                "192.0.2.25"
            } else {
                "aoi.example.jp"
            };
            let _ = parse_response(bytes, asked, kind);
        }
        let _ = parse_doh_reply(200, bytes, "aoi.example.jp", QueryKind::A);
    }));
    assert!(result.is_ok(), "parse_response panicked on {}", hex(bytes));
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = Rng(0x6d61_696c_646f_6374);
    for _ in 0..3000 {
        let len = rng.below(300);
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        must_not_panic(&bytes);
    }
}

#[test]
fn mutated_responses_never_panic() {
    let seeds = seeds();
    let mut rng = Rng(0x646e_7331_3230_3234);
    for round in 0..6000 {
        let mut bytes = seeds[round % seeds.len()].clone();
        for _ in 0..1 + rng.below(4) {
            match rng.below(5) {
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
                    let other = &seeds[rng.below(seeds.len())];
                    let from = rng.below(other.len());
                    bytes.extend_from_slice(&other[from..]);
                }
                _ if bytes.len() > 12 => {
                    // Compression pointers into odd places.
                    let i = 12 + rng.below(bytes.len() - 12);
                    bytes[i] = 0xc0 | (rng.next() as u8 & 0x3f);
                }
                _ => {}
            }
        }
        must_not_panic(&bytes);
    }
}

#[test]
fn random_names_never_panic_the_query_builder() {
    let mut rng = Rng(0x7175_6572_7921_2121);
    let alphabet: Vec<char> = "ab.-_9 ほ\u{0}\u{7f}[]:".chars().collect();
    for _ in 0..2000 {
        let len = rng.below(80);
        let text: String = (0..len)
            .map(|_| alphabet[rng.below(alphabet.len())])
            .collect();
        for kind in QueryKind::ALL {
            let _ = build_query(&text, kind);
        }
    }
    let _ = build_query(&"a.".repeat(200), QueryKind::A);
}
