//! The built `mail-doctor` binary end to end: exit codes, stdin, error lines, and every case of
//! `core/tests/cases` through `check`.

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_mail-doctor"))
}

fn run(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    {
        let mut input = child.stdin.take().expect("stdin");
        if let Some(text) = stdin {
            // The binary may exit before reading (a bad profile is reported first).
            let _ = input.write_all(text.as_bytes());
        }
    }
    child.wait_with_output().expect("binary finishes")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The engine's test data: `cases/` (the data-driven cases) and `fixtures/` (the example
/// profile, the ISPDB files), in `core/tests`.
fn core_tests() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/tests")
}

fn example_profile() -> PathBuf {
    core_tests().join("fixtures/profile.example.toml")
}

/// A profile with one problem (on the line `bad_tls_line` gives).
const BAD_TLS: &str = "[policy]\nmin_tls = \"1.1\"\n";

/// The 1-based line of `BAD_TLS` the problem is reported on, computed from the text.
fn bad_tls_line() -> usize {
    BAD_TLS
        .lines()
        .position(|l| l.starts_with("min_tls"))
        .expect("min_tls in BAD_TLS")
        + 1
}

fn temp_file(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("mail-doctor-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write temp file");
    path
}

#[test]
fn help_and_usage() {
    let o = run(&["--help"], None);
    assert_eq!(o.status.code(), Some(0));
    for command in ["check", "profile", "export", "explain", "classify-ips"] {
        assert!(stdout(&o).contains(&format!("\n  {command} ")), "{command}");
    }
    let o = run(&["profile", "--help"], None);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("validate"));
    let o = run(&[], None);
    assert_eq!(o.status.code(), Some(2));
    let o = run(&["frobnicate"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("unrecognized subcommand 'frobnicate'"),
        "{}",
        stderr(&o)
    );
    let o = run(&["check", "--colour", "x", "-"], Some("{}"));
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("unexpected argument '--colour'"),
        "{}",
        stderr(&o)
    );
    let o = run(&["--version"], None);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).starts_with("mail-doctor "));
    let o = run(&["check", "--today", "2026-13-01", "-"], Some("{}"));
    assert_eq!(o.status.code(), Some(2));
    let o = run(&["check", "--lang", "xx", "-"], Some("{}"));
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn check_reads_stdin_and_uses_the_demo_profile() {
    let o = run(
        &["check", "--today", "2026-06-01", "-"],
        Some(r#"{"address": "taro@kita.aoi.example.jp", "outgoing": {"port": 25}}"#),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let report: Value = serde_json::from_str(&stdout(&o)).expect("JSON report");
    assert_eq!(report["brand"], "aoi");
    assert_eq!(report["findings"][0]["code"], "smtp-port-25");
    assert_eq!(report["corrected"]["outgoing"]["port"], 465);
    assert!(report.get("text").is_none());
    // The report's own field order, pretty-printed.
    assert!(stdout(&o).starts_with("{\n  \"domain\""));
}

#[test]
fn check_with_lang_adds_text() {
    for lang in ["ja", "en"] {
        let o = run(
            &["check", "--lang", lang, "--today", "2026-06-01", "-"],
            Some(r#"{"address": "a@aoi.example.jp", "outgoing": {"auth": "none"}}"#),
        );
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let report: Value = serde_json::from_str(&stdout(&o)).expect("JSON report");
        assert!(report["text"]["findings"].is_array());
        assert!(report["text"]["steps"].is_array());
        assert_eq!(report["findings"][0]["code"], "smtp-auth-off");
    }
}

#[test]
fn malformed_case_is_one_line_exit_2() {
    let path = temp_file(
        "case.json",
        "{\n  \"address\": \"a@aoi.example.jp\",\n  \"incoming\": { \"port\": \"nine\" }\n}\n",
    );
    let path = path.to_str().expect("utf-8 path");
    let o = run(&["check", path], None);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with(&format!("mail-doctor: {path}: line 3 column")),
        "{err}"
    );
    assert!(err.contains("invalid type"), "{err}");
    assert!(!err.contains(" at line "), "place said twice: {err}");
    assert!(stdout(&o).is_empty());

    let o = run(&["check", "-"], Some("[1, 2"));
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with("mail-doctor: -: line 1"),
        "{}",
        stderr(&o)
    );

    let o = run(&["check", "/nonexistent/case.json"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).starts_with("mail-doctor: /nonexistent/case.json: "));
}

#[test]
fn bad_profile_in_check_is_exit_2() {
    let path = temp_file("bad-check.toml", BAD_TLS);
    let path = path.to_str().expect("utf-8 path");
    let o = run(&["check", "--profile", path, "-"], Some("{}"));
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with(&format!("mail-doctor: {path}:")), "{err}");
}

#[test]
fn profile_validate() {
    let example = example_profile();
    let example = example.to_str().expect("utf-8 path");
    let o = run(&["profile", "validate", example], None);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert_eq!(
        stdout(&o).trim(),
        format!("{example}: ok (2 brands, 5 domains)")
    );

    let path = temp_file("bad.toml", BAD_TLS);
    let tls_line = bad_tls_line();
    let path = path.to_str().expect("utf-8 path");
    let o = run(&["profile", "validate", path], None);
    assert_eq!(o.status.code(), Some(1));
    let text = stdout(&o);
    assert!(text.lines().count() >= 2, "every problem listed: {text}");
    for line in text.lines() {
        assert!(line.starts_with(&format!("{path}:")), "{line}");
    }
    assert!(
        text.contains(&format!("{path}:{tls_line}: policy.min_tls: ")),
        "{text}"
    );

    let o = run(&["profile", "validate", "/nonexistent.toml"], None);
    assert_eq!(o.status.code(), Some(2));
    let o = run(&["profile", "check", example], None);
    assert_eq!(o.status.code(), Some(2));
}

