//! Arbitrary cases never panic `diagnose`, and every report keeps its invariants. A small
//! deterministic generator (no dependency, same cases every run): random `Case` values drawn
//! from pools of awkward values, and random or mutated JSON fed through `Case::from_json`.

use mail_doctor_core::case::{
    ClientId, ClientReport, IncomingAuth, IncomingReport, OutgoingAuth, OutgoingReport, Protocol,
    Resolved, Security, Sending,
};
use mail_doctor_core::{diagnose, Case, Date, Profile, Report};

/// xorshift64*: deterministic and good enough to pick from pools.
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
    fn maybe<T>(&mut self, f: impl FnOnce(&mut Rng) -> T) -> Option<T> {
        if self.below(4) == 0 {
            None
        } else {
            Some(f(self))
        }
    }
    fn pick<T: Clone>(&mut self, pool: &[T]) -> T {
        pool[self.below(pool.len())].clone()
    }
}

const TEXTS: &[&str] = &[
    "",
    " ",
    "taro@kita.aoi.example.jp",
    "TARO@AOI.EXAMPLE.JP.",
    "taro",
    "@",
    "a@b",
    "a@@b.jp",
    "taro@midri.example.jp",
    "hiro@kita.yamabuki.example.jp",
    "x@メール.例え.jp",
    "192.0.2.110",
    "[2001:db8::25]",
    "2001:db8::25",
    "mail.aoi.example.jp",
    "imap.mail.example.jp",
    "pop.mail.example.jp",
    "smtp.mail.example.jp",
    "imap.mial.example.jp",
    "imap.{domain}",
    "xn--",
    "xn--zz",
    ".",
    "..",
    "a..b",
    "-a.jp",
    "\u{0}",
    "\u{202e}evil",
    "ﾒｰﾙ",
    "1.2024.403.300",
    "1.2025.122.200",
    "1.99999999999.1.1",
    "2010",
    "365",
    "115",
    "24",
    "windows-7",
    "windows-xp",
    "windows-8.1",
    "android-4.3",
    "android-",
    "ios-99999999999",
    "macos-10.8",
    "macos-",
    "-",
    "0",
    "18446744073709551616",
];

fn text(r: &mut Rng) -> String {
    let mut s = r.pick(TEXTS).to_string();
    if r.below(8) == 0 {
        s = s.repeat(r.below(40) + 1);
    }
    s
}

fn random_case(r: &mut Rng) -> Case {
    let ports = [0u16, 25, 110, 143, 465, 587, 993, 995, 2525, u16::MAX];
    let numbers = [0u32, 1, 59, 60, 61, 100, 101, 200, 201, u32::MAX];
    let securities = [
        Security::Ssl,
        Security::Starttls,
        Security::None,
        Security::Auto,
    ];
    Case {
        address: r.maybe(text),
        client: r.maybe(|r| ClientReport {
            id: r.maybe(|r| r.pick(&ClientId::ALL)),
            version: r.maybe(text),
            os: r.maybe(text),
        }),
        incoming: r.maybe(|r| IncomingReport {
            protocol: r.maybe(|r| r.pick(&[Protocol::Imap, Protocol::Pop3])),
            host: r.maybe(text),
            port: r.maybe(|r| r.pick(&ports)),
            security: r.maybe(|r| r.pick(&securities)),
            username: r.maybe(text),
            auth: r.maybe(|r| {
                r.pick(&[
                    IncomingAuth::Password,
                    IncomingAuth::Spa,
                    IncomingAuth::CramMd5,
                    IncomingAuth::Oauth2,
                    IncomingAuth::None,
                ])
            }),
        }),
        outgoing: r.maybe(|r| OutgoingReport {
            host: r.maybe(text),
            port: r.maybe(|r| r.pick(&ports)),
            security: r.maybe(|r| r.pick(&securities)),
            auth: r.maybe(|r| {
                r.pick(&[
                    OutgoingAuth::SameAsIncoming,
                    OutgoingAuth::Password,
                    OutgoingAuth::None,
                    OutgoingAuth::PopBeforeSmtp,
                ])
            }),
            username: r.maybe(text),
        }),
        symptoms: Vec::new(),
        error_text: r.maybe(text),
        sending: r.maybe(|r| Sending {
            recipients_per_message: r.maybe(|r| r.pick(&numbers)),
            messages: r.maybe(|r| r.pick(&numbers)),
            per_minutes: r.maybe(|r| r.pick(&numbers)),
            wait_minutes: r.maybe(|r| r.pick(&numbers)),
        }),
        resolved: (0..r.below(3))
            .map(|_| Resolved {
                host: text(r),
                addresses: (0..r.below(3)).map(|_| text(r)).collect(),
            })
            .collect(),
    }
}

