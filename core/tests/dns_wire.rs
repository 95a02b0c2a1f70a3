//! The DNS engine against hand-made wire messages (built with hickory-proto): queries,
//! responses of every kind, CNAME chains, the check list and the classification.

use hickory_proto::op::{Edns, Message, MessageType, OpCode, Query, ResponseCode};
use hickory_proto::rr::rdata::{A, AAAA, CNAME, MX, PTR, SRV, TXT};
use hickory_proto::rr::{Name, RData, Record as WireRecord, RecordType};
use mail_doctor_core::dns::{
    build_query, checks_for, classify, classify_host, current_addresses, doh_get_url,
    parse_doh_reply, parse_response, AddressClass, Answer, Check, DnsError, Purpose, QueryKind,
    Record, ServerRole, SrvService, Status, MAX_CNAME_CHAIN,
};
use mail_doctor_core::share::base64url_decode;
use mail_doctor_core::{Date, Lang, Profile};
use std::net::IpAddr;

fn name(text: &str) -> Name {
    Name::from_ascii(format!("{text}.")).unwrap()
}

fn rec(owner: &str, data: RData) -> WireRecord {
    WireRecord::from_rdata(name(owner), 300, data)
}

fn a(owner: &str, ip: &str) -> WireRecord {
    rec(owner, RData::A(A(ip.parse().unwrap())))
}

fn cname(owner: &str, target: &str) -> WireRecord {
    rec(owner, RData::CNAME(CNAME(name(target))))
}

/// A response to `qname`/`qtype` with `rcode` and `answers`.
fn response(
    qname: &str,
    qtype: RecordType,
    rcode: ResponseCode,
    answers: Vec<WireRecord>,
) -> Message {
    let mut msg = Message::response(0, OpCode::Query);
    msg.metadata.recursion_desired = true;
    msg.metadata.recursion_available = true;
    msg.metadata.response_code = rcode;
    msg.add_query(Query::query(name(qname), qtype));
    msg.add_answers(answers);
    msg
}

fn wire(msg: &Message) -> Vec<u8> {
    msg.to_vec().unwrap()
}

fn ip(text: &str) -> IpAddr {
    text.parse().unwrap()
}

#[test]
fn query_is_rfc8484_shaped() {
    for kind in QueryKind::ALL {
        let asked = if kind == QueryKind::Ptr {
            "192.0.2.25"
        } else {
            "Imap.Mail.Example.JP."
        };
        let bytes = build_query(asked, kind).unwrap();
        let msg = Message::from_vec(&bytes).unwrap();
        assert_eq!(msg.metadata.id, 0, "RFC 8484: ID 0");
        assert_eq!(msg.metadata.message_type, MessageType::Query);
        assert_eq!(msg.metadata.op_code, OpCode::Query);
        assert!(msg.metadata.recursion_desired);
        assert_eq!(msg.queries.len(), 1);
        assert_eq!(msg.queries[0].query_type().to_string(), kind.as_str());
        let expected = if kind == QueryKind::Ptr {
            "25.2.0.192.in-addr.arpa."
        } else {
            "imap.mail.example.jp."
        };
        assert_eq!(msg.queries[0].name().to_ascii(), expected);
        assert!(msg.answers.is_empty());
    }
    let v6 = Message::from_vec(&build_query("2001:db8::25", QueryKind::Ptr).unwrap()).unwrap();
    assert!(v6.queries[0]
        .name()
        .to_ascii()
        .ends_with(".8.b.d.0.1.0.0.2.ip6.arpa."));
}

#[test]
fn query_rejects_what_is_no_name() {
    for (bad, kind) in [
        ("", QueryKind::A),
        ("two words.example.jp", QueryKind::Mx),
        ("a..example.jp", QueryKind::A),
        ("imap.mail.example.jp", QueryKind::Ptr),
    ] {
        let err = build_query(bad, kind).unwrap_err();
        assert!(
            matches!(err, DnsError::InvalidName { .. }),
            "{bad:?}: {err:?}"
        );
    }
}

