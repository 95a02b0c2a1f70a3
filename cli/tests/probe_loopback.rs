//! `mail-doctor probe` and `serve-probe` against real servers on loopback: Debian's Postfix and
//! Dovecot started by `scripts/mail-servers` (good, legacy-TLS, expired, expiring, wrong-name and
//! plain-login-before-TLS variants) and its three listeners (refused, silent, garbage).
//!
//! `scripts/test-probe` starts the servers, exports their `MAIL_DOCTOR_MAIL_*` variables and
//! `MAIL_DOCTOR_PROBE_REQUIRED=1`, runs this file and stops them. Without the variables the tests
//! skip (so `cargo test --workspace` passes anywhere), unless MAIL_DOCTOR_PROBE_REQUIRED is set.
//! Nothing here touches an outside address: every name is resolved to the servers' loopback
//! address with `--resolve`.

use serde_json::Value;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Output, Stdio};
use std::sync::Once;
use std::time::{Duration, Instant};

struct Env {
    host: String,
    ca: String,
}

impl Env {
    fn port(&self, name: &str) -> u16 {
        let var = format!("MAIL_DOCTOR_MAIL_{name}_PORT");
        std::env::var(&var)
            .unwrap_or_else(|_| panic!("{var} is not set (scripts/mail-servers env)"))
            .parse()
            .unwrap_or_else(|_| panic!("{var} is not a port"))
    }

    /// `--ca`, `--resolve *:HOST` and the step timer: the common arguments. The timer is short
    /// for the silent listener's tests and generous otherwise (a loaded CI machine).
    fn args_with_timeout(&self, seconds: &str) -> Vec<String> {
        vec![
            "--ca".into(),
            self.ca.clone(),
            "--resolve".into(),
            format!("*:{}", self.host),
            "--connect-timeout".into(),
            "5".into(),
            "--timeout".into(),
            seconds.into(),
        ]
    }

    fn args(&self) -> Vec<String> {
        self.args_with_timeout("10")
    }
}

fn env() -> Option<Env> {
    match (
        std::env::var("MAIL_DOCTOR_MAIL_HOST"),
        std::env::var("MAIL_DOCTOR_MAIL_CA"),
    ) {
        (Ok(host), Ok(ca)) if !host.is_empty() => Some(Env { host, ca }),
        _ if std::env::var_os("MAIL_DOCTOR_PROBE_REQUIRED").is_some() => panic!(
            "MAIL_DOCTOR_MAIL_HOST is not set: run these tests through scripts/test-probe, which \
             starts the loopback mail servers (scripts/mail-servers)"
        ),
        _ => {
            static SAID: Once = Once::new();
            SAID.call_once(|| {
                let _ = writeln!(
                    std::io::stderr(),
                    "SKIPPED probe_loopback: MAIL_DOCTOR_MAIL_HOST is not set; scripts/test-probe \
                     runs these tests against the loopback mail servers"
                );
            });
            None
        }
    }
}

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_mail-doctor"))
}

fn run(args: &[String]) -> Output {
    bin()
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("binary runs")
}

fn strings(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

/// `probe HOST:PORT --security S --protocol P --json` against one loopback port.
fn probe_one(env: &Env, port: &str, security: &str, protocol: &str) -> Value {
    probe_one_with(env, port, security, protocol, env.args())
}

fn probe_one_with(
    env: &Env,
    port: &str,
    security: &str,
    protocol: &str,
    common: Vec<String>,
) -> Value {
    let mut args = strings(&[
        "probe",
        &format!("imap.mail.example.jp:{}", env.port(port)),
        "--security",
        security,
        "--protocol",
        protocol,
        "--json",
        "--lang",
        "en",
    ]);
    args.extend(common);
    let o = run(&args);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    serde_json::from_slice(&o.stdout).expect("JSON")
}

fn codes(report: &Value) -> Vec<String> {
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| f["code"].as_str().expect("code").to_string())
        .collect()
}