fn check_invariants(report: &Report, case: &Case) {
    for pair in report.findings.windows(2) {
        assert!(pair[0].severity <= pair[1].severity, "unsorted: {case:?}");
    }
    for (i, f) in report.findings.iter().enumerate() {
        assert!(
            !report.findings[i + 1..].contains(f),
            "duplicate {f:?}: {case:?}"
        );
    }
    if report.corrected.is_some() {
        assert!(
            report.brand.is_some(),
            "corrected without a known domain: {case:?}"
        );
    }
    let pasted = case
        .error_text
        .as_deref()
        .is_some_and(|t| !t.trim().is_empty());
    assert_eq!(
        report.errors.is_some(),
        pasted,
        "errors iff error_text: {case:?}"
    );
    assert_eq!(
        report.suspects.is_some(),
        pasted,
        "suspects iff error_text: {case:?}"
    );
    let suspects = report.suspects.as_deref().unwrap_or_default();
    for (i, s) in suspects.iter().enumerate() {
        assert!(
            !suspects[i + 1..].contains(s),
            "duplicate suspect {s:?}: {case:?}"
        );
    }
    serde_json::to_string(report).expect("report serialises");
}

fn profiles() -> Vec<Profile> {
    let example = include_str!("cases/imap-only.toml");
    vec![
        Profile::demo(),
        Profile::parse(example).unwrap_or_else(|e| panic!("{e:?}")),
    ]
}

#[test]
fn random_cases_never_panic() {
    let profiles = profiles();
    let mut r = Rng(0x9e37_79b9_7f4a_7c15);
    let days = [0i64, 18_000, 20_088, 20_500, 60_000];
    for _ in 0..4000 {
        let case = random_case(&mut r);
        let today = Date::from_days_since_epoch(r.pick(&days));
        for profile in &profiles {
            let report = diagnose(&case, profile, today);
            check_invariants(&report, &case);
        }
    }
}

#[test]
fn random_json_never_panics() {
    let profiles = profiles();
    let mut r = Rng(0x0123_4567_89ab_cdef);
    let seeds = [
        r#"{"address":"taro@kita.aoi.example.jp","client":{"id":"outlook-classic","version":"2010","os":"windows-7"},"incoming":{"protocol":"pop3","host":"mail.aoi.example.jp","port":110,"security":"none","username":"taro","auth":"password"},"outgoing":{"host":"smtp.aoi.example.jp","port":25,"security":"none","auth":"none"},"sending":{"recipients_per_message":250,"messages":50,"per_minutes":5},"resolved":[{"host":"imap.mail.example.jp","addresses":["192.0.2.110"]}]}"#,
        r#"{"address":"a@midri.example.jp","outgoing":{"port":65535}}"#,
    ];
    let alphabet: &[u8] = b"{}[]\":,0123456789-.@abcdefghijklmnopqrstuvwxyz \\u";
    let today = Date::new(2026, 6, 1).expect("valid date");
    let mut parsed = 0;
    for i in 0..6000 {
        let mut bytes = seeds[i % seeds.len()].as_bytes().to_vec();
        for _ in 0..=r.below(4) {
            let at = r.below(bytes.len() + 1);
            match r.below(3) {
                0 if at < bytes.len() => {
                    bytes.remove(at);
                }
                1 => bytes.insert(at, r.pick(alphabet)),
                _ if at < bytes.len() => bytes[at] = r.pick(alphabet),
                _ => {}
            }
        }
        let text = String::from_utf8_lossy(&bytes);
        if let Ok(case) = Case::from_json(&text) {
            parsed += 1;
            for profile in &profiles {
                check_invariants(&diagnose(&case, profile, today), &case);
            }
        }
    }
    assert!(
        parsed > 100,
        "the mutations should still parse sometimes ({parsed})"
    );
}