#[test]
fn get_url_carries_the_query_in_base64url_without_padding() {
    let q = build_query("aoi.example.jp", QueryKind::Mx).unwrap();
    for resolver in [
        "http://127.0.0.1:8053/dns-query",
        "https://doh.example.jp/q?ct=1",
    ] {
        let url = doh_get_url(resolver, &q);
        let (_, param) = url.rsplit_once("dns=").unwrap();
        assert!(!param.contains('=') && !param.contains('+') && !param.contains('/'));
        assert_eq!(base64url_decode(param).unwrap(), q);
        assert_eq!(url.matches('?').count(), 1, "{url}");
    }
}

#[test]
fn cname_chain_is_followed_to_the_addresses() {
    let msg = response(
        "autoconfig.aoi.example.jp",
        RecordType::A,
        ResponseCode::NoError,
        vec![
            // Out of order on purpose: the chain is followed by name, not by position.
            a("config.mail.example.jp", "192.0.2.80"),
            cname("autoconfig.mail.example.jp", "config.mail.example.jp"),
            cname("AUTOCONFIG.aoi.example.jp", "autoconfig.mail.example.jp"),
            a("config.mail.example.jp", "192.0.2.81"),
            a("unrelated.example.jp", "192.0.2.99"),
        ],
    );
    let answer = parse_response(&wire(&msg), "autoconfig.aoi.example.jp", QueryKind::A).unwrap();
    assert_eq!(answer.status, Status::Found);
    assert_eq!(
        answer.chain,
        ["autoconfig.mail.example.jp", "config.mail.example.jp"]
    );
    assert_eq!(answer.final_name(), "config.mail.example.jp");
    assert_eq!(
        answer.addresses().collect::<Vec<_>>(),
        [ip("192.0.2.80"), ip("192.0.2.81")]
    );
}

#[test]
fn cname_query_returns_the_alias_itself() {
    let msg = response(
        "autodiscover.aoi.example.jp",
        RecordType::CNAME,
        ResponseCode::NoError,
        vec![cname(
            "autodiscover.aoi.example.jp",
            "autodiscover.mail.example.jp",
        )],
    );
    let answer =
        parse_response(&wire(&msg), "autodiscover.aoi.example.jp", QueryKind::Cname).unwrap();
    assert_eq!(
        answer.records,
        [Record::Cname("autodiscover.mail.example.jp".into())]
    );
    assert!(answer.chain.is_empty());
}

#[test]
fn cname_loops_and_overlong_chains_are_errors() {
    let looped = response(
        "a.example.jp",
        RecordType::A,
        ResponseCode::NoError,
        vec![
            cname("a.example.jp", "b.example.jp"),
            cname("b.example.jp", "a.example.jp"),
        ],
    );
    assert_eq!(
        parse_response(&wire(&looped), "a.example.jp", QueryKind::A),
        Err(DnsError::CnameLoop {
            name: "a.example.jp".into()
        })
    );
    let self_loop = response(
        "a.example.jp",
        RecordType::A,
        ResponseCode::NoError,
        vec![cname("a.example.jp", "a.example.jp")],
    );
    assert!(matches!(
        parse_response(&wire(&self_loop), "a.example.jp", QueryKind::A),
        Err(DnsError::CnameLoop { .. })
    ));
    let long: Vec<WireRecord> = (0..=MAX_CNAME_CHAIN + 1)
        .map(|i| {
            cname(
                &format!("c{i}.example.jp"),
                &format!("c{}.example.jp", i + 1),
            )
        })
        .collect();
    let long = response("c0.example.jp", RecordType::A, ResponseCode::NoError, long);
    assert_eq!(
        parse_response(&wire(&long), "c0.example.jp", QueryKind::A),
        Err(DnsError::CnameChainTooLong {
            length: MAX_CNAME_CHAIN
        })
    );
}

