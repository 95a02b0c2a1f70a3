//! The decoder subcommands, run as the real binary with stdin.

use serde_json::Value;
use std::io::Write;
use std::process::{Command, Stdio};

fn run(args: &[&str], stdin: &str) -> (i32, Value, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_mail-doctor"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn mail-doctor");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let json = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (
        out.status.code().unwrap_or(-1),
        json,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn explain_prints_the_report_form() {
    let (code, json, _) = run(
        &["explain"],
        "'送信' がエラー (0x800CCC0E) を報告しました\n554 5.7.1 Relay access denied\n",
    );
    assert_eq!(code, 0);
    let errors = json["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 2);
    assert_eq!(errors[0]["match"], "0x800CCC0E");
    assert_eq!(errors[0]["side"], "outgoing");
    assert_eq!(errors[0]["causes"][0], "smtp-port-25");
    assert!(errors[0].get("meaning").is_none());
    assert_eq!(errors[1]["match"], "554 5.7.1");
}

#[test]
fn explain_with_lang_adds_meaning_and_checks() {
    for (lang, word) in [("ja", "接続"), ("en", "connect")] {
        let (code, json, _) = run(&["explain", "--lang", lang], "0x800CCC0E");
        assert_eq!(code, 0);
        let e = &json["errors"][0];
        assert!(e["meaning"].as_str().unwrap().contains(word), "{e}");
        let checks = e["checks"].as_array().unwrap();
        assert_eq!(checks.len(), e["causes"].as_array().unwrap().len());
        assert_eq!(checks[0]["cause"], "smtp-port-25");
        assert!(!checks[0]["check"].as_str().unwrap().is_empty());
    }
    let (code, _, err) = run(&["explain", "--lang=xx"], "");
    assert_eq!(code, 2);
    assert!(err.contains("[possible values: ja, en]"), "{err}");
    let (code, json, _) = run(&["explain"], "");
    assert_eq!(code, 0);
    assert_eq!(json["errors"].as_array().unwrap().len(), 0);
}

#[test]
fn parse_lookup_prints_the_case_resolved_form() {
    let paste = "Server:  UnKnown\nAddress:  192.168.0.1\n\nName:    smtp.aoi.example.jp\nAddress:  203.0.113.25\n";
    let (code, json, _) = run(&["parse-lookup"], paste);
    assert_eq!(code, 0);
    assert_eq!(
        json,
        serde_json::json!({ "resolved": [ { "host": "smtp.aoi.example.jp", "addresses": ["203.0.113.25"] } ] })
    );
    let (code, _, _) = run(&["parse-lookup", "--x"], "");
    assert_eq!(code, 2);
}

#[test]
fn classify_ips_with_builtin_and_refreshed_ranges() {
    let log = "rip=2603:1026:c03:6046::5, lip=192.0.2.110\n";
    let (code, json, _) = run(&["classify-ips", "--lang", "en"], log);
    assert_eq!(code, 0);
    let ips = json["ips"].as_array().unwrap();
    assert_eq!(ips[0]["ip"], "2603:1026:c03:6046::5");
    assert_eq!(ips[0]["microsoft"], true);
    assert_eq!(ips[0]["range"], "2603:1026::/36");
    assert!(ips[0]["meaning"]
        .as_str()
        .unwrap()
        .contains("does not prove"));
    assert_eq!(ips[1]["microsoft"], false);
    assert!(ips[1].get("range").is_none());

    let dir = std::env::temp_dir().join(format!("mail-doctor-ranges-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("ranges.txt");
    std::fs::write(&file, "192.0.2.0/24\n").unwrap();
    let (code, json, _) = run(&["classify-ips", "--ranges", file.to_str().unwrap()], log);
    assert_eq!(code, 0);
    assert_eq!(json["ips"][0]["microsoft"], false);
    assert_eq!(json["ips"][1]["microsoft"], true);
    std::fs::write(&file, "192.0.2.0/24\nnot-a-range\n").unwrap();
    let (code, _, err) = run(&["classify-ips", "--ranges", file.to_str().unwrap()], log);
    assert_eq!(code, 2);
    assert!(err.contains("line 2"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}