#[test]
fn every_good_endpoint_has_no_findings() {
    let Some(env) = env() else { return };
    for (port, security, protocol) in [
        ("MAIN_SUBMISSION", "starttls", "smtp"),
        ("MAIN_SUBMISSIONS", "ssl", "smtp"),
        ("MAIN_IMAP", "starttls", "imap"),
        ("MAIN_IMAPS", "ssl", "imap"),
        ("MAIN_POP3", "starttls", "pop3"),
        ("MAIN_POP3S", "ssl", "pop3"),
    ] {
        let r = probe_one(&env, port, security, protocol);
        assert_eq!(codes(&r), Vec::<String>::new(), "{port}: {r:#}");
        assert_eq!(r["outcome"], "answered", "{port}");
        assert_eq!(
            r["endpoint"],
            format!("imap.mail.example.jp:{}", env.port(port))
        );
        assert_eq!(r["target"]["protocol"], protocol);
        let tls = &r["tls"];
        assert!(
            tls["version"] == "1.3" || tls["version"] == "1.2",
            "{port}: {tls}"
        );
        assert_eq!(tls["trusted"], true);
        assert_eq!(tls["name_matches"], true);
        assert!(tls["days_left"].as_i64().unwrap() > 300, "{tls}");
        assert_eq!(tls["issuer"], "Mail Setup Doctor Test CA");
        assert!(!tls["cipher"].as_str().unwrap().is_empty());
        assert_eq!(r["legacy_tls"]["tls1_0"], "refused", "{port}");
        assert_eq!(r["legacy_tls"]["tls1_1"], "refused", "{port}");
        // Login only inside TLS: nothing before it, password methods after.
        if security == "starttls" {
            assert_eq!(r["before_tls"]["starttls"], true, "{port}");
            assert_eq!(r["before_tls"]["sasl"], Value::Array(vec![]), "{port}");
            assert_eq!(r["before_tls"]["login_command"], false, "{port}");
        } else {
            assert!(r.get("before_tls").is_none());
        }
        let sasl = r["after_tls"]["sasl"].as_array().unwrap();
        assert!(sasl.iter().any(|m| m == "PLAIN"), "{port}: {r:#}");
        assert!(r["connect_ms"].as_u64().is_some());
        let greeting = r["greeting"].as_str().unwrap();
        match protocol {
            "smtp" => assert!(greeting.starts_with("220 mail.example.jp ESMTP")),
            "imap" => assert!(greeting.starts_with("* OK")),
            _ => assert!(greeting.starts_with("+OK")),
        }
    }
}

#[test]
fn tls_1_0_and_1_1_still_accepted() {
    let Some(env) = env() else { return };
    for (port, security, protocol) in [
        ("LEGACY_SUBMISSION", "starttls", "smtp"),
        ("LEGACY_IMAPS", "ssl", "imap"),
        ("LEGACY_POP3", "starttls", "pop3"),
    ] {
        let r = probe_one(&env, port, security, protocol);
        assert_eq!(codes(&r), ["probe-tls-legacy-accepted"], "{port}: {r:#}");
        assert_eq!(r["findings"][0]["severity"], "warning");
        assert_eq!(r["findings"][0]["observed"], "TLS 1.0");
        assert_eq!(r["findings"][0]["expected"], "TLS 1.2");
        assert_eq!(r["legacy_tls"]["tls1_0"], "accepted");
        assert_eq!(r["legacy_tls"]["tls1_1"], "accepted");
        assert!(r["texts"][0]["detail"]
            .as_str()
            .unwrap()
            .contains("RFC 8996"));
    }
}