#[test]
fn nxdomain_is_an_answer_and_keeps_the_chain() {
    let plain = response(
        "nosuch.aoi.example.jp",
        RecordType::A,
        ResponseCode::NXDomain,
        vec![],
    );
    let answer = parse_response(&wire(&plain), "nosuch.aoi.example.jp", QueryKind::A).unwrap();
    assert_eq!(answer.status, Status::NoSuchName);
    assert!(answer.records.is_empty());

    let dangling = response(
        "autoconfig.kogane.example.jp",
        RecordType::A,
        ResponseCode::NXDomain,
        vec![cname(
            "autoconfig.kogane.example.jp",
            "gone.kogane.example.jp",
        )],
    );
    let answer = parse_response(
        &wire(&dangling),
        "autoconfig.kogane.example.jp",
        QueryKind::A,
    )
    .unwrap();
    assert_eq!(answer.status, Status::NoSuchName);
    assert_eq!(answer.chain, ["gone.kogane.example.jp"]);
}

#[test]
fn name_without_that_type_is_nodata() {
    let msg = response(
        "aoi.example.jp",
        RecordType::AAAA,
        ResponseCode::NoError,
        vec![],
    );
    let answer = parse_response(&wire(&msg), "aoi.example.jp", QueryKind::Aaaa).unwrap();
    assert_eq!(answer.status, Status::NoData);
    // Records of another type at the name are not the answer.
    let other = response(
        "aoi.example.jp",
        RecordType::AAAA,
        ResponseCode::NoError,
        vec![a("aoi.example.jp", "192.0.2.1")],
    );
    assert_eq!(
        parse_response(&wire(&other), "aoi.example.jp", QueryKind::Aaaa)
            .unwrap()
            .status,
        Status::NoData
    );
}

#[test]
fn failure_rcodes_are_errors() {
    for (rcode, expected) in [
        (ResponseCode::ServFail, DnsError::ServFail),
        (ResponseCode::Refused, DnsError::Refused),
        (
            ResponseCode::FormErr,
            DnsError::Rcode {
                code: 1,
                name: "Form Error".into(),
            },
        ),
        (
            ResponseCode::NotImp,
            DnsError::Rcode {
                code: 4,
                name: "Not Implemented".into(),
            },
        ),
    ] {
        let msg = response("broken.example.jp", RecordType::MX, rcode, vec![]);
        let got = parse_response(&wire(&msg), "broken.example.jp", QueryKind::Mx);
        match (&got, &expected) {
            (Err(DnsError::Rcode { code, .. }), DnsError::Rcode { code: want, .. }) => {
                assert_eq!(code, want)
            }
            _ => assert_eq!(got, Err(expected)),
        }
        // Without a question section the failure is still told as itself.
        let mut bare = Message::response(0, OpCode::Query);
        bare.metadata.response_code = rcode;
        let got = parse_response(&wire(&bare), "broken.example.jp", QueryKind::Mx).unwrap_err();
        assert!(!matches!(got, DnsError::WrongQuestion { .. }), "{got:?}");
    }
}

#[test]
fn an_extended_rcode_from_edns_is_named_by_the_library() {
    // BADVERS (16) does not fit the header's four bits: its upper bits travel in the OPT record.
    let mut msg = response(
        "edns.example.jp",
        RecordType::A,
        ResponseCode::BADVERS,
        vec![],
    );
    msg.set_edns(Edns::new());
    let got = parse_response(&wire(&msg), "edns.example.jp", QueryKind::A).unwrap_err();
    let DnsError::Rcode { code, name } = &got else {
        panic!("{got:?}")
    };
    assert_eq!(*code, 16);
    // The name is the library's for code 16 (it reads 16 as BADSIG, which shares the number).
    assert_eq!(name.as_str(), ResponseCode::from(1, 0).to_str());
    assert!(got.message(Lang::En).contains("(rcode 16)"), "{got}");
}

#[test]
fn a_compression_pointer_loop_is_not_dns() {
    // One question whose name is a pointer to itself (offset 12): no library may follow it.
    let mut msg = vec![0, 0, 0x81, 0x80, 0, 1, 0, 0, 0, 0, 0, 0];
    msg.extend_from_slice(&[0xc0, 12, 0, 1, 0, 1]);
    assert_eq!(
        parse_response(&msg, "loop.example.jp", QueryKind::A),
        Err(DnsError::NotDns)
    );
}

