//! The profile format end to end: the example profile (`tests/fixtures/`), the demo, look-ups, many problems at once.

use mail_doctor_core::profile::{Profile, UsernameFormat, DEMO_TOML};
use mail_doctor_core::Date;
use std::net::IpAddr;
use std::path::Path;

fn example_text() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/profile.example.toml");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

#[test]
fn example_profile_loads_unchanged() {
    let p = Profile::parse(&example_text()).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(p.isp.name.en, "Mihon Cable Group");
    assert_eq!(p.isp.effective, Date::new(2024, 3, 31));
    assert_eq!(p.brands.len(), 2);
    assert_eq!(p.domain_count(), 5);
    let cloud = &p.servers["cloud"];
    assert_eq!(cloud.smtp.len(), 2);
    assert_eq!(cloud.smtp[1].port, 587);
    assert_eq!(cloud.username, UsernameFormat::Address);
    assert_eq!(p.retired.len(), 1);
    assert_eq!(p.retired[0].ips.len(), 3);
    assert!(p.retired_host("SMTP.aoi.example.jp.").is_some());
    assert!(p.policy.foreign_login_block.microsoft_cloud_exempt);
}

#[test]
fn demo_loads_with_twelve_brands() {
    let p = Profile::parse(DEMO_TOML).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(p.brands.len(), 12);
    let n = p.domain_count();
    assert!((150..=170).contains(&n), "{n} domains");
}

#[test]
fn demo_has_the_example_profiles_brands_and_hosts() {
    let demo = Profile::demo();
    let example = Profile::parse(&example_text()).unwrap_or_else(|e| panic!("{e:#?}"));
    for (domain, brand) in example.domains() {
        let in_demo = demo.brand_for_domain(domain).map(|b| b.id.as_str());
        assert_eq!(in_demo, Some(brand.id.as_str()), "{domain}");
        let (_, set) = demo
            .servers_for_domain(domain)
            .unwrap_or_else(|| panic!("{domain}"));
        assert_eq!(set, &example.servers[&brand.servers], "{domain}");
    }
    for r in &example.retired {
        for h in &r.hosts {
            assert!(demo.retired_host(h).is_some(), "{h}");
        }
        for ip in &r.ips {
            assert!(demo.retired_ip(*ip).is_some(), "{ip}");
        }
    }
    assert_eq!(demo.policy, example.policy);
    assert_eq!(
        demo.closest_domain("midri.example.jp", 2),
        Some("midori.example.jp")
    );
}

#[test]
fn demo_per_domain_set_logs_in_with_the_local_part() {
    let demo = Profile::demo();
    let (brand, set) = demo
        .servers_for_domain("Kita.Yamabuki.Example.JP")
        .unwrap_or_else(|| panic!("yamabuki domain missing"));
    assert_eq!(brand.id, "yamabuki");
    assert_eq!(set.username, UsernameFormat::LocalPart);
    assert_eq!(
        set.hosts_for("kita.yamabuki.example.jp"),
        [
            "imap.kita.yamabuki.example.jp",
            "pop.kita.yamabuki.example.jp",
            "smtp.kita.yamabuki.example.jp"
        ]
    );
    assert!(demo.knows_host("pop.kita.yamabuki.example.jp", "kita.yamabuki.example.jp"));
    assert_eq!(
        demo.retired_host("mail.yamabuki.example.jp")
            .map(|r| r.replaced_by.as_str()),
        Some("cloud-domain")
    );
}

