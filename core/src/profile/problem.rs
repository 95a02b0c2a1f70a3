//! What can be wrong in a profile, and its words in English and Japanese.
//!
//! Every check in [`super::parse`] and every syntax error of [`super::toml`] names one value
//! here with the facts it needs (the key, the value written, a line); [`Problem::text`] and
//! [`Syntax::text`] turn it into a sentence in either language, so no message exists in one
//! language only. The English is the text the profile has always reported
//! ([`super::ProfileError::message`]).

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

/// Adds a space after a word ending in a Latin letter, digit or quote, before a Japanese
/// particle ("\"1.2\" か" rather than "\"1.2\"か"), as the Japanese tables do.
fn sp(word: &str) -> String {
    match word.chars().last() {
        Some(c) if c.is_ascii_alphanumeric() || matches!(c, '"' | '}' | ']' | ')') => {
            format!("{word} ")
        }
        _ => word.to_string(),
    }
}

impl Problem {
    pub fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.en(),
            Lang::Ja => self.ja(),
        }
    }

    fn en(&self) -> String {
        match self {
            Problem::Syntax(s) => format!("TOML syntax: {}", s.text(Lang::En)),
            Problem::WrongType { expected, found } => {
                format!("expected {}, found {}", expected.en(), found.en())
            }
            Problem::NumberRange { max } => format!("must be a whole number from 1 to {max}"),
            Problem::DateWithTime => "expected a date like 2024-03-31, without a time".into(),
            Problem::QuotedDate { date } => format!("write the date without quotes: {date}"),
            Problem::NoText => "needs ja or en text".into(),
            Problem::MissingTable { name } => format!("missing [{name}] table"),
            Problem::MissingKey { name } => format!("missing key \"{name}\""),
            Problem::NotWebAddress { url } => {
                format!("\"{url}\" must be a web address (https://…)")
            }
            Problem::TlsVersion => "must be \"1.2\" or \"1.3\"".into(),
            Problem::TlsUnquoted => "write the version in quotes: \"1.2\" or \"1.3\"".into(),
            Problem::NoServerSets => "no server sets: add a [servers.NAME] table".into(),
            Problem::NoMailbox => "offers neither imap nor pop3".into(),
            Problem::NoSmtp => "needs at least one server".into(),
            Problem::UsernameFormat => "must be \"address\" or \"local-part\"".into(),
            Problem::Auth => "must be \"password\"".into(),
            Problem::SecurityAuto => {
                "\"auto\" is a client setting: use \"ssl\", \"starttls\" or \"none\"".into()
            }
            Problem::UnknownSecurity { value } => {
                format!("unknown security \"{value}\" (use \"ssl\", \"starttls\" or \"none\")")
            }
            Problem::BadPlaceholder { host } => {
                format!("\"{host}\": only {{domain}} may be used as a placeholder")
            }
            Problem::IpNotHost { value } => {
                format!("\"{value}\" is an IP address: write a host name")
            }
            Problem::BadHostName { value } => format!("\"{value}\" is not a valid host name"),
            Problem::UnknownServerSet { name, known } => {
                let known = if known.is_empty() {
                    "none".to_string()
                } else {
                    known.join(", ")
                };
                format!("unknown server set \"{name}\" (known: {known})")
            }
            Problem::NoBrands => "no brands: add a [[brands]] table".into(),
            Problem::EmptyBrands => "needs at least one brand".into(),
            Problem::Empty => "must not be empty".into(),
            Problem::DuplicateBrandId { id, first } => {
                format!("brand id \"{id}\" is already used (line {first})")
            }
            Problem::NoDomains => "needs at least one domain".into(),
            Problem::PlaceholderInDomain { domain } => {
                format!("\"{domain}\": placeholders are not allowed in domains")
            }
            Problem::DomainTwice {
                domain,
                brand,
                first,
            } => format!(
                "domain \"{domain}\" is listed twice in brand \"{brand}\" (first on line {first})"
            ),
            Problem::DomainTaken {
                domain,
                brand,
                first,
            } => format!("domain \"{domain}\" already belongs to brand \"{brand}\" (line {first})"),
            Problem::PlaceholderInRetired { host } => {
                format!("\"{host}\": placeholders are not allowed in retired hosts")
            }
            Problem::RetiredIsCurrent { host, set } => {
                format!("\"{host}\" is a current server of servers.{set}")
            }
            Problem::NotIp { value } => format!("\"{value}\" is not an IP address"),
            Problem::NoRetiredHosts => "needs hosts or ips".into(),
            Problem::DohNotHttps { url } => format!("\"{url}\" must be an https:// URL"),
        }
    }

    fn ja(&self) -> String {
        match self {
            Problem::Syntax(s) => format!("TOML の書き方に誤りがあります。{}", s.text(Lang::Ja)),
            Problem::WrongType { expected, found } => format!(
                "{}を書いてください（いまは{}です）。",
                sp(expected.ja()),
                sp(found.ja())
            ),
            Problem::NumberRange { max } => format!("1 から {max} までの整数にしてください。"),
            Problem::DateWithTime => {
                "2024-03-31 のように、時刻を付けずに日付だけを書いてください。".into()
            }
            Problem::QuotedDate { date } => {
                format!("日付は引用符で囲まずに書いてください：{date}")
            }
            Problem::NoText => "ja か en の文を書いてください。".into(),
            Problem::MissingTable { name } => {
                format!("[{name}] テーブルがありません。追加してください。")
            }
            Problem::MissingKey { name } => format!("項目 \"{name}\" がありません。"),
            Problem::NotWebAddress { url } => {
                format!("\"{url}\" はウェブのアドレスではありません。https:// で始めてください。")
            }
            Problem::TlsVersion => "\"1.2\" か \"1.3\" にしてください。".into(),
            Problem::TlsUnquoted => {
                "バージョンは引用符で囲んでください：\"1.2\" か \"1.3\"".into()
            }
            Problem::NoServerSets => {
                "サーバーの組がありません。[servers.NAME] テーブルを追加してください。".into()
            }
            Problem::NoMailbox => {
                "imap も pop3 もありません。どちらかを書いてください。".into()
            }
            Problem::NoSmtp => "サーバーを 1 つ以上書いてください。".into(),
            Problem::UsernameFormat => "\"address\" か \"local-part\" にしてください。".into(),
            Problem::Auth => "\"password\" にしてください。".into(),
            Problem::SecurityAuto => "\"auto\" はメールソフト側の設定です。\"ssl\"、\"starttls\"、\"none\" のどれかにしてください。".into(),
            Problem::UnknownSecurity { value } => format!(
                "\"{value}\" という暗号化方法はありません。\"ssl\"、\"starttls\"、\"none\" のどれかにしてください。"
            ),
            Problem::BadPlaceholder { host } => {
                format!("\"{host}\"：置き換えに使えるのは {{domain}} だけです。")
            }
            Problem::IpNotHost { value } => {
                format!("\"{value}\" は IP アドレスです。ホスト名を書いてください。")
            }
            Problem::BadHostName { value } => {
                format!("\"{value}\" はホスト名として正しくありません。")
            }
            Problem::UnknownServerSet { name, known } => {
                let known = if known.is_empty() {
                    "サーバーの組はまだありません".to_string()
                } else {
                    format!("あるのは {}", known.join("、"))
                };
                format!("\"{name}\" というサーバーの組はありません（{known}）。")
            }
            Problem::NoBrands => {
                "ブランドがありません。[[brands]] テーブルを追加してください。".into()
            }
            Problem::EmptyBrands => "ブランドを 1 つ以上書いてください。".into(),
            Problem::Empty => "空にはできません。値を書いてください。".into(),
            Problem::DuplicateBrandId { id, first } => {
                format!("ブランド ID \"{id}\" は {first} 行目ですでに使われています。")
            }
            Problem::NoDomains => "ドメインを 1 つ以上書いてください。".into(),
            Problem::PlaceholderInDomain { domain } => {
                format!("\"{domain}\"：ドメインには {{ }} の置き換えは使えません。")
            }
            Problem::DomainTwice {
                domain,
                brand,
                first,
            } => format!(
                "ドメイン \"{domain}\" がブランド \"{brand}\" に 2 回書かれています（1 回目は {first} 行目）。"
            ),
            Problem::DomainTaken {
                domain,
                brand,
                first,
            } => format!(
                "ドメイン \"{domain}\" はすでにブランド \"{brand}\" に入っています（{first} 行目）。"
            ),
            Problem::PlaceholderInRetired { host } => {
                format!("\"{host}\"：停止したサーバーには {{ }} の置き換えは使えません。")
            }
            Problem::RetiredIsCurrent { host, set } => {
                format!("\"{host}\" は servers.{set} でいま使っているサーバーです。")
            }
            Problem::NotIp { value } => format!("\"{value}\" は IP アドレスではありません。"),
            Problem::NoRetiredHosts => "hosts か ips を書いてください。".into(),
            Problem::DohNotHttps { url } => {
                format!("\"{url}\" は https:// で始まる URL にしてください。")
            }
        }
    }
}

