//! The error decoder against the clients' own strings: every row of
//! `fixtures/error_strings.tsv` is a string as an app prints it (its source's text with the
//! placeholders filled), with the source it was copied from and the entries it must decode to.
//!
//! Each row is checked twice: the filled string must still be its source's text (every literal
//! part of the template, in order, with the placeholders as wildcards), and it must decode to
//! exactly the listed entries, in order of appearance.

use mail_doctor_core::case::ClientId;
use mail_doctor_core::decode::{decode, entries, Pat};

const FIXTURE: &str = include_str!("fixtures/error_strings.tsv");

/// Clients for which no error string could be sourced yet (docs/knowledge/<client>.md says
/// which strings are unconfirmed). Every other client must have rows.
const NO_SOURCED_STRINGS: &[&str] = &["apple-mail", "android-gmail", "becky"];

struct Row<'a> {
    line: usize,
    client: &'a str,
    lang: &'a str,
    source: &'a str,
    checked: &'a str,
    template: String,
    sample: String,
    expect: Vec<&'a str>,
}

fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('\\') => out.push('\\'),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

fn rows() -> Vec<Row<'static>> {
    let mut out = Vec::new();
    let mut header = true;
    for (n, line) in FIXTURE.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if header {
            assert_eq!(
                line, "client\tlang\tsource\tchecked\ttemplate\tsample\texpect",
                "header"
            );
            header = false;
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 7, "line {}: {} columns", n + 1, cols.len());
        out.push(Row {
            line: n + 1,
            client: cols[0],
            lang: cols[1],
            source: cols[2],
            checked: cols[3],
            template: unescape(cols[4]),
            sample: unescape(cols[5]),
            expect: cols[6].split(',').map(str::trim).collect(),
        });
    }
    out
}

/// The literal parts of a template: placeholders (`%S`, `%1$S`, `%s`, `%d`, `%X`, Apple's `%@` and
/// `%1$@`, `{ $name }`,
/// `{ -brand-short-name }`) split it, and markup (`<b>`, `<span …>`) is dropped as the app
/// renders it.
fn literal_parts(template: &str) -> Vec<String> {
    let mut parts = vec![String::new()];
    let chars: Vec<char> = template.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '%' {
            let mut k = i + 1;
            while k < chars.len() && chars[k].is_ascii_digit() {
                k += 1;
            }
            if k < chars.len() && chars[k] == '$' {
                k += 1;
            }
            if k < chars.len() && matches!(chars[k], 'S' | 's' | 'd' | 'X' | '@') {
                parts.push(String::new());
                i = k + 1;
                continue;
            }
        }
        if c == '{' {
            if let Some(end) = chars[i..].iter().position(|&x| x == '}') {
                let inner: String = chars[i + 1..i + end].iter().collect();
                let inner = inner.trim();
                if inner.starts_with('$') || inner.starts_with('-') {
                    parts.push(String::new());
                    i += end + 1;
                    continue;
                }
            }
        }
        let tag_start = chars
            .get(i + 1)
            .is_some_and(|n| n.is_ascii_alphabetic() || *n == '/');
        if c == '<' && tag_start {
            if let Some(end) = chars[i..].iter().position(|&x| x == '>') {
                i += end + 1;
                continue;
            }
        }
        parts.last_mut().unwrap().push(c);
        i += 1;
    }
    parts
}

fn sample_follows_template(template: &str, sample: &str) -> bool {
    let parts = literal_parts(template);
    let mut rest = sample;
    for (k, part) in parts.iter().enumerate() {
        if k == 0 {
            match rest.strip_prefix(part.as_str()) {
                Some(r) => rest = r,
                None => return false,
            }
        } else if k == parts.len() - 1 {
            return rest.ends_with(part.as_str());
        } else {
            match rest.find(part.as_str()) {
                Some(at) => rest = &rest[at + part.len()..],
                None => return false,
            }
        }
    }
    true
}

#[test]
fn every_sourced_string_decodes_to_its_entry() {
    let rows = rows();
    assert!(rows.len() > 100, "{} rows", rows.len());
    let mut failures = Vec::new();
    for row in &rows {
        let mut found: Vec<&str> = Vec::new();
        for d in decode(&row.sample) {
            if !found.contains(&d.entry.id) {
                found.push(d.entry.id);
            }
        }
        if found != row.expect {
            failures.push(format!(
                "line {} ({} {}, {}): {:?} → {:?}, expected {:?}",
                row.line, row.client, row.lang, row.source, row.sample, found, row.expect
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_row_is_its_sources_text_with_the_placeholders_filled() {
    for row in rows() {
        assert!(
            sample_follows_template(&row.template, &row.sample),
            "line {}: {:?} is not {:?} filled in",
            row.line,
            row.sample,
            row.template
        );
        assert!(
            matches!(row.lang, "ja" | "en" | "-"),
            "line {}: lang {}",
            row.line,
            row.lang
        );
        assert!(
            !row.source.trim().is_empty(),
            "line {}: no source",
            row.line
        );
        let date = row.checked.as_bytes();
        assert!(
            date.len() == 10 && date[4] == b'-' && date[7] == b'-',
            "line {}: checked {}",
            row.line,
            row.checked
        );
        for id in &row.expect {
            assert!(
                entries().iter().any(|e| e.id == *id),
                "line {}: unknown entry {id}",
                row.line
            );
        }
    }
}

#[test]
fn every_client_with_sourced_strings_has_rows_in_both_languages_where_sourced() {
    let rows = rows();
    for client in ClientId::ALL {
        let id = client.as_str();
        let n = rows.iter().filter(|r| r.client == id).count();
        if NO_SOURCED_STRINGS.contains(&id) {
            assert_eq!(n, 0, "{id} has rows now: take it off NO_SOURCED_STRINGS");
        } else {
            assert!(n > 0, "{id}: no sourced error strings");
        }
    }
    // Thunderbird ships both languages: each en row has its ja twin and the reverse.
    for lang in ["en", "ja"] {
        let n = rows
            .iter()
            .filter(|r| r.client == "thunderbird" && r.lang == lang)
            .count();
        assert!(n >= 50, "thunderbird {lang}: {n}");
    }
}

/// Every `IXP_E_*` code of `imnxport.h` is in the table and has a row.
#[test]
fn every_imnxport_error_code_is_known() {
    let rows = rows();
    let hex: Vec<u32> = entries()
        .iter()
        .flat_map(|e| e.patterns.iter())
        .filter_map(|p| match p {
            Pat::Hex(v) => Some(*v),
            _ => None,
        })
        .collect();
    let codes = (0x00..=0x1A)
        .chain(0x30..=0x3F)
        .chain(0x40..=0x45)
        .chain(0x60..=0x6F)
        .chain(0x78..=0x7F)
        .chain(0x90..=0x97)
        .chain(0xA0..=0xAE)
        .chain(0xC2..=0xC6)
        .chain(0xD1..=0xE0)
        .chain(0xF0..=0xF4)
        .map(|lo| 0x800C_CC00 | lo);
    for code in codes {
        assert!(hex.contains(&code), "0x{code:08X} is not in the table");
        let text = format!("0x{code:08X}");
        assert!(
            rows.iter()
                .any(|r| r.source.contains("imnxport.h") && r.sample.contains(&text)),
            "0x{code:08X} has no fixture row"
        );
    }
}
