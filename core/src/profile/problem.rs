//! What can be wrong in a profile, and how it is put into words.
//!
//! Every check in [`super::parse`] names one value here with the facts it needs (the key, the
//! value written, a line); [`Problem::text`] turns it into a sentence in a language through that
//! language's `ProblemTexts` and `SyntaxWords` (`core/src/lang/<tag>/profile.rs`), so no message exists in one
//! language only. A TOML syntax error is the `toml` crate's (English) message, which the Japanese
//! words put into Japanese from a table of the crate's descriptions.

use crate::lang::Lang;

/// A problem found while checking the profile's tables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The TOML itself cannot be read.
    Syntax(Syntax),
    WrongType {
        expected: Expected,
        found: ValueKind,
    },
    /// A whole number outside 1..=`max`.
    NumberRange {
        max: u32,
    },
    DateWithTime,
    /// A date written in quotes (as written, trimmed).
    QuotedDate {
        date: String,
    },
    /// A `{ ja, en }` table with neither.
    NoText,
    MissingTable {
        name: String,
    },
    MissingKey {
        name: String,
    },
    NotWebAddress {
        url: String,
    },
    TlsVersion,
    TlsUnquoted,
    NoServerSets,
    NoMailbox,
    NoSmtp,
    UsernameFormat,
    Auth,
    SecurityAuto,
    UnknownSecurity {
        value: String,
    },
    BadPlaceholder {
        host: String,
    },
    IpNotHost {
        value: String,
    },
    BadHostName {
        value: String,
    },
    /// `known`: the server set names written in the file, in name order.
    UnknownServerSet {
        name: String,
        known: Vec<String>,
    },
    NoBrands,
    EmptyBrands,
    Empty,
    DuplicateBrandId {
        id: String,
        first: usize,
    },
    NoDomains,
    PlaceholderInDomain {
        domain: String,
    },
    DomainTwice {
        domain: String,
        brand: String,
        first: usize,
    },
    DomainTaken {
        domain: String,
        brand: String,
        first: usize,
    },
    PlaceholderInRetired {
        host: String,
    },
    RetiredIsCurrent {
        host: String,
        set: String,
    },
    NotIp {
        value: String,
    },
    NoRetiredHosts,
    /// A URL that must be `https://` (or `http://` to this machine): `dns.doh`, `probe.url`.
    NotHttps {
        url: String,
    },
    /// A key the format does not define; `near`: the defined key it most likely meant.
    UnknownKey {
        name: String,
        near: Option<String>,
    },
    /// `profile.version` must have 1–64 characters; `length`: how many it has.
    VersionLength {
        length: usize,
    },
    /// A date-time without its offset from UTC (or a date or time alone).
    NoOffset,
    /// Not a network like `203.0.113.0/24` (as written, trimmed).
    BadNetwork {
        value: String,
    },
}

/// What a field should have held (the wrong-type message).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    String,
    Table,
    Array,
    Boolean,
    WholeNumber,
    Date,
    Localized,
    Tls,
    Endpoint,
    DateTime,
}

/// The kind of a TOML value, as messages name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueKind {
    String,
    Integer,
    Float,
    Boolean,
    Date,
    Array,
    Table,
}

