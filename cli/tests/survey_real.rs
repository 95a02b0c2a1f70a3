//! The log survey over real Postfix 3.7 and Dovecot 2.3 logs: `scripts/survey-real` drives two
//! loopback stacks (the current servers on 127.0.0.2, a retired one on 127.0.0.3) and runs this
//! test with MAIL_DOCTOR_SURVEY_REAL set to where the logs are. Each survey must find exactly
//! what the script did (the roles of the loopback addresses: tests/fixtures/survey-profile.toml).
//!
//! Ignored in a plain `cargo test`: it needs the logs, i.e. root and the mail servers.

use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(std::env::var("MAIL_DOCTOR_SURVEY_REAL").expect(
        "MAIL_DOCTOR_SURVEY_REAL: the target/ folder where scripts/survey-real left the logs",
    ))
}

fn logs(stack: &str, names: &[&str]) -> Vec<String> {
    let dir = root().join(stack).join("logs");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            names.iter().any(|want| {
                name == *want
                    || (want.ends_with('*')
                        && name.starts_with(&want[..want.len() - 1])
                        && name.ends_with(".log"))
            })
        })
        .map(|p| p.display().to_string())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no logs in {}", dir.display());
    files
}

/// Every log of both stacks: Postfix's and every Dovecot instance's.
fn all_logs() -> Vec<String> {
    let mut files = logs("sr-new", &["postfix.log", "dovecot-*"]);
    files.extend(logs("sr-old", &["postfix.log", "dovecot-*"]));
    files
}

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
        .display()
        .to_string()
}

fn survey(kind: &str, extra: &[&str], files: &[String]) -> Value {
    let profile = fixture("survey-profile.toml");
    let ranges = fixture("survey-ms-ranges.txt");
    let out = Command::new(env!("CARGO_BIN_EXE_mail-doctor"))
        .args(["survey", kind, "--format", "json", "--profile", &profile])
        .args(["--ranges", &ranges])
        .args(extra)
        .args(files)
        .output()
        .expect("mail-doctor runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    // Every line of the real logs is understood.
    assert_eq!(v["summary"]["unknown"], 0, "{}", v["summary"]);
    v
}

/// (subject, row) for each row, in order.
fn rows(v: &Value) -> Vec<(String, Value)> {
    v["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let who = r
                .get("account")
                .or_else(|| r.get("client"))
                .and_then(Value::as_str)
                .unwrap()
                .to_string();
            (who, r.clone())
        })
        .collect()
}

fn subjects(v: &Value) -> Vec<String> {
    rows(v).into_iter().map(|(w, _)| w).collect()
}

#[test]
#[ignore = "needs the logs of scripts/survey-real (root, loopback mail servers)"]
fn tls_finds_the_old_tls_and_the_plain_sessions() {
    let v = survey("tls", &[], &all_logs());
    assert_eq!(
        subjects(&v),
        [
            "hanako@kita.aoi.example.jp",
            "yuki",
            "127.0.10.50",
            "127.0.10.60"
        ]
    );
    let r = rows(&v);
    assert_eq!(r[0].1["below_floor"], 2);
    assert_eq!(
        r[0].1["tls_versions"],
        json!({"TLSv1": 1, "TLSv1.1": 1, "TLSv1.2": 1, "TLSv1.3": 1})
    );
    assert_eq!(r[0].1["services"], json!(["smtps-465", "pop3"]));
    assert_eq!(r[1].1["tls_versions"], json!({"none": 1}));
    assert_eq!(r[1].1["services"], json!(["imap"]));
    assert_eq!(r[2].1["services"], json!(["smtp-25"]));
    assert_eq!(r[3].1["services"], json!(["smtp-25"]));
    // taro (TLS 1.2/1.3), jiro (TLS 1.2, a wrong password) and yuki@yamabuki (TLS 1.3) are not
    // below the floor; Dovecot logged every version (%k).
    assert_eq!(v["summary"]["tls_version_unknown"], 0);
}

