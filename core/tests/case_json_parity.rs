//! Our case JSON reader and writer (`src/json.rs`, `src/case/json.rs`) against serde_json, which
//! read and wrote cases before: every stored case, generated cases (every choice, fields absent,
//! present and `null`, any text), other ways to write the same JSON (pretty, every character
//! escaped, unknown fields), and broken text (truncations, changed characters, wrong types, deep
//! nesting, random tokens). Both must read the same case or both refuse (on the same line); the
//! text we write is serde's text. Where we refuse what serde read, on purpose, the reason is
//! listed in `serde_case::refused_on_purpose`.

mod serde_case;

use mail_doctor_core::case::{
    ClientId, ClientReport, IncomingAuth, IncomingReport, OutgoingAuth, OutgoingReport, Protocol,
    Resolved, Security, Sending, Symptom, Wire,
};
use mail_doctor_core::share::{base64url_decode, decode_case, encode_case};
use mail_doctor_core::Case;
use proptest::prelude::*;
use serde_case::{compare, serde_read, Agreement};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// `shared/` beside the repository root (CI) or beside the folder holding the worktree.
fn shared_dir() -> PathBuf {
    let start = Path::new(env!("CARGO_MANIFEST_DIR"));
    start
        .ancestors()
        .skip(1)
        .map(|a| a.join("shared"))
        .find(|p| p.join("cases").is_dir())
        .expect("a shared/cases folder above the crate")
}

fn files_in(dir: &Path, ext: Option<&str>) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && ext.is_none_or(|x| p.extension().is_some_and(|e| e == x)))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "nothing in {}", dir.display());
    files
}

/// Every case the project keeps: the `case` of each shared and own data-driven case (as JSON
/// text, pretty), and the fuzz corpora of the case, case_json and share targets as they are.
fn stored_texts() -> Vec<(String, String)> {
    let mut texts = Vec::new();
    let own = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    for file in files_in(&shared_dir().join("cases"), Some("json"))
        .into_iter()
        .chain(files_in(&own, Some("json")))
    {
        let text = std::fs::read_to_string(&file).expect("readable");
        let doc: Value = serde_json::from_str(&text).expect("a JSON file");
        let case = serde_json::to_string_pretty(&doc["case"]).expect("serialises");
        texts.push((format!("{}#case", file.display()), case));
        texts.push((file.display().to_string(), text));
    }
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/corpus");
    for target in ["case", "case_json", "share"] {
        for file in files_in(&corpus.join(target), None) {
            let bytes = std::fs::read(&file).expect("readable");
            let bytes = if target == "share" {
                let payload = String::from_utf8_lossy(&bytes).into_owned();
                base64url_decode(&payload).unwrap_or(bytes)
            } else {
                bytes
            };
            if let Ok(text) = String::from_utf8(bytes) {
                texts.push((format!("corpus {}", file.display()), text));
            }
        }
    }
    texts
}

/// The data-driven cases themselves (not the fuzz corpora), read.
fn stored_cases() -> Vec<Case> {
    stored_texts()
        .iter()
        .filter(|(name, _)| name.ends_with("#case"))
        .map(|(name, text)| Case::from_json(text).unwrap_or_else(|e| panic!("{name}: {e}")))
        .collect()
}

/// Compares many texts and counts how they came out; panics on a difference not allowed.
#[derive(Debug, Default)]
struct Tally {
    same: usize,
    refused: usize,
    on_purpose: usize,
    other_line: Vec<(String, usize, usize)>,
}

impl Tally {
    fn add(&mut self, text: &str) {
        match compare(text) {
            Agreement::Same => self.same += 1,
            Agreement::BothRefuse => self.refused += 1,
            Agreement::RefusedOnPurpose => self.on_purpose += 1,
            Agreement::BothRefuseLines(ours, theirs) => {
                self.other_line.push((text.to_string(), ours, theirs))
            }
        }
    }

    /// Both refuse every broken text on the same line.
    fn assert_same_lines(&self) {
        let examples: Vec<String> = self
            .other_line
            .iter()
            .take(3)
            .map(|(text, ours, theirs)| {
                let text: String = text.chars().take(160).collect();
                format!("{text:?}: line {ours}, serde's {theirs}")
            })
            .collect();
        assert!(
            self.other_line.is_empty(),
            "{} of {} refusals on another line than serde's, e.g. {examples:#?}",
            self.other_line.len(),
            self.refused + self.other_line.len(),
        );
    }
}