#[test]
fn truncated_answer_is_an_error() {
    let mut msg = response(
        "big.example.jp",
        RecordType::TXT,
        ResponseCode::NoError,
        vec![rec(
            "big.example.jp",
            RData::TXT(TXT::new(vec!["v=spf1 -all".into()])),
        )],
    );
    msg.metadata.truncation = true;
    assert_eq!(
        parse_response(&wire(&msg), "big.example.jp", QueryKind::Txt),
        Err(DnsError::Truncated)
    );
}

#[test]
fn what_is_no_dns_response_is_not_dns() {
    let html = b"<!DOCTYPE html><html><body>Welcome</body></html>";
    for body in [&b""[..], b"\x00", b"\xff\xff\xff", &html[..]] {
        assert_eq!(
            parse_response(body, "aoi.example.jp", QueryKind::Mx),
            Err(DnsError::NotDns),
            "{body:?}"
        );
    }
    // A query (QR = 0) echoed back is no response.
    let query = build_query("aoi.example.jp", QueryKind::Mx).unwrap();
    assert_eq!(
        parse_response(&query, "aoi.example.jp", QueryKind::Mx),
        Err(DnsError::NotDns)
    );
}

#[test]
fn answer_to_another_question_is_rejected() {
    let other_name = response(
        "midori.example.jp",
        RecordType::MX,
        ResponseCode::NoError,
        vec![rec(
            "midori.example.jp",
            RData::MX(MX::new(10, name("mx.mail.example.jp"))),
        )],
    );
    let err = parse_response(&wire(&other_name), "aoi.example.jp", QueryKind::Mx).unwrap_err();
    assert_eq!(
        err,
        DnsError::WrongQuestion {
            asked: "aoi.example.jp MX".into(),
            answered: "midori.example.jp MX".into()
        }
    );
    let other_type = response(
        "aoi.example.jp",
        RecordType::A,
        ResponseCode::NoError,
        vec![],
    );
    assert!(matches!(
        parse_response(&wire(&other_type), "aoi.example.jp", QueryKind::Mx),
        Err(DnsError::WrongQuestion { .. })
    ));
    let mut no_question = Message::response(0, OpCode::Query);
    no_question.add_answer(a("aoi.example.jp", "192.0.2.1"));
    assert!(matches!(
        parse_response(&wire(&no_question), "aoi.example.jp", QueryKind::A),
        Err(DnsError::WrongQuestion { .. })
    ));
}

