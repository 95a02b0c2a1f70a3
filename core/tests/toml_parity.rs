//! Differential test: our TOML reader (`profile::toml`) against the `toml` crate (1.2, TOML 1.1)
//! that the profile loader used before. Over every document below both must make the same
//! accept/reject decision and, when they accept, yield the same tree: the same keys, values and
//! byte spans of keys and values (key order aside: the crate sorts keys).
//!
//! Documents: the demo profile, the spec's example profile, a synthetic profile, the committed
//! fuzz corpus, hand-written snippets for every rule (with the expected decision), every one-byte
//! edit of each snippet, and random token soup.

use mail_doctor_core::profile::synthetic::synthetic_toml;
use mail_doctor_core::profile::toml as ours;
use mail_doctor_core::profile::DEMO_TOML;
use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;
use toml::de::{DeTable, DeValue};

/// A value in a form both trees convert to.
#[derive(Debug, PartialEq)]
enum Neutral {
    Str(String),
    Int(Option<i64>),
    /// `None` for NaN (any sign).
    Float(Option<u64>),
    Bool(bool),
    Datetime(String),
    Array(Vec<(Range<usize>, Neutral)>),
    /// Key → (key span, value span, value).
    Table(BTreeMap<String, (Range<usize>, Range<usize>, Neutral)>),
}

fn float(f: f64) -> Neutral {
    Neutral::Float((!f.is_nan()).then(|| f.to_bits()))
}

fn from_crate(v: &DeValue<'_>) -> Neutral {
    match v {
        DeValue::String(s) => Neutral::Str(s.to_string()),
        DeValue::Integer(i) => Neutral::Int(i64::from_str_radix(i.as_str(), i.radix()).ok()),
        DeValue::Float(f) => float(f.as_str().parse().expect("crate float parses")),
        DeValue::Boolean(b) => Neutral::Bool(*b),
        DeValue::Datetime(dt) => Neutral::Datetime(format!(
            "{:?} {:?} {:?}",
            dt.date.map(|d| (d.year, d.month, d.day)),
            dt.time.map(|t| (t.hour, t.minute, t.second, t.nanosecond)),
            // The offset type is not exported without serde: read back its display form.
            dt.offset.map(|o| {
                let text = o.to_string();
                let minutes = |s: &str| -> i16 {
                    let (h, m) = s.split_once(':').expect("±HH:MM");
                    h.parse::<i16>().unwrap() * 60 + m.parse::<i16>().unwrap()
                };
                match text.split_at(1) {
                    ("Z", _) => None,
                    ("-", rest) => Some(-minutes(rest)),
                    (_, rest) => Some(minutes(rest)),
                }
            })
        )),
        DeValue::Array(a) => Neutral::Array(
            a.iter()
                .map(|v| (v.span(), from_crate(v.get_ref())))
                .collect(),
        ),
        DeValue::Table(t) => crate_table(t),
    }
}

fn crate_table(t: &DeTable<'_>) -> Neutral {
    Neutral::Table(
        t.iter()
            .map(|(k, v)| {
                (
                    k.get_ref().to_string(),
                    (k.span(), v.span(), from_crate(v.get_ref())),
                )
            })
            .collect(),
    )
}

fn from_ours(v: &ours::Kind<'_>) -> Neutral {
    match v {
        ours::Kind::String(s) => Neutral::Str(s.to_string()),
        ours::Kind::Integer(i) => Neutral::Int(*i),
        ours::Kind::Float(f) => float(f.parse().expect("our float parses")),
        ours::Kind::Boolean(b) => Neutral::Bool(*b),
        ours::Kind::Datetime(dt) => Neutral::Datetime(format!(
            "{:?} {:?} {:?}",
            dt.date.map(|d| (d.year, d.month, d.day)),
            dt.time.map(|t| (t.hour, t.minute, t.second, t.nanosecond)),
            dt.offset.map(|o| match o {
                ours::Offset::Z => None,
                ours::Offset::Minutes(m) => Some(m),
            })
        )),
        ours::Kind::Array(a) => Neutral::Array(
            a.iter()
                .map(|v| (v.span.clone(), from_ours(&v.kind)))
                .collect(),
        ),
        ours::Kind::Table(t) => our_table(t),
    }
}

