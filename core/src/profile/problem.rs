//! What can be wrong in a profile, and its words in English and Japanese.
//!
//! Every check in [`super::parse`] names one value here with the facts it needs (the key, the
//! value written, a line); [`Problem::text`] turns it into a sentence in either language, so no
//! message exists in one language only. A TOML syntax error is the `toml` crate's (English)
//! message, which [`Syntax::text`] puts into Japanese from a table of the crate's descriptions.

use crate::lang::{Lang, Text};
use std::fmt::Write;

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

impl Problem {
    pub fn text(&self, lang: Lang) -> String {
        let template = match lang {
            Lang::En => self.en(),
            Lang::Ja => self.ja(),
        };
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
                ("expected", expected.word(lang)),
                ("found", found.word(lang)),
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
                let known = match (known.is_empty(), lang) {
                    (true, _) => Text {
                        en: "none",
                        ja: "サーバーの組はまだありません",
                    }
                    .get(lang)
                    .to_string(),
                    (false, Lang::En) => known.join(", "),
                    (false, Lang::Ja) => format!("あるのは {}", known.join("、")),
                };
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

    fn en(&self) -> &'static str {
        match self {
            Problem::Syntax(_) => "TOML syntax: {detail}",
            Problem::WrongType { .. } => "expected {expected}, found {found}",
            Problem::NumberRange { .. } => "must be a whole number from 1 to {max}",
            Problem::DateWithTime => "expected a date like 2024-03-31, without a time",
            Problem::QuotedDate { .. } => "write the date without quotes: {value}",
            Problem::NoText => "needs ja or en text",
            Problem::MissingTable { .. } => "missing [{value}] table",
            Problem::MissingKey { .. } => "missing key \"{value}\"",
            Problem::NotWebAddress { .. } => "\"{value}\" must be a web address (https://…)",
            Problem::TlsVersion => "must be \"1.2\" or \"1.3\"",
            Problem::TlsUnquoted => "write the version in quotes: \"1.2\" or \"1.3\"",
            Problem::NoServerSets => "no server sets: add a [servers.NAME] table",
            Problem::NoMailbox => "offers neither imap nor pop3",
            Problem::NoSmtp => "needs at least one server",
            Problem::UsernameFormat => "must be \"address\" or \"local-part\"",
            Problem::Auth => "must be \"password\"",
            Problem::SecurityAuto => {
                "\"auto\" is a client setting: use \"ssl\", \"starttls\" or \"none\""
            }
            Problem::UnknownSecurity { .. } => {
                "unknown security \"{value}\" (use \"ssl\", \"starttls\" or \"none\")"
            }
            Problem::BadPlaceholder { .. } => {
                "\"{value}\": only {domain} may be used as a placeholder"
            }
            Problem::IpNotHost { .. } => "\"{value}\" is an IP address: write a host name",
            Problem::BadHostName { .. } => "\"{value}\" is not a valid host name",
            Problem::UnknownServerSet { .. } => "unknown server set \"{name}\" (known: {known})",
            Problem::NoBrands => "no brands: add a [[brands]] table",
            Problem::EmptyBrands => "needs at least one brand",
            Problem::Empty => "must not be empty",
            Problem::DuplicateBrandId { .. } => "brand id \"{id}\" is already used (line {line})",
            Problem::NoDomains => "needs at least one domain",
            Problem::PlaceholderInDomain { .. } => {
                "\"{value}\": placeholders are not allowed in domains"
            }
            Problem::DomainTwice { .. } => {
                "domain \"{domain}\" is listed twice in brand \"{brand}\" (first on line {line})"
            }
            Problem::DomainTaken { .. } => {
                "domain \"{domain}\" already belongs to brand \"{brand}\" (line {line})"
            }
            Problem::PlaceholderInRetired { .. } => {
                "\"{value}\": placeholders are not allowed in retired hosts"
            }
            Problem::RetiredIsCurrent { .. } => "\"{host}\" is a current server of servers.{set}",
            Problem::NotIp { .. } => "\"{value}\" is not an IP address",
            Problem::NoRetiredHosts => "needs hosts or ips",
            Problem::NotHttps { .. } => "\"{value}\" must be an https:// URL",
            Problem::UnknownKey { near: None, .. } => {
                "unknown key `{key}`: the profile format does not define it"
            }
            Problem::UnknownKey { near: Some(_), .. } => {
                "unknown key `{key}`: did you mean `{near}`?"
            }
            Problem::VersionLength { .. } => "must be 1 to 64 characters long (it has {length})",
            Problem::NoOffset => {
                "write the date and time with its offset from UTC, like 2026-12-07T09:00:00+09:00"
            }
            Problem::BadNetwork { .. } => {
                "\"{value}\" is not a network like 203.0.113.0/24 or 2001:db8:100::/48"
            }
        }
    }