#[test]
fn mx_srv_txt_ptr_aaaa_are_read() {
    let mx = response(
        "aoi.example.jp",
        RecordType::MX,
        ResponseCode::NoError,
        vec![
            rec(
                "aoi.example.jp",
                RData::MX(MX::new(20, name("MX2.Mail.Example.JP"))),
            ),
            rec(
                "aoi.example.jp",
                RData::MX(MX::new(10, name("mx1.mail.example.jp"))),
            ),
        ],
    );
    let answer = parse_response(&wire(&mx), "aoi.example.jp", QueryKind::Mx).unwrap();
    assert_eq!(
        answer.records,
        [
            Record::Mx {
                preference: 10,
                exchange: "mx1.mail.example.jp".into()
            },
            Record::Mx {
                preference: 20,
                exchange: "mx2.mail.example.jp".into()
            },
        ]
    );

    let owner = "_submissions._tcp.aoi.example.jp";
    let srv = response(
        owner,
        RecordType::SRV,
        ResponseCode::NoError,
        vec![
            rec(
                owner,
                RData::SRV(SRV::new(10, 5, 465, name("smtp2.mail.example.jp"))),
            ),
            rec(
                owner,
                RData::SRV(SRV::new(0, 1, 465, name("smtp.mail.example.jp"))),
            ),
            rec(
                owner,
                RData::SRV(SRV::new(10, 50, 465, name("smtp3.mail.example.jp"))),
            ),
        ],
    );
    let answer = parse_response(&wire(&srv), owner, QueryKind::Srv).unwrap();
    let targets: Vec<_> = answer
        .records
        .iter()
        .map(|r| match r {
            Record::Srv {
                priority,
                weight,
                port,
                target,
            } => (*priority, *weight, *port, target.as_str()),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        targets,
        [
            (0, 1, 465, "smtp.mail.example.jp"),
            (10, 50, 465, "smtp3.mail.example.jp"),
            (10, 5, 465, "smtp2.mail.example.jp"),
        ]
    );

    let not_offered = response(
        "_pop3._tcp.aoi.example.jp",
        RecordType::SRV,
        ResponseCode::NoError,
        vec![rec(
            "_pop3._tcp.aoi.example.jp",
            RData::SRV(SRV::new(0, 0, 0, Name::root())),
        )],
    );
    let answer = parse_response(
        &wire(&not_offered),
        "_pop3._tcp.aoi.example.jp",
        QueryKind::Srv,
    )
    .unwrap();
    assert_eq!(
        answer.records,
        [Record::Srv {
            priority: 0,
            weight: 0,
            port: 0,
            target: ".".into()
        }]
    );

    let txt = response(
        "aoi.example.jp",
        RecordType::TXT,
        ResponseCode::NoError,
        vec![
            rec(
                "aoi.example.jp",
                RData::TXT(TXT::new(vec![
                    "v=spf1 ".into(),
                    "include:_spf.mail.example.jp -all".into(),
                ])),
            ),
            rec(
                "aoi.example.jp",
                RData::TXT(TXT::from_bytes(vec![b"\xffbad utf8"])),
            ),
        ],
    );
    let answer = parse_response(&wire(&txt), "aoi.example.jp", QueryKind::Txt).unwrap();
    assert_eq!(
        answer.records,
        [
            Record::Txt(vec![
                "v=spf1 ".into(),
                "include:_spf.mail.example.jp -all".into()
            ]),
            Record::Txt(vec!["\u{fffd}bad utf8".into()]),
        ]
    );

    let ptr = response(
        "25.2.0.192.in-addr.arpa",
        RecordType::PTR,
        ResponseCode::NoError,
        vec![rec(
            "25.2.0.192.in-addr.arpa",
            RData::PTR(PTR(name("mail.aoi.example.jp"))),
        )],
    );
    let answer = parse_response(&wire(&ptr), "192.0.2.25", QueryKind::Ptr).unwrap();
    assert_eq!(answer.asked, "25.2.0.192.in-addr.arpa");
    assert_eq!(answer.records, [Record::Ptr("mail.aoi.example.jp".into())]);

    let aaaa = response(
        "imap.mail.example.jp",
        RecordType::AAAA,
        ResponseCode::NoError,
        vec![rec(
            "imap.mail.example.jp",
            RData::AAAA(AAAA("2001:db8:10::993".parse().unwrap())),
        )],
    );
    let answer = parse_response(&wire(&aaaa), "imap.mail.example.jp", QueryKind::Aaaa).unwrap();
    assert_eq!(
        answer.addresses().collect::<Vec<_>>(),
        [ip("2001:db8:10::993")]
    );
}

#[test]
fn http_status_and_body_are_checked() {
    assert_eq!(
        parse_doh_reply(
            502,
            b"<html>Bad Gateway</html>",
            "aoi.example.jp",
            QueryKind::Mx
        ),
        Err(DnsError::Http { status: 502 })
    );
    assert_eq!(
        parse_doh_reply(
            200,
            b"<html>Welcome</html>",
            "aoi.example.jp",
            QueryKind::Mx
        ),
        Err(DnsError::NotDns)
    );
    let msg = response(
        "aoi.example.jp",
        RecordType::MX,
        ResponseCode::NXDomain,
        vec![],
    );
    assert_eq!(
        parse_doh_reply(200, &wire(&msg), "aoi.example.jp", QueryKind::Mx)
            .unwrap()
            .status,
        Status::NoSuchName
    );
}

#[test]
fn every_error_and_status_has_words_in_both_languages() {
    let errors = [
        DnsError::InvalidName { name: "x y".into() },
        DnsError::Http { status: 502 },
        DnsError::Network,
        DnsError::Timeout,
        DnsError::NotDns,
        DnsError::ServFail,
        DnsError::Refused,
        DnsError::Rcode {
            code: 4,
            name: "Not Implemented".into(),
        },
        DnsError::Truncated,
        DnsError::WrongQuestion {
            asked: "a MX".into(),
            answered: "b MX".into(),
        },
        DnsError::CnameLoop { name: "a".into() },
        DnsError::CnameChainTooLong { length: 12 },
    ];
    let mut seen = Vec::new();
    for e in &errors {
        let (ja, en) = (e.message(Lang::Ja), e.message(Lang::En));
        assert!(!ja.is_ascii(), "{e:?} ja is not Japanese: {ja}");
        assert!(en.is_ascii() && !en.is_empty(), "{e:?}: {en}");
        assert_eq!(e.to_string(), en);
        assert!(!seen.contains(&en), "two errors read alike: {en}");
        seen.push(en);
    }
    assert!(DnsError::Http { status: 502 }
        .message(Lang::En)
        .contains("502"));
    for s in [Status::Found, Status::NoData, Status::NoSuchName] {
        assert!(!s.message(Lang::Ja).is_ascii() && !s.message(Lang::En).is_empty());
    }
}

fn find<'a>(checks: &'a [Check], name: &str, kind: QueryKind) -> &'a Check {
    checks
        .iter()
        .find(|c| c.name == name && c.kind == kind)
        .unwrap_or_else(|| panic!("no {kind:?} check of {name}"))
}