fn our_table(t: &ours::Table<'_>) -> Neutral {
    let map: BTreeMap<_, _> = t
        .iter()
        .map(|e| {
            (
                e.key.to_string(),
                (
                    e.key_span.clone(),
                    e.value.span.clone(),
                    from_ours(&e.value.kind),
                ),
            )
        })
        .collect();
    assert_eq!(map.len(), t.iter().count(), "a key twice in one table");
    Neutral::Table(map)
}

/// Both readers' view of `text`: the tree, or `None` when rejected (with our message).
fn compare(text: &str) -> Result<bool, String> {
    let (theirs, errors) = DeTable::parse_recoverable(text);
    let theirs = errors.is_empty().then(|| crate_table(theirs.get_ref()));
    let mine = ours::parse(text);
    match (theirs, &mine) {
        (Some(a), Ok(t)) => {
            let b = our_table(t);
            if a == b {
                Ok(true)
            } else {
                Err(format!(
                    "trees differ for {text:?}:\ncrate: {a:?}\nours:  {b:?}"
                ))
            }
        }
        (None, Err(e)) => {
            // Our error must point into the text (the line number comes from it).
            if e.span.start > text.len() || e.message.is_empty() {
                return Err(format!("bad error for {text:?}: {e:?}"));
            }
            Ok(false)
        }
        (Some(_), Err(e)) => Err(format!("only the crate accepts {text:?}; ours: {e:?}")),
        (None, Ok(_)) => Err(format!(
            "only ours accepts {text:?}; crate: {:?}",
            errors.iter().map(|e| e.message()).collect::<Vec<_>>()
        )),
    }
}

#[track_caller]
fn same(text: &str) -> bool {
    compare(text).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn whole_profiles_read_the_same() {
    assert!(same(DEMO_TOML));
    let example = include_str!("fixtures/profile.example.toml");
    assert!(same(example));
    assert!(same(&synthetic_toml(1_000)));
    // With Windows line ends and a byte-order mark, as an editor may save it.
    let crlf = format!("\u{feff}{}", DEMO_TOML.replace('\n', "\r\n"));
    assert!(same(&crlf));
    // Cut anywhere at a line end: each prefix is read the same way.
    for (i, _) in DEMO_TOML.match_indices('\n') {
        same(&DEMO_TOML[..i]);
        same(&DEMO_TOML[..i + 1]);
    }
}

#[test]
fn fuzz_corpus_reads_the_same() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/corpus/profile");
    let (mut read, mut accepted) = (0, 0);
    for entry in std::fs::read_dir(&dir).expect("fuzz/corpus/profile") {
        let data = std::fs::read(entry.unwrap().path()).unwrap();
        // The loader gets text: bytes that are not UTF-8 never reach a TOML reader.
        if let Ok(text) = std::str::from_utf8(&data) {
            read += 1;
            accepted += usize::from(same(text));
        }
    }
    assert!(
        read > 100 && accepted > 10,
        "{read} read, {accepted} accepted"
    );
}