crate::word_table! {
    /// A profile's problems in one language: each language's `PROFILE`
    /// (`core/src/lang/<tag>/profile.rs`).
    pub(crate) struct ProblemTexts {
        /// `Problem::Syntax`: `{detail}`.
        problem_syntax,
        /// `Problem::WrongType`: `{expected}`, `{found}`.
        problem_wrong_type,
        /// `Problem::NumberRange`: `{max}`.
        problem_number_range,
        /// `Problem::DateWithTime` (no placeholder).
        problem_date_with_time,
        /// `Problem::QuotedDate`: `{value}`.
        problem_quoted_date,
        /// `Problem::NoText` (no placeholder).
        problem_no_text,
        /// `Problem::MissingTable`: `{value}`.
        problem_missing_table,
        /// `Problem::MissingKey`: `{value}`.
        problem_missing_key,
        /// `Problem::NotWebAddress`: `{value}`.
        problem_not_web_address,
        /// `Problem::TlsVersion` (no placeholder).
        problem_tls_version,
        /// `Problem::TlsUnquoted` (no placeholder).
        problem_tls_unquoted,
        /// `Problem::NoServerSets` (no placeholder).
        problem_no_server_sets,
        /// `Problem::NoMailbox` (no placeholder).
        problem_no_mailbox,
        /// `Problem::NoSmtp` (no placeholder).
        problem_no_smtp,
        /// `Problem::UsernameFormat` (no placeholder).
        problem_username_format,
        /// `Problem::Auth` (no placeholder).
        problem_auth,
        /// `Problem::SecurityAuto` (no placeholder).
        problem_security_auto,
        /// `Problem::UnknownSecurity`: `{value}`.
        problem_unknown_security,
        /// `Problem::BadPlaceholder`: `{domain}`, `{value}`.
        problem_bad_placeholder,
        /// `Problem::IpNotHost`: `{value}`.
        problem_ip_not_host,
        /// `Problem::BadHostName`: `{value}`.
        problem_bad_host_name,
        /// `Problem::UnknownServerSet`: `{known}`, `{name}`.
        problem_unknown_server_set,
        /// `Problem::NoBrands` (no placeholder).
        problem_no_brands,
        /// `Problem::EmptyBrands` (no placeholder).
        problem_empty_brands,
        /// `Problem::Empty` (no placeholder).
        problem_empty,
        /// `Problem::DuplicateBrandId`: `{id}`, `{line}`.
        problem_duplicate_brand_id,
        /// `Problem::NoDomains` (no placeholder).
        problem_no_domains,
        /// `Problem::PlaceholderInDomain`: `{value}`.
        problem_placeholder_in_domain,
        /// `Problem::DomainTwice`: `{brand}`, `{domain}`, `{line}`.
        problem_domain_twice,
        /// `Problem::DomainTaken`: `{brand}`, `{domain}`, `{line}`.
        problem_domain_taken,
        /// `Problem::PlaceholderInRetired`: `{value}`.
        problem_placeholder_in_retired,
        /// `Problem::RetiredIsCurrent`: `{host}`, `{set}`.
        problem_retired_is_current,
        /// `Problem::NotIp`: `{value}`.
        problem_not_ip,
        /// `Problem::NoRetiredHosts` (no placeholder).
        problem_no_retired_hosts,
        /// `Problem::NotHttps`: `{value}`.
        problem_not_https,
        /// `Problem::UnknownKey` without one: `{key}`.
        problem_unknown_key,
        /// `Problem::UnknownKey` with a likely key: `{key}`, `{near}`.
        problem_unknown_key_near,
        /// `Problem::VersionLength`: `{length}`.
        problem_version_length,
        /// `Problem::NoOffset` (no placeholder).
        problem_no_offset,
        /// `Problem::BadNetwork`: `{value}`.
        problem_bad_network,
        /// What a value should have been: `Expected::String` (no placeholder; Japanese ending in Latin text carries the space before the particle).
        expected_string,
        /// What a value should have been: `Expected::Table` (no placeholder; Japanese ending in Latin text carries the space before the particle).
        expected_table,
        /// What a value should have been: `Expected::Array` (no placeholder; Japanese ending in Latin text carries the space before the particle).
        expected_array,
        /// What a value should have been: `Expected::Boolean` (no placeholder; Japanese ending in Latin text carries the space before the particle).
        expected_boolean,
        /// What a value should have been: `Expected::WholeNumber` (no placeholder; Japanese ending in Latin text carries the space before the particle).
        expected_whole_number,
        /// What a value should have been: `Expected::Date` (no placeholder; Japanese ending in Latin text carries the space before the particle).
        expected_date,
        /// What a value should have been: `Expected::Localized` (no placeholder; Japanese ending in Latin text carries the space before the particle).
        expected_localized,
        /// What a value should have been: `Expected::Tls` (no placeholder; Japanese ending in Latin text carries the space before the particle).
        expected_tls,
        /// What a value should have been: `Expected::Endpoint` (no placeholder; Japanese ending in Latin text carries the space before the particle).
        expected_endpoint,
        /// What a value should have been: `Expected::DateTime` (no placeholder; Japanese ending in Latin text carries the space before the particle).
        expected_date_time,
        /// What a value was: `ValueKind::String` (no placeholder).
        found_string,
        /// What a value was: `ValueKind::Integer` (no placeholder).
        found_integer,
        /// What a value was: `ValueKind::Float` (no placeholder).
        found_float,
        /// What a value was: `ValueKind::Boolean` (no placeholder).
        found_boolean,
        /// What a value was: `ValueKind::Date` (no placeholder).
        found_date,
        /// What a value was: `ValueKind::Array` (no placeholder).
        found_array,
        /// What a value was: `ValueKind::Table` (no placeholder).
        found_table,
        /// An unknown server set, and the profile has none (no placeholder).
        known_none,
        /// The server sets there are: `{list}`.
        known_list,
        /// Between the server sets (no placeholder).
        known_separator,
    }
}

