//! Entry points shared by the cargo-fuzz targets (`fuzz/`) and the corpus replay test
//! (`core/tests/fuzz_corpus.rs`): each takes arbitrary bytes and drives one parser and
//! everything downstream of it. None may panic, whatever the bytes.

use crate::case::Case;
use crate::date::Date;
use crate::lang::Lang;
use crate::profile::Profile;
use std::sync::OnceLock;

/// A fuzz entry point: arbitrary bytes in, no panic out.
pub type Entry = fn(&[u8]);

/// Every target, by the name of its corpus folder.
pub const TARGETS: &[(&str, Entry)] = &[
    ("profile", profile),
    ("case", case),
    ("case_json", case_json),
    ("share", share),
    ("error_text", error_text),
    ("lookup", lookup),
    ("login_ips", login_ips),
    ("dns_answer", dns_answer),
    ("autoconfig", autoconfig),
    ("send_pattern", send_pattern),
    ("probe_dialogue", probe_dialogue),
    ("idn", idn),
];

fn demo() -> &'static Profile {
    static DEMO: OnceLock<Option<Profile>> = OnceLock::new();
    DEMO.get_or_init(|| Profile::parse(crate::profile::DEMO_TOML).ok())
        .as_ref()
        .expect("demo profile loads")
}

const TODAY: Date = Date {
    year: 2026,
    month: 11,
    day: 28,
};

fn diagnose_and_explain(case: &Case, profile: &Profile) {
    let report = crate::diagnose(case, profile, TODAY);
    for lang in Lang::ALL {
        let _ = crate::text::explain(&report, case, profile, lang);
    }
}

/// Profile TOML: read with the `toml` crate, validated; every problem points at a line of the
/// text and has words in both languages; when it loads, a fixed case is diagnosed against it.
/// Bytes that are not UTF-8 are read as the replacement character, so that every input reaches
/// the reader.
pub fn profile(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let text = text.as_ref();
    match Profile::parse(text) {
        Ok(profile) => {
            let case = Case::from_json(
                r#"{"address":"taro@aoi.example.jp","incoming":{"protocol":"pop3","host":"mail.aoi.example.jp","port":110,"security":"none"},"outgoing":{"host":"192.0.2.25","port":25,"auth":"none"}}"#,
            )
            .unwrap_or_default();
            diagnose_and_explain(&case, &profile);
        }
        Err(errors) => {
            assert!(!errors.is_empty());
            let lines = text.split('\n').count();
            for e in &errors {
                assert!(e.line <= lines, "line {} of {lines}: {e}", e.line);
                for lang in Lang::ALL {
                    assert!(!e.message_in(lang).trim().is_empty(), "{e}");
                }
            }
        }
    }
}

/// Case JSON through serde, on any text: a case that is read is written and read back the same;
/// a text that is refused gets a message and a place within the text (the line and column the
/// operator is sent to), and a wrong type names its field.
pub fn case_json(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    match Case::from_json(&text) {
        Ok(case) => {
            let written = case.to_json();
            assert_eq!(Case::from_json(&written).as_ref(), Ok(&case), "{written}");
        }
        Err(e) => {
            assert!(!e.message.is_empty(), "{e:?}");
            let lines = text.split('\n').count();
            assert!(e.line <= lines, "{e:?} in {lines} lines");
            if let Some(line) = text.split('\n').nth(e.line.saturating_sub(1)) {
                assert!(e.column <= line.chars().count() + 1, "{e:?}: {line:?}");
            }
            if e.message.starts_with("invalid type at ") {
                assert!(e.message.contains('`'), "{e:?}");
            }
        }
    }
}

/// Case JSON: read, written and read back to the same case, diagnosed against the demo
/// profile, explained in both languages.
pub fn case(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(case) = Case::from_json(text) {
        let written = case.to_json();
        assert_eq!(Case::from_json(&written).as_ref(), Ok(&case), "{written}");
        diagnose_and_explain(&case, demo());
    }
}

/// Share-link payloads: decode, and diagnose what they hold.
pub fn share(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(case) = crate::share::decode_case(text) {
        diagnose_and_explain(&case, demo());
    }
}

/// Pasted error text: decode, explain in both languages, rank against no findings.
pub fn error_text(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let errors = crate::decode::explain(&text);
    for e in &errors {
        for lang in Lang::ALL {
            let _ = crate::decode::meaning(e, lang);
        }
    }
    let _ = crate::decode::suspects(&errors, &[]);
}

/// Pasted `nslookup`/`ping`/`dig`… output, then a case that carries what it resolved.
pub fn lookup(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let resolved = crate::decode::parse_lookup(&text);
    let case = Case {
        address: Some("taro@aoi.example.jp".into()),
        resolved,
        ..Case::default()
    };
    diagnose_and_explain(&case, demo());
}

/// Pasted login IPs / log lines against the built-in Microsoft ranges.
pub fn login_ips(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let _ = crate::ipranges::classify_ips(&text, crate::ipranges::Ranges::builtin());
}

