//! A profile's problems in Japanese ([`ProblemWords`]).

use crate::profile::problem::{Syntax, SyntaxWords};
use std::fmt::Write;

/// A profile's problems (`crate::profile::problem::ProblemTexts`).
pub(crate) static PROFILE: crate::profile::problem::ProblemTexts =
    crate::profile::problem::ProblemTexts {
    problem_syntax: "TOML の書き方に誤りがあります。{detail}",
    problem_wrong_type: "{expected}を書いてください（いまは{found}です）。",
    problem_number_range: "1 から {max} までの整数にしてください。",
    problem_date_with_time: "2024-03-31 のように、時刻を付けずに日付だけを書いてください。",
    problem_quoted_date: "日付は引用符で囲まずに書いてください：{value}",
    problem_no_text: "ja か en の文を書いてください。",
    problem_missing_table: "[{value}] テーブルを追加してください。",
    problem_missing_key: "項目 \"{value}\" がありません。",
    problem_not_web_address: "\"{value}\" はウェブのアドレスではありません。https:// で始めてください。",
    problem_tls_version: "\"1.2\" か \"1.3\" にしてください。",
    problem_tls_unquoted: "バージョンは引用符で囲んでください：\"1.2\" か \"1.3\"",
    problem_no_server_sets: "[servers.NAME] テーブルでサーバーの組を追加してください。",
    problem_no_mailbox: "imap も pop3 もありません。どちらかを書いてください。",
    problem_no_smtp: "サーバーを 1 つ以上書いてください。",
    problem_username_format: "\"address\" か \"local-part\" にしてください。",
    problem_auth: "\"password\" にしてください。",
    problem_security_auto: "\"auto\" はメールソフト側の設定です。\"ssl\"、\"starttls\"、\"none\" のどれかにしてください。",
    problem_unknown_security: "\"{value}\" という暗号化方法はありません。\"ssl\"、\"starttls\"、\"none\" のどれかにしてください。",
    problem_bad_placeholder: "\"{value}\"：置き換えに使えるのは {domain} だけです。",
    problem_ip_not_host: "\"{value}\" は IP アドレスです。ホスト名を書いてください。",
    problem_bad_host_name: "\"{value}\" はホスト名として正しくありません。",
    problem_unknown_server_set: "\"{name}\" というサーバーの組はありません（{known}）。",
    problem_no_brands: "[[brands]] テーブルでブランドを追加してください。",
    problem_empty_brands: "ブランドを 1 つ以上書いてください。",
    problem_empty: "空にはできません。値を書いてください。",
    problem_duplicate_brand_id: "ブランド ID \"{id}\" は {line} 行目ですでに使われています。",
    problem_no_domains: "ドメインを 1 つ以上書いてください。",
    problem_placeholder_in_domain: "\"{value}\"：ドメインには { } の置き換えは使えません。",
    problem_domain_twice: "ドメイン \"{domain}\" がブランド \"{brand}\" に 2 回書かれています（1 回目は {line} 行目）。",
    problem_domain_taken: "ドメイン \"{domain}\" はすでにブランド \"{brand}\" に入っています（{line} 行目）。",
    problem_placeholder_in_retired: "\"{value}\"：停止したサーバーには { } の置き換えは使えません。",
    problem_retired_is_current: "\"{host}\" は servers.{set} でいま使っているサーバーです。",
    problem_not_ip: "\"{value}\" は IP アドレスではありません。",
    problem_no_retired_hosts: "hosts か ips を書いてください。",
    problem_not_https: "\"{value}\" は https:// で始まる URL にしてください。",
    problem_unknown_key: "`{key}` という項目はプロファイルの書式にありません。",
    problem_unknown_key_near: "`{key}` という項目はありません。`{near}` の書き間違いではありませんか？",
    problem_version_length: "1〜64 文字で書いてください（いまは {length} 文字）。",
    problem_no_offset: "2026-12-07T09:00:00+09:00 のように、日付と時刻に UTC からの時差を付けて書いてください。",
    problem_bad_network: "\"{value}\" はネットワークの書き方ではありません（203.0.113.0/24 や 2001:db8:100::/48 のように書いてください）。",
    expected_string: "\"…\" で囲んだ文字列",
    expected_table: "テーブル",
    expected_array: "配列 [ … ] ",
    expected_boolean: "true か false ",
    expected_whole_number: "整数",
    expected_date: "2024-03-31 のような日付",
    expected_localized: "{ ja = \"…\", en = \"…\" } の形のテーブル",
    expected_tls: "\"1.2\" か \"1.3\" ",
    expected_endpoint: "{ host, port, security } の形のテーブル",
    expected_date_time: "2026-12-07T09:00:00+09:00 のような日時",
    found_string: "文字列",
    found_integer: "整数",
    found_float: "小数",
    found_boolean: "真偽値（true か false）",
    found_date: "日付",
    found_array: "配列",
    found_table: "テーブル",
    known_none: "サーバーの組はまだありません",
    known_list: "あるのは {list}",
    known_separator: "、",
};

pub(crate) struct Words;

/// The `toml` crate's syntax errors in this language.
pub(crate) static TOML_SYNTAX: Words = Words;

impl SyntaxWords for Words {
    fn syntax(&self, syntax: &Syntax, what: &str, expected: Option<&str>) -> String {
        let mut out = match SYNTAX.iter().find(|(en, _)| *en == what) {
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
        if !syntax.found.is_empty() {
            let _ = write!(out, "：「{}」", syntax.found);
        }
        out.push('。');
        out
    }
}

/// The `toml` crate's descriptions of syntax errors (toml_parser 1.1, toml 1.2), in Japanese.
/// A description missing here is shown in English, in quotes, inside a Japanese sentence.
pub(crate) const SYNTAX: &[(&str, &str)] = &[
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