/// Valid TOML (as the crate reads it), one rule or corner per entry.
const VALID: &[&str] = &[
    "",
    "\n\n  \t\n",
    "# only a comment",
    "a = 1",
    "a = 1\n",
    "a=1\nb\t=\t2 # after\n\n",
    "a = 1\r\nb = 2\r\n",
    "\u{feff}a = 1",
    "# comment with unicode ✓ and \t tab\na = 1",
    // Keys.
    "bare_key-1 = 1\n1234 = 2\n-_- = 3",
    "\"quoted key\" = 1\n'literal key' = 2\n\"\" = 3",
    "\"ключ\" = 1\n'é' = 2",
    "a.b.c = 1\na.b.d = 2\na . e = 3\n\"x\".'y' . z = 4",
    "1.2 = 3",
    "a.\"b.c\" = 1",
    "\"a\\u0062\" = 1\nab2 = 2",
    // Strings.
    "s = \"\\b\\t\\n\\f\\r\\\"\\\\\\e\\x41\\u00E9\\U0001F600\"",
    "s = \"tab\there\"",
    "s = 'C:\\Users\\nodejs'",
    "s = ''\nt = \"\"",
    "s = \"\"\"\nRoses\nViolets\"\"\"",
    "s = \"\"\"\r\nRoses\r\nViolets\"\"\"",
    "s = \"\"\"The quick \\\n\n    brown \\\n    fox.\"\"\"",
    "s = \"\"\"\\\n  \\\n  x\"\"\"",
    "s = \"\"\"a \\   \n  b\"\"\"",
    "s = \"\"\"Here are two quotes: \"\". Simple\"\"\"",
    "s = \"\"\"ends with one quote\"\"\"\"",
    "s = \"\"\"ends with two quotes\"\"\"\"\"",
    "s = \"\"\"\\\"\"\"\"",
    "s = '''\nline\n  'quoted' ''inside''\n'''",
    "s = '''one quote''''",
    "s = '''two quotes'''''",
    "s = '''\r\ncrlf\r\n'''",
    "s = \"\"\"\"\"\"\nt = ''''''",
    "s = \"multi-byte: 日本語 ✓\"",
    "s = \"\\\\\"",
    // Integers.
    "i = [0, +0, -0, 42, +42, -17, 1_000, 5_349_221, 1_2_3]",
    "i = [0xDEADBEEF, 0xdead_beef, 0o01234567, 0o755, 0b11010110, 0b1_0, 0x0, 0o0, 0b0]",
    "i = [9223372036854775807, -9223372036854775808]",
    // The crate takes these as integers it cannot hold: it does not check the range.
    "i = 9223372036854775808\nj = -9223372036854775809\nk = 0x8000000000000000",
    "i = 99999999999999999999999999999",
    // The crate's leniency (see the module notes): empty radix digits, `_` checked locally.
    "i = 0x\nj = 0o\nk = 0b",
    "i = 1_a\nj = 1_2x\nk = 1_000x\nl = 1_000-01-01\nm = 1_2:3\nn = 1_2\"x",
    "i = 1_2\t3",
    // Floats.
    "f = [3.1415, -0.01, +1.0, 5e+22, 1e06, -2E-2, 6.626e-34, 224_617.445_991, 1e1_0]",
    "f = [0.0, -0.0, +0.0, 0e0, 0.1, 0.000_1, 1e-0, 1E+0, 0.5e1]",
    "f = [inf, +inf, -inf, nan, +nan, -nan]",
    "f = 1e400\ng = -1e400\nh = 1e-400",
    "f = 1_0.0_1e0_1",
    // Booleans.
    "t = true\nf = false",
    // Date-times.
    "odt = [1979-05-27T07:32:00Z, 1979-05-27T00:32:00-07:00, 1979-05-27T00:32:00.999999-07:00]",
    "odt = 1979-05-27 07:32:00Z\nodt2 = 1979-05-27t07:32:00z\nodt3 = 1979-05-27T07:32:00+23:59",
    "ldt = 1979-05-27T07:32:00\nldt2 = 1979-05-27T00:32:00.999999\nldt3 = 1979-05-27 07:32",
    "ld = 1979-05-27\nld2 = 2024-02-29\nld3 = 2000-02-29\nld4 = 0000-01-01\nld5 = 9999-12-31",
    "lt = 07:32:00\nlt2 = 00:32:00.999999\nlt3 = 07:32\nlt4 = 23:59:60\nlt5 = 00:00:00.1234567891234",
    "odt = 1979-05-27T07:32Z\nodt2 = 1979-05-27T07:32-00:00",
    "d = 2024-03-31 # comment\ne = [2024-03-31 ,2024-04-01]",
    // Arrays.
    "a = []\nb = [ ]\nc = [1]\nd = [1,]\ne = [1, 2, ]\nf = [[], [[]], [1, [2]]]",
    "a = [1, 'two', 3.0, true, 2024-03-31, [4], { five = 5 }]",
    "a = [\n  1, # one\n  2\n  , 3\n  # end\n]",
    "a = [ # open\n]\nb = [\n\n]",
    "a = [ { x = 1 }, { x = 2 } ]",
    // Inline tables.
    "t = {}\nu = { }\nv = { a = 1 }\nw = { a = 1, b = { c = 2 } }",
    "t = { a.b = 1, a.c = 2, d = 3 }",
    "t = { a = 1, }",
    "t = {\n  a = 1, # one\n  b = 2,\n}\n",
    "t = { # c\n}",
    // The crate also takes new lines and comments around the `=` inside an inline table.
    "t = { a\n= 1 }\nu = { b =\n 2 }\nv = { c # x\n = 3 }",
    "t = { \"q k\" = 1, 'l' = 2, \"\" = 3 }",
    "a = { b = [ { c = {} } ] }",
    // Tables.
    "[a]\nx = 1\n[b]\ny = 2",
    "[a.b.c]\nx = 1",
    "[ a . b ]\n[ \"q k\" . 'l' ]\n[\"\"]",
    "[a.b]\nx = 1\n[a]\ny = 2",
    "[a.b.c]\n[a]\n[a.b]",
    "[a]\n[a.b]\n[a.c]\n",
    "[a] # comment\nx = 1\n[b]#c",
    "x = 1\n[a]\nx = 2",
    "a.b.x = 1\n[a.b.c]\ny = 2",
    "[fruit]\napple.color = 'red'\napple.taste.sweet = true\n[fruit.apple.texture]\nsmooth = true",
    "[a]\nb.c = 1\n[a.b.d]",
    "[a]\nb.c.d = 1\nb.e = 2",
    // Arrays of tables.
    "[[a]]\nx = 1\n[[a]]\nx = 2\n[[a]]",
    "[[a.b]]\n[[a.b]]\n[a]\nc = 1",
    "[[fruits]]\nname = 'apple'\n[fruits.physical]\ncolor = 'red'\n[[fruits.varieties]]\nname = 'red delicious'\n\
     [[fruits]]\nname = 'banana'\n[[fruits.varieties]]\nname = 'plantain'",
    "[[ a ]]\n[[ a . b ]]",
    "[a]\n[[a.b]]\n[a.c]",
    "[[t.arr]]\n[t]\nx = 1",
    // The crate lets a dotted key of two parts or more reach into the last table of an array
    // of tables (one part is rejected).
    "[[t.arr]]\n[t]\narr.y.x = 1",
];