#[test]
fn demo_uses_only_reserved_names_and_documentation_addresses() {
    let demo = Profile::demo();
    let reserved = |h: &str| {
        let h = h.trim_end_matches('.');
        h == "example.jp" || h.ends_with(".example.jp") || h.ends_with(".example")
    };
    for (d, _) in demo.domains() {
        assert!(reserved(d), "{d}");
    }
    for set in demo.servers.values() {
        for e in set
            .imap
            .iter()
            .chain(set.pop3.iter())
            .chain(set.smtp.iter())
        {
            let host = e.host_for("yamabuki.example.jp");
            assert!(reserved(&host), "{host}");
        }
    }
    for r in &demo.retired {
        assert!(r.note.is_some());
        assert_eq!(r.until, Date::new(2024, 3, 31));
        for h in &r.hosts {
            assert!(reserved(h), "{h}");
        }
        for ip in &r.ips {
            let documentation = match ip {
                IpAddr::V4(v4) => {
                    let [a, b, c, _] = v4.octets();
                    matches!((a, b, c), (192, 0, 2) | (198, 51, 100) | (203, 0, 113))
                }
                IpAddr::V6(v6) => v6.segments()[..2] == [0x2001, 0x0db8],
            };
            assert!(documentation, "{ip}");
        }
    }
    assert!(demo
        .isp
        .support_url
        .starts_with("https://support.example.jp/"));
}

#[test]
fn domain_look_up_ignores_case_dot_and_unicode_form() {
    let demo = Profile::demo();
    let id = |d: &str| demo.brand_for_domain(d).map(|b| b.id.as_str());
    assert_eq!(id("KITA.AOI.EXAMPLE.JP."), Some("aoi"));
    assert_eq!(id("ほたる.example.jp"), Some("hotaru"));
    assert_eq!(id("ホタル.example.jp"), None);
    let puny = mail_doctor_core::names::normalize_host("ほたる.EXAMPLE.jp");
    assert!(puny.starts_with("xn--"));
    assert_eq!(id(&puny.to_uppercase()), Some("hotaru"));
}

#[test]
fn several_problems_are_all_reported_with_line_and_key() {
    let text = example_text()
        .replace("port = 995", "port = 99999")
        .replace("security = \"starttls\"", "security = \"auto\"")
        .replace(
            "servers = \"cloud\"\ndomains = [\"midori",
            "servers = \"clod\"\ndomains = [\"midori",
        )
        .replace("\"m2.midori.example.jp\"", "\"Kita.Aoi.Example.JP.\"")
        .replace("2001:db8::25", "2001:db8::zz")
        .replace("until = 2024-03-31", "until = \"2024-03-31\"");
    let errors = Profile::parse(&text).err().unwrap_or_default();
    let found: Vec<(usize, &str)> = errors.iter().map(|e| (e.line, e.key.as_str())).collect();
    let at = |needle| line_of(&text, needle);
    assert_eq!(
        found,
        [
            (at("port = 99999"), "servers.cloud.pop3.port"),
            (at("security = \"auto\""), "servers.cloud.smtp[1].security"),
            (at("servers = \"clod\""), "brands[1].servers"),
            (at("\"Kita.Aoi.Example.JP.\""), "brands[1].domains[1]"),
            (at("2001:db8::zz"), "retired[0].ips[2]"),
            (at("until = \"2024-03-31\""), "retired[0].until"),
        ],
        "{errors:#?}"
    );
    let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        shown[2],
        format!(
            "{}: brands[1].servers: unknown server set \"clod\" (known: cloud)",
            at("servers = \"clod\"")
        )
    );
    assert!(errors.iter().all(|e| !e.message.is_empty()));
}

/// The 1-based number of the first line of `text` containing `needle`: tests compute the line a
/// problem is reported on from the text itself, never by counting by hand.
#[track_caller]
fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .map(|i| i + 1)
        .unwrap_or_else(|| panic!("no line with {needle:?} in:\n{text}"))
}

#[test]
fn synthetic_profile_of_ten_thousand_domains() {
    let text = mail_doctor_core::profile::synthetic::synthetic_toml(10_000);
    let p = Profile::parse(&text).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(p.domain_count(), 10_000);
}