#[test]
fn every_stored_case_reads_the_same() {
    let mut tally = Tally::default();
    for (name, text) in stored_texts() {
        let agreement = compare(&text);
        if !name.starts_with("corpus ") {
            assert_eq!(agreement, Agreement::Same, "{name}");
        }
        tally.add(&text);
    }
    assert!(tally.same >= 40, "{tally:?}");
    tally.assert_same_lines();
}

#[test]
fn what_we_write_is_serdes_text_and_reads_back() {
    for case in stored_cases() {
        let text = case.to_json();
        assert_eq!(text, serde_json::to_string(&case).expect("serialises"));
        assert_eq!(Case::from_json(&text), Ok(case.clone()));
        assert_eq!(
            serde_json::from_str::<Case>(&text).expect("serde reads it"),
            case
        );
        assert_eq!(decode_case(&encode_case(&case)), Ok(case));
    }
}

#[test]
fn every_truncation_is_refused_by_both_on_the_same_line() {
    let mut tally = Tally::default();
    for case in stored_cases() {
        for text in [
            case.to_json(),
            serde_json::to_string_pretty(&case).expect("pretty"),
        ] {
            for (end, _) in text.char_indices().skip(1) {
                tally.add(&text[..end]);
            }
        }
    }
    assert_eq!(tally.same, 0, "a truncated case read as a whole one");
    assert!(tally.refused > 1000, "{tally:?}");
    tally.assert_same_lines();
}

#[test]
fn one_changed_character_is_read_or_refused_alike() {
    const INSERTS: &[&str] = &[
        "\"", "\\", "{", "}", "[", "]", ",", ":", " ", "\n", "0", "-", ".", "e", "n", "x", "\u{1}",
        "\\u", "\\ud800", "あ",
    ];
    // The three stored cases with the most in them (every kind of field), to keep this quick.
    let mut cases = stored_cases();
    cases.sort_by_key(|c| std::cmp::Reverse(c.to_json().len()));
    let mut tally = Tally::default();
    for case in cases.iter().take(3) {
        let text = serde_json::to_string_pretty(&case).expect("pretty");
        let starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        for (n, &at) in starts.iter().enumerate() {
            let next = starts.get(n + 1).copied().unwrap_or(text.len());
            // Deleted, replaced, and with something put before it.
            tally.add(&format!("{}{}", &text[..at], &text[next..]));
            for insert in INSERTS {
                tally.add(&format!("{}{insert}{}", &text[..at], &text[next..]));
                tally.add(&format!("{}{insert}{}", &text[..at], &text[at..]));
            }
        }
    }
    assert!(tally.same > 100 && tally.refused > 10_000, "{tally:?}");
    tally.assert_same_lines();
}

/// Every field that holds a value, with every kind of JSON value in it.
#[test]
fn wrong_types_and_out_of_range_numbers_are_refused_by_both() {
    const VALUES: &[&str] = &[
        "null",
        "true",
        "false",
        "0",
        "1",
        "-1",
        "-0",
        "1.0",
        "1e2",
        "65535",
        "65536",
        "4294967295",
        "4294967296",
        "18446744073709551615",
        "18446744073709551616",
        "\"\"",
        "\"s\"",
        "\"imap\"",
        "\"outlook-new\"",
        "\"cannot-send\"",
        "[]",
        "[\"x\"]",
        "[null]",
        "[{}]",
        "[[]]",
        "{}",
        "{\"host\": \"h\"}",
        "{\"a\": 1}",
    ];
    const FIELDS: &[&str] = &[
        "address",
        "client",
        "client.id",
        "client.version",
        "client.os",
        "incoming",
        "incoming.protocol",
        "incoming.host",
        "incoming.port",
        "incoming.security",
        "incoming.username",
        "incoming.auth",
        "outgoing",
        "outgoing.host",
        "outgoing.port",
        "outgoing.security",
        "outgoing.auth",
        "outgoing.username",
        "symptoms",
        "symptoms.0",
        "error_text",
        "sending",
        "sending.recipients_per_message",
        "sending.messages",
        "sending.per_minutes",
        "resolved",
        "resolved.0",
        "resolved.0.host",
        "resolved.0.addresses",
        "resolved.0.addresses.0",
        "password",
    ];
    let mut tally = Tally::default();
    for field in FIELDS {
        for value in VALUES {
            let mut text = value.to_string();
            for part in field.rsplit('.') {
                text = match part.parse::<usize>() {
                    Ok(_) => format!("[{text}]"),
                    Err(_) => format!("{{\"{part}\": {text}}}"),
                };
            }
            tally.add(&text);
            tally.add(&format!("[{text}]"));
            tally.add(&text.replace("}", ", \"x\": 1}"));
        }
    }
    for root in VALUES {
        tally.add(root);
    }
    // The same field twice is refused, even when the values agree; unknown ones may repeat.
    for text in [
        r#"{"address": "a", "address": "a"}"#,
        r#"{"incoming": {"port": 1, "port": 1}}"#,
        r#"{"resolved": [{"host": "h", "host": "h"}]}"#,
        r#"{"x": 1, "x": 2}"#,
    ] {
        tally.add(text);
    }
    assert!(tally.same > 100 && tally.refused > 1000, "{tally:?}");
    tally.assert_same_lines();
}

