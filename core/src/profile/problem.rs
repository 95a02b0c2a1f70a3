//! What can be wrong in a profile, and its words in English and Japanese.
//!
//! Every check in [`super::parse`] and every syntax error of [`super::toml`] names one value
//! here with the facts it needs (the key, the value written, a line); [`Problem::text`] and
//! [`Syntax::text`] turn it into a sentence in either language, so no message exists in one
//! language only. The English is the text the profile has always reported
//! ([`super::ProfileError::message`]).

use crate::lang::{Lang, Text};
use std::fmt::{Display, Write};

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
    DohNotHttps {
        url: String,
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

/// The first TOML syntax error of a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Syntax {
    ControlInComment,
    LoneCarriageReturn,
    /// Text after a header, comment or value on the same line.
    TextAfter(After),
    NoEquals,
    /// Cannot happen; kept apart so each has its own words.
    LostTable,
    EmptyArrayOfTables,
    /// `array`: a `[[…]]` header (closed by `]]`).
    HeaderNotClosed {
        array: bool,
    },
    TableTwice {
        name: String,
        first: usize,
    },
    OtherKind {
        name: String,
        first: usize,
    },
    KeyTooLong,
    MultilineKey,
    /// `shown`: the character, quoted (`'@'`) or as `U+0009`.
    BadKeyChar {
        shown: String,
    },
    NoKey,
    /// An unquoted value that is no number, date or boolean; `found` is what was written (cut).
    BadValue {
        why: Bare,
        found: String,
    },
    NoValue,
    TooDeep,
    ArrayNotClosed,
    ArrayComma,
    InlineNotClosed,
    InlineComma,
    StringNotClosed,
    StringNotClosedInLine,
    LineBreakInString,
    ControlInString {
        code: u8,
    },
    BackslashNotLast,
    BadUnicodeEscape {
        letter: char,
        digits: usize,
    },
    UnknownEscape,
    InlineTableClosed {
        name: String,
    },
    DottedIntoTable {
        name: String,
    },
    NotATable {
        name: String,
        kind: ValueKind,
    },
    DottedMixed {
        name: String,
    },
    KeyTwice {
        name: String,
        first: usize,
    },
}

/// Where the unexpected text follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum After {
    Header,
    Comment,
    Value,
}

/// Why an unquoted value cannot be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bare {
    Unquoted,
    BadNumber,
    LeadingZero,
    BadDate,
    TwoSigns,
    BooleanCase,
    InfNanCase,
    DecimalPrefix,
    SignedRadix,
    PrefixCase,
    BadHex,
    BadOctal,
    BadBinary,
    Underscore,
    PointDigits,
    ExponentDigits,
}