    fn ja(&self) -> &'static str {
        match self {
            Problem::Syntax(_) => "TOML の書き方に誤りがあります。{detail}",
            Problem::WrongType { .. } => "{expected}を書いてください（いまは{found}です）。",
            Problem::NumberRange { .. } => "1 から {max} までの整数にしてください。",
            Problem::DateWithTime => {
                "2024-03-31 のように、時刻を付けずに日付だけを書いてください。"
            }
            Problem::QuotedDate { .. } => "日付は引用符で囲まずに書いてください：{value}",
            Problem::NoText => "ja か en の文を書いてください。",
            Problem::MissingTable { .. } => "[{value}] テーブルを追加してください。",
            Problem::MissingKey { .. } => "項目 \"{value}\" がありません。",
            Problem::NotWebAddress { .. } => {
                "\"{value}\" はウェブのアドレスではありません。https:// で始めてください。"
            }
            Problem::TlsVersion => "\"1.2\" か \"1.3\" にしてください。",
            Problem::TlsUnquoted => "バージョンは引用符で囲んでください：\"1.2\" か \"1.3\"",
            Problem::NoServerSets => {
                "[servers.NAME] テーブルでサーバーの組を追加してください。"
            }
            Problem::NoMailbox => "imap も pop3 もありません。どちらかを書いてください。",
            Problem::NoSmtp => "サーバーを 1 つ以上書いてください。",
            Problem::UsernameFormat => "\"address\" か \"local-part\" にしてください。",
            Problem::Auth => "\"password\" にしてください。",
            Problem::SecurityAuto => "\"auto\" はメールソフト側の設定です。\"ssl\"、\"starttls\"、\"none\" のどれかにしてください。",
            Problem::UnknownSecurity { .. } => "\"{value}\" という暗号化方法はありません。\"ssl\"、\"starttls\"、\"none\" のどれかにしてください。",
            Problem::BadPlaceholder { .. } => "\"{value}\"：置き換えに使えるのは {domain} だけです。",
            Problem::IpNotHost { .. } => {
                "\"{value}\" は IP アドレスです。ホスト名を書いてください。"
            }
            Problem::BadHostName { .. } => "\"{value}\" はホスト名として正しくありません。",
            Problem::UnknownServerSet { .. } => "\"{name}\" というサーバーの組はありません（{known}）。",
            Problem::NoBrands => "[[brands]] テーブルでブランドを追加してください。",
            Problem::EmptyBrands => "ブランドを 1 つ以上書いてください。",
            Problem::Empty => "空にはできません。値を書いてください。",
            Problem::DuplicateBrandId { .. } => {
                "ブランド ID \"{id}\" は {line} 行目ですでに使われています。"
            }
            Problem::NoDomains => "ドメインを 1 つ以上書いてください。",
            Problem::PlaceholderInDomain { .. } => {
                "\"{value}\"：ドメインには { } の置き換えは使えません。"
            }
            Problem::DomainTwice { .. } => {
                "ドメイン \"{domain}\" がブランド \"{brand}\" に 2 回書かれています（1 回目は {line} 行目）。"
            }
            Problem::DomainTaken { .. } => {
                "ドメイン \"{domain}\" はすでにブランド \"{brand}\" に入っています（{line} 行目）。"
            }
            Problem::PlaceholderInRetired { .. } => {
                "\"{value}\"：停止したサーバーには { } の置き換えは使えません。"
            }
            Problem::RetiredIsCurrent { .. } => {
                "\"{host}\" は servers.{set} でいま使っているサーバーです。"
            }
            Problem::NotIp { .. } => "\"{value}\" は IP アドレスではありません。",
            Problem::NoRetiredHosts => "hosts か ips を書いてください。",
            Problem::NotHttps { .. } => "\"{value}\" は https:// で始まる URL にしてください。",
            Problem::UnknownKey { near: None, .. } => {
                "`{key}` という項目はプロファイルの書式にありません。"
            }
            Problem::UnknownKey { near: Some(_), .. } => {
                "`{key}` という項目はありません。`{near}` の書き間違いではありませんか？"
            }
            Problem::VersionLength { .. } => "1〜64 文字で書いてください（いまは {length} 文字）。",
            Problem::NoOffset => {
                "2026-12-07T09:00:00+09:00 のように、日付と時刻に UTC からの時差を付けて書いてください。"
            }
            Problem::BadNetwork { .. } => {
                "\"{value}\" はネットワークの書き方ではありません（203.0.113.0/24 や 2001:db8:100::/48 のように書いてください）。"
            }
        }
    }
}