/// Invalid TOML (the crate rejects it), one rule or corner per entry.
const INVALID: &[&str] = &[
    // Structure.
    "a",
    "a =",
    "a = ",
    "= 1",
    "a = 1 2",
    "a = 1,",
    "a = \"x\" \"y\"",
    "a = 1 b = 2",
    "a = = 1",
    "a\n= 1",
    "a =\n1",
    "a = 1 # ok\u{1}",
    "a = 1 # del \u{7f}",
    "a = 1\rb = 2",
    "a = 1\r",
    "\r",
    "a . = 1",
    ". a = 1",
    "a .. b = 1",
    "a.\nb = 1",
    "a b = 1",
    "a\"b\" = 1",
    "\"\"\"k\"\"\" = 1",
    "'''k''' = 1",
    "ké = 1",
    "a$ = 1",
    "\u{a0}a = 1",
    "\u{c}a = 1",
    "\u{feff}\u{feff}a = 1",
    "a = 1\n\u{feff}",
    ", = 1",
    "{} = 1",
    "] = 1",
    // Headers.
    "[a",
    "[a]]",
    "[[a]",
    "[[a] ]",
    "[ [a]]",
    "[]",
    "[[]]",
    "[a.]",
    "[.a]",
    "[a..b]",
    "[a] b = 1",
    "[a]\n[a]",
    "[a.b]\n[a.b]",
    "[\"a\"]\n[a]",
    "[a]\nb = 1\n[a.b]",
    "[a]\nb.c = 1\n[a.b]",
    "a.b = 1\n[a.b]",
    "a.b = 1\n[a]",
    "[a.b]\n[a]\nb.c = 1",
    "[a]\nb = {}\n[a.b]",
    "[\"\"\"a\"\"\"]",
    // Duplicate and conflicting keys.
    "a = 1\na = 2",
    "a = 1\n\"a\" = 2",
    "a = 1\n'a' = 2",
    "a.b = 1\na.b = 2",
    "a.b = 1\na = 2",
    "a = 1\na.b = 2",
    "a = [1]\na.b = 2",
    "a = {}\na.b = 1",
    "a = { b = 1 }\n[a]",
    "a = { b = 1 }\n[a.c]",
    "a = { b = 1 }\n[[a]]",
    "a = []\n[[a]]",
    "a = [{}]\n[a.b]",
    "a = [{}]\n[[a]]",
    "[[a]]\n[a]",
    "[a]\n[[a]]",
    "[[a]]\nb = 1\n[a.b]",
    "[[t.arr]]\n[t]\narr.x = 1",
    "[t]\narr = [1]\n[[t.arr]]",
    // Inline tables.
    "t = {a}",
    "t = {a=}",
    "t = {=1}",
    "t = {,}",
    "t = {a=1,,}",
    "t = {a=1,,b=2}",
    "t = {a=1 b=2}",
    "t = {a=1\nb=2}",
    "t = {a = 1, a = 2}",
    "t = {a = {}, a.b = 1}",
    "t = {a.b = 1, a = 2}",
    "t = {a.b = 1, a.b = 2}",
    "t = {a = 1, a.b = 2}",
    "t = {a = [], a.b = 2}",
    "t = {a.\nb = 1}",
    "t = {a\n.b = 1}",
    "t = {a = 1]",
    "t = {a = 1",
    "t = {",
    "t = }",
    "t = {[a] = 1}",
    "t = {{}}",
    // Arrays.
    "a = [",
    "a = [1",
    "a = [1,",
    "a = [,]",
    "a = [1,,2]",
    "a = [1 2]",
    "a = [1 = 2]",
    "a = [1}",
    "a = ]",
    "a = [\"x\" \"y\"]",
    // Strings.
    "s = \"x",
    "s = \"x\ny\"",
    "s = 'x",
    "s = 'x\ny'",
    "s = \"\"\"x",
    "s = \"\"\"x\"\"",
    "s = '''x",
    "s = '''x''",
    "s = \"\"\"\"\"",
    "s = '''''",
    "s = '''x''''''",
    "s = \"\"\"x\"\"\"\"\"\"",
    "s = \"a\u{1}b\"",
    "s = \"a\u{7f}b\"",
    "s = 'a\u{0}b'",
    "s = 'a\rb'",
    "s = \"a\rb\"",
    "s = \"\"\"a\rb\"\"\"",
    "s = '''a\rb'''",
    "s = '''a\u{1}b'''",
    "s = \"\"\"a\u{8}b\"\"\"",
    "s = \"\\q\"",
    "s = \"\\\"",
    "s = \"a\\ b\"",
    "s = \"\\x4\"",
    "s = \"\\xg0\"",
    "s = \"\\u12\"",
    "s = \"\\u12g4\"",
    "s = \"\\uD800\"",
    "s = \"\\U00110000\"",
    "s = \"\\U0001F60\"",
    "s = \"\\é\"",
    "s = \"\"\"a\\ b\"\"\"",
    "s = \"\"\"a\\  \\n\"\"\"",
    "s = \"\"\"a\\\r b\"\"\"",
    "s = \"\"\"a\\\n\r b\"\"\"",
    "s = x\"",
    "s = x'''",
    // Numbers.
    "n = 01",
    "n = +01",
    "n = -01",
    "n = 00",
    "n = 0_0",
    "n = 0_1",
    "n = 1__0",
    "n = _1",
    "n = 1_",
    "n = +_1",
    "n = -_1",
    "n = 0x_1",
    "n = 0x1_",
    "n = 0x1__2",
    "n = +0x1",
    "n = -0o1",
    "n = 0X1",
    "n = 0O1",
    "n = 0B1",
    "n = 0o8",
    "n = 0b2",
    "n = 0xg",
    "n = 0x+1",
    "n = 0d10",
    "n = 0D10",
    "n = 1e",
    "n = 1E",
    "n = 1.e5",
    "n = .5",
    "n = +.5",
    "n = 5.",
    "n = 1.5.5",
    "n = 1e5e5",
    "n = 1e5.5",
    "n = 1_.5",
    "n = 1._5",
    "n = 1e_5",
    "n = 1_e5",
    "n = 1.5_e3",
    "n = 1.5e+-5",
    "n = 00.5",
    "n = -01.5",
    "n = 01e5",
    "n = ++1",
    "n = --1",
    "n = +-1",
    "n = +",
    "n = -",
    "n = _",
    "n = inff",
    "n = Inf",
    "n = NaN",
    "n = +Inf",
    "n = -nan1",
    "n = infinity",
    "n = 1 000",
    "n = 1x",
    "n = 0x1 2",
    "n = 12_e",
    // Booleans and bare words.
    "b = True",
    "b = TRUE",
    "b = tru",
    "b = falsey",
    "b = +true",
    "b = true false",
    "b = yes",
    "b = \u{e9}",
    // Date-times.
    "d = 1979-5-27",
    "d = 1979-05-7",
    "d = 79-05-27",
    "d = 19790-05-27",
    "d = 1979-13-01",
    "d = 1979-00-01",
    "d = 1979-01-00",
    "d = 1979-02-30",
    "d = 2023-02-29",
    "d = 1900-02-29",
    "d = 1979-04-31",
    "d = 1979-05-27T",
    "d = 1979-05-27T7:32:00",
    "d = 1979-05-27T07:3:00",
    "d = 1979-05-27T07:32:0",
    "d = 1979-05-27T07:32:000",
    "t = 24:00:00",
    "t = 12:60:00",
    "t = 12:30:61",
    "t = 7:30",
    "t = 07:30:",
    "t = 07:30:00.",
    "t = 07:32:00Z",
    "t = 07:32:00+09:00",
    "t = 07:32.5",
    "d = 1979-05-27T07:32:00+24:00",
    "d = 1979-05-27T07:32:00+07:60",
    "d = 1979-05-27T07:32:00+0700",
    "d = 1979-05-27T07:32:00+7:00",
    "d = 1979-05-27T07:32:00.Z",
    "d = 1979-05-27T07:32:00ZZ",
    "d = 1979-05-27Z",
    "d = 1979-05-27  07:32:00",
    "d = 1979-05-27\t07:32:00",
    "d = 1979-05-27 x",
    "d = -1979-05-27",
    "d = +1979-05-27",
    "d = 1979-05-27T07:32:00-",
    "d = 1979-05-27_",
    "d = 1979-05",
    "d = 1979-",
    "d = 1979:05",
];