/// `template` with `%0`, `%1`… replaced by `args` (the values are not read again).
fn fill(template: &str, args: &[&dyn Display]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(i) = rest.find('%') {
        out.push_str(&rest[..i]);
        let arg = rest
            .as_bytes()
            .get(i + 1)
            .and_then(|d| args.get(usize::from(d.wrapping_sub(b'0'))));
        match arg {
            Some(arg) => {
                let _ = write!(out, "{arg}");
                rest = &rest[i + 2..];
            }
            None => {
                out.push('%');
                rest = &rest[i + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// A byte as four hex digits (`U+0007`).
struct Hex(u8);

impl Display for Hex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04X}", self.0)
    }
}

impl Problem {
    pub fn text(&self, lang: Lang) -> String {
        let template = match lang {
            Lang::En => self.en(),
            Lang::Ja => self.ja(),
        };
        self.with_args(lang, |args| fill(template, args))
    }

    /// Calls `f` with the values the message names, in the order of the `%N` of both templates.
    /// Never inlined: one copy serves both languages (the app that shows Japanese would
    /// otherwise carry a second, English-only copy).
    #[inline(never)]
    fn with_args(&self, lang: Lang, f: impl FnOnce(&[&dyn Display]) -> String) -> String {
        match self {
            Problem::Syntax(s) => f(&[&s.text(lang)]),
            Problem::WrongType { expected, found } => f(&[&expected.word(lang), &found.word(lang)]),
            Problem::NumberRange { max } => f(&[max]),
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
            | Problem::DohNotHttps { url: v } => f(&[v]),
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
                f(&[name, &known])
            }
            Problem::DuplicateBrandId { id, first } => f(&[id, first]),
            Problem::DomainTwice {
                domain,
                brand,
                first,
            }
            | Problem::DomainTaken {
                domain,
                brand,
                first,
            } => f(&[domain, brand, first]),
            Problem::RetiredIsCurrent { host, set } => f(&[host, set]),
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
            | Problem::NoRetiredHosts => f(&[]),
        }
    }

    fn en(&self) -> &'static str {
        match self {
            Problem::Syntax(_) => "TOML syntax: %0",
            Problem::WrongType { .. } => "expected %0, found %1",
            Problem::NumberRange { .. } => "must be a whole number from 1 to %0",
            Problem::DateWithTime => "expected a date like 2024-03-31, without a time",
            Problem::QuotedDate { .. } => "write the date without quotes: %0",
            Problem::NoText => "needs ja or en text",
            Problem::MissingTable { .. } => "missing [%0] table",
            Problem::MissingKey { .. } => "missing key \"%0\"",
            Problem::NotWebAddress { .. } => "\"%0\" must be a web address (https://…)",
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
                "unknown security \"%0\" (use \"ssl\", \"starttls\" or \"none\")"
            }
            Problem::BadPlaceholder { .. } => "\"%0\": only {domain} may be used as a placeholder",
            Problem::IpNotHost { .. } => "\"%0\" is an IP address: write a host name",
            Problem::BadHostName { .. } => "\"%0\" is not a valid host name",
            Problem::UnknownServerSet { .. } => "unknown server set \"%0\" (known: %1)",
            Problem::NoBrands => "no brands: add a [[brands]] table",
            Problem::EmptyBrands => "needs at least one brand",
            Problem::Empty => "must not be empty",
            Problem::DuplicateBrandId { .. } => "brand id \"%0\" is already used (line %1)",
            Problem::NoDomains => "needs at least one domain",
            Problem::PlaceholderInDomain { .. } => {
                "\"%0\": placeholders are not allowed in domains"
            }
            Problem::DomainTwice { .. } => {
                "domain \"%0\" is listed twice in brand \"%1\" (first on line %2)"
            }
            Problem::DomainTaken { .. } => {
                "domain \"%0\" already belongs to brand \"%1\" (line %2)"
            }
            Problem::PlaceholderInRetired { .. } => {
                "\"%0\": placeholders are not allowed in retired hosts"
            }
            Problem::RetiredIsCurrent { .. } => "\"%0\" is a current server of servers.%1",
            Problem::NotIp { .. } => "\"%0\" is not an IP address",
            Problem::NoRetiredHosts => "needs hosts or ips",
            Problem::DohNotHttps { .. } => "\"%0\" must be an https:// URL",
        }
    }

    fn ja(&self) -> &'static str {
        match self {
            Problem::Syntax(_) => "TOML の書き方に誤りがあります。%0",
            Problem::WrongType { .. } => "%0を書いてください（いまは%1です）。",
            Problem::NumberRange { .. } => "1 から %0 までの整数にしてください。",
            Problem::DateWithTime => {
                "2024-03-31 のように、時刻を付けずに日付だけを書いてください。"
            }
            Problem::QuotedDate { .. } => "日付は引用符で囲まずに書いてください：%0",
            Problem::NoText => "ja か en の文を書いてください。",
            Problem::MissingTable { .. } => "[%0] テーブルを追加してください。",
            Problem::MissingKey { .. } => "項目 \"%0\" がありません。",
            Problem::NotWebAddress { .. } => {
                "\"%0\" はウェブのアドレスではありません。https:// で始めてください。"
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
            Problem::UnknownSecurity { .. } => "\"%0\" という暗号化方法はありません。\"ssl\"、\"starttls\"、\"none\" のどれかにしてください。",
            Problem::BadPlaceholder { .. } => "\"%0\"：置き換えに使えるのは {domain} だけです。",
            Problem::IpNotHost { .. } => {
                "\"%0\" は IP アドレスです。ホスト名を書いてください。"
            }
            Problem::BadHostName { .. } => "\"%0\" はホスト名として正しくありません。",
            Problem::UnknownServerSet { .. } => "\"%0\" というサーバーの組はありません（%1）。",
            Problem::NoBrands => "[[brands]] テーブルでブランドを追加してください。",
            Problem::EmptyBrands => "ブランドを 1 つ以上書いてください。",
            Problem::Empty => "空にはできません。値を書いてください。",
            Problem::DuplicateBrandId { .. } => {
                "ブランド ID \"%0\" は %1 行目ですでに使われています。"
            }
            Problem::NoDomains => "ドメインを 1 つ以上書いてください。",
            Problem::PlaceholderInDomain { .. } => {
                "\"%0\"：ドメインには { } の置き換えは使えません。"
            }
            Problem::DomainTwice { .. } => {
                "ドメイン \"%0\" がブランド \"%1\" に 2 回書かれています（1 回目は %2 行目）。"
            }
            Problem::DomainTaken { .. } => {
                "ドメイン \"%0\" はすでにブランド \"%1\" に入っています（%2 行目）。"
            }
            Problem::PlaceholderInRetired { .. } => {
                "\"%0\"：停止したサーバーには { } の置き換えは使えません。"
            }
            Problem::RetiredIsCurrent { .. } => {
                "\"%0\" は servers.%1 でいま使っているサーバーです。"
            }
            Problem::NotIp { .. } => "\"%0\" は IP アドレスではありません。",
            Problem::NoRetiredHosts => "hosts か ips を書いてください。",
            Problem::DohNotHttps { .. } => "\"%0\" は https:// で始まる URL にしてください。",
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

impl Syntax {
    pub fn text(&self, lang: Lang) -> String {
        let template = match lang {
            Lang::En => self.en(),
            Lang::Ja => self.ja(),
        };
        self.with_args(lang, |args| fill(template, args))
    }

    /// Calls `f` with the values the message names, in the order of the `%N` of both templates.
    /// Never inlined: one copy serves both languages (the app that shows Japanese would
    /// otherwise carry a second, English-only copy).
    #[inline(never)]
    fn with_args(&self, lang: Lang, f: impl FnOnce(&[&dyn Display]) -> String) -> String {
        match self {
            Syntax::TextAfter(after) => f(&[&match after {
                After::Header => Text {
                    en: "the table header",
                    ja: "テーブルの見出し",
                }
                .get(lang),
                After::Comment => Text {
                    en: "the comment",
                    ja: "コメント",
                }
                .get(lang),
                After::Value => Text {
                    en: "the value",
                    ja: "値",
                }
                .get(lang),
            }]),
            Syntax::HeaderNotClosed { array } => f(&[&if *array { "]]" } else { "]" }]),
            Syntax::TableTwice { name, first }
            | Syntax::OtherKind { name, first }
            | Syntax::KeyTwice { name, first } => f(&[name, first]),
            Syntax::BadKeyChar { shown: v }
            | Syntax::InlineTableClosed { name: v }
            | Syntax::DottedIntoTable { name: v }
            | Syntax::DottedMixed { name: v } => f(&[v]),
            Syntax::BadValue { why, found } => f(&[&why.word(lang), found]),
            Syntax::ControlInString { code } => f(&[&Hex(*code)]),
            Syntax::BadUnicodeEscape { letter, digits } => f(&[letter, digits]),
            Syntax::NotATable { name, kind } => f(&[name, &kind.word(lang)]),
            Syntax::ControlInComment
            | Syntax::LoneCarriageReturn
            | Syntax::NoEquals
            | Syntax::LostTable
            | Syntax::EmptyArrayOfTables
            | Syntax::KeyTooLong
            | Syntax::MultilineKey
            | Syntax::NoKey
            | Syntax::NoValue
            | Syntax::TooDeep
            | Syntax::ArrayNotClosed
            | Syntax::ArrayComma
            | Syntax::InlineNotClosed
            | Syntax::InlineComma
            | Syntax::StringNotClosed
            | Syntax::StringNotClosedInLine
            | Syntax::LineBreakInString
            | Syntax::BackslashNotLast
            | Syntax::UnknownEscape => f(&[]),
        }
    }

    fn en(&self) -> &'static str {
        match self {
            Syntax::ControlInComment => "control character in a comment",
            Syntax::LoneCarriageReturn => "carriage return without a line feed after it",
            Syntax::TextAfter(_) => "unexpected text after %0: start a new line for it",
            Syntax::NoEquals => "expected = after the key",
            Syntax::LostTable => "internal error: lost the current table",
            Syntax::EmptyArrayOfTables => "internal error: empty array of tables",
            Syntax::HeaderNotClosed { .. } => "expected %0 to close the table header",
            Syntax::TableTwice { .. } => "table \"%0\" is defined twice (first on line %1)",
            Syntax::OtherKind { .. } => {
                "\"%0\" is already defined as another kind of value (on line %1)"
            }
            Syntax::KeyTooLong => "dotted key with too many parts",
            Syntax::MultilineKey => "a key cannot be a multi-line string",
            Syntax::BadKeyChar { .. } => {
                "%0 cannot be in a bare key: use letters, digits, - and _, or quote the key"
            }
            Syntax::NoKey => "expected a key",
            Syntax::BadValue { .. } => "%0 (found %1)",
            Syntax::NoValue => "expected a value",
            Syntax::TooDeep => "arrays and inline tables are nested too deeply",
            Syntax::ArrayNotClosed => "this array has no closing ]",
            Syntax::ArrayComma => "expected , or ] after the array item",
            Syntax::InlineNotClosed => "this inline table has no closing }",
            Syntax::InlineComma => "expected , or } after the value",
            Syntax::StringNotClosed => "this string has no closing quote",
            Syntax::StringNotClosedInLine => {
                "this string has no closing quote before the end of the line"
            }
            Syntax::LineBreakInString => "line break in a one-line string",
            Syntax::ControlInString { .. } => {
                "control character U+%0 in a string: write it as an escape"
            }
            Syntax::BackslashNotLast => {
                "a backslash at the end of a line must be the last thing on it"
            }
            Syntax::BadUnicodeEscape { .. } => "\\%0 needs %1 hex digits of a Unicode character",
            Syntax::UnknownEscape => {
                "unknown escape: use \\\\ for a backslash (or \\n, \\t, \\\", \\uXXXX…)"
            }
            Syntax::InlineTableClosed { .. } => {
                "\"%0\" is an inline table { … }: add the key inside its braces"
            }
            Syntax::DottedIntoTable { .. } => {
                "table \"%0\" is already defined: a dotted key cannot add to it here"
            }
            Syntax::NotATable { .. } => "\"%0\" is already %1, not a table",
            Syntax::DottedMixed { .. } => "a dotted key cannot add \"%0\" to this table here",
            Syntax::KeyTwice { .. } => "key \"%0\" is defined twice (first on line %1)",
        }
    }

    fn ja(&self) -> &'static str {
        match self {
            Syntax::ControlInComment => "コメントに制御文字が入っています。",
            Syntax::LoneCarriageReturn => "改行の CR の後ろに LF がありません。",
            Syntax::TextAfter(_) => "%0の後ろに続きがあります。改行して書いてください。",
            Syntax::NoEquals => "キーの後ろに = がありません。",
            Syntax::LostTable => "内部エラーです（いまのテーブルが見つかりません）。",
            Syntax::EmptyArrayOfTables => "内部エラーです（テーブルの配列が空です）。",
            Syntax::HeaderNotClosed { .. } => "テーブルの見出しを %0 で閉じてください。",
            Syntax::TableTwice { .. } => {
                "テーブル \"%0\" が 2 回書かれています（1 回目は %1 行目）。"
            }
            Syntax::OtherKind { .. } => "\"%0\" は %1 行目で別の種類の値として書かれています。",
            Syntax::KeyTooLong => "ドットでつないだキーが長すぎます。",
            Syntax::MultilineKey => "キーに複数行の文字列は使えません。",
            Syntax::BadKeyChar { .. } => "%0 は引用符なしのキーに使えません。英数字と - と _ だけにするか、キーを引用符で囲んでください。",
            Syntax::NoKey => "キーがありません。",
            Syntax::BadValue { .. } => "%1 と書かれています。%0",
            Syntax::NoValue => "値がありません。",
            Syntax::TooDeep => "配列やインラインテーブルの入れ子が深すぎます。",
            Syntax::ArrayNotClosed => "この配列を閉じる ] がありません。",
            Syntax::ArrayComma => "配列の項目の後ろには , か ] を書いてください。",
            Syntax::InlineNotClosed => "このインラインテーブルを閉じる } がありません。",
            Syntax::InlineComma => "値の後ろには , か } を書いてください。",
            Syntax::StringNotClosed => "この文字列を閉じる引用符がありません。",
            Syntax::StringNotClosedInLine => {
                "この文字列を閉じる引用符が行末までにありません。"
            }
            Syntax::LineBreakInString => "1 行の文字列の中で改行しています。",
            Syntax::ControlInString { .. } => {
                "文字列に制御文字 U+%0 が入っています。エスケープで書いてください。"
            }
            Syntax::BackslashNotLast => "行末のバックスラッシュの後ろには何も書けません。",
            Syntax::BadUnicodeEscape { .. } => {
                "\\%0 の後ろには Unicode の文字を表す %1 桁の 16 進数を書いてください。"
            }
            Syntax::UnknownEscape => "使えないエスケープです。バックスラッシュは \\\\ と書いてください（ほかに \\n、\\t、\\\"、\\uXXXX など）。",
            Syntax::InlineTableClosed { .. } => {
                "\"%0\" はインラインテーブル { … } です。キーはその { } の中に書いてください。"
            }
            Syntax::DottedIntoTable { .. } => "テーブル \"%0\" はすでにあります。ドットでつないだキーでは追加できません。",
            Syntax::NotATable { .. } => {
                "\"%0\" はすでに%1として書かれていて、テーブルではありません。"
            }
            Syntax::DottedMixed { .. } => {
                "ドットでつないだキーでは \"%0\" をこのテーブルに追加できません。"
            }
            Syntax::KeyTwice { .. } => "キー \"%0\" が 2 回書かれています（1 回目は %1 行目）。",
        }
    }
}