/// A DoH response body for each kind of question.
pub fn dns_answer(data: &[u8]) {
    use crate::dns::QueryKind;
    for kind in [
        QueryKind::A,
        QueryKind::Aaaa,
        QueryKind::Mx,
        QueryKind::Srv,
        QueryKind::Txt,
        QueryKind::Cname,
        QueryKind::Ptr,
    ] {
        let _ = crate::dns::parse_response(data, "imap.mail.example.jp", kind);
    }
}

/// Host names: whatever the text, [`crate::names::normalize_host`] gives a canonical form that
/// is its own canonical form, and an address's domain is one.
pub fn idn(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let once = crate::names::normalize_host(&text);
    assert_eq!(crate::names::normalize_host(&once), once, "{text:?}");
    if let Some(address) = crate::names::parse_address(&text) {
        assert_eq!(
            crate::names::normalize_host(&address.domain),
            address.domain
        );
    }
}

/// Thunderbird autoconfig XML: import, and when a profile comes out, it must load.
pub fn autoconfig(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let result = crate::import::import_autoconfig(&[("fuzz.xml", &text)]);
    if !result.toml.is_empty() {
        // The importer promises TOML that validates; a panic here is a real finding.
        if let Err(errors) = Profile::parse(&result.toml) {
            panic!("imported profile does not validate: {errors:?}");
        }
    }
}

/// A sender's pattern (recipients, messages, minutes, repeat, total) from the first bytes.
pub fn send_pattern(data: &[u8]) {
    let word = |i: usize| -> u32 {
        let b = |k: usize| u32::from(data.get(i * 4 + k).copied().unwrap_or(0));
        (b(0) << 24) | (b(1) << 16) | (b(2) << 8) | b(3)
    };
    let pattern = crate::advisor::SendPattern {
        recipients_per_message: word(0),
        messages: word(1),
        per_minutes: word(2),
        repeat_minutes: (word(3) != 0).then(|| word(3)),
        total: (word(4) != 0).then(|| u64::from(word(4))),
    };
    let advice = crate::advisor::advise(&pattern, &demo().policy);
    for lang in Lang::ALL {
        let _ = advice.explain(lang);
    }
}

/// The probe's dialogue parsers (SMTP / IMAP / POP3) fed a server's bytes: the first byte picks
/// the protocol, the security and greeting-only; the rest is what the server sends, cut into
/// reads at each 0x00 0x00 pair (a 0x00 0x01 pair also stands for a completed TLS handshake). The
/// dialogue must end, never send more than a few commands, and its report must assess and
/// explain in both languages.
pub fn probe_dialogue(data: &[u8]) {
    use crate::case::Security;
    use crate::probe::{
        assess, finding_text, Dialogue, MailProtocol, Next, Policy, ProbeReport, Role, Target,
    };
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let protocol = MailProtocol::ALL[usize::from(mode % 3)];
    let security = [Security::Ssl, Security::Starttls, Security::None][usize::from(mode / 3 % 3)];
    let greeting_only = mode & 0x80 != 0;
    // Events: Some(bytes) = one read, None = a TLS handshake that completes.
    let mut events: Vec<Option<&[u8]>> = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i + 1 < rest.len() {
        if rest[i] == 0 && rest[i + 1] <= 1 {
            events.push(Some(&rest[start..i]));
            if rest[i + 1] == 1 {
                events.push(None);
            }
            start = i + 2;
            i += 2;
        } else {
            i += 1;
        }
    }
    events.push(Some(&rest[start..]));
    let mut dialogue = Dialogue::new(protocol, security, "fuzz.invalid", greeting_only);
    let mut events = events
        .into_iter()
        .filter(|e| e.is_none_or(|b| !b.is_empty()));
    let mut sends = 0;
    let mut steps = 0;
    loop {
        steps += 1;
        assert!(steps < 10_000, "the dialogue does not end");
        match dialogue.next_action() {
            Next::Send(bytes) => {
                sends += 1;
                assert!(sends <= 8, "too many commands");
                assert!(bytes.ends_with(b"\r\n") && bytes.len() < 300);
            }
            Next::Read => match events.next() {
                Some(Some(chunk)) => dialogue.receive(chunk),
                Some(None) => dialogue.timed_out(),
                None => dialogue.closed(),
            },
            Next::StartTls => match events.next() {
                Some(None) => dialogue.tls_established(),
                Some(Some(_)) => dialogue.tls_failed("fuzz"),
                None => dialogue.timed_out(),
            },
            Next::Done => break,
        }
    }
    let target = Target {
        host: "imap.mail.example.jp".to_string(),
        port: 993,
        protocol,
        security,
        role: if greeting_only {
            Role::Retired
        } else {
            Role::Current
        },
    };
    let mut report = ProbeReport::new(target, 1_796_601_600);
    report.connect_ms = Some(1);
    report.absorb(dialogue);
    assess(&mut report, &Policy::default(), 1_796_601_600);
    for f in &report.findings {
        for lang in Lang::ALL {
            let text = finding_text(f, &report.target, lang);
            assert!(!text.title.is_empty() && !text.detail.is_empty());
        }
    }
}