impl ProblemTexts {
    /// The problem's message; its `{names}` are the values [`Problem::with_args`] gives.
    fn template(&self, problem: &Problem) -> &'static str {
        match problem {
            Problem::Syntax(_) => self.problem_syntax,
            Problem::WrongType { .. } => self.problem_wrong_type,
            Problem::NumberRange { .. } => self.problem_number_range,
            Problem::DateWithTime => self.problem_date_with_time,
            Problem::QuotedDate { .. } => self.problem_quoted_date,
            Problem::NoText => self.problem_no_text,
            Problem::MissingTable { .. } => self.problem_missing_table,
            Problem::MissingKey { .. } => self.problem_missing_key,
            Problem::NotWebAddress { .. } => self.problem_not_web_address,
            Problem::TlsVersion => self.problem_tls_version,
            Problem::TlsUnquoted => self.problem_tls_unquoted,
            Problem::NoServerSets => self.problem_no_server_sets,
            Problem::NoMailbox => self.problem_no_mailbox,
            Problem::NoSmtp => self.problem_no_smtp,
            Problem::UsernameFormat => self.problem_username_format,
            Problem::Auth => self.problem_auth,
            Problem::SecurityAuto => self.problem_security_auto,
            Problem::UnknownSecurity { .. } => self.problem_unknown_security,
            Problem::BadPlaceholder { .. } => self.problem_bad_placeholder,
            Problem::IpNotHost { .. } => self.problem_ip_not_host,
            Problem::BadHostName { .. } => self.problem_bad_host_name,
            Problem::UnknownServerSet { .. } => self.problem_unknown_server_set,
            Problem::NoBrands => self.problem_no_brands,
            Problem::EmptyBrands => self.problem_empty_brands,
            Problem::Empty => self.problem_empty,
            Problem::DuplicateBrandId { .. } => self.problem_duplicate_brand_id,
            Problem::NoDomains => self.problem_no_domains,
            Problem::PlaceholderInDomain { .. } => self.problem_placeholder_in_domain,
            Problem::DomainTwice { .. } => self.problem_domain_twice,
            Problem::DomainTaken { .. } => self.problem_domain_taken,
            Problem::PlaceholderInRetired { .. } => self.problem_placeholder_in_retired,
            Problem::RetiredIsCurrent { .. } => self.problem_retired_is_current,
            Problem::NotIp { .. } => self.problem_not_ip,
            Problem::NoRetiredHosts => self.problem_no_retired_hosts,
            Problem::NotHttps { .. } => self.problem_not_https,
            Problem::UnknownKey { near: None, .. } => self.problem_unknown_key,
            Problem::UnknownKey { near: Some(_), .. } => self.problem_unknown_key_near,
            Problem::VersionLength { .. } => self.problem_version_length,
            Problem::NoOffset => self.problem_no_offset,
            Problem::BadNetwork { .. } => self.problem_bad_network,
        }
    }

    fn expected(&self, expected: Expected) -> &'static str {
        match expected {
            Expected::String => self.expected_string,
            Expected::Table => self.expected_table,
            Expected::Array => self.expected_array,
            Expected::Boolean => self.expected_boolean,
            Expected::WholeNumber => self.expected_whole_number,
            Expected::Date => self.expected_date,
            Expected::Localized => self.expected_localized,
            Expected::Tls => self.expected_tls,
            Expected::Endpoint => self.expected_endpoint,
            Expected::DateTime => self.expected_date_time,
        }
    }

    fn found(&self, kind: ValueKind) -> &'static str {
        match kind {
            ValueKind::String => self.found_string,
            ValueKind::Integer => self.found_integer,
            ValueKind::Float => self.found_float,
            ValueKind::Boolean => self.found_boolean,
            ValueKind::Date => self.found_date,
            ValueKind::Array => self.found_array,
            ValueKind::Table => self.found_table,
        }
    }

    /// The server sets there are, after an unknown one's name (`known` may be empty).
    fn known_sets(&self, known: &[String]) -> String {
        if known.is_empty() {
            self.known_none.to_string()
        } else {
            crate::lang::fill_values(
                self.known_list,
                &[("list", &known.join(self.known_separator))],
            )
        }
    }
}