#[test]
fn deep_nesting_neither_overflows_nor_differs() {
    let deep = |open: &str, close: &str, n: usize| format!("{}{}", open.repeat(n), close.repeat(n));
    // Skipped, however deep (serde_json skips in a loop too).
    for n in [1, 127, 128, 100_000] {
        let lists = deep("[", "]", n);
        let objects = deep("{\"a\":", "}", n).replace("{\"a\":}", "{}");
        for inner in [&lists, &objects] {
            let text = format!("{{\"x\": {inner}, \"address\": \"a@b\"}}");
            assert_eq!(compare(&text), Agreement::Same, "depth {n}");
            assert_eq!(
                Case::from_json(&text).map(|c| c.address),
                Ok(Some("a@b".into()))
            );
        }
        // Where the case has an object, a string or a list of names: refused at once.
        for field in ["client", "incoming", "symptoms", "resolved", "address"] {
            let text = format!("{{\"{field}\": [{lists}]}}");
            assert!(Case::from_json(&text).is_err(), "{field} {n}");
            assert!(serde_read(&text).is_err(), "{field} {n}");
        }
        assert!(Case::from_json(&lists).is_err());
        assert!(Case::from_json(&deep("[", "", n)).is_err());
        assert!(Case::from_json(&format!("{{\"x\": {}", deep("[", "", n))).is_err());
    }
}

