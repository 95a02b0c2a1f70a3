//! Profile problems in Japanese: real broken profiles give the same line and key in both
//! languages, and the Japanese text names the exact value to write.

use mail_doctor_core::profile::{Problem, Profile, ProfileError};
use mail_doctor_core::Lang;

/// A valid profile; each test breaks one or two things. Line numbers matter.
const BASE: &str = r#"[isp]
name = { ja = "テスト", en = "Test" }

[servers.cloud]
imap = { host = "imap.mail.example.jp", port = 993, security = "ssl" }
smtp = [{ host = "smtp.mail.example.jp", port = 465, security = "ssl" }]
username = "address"

[[brands]]
id = "aoi"
name = { ja = "あおい", en = "Aoi" }
servers = "cloud"
domains = ["aoi.example.jp"]
"#;

fn errors(text: &str) -> Vec<ProfileError> {
    match Profile::parse(text) {
        Ok(_) => panic!("the profile should not load:\n{text}"),
        Err(errors) => errors,
    }
}

/// `(line, key, Japanese text)` of every problem.
fn japanese(text: &str) -> Vec<(usize, String, String)> {
    errors(text)
        .iter()
        .map(|e| (e.line, e.key.clone(), e.message_in(Lang::Ja)))
        .collect()
}

fn row(line: usize, key: &str, text: &str) -> (usize, String, String) {
    (line, key.to_string(), text.to_string())
}

#[test]
fn the_base_profile_loads() {
    assert!(Profile::parse(BASE).is_ok());
}

#[test]
fn missing_tables_and_a_bad_tls_version() {
    assert_eq!(
        japanese("[policy]\nmin_tls = \"1.1\"\n"),
        vec![
            row(0, "isp", "[isp] テーブルを追加してください。"),
            row(
                0,
                "servers",
                "[servers.NAME] テーブルでサーバーの組を追加してください。"
            ),
            row(
                0,
                "brands",
                "[[brands]] テーブルでブランドを追加してください。"
            ),
            row(2, "policy.min_tls", "\"1.2\" か \"1.3\" にしてください。"),
        ]
    );
}

#[test]
fn a_server_with_a_wrong_port_and_security() {
    let text = BASE.replace(
        "port = 465, security = \"ssl\"",
        "port = 0, security = \"tls\"",
    );
    assert_eq!(
        japanese(&text),
        vec![
            row(
                6,
                "servers.cloud.smtp[0].port",
                "1 から 65535 までの整数にしてください。"
            ),
            row(
                6,
                "servers.cloud.smtp[0].security",
                "\"tls\" という暗号化方法はありません。\"ssl\"、\"starttls\"、\"none\" のどれかにしてください。"
            ),
            // The brand's set exists but is broken: not reported again at the brand.
        ]
    );
}

#[test]
fn a_brand_pointing_to_an_unknown_set_and_a_quoted_date() {
    let text = BASE
        .replace("servers = \"cloud\"", "servers = \"clowd\"")
        .replace(
            "name = { ja = \"テスト\", en = \"Test\" }",
            "name = { ja = \"テスト\", en = \"Test\" }\neffective = \"2024-03-31\"",
        );
    assert_eq!(
        japanese(&text),
        vec![
            row(
                3,
                "isp.effective",
                "日付は引用符で囲まずに書いてください：2024-03-31"
            ),
            row(
                13,
                "brands[0].servers",
                "\"clowd\" というサーバーの組はありません（あるのは cloud）。"
            ),
        ]
    );
}

#[test]
fn a_toml_syntax_error() {
    let text = BASE.replace("username = \"address\"", "username = address");
    let errors = errors(&text);
    assert_eq!(errors.len(), 1, "{errors:?}");
    let e = &errors[0];
    assert_eq!((e.line, e.key.as_str()), (7, ""));
    assert!(matches!(*e.problem, Problem::Syntax(_)), "{e:?}");
    assert_eq!(
        e.message_in(Lang::Ja),
        "TOML の書き方に誤りがあります。文字列の値は引用符 \"…\" で囲んでください：「address」。"
    );
    // The `toml` crate's own words, with the text at the place.
    assert_eq!(
        e.message,
        "TOML syntax: string values must be quoted, expected literal string (at `address`)"
    );
}

#[test]
fn english_is_the_message_field() {
    let text = BASE.replace("domains = [\"aoi.example.jp\"]", "domains = []");
    for e in errors(&text) {
        assert_eq!(e.message_in(Lang::En), e.message);
        assert_eq!(e.message_in(Lang::En), e.problem.text(Lang::En));
        assert_ne!(e.message_in(Lang::Ja), e.message);
    }
    assert_eq!(
        japanese(&text),
        vec![row(
            13,
            "brands[0].domains",
            "ドメインを 1 つ以上書いてください。"
        )]
    );
}