/// How a language words the `toml` crate's syntax errors (English: as the crate does; Japanese:
/// from a table of the crate's descriptions): each language's `TOML_SYNTAX`
/// (`core/src/lang/<tag>/profile.rs`). A language's one piece of code here.
pub(crate) trait SyntaxWords {
    /// A TOML syntax error: the `toml` crate's `what` is wrong, and (`expected`) what may stand
    /// there.
    fn syntax(&self, syntax: &Syntax, what: &str, expected: Option<&str>) -> String;
}

fn texts(lang: Lang) -> &'static ProblemTexts {
    crate::word_table::in_lang!(lang, crate::lang => PROFILE)
}

impl Problem {
    pub fn text(&self, lang: Lang) -> String {
        let template = texts(lang).template(self);
        self.with_args(lang, |args| crate::lang::fill(template, args))
    }

    /// Calls `f` with the values the message names (`{name}` in both templates).
    /// Never inlined: one copy serves both languages (the app that shows Japanese would
    /// otherwise carry a second, English-only copy).
    #[inline(never)]
    fn with_args(&self, lang: Lang, f: impl FnOnce(&[(&str, &str)]) -> String) -> String {
        match self {
            Problem::Syntax(s) => f(&[("detail", &s.text(lang))]),
            Problem::WrongType { expected, found } => f(&[
                ("expected", texts(lang).expected(*expected)),
                ("found", texts(lang).found(*found)),
            ]),
            Problem::NumberRange { max } => f(&[("max", &max.to_string())]),
            Problem::QuotedDate { date: v }
            | Problem::MissingTable { name: v }
            | Problem::MissingKey { name: v }
            | Problem::NotWebAddress { url: v }
            | Problem::UnknownSecurity { value: v }
            | Problem::BadPlaceholder { host: v }
            | Problem::IpNotHost { value: v }
            | Problem::BadHostName { value: v }
            | Problem::PlaceholderInDomain { domain: v }
            | Problem::PlaceholderInRetired { host: v }
            | Problem::NotIp { value: v }
            | Problem::NotHttps { url: v }
            | Problem::BadNetwork { value: v } => f(&[("value", v)]),
            Problem::UnknownKey { name, near } => {
                f(&[("key", name), ("near", near.as_deref().unwrap_or_default())])
            }
            Problem::VersionLength { length } => f(&[("length", &length.to_string())]),
            Problem::UnknownServerSet { name, known } => {
                let known = texts(lang).known_sets(known);
                f(&[("name", name), ("known", &known)])
            }
            Problem::DuplicateBrandId { id, first } => {
                f(&[("id", id), ("line", &first.to_string())])
            }
            Problem::DomainTwice {
                domain,
                brand,
                first,
            }
            | Problem::DomainTaken {
                domain,
                brand,
                first,
            } => f(&[
                ("domain", domain),
                ("brand", brand),
                ("line", &first.to_string()),
            ]),
            Problem::RetiredIsCurrent { host, set } => f(&[("host", host), ("set", set)]),
            Problem::DateWithTime
            | Problem::NoText
            | Problem::TlsVersion
            | Problem::TlsUnquoted
            | Problem::NoServerSets
            | Problem::NoMailbox
            | Problem::NoSmtp
            | Problem::UsernameFormat
            | Problem::Auth
            | Problem::SecurityAuto
            | Problem::NoBrands
            | Problem::EmptyBrands
            | Problem::Empty
            | Problem::NoDomains
            | Problem::NoRetiredHosts
            | Problem::NoOffset => f(&[]),
        }
    }
}