impl Expected {
    /// Japanese words ending in Latin text carry the space before the particle that follows.
    fn word(self, lang: Lang) -> &'static str {
        let (en, ja) = match self {
            Expected::String => ("a string", "\"…\" で囲んだ文字列"),
            Expected::Table => ("a table", "テーブル"),
            Expected::Array => ("an array", "配列 [ … ] "),
            Expected::Boolean => ("true or false", "true か false "),
            Expected::WholeNumber => ("a whole number", "整数"),
            Expected::Date => ("a date like 2024-03-31", "2024-03-31 のような日付"),
            Expected::Localized => (
                "a table { ja = \"…\", en = \"…\" }",
                "{ ja = \"…\", en = \"…\" } の形のテーブル",
            ),
            Expected::Tls => ("\"1.2\" or \"1.3\"", "\"1.2\" か \"1.3\" "),
            Expected::Endpoint => (
                "a table { host, port, security }",
                "{ host, port, security } の形のテーブル",
            ),
            Expected::DateTime => (
                "a date and time like 2026-12-07T09:00:00+09:00",
                "2026-12-07T09:00:00+09:00 のような日時",
            ),
        };
        Text { en, ja }.get(lang)
    }
}

impl ValueKind {
    pub fn en(self) -> &'static str {
        match self {
            ValueKind::String => "a string",
            ValueKind::Integer => "an integer",
            ValueKind::Float => "a float",
            ValueKind::Boolean => "a boolean",
            ValueKind::Date => "a date",
            ValueKind::Array => "an array",
            ValueKind::Table => "a table",
        }
    }

    fn word(self, lang: Lang) -> &'static str {
        let ja = match self {
            ValueKind::String => "文字列",
            ValueKind::Integer => "整数",
            ValueKind::Float => "小数",
            ValueKind::Boolean => "真偽値（true か false）",
            ValueKind::Date => "日付",
            ValueKind::Array => "配列",
            ValueKind::Table => "テーブル",
        };
        Text { en: self.en(), ja }.get(lang)
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

