//! The login-IP check: Microsoft's sync ranges against addresses seen in real logs
//! (DOMAIN.md) and documentation addresses that must not match.

use mail_doctor_core::ipranges::{classify_ips, Ranges};
use mail_doctor_core::Lang;

fn verdicts(text: &str) -> Vec<(String, bool, Option<String>)> {
    classify_ips(text, Ranges::builtin())
        .into_iter()
        .map(|v| (v.ip, v.microsoft, v.range))
        .collect()
}

fn yes(ip: &str, range: &str) -> (String, bool, Option<String>) {
    (ip.into(), true, Some(range.into()))
}

fn no(ip: &str) -> (String, bool, Option<String>) {
    (ip.into(), false, None)
}

#[test]
fn addresses_seen_in_public_logs_are_microsofts() {
    assert_eq!(
        verdicts("2603:1026:c03:6046::5"),
        [yes("2603:1026:c03:6046::5", "2603:1026::/36")]
    );
    assert_eq!(
        verdicts("52.125.138.21"),
        [yes("52.125.138.21", "52.125.128.0/20")]
    );
    assert_eq!(
        verdicts("52.125.141.250"),
        [yes("52.125.141.250", "52.125.128.0/20")]
    );
    assert_eq!(
        verdicts("52.96.56.197"),
        [yes("52.96.56.197", "52.96.0.0/14")]
    );
    assert_eq!(
        verdicts("52.97.188.37"),
        [yes("52.97.188.37", "52.96.0.0/14")]
    );
}

#[test]
fn documentation_and_relay_addresses_are_not() {
    let text = "192.0.2.1 198.51.100.7 203.0.113.254 2001:db8::1 2001:db8:10::110 \
                40.92.1.1 40.107.22.3 104.47.5.5 2a01:111:f400::1 127.0.0.1 ::1";
    let v = verdicts(text);
    assert_eq!(v.len(), 11, "{v:?}");
    assert!(v.iter().all(|(_, m, r)| !m && r.is_none()), "{v:?}");
    assert_eq!(verdicts("connect from 192.0.2.1"), [no("192.0.2.1")]);
}

#[test]
fn a_server_log_with_ports_brackets_and_mapped_addresses() {
    let log = "Jan 28 10:45:21 mx1 dovecot: imap-login: Login: user=<taro@kita.aoi.example.jp>, method=PLAIN, rip=2603:1026:c03:6046::5, lip=192.0.2.110, mpid=4242, TLS\n\
Jan 28 10:45:22 mx1 dovecot: pop3-login: Login: user=<taro>, rip=::ffff:52.96.56.197, lip=::ffff:192.0.2.110\n\
2025-01-28T10:46:03+09:00 connect from unknown[2603:1026:c03:6046::5]:993\n\
2025/01/28 10:47:00 auth failed from 198.51.100.23:51234 (version 1.2024.403.300)\n\
2025.01.28 MAC 00:1a:2b:3c:4d:5e build 10.0.19045.5371 ";
    let v = classify_ips(log, Ranges::builtin());
    let got: Vec<(&str, &str, bool)> = v
        .iter()
        .map(|v| (v.ip.as_str(), v.found.as_str(), v.microsoft))
        .collect();
    assert_eq!(
        got,
        [
            ("2603:1026:c03:6046::5", "2603:1026:c03:6046::5", true),
            ("192.0.2.110", "192.0.2.110", false),
            ("52.96.56.197", "::ffff:52.96.56.197", true),
            ("198.51.100.23", "198.51.100.23:51234", false),
        ]
    );
}

#[test]
fn brackets_ports_full_width_and_sentence_ends() {
    let v = classify_ips(
        "[2603:1026::5]:993 と ５２．９７．１８８．３７ から. Seen 52.125.138.9.",
        Ranges::builtin(),
    );
    let got: Vec<(&str, &str, bool)> = v
        .iter()
        .map(|v| (v.ip.as_str(), v.found.as_str(), v.microsoft))
        .collect();
    assert_eq!(
        got,
        [
            ("2603:1026::5", "[2603:1026::5]", true),
            ("52.97.188.37", "52.97.188.37", true),
            ("52.125.138.9", "52.125.138.9", true),
        ]
    );
}

#[test]
fn not_ips() {
    for text in [
        "1.2024.403.300",
        "2025.01.28",
        "10:45:21",
        "00:1a:2b:3c:4d:5e",
        "256.1.1.1",
        "1.2.3.4.5",
        "std::vec a :: b",
        "deadbeef cafe:babe",
        "0x800CCC0E",
        "ver1.2.3.4",
    ] {
        assert!(verdicts(text).is_empty(), "{text:?} → {:?}", verdicts(text));
    }
}

#[test]
fn a_refreshed_ranges_file_is_used() {
    let r = Ranges::parse("# test\n192.0.2.0/24\n2001:db8::/32\n").unwrap();
    let v = classify_ips("192.0.2.7 52.96.56.197 2001:db8::5", &r);
    assert_eq!(
        v.iter().map(|v| v.microsoft).collect::<Vec<_>>(),
        [true, false, true]
    );
    assert_eq!(v[0].range.as_deref(), Some("192.0.2.0/24"));
}

#[test]
fn wording_says_what_a_match_does_and_does_not_prove() {
    let v = &classify_ips("52.96.56.197 192.0.2.1", Ranges::builtin());
    assert!(v[0].microsoft && !v[1].microsoft);
    assert!(v[0].explanation(Lang::En).contains("does not prove"));
    assert!(v[1]
        .explanation(Lang::En)
        .contains("does not prove an intruder"));
    assert!(v[0].explanation(Lang::Ja).contains("証明しません"));
    assert!(v[1]
        .explanation(Lang::Ja)
        .contains("不正ログインとは言えません"));
    assert_ne!(v[0].explanation(Lang::En), v[1].explanation(Lang::En));
}

#[test]
fn each_address_is_listed_once_as_first_written() {
    let found = classify_ips(
        "2001:DB8::1 then 192.0.2.1, [2001:db8:0::1]:443 and 192.0.2.1 again, 2001:db8::1",
        Ranges::builtin(),
    );
    let listed: Vec<(&str, &str)> = found
        .iter()
        .map(|v| (v.ip.as_str(), v.found.as_str()))
        .collect();
    assert_eq!(
        listed,
        [("2001:db8::1", "2001:DB8::1"), ("192.0.2.1", "192.0.2.1")]
    );
}