/// The first TOML syntax error of a file, as the `toml` crate words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Syntax {
    /// The crate's English: what is wrong, and (after ", expected ") what may stand there.
    pub message: String,
    /// The text at the error's place, on one line, at most 40 characters; empty at the end of
    /// the text.
    pub found: String,
}

impl Syntax {
    /// The crate's `message` and the text at its place (cut to one line of 40 characters).
    pub fn new(message: &str, at: &str) -> Syntax {
        let line = at.lines().next().unwrap_or_default().trim();
        Syntax {
            message: message.to_string(),
            found: line.chars().take(40).collect(),
        }
    }

    pub fn text(&self, lang: Lang) -> String {
        let (what, expected) = match self.message.split_once(", expected ") {
            Some((what, expected)) => (what, Some(expected)),
            None => (self.message.as_str(), None),
        };
        crate::word_table::in_lang!(lang, crate::lang => TOML_SYNTAX.syntax(self, what, expected))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(text: &str) -> String {
        text.to_string()
    }

    /// One of every problem with sample values. `variant` below fails to compile when a
    /// variant is added, and the count check fails until it is added here too.
    fn samples() -> Vec<Problem> {
        let expected = [
            Expected::String,
            Expected::Table,
            Expected::Array,
            Expected::Boolean,
            Expected::WholeNumber,
            Expected::Date,
            Expected::Localized,
            Expected::Tls,
            Expected::Endpoint,
            Expected::DateTime,
        ];
        let kinds = [
            ValueKind::String,
            ValueKind::Integer,
            ValueKind::Float,
            ValueKind::Boolean,
            ValueKind::Date,
            ValueKind::Array,
            ValueKind::Table,
        ];
        // Every description the crate can give, with a literal and a described expectation.
        let mut all: Vec<Problem> = crate::lang::ja::SYNTAX
            .iter()
            .map(|(en, _)| {
                Problem::Syntax(Syntax::new(&format!("{en}, expected `]`, `,`"), "port"))
            })
            .collect();
        all.push(Problem::Syntax(Syntax::new(
            "some future description, expected literal string",
            "",
        )));
        for expected in expected {
            for found in kinds {
                all.push(Problem::WrongType { expected, found });
            }
        }
        all.extend([
            Problem::NumberRange { max: 65535 },
            Problem::DateWithTime,
            Problem::QuotedDate {
                date: s("2024-03-31"),
            },
            Problem::NoText,
            Problem::MissingTable { name: s("isp") },
            Problem::MissingKey { name: s("port") },
            Problem::NotWebAddress {
                url: s("www.example.jp"),
            },
            Problem::TlsVersion,
            Problem::TlsUnquoted,
            Problem::NoServerSets,
            Problem::NoMailbox,
            Problem::NoSmtp,
            Problem::UsernameFormat,
            Problem::Auth,
            Problem::SecurityAuto,
            Problem::UnknownSecurity { value: s("tls") },
            Problem::BadPlaceholder {
                host: s("mail.{user}.example.jp"),
            },
            Problem::IpNotHost {
                value: s("192.0.2.1"),
            },
            Problem::BadHostName {
                value: s("mail..example.jp"),
            },
            Problem::UnknownServerSet {
                name: s("clowd"),
                known: vec![s("cloud"), s("legacy")],
            },
            Problem::UnknownServerSet {
                name: s("cloud"),
                known: Vec::new(),
            },
            Problem::NoBrands,
            Problem::EmptyBrands,
            Problem::Empty,
            Problem::DuplicateBrandId {
                id: s("aoi"),
                first: 12,
            },
            Problem::NoDomains,
            Problem::PlaceholderInDomain {
                domain: s("{domain}.example.jp"),
            },
            Problem::DomainTwice {
                domain: s("aoi.example.jp"),
                brand: s("aoi"),
                first: 14,
            },
            Problem::DomainTaken {
                domain: s("aoi.example.jp"),
                brand: s("aoi"),
                first: 14,
            },
            Problem::PlaceholderInRetired {
                host: s("pop.{domain}"),
            },
            Problem::RetiredIsCurrent {
                host: s("mail.example.jp"),
                set: s("cloud"),
            },
            Problem::NotIp { value: s("mail") },
            Problem::NoRetiredHosts,
            Problem::NotHttps {
                url: s("http://dns.example"),
            },
            Problem::UnknownKey {
                name: s("min_tsl"),
                near: Some(s("min_tls")),
            },
            Problem::UnknownKey {
                name: s("webmail"),
                near: None,
            },
            Problem::VersionLength { length: 65 },
            Problem::NoOffset,
            Problem::BadNetwork {
                value: s("203.0.113.0/33"),
            },
        ]);
        all
    }

    /// A number per variant of [`Problem`] and [`Syntax`] (no wildcard: a new variant must be
    /// added here).
    fn variant(p: &Problem) -> u32 {
        match p {
            Problem::Syntax(_) => 100,
            Problem::WrongType { .. } => 0,
            Problem::NumberRange { .. } => 1,
            Problem::DateWithTime => 2,
            Problem::QuotedDate { .. } => 3,
            Problem::NoText => 4,
            Problem::MissingTable { .. } => 5,
            Problem::MissingKey { .. } => 6,
            Problem::NotWebAddress { .. } => 7,
            Problem::TlsVersion => 8,
            Problem::TlsUnquoted => 9,
            Problem::NoServerSets => 10,
            Problem::NoMailbox => 11,
            Problem::NoSmtp => 12,
            Problem::UsernameFormat => 13,
            Problem::Auth => 14,
            Problem::SecurityAuto => 15,
            Problem::UnknownSecurity { .. } => 16,
            Problem::BadPlaceholder { .. } => 17,
            Problem::IpNotHost { .. } => 18,
            Problem::BadHostName { .. } => 19,
            Problem::UnknownServerSet { .. } => 20,
            Problem::NoBrands => 21,
            Problem::EmptyBrands => 22,
            Problem::Empty => 23,
            Problem::DuplicateBrandId { .. } => 24,
            Problem::NoDomains => 25,
            Problem::PlaceholderInDomain { .. } => 26,
            Problem::DomainTwice { .. } => 27,
            Problem::DomainTaken { .. } => 28,
            Problem::PlaceholderInRetired { .. } => 29,
            Problem::RetiredIsCurrent { .. } => 30,
            Problem::NotIp { .. } => 31,
            Problem::NoRetiredHosts => 32,
            Problem::NotHttps { .. } => 33,
            Problem::UnknownKey { .. } => 34,
            Problem::VersionLength { .. } => 35,
            Problem::NoOffset => 36,
            Problem::BadNetwork { .. } => 37,
        }
    }

    use crate::word_table::is_japanese;

    /// Three Latin words in a row ("must be a", "line break in") outside quotes: an English
    /// sentence left in the Japanese text. Values in "…", 'x' and key names are allowed.
    fn english_run(text: &str) -> Option<String> {
        let mut unquoted = String::new();
        let mut in_quotes = false;
        for c in text.chars() {
            if c == '"' {
                in_quotes = !in_quotes;
            } else if !in_quotes {
                unquoted.push(c);
            }
        }
        let words: Vec<&str> = unquoted.split(' ').collect();
        words
            .windows(3)
            .find(|w| {
                w.iter()
                    .all(|word| !word.is_empty() && word.chars().all(|c| c.is_ascii_alphabetic()))
            })
            .map(|w| w.join(" "))
    }

    #[test]
    fn every_problem_has_both_texts() {
        let all = samples();
        let mut seen: Vec<u32> = all.iter().map(variant).collect();
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen.len(), 38 + 1, "every variant has a sample");
        for p in &all {
            // Both templates name the same values, and every one is filled.
            let (en_template, ja_template) = (
                crate::lang::en::PROFILE.template(p),
                crate::lang::ja::PROFILE.template(p),
            );
            assert_eq!(
                crate::lang::placeholders(en_template),
                crate::lang::placeholders(ja_template),
                "{p:?}"
            );
            let en = p.text(Lang::En);
            let ja = p.text(Lang::Ja);
            for name in crate::lang::placeholders(en_template) {
                if name != "domain" || !matches!(p, Problem::BadPlaceholder { .. }) {
                    let mark = format!("{{{name}}}");
                    assert!(!en.contains(&mark) && !ja.contains(&mark), "{p:?}: {name}");
                }
            }
            assert!(!en.trim().is_empty() && !ja.trim().is_empty(), "{p:?}");
            assert_ne!(en, ja, "{p:?}");
            assert!(!en.chars().any(is_japanese), "{p:?}: {en}");
            assert!(ja.chars().any(is_japanese), "{p:?}: {ja}");
            assert_eq!(english_run(&ja), None, "{p:?}: {ja}");
            assert!(!ja.contains("  "), "{p:?}: {ja}");
        }
        // Distinct problems read differently in each language.
        for lang in Lang::ALL {
            let mut texts: Vec<String> = all.iter().map(|p| p.text(lang)).collect();
            texts.sort();
            let n = texts.len();
            texts.dedup();
            assert_eq!(texts.len(), n, "{lang:?}: two problems share a text");
        }
    }