#[test]
fn certificate_expired_expiring_and_wrong_name() {
    let Some(env) = env() else { return };
    let r = probe_one(&env, "EXPIRED_SUBMISSIONS", "ssl", "smtp");
    assert_eq!(codes(&r), ["probe-cert-expired"], "{r:#}");
    assert_eq!(r["findings"][0]["observed"], "2024-01-01");
    assert!(r["tls"]["days_left"].as_i64().unwrap() < 0);
    let r = probe_one(&env, "EXPIRED_IMAP", "starttls", "imap");
    assert_eq!(codes(&r), ["probe-cert-expired"], "{r:#}");

    let r = probe_one(&env, "EXPIRING_POP3S", "ssl", "pop3");
    assert_eq!(codes(&r), ["probe-cert-expiring"], "{r:#}");
    assert_eq!(r["findings"][0]["severity"], "warning");
    let days = r["tls"]["days_left"].as_i64().unwrap();
    assert!((8..=10).contains(&days), "{days}");

    let r = probe_one(&env, "WRONGNAME_IMAPS", "ssl", "imap");
    assert_eq!(codes(&r), ["probe-cert-name"], "{r:#}");
    assert_eq!(r["findings"][0]["observed"], "wrong-name.example.net");
    assert_eq!(r["findings"][0]["expected"], "imap.mail.example.jp");
    let r = probe_one(&env, "WRONGNAME_SUBMISSION", "starttls", "smtp");
    assert_eq!(codes(&r), ["probe-cert-name"], "{r:#}");
}

#[test]
fn an_unknown_authority_is_untrusted() {
    let Some(env) = env() else { return };
    // Without the test CA, the same good server: the chain leads nowhere trusted.
    let o = run(&strings(&[
        "probe",
        &format!("imap.mail.example.jp:{}", env.port("MAIN_IMAPS")),
        "--security",
        "ssl",
        "--protocol",
        "imap",
        "--json",
        "--no-legacy-check",
        "--resolve",
        &format!("*:{}", env.host),
    ]));
    let r: Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(codes(&r), ["probe-cert-untrusted"], "{r:#}");
    assert_eq!(r["legacy_tls"]["tls1_0"], "untested");
}

#[test]
fn plain_text_login_offered_before_starttls() {
    let Some(env) = env() else { return };
    for (port, protocol, methods) in [
        ("PLAINAUTH_SUBMISSION", "smtp", "AUTH PLAIN, AUTH LOGIN"),
        ("PLAINAUTH_IMAP", "imap", "AUTH PLAIN, AUTH LOGIN, LOGIN"),
        ("PLAINAUTH_POP3", "pop3", "AUTH PLAIN, AUTH LOGIN, USER"),
    ] {
        let r = probe_one(&env, port, "starttls", protocol);
        assert_eq!(codes(&r), ["probe-auth-before-tls"], "{port}: {r:#}");
        assert_eq!(r["findings"][0]["observed"], methods, "{port}");
    }
    // The same server on its implicit-TLS port has nothing before TLS to complain about.
    let r = probe_one(&env, "PLAINAUTH_IMAPS", "ssl", "imap");
    assert_eq!(codes(&r), Vec::<String>::new());
}

#[test]
fn a_port_that_refuses() {
    let Some(env) = env() else { return };
    let r = probe_one(&env, "REFUSED", "starttls", "imap");
    assert_eq!(codes(&r), ["probe-refused"], "{r:#}");
    assert_eq!(r["outcome"], "refused");
    assert!(r.get("connect_ms").is_none());
}

#[test]
fn a_port_that_accepts_and_stays_silent() {
    let Some(env) = env() else { return };
    let started = Instant::now();
    let r = probe_one_with(
        &env,
        "SILENT",
        "starttls",
        "smtp",
        env.args_with_timeout("1"),
    );
    assert_eq!(codes(&r), ["probe-no-answer"], "{r:#}");
    assert_eq!(r["outcome"], "timeout");
    assert_eq!(r["error"]["step"], "greeting");
    // The step timer (1 s here) ends it, not anything longer.
    assert!(started.elapsed() < Duration::from_secs(5));
    // Implicit TLS: the handshake is what never completes.
    let r = probe_one_with(&env, "SILENT", "ssl", "imap", env.args_with_timeout("1"));
    assert_eq!(codes(&r), ["probe-no-answer"], "{r:#}");
    assert_eq!(r["error"]["step"], "tls");
}