#[test]
#[ignore = "needs the logs of scripts/survey-real (root, loopback mail servers)"]
fn ports_finds_pop_and_port_25() {
    let v = survey("ports", &[], &all_logs());
    assert_eq!(
        subjects(&v),
        ["hanako@kita.aoi.example.jp", "127.0.10.50", "127.0.10.60"]
    );
    let r = rows(&v);
    assert_eq!(r[0].1["flags"], json!(["pop"]));
    assert_eq!(
        (r[0].1["pop3"].clone(), r[0].1["smtps_465"].clone()),
        (json!(2), json!(1))
    );
    assert_eq!(r[1].1["flags"], json!(["port-25"]));
    assert_eq!(r[2].1["smtp_25"], 1);
}

#[test]
#[ignore = "needs the logs of scripts/survey-real (root, loopback mail servers)"]
fn retired_finds_who_reached_the_old_server() {
    // By its address (Dovecot's lip=127.0.0.3).
    let v = survey("retired", &[], &all_logs());
    assert_eq!(subjects(&v), ["hanako@kita.aoi.example.jp"]);
    let r = &rows(&v)[0].1;
    assert_eq!(r["retired"], json!(["127.0.0.3"]));
    assert_eq!(r["services"], json!({"pop3": 1}));
    assert_eq!(r["tls_versions"], json!({"TLSv1.2": 1}));
    // From the old server's own Postfix log: the printer still sending to its port 25.
    let v = survey(
        "retired",
        &["--old-server"],
        &logs("sr-old", &["postfix.log"]),
    );
    assert_eq!(subjects(&v), ["127.0.10.60"]);
    assert_eq!(rows(&v)[0].1["services"], json!({"smtp-25": 1}));
}

#[test]
#[ignore = "needs the logs of scripts/survey-real (root, loopback mail servers)"]
fn origins_flags_taro_only() {
    let v = survey("origins", &[], &all_logs());
    assert_eq!(
        subjects(&v),
        ["taro@aoi.example.jp", "hanako@kita.aoi.example.jp"]
    );
    let r = rows(&v);
    let taro = &r[0].1;
    assert_eq!(taro["flagged"], true);
    assert_eq!(
        (
            taro["logins"].clone(),
            taro["microsoft"].clone(),
            taro["isp_networks"].clone(),
            taro["elsewhere"].clone()
        ),
        (json!(5), json!(1), json!(2), json!(2))
    );
    assert_eq!(
        taro["elsewhere_networks"],
        json!(["127.0.20.0/24", "127.0.21.0/24"])
    );
    let hanako = &r[1].1;
    assert_eq!(hanako["flagged"], false);
    assert_eq!(
        (hanako["elsewhere"].clone(), hanako["isp_networks"].clone()),
        (json!(1), json!(3))
    );
}

#[test]
#[ignore = "needs the logs of scripts/survey-real (root, loopback mail servers)"]
fn sending_finds_the_burst_sender_and_the_many_recipients() {
    let v = survey("sending", &["--burst-gap", "4"], &all_logs());
    assert_eq!(
        subjects(&v),
        ["yuki@yamabuki.example.jp", "jiro@kirara.example.jp"]
    );
    let r = rows(&v);
    let machine = &r[0].1;
    assert_eq!(machine["flags"], json!(["over-rate", "burst-then-wait"]));
    assert_eq!(machine["messages"], 10);
    assert_eq!(machine["most_in_window"], 10);
    assert_eq!(machine["over_rate"], 5);
    assert_eq!(
        (machine["bursts"].clone(), machine["largest_burst"].clone()),
        (json!(2), json!(5))
    );
    assert!(machine["shortest_pause_seconds"].as_i64().unwrap() > 4);
    let jiro = &r[1].1;
    assert_eq!(jiro["flags"], json!(["over-cap"]));
    assert_eq!(
        (jiro["max_recipients"].clone(), jiro["over_cap"].clone()),
        (json!(12), json!(1))
    );
    // taro's 2 recipients and hanako's 1 are within every limit.
    assert_eq!(v["summary"]["messages"], 13);
}