#[test]
fn nesting_limits_are_the_crates() {
    // 80 levels of arrays or inline tables, 80 parts of a key: the most the crate takes.
    for (n, ok) in [(80, true), (81, false)] {
        let arrays = format!("a = {}{}", "[".repeat(n), "]".repeat(n));
        let tables = format!("a = {}{{}}{}", "{a=".repeat(n - 1), "}".repeat(n - 1));
        let key = format!("{} = 1", vec!["a"; n].join("."));
        let header = format!("[{}]", vec!["a"; n].join("."));
        let inline_key = format!("t = {{ {} = 1 }}", vec!["a"; n].join("."));
        for text in [arrays, tables, key, header, inline_key] {
            assert_eq!(same(&text), ok, "{text}");
        }
    }
}

#[test]
fn snippets_read_the_same_and_as_expected() {
    for text in VALID {
        assert!(
            same(text),
            "rejected: {text:?}: {:?}",
            ours::parse(text).err()
        );
    }
    for text in INVALID {
        assert!(!same(text), "accepted: {text:?}");
    }
}

/// Bytes worth trying at every position: TOML's punctuation, digits, letters of numbers and
/// dates, white space, line ends, a control character, a non-ASCII letter.
const EDITS: &[&str] = &[
    "\"", "'", "[", "]", "{", "}", "=", ",", ".", "#", " ", "\t", "\n", "\r", "\r\n", "\\", "_",
    "0", "1", "9", "e", "E", "x", "o", "b", "+", "-", ":", "T", "Z", "a", "\u{1}", "\u{7f}", "é",
    "\"\"\"", "'''", "inf", "nan", "true",
];