#[test]
fn a_garbage_greeting() {
    let Some(env) = env() else { return };
    for protocol in ["smtp", "imap", "pop3"] {
        let r = probe_one(&env, "GARBAGE", "starttls", protocol);
        assert_eq!(codes(&r), ["probe-garbage-greeting"], "{protocol}: {r:#}");
        assert!(r["findings"][0]["observed"]
            .as_str()
            .unwrap()
            .starts_with("SSH-2.0-OpenSSH"));
    }
    // TLS spoken to it: the handshake fails.
    let r = probe_one(&env, "GARBAGE", "ssl", "imap");
    assert_eq!(codes(&r), ["probe-tls-failed"], "{r:#}");
}

/// A profile whose servers are the loopback servers (names resolved with --resolve).
fn test_profile(env: &Env, extra: &str) -> PathBuf {
    let text = format!(
        r#"[isp]
name = {{ ja = "ループバック試験", en = "Loopback test" }}
support = {{ phone = "0120-000-000", url = "https://support.example.jp/" }}

[policy]
min_tls = "1.2"

[servers.good]
imap = {{ host = "imap.mail.example.jp", port = {imaps}, security = "ssl" }}
pop3 = {{ host = "pop.mail.example.jp", port = {pop3}, security = "starttls" }}
smtp = [
  {{ host = "smtp.mail.example.jp", port = {subs}, security = "ssl" }},
  {{ host = "smtp.mail.example.jp", port = {sub}, security = "starttls" }},
]
username = "address"
auth = "password"

[servers.broken]
imap = {{ host = "imap2.mail.example.jp", port = {expired}, security = "ssl" }}
smtp = [ {{ host = "smtp2.mail.example.jp", port = {refused}, security = "starttls" }} ]
username = "address"
auth = "password"

[[brands]]
id = "good"
name = {{ ja = "よい", en = "Good" }}
servers = "good"
domains = ["good.example.jp", "kita.good.example.jp"]

[[brands]]
id = "broken"
name = {{ ja = "こわれた", en = "Broken" }}
servers = "broken"
domains = ["broken.example.jp"]

[[retired]]
hosts = ["mail.old.example.jp"]
until = 2024-03-31
replaced_by = "good"
{extra}"#,
        imaps = env.port("MAIN_IMAPS"),
        pop3 = env.port("MAIN_POP3"),
        subs = env.port("MAIN_SUBMISSIONS"),
        sub = env.port("MAIN_SUBMISSION"),
        expired = env.port("EXPIRED_IMAPS"),
        refused = env.port("REFUSED"),
    );
    let dir = std::env::temp_dir().join(format!("mail-doctor-probe-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("profile.toml");
    std::fs::write(&path, text).expect("write profile");
    path
}

#[test]
fn a_domains_endpoints_and_the_whole_profile() {
    let Some(env) = env() else { return };
    let profile = test_profile(&env, "");
    let profile = profile.to_str().unwrap();
    let mut args = strings(&[
        "probe",
        "--domain",
        "kita.good.example.jp",
        "--profile",
        profile,
        "--json",
    ]);
    args.extend(env.args());
    let o = run(&args);
    assert_eq!(o.status.code(), Some(0));
    let out: Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(out["summary"]["targets"], 4);
    assert_eq!(out["summary"]["findings"], serde_json::json!({}));
    assert_eq!(out["server_side"]["verdict"], "ruled-out");
    for r in out["results"].as_array().unwrap() {
        assert_eq!(r["target"]["role"], "current");
        assert_eq!(codes(r), Vec::<String>::new(), "{r:#}");
    }

    let mut args = strings(&[
        "probe",
        "--all",
        "--profile",
        profile,
        "--json",
        "--lang",
        "ja",
    ]);
    args.extend(env.args());
    let o = run(&args);
    assert_eq!(o.status.code(), Some(0));
    let out: Value = serde_json::from_slice(&o.stdout).expect("JSON");
    let results = out["results"].as_array().unwrap();
    // good: 4 endpoints; broken: 2; retired: 1 host × (7 mail ports + the 6 loopback ports).
    assert_eq!(out["summary"]["current"], 6);
    assert_eq!(out["summary"]["retired"], 13);
    assert_eq!(results.len(), 19);
    let by_endpoint = |host: &str, port: u16| {
        results
            .iter()
            .find(|r| r["endpoint"] == format!("{host}:{port}"))
            .unwrap_or_else(|| panic!("{host}:{port} missing"))
    };
    assert_eq!(
        codes(by_endpoint(
            "imap2.mail.example.jp",
            env.port("EXPIRED_IMAPS")
        )),
        ["probe-cert-expired"]
    );
    assert_eq!(
        codes(by_endpoint("smtp2.mail.example.jp", env.port("REFUSED"))),
        ["probe-refused"]
    );
    // The retired host resolves to the servers: it answers on the ports they listen on.
    let retired = by_endpoint("mail.old.example.jp", env.port("MAIN_IMAPS"));
    assert_eq!(retired["target"]["role"], "retired");
    assert_eq!(codes(retired), ["probe-retired-answers"]);
    assert!(retired["findings"][0]["observed"]
        .as_str()
        .unwrap()
        .contains("* OK"));
    // ...and not on the usual mail ports, where nothing listens on loopback.
    assert_eq!(
        codes(by_endpoint("mail.old.example.jp", 110)),
        Vec::<String>::new()
    );
    // imaps, pop3, submissions, submission and the expired imaps answer; the refused port not.
    assert_eq!(out["summary"]["retired_answering"], 5);
    assert_eq!(out["server_side"]["verdict"], "confirmed");
    assert!(out["server_side_text"]
        .as_str()
        .unwrap()
        .contains("サーバー側の問題"));
    assert!(results.iter().all(|r| r.get("texts").is_some()));

    // The table: one block per current endpoint and answering retired one, and the totals.
    let mut args = strings(&["probe", "--all", "--profile", profile, "--lang", "en"]);
    args.extend(env.args());
    let o = run(&args);
    let table = String::from_utf8_lossy(&o.stdout);
    assert!(
        table.contains("probe-cert-expired  The certificate has expired"),
        "{table}"
    );
    assert!(
        table.contains("retired: 13 endpoints checked, 8 silent"),
        "{table}"
    );
    assert!(table.contains("Server-side problem confirmed"), "{table}");
}

#[test]
fn usage_errors_exit_2_and_findings_exit_0() {
    let o = run(&strings(&["probe"]));
    assert_eq!(o.status.code(), Some(2));
    let o = run(&strings(&["probe", "example.jp"]));
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("is not HOST:PORT"));
    let o = run(&strings(&["probe", "example.jp:8080"]));
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--protocol"));
    let o = run(&strings(&[
        "probe",
        "--domain",
        "nowhere.example",
        "--json",
    ]));
    assert_eq!(o.status.code(), Some(2));
    let o = run(&strings(&["probe", "a:25", "--timeout", "0"]));
    assert_eq!(o.status.code(), Some(2));
    // A loopback port nothing listens on: a finding, and exit 0.
    let free = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = free.local_addr().unwrap().port();
    drop(free);
    let o = run(&strings(&[
        "probe",
        &format!("127.0.0.1:{port}"),
        "--security",
        "none",
        "--protocol",
        "smtp",
        "--json",
    ]));
    assert_eq!(o.status.code(), Some(0));
    let r: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(codes(&r), ["probe-refused"]);
    assert_eq!(r["target"]["role"], "given");
}

// ---- the probe service ---------------------------------------------------------------------

#[allow(dead_code)]
struct Service {
    child: Child,
    addr: SocketAddr,
}

impl Drop for Service {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[allow(dead_code)]
fn http(addr: SocketAddr, request: &str) -> (u16, Vec<(String, String)>, String) {
    let mut s = TcpStream::connect(addr).expect("connect to the service");
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    s.write_all(request.as_bytes()).unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let mut lines = head.lines();
    let status: u16 = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    (status, headers, body.to_string())
}
