//! `mail-doctor deploy check DIR` on folders made here: the demo served as real and a broken
//! profile fail (exit 1), an ISP's own profile passes (exit 0), a missing folder is exit 2.

use mail_doctor_core::profile::DEMO_TOML;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const STRICT: &str = "default-src &#39;none&#39;; script-src &#39;self&#39; &#39;wasm-unsafe-eval&#39;; connect-src &#39;self&#39;";
const TOOLS: &str = "default-src &#39;none&#39;; script-src &#39;self&#39; &#39;wasm-unsafe-eval&#39;; connect-src &#39;self&#39; https://dns.google";

/// A release folder with every page and file, and `profile` as its profile.toml.
fn release(name: &str, profile: Option<&str>) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("mail-doctor-deploy-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    for page in ["index.html", "help.html", "tools.html", "404.html"] {
        let csp = if page == "tools.html" { TOOLS } else { STRICT };
        let html = format!("<!doctype html><meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\"><script type=\"module\" src=\"./boot.js\" data-js=\"./app-1.js\" data-wasm=\"./app-1_bg.wasm\"></script>");
        std::fs::write(dir.join(page), html).expect("page");
    }
    for file in ["boot.js", "sw.js", "app-1.js", "app-1_bg.wasm"] {
        std::fs::write(dir.join(file), "x").expect("file");
    }
    if let Some(text) = profile {
        std::fs::write(dir.join("profile.toml"), text).expect("profile");
    }
    dir
}

fn check(dir: &Path, extra: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mail-doctor"))
        .args(["deploy", "check", "--lang", "en"])
        .args(extra)
        .arg(dir)
        .output()
        .expect("binary runs")
}

fn own_profile() -> String {
    DEMO_TOML
        .replace("いろどりケーブルグループ", "テストケーブル")
        .replace("Irodori Cable Group", "Test Cable")
        .replace(".example.jp", ".test.example")
        .replace("version = \"demo\"", "version = \"2026-12-07.1\"")
        .replace("0120-XXX-XXX", "0000-00-0000")
}

#[test]
fn the_demo_published_as_the_profile_fails() {
    let dir = release("demo", Some(DEMO_TOML));
    let o = check(&dir, &[]);
    let text = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "{text}");
    assert!(
        text.contains("ERROR profile-is-demo profile.toml"),
        "{text}"
    );
    assert!(text.contains("NOT ready to publish"), "{text}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn an_invalid_profile_fails_with_its_problems() {
    let dir = release("invalid", Some("[isp]\nname = 1\n"));
    let o = check(&dir, &[]);
    let text = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "{text}");
    assert!(text.contains("ERROR profile-invalid"), "{text}");
    // The problems themselves, with their lines.
    assert!(text.contains("    2: isp.name"), "{text}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn the_isps_own_profile_passes_and_headers_are_compared() {
    let dir = release("own", Some(&own_profile()));
    let o = check(&dir, &[]);
    let text = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{text}");
    assert!(text.contains("ready to publish"), "{text}");

    // A _headers file whose policy for /tools lacks the resolver: an error.
    let headers = dir.join("_headers");
    std::fs::write(
        &headers,
        "/tools\n  Content-Security-Policy: default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'\n",
    )
    .expect("headers");
    let o = check(&dir, &[]);
    let text = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "{text}");
    assert!(
        text.contains("ERROR csp-header-mismatch _headers /tools"),
        "{text}"
    );
    assert!(
        text.contains("connect-src: 'self' https://dns.google | 'self'"),
        "{text}"
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn without_a_profile_it_warns_and_the_japanese_report_says_so() {
    let dir = release("none", None);
    let o = Command::new(env!("CARGO_BIN_EXE_mail-doctor"))
        .args(["deploy", "check"])
        .arg(&dir)
        .output()
        .expect("binary runs");
    let text = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{text}");
    assert!(text.contains("注意 profile-missing profile.toml"), "{text}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_missing_folder_is_a_usage_error() {
    let o = check(Path::new("/nonexistent/mail-doctor-deploy"), &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("/nonexistent/mail-doctor-deploy"));
}