impl Expected {
    fn en(self) -> &'static str {
        match self {
            Expected::String => "a string",
            Expected::Table => "a table",
            Expected::Array => "an array",
            Expected::Boolean => "true or false",
            Expected::WholeNumber => "a whole number",
            Expected::Date => "a date like 2024-03-31",
            Expected::Localized => "a table { ja = \"…\", en = \"…\" }",
            Expected::Tls => "\"1.2\" or \"1.3\"",
            Expected::Endpoint => "a table { host, port, security }",
        }
    }

    fn ja(self) -> &'static str {
        match self {
            Expected::String => "\"…\" で囲んだ文字列",
            Expected::Table => "テーブル",
            Expected::Array => "配列 [ … ]",
            Expected::Boolean => "true か false",
            Expected::WholeNumber => "整数",
            Expected::Date => "2024-03-31 のような日付",
            Expected::Localized => "{ ja = \"…\", en = \"…\" } の形のテーブル",
            Expected::Tls => "\"1.2\" か \"1.3\"",
            Expected::Endpoint => "{ host, port, security } の形のテーブル",
        }
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

    fn ja(self) -> &'static str {
        match self {
            ValueKind::String => "文字列",
            ValueKind::Integer => "整数",
            ValueKind::Float => "小数",
            ValueKind::Boolean => "true か false",
            ValueKind::Date => "日付",
            ValueKind::Array => "配列",
            ValueKind::Table => "テーブル",
        }
    }
}