#[test]
fn one_byte_edits_of_the_snippets_read_the_same() {
    let (mut total, mut accepted) = (0, 0);
    for text in VALID.iter().chain(INVALID).filter(|t| t.len() < 300) {
        let mut cuts: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        cuts.dedup();
        for (n, &i) in cuts.iter().enumerate() {
            let next = cuts.get(n + 1).copied();
            // Deleted, replaced or inserted at `i`.
            if let Some(j) = next {
                accepted += usize::from(same(&format!("{}{}", &text[..i], &text[j..])));
                total += 1;
            }
            for edit in EDITS {
                if let Some(j) = next {
                    let replaced = format!("{}{edit}{}", &text[..i], &text[j..]);
                    accepted += usize::from(same(&replaced));
                }
                let inserted = format!("{}{edit}{}", &text[..i], &text[i..]);
                accepted += usize::from(same(&inserted));
                total += 2;
            }
        }
    }
    assert!(
        total > 100_000 && accepted > total / 10,
        "{accepted} of {total}"
    );
}

/// Pieces of TOML to string together at random.
const PIECES: &[&str] = &[
    "a",
    "b",
    "c.d",
    "\"k\"",
    "'l'",
    "\"\"",
    "1",
    " = ",
    "=",
    " ",
    "\t",
    "\n",
    "\r\n",
    "# c\n",
    "[",
    "]",
    "[[",
    "]]",
    "{",
    "}",
    ",",
    ".",
    "[a]\n",
    "[a.b]\n",
    "[[a]]\n",
    "[[a.b]]\n",
    "[b]\n",
    "a = 1\n",
    "b.c = 2\n",
    "x = ",
    "0",
    "-1",
    "0x1F",
    "0o7",
    "0b1",
    "1_000",
    "1e5",
    "3.14",
    "inf",
    "nan",
    "true",
    "false",
    "2024-03-31",
    "07:30:00",
    "2024-03-31T07:30:00Z",
    " 07:30",
    "\"s\"",
    "'s'",
    "\"\"\"m\n\"\"\"",
    "'''m'''",
    "\"\\u00e9\"",
    "\"\\x\"",
    "[]",
    "{}",
    "{ a = 1 }",
    "[1, 2]",
    "{a.b = 1, a.c = 2}",
    "_",
    "+",
    "-",
    ":",
    "\\",
    "\"",
    "'",
    "é",
];