impl Bare {
    fn word(self, lang: Lang) -> &'static str {
        let (en, ja) = match self {
            Bare::Unquoted => (
                "text values must be in quotes",
                "文字の値は \"…\" のように引用符で囲んでください。",
            ),
            Bare::BadNumber => ("not a valid number", "数値として正しくありません。"),
            Bare::LeadingZero => (
                "a number cannot have a leading 0",
                "数値の先頭に 0 は付けられません。",
            ),
            Bare::BadDate => (
                "not a valid date or time like 2024-03-31 or 07:30:00",
                "2024-03-31 や 07:30:00 のような日付・時刻として正しくありません。",
            ),
            Bare::TwoSigns => (
                "a number can have only one sign",
                "数値の符号（+ や -）は 1 つだけにしてください。",
            ),
            Bare::BooleanCase => (
                "write true or false in lower case",
                "true か false は小文字で書いてください。",
            ),
            Bare::InfNanCase => (
                "write inf or nan in lower case",
                "inf か nan は小文字で書いてください。",
            ),
            Bare::DecimalPrefix => (
                "write decimal numbers without a 0d prefix",
                "10 進数には 0d を付けずに書いてください。",
            ),
            Bare::SignedRadix => (
                "hexadecimal, octal and binary numbers cannot have a sign",
                "16 進数・8 進数・2 進数には符号を付けられません。",
            ),
            Bare::PrefixCase => (
                "write the prefix in lower case: 0x, 0o or 0b",
                "0x、0o、0b は小文字で書いてください。",
            ),
            Bare::BadHex => (
                "not a valid hexadecimal number",
                "16 進数として正しくありません。",
            ),
            Bare::BadOctal => ("not a valid octal number", "8 進数として正しくありません。"),
            Bare::BadBinary => (
                "not a valid binary number",
                "2 進数として正しくありません。",
            ),
            Bare::Underscore => (
                "_ may only stand between two digits",
                "_ は数字と数字の間にだけ書けます。",
            ),
            Bare::PointDigits => (
                "a decimal point needs digits after it",
                "小数点の後ろに数字を書いてください。",
            ),
            Bare::ExponentDigits => (
                "an exponent needs digits",
                "指数（e の後ろ）に数字を書いてください。",
            ),
        };
        Text { en, ja }.get(lang)
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
        let bares = [
            Bare::Unquoted,
            Bare::BadNumber,
            Bare::LeadingZero,
            Bare::BadDate,
            Bare::TwoSigns,
            Bare::BooleanCase,
            Bare::InfNanCase,
            Bare::DecimalPrefix,
            Bare::SignedRadix,
            Bare::PrefixCase,
            Bare::BadHex,
            Bare::BadOctal,
            Bare::BadBinary,
            Bare::Underscore,
            Bare::PointDigits,
            Bare::ExponentDigits,
        ];
        let mut syntax = vec![
            Syntax::ControlInComment,
            Syntax::LoneCarriageReturn,
            Syntax::TextAfter(After::Header),
            Syntax::TextAfter(After::Comment),
            Syntax::TextAfter(After::Value),
            Syntax::NoEquals,
            Syntax::LostTable,
            Syntax::EmptyArrayOfTables,
            Syntax::HeaderNotClosed { array: false },
            Syntax::HeaderNotClosed { array: true },
            Syntax::TableTwice {
                name: s("isp"),
                first: 1,
            },
            Syntax::OtherKind {
                name: s("brands"),
                first: 3,
            },
            Syntax::KeyTooLong,
            Syntax::MultilineKey,
            Syntax::BadKeyChar { shown: s("'@'") },
            Syntax::NoKey,
            Syntax::NoValue,
            Syntax::TooDeep,
            Syntax::ArrayNotClosed,
            Syntax::ArrayComma,
            Syntax::InlineNotClosed,
            Syntax::InlineComma,
            Syntax::StringNotClosed,
            Syntax::StringNotClosedInLine,
            Syntax::LineBreakInString,
            Syntax::ControlInString { code: 7 },
            Syntax::BackslashNotLast,
            Syntax::BadUnicodeEscape {
                letter: 'u',
                digits: 4,
            },
            Syntax::UnknownEscape,
            Syntax::InlineTableClosed { name: s("name") },
            Syntax::DottedIntoTable { name: s("isp") },
            Syntax::DottedMixed { name: s("port") },
            Syntax::KeyTwice {
                name: s("port"),
                first: 6,
            },
        ];
        syntax.extend(bares.iter().map(|&why| Syntax::BadValue {
            why,
            found: s("0x1F"),
        }));
        syntax.extend(kinds.iter().map(|&kind| Syntax::NotATable {
            name: s("servers"),
            kind,
        }));
        let mut all: Vec<Problem> = syntax.into_iter().map(Problem::Syntax).collect();
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
            Problem::DohNotHttps {
                url: s("http://dns.example"),
            },
        ]);
        all
    }

    /// A number per variant of [`Problem`] and [`Syntax`] (no wildcard: a new variant must be
    /// added here).
    fn variant(p: &Problem) -> u32 {
        match p {
            Problem::Syntax(s) => {
                100 + match s {
                    Syntax::ControlInComment => 0,
                    Syntax::LoneCarriageReturn => 1,
                    Syntax::TextAfter(_) => 2,
                    Syntax::NoEquals => 3,
                    Syntax::LostTable => 4,
                    Syntax::EmptyArrayOfTables => 5,
                    Syntax::HeaderNotClosed { .. } => 6,
                    Syntax::TableTwice { .. } => 7,
                    Syntax::OtherKind { .. } => 8,
                    Syntax::KeyTooLong => 9,
                    Syntax::MultilineKey => 10,
                    Syntax::BadKeyChar { .. } => 11,
                    Syntax::NoKey => 12,
                    Syntax::BadValue { .. } => 13,
                    Syntax::NoValue => 14,
                    Syntax::TooDeep => 15,
                    Syntax::ArrayNotClosed => 16,
                    Syntax::ArrayComma => 17,
                    Syntax::InlineNotClosed => 18,
                    Syntax::InlineComma => 19,
                    Syntax::StringNotClosed => 20,
                    Syntax::StringNotClosedInLine => 21,
                    Syntax::LineBreakInString => 22,
                    Syntax::ControlInString { .. } => 23,
                    Syntax::BackslashNotLast => 24,
                    Syntax::BadUnicodeEscape { .. } => 25,
                    Syntax::UnknownEscape => 26,
                    Syntax::InlineTableClosed { .. } => 27,
                    Syntax::DottedIntoTable { .. } => 28,
                    Syntax::NotATable { .. } => 29,
                    Syntax::DottedMixed { .. } => 30,
                    Syntax::KeyTwice { .. } => 31,
                }
            }
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
            Problem::DohNotHttps { .. } => 33,
        }
    }

    fn is_japanese(c: char) -> bool {
        matches!(c, '\u{3040}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}')
    }

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
        assert_eq!(seen.len(), 34 + 32, "every variant has a sample");
        for p in &all {
            let en = p.text(Lang::En);
            let ja = p.text(Lang::Ja);
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