impl Syntax {
    pub fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.en(),
            Lang::Ja => self.ja(),
        }
    }

    fn en(&self) -> String {
        match self {
            Syntax::ControlInComment => "control character in a comment".into(),
            Syntax::LoneCarriageReturn => "carriage return without a line feed after it".into(),
            Syntax::TextAfter(after) => {
                let after = match after {
                    After::Header => "the table header",
                    After::Comment => "the comment",
                    After::Value => "the value",
                };
                format!("unexpected text after {after}: start a new line for it")
            }
            Syntax::NoEquals => "expected = after the key".into(),
            Syntax::LostTable => "internal error: lost the current table".into(),
            Syntax::EmptyArrayOfTables => "internal error: empty array of tables".into(),
            Syntax::HeaderNotClosed { array } => {
                let close = if *array { "]]" } else { "]" };
                format!("expected {close} to close the table header")
            }
            Syntax::TableTwice { name, first } => {
                format!("table \"{name}\" is defined twice (first on line {first})")
            }
            Syntax::OtherKind { name, first } => {
                format!("\"{name}\" is already defined as another kind of value (on line {first})")
            }
            Syntax::KeyTooLong => "dotted key with too many parts".into(),
            Syntax::MultilineKey => "a key cannot be a multi-line string".into(),
            Syntax::BadKeyChar { shown } => format!(
                "{shown} cannot be in a bare key: use letters, digits, - and _, or quote the key"
            ),
            Syntax::NoKey => "expected a key".into(),
            Syntax::BadValue { why, found } => format!("{} (found {found})", why.en()),
            Syntax::NoValue => "expected a value".into(),
            Syntax::TooDeep => "arrays and inline tables are nested too deeply".into(),
            Syntax::ArrayNotClosed => "this array has no closing ]".into(),
            Syntax::ArrayComma => "expected , or ] after the array item".into(),
            Syntax::InlineNotClosed => "this inline table has no closing }".into(),
            Syntax::InlineComma => "expected , or } after the value".into(),
            Syntax::StringNotClosed => "this string has no closing quote".into(),
            Syntax::StringNotClosedInLine => {
                "this string has no closing quote before the end of the line".into()
            }
            Syntax::LineBreakInString => "line break in a one-line string".into(),
            Syntax::ControlInString { code } => {
                format!("control character U+{code:04X} in a string: write it as an escape")
            }
            Syntax::BackslashNotLast => {
                "a backslash at the end of a line must be the last thing on it".into()
            }
            Syntax::BadUnicodeEscape { letter, digits } => {
                format!("\\{letter} needs {digits} hex digits of a Unicode character")
            }
            Syntax::UnknownEscape => {
                "unknown escape: use \\\\ for a backslash (or \\n, \\t, \\\", \\uXXXX…)".into()
            }
            Syntax::InlineTableClosed { name } => {
                format!("\"{name}\" is an inline table {{ … }}: add the key inside its braces")
            }
            Syntax::DottedIntoTable { name } => {
                format!("table \"{name}\" is already defined: a dotted key cannot add to it here")
            }
            Syntax::NotATable { name, kind } => {
                format!("\"{name}\" is already {}, not a table", kind.en())
            }
            Syntax::DottedMixed { name } => {
                format!("a dotted key cannot add \"{name}\" to this table here")
            }
            Syntax::KeyTwice { name, first } => {
                format!("key \"{name}\" is defined twice (first on line {first})")
            }
        }
    }

    fn ja(&self) -> String {
        match self {
            Syntax::ControlInComment => "コメントに制御文字が入っています。".into(),
            Syntax::LoneCarriageReturn => "改行の CR の後ろに LF がありません。".into(),
            Syntax::TextAfter(after) => {
                let after = match after {
                    After::Header => "テーブルの見出し",
                    After::Comment => "コメント",
                    After::Value => "値",
                };
                format!("{after}の後ろに続けて書かれています。改行してから書いてください。")
            }
            Syntax::NoEquals => "キーの後ろに = がありません。".into(),
            Syntax::LostTable => "内部エラーです（いまのテーブルが見つかりません）。".into(),
            Syntax::EmptyArrayOfTables => "内部エラーです（テーブルの配列が空です）。".into(),
            Syntax::HeaderNotClosed { array } => {
                let close = if *array { "]]" } else { "]" };
                format!("テーブルの見出しを {close} で閉じてください。")
            }
            Syntax::TableTwice { name, first } => format!(
                "テーブル \"{name}\" が 2 回書かれています（1 回目は {first} 行目）。"
            ),
            Syntax::OtherKind { name, first } => format!(
                "\"{name}\" は {first} 行目で別の種類の値として書かれています。"
            ),
            Syntax::KeyTooLong => "ドットでつないだキーが長すぎます。".into(),
            Syntax::MultilineKey => "キーに複数行の文字列は使えません。".into(),
            Syntax::BadKeyChar { shown } => format!(
                "{shown} は引用符なしのキーに使えません。英数字と - と _ だけにするか、キーを引用符で囲んでください。"
            ),
            Syntax::NoKey => "キーがありません。".into(),
            Syntax::BadValue { why, found } => format!("{found} と書かれています。{}", why.ja()),
            Syntax::NoValue => "値がありません。".into(),
            Syntax::TooDeep => "配列やインラインテーブルの入れ子が深すぎます。".into(),
            Syntax::ArrayNotClosed => "この配列を閉じる ] がありません。".into(),
            Syntax::ArrayComma => "配列の項目の後ろには , か ] を書いてください。".into(),
            Syntax::InlineNotClosed => "このインラインテーブルを閉じる } がありません。".into(),
            Syntax::InlineComma => "値の後ろには , か } を書いてください。".into(),
            Syntax::StringNotClosed => "この文字列を閉じる引用符がありません。".into(),
            Syntax::StringNotClosedInLine => {
                "この文字列を閉じる引用符が、行の終わりまでにありません。".into()
            }
            Syntax::LineBreakInString => "1 行の文字列の中で改行しています。".into(),
            Syntax::ControlInString { code } => format!(
                "文字列に制御文字 U+{code:04X} が入っています。エスケープで書いてください。"
            ),
            Syntax::BackslashNotLast => {
                "行末のバックスラッシュの後ろには何も書けません。".into()
            }
            Syntax::BadUnicodeEscape { letter, digits } => format!(
                "\\{letter} の後ろには Unicode の文字を表す {digits} 桁の 16 進数を書いてください。"
            ),
            Syntax::UnknownEscape => "使えないエスケープです。バックスラッシュは \\\\ と書いてください（ほかに \\n、\\t、\\\"、\\uXXXX など）。".into(),
            Syntax::InlineTableClosed { name } => format!(
                "\"{name}\" はインラインテーブル {{ … }} です。キーはその {{ }} の中に書いてください。"
            ),
            Syntax::DottedIntoTable { name } => format!(
                "テーブル \"{name}\" はすでに書かれています。ここでドットでつないだキーから追加することはできません。"
            ),
            Syntax::NotATable { name, kind } => format!(
                "\"{name}\" はすでに{}として書かれていて、テーブルではありません。",
                sp(kind.ja())
            ),
            Syntax::DottedMixed { name } => format!(
                "ここではドットでつないだキーで \"{name}\" をこのテーブルに追加できません。"
            ),
            Syntax::KeyTwice { name, first } => format!(
                "キー \"{name}\" が 2 回書かれています（1 回目は {first} 行目）。"
            ),
        }
    }
}