#[test]
fn what_we_refuse_on_purpose() {
    // serde read a choice in its map form; the format's choices are strings.
    for text in [
        r#"{"client": {"id": {"becky": null}}}"#,
        r#"{"symptoms": [{"slow": null}]}"#,
    ] {
        assert!(serde_read(text).is_ok(), "{text}");
        assert_eq!(compare(text), Agreement::RefusedOnPurpose);
        let err = Case::from_json(text).unwrap_err();
        assert!(err.message.contains("expected a string"), "{err}");
    }
    // serde's list check gave up when it could not read the text as a JSON value.
    let text = r#"{"client": ["becky"], "x": "\ud800"}"#;
    assert!(serde_read(text).is_ok());
    assert_eq!(compare(text), Agreement::RefusedOnPurpose);
    assert!(Case::from_json(r#"{"client": ["becky"]}"#).is_err());
}

#[test]
fn errors_say_where_and_what() {
    let err = |text: &str| Case::from_json(text).unwrap_err();
    let e =
        err("{\n  \"address\": \"a@aoi.example.jp\",\n  \"incoming\": { \"port\": \"nine\" }\n}");
    assert_eq!((e.line, e.column), (3, 25));
    assert_eq!(
        e.message,
        "invalid type at `incoming.port`: expected a whole number from 0 to 65535, found a string"
    );
    let e = err(r#"{"outgoing": {"port": 70000}}"#);
    assert_eq!(
        e.message,
        "invalid value at `outgoing.port`: expected a whole number from 0 to 65535, found `70000`"
    );
    let e = err(r#"{"client": {"id": "eudora"}}"#);
    assert!(e.message.starts_with("unknown value `eudora` at `client.id`: expected one of `outlook-new`, `outlook-classic`"), "{e}");
    let e = err(r#"{"resolved": [{"host": "h", "addresses": ["1", 2]}]}"#);
    assert_eq!(
        e.message,
        "invalid type at `resolved[0].addresses[1]`: expected a string, found a number"
    );
    let e = err(r#"{"symptoms": ["slow", "slow", "fast"]}"#);
    assert!(e.message.contains("`symptoms[2]`"), "{e}");
    let e = err(r#"{"sending": {"messages": 1, "messages": 2}}"#);
    assert_eq!(e.message, "duplicate field `sending.messages`");
    assert_eq!(e.column, 29);
    let e = err(r#"{"incoming": ["pop3"]}"#);
    assert_eq!(
        e.message,
        "`incoming` must be a JSON object { … }, not a list"
    );
    assert_eq!((e.line, e.column), (1, 14));
    // Columns count characters, not bytes.
    let e = err("{\"error_text\": \"送信できません\", \"address\": 1}");
    assert_eq!((e.line, e.column), (1, 38));
    assert!(err("").message.contains("ends where a value was expected"));
    assert!(err("{\"address\": \"a").message.contains("inside a string"));
    assert!(err("{\"address\": \"a\"} x")
        .message
        .contains("after the end"));
    assert!(err("{\"address\": \"\\ud800\"}")
        .message
        .contains("surrogate"));
    assert!(err("{\"address\": mail.example.jp}")
        .message
        .contains("double quotes"));
    // The share link says what is wrong with the case in it.
    let link = mail_doctor_core::share::base64url_encode(br#"{"incoming": {"port": -1}}"#);
    let shown = decode_case(&link).unwrap_err().to_string();
    assert_eq!(
        shown,
        "the link does not hold a case: line 1 column 23: invalid value at `incoming.port`: \
         expected a whole number from 0 to 65535, found `-1`"
    );
}

/// Text that serde_json writes differently but means the same: every character of every string
/// (keys too) as a `\u` escape, surrogate pairs for those past U+FFFF, and white space around
/// every token.
fn escaped_everything(value: &Value) -> String {
    fn string(s: &str, out: &mut String) {
        out.push('"');
        for unit in s.encode_utf16() {
            out.push_str(&format!("\\u{unit:04X}"));
        }
        out.push('"');
    }
    let mut out = String::new();
    match value {
        Value::String(s) => string(s, &mut out),
        Value::Array(items) => {
            out.push_str("[ ");
            for (i, v) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(" ,\r\n");
                }
                out.push_str(&escaped_everything(v));
            }
            out.push_str(" ]");
        }
        Value::Object(map) => {
            out.push_str("{\t");
            for (i, (k, v)) in map.iter().enumerate() {
                if i > 0 {
                    out.push_str(" , ");
                }
                string(k, &mut out);
                out.push_str(" :\n");
                out.push_str(&escaped_everything(v));
            }
            out.push_str("\t}");
        }
        other => out.push_str(&other.to_string()),
    }
    out
}

/// The case with every absent single value written as `null`, and unknown fields (a password,
/// nested values of every kind, a lone surrogate that only a skipped string may hold) in every
/// object.
fn with_nulls_and_unknown_fields(case: &Case) -> String {
    let mut value = serde_json::to_value(case).expect("to value");
    let nullable: &[(&str, &[&str])] = &[
        (
            "",
            &[
                "address",
                "client",
                "incoming",
                "outgoing",
                "error_text",
                "sending",
            ],
        ),
        ("client", &["id", "version", "os"]),
        (
            "incoming",
            &["protocol", "host", "port", "security", "username", "auth"],
        ),
        (
            "outgoing",
            &["host", "port", "security", "auth", "username"],
        ),
        (
            "sending",
            &["recipients_per_message", "messages", "per_minutes"],
        ),
    ];
    for (parent, keys) in nullable {
        let target = if parent.is_empty() {
            Some(&mut value)
        } else {
            value.get_mut(*parent)
        };
        if let Some(Value::Object(map)) = target {
            for key in *keys {
                map.entry(*key).or_insert(Value::Null);
            }
            map.insert("password".into(), "hunter2".into());
        }
    }
    serde_json::to_string(&value).expect("text").replace(
        "\"password\":",
        r#""future":{"a":[1,-2.5e-3,true,false,null,{},[]],"b":"\ud800\uDC00\udfff"},"password":"#,
    )
}

fn text() -> impl Strategy<Value = String> {
    let special = prop::sample::select(vec![
        'a',
        'Z',
        '0',
        ' ',
        '"',
        '\\',
        '/',
        '\n',
        '\r',
        '\t',
        '\u{0}',
        '\u{8}',
        '\u{c}',
        '\u{1f}',
        '\u{7f}',
        'é',
        'あ',
        '送',
        '\u{2028}',
        '\u{feff}',
        '\u{fffd}',
        '\u{ffff}',
        '😀',
        '\u{10ffff}',
    ]);
    prop::collection::vec(prop_oneof![3 => special, 1 => any::<char>()], 0..12)
        .prop_map(|chars| chars.into_iter().collect())
}

fn choice<T: Wire + std::fmt::Debug>() -> impl Strategy<Value = T> {
    prop::sample::select(T::ALL.to_vec())
}

fn case() -> impl Strategy<Value = Case> {
    use prop::collection::vec;
    use prop::option::of;
    let client = (of(choice::<ClientId>()), of(text()), of(text()))
        .prop_map(|(id, version, os)| ClientReport { id, version, os });
    let incoming = (
        of(choice::<Protocol>()),
        of(text()),
        of(any::<u16>()),
        of(choice::<Security>()),
        of(text()),
        of(choice::<IncomingAuth>()),
    )
        .prop_map(
            |(protocol, host, port, security, username, auth)| IncomingReport {
                protocol,
                host,
                port,
                security,
                username,
                auth,
            },
        );
    let outgoing = (
        of(text()),
        of(any::<u16>()),
        of(choice::<Security>()),
        of(choice::<OutgoingAuth>()),
        of(text()),
    )
        .prop_map(|(host, port, security, auth, username)| OutgoingReport {
            host,
            port,
            security,
            auth,
            username,
        });
    let sending = (
        of(any::<u32>()),
        of(any::<u32>()),
        of(any::<u32>()),
        of(any::<u32>()),
    )
        .prop_map(
            |(recipients_per_message, messages, per_minutes, wait_minutes)| Sending {
                recipients_per_message,
                messages,
                per_minutes,
                wait_minutes,
            },
        );
    let resolved =
        (text(), vec(text(), 0..3)).prop_map(|(host, addresses)| Resolved { host, addresses });
    (
        of(text()),
        of(client),
        of(incoming),
        of(outgoing),
        vec(choice::<Symptom>(), 0..6),
        of(text()),
        of(sending),
        vec(resolved, 0..3),
    )
        .prop_map(
            |(address, client, incoming, outgoing, symptoms, error_text, sending, resolved)| Case {
                address,
                client,
                incoming,
                outgoing,
                symptoms,
                error_text,
                sending,
                resolved,
            },
        )
}

/// Text made of JSON's tokens and the case's names, in any order.
fn token_soup() -> impl Strategy<Value = String> {
    let token = prop::sample::select(vec![
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        " ",
        "\n",
        "\"",
        "\\",
        "\\u00e9",
        "\\ud83d",
        "\\ude00",
        "0",
        "7",
        "-",
        ".",
        "e",
        "+",
        "null",
        "true",
        "fals",
        "\"address\"",
        "\"client\"",
        "\"id\"",
        "\"becky\"",
        "\"incoming\"",
        "\"port\"",
        "\"110\"",
        "\"symptoms\"",
        "\"slow\"",
        "\"resolved\"",
        "\"host\"",
        "\"addresses\"",
        "\"sending\"",
        "\"x\"",
        "\u{1}",
        "あ",
    ]);
    prop::collection::vec(token, 0..40).prop_map(|tokens| tokens.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Any case: we write serde's text; both read it (and the other forms of it) back the same.
    #[test]
    fn generated_cases_read_and_write_alike(case in case()) {
        let ours = case.to_json();
        prop_assert_eq!(&ours, &serde_json::to_string(&case).expect("serialises"));
        prop_assert_eq!(Case::from_json(&ours), Ok(case.clone()));
        let value = serde_json::to_value(&case).expect("value");
        for text in [
            ours,
            serde_json::to_string_pretty(&case).expect("pretty"),
            escaped_everything(&value),
            with_nulls_and_unknown_fields(&case),
        ] {
            prop_assert_eq!(compare(&text), Agreement::Same, "{}", text);
            prop_assert_eq!(Case::from_json(&text), Ok(case.clone()), "{}", text);
        }
        prop_assert_eq!(decode_case(&encode_case(&case)), Ok(case));
    }

    /// Random tokens: read alike or refused by both, on the same line.
    #[test]
    fn token_soup_is_read_or_refused_alike(text in token_soup()) {
        let mut tally = Tally::default();
        tally.add(&text);
        tally.add(&format!("{{\"x\": {text}}}"));
        tally.add(&format!("{{\"client\": {{\"os\": {text}}}}}"));
        tally.assert_same_lines();
    }

    /// Random bytes, as the share link's decoder hands them on.
    #[test]
    fn random_text_is_read_or_refused_alike(bytes in prop::collection::vec(any::<u8>(), 0..64)) {
        let text = String::from_utf8_lossy(&bytes);
        let mut tally = Tally::default();
        tally.add(&text);
        tally.assert_same_lines();
    }
}