/// The `toml` crate's descriptions of syntax errors (toml_parser 1.1, toml 1.2), in Japanese.
/// A description missing here is shown in English, in quotes, inside a Japanese sentence.
const SYNTAX_JA: &[(&str, &str)] = &[
    (
        "`_` may only go between digits",
        "数字の区切りの _ は数字と数字の間にだけ書けます",
    ),
    (
        "cannot extend value of type array with a dotted key",
        "配列にドット付きのキーで項目を足すことはできません",
    ),
    (
        "cannot extend value of type inline table with a dotted key",
        "インラインテーブル { … } にドット付きのキーで項目を足すことはできません",
    ),
    (
        "cannot extend value of type string with a dotted key",
        "文字列にドット付きのキーで項目を足すことはできません",
    ),
    (
        "cannot extend value of type integer with a dotted key",
        "整数にドット付きのキーで項目を足すことはできません",
    ),
    (
        "cannot extend value of type float with a dotted key",
        "小数にドット付きのキーで項目を足すことはできません",
    ),
    (
        "cannot extend value of type boolean with a dotted key",
        "真偽値にドット付きのキーで項目を足すことはできません",
    ),
    (
        "cannot extend value of type datetime with a dotted key",
        "日付にドット付きのキーで項目を足すことはできません",
    ),
    (
        "cannot recurse further; max recursion depth met",
        "配列やテーブルの入れ子が深すぎます",
    ),
    (
        "carriage return must be followed by newline",
        "CR（復帰）の後に改行がありません",
    ),
    ("duplicate key", "同じキーが 2 回書かれています"),
    ("extra `=`", "= が多すぎます"),
    (
        "extra assignment between key-value pairs",
        "キーと値の間に = が多すぎます",
    ),
    ("extra comma in array", "配列の , が多すぎます"),
    (
        "extra comma in inline table",
        "インラインテーブルの , が多すぎます",
    ),
    (
        "integers with a radix cannot be signed",
        "0x・0o・0b の付いた数には符号を付けられません",
    ),
    ("invalid basic string", "\"…\" の文字列が正しくありません"),
    ("invalid binary number", "2 進数が正しくありません"),
    ("invalid boolean", "true か false を小文字で書いてください"),
    (
        "invalid comment character",
        "コメントに使えない文字があります",
    ),
    ("invalid date-time", "日付・時刻が正しくありません"),
    ("invalid date", "日付が正しくありません"),
    ("invalid datetime", "日時が正しくありません"),
    ("invalid exponent", "数の指数部が正しくありません"),
    ("invalid float", "小数が正しくありません"),
    ("invalid fraction", "小数部が正しくありません"),
    ("invalid hexadecimal number", "16 進数が正しくありません"),
    (
        "invalid inline table element",
        "インラインテーブルの項目が正しくありません",
    ),
    ("invalid integer number", "整数が正しくありません"),
    ("invalid key", "キーが正しくありません"),
    ("invalid key-value pair", "キーと値の組が正しくありません"),
    ("invalid literal string", "'…' の文字列が正しくありません"),
    ("invalid mantissa", "数の仮数部が正しくありません"),
    (
        "invalid multi-line basic string",
        "複数行の \"\"\"…\"\"\" 文字列が正しくありません",
    ),
    (
        "invalid multi-line literal string",
        "複数行の '''…''' 文字列が正しくありません",
    ),
    (
        "invalid offset",
        "UTC からの時差（+09:00 など）が正しくありません",
    ),
    ("invalid octal number", "8 進数が正しくありません"),
    ("invalid string", "文字列が正しくありません"),
    ("invalid table", "テーブルが正しくありません"),
    ("invalid time", "時刻が正しくありません"),
    (
        "invalid unquoted key",
        "引用符なしのキーに使えない文字があります",
    ),
    ("invalid value", "値が正しくありません"),
    ("key with no value", "キーに値がありません"),
    (
        "keys cannot be multi-line basic strings",
        "キーに複数行の \"\"\"…\"\"\" 文字列は使えません",
    ),
    (
        "keys cannot be multi-line literal strings",
        "キーに複数行の '''…''' 文字列は使えません",
    ),
    ("missing array opening", "配列の [ がありません"),
    (
        "missing assignment between key-value pairs",
        "キーと値の間に = がありません",
    ),
    (
        "missing comma between array elements",
        "配列の項目の間に , がありません",
    ),
    (
        "missing comma between key-value pairs",
        "インラインテーブルの項目の間に , がありません",
    ),
    ("missing comment start", "コメントの # がありません"),
    ("missing escaped value", "\\ の後に文字がありません"),
    (
        "missing inline table opening",
        "インラインテーブルの { がありません",
    ),
    (
        "missing key for inline table element",
        "インラインテーブルの項目にキーがありません",
    ),
    (
        "missing opening quote",
        "文字列の始まりの引用符がありません",
    ),
    ("missing table open", "テーブルの見出しの [ がありません"),
    ("missing value", "値がありません"),
    ("missing value for key", "キーの後に値がありません"),
    (
        "radix must be lowercase",
        "0x・0o・0b は小文字で書いてください",
    ),
    ("recursion limit", "入れ子が深すぎて読めません"),
    ("redundant integer number prefix", "数の頭の記号が余分です"),
    ("redundant numeric sign", "数の符号が余分です"),
    (
        "string values must be quoted",
        "文字列の値は引用符 \"…\" で囲んでください",
    ),
    (
        "too few unicode value digits",
        "\\u・\\U の後の 16 進数の桁が足りません",
    ),
    ("unclosed array", "配列の ] がありません"),
    ("unclosed array table", "[[…]] 見出しの ]] がありません"),
    (
        "unclosed inline table",
        "インラインテーブルの } がありません",
    ),
    ("unclosed table", "テーブルの見出しの ] がありません"),
    ("unexpected `=` in array", "配列の中に = は書けません"),
    ("unexpected content", "ここに余分な文字があります"),
    (
        "unexpected content between comment and newline",
        "コメントの後に余分な文字があります",
    ),
    ("unexpected key or value", "ここにキーや値は書けません"),
    ("unexpected leading zero", "数の頭に 0 は付けられません"),
    ("unexpected sign", "ここに符号は書けません"),
    (
        "unquoted keys cannot be empty",
        "引用符なしのキーを空にはできません",
    ),
];

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
        match lang {
            Lang::En if self.found.is_empty() => self.message.clone(),
            Lang::En => format!("{} (at `{}`)", self.message, self.found),
            Lang::Ja => {
                let mut out = match SYNTAX_JA.iter().find(|(en, _)| *en == what) {
                    Some((_, ja)) => ja.to_string(),
                    None => format!("読めない書き方です（\"{what}\"）"),
                };
                // The tokens that may stand here (`]`, `=`…); the crate's words for the others
                // (a "literal string", …) stay out of the Japanese.
                let tokens: Vec<&str> = expected
                    .into_iter()
                    .flat_map(|e| e.split(", "))
                    .filter(|t| t.len() > 2 && t.starts_with('`') && t.ends_with('`'))
                    .collect();
                if !tokens.is_empty() {
                    let _ = write!(out, "（ここに書けるのは {}）", tokens.join("、"));
                }
                if !self.found.is_empty() {
                    let _ = write!(out, "：「{}」", self.found);
                }
                out.push('。');
                out
            }
        }
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
        let mut all: Vec<Problem> = SYNTAX_JA
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
            let (en_template, ja_template) = (p.en(), p.ja());
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