impl Bare {
    fn en(self) -> &'static str {
        match self {
            Bare::Unquoted => "text values must be in quotes",
            Bare::BadNumber => "not a valid number",
            Bare::LeadingZero => "a number cannot have a leading 0",
            Bare::BadDate => "not a valid date or time like 2024-03-31 or 07:30:00",
            Bare::TwoSigns => "a number can have only one sign",
            Bare::BooleanCase => "write true or false in lower case",
            Bare::InfNanCase => "write inf or nan in lower case",
            Bare::DecimalPrefix => "write decimal numbers without a 0d prefix",
            Bare::SignedRadix => "hexadecimal, octal and binary numbers cannot have a sign",
            Bare::PrefixCase => "write the prefix in lower case: 0x, 0o or 0b",
            Bare::BadHex => "not a valid hexadecimal number",
            Bare::BadOctal => "not a valid octal number",
            Bare::BadBinary => "not a valid binary number",
            Bare::Underscore => "_ may only stand between two digits",
            Bare::PointDigits => "a decimal point needs digits after it",
            Bare::ExponentDigits => "an exponent needs digits",
        }
    }

    fn ja(self) -> &'static str {
        match self {
            Bare::Unquoted => "文字の値は \"…\" のように引用符で囲んでください。",
            Bare::BadNumber => "数値として正しくありません。",
            Bare::LeadingZero => "数値の先頭に 0 は付けられません。",
            Bare::BadDate => "2024-03-31 や 07:30:00 のような日付・時刻として正しくありません。",
            Bare::TwoSigns => "数値の符号（+ や -）は 1 つだけにしてください。",
            Bare::BooleanCase => "true か false は小文字で書いてください。",
            Bare::InfNanCase => "inf か nan は小文字で書いてください。",
            Bare::DecimalPrefix => "10 進数には 0d を付けずに書いてください。",
            Bare::SignedRadix => "16 進数・8 進数・2 進数には符号を付けられません。",
            Bare::PrefixCase => "0x、0o、0b は小文字で書いてください。",
            Bare::BadHex => "16 進数として正しくありません。",
            Bare::BadOctal => "8 進数として正しくありません。",
            Bare::BadBinary => "2 進数として正しくありません。",
            Bare::Underscore => "_ は数字と数字の間にだけ書けます。",
            Bare::PointDigits => "小数点の後ろに数字を書いてください。",
            Bare::ExponentDigits => "指数（e の後ろ）に数字を書いてください。",
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