/// Every data-driven case through the binary: the same finding codes (the whole list, in any
/// order) and corrected settings as `core/tests/cases.rs` expects from the engine.
#[test]
fn every_case_through_check() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(core_tests().join("cases"))
        .expect("list cases")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 5, "{files:?}");
    for file in files {
        let doc: Value =
            serde_json::from_str(&std::fs::read_to_string(&file).expect("read")).expect("json");
        let profile = match doc["profile"].as_str().unwrap_or("example") {
            "demo" => None,
            "example" => Some(example_profile()),
            path => Some(file.parent().expect("parent").join(path)),
        };
        let profile = profile.map(|p| p.to_str().expect("utf-8").to_string());
        let mut args = vec!["check"];
        if let Some(path) = &profile {
            args.extend(["--profile", path]);
        }
        let today = doc["today"].as_str().unwrap_or("2026-06-01");
        args.extend(["--today", today, "-"]);
        let o = run(&args, Some(&doc["case"].to_string()));
        assert_eq!(
            o.status.code(),
            Some(0),
            "{}: {}",
            file.display(),
            stderr(&o)
        );
        let report: Value = serde_json::from_str(&stdout(&o)).expect("JSON report");
        let mut codes: Vec<&str> = report["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .filter_map(|f| f["code"].as_str())
            .collect();
        codes.sort_unstable();
        let mut want: Vec<&str> = doc["expect"]["codes"]
            .as_array()
            .expect("expect.codes")
            .iter()
            .filter_map(Value::as_str)
            .collect();
        want.sort_unstable();
        assert_eq!(codes, want, "{}: finding codes", file.display());
        if let Some(corrected) = doc["expect"]["corrected"].as_object() {
            for (side, fields) in corrected {
                for (key, want) in fields.as_object().expect("fields") {
                    assert_eq!(&report["corrected"][side][key], want, "{}", file.display());
                }
            }
        }
        if doc["expect"]["corrected"].is_null() && doc["expect"].get("corrected").is_some() {
            assert!(report.get("corrected").is_none(), "{}", file.display());
        }
    }
}

#[test]
fn profile_validate_in_japanese() {
    let example = example_profile();
    let example = example.to_str().expect("utf-8 path");
    let o = run(&["profile", "validate", "--lang", "ja", example], None);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert_eq!(
        stdout(&o).trim(),
        format!("{example}: 問題ありません（ブランド 2 件、ドメイン 5 件）")
    );

    let path = temp_file("bad-ja.toml", BAD_TLS);
    let tls_line = bad_tls_line();
    let path = path.to_str().expect("utf-8 path");
    let o = run(&["profile", "validate", "--lang", "ja", path], None);
    assert_eq!(o.status.code(), Some(1));
    let text = stdout(&o);
    assert_eq!(
        text.lines().collect::<Vec<_>>(),
        vec![
            format!("{path}: isp: [isp] テーブルを追加してください。"),
            format!("{path}: servers: [servers.NAME] テーブルでサーバーの組を追加してください。"),
            format!("{path}: brands: [[brands]] テーブルでブランドを追加してください。"),
            format!("{path}:{tls_line}: policy.min_tls: \"1.2\" か \"1.3\" にしてください。"),
        ]
    );
    // --lang en and no --lang give the English lines.
    let en = run(&["profile", "validate", "--lang=en", path], None);
    let default = run(&["profile", "validate", path], None);
    assert_eq!(stdout(&en), stdout(&default));
    assert!(
        stdout(&en).contains(&format!(
            "{path}:{tls_line}: policy.min_tls: must be \"1.2\" or \"1.3\""
        )),
        "{}",
        stdout(&en)
    );

    let o = run(&["profile", "validate", "--lang", "xx", path], None);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn bad_profile_in_check_follows_lang() {
    let path = temp_file("bad-check-ja.toml", BAD_TLS);
    let path = path.to_str().expect("utf-8 path");
    let o = run(
        &["check", "--lang", "ja", "--profile", path, "-"],
        Some("{}"),
    );
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o).trim(),
        format!(
            "mail-doctor: {path}: isp: [isp] テーブルを追加してください。\
             （ほかに 3 件あります。`mail-doctor profile validate --lang ja {path}` ですべて確認できます）"
        )
    );
    let o = run(&["check", "--profile", path, "-"], Some("{}"));
    assert_eq!(
        stderr(&o).trim(),
        format!(
            "mail-doctor: {path}: isp: missing [isp] table \
             (and 3 more; run `mail-doctor profile validate {path}`)"
        )
    );
}

#[test]
fn profile_validate_names_a_misspelt_key_and_the_key_meant() {
    let demo = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../static/profile.toml"),
    )
    .expect("demo profile");
    let line = 1 + demo
        .lines()
        .position(|l| l.starts_with("op25b = true"))
        .expect("the demo sets op25b");
    let path = temp_file(
        "misspelt.toml",
        &demo.replacen("op25b = true", "op25 = true", 1),
    );
    let path = path.to_str().expect("utf-8 path");
    let o = run(&["profile", "validate", path], None);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    assert_eq!(
        stdout(&o).trim(),
        format!("{path}:{line}: policy.op25: unknown key `op25`: did you mean `op25b`?")
    );
    let o = run(&["profile", "validate", "--lang", "ja", path], None);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stdout(&o).trim(),
        format!(
            "{path}:{line}: policy.op25: `op25` という項目はありません。`op25b` の書き間違いではありませんか？"
        )
    );
}