/// A small deterministic generator (xorshift64*), so failures reproduce without a seed file.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Pieces that stress the parser and the validator more than random letters do.
const TOKENS: &[&str] = &[
    "[",
    "]",
    "[[",
    "]]",
    "{",
    "}",
    "=",
    ",",
    "\"",
    "'",
    "\"\"\"",
    "\n",
    "#",
    ".",
    "\\u0000",
    "\\uD800",
    "\u{0}",
    "\u{feff}",
    "\u{fffd}",
    "\r",
    "\t",
    "99999999999999999999999",
    "-0",
    "1e999",
    "nan",
    "inf",
    "0x",
    "2024-02-30",
    "2024-03-31T25:61:00",
    "{domain}",
    "xn--",
    "ほたる",
    "servers",
    "brands",
    "retired",
    "domains",
    "port",
    "host",
    "security",
    "smtp",
    "auto",
    "true",
    "[servers.cloud]",
    "[[brands]]",
    "[[retired]]",
    "a.b.c.d.e = 1",
    "__",
    "\u{202e}",
];

fn mutate(rng: &mut Rng, base: &str) -> String {
    let mut text: Vec<char> = base.chars().collect();
    for _ in 0..=rng.below(8) {
        let at = rng.below(text.len() + 1);
        match rng.below(4) {
            0 if at < text.len() => {
                let end = (at + rng.below(20)).min(text.len());
                text.drain(at..end);
            }
            1 => {
                let token = TOKENS[rng.below(TOKENS.len())];
                text.splice(at..at, token.chars());
            }
            2 if at < text.len() => {
                let c = char::from_u32(rng.below(0x3000) as u32).unwrap_or('?');
                text[at] = c;
            }
            _ => {
                let token = TOKENS[rng.below(TOKENS.len())];
                let end = (at + token.len()).min(text.len());
                text.splice(at..end, token.chars());
            }
        }
    }
    text.into_iter().collect()
}

#[test]
fn garbage_never_panics() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let example = example_text();
    for round in 0..3000 {
        let text = match round % 4 {
            0 => {
                let bytes: Vec<u8> = (0..rng.below(300)).map(|_| rng.next() as u8).collect();
                String::from_utf8_lossy(&bytes).into_owned()
            }
            1 => (0..rng.below(60))
                .map(|_| TOKENS[rng.below(TOKENS.len())])
                .collect::<Vec<_>>()
                .join(if rng.below(2) == 0 { "" } else { " " }),
            2 => mutate(&mut rng, &example),
            _ if round % 40 == 3 => mutate(&mut rng, DEMO_TOML),
            _ => {
                let once = mutate(&mut rng, &example);
                mutate(&mut rng, &once)
            }
        };
        match Profile::parse(&text) {
            Ok(p) => assert!(p.domain_count() >= 1),
            Err(errors) => {
                let lines = text.lines().count().max(1);
                assert!(!errors.is_empty());
                for e in &errors {
                    assert!(
                        e.line <= lines + 1,
                        "line {} of {lines}: {e}\n{text}",
                        e.line
                    );
                    assert!(!e.message.is_empty());
                }
            }
        }
    }
}

#[test]
fn extreme_shapes_are_reported_not_crashed() {
    let deep_arrays = format!("x = {}1{}", "[".repeat(10_000), "]".repeat(10_000));
    let deep_tables = format!("x = {}1{}", "{ a = ".repeat(5_000), " }".repeat(5_000));
    let long_key = format!("[{}]\n", vec!["k"; 5_000].join("."));
    let huge_number = "[isp]\nname = { en = \"x\" }\neffective = 99999999999999999999999999\n";
    let huge_port = example_text().replace("port = 993", "port = 1e308");
    let long_domain = example_text().replace(
        "\"aoi.example.jp\"",
        &format!("\"{}.example.jp\"", "a".repeat(100_000)),
    );
    for text in [
        deep_arrays,
        deep_tables,
        long_key,
        huge_number.to_string(),
        huge_port,
        long_domain,
        "\u{0}".repeat(1000),
        "=".repeat(10_000),
    ] {
        let errors = Profile::parse(&text).err().unwrap_or_default();
        assert!(!errors.is_empty(), "{}", &text[..text.len().min(80)]);
    }
}