/// A fixed xorshift generator: the same documents on every run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.below(from.len())]
    }
}

#[test]
fn random_token_soup_reads_the_same() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let (mut total, mut accepted) = (0, 0);
    for _ in 0..40_000 {
        let len = 1 + rng.below(24);
        let text: String = (0..len).map(|_| rng.pick(PIECES)).collect();
        accepted += usize::from(same(&text));
        total += 1;
    }
    assert!(accepted > total / 100, "{accepted} of {total} accepted");
}

const KEYS: &[&str] = &["a", "b", "c", "\"a\"", "'b'", "\"c d\"", "1", "_"];
const SCALARS: &[&str] = &[
    "1",
    "-2",
    "0x1f",
    "1_000",
    "9223372036854775808",
    "0.5",
    "-1e3",
    "inf",
    "nan",
    "true",
    "false",
    "\"s\"",
    "'l'",
    "\"\"\"m\nl\"\"\"",
    "'''x'''",
    "2024-03-31",
    "07:30",
    "2024-03-31T07:30:00+09:00",
    "1979-05-27 07:32:00",
    "\"\\u00e9\"",
];

fn key(rng: &mut Rng) -> String {
    let parts = 1 + rng.below(3) * rng.below(2);
    (0..parts)
        .map(|_| rng.pick(KEYS))
        .collect::<Vec<_>>()
        .join(".")
}

fn value(rng: &mut Rng, depth: usize) -> String {
    match if depth > 2 { 0 } else { rng.below(4) } {
        1 => {
            let items: Vec<String> = (0..rng.below(4)).map(|_| value(rng, depth + 1)).collect();
            let nl = rng.pick(&["", "\n", " # c\n"]);
            format!("[{nl}{}{}]", items.join(","), rng.pick(&["", ",", "\n"]))
        }
        2 => {
            let items: Vec<String> = (0..rng.below(4))
                .map(|_| format!("{} = {}", key(rng), value(rng, depth + 1)))
                .collect();
            format!("{{ {}{} }}", items.join(", "), rng.pick(&["", ",", "\n"]))
        }
        _ => rng.pick(SCALARS).to_string(),
    }
}

/// Documents of headers and key/values over few names, so that keys and tables meet often;
/// one in four gets a random piece spliced in.
#[test]
fn random_documents_read_the_same() {
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let (mut total, mut accepted) = (0, 0);
    for _ in 0..30_000 {
        let mut text = String::new();
        for _ in 0..1 + rng.below(8) {
            match rng.below(6) {
                0 => text += &format!("[{}]\n", key(&mut rng)),
                1 => text += &format!("[[{}]]\n", key(&mut rng)),
                2 if rng.below(4) == 0 => text += rng.pick(&["# note\n", "\n", "  \t\n"]),
                _ => text += &format!("{} = {}\n", key(&mut rng), value(&mut rng, 0)),
            }
        }
        if rng.below(4) == 0 {
            let mut at = rng.below(text.len() + 1);
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            text.insert_str(at, rng.pick(PIECES));
        }
        accepted += usize::from(same(&text));
        total += 1;
    }
    assert!(
        accepted > total / 5 && accepted < total * 4 / 5,
        "{accepted} of {total} accepted"
    );
}
