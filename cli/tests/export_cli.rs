//! The export, import-autoconfig and advise subcommands, run as a user would.

use std::process::Command;

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_mail-doctor"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Relative to the CLI crate (the tests run the binary there).
const EXAMPLE: &str = "../core/tests/fixtures/profile.example.toml";

#[test]
fn export_writes_each_format_to_stdout() {
    for (format, marker) in [
        ("autoconfig", "<clientConfig version=\"1.1\">"),
        ("autodiscover", "<AccountType>email</AccountType>"),
        ("mobileconfig", "com.apple.mail.managed"),
    ] {
        let (code, out, err) = run(&[
            "export",
            "--format",
            format,
            "--address",
            "taro@aoi.example.jp",
            "--profile",
            EXAMPLE,
        ]);
        assert_eq!(code, 0, "{err}");
        assert!(out.contains(marker), "{format}: {out}");
        assert!(out.contains("smtp.mail.example.jp"));
    }
}

#[test]
fn export_unknown_domain_fails_with_a_message() {
    let (code, out, err) = run(&[
        "export",
        "--format",
        "autoconfig",
        "--address",
        "taro@aoi.exmple.jp",
        "--profile",
        EXAMPLE,
    ]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(err.contains("aoi.example.jp"), "{err}");
    let (code, _, _) = run(&["export", "--format", "pdf", "--address", "a@b.jp"]);
    assert_eq!(code, 2);
}

#[test]
fn import_autoconfig_prints_toml_and_warnings() {
    let dir = format!(
        "{}/../core/tests/fixtures/ispdb-jp",
        env!("CARGO_MANIFEST_DIR")
    );
    let (code, out, err) = run(&[
        "import-autoconfig",
        &format!("{dir}/zoho.jp.xml"),
        &format!("{dir}/tiki.ne.jp.xml"),
        "--lang",
        "en",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("[servers.zoho-com]"), "{out}");
    assert!(out.contains("[[brands]]"));
    assert!(err.contains("tiki.ne.jp.xml"), "{err}");
    assert!(err.contains("Imported 2 providers"), "{err}");
}

#[test]
fn advise_prints_json() {
    let (code, out, err) = run(&[
        "advise",
        "--recipients",
        "10",
        "--messages",
        "200",
        "--per-minutes",
        "0",
        "--repeat-minutes",
        "60",
        "--total",
        "400",
        "--profile",
        EXAMPLE,
        "--lang",
        "en",
    ]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(v["verdict"], "rate-over-limit");
    assert_eq!(v["first_refusal"]["message"], 201);
    assert_eq!(v["worst_window"], 400);
    assert!(v["text"]["verdict"]
        .as_str()
        .unwrap_or("")
        .contains("message 201"));
    let (code, _, err) = run(&[
        "advise",
        "--recipients",
        "x",
        "--messages",
        "1",
        "--per-minutes",
        "0",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("--recipients"));
}

#[test]
fn a_broken_profile_is_reported_in_the_commands_language() {
    let dir = std::env::temp_dir().join(format!("mail-doctor-export-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("broken.toml");
    let text = "[policy]\nmin_tls = \"1.1\"\n";
    std::fs::write(&path, text).expect("write");
    // The line the problem is on, from the text.
    let tls_line = text
        .lines()
        .position(|l| l.starts_with("min_tls"))
        .expect("min_tls")
        + 1;
    let path = path.to_str().expect("utf-8 path");
    let export = |lang: &str| {
        run(&[
            "export",
            "--format",
            "autoconfig",
            "--address",
            "taro@aoi.example.jp",
            "--profile",
            path,
            "--lang",
            lang,
        ])
    };
    let (code, _, err) = export("ja");
    assert_eq!(code, 1);
    assert!(
        err.contains(&format!(
            "{path}:{tls_line}: policy.min_tls: \"1.2\" か \"1.3\" にしてください。"
        )),
        "{err}"
    );
    let (code, _, err) = export("en");
    assert_eq!(code, 1);
    assert!(
        err.contains(&format!(
            "{path}:{tls_line}: policy.min_tls: must be \"1.2\" or \"1.3\""
        )),
        "{err}"
    );
    let (code, _, err) = run(&[
        "advise",
        "--recipients",
        "1",
        "--messages",
        "1",
        "--per-minutes",
        "1",
        "--profile",
        path,
    ]);
    assert_eq!(code, 1);
    assert!(
        err.contains("[isp] テーブルを追加してください。"),
        "Japanese by default: {err}"
    );
}

#[test]
fn export_all_writes_one_autoconfig_file_per_domain() {
    let dir = std::env::temp_dir().join(format!("mail-doctor-export-all-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let (code, _, err) = run(&[
        "export",
        "--all",
        "--out",
        dir.to_str().unwrap(),
        "--lang",
        "en",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("wrote 160 autoconfig files"), "{err}");
    let domains = std::fs::read_dir(&dir).unwrap().count();
    assert_eq!(domains, 160);
    let file = dir.join("kita.yamabuki.example.jp/mail/config-v1.1.xml");
    let xml = std::fs::read_to_string(&file).unwrap();
    // Host-name-shaped provider id (Thunderbird drops the file otherwise), every brand domain.
    assert!(
        xml.contains("<emailProvider id=\"yamabuki.example.jp\">"),
        "{xml}"
    );
    assert!(xml.contains("<domain>kita.yamabuki.example.jp</domain>"));
    assert!(xml.contains("<hostname>imap.%EMAILDOMAIN%</hostname>"));
    let _ = std::fs::remove_dir_all(&dir);
    // --all needs --out, and not --format.
    assert_eq!(run(&["export", "--all"]).0, 2);
    assert_eq!(
        run(&["export", "--all", "--out", "x", "--format", "autoconfig"]).0,
        2
    );
}