    #[test]
    fn syntax_errors_read_in_both_languages() {
        let p = Problem::Syntax(Syntax::new(
            "string values must be quoted, expected literal string",
            "address\nnext line",
        ));
        assert_eq!(
            p.text(Lang::En),
            "TOML syntax: string values must be quoted, expected literal string (at `address`)"
        );
        assert_eq!(
            p.text(Lang::Ja),
            "TOML の書き方に誤りがあります。文字列の値は引用符 \"…\" で囲んでください：「address」。"
        );
        let p = Problem::Syntax(Syntax::new("unclosed table, expected `]`", ""));
        assert_eq!(
            p.text(Lang::Ja),
            "TOML の書き方に誤りがあります。テーブルの見出しの ] がありません（ここに書けるのは `]`）。"
        );
    }

    #[test]
    fn unknown_keys_name_the_key_they_likely_meant() {
        let p = Problem::UnknownKey {
            name: s("min_tsl"),
            near: Some(s("min_tls")),
        };
        assert_eq!(
            p.text(Lang::En),
            "unknown key `min_tsl`: did you mean `min_tls`?"
        );
        assert_eq!(
            p.text(Lang::Ja),
            "`min_tsl` という項目はありません。`min_tls` の書き間違いではありませんか？"
        );
    }

    #[test]
    fn the_english_run_check_catches_a_sentence() {
        assert!(english_run("値を must be a number にしてください").is_some());
        assert_eq!(english_run("\"use ssl or none\" にしてください"), None);
    }

    #[test]
    fn values_are_shown_as_written() {
        let p = Problem::UnknownSecurity { value: s("tls") };
        assert_eq!(
            p.text(Lang::Ja),
            "\"tls\" という暗号化方法はありません。\"ssl\"、\"starttls\"、\"none\" のどれかにしてください。"
        );
        let p = Problem::WrongType {
            expected: Expected::Boolean,
            found: ValueKind::String,
        };
        assert_eq!(
            p.text(Lang::Ja),
            "true か false を書いてください（いまは文字列です）。"
        );
        let p = Problem::UnknownServerSet {
            name: s("clowd"),
            known: vec![s("cloud"), s("legacy")],
        };
        assert_eq!(
            p.text(Lang::Ja),
            "\"clowd\" というサーバーの組はありません（あるのは cloud、legacy）。"
        );
    }
}
