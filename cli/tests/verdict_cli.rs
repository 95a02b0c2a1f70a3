//! `mail-doctor check --lang` tells the truth: the text's summary and steps follow the one
//! verdict of the report (`verdict` in the JSON) — never "keep using them" for a case with
//! nothing checked, a symptom or a pasted error.

use serde_json::Value;
use std::io::Write;
use std::process::{Command, Stdio};

fn check(lang: &str, case: &str) -> Value {
    let mut child = Command::new(env!("CARGO_BIN_EXE_mail-doctor"))
        .args(["check", "--lang", lang, "--today", "2026-12-07", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(case.as_bytes())
        .expect("case written");
    let out = child.wait_with_output().expect("binary finishes");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON on stdout")
}

const KEEP_USING: &str = "このままお使いいただけます";

#[test]
fn the_text_follows_the_verdict() {
    let cases = [
        (
            r#"{"address": "taro@kita.aoi.example.jp"}"#,
            "nothing-checked",
        ),
        (
            r#"{"address": "taro@kita.aoi.example.jp", "symptoms": ["cannot-receive"]}"#,
            "problem",
        ),
        (
            r#"{"address": "taro@kita.aoi.example.jp", "error_text": "0x800CCC0E"}"#,
            "problem",
        ),
        (
            r#"{"address": "taro@kita.aoi.example.jp", "incoming": {"host": "imap.mail.example.jp"}}"#,
            "incomplete",
        ),
    ];
    for (case, kind) in cases {
        let v = check("ja", case);
        assert_eq!(v["verdict"]["kind"], kind, "{case}");
        assert_eq!(v["text"]["verdict"]["kind"], kind, "{case}");
        let summary = v["text"]["summary"].as_str().unwrap_or_default();
        assert!(!summary.contains(KEEP_USING), "{case}: {summary}");
        for step in v["text"]["steps"].as_array().into_iter().flatten() {
            assert!(
                !step.as_str().unwrap_or_default().contains(KEEP_USING),
                "{case}: {step}"
            );
        }
    }
    let complete = r#"{"address": "hanako@midori.example.jp",
        "client": {"id": "thunderbird", "version": "128", "os": "windows-11"},
        "incoming": {"protocol": "imap", "host": "imap.mail.example.jp", "port": 993,
                     "security": "ssl", "username": "hanako@midori.example.jp"},
        "outgoing": {"host": "smtp.mail.example.jp", "port": 465, "security": "ssl",
                     "auth": "same-as-incoming"}}"#;
    let v = check("ja", complete);
    assert_eq!(v["verdict"]["kind"], "all-well");
    assert!(v["text"]["summary"]
        .as_str()
        .is_some_and(|s| s.contains(KEEP_USING)));
    let v = check("en", complete);
    assert!(v["text"]["summary"]
        .as_str()
        .is_some_and(|s| s.contains("can stay as they are")));
}

#[test]
fn the_foreign_login_reply_gives_a_finding_and_a_handoff() {
    let v = check(
        "ja",
        r#"{"address": "taro@kita.aoi.example.jp", "client": {"id": "outlook-new"},
            "error_text": "554 5.7.1 Sending refused [52.96.56.197] 10:45"}"#,
    );
    let codes: Vec<&str> = v["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|f| f["code"].as_str())
        .collect();
    assert!(codes.contains(&"foreign-login-blocked"), "{codes:?}");
    assert_eq!(v["pasted"]["ips"][0]["microsoft"], true);
    assert_eq!(v["pasted"]["time"], "10:45");
    assert!(v["text"]["handoff"]
        .as_array()
        .is_some_and(|h| h.iter().any(|l| l["value"] == "taro@kita.aoi.example.jp")));
}
