//! `mail-doctor probe` and `serve-probe` against real servers on loopback: Debian's Postfix and
//! Dovecot started by `scripts/mail-servers` (good, legacy-TLS, expired, expiring, wrong-name and
//! plain-login-before-TLS variants) and its three listeners (refused, silent, garbage).
//!
//! `scripts/test-probe` starts the servers, exports their `MAIL_DOCTOR_MAIL_*` variables and
//! `MAIL_DOCTOR_PROBE_REQUIRED=1`, runs this file and stops them. Without the variables the tests
//! are ignored by `cargo test --workspace` (they need root and the servers); scripts/test-probe runs
//! them with `--include-ignored`, and without the servers' variables they then fail.
//! Nothing here touches an outside address: every name is resolved to the servers' loopback
//! address with `--resolve`.

use serde_json::Value;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Output, Stdio};
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

/// The servers' variables; the tests are ignored unless asked for, so without them they fail.
fn env() -> Env {
    match (
        std::env::var("MAIL_DOCTOR_MAIL_HOST"),
        std::env::var("MAIL_DOCTOR_MAIL_CA"),
    ) {
        (Ok(host), Ok(ca)) if !host.is_empty() => Env { host, ca },
        _ => panic!(
            "MAIL_DOCTOR_MAIL_HOST is not set: run these tests through scripts/test-probe, which \
             starts the loopback mail servers (scripts/mail-servers)"
        ),
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
#[ignore = "needs the loopback mail servers: run by scripts/test-probe"]
fn every_good_endpoint_has_no_findings() {
    let env = env();
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
#[ignore = "needs the loopback mail servers: run by scripts/test-probe"]
fn tls_1_0_and_1_1_still_accepted() {
    let env = env();
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
#[ignore = "needs the loopback mail servers: run by scripts/test-probe"]
fn certificate_expired_expiring_and_wrong_name() {
    let env = env();
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
#[ignore = "needs the loopback mail servers: run by scripts/test-probe"]
fn an_unknown_authority_is_untrusted() {
    let env = env();
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
#[ignore = "needs the loopback mail servers: run by scripts/test-probe"]
fn plain_text_login_offered_before_starttls() {
    let env = env();
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
#[ignore = "needs the loopback mail servers: run by scripts/test-probe"]
fn a_port_that_refuses() {
    let env = env();
    let r = probe_one(&env, "REFUSED", "starttls", "imap");
    assert_eq!(codes(&r), ["probe-refused"], "{r:#}");
    assert_eq!(r["outcome"], "refused");
    assert!(r.get("connect_ms").is_none());
}

#[test]
#[ignore = "needs the loopback mail servers: run by scripts/test-probe"]
fn a_port_that_accepts_and_stays_silent() {
    let env = env();
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
#[ignore = "needs the loopback mail servers: run by scripts/test-probe"]
fn a_garbage_greeting() {
    let env = env();
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

/// The loopback test profile (`fixtures/probe-profile.toml.in`, shared with scripts/test-probe)
/// with the servers' ports; names are resolved with --resolve.
fn test_profile(env: &Env) -> PathBuf {
    let mut text = include_str!("fixtures/probe-profile.toml.in").to_string();
    for name in [
        "MAIN_IMAPS",
        "MAIN_POP3",
        "MAIN_SUBMISSIONS",
        "MAIN_SUBMISSION",
        "EXPIRED_IMAPS",
        "REFUSED",
    ] {
        text = text.replace(&format!("@{name}@"), &env.port(name).to_string());
    }
    assert!(
        !text.contains('@'),
        "a placeholder is left in the test profile"
    );
    let dir = std::env::temp_dir().join(format!("mail-doctor-probe-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("profile.toml");
    std::fs::write(&path, text).expect("write profile");
    path
}

#[test]
#[ignore = "needs the loopback mail servers: run by scripts/test-probe"]
fn a_domains_endpoints_and_the_whole_profile() {
    let env = env();
    let profile = test_profile(&env);
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
#[ignore = "needs the loopback mail servers: run by scripts/test-probe"]
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

/// `serve-probe --listen 127.0.0.1:0 ARGS…`; the address is the first line it prints.
fn service(args: &[String]) -> Service {
    use std::io::BufRead;
    let mut child = bin()
        .arg("serve-probe")
        .args(["--listen", "127.0.0.1:0"])
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("serve-probe starts");
    let mut line = String::new();
    let stdout = child.stdout.take().expect("stdout");
    std::io::BufReader::new(stdout)
        .read_line(&mut line)
        .expect("the address line");
    let addr = line
        .trim()
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .parse()
        .unwrap_or_else(|_| panic!("serve-probe printed `{line}`"));
    Service { child, addr }
}

struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|_| panic!("not JSON: {}", self.body))
    }
}

/// One HTTP/1.1 request (`Connection: close`), the answer read to its end.
fn http(addr: SocketAddr, method: &str, path: &str, extra: &[(&str, &str)], body: &str) -> Reply {
    let mut s = TcpStream::connect(addr).expect("connect to the service");
    s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    let mut request = format!("{method} {path} HTTP/1.1\r\nConnection: close\r\n");
    if !extra.iter().any(|(k, _)| k.eq_ignore_ascii_case("host")) {
        request.push_str(&format!("Host: {addr}\r\n"));
    }
    for (k, v) in extra {
        request.push_str(&format!("{k}: {v}\r\n"));
    }
    request.push_str(&format!("Content-Length: {}\r\n\r\n{body}", body.len()));
    s.write_all(request.as_bytes()).unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    // Chunked bodies (axum's JSON is sent with a length; XML too): de-chunk if needed.
    let body = if head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        dechunk(body)
    } else {
        body.to_string()
    };
    Reply {
        status,
        headers,
        body,
    }
}

fn dechunk(mut body: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = body.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if n == 0 || rest.len() < n {
            break;
        }
        out.push_str(&rest[..n]);
        body = rest[n..].trim_start_matches("\r\n");
    }
    out
}

fn get(addr: SocketAddr, path: &str) -> Reply {
    http(addr, "GET", path, &[], "")
}

#[test]
#[ignore = "needs the loopback mail servers: run by scripts/test-probe"]
fn the_service_probes_only_what_the_profile_names() {
    let env = env();
    let profile = test_profile(&env);
    let mut args = strings(&[
        "--profile",
        profile.to_str().unwrap(),
        "--rate",
        "1000",
        "--origin",
        "http://127.0.0.1:5555",
    ]);
    args.extend(env.args());
    let svc = service(&args);

    let health = get(svc.addr, "/health");
    assert_eq!(health.status, 200);
    assert_eq!(health.json()["status"], "ok");
    assert_eq!(health.json()["targets"], 19);
    assert_eq!(health.header("x-content-type-options"), Some("nosniff"));

    let imaps = env.port("MAIN_IMAPS");
    let r = get(
        svc.addr,
        &format!("/api/probe?host=imap.mail.example.jp&port={imaps}&lang=ja"),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    let report = r.json();
    assert_eq!(codes(&report), Vec::<String>::new(), "{report:#}");
    assert_eq!(report["tls"]["trusted"], true);
    assert_eq!(report["texts"], Value::Array(vec![]));
    assert_eq!(r.header("cache-control"), Some("no-store"));

    let r = get(
        svc.addr,
        &format!(
            "/api/probe?host=imap2.mail.example.jp&port={}&lang=en",
            env.port("EXPIRED_IMAPS")
        ),
    );
    assert_eq!(codes(&r.json()), ["probe-cert-expired"]);
    assert_eq!(r.json()["texts"][0]["title"], "The certificate has expired");

    // Not in the profile: another port of a profile host, an address (even the one the name
    // resolves to), another name, a port of the servers under a name the profile lacks.
    for query in [
        "host=imap.mail.example.jp&port=22".to_string(),
        format!("host={}&port={imaps}", env.host),
        format!("host=127.0.0.1&port={imaps}"),
        format!("host=localhost&port={imaps}"),
        format!("host=example.com&port={imaps}"),
        "host=imap.mail.example.jp&port=993".to_string(),
    ] {
        let r = get(svc.addr, &format!("/api/probe?{query}"));
        assert_eq!(r.status, 403, "{query}: {}", r.body);
        assert_eq!(r.json()["error"], "not-in-profile", "{query}");
    }
    let r = get(
        svc.addr,
        "/api/probe?host=imap.mail.example.jp&port=notaport",
    );
    assert_eq!(r.status, 400);
    let r = get(svc.addr, "/api/probe");
    assert_eq!(r.status, 400);

    // A domain: its endpoints and the verdict on the decoder's server-side suspect.
    let r = get(svc.addr, "/api/domain?domain=good.example.jp&lang=en");
    assert_eq!(r.status, 200);
    let d = r.json();
    assert_eq!(d["results"].as_array().unwrap().len(), 4);
    assert_eq!(d["server_side"]["verdict"], "ruled-out");
    let r = get(svc.addr, "/api/domain?domain=broken.example.jp&lang=ja");
    let d = r.json();
    assert_eq!(d["server_side"]["verdict"], "confirmed");
    assert_eq!(
        d["server_side"]["codes"],
        serde_json::json!(["probe-cert-expired", "probe-refused"])
    );
    assert!(d["server_side_text"]
        .as_str()
        .unwrap()
        .contains("サーバー側"));
    let r = get(svc.addr, "/api/domain?domain=nowhere.example.jp");
    assert_eq!(r.status, 404);

    // CORS: the configured origin only.
    let r = http(
        svc.addr,
        "GET",
        "/health",
        &[("Origin", "http://127.0.0.1:5555")],
        "",
    );
    assert_eq!(
        r.header("access-control-allow-origin"),
        Some("http://127.0.0.1:5555")
    );
    let r = http(
        svc.addr,
        "GET",
        "/health",
        &[("Origin", "http://evil.example")],
        "",
    );
    assert_eq!(r.header("access-control-allow-origin"), None);
    let r = http(
        svc.addr,
        "OPTIONS",
        "/api/probe",
        &[
            ("Origin", "http://127.0.0.1:5555"),
            ("Access-Control-Request-Method", "GET"),
        ],
        "",
    );
    assert_eq!(r.status, 200);
    assert!(r
        .header("access-control-allow-methods")
        .is_some_and(|m| m.contains("GET")));

    // The whole profile, once; the second answer is the cached one.
    let r = get(svc.addr, "/api/all");
    assert_eq!(r.status, 200);
    let all = r.json();
    assert_eq!(all["results"].as_array().unwrap().len(), 19);
    let again = get(svc.addr, "/api/all").json();
    assert!(again["elapsed_ms"].as_u64().unwrap() < 1000);
}

#[test]
#[ignore = "needs the loopback mail servers: run by scripts/test-probe"]
fn the_service_limits_each_client() {
    let env = env();
    let profile = test_profile(&env);
    let mut args = strings(&["--profile", profile.to_str().unwrap(), "--rate", "2"]);
    args.extend(env.args());
    let svc = service(&args);
    let path = format!(
        "/api/probe?host=pop.mail.example.jp&port={}",
        env.port("MAIN_POP3")
    );
    assert_eq!(get(svc.addr, &path).status, 200);
    assert_eq!(get(svc.addr, &path).status, 200);
    let r = get(svc.addr, &path);
    assert_eq!(r.status, 429, "{}", r.body);
    assert_eq!(r.json()["error"], "rate-limited");
    assert!(r.header("retry-after").is_some());
    // Out of allowance: a non-profile target is still refused first, not counted.
    let r = get(svc.addr, "/api/probe?host=example.com&port=25");
    assert_eq!(r.status, 403);
    // A domain of four endpoints needs more than the allowance of two.
    let r = get(svc.addr, "/api/domain?domain=good.example.jp");
    assert_eq!(r.status, 429);
}

const OUTLOOK_REQUEST: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006">
  <Request>
    <EMailAddress>ADDRESS</EMailAddress>
    <AcceptableResponseSchema>http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a</AcceptableResponseSchema>
  </Request>
</Autodiscover>"#;

/// The settings files need no mail server: this runs everywhere (the demo profile).
#[test]
#[ignore = "needs the loopback mail servers: run by scripts/test-probe"]
fn the_service_answers_mail_apps_settings_requests() {
    let svc = service(&[]);
    let r = get(
        svc.addr,
        "/mail/config-v1.1.xml?emailaddress=taro%40kita.aoi.example.jp",
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r
        .header("content-type")
        .unwrap()
        .starts_with("application/xml"));
    assert!(
        r.body.contains("<emailProvider id=\"aoi.example.jp\">"),
        "{}",
        r.body
    );
    assert!(r.body.contains("<hostname>imap.mail.example.jp</hostname>"));
    let r = get(
        svc.addr,
        "/.well-known/autoconfig/mail/config-v1.1.xml?emailaddress=hanako%40yamabuki.example.jp",
    );
    assert_eq!(r.status, 200);
    assert!(r.body.contains("%EMAILLOCALPART%"));
    // No address: the domain the request was sent to.
    let r = http(
        svc.addr,
        "GET",
        "/mail/config-v1.1.xml",
        &[("Host", "autoconfig.kirara.example.jp")],
        "",
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.body.contains("<domain>kirara.example.jp</domain>"));
    let r = get(
        svc.addr,
        "/mail/config-v1.1.xml?emailaddress=a%40nowhere.example",
    );
    assert_eq!(r.status, 404);

    for path in [
        "/autodiscover/autodiscover.xml",
        "/Autodiscover/Autodiscover.xml",
        "/AutoDiscover/AutoDiscover.xml",
    ] {
        let body = OUTLOOK_REQUEST.replace("ADDRESS", "taro@kita.aoi.example.jp");
        let r = http(
            svc.addr,
            "POST",
            path,
            &[("Content-Type", "text/xml")],
            &body,
        );
        assert_eq!(r.status, 200, "{path}: {}", r.body);
        assert!(r.body.contains("<Type>IMAP</Type>"), "{path}: {}", r.body);
        assert!(r
            .body
            .contains("<LoginName>taro@kita.aoi.example.jp</LoginName>"));
    }
    let body = OUTLOOK_REQUEST.replace("ADDRESS", "someone@nowhere.example");
    let r = http(
        svc.addr,
        "POST",
        "/autodiscover/autodiscover.xml",
        &[],
        &body,
    );
    assert_eq!(r.status, 200);
    assert!(r.body.contains("<ErrorCode>500</ErrorCode>"), "{}", r.body);
    let r = http(
        svc.addr,
        "POST",
        "/autodiscover/autodiscover.xml",
        &[],
        "<nonsense",
    );
    assert!(r.body.contains("<ErrorCode>600</ErrorCode>"), "{}", r.body);

    let r = get(
        svc.addr,
        "/mail/apple.mobileconfig?emailaddress=taro%40kita.aoi.example.jp",
    );
    assert_eq!(r.status, 200);
    assert_eq!(
        r.header("content-type"),
        Some("application/x-apple-aspen-config")
    );
    assert!(r
        .header("content-disposition")
        .is_some_and(|d| d.starts_with("attachment;")));
    assert!(r.body.contains("com.apple.mail.managed"));
    // No password anywhere in what the service hands out.
    assert!(!r
        .body
        .to_ascii_lowercase()
        .contains("<key>incomingpassword</key>"));
}