#[test]
fn checks_for_a_cloud_domain() {
    let profile = Profile::demo();
    let checks = checks_for(&profile, "AOI.example.jp.");
    assert_eq!(checks[0].name, "aoi.example.jp");
    assert_eq!(checks[0].kind, QueryKind::Mx);
    assert_eq!(checks[0].purpose, Purpose::Mx);
    let imap = find(&checks, "imap.mail.example.jp", QueryKind::A);
    assert_eq!(
        imap.purpose,
        Purpose::CurrentHost {
            roles: vec![ServerRole::Imap]
        }
    );
    find(&checks, "imap.mail.example.jp", QueryKind::Aaaa);
    find(&checks, "pop.mail.example.jp", QueryKind::A);
    assert_eq!(
        find(&checks, "smtp.mail.example.jp", QueryKind::A).purpose,
        Purpose::CurrentHost {
            roles: vec![ServerRole::Smtp]
        }
    );
    for retired in [
        "mail.aoi.example.jp",
        "pop.aoi.example.jp",
        "imap.aoi.example.jp",
        "smtp.aoi.example.jp",
    ] {
        assert_eq!(
            find(&checks, retired, QueryKind::A).purpose,
            Purpose::RetiredHost
        );
    }
    // Midori's retired names are not Aoi's business.
    assert!(!checks.iter().any(|c| c.name.ends_with("midori.example.jp")));
    for service in SrvService::ALL {
        let c = find(
            &checks,
            &format!("{}.aoi.example.jp", service.prefix()),
            QueryKind::Srv,
        );
        assert_eq!(c.purpose, Purpose::Srv(service));
    }
    for prefix in [
        "_imap._tcp",
        "_imaps._tcp",
        "_pop3._tcp",
        "_pop3s._tcp",
        "_submission._tcp",
        "_submissions._tcp",
    ] {
        find(&checks, &format!("{prefix}.aoi.example.jp"), QueryKind::Srv);
    }
    for kind in [QueryKind::A, QueryKind::Aaaa, QueryKind::Cname] {
        assert_eq!(
            find(&checks, "autoconfig.aoi.example.jp", kind).purpose,
            Purpose::Autoconfig
        );
        assert_eq!(
            find(&checks, "autodiscover.aoi.example.jp", kind).purpose,
            Purpose::Autodiscover
        );
    }
    // Every check has words and builds a query.
    for c in &checks {
        assert!(
            !c.purpose.what_for(Lang::Ja).is_ascii() && !c.purpose.what_for(Lang::En).is_empty()
        );
        build_query(&c.name, c.kind).unwrap();
    }
    let mut keys: Vec<_> = checks.iter().map(|c| (c.name.clone(), c.kind)).collect();
    keys.sort_by_key(|(n, k)| (n.clone(), k.as_str()));
    keys.dedup();
    assert_eq!(keys.len(), checks.len(), "no look-up twice");
}

#[test]
fn checks_for_per_domain_hosts_and_unknown_domains() {
    let profile = Profile::demo();
    let checks = checks_for(&profile, "kita.yamabuki.example.jp");
    assert_eq!(
        find(&checks, "imap.kita.yamabuki.example.jp", QueryKind::A).purpose,
        Purpose::CurrentHost {
            roles: vec![ServerRole::Imap]
        }
    );
    find(&checks, "smtp.kita.yamabuki.example.jp", QueryKind::Aaaa);

    let checks = checks_for(&profile, "ほたる.example.jp");
    assert_eq!(checks[0].name, "xn--f9jvc5b.example.jp");
    find(&checks, "imap.mail.example.jp", QueryKind::A);

    let unknown = checks_for(&profile, "unknown.example.com");
    assert!(!unknown.iter().any(|c| c.purpose.is_current_host()));
    find(&unknown, "unknown.example.com", QueryKind::Mx);
    find(&unknown, "_imaps._tcp.unknown.example.com", QueryKind::Srv);
}

fn found(asked: &str, kind: QueryKind, addrs: &[&str]) -> Answer {
    Answer {
        asked: asked.into(),
        kind,
        status: Status::Found,
        chain: vec![],
        records: addrs.iter().map(|a| Record::Address(ip(a))).collect(),
    }
}

#[test]
fn addresses_are_classified_against_the_profile_and_the_run() {
    let profile = Profile::demo();
    let checks = checks_for(&profile, "aoi.example.jp");
    let imap = find(&checks, "imap.mail.example.jp", QueryKind::A).clone();
    let retired_name = find(&checks, "pop.aoi.example.jp", QueryKind::A).clone();
    let autoconfig = find(&checks, "autoconfig.aoi.example.jp", QueryKind::A).clone();
    let run = [
        (
            imap,
            found(
                "imap.mail.example.jp",
                QueryKind::A,
                &["203.0.113.10", "192.0.2.25"],
            ),
        ),
        (
            retired_name,
            found("pop.aoi.example.jp", QueryKind::A, &["192.0.2.110"]),
        ),
        (
            autoconfig,
            found(
                "autoconfig.aoi.example.jp",
                QueryKind::A,
                &["203.0.113.10", "203.0.113.99"],
            ),
        ),
    ];
    let current = current_addresses(&profile, run.iter().map(|(c, a)| (c, a)));
    assert_eq!(
        current,
        [ip("203.0.113.10")],
        "a retired IP never counts as current"
    );

    assert_eq!(
        classify(&profile, ip("203.0.113.10"), &current),
        AddressClass::Current
    );
    assert_eq!(
        classify(&profile, ip("203.0.113.99"), &current),
        AddressClass::Unknown
    );
    match classify(&profile, ip("192.0.2.110"), &current) {
        AddressClass::Retired { until, note } => {
            assert_eq!(until, Date::parse("2024-03-31"));
            assert!(note.unwrap().en.contains("Aoi"));
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        classify(&profile, ip("2001:db8:100::25"), &[]),
        AddressClass::Retired { .. }
    ));

    assert!(matches!(
        classify_host(&profile, "aoi.example.jp", "POP.aoi.example.jp."),
        AddressClass::Retired { .. }
    ));
    assert_eq!(
        classify_host(&profile, "aoi.example.jp", "imap.mail.example.jp"),
        AddressClass::Current
    );
    assert_eq!(
        classify_host(&profile, "yamabuki.example.jp", "pop.yamabuki.example.jp"),
        AddressClass::Current
    );
    assert_eq!(
        classify_host(&profile, "aoi.example.jp", "mx.elsewhere.example"),
        AddressClass::Unknown
    );

    let retired = classify(&profile, ip("192.0.2.25"), &current);
    assert!(retired.meaning(Lang::En).contains("retired on-prem server"));
    assert!(retired.meaning(Lang::En).contains("2024-03-31"));
    assert!(retired.meaning(Lang::Ja).contains("旧"));
    for class in [AddressClass::Current, AddressClass::Unknown, retired] {
        assert!(!class.meaning(Lang::Ja).is_ascii() && class.meaning(Lang::En).is_ascii());
    }
}
