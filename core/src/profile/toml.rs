//! A small TOML reader for the profile, in place of the `toml` crate (which cost the browser
//! build a lexer, an event parser, `winnow` and a generic tree).
//!
//! It reads TOML 1.1 as the `toml` crate 1.2 (`DeTable::parse`) accepts it and yields a tree
//! that keeps every key's and value's byte span, so the profile checker can give line numbers.
//! Tables keep their keys in document order. It stops at the first syntax error.
//!
//! Where the `toml` crate is more lenient than the TOML 1.1 grammar, this reader follows the
//! crate (the profile loader must accept and report exactly what it did):
//! - an integer outside the i64 range is still an integer (`Kind::Integer` holds `None`);
//! - so are `0x`, `0o` and `0b` without digits, and a decimal integer whose `_` separators are
//!   each between two hex digits even when other characters follow (`1_2x`, `1_a`): the crate
//!   checks only the characters next to each `_`;
//! - inside an inline table, new lines and comments may also stand between a key and its `=`
//!   and between the `=` and the value;
//! - a dotted key of two parts or more may reach into the last table of an array of tables
//!   from its parent table (`[[t.arr]]`, then `[t]` and `arr.y.x = 1`);
//! - nesting deeper than 80 arrays or inline tables, and keys of more than 80 parts, are
//!   refused (the crate's recursion limit; TOML sets none).
//!
//! `core/tests/toml_parity.rs` runs both readers over many documents and compares the trees.

use super::problem::{After, Bare, Syntax, ValueKind};
use crate::date::Date;
use crate::lang::Lang;
use std::borrow::Cow;
use std::ops::Range;

/// Nesting of arrays and inline tables, and parts of a dotted key, allowed (as the crate).
const MAX_DEPTH: u32 = 80;

/// A value and the bytes it was written in (quotes and brackets included).
#[derive(Debug, Clone)]
pub struct Value<'a> {
    pub span: Range<usize>,
    pub kind: Kind<'a>,
}

#[derive(Debug, Clone)]
pub enum Kind<'a> {
    String(Cow<'a, str>),
    /// `None` when it does not fit an i64 (see the module notes).
    Integer(Option<i64>),
    /// As written, without `_` (`str::parse::<f64>` reads it). Kept as text: the profile only
    /// needs to know it is a float, and parsing would bring float tables into the wasm.
    Float(String),
    Boolean(bool),
    Datetime(Datetime),
    Array(Array<'a>),
    Table(Table<'a>),
}

impl Kind<'_> {
    /// What the value is, for messages: "a string", "a table"…
    pub fn name(&self) -> &'static str {
        self.what().en()
    }

    /// The kind without its contents, as messages name it.
    pub fn what(&self) -> ValueKind {
        match self {
            Kind::String(_) => ValueKind::String,
            Kind::Integer(_) => ValueKind::Integer,
            Kind::Float(_) => ValueKind::Float,
            Kind::Boolean(_) => ValueKind::Boolean,
            Kind::Datetime(_) => ValueKind::Date,
            Kind::Array(_) => ValueKind::Array,
            Kind::Table(_) => ValueKind::Table,
        }
    }
}

/// Offset date-time, local date-time, local date or local time: the parts written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Datetime {
    pub date: Option<Date>,
    pub time: Option<Time>,
    pub offset: Option<Offset>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Time {
    pub hour: u8,
    pub minute: u8,
    pub second: Option<u8>,
    pub nanosecond: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Offset {
    Z,
    /// East of UTC, in minutes.
    Minutes(i16),
}

/// One key of a table.
#[derive(Debug, Clone)]
pub struct Entry<'a> {
    pub key: Cow<'a, str>,
    pub key_span: Range<usize>,
    pub value: Value<'a>,
}

#[derive(Debug, Clone, Default)]
pub struct Table<'a> {
    entries: Vec<Entry<'a>>,
    /// Created by a header or dotted key below it, not (yet) by its own header.
    implicit: bool,
    /// Created by a dotted key.
    dotted: bool,
    /// Written `{ … }`: closed to headers and dotted keys from outside.
    inline: bool,
}

impl<'a> Table<'a> {
    pub fn get(&self, key: &str) -> Option<&Value<'a>> {
        self.entries.iter().find(|e| e.key == key).map(|e| &e.value)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The keys in document order.
    pub fn iter(&self) -> std::slice::Iter<'_, Entry<'a>> {
        self.entries.iter()
    }

    fn find(&self, key: &str) -> Option<usize> {
        self.entries.iter().position(|e| e.key == key)
    }

    fn push(&mut self, key: &Key<'a>, value: Value<'a>) -> usize {
        self.entries.push(Entry {
            key: key.0.clone(),
            key_span: key.1.clone(),
            value,
        });
        self.entries.len() - 1
    }
}

#[derive(Debug, Clone, Default)]
pub struct Array<'a> {
    items: Vec<Value<'a>>,
    /// Made by `[[name]]` headers (only those may be extended).
    of_tables: bool,
}

impl<'a> std::ops::Deref for Array<'a> {
    type Target = [Value<'a>];
    fn deref(&self) -> &[Value<'a>] {
        &self.items
    }
}

/// The first syntax error: where (byte span) and what, in plain words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub span: Range<usize>,
    /// In English ([`Syntax::text`] gives either language).
    pub message: String,
    pub problem: Syntax,
}

type Res<T> = Result<T, Error>;

fn fail<T>(span: Range<usize>, problem: Syntax) -> Res<T> {
    Err(Error {
        span,
        message: problem.text(Lang::En),
        problem,
    })
}

/// A key part: its text and span.
type Key<'a> = (Cow<'a, str>, Range<usize>);

/// Reads a TOML document.
pub fn parse(text: &str) -> Result<Table<'_>, Error> {
    let mut p = Parser {
        text,
        b: text.as_bytes(),
        pos: 0,
        depth: 0,
    };
    if text.starts_with('\u{feff}') {
        p.pos = 3;
    }
    p.document()
}

/// Bytes that end an unquoted key or value (the crate's token starts).
fn ends_bare(c: u8) -> bool {
    matches!(
        c,
        b'.' | b'=' | b',' | b'[' | b']' | b'{' | b'}' | b' ' | b'\t' | b'#' | b'\r' | b'\n'
    )
}

/// Bytes that may begin an unquoted key or value word.
fn starts_bare(c: u8) -> bool {
    !ends_bare(c) && c != b'"' && c != b'\''
}

struct Parser<'a> {
    text: &'a str,
    b: &'a [u8],
    pos: usize,
    depth: u32,
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.pos).copied()
    }

    fn at(&self, s: &str) -> bool {
        self.b[self.pos..].starts_with(s.as_bytes())
    }

    fn here(&self) -> Range<usize> {
        self.pos..self.pos
    }

    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t') = self.peek() {
            self.pos += 1;
        }
    }

    /// `# …` up to the end of the line.
    fn comment(&mut self) -> Res<()> {
        while let Some(c) = self.peek() {
            match c {
                b'\r' | b'\n' => break,
                b'\t' | 0x20..=0x7e | 0x80.. => self.pos += 1,
                _ => return fail(self.pos..self.pos + 1, Syntax::ControlInComment),
            }
        }
        Ok(())
    }

    /// A line break (`\n` or `\r\n`) at the current position, if any.
    fn newline(&mut self) -> Res<bool> {
        match self.peek() {
            Some(b'\n') => self.pos += 1,
            Some(b'\r') if self.b.get(self.pos + 1) == Some(&b'\n') => self.pos += 2,
            Some(b'\r') => return fail(self.pos..self.pos + 1, Syntax::LoneCarriageReturn),
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// Spaces, comments and line breaks (inside arrays and inline tables).
    fn skip_blank(&mut self) -> Res<()> {
        loop {
            self.skip_ws();
            if self.peek() == Some(b'#') {
                self.comment()?;
            }
            if !self.newline()? {
                return Ok(());
            }
        }
    }

    /// After a key/value or a header: spaces, a comment, then the end of the line.
    fn end_of_line(&mut self, after: After) -> Res<()> {
        self.skip_ws();
        if self.peek() == Some(b'#') {
            self.comment()?;
        }
        if self.peek().is_none() || self.newline()? {
            return Ok(());
        }
        fail(self.here(), Syntax::TextAfter(after))
    }

    fn document(&mut self) -> Res<Table<'a>> {
        let mut root = Table::default();
        // Entry indices from the root to the table the key/values go into.
        let mut current: Vec<usize> = Vec::new();
        loop {
            self.skip_ws();
            match self.peek() {
                None => return Ok(root),
                Some(b'[') => {
                    current = self.header(&mut root)?;
                    self.end_of_line(After::Header)?;
                }
                Some(b'#' | b'\r' | b'\n') => self.end_of_line(After::Comment)?,
                Some(_) => {
                    let keys = self.key()?;
                    self.skip_ws();
                    if self.peek() != Some(b'=') {
                        return fail(self.here(), Syntax::NoEquals);
                    }
                    self.pos += 1;
                    self.skip_ws();
                    let value = self.value()?;
                    let Some(table) = walk(&mut root, &current) else {
                        return fail(self.here(), Syntax::LostTable);
                    };
                    insert(self.text, table, &keys, value, false)?;
                    self.end_of_line(After::Value)?;
                }
            }
        }
    }

    /// `[a.b]` or `[[a.b]]`: creates or reopens the table; returns its path from the root.
    fn header(&mut self, root: &mut Table<'a>) -> Res<Vec<usize>> {
        let open = self.pos;
        self.pos += 1;
        let array = self.peek() == Some(b'[');
        if array {
            self.pos += 1;
        }
        self.skip_ws();
        let keys = self.key()?;
        self.skip_ws();
        let close = if array { "]]" } else { "]" };
        if !self.at(close) {
            return fail(self.here(), Syntax::HeaderNotClosed { array });
        }
        self.pos += close.len();
        let span = open..self.pos;

        let mut path = Vec::new();
        let (last, parents) = keys.split_last().expect("a key has a part");
        let parent = descend(root, parents, false, false, &mut path)?;
        let name = &last.0;
        let index = match parent.find(&last.0) {
            None => {
                let kind = if array {
                    Kind::Array(Array {
                        items: vec![new_table(span.clone())],
                        of_tables: true,
                    })
                } else {
                    Kind::Table(Table::default())
                };
                parent.push(last, Value { span, kind })
            }
            Some(i) => {
                let entry = &mut parent.entries[i];
                let first = entry.key_span.start;
                let problem = match &mut entry.value.kind {
                    Kind::Array(a) if array && a.of_tables => {
                        a.items.push(new_table(span));
                        None
                    }
                    // A table so far only implied by `[a.b]` or `[[a.b]]` headers below it.
                    Kind::Table(t) if !array && t.implicit && !t.dotted => {
                        t.implicit = false;
                        entry.key_span = last.1.clone();
                        entry.value.span = span;
                        None
                    }
                    Kind::Table(_) if !array => Some(true),
                    _ => Some(false),
                };
                if let Some(table) = problem {
                    let name = name.to_string();
                    let first = line_of(self.text, first);
                    let problem = if table {
                        Syntax::TableTwice { name, first }
                    } else {
                        Syntax::OtherKind { name, first }
                    };
                    return fail(last.1.clone(), problem);
                }
                i
            }
        };
        path.push(index);
        Ok(path)
    }

    /// A key: one part or dotted parts (`a."b c".d`), with the spaces after it.
    fn key(&mut self) -> Res<Vec<Key<'a>>> {
        let mut keys = Vec::new();
        loop {
            keys.push(self.simple_key()?);
            self.skip_ws();
            if self.peek() != Some(b'.') {
                break;
            }
            self.pos += 1;
            self.skip_ws();
        }
        if keys.len() > MAX_DEPTH as usize {
            return fail(keys[0].1.start..self.pos, Syntax::KeyTooLong);
        }
        Ok(keys)
    }

    fn simple_key(&mut self) -> Res<Key<'a>> {
        let start = self.pos;
        match self.peek() {
            Some(b'"' | b'\'') => {
                if self.at("\"\"\"") || self.at("'''") {
                    return fail(self.here(), Syntax::MultilineKey);
                }
                let s = self.string()?;
                Ok((s, start..self.pos))
            }
            Some(c) if starts_bare(c) => {
                while self.peek().is_some_and(|c| !ends_bare(c)) {
                    self.pos += 1;
                }
                let key = &self.text[start..self.pos];
                if let Some(i) = key
                    .bytes()
                    .position(|c| !(c.is_ascii_alphanumeric() || c == b'-' || c == b'_'))
                {
                    let bad = key[i..].chars().next().unwrap_or(' ');
                    let visible = bad.is_ascii_graphic()
                        || !(bad.is_ascii() || bad.is_whitespace() || bad.is_control());
                    let bad = if visible {
                        format!("'{bad}'")
                    } else {
                        format!("U+{:04X}", u32::from(bad))
                    };
                    return fail(start + i..start + i + 1, Syntax::BadKeyChar { shown: bad });
                }
                Ok((Cow::Borrowed(key), start..self.pos))
            }
            _ => fail(self.here(), Syntax::NoKey),
        }
    }

    fn value(&mut self) -> Res<Value<'a>> {
        let start = self.pos;
        let kind = match self.peek() {
            Some(b'"' | b'\'') => Kind::String(self.string()?),
            Some(b'[') => self.array()?,
            Some(b'{') => self.inline_table()?,
            Some(c) if c == b'.' || starts_bare(c) => {
                self.bare_word();
                let span = start..self.pos;
                let word = &self.text[span.clone()];
                match bare_value(word) {
                    Ok(kind) => kind,
                    Err(why) => {
                        let shown = word
                            .char_indices()
                            .nth(40)
                            .map_or(word, |(i, _)| &word[..i]);
                        let more = if shown.len() < word.len() { "…" } else { "" };
                        let found = format!("{shown}{more}");
                        return fail(span, Syntax::BadValue { why, found });
                    }
                }
            }
            _ => return fail(self.here(), Syntax::NoValue),
        };
        Ok(Value {
            span: start..self.pos,
            kind,
        })
    }

    /// An unquoted value as the crate's lexer cuts it: words joined by dots, and by a run of
    /// spaces when a word follows (`1979-05-27 07:32:00`).
    fn bare_word(&mut self) {
        loop {
            match self.peek() {
                Some(b'.') => self.pos += 1,
                Some(c) if starts_bare(c) => {
                    while self.peek().is_some_and(|c| !ends_bare(c)) {
                        self.pos += 1;
                    }
                }
                Some(b' ' | b'\t') => {
                    let mut end = self.pos;
                    while let Some(b' ' | b'\t') = self.b.get(end) {
                        end += 1;
                    }
                    match self.b.get(end) {
                        Some(&c) if starts_bare(c) => self.pos = end,
                        _ => return,
                    }
                }
                _ => return,
            }
        }
    }

    fn enter(&mut self) -> Res<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return fail(self.pos..self.pos + 1, Syntax::TooDeep);
        }
        Ok(())
    }

    fn array(&mut self) -> Res<Kind<'a>> {
        let open = self.pos;
        self.enter()?;
        self.pos += 1;
        let mut items = Vec::new();
        loop {
            self.skip_blank()?;
            if self.peek() == Some(b']') {
                break;
            }
            if self.peek().is_none() {
                return fail(open..open + 1, Syntax::ArrayNotClosed);
            }
            items.push(self.value()?);
            self.skip_blank()?;
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => break,
                None => return fail(open..open + 1, Syntax::ArrayNotClosed),
                _ => return fail(self.here(), Syntax::ArrayComma),
            }
        }
        self.pos += 1;
        self.depth -= 1;
        Ok(Kind::Array(Array {
            items,
            of_tables: false,
        }))
    }

    fn inline_table(&mut self) -> Res<Kind<'a>> {
        let open = self.pos;
        self.enter()?;
        self.pos += 1;
        let mut table = Table {
            inline: true,
            ..Table::default()
        };
        loop {
            self.skip_blank()?;
            if self.peek() == Some(b'}') {
                break;
            }
            if self.peek().is_none() {
                return fail(open..open + 1, Syntax::InlineNotClosed);
            }
            let keys = self.key()?;
            self.skip_blank()?;
            if self.peek() != Some(b'=') {
                return fail(self.here(), Syntax::NoEquals);
            }
            self.pos += 1;
            self.skip_blank()?;
            let value = self.value()?;
            insert(self.text, &mut table, &keys, value, true)?;
            self.skip_blank()?;
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => break,
                None => return fail(open..open + 1, Syntax::InlineNotClosed),
                _ => return fail(self.here(), Syntax::InlineComma),
            }
        }
        self.pos += 1;
        self.depth -= 1;
        Ok(Kind::Table(table))
    }

    /// A quoted string of any of the four kinds, decoded.
    fn string(&mut self) -> Res<Cow<'a, str>> {
        let start = self.pos;
        let quote = self.b[start];
        let multi = self.at(if quote == b'"' { "\"\"\"" } else { "'''" });
        let open = if multi { 3 } else { 1 };
        // Find the closing quote(s) as the crate's lexer does.
        let mut i = start + open;
        let body_end = loop {
            match self.b.get(i) {
                None => return fail(start..start + open, Syntax::StringNotClosed),
                Some(b'\n') if !multi => {
                    return fail(start..start + 1, Syntax::StringNotClosedInLine)
                }
                Some(b'\\') if quote == b'"' => {
                    i += 1;
                    if let Some(b'\\' | b'"') = self.b.get(i) {
                        i += 1;
                    }
                }
                Some(&c) if c == quote && (!multi || self.b[i..].starts_with(&[c, c, c])) => {
                    break i;
                }
                _ => i += 1,
            }
        };
        let mut end = body_end + open;
        if multi {
            // Up to two quotes just before the closing three belong to the text.
            for _ in 0..2 {
                if self.b.get(end) == Some(&quote) {
                    end += 1;
                }
            }
        }
        self.pos = end;
        let body_start = start + open;
        let body_end = end - open;
        let mut body = &self.text[body_start..body_end];
        let mut offset = body_start;
        if multi {
            let skip = if body.starts_with('\n') {
                1
            } else if body.starts_with("\r\n") {
                2
            } else {
                0
            };
            body = &body[skip..];
            offset += skip;
        }
        if quote == b'\'' {
            literal(body, offset, multi)
        } else {
            basic(body, offset, multi)
        }
    }
}

/// The body of a `'…'` or `'''…'''` string.
fn literal(body: &str, offset: usize, multi: bool) -> Res<Cow<'_, str>> {
    let b = body.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        let ok = match c {
            b'\t' | 0x20..=0x26 | 0x28..=0x7e | 0x80.. => true,
            b'\'' | b'\n' => multi,
            b'\r' => multi && b.get(i + 1) == Some(&b'\n'),
            _ => false,
        };
        if !ok {
            return fail(offset + i..offset + i + 1, bad_char(c));
        }
    }
    Ok(Cow::Borrowed(body))
}

fn bad_char(c: u8) -> Syntax {
    match c {
        b'\r' => Syntax::LoneCarriageReturn,
        b'\n' => Syntax::LineBreakInString,
        code => Syntax::ControlInString { code },
    }
}

/// The body of a `"…"` or `"""…"""` string: escapes decoded.
fn basic(body: &str, offset: usize, multi: bool) -> Res<Cow<'_, str>> {
    let b = body.as_bytes();
    let mut out: Option<String> = None;
    let mut i = 0;
    let mut plain_from = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b'\\' => {
                let s = out.get_or_insert_with(String::new);
                s.push_str(&body[plain_from..i]);
                let esc = i;
                i += 1;
                let e = b.get(i).copied().unwrap_or(0);
                if multi && matches!(e, b' ' | b'\t' | b'\r' | b'\n') {
                    // Line-ending backslash: drop the break and the blanks after it.
                    while let Some(b' ' | b'\t') = b.get(i) {
                        i += 1;
                    }
                    match b.get(i) {
                        Some(b'\n') => i += 1,
                        Some(b'\r') if b.get(i + 1) == Some(&b'\n') => i += 2,
                        _ => return fail(offset + esc..offset + i, Syntax::BackslashNotLast),
                    }
                    loop {
                        match b.get(i) {
                            Some(b' ' | b'\t' | b'\n') => i += 1,
                            Some(b'\r') if b.get(i + 1) == Some(&b'\n') => i += 2,
                            Some(b'\r') => {
                                return fail(offset + i..offset + i + 1, bad_char(b'\r'))
                            }
                            _ => break,
                        }
                    }
                } else {
                    i += 1;
                    let digits = match e {
                        b'x' => 2,
                        b'u' => 4,
                        b'U' => 8,
                        _ => 0,
                    };
                    let ch = match e {
                        b'b' => '\u{8}',
                        b'e' => '\u{1b}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'\\' => '\\',
                        b'"' => '"',
                        _ if digits > 0 => {
                            let hex = &b[i..];
                            let n = hex
                                .iter()
                                .take(digits)
                                .take_while(|c| c.is_ascii_hexdigit())
                                .count();
                            let code = u32::from_str_radix(&body[i..i + n], 16).ok();
                            i += n;
                            match code.and_then(char::from_u32) {
                                Some(ch) if n == digits => ch,
                                _ => {
                                    return fail(
                                        offset + esc..offset + i,
                                        Syntax::BadUnicodeEscape {
                                            letter: e as char,
                                            digits,
                                        },
                                    )
                                }
                            }
                        }
                        _ => return fail(offset + esc..offset + esc + 2, Syntax::UnknownEscape),
                    };
                    s.push(ch);
                }
                plain_from = i;
            }
            b'\t' | b' ' | b'!' | 0x23..=0x5b | 0x5d..=0x7e | 0x80.. => i += 1,
            b'"' | b'\n' if multi => i += 1,
            b'\r' if multi && b.get(i + 1) == Some(&b'\n') => i += 2,
            _ => return fail(offset + i..offset + i + 1, bad_char(c)),
        }
    }
    Ok(match out {
        Some(mut s) => {
            s.push_str(&body[plain_from..]);
            Cow::Owned(s)
        }
        None => Cow::Borrowed(body),
    })
}

fn new_table<'a>(span: Range<usize>) -> Value<'a> {
    Value {
        span,
        kind: Kind::Table(Table::default()),
    }
}

/// The table a path of entry indices leads to (into the last table of an array of tables).
fn walk<'t, 'a>(mut table: &'t mut Table<'a>, path: &[usize]) -> Option<&'t mut Table<'a>> {
    for &i in path {
        table = match &mut table.entries.get_mut(i)?.value.kind {
            Kind::Table(t) => t,
            Kind::Array(a) => match &mut a.items.last_mut()?.kind {
                Kind::Table(t) => t,
                _ => return None,
            },
            _ => return None,
        };
    }
    Some(table)
}

/// Goes down `keys` from `table`, creating implied tables, as the crate's `descend_path`:
/// `dotted` for the parts of a dotted key, `in_inline` inside an inline table. Records the
/// entry indices in `path`.
fn descend<'t, 'a>(
    mut table: &'t mut Table<'a>,
    keys: &[Key<'a>],
    dotted: bool,
    in_inline: bool,
    path: &mut Vec<usize>,
) -> Res<&'t mut Table<'a>> {
    for key in keys {
        let index = match table.find(&key.0) {
            Some(i) => i,
            None => {
                let kind = Kind::Table(Table {
                    entries: Vec::new(),
                    implicit: true,
                    dotted,
                    inline: in_inline,
                });
                let span = key.1.clone();
                table.push(key, Value { span, kind })
            }
        };
        path.push(index);
        let name = || key.0.to_string();
        let problem = match &mut table.entries[index].value.kind {
            Kind::Array(a) if a.of_tables && !in_inline => None,
            Kind::Table(t) if t.inline && !in_inline => {
                Some(Syntax::InlineTableClosed { name: name() })
            }
            Kind::Table(t) if dotted && !t.implicit => {
                Some(Syntax::DottedIntoTable { name: name() })
            }
            Kind::Table(t) => {
                t.dotted |= dotted;
                None
            }
            other => Some(Syntax::NotATable {
                name: name(),
                kind: other.what(),
            }),
        };
        if let Some(problem) = problem {
            return fail(key.1.clone(), problem);
        }
        let Some(child) = walk(table, &[index]) else {
            return fail(key.1.clone(), Syntax::EmptyArrayOfTables);
        };
        table = child;
    }
    Ok(table)
}

/// 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    text.bytes().take(offset).filter(|&c| c == b'\n').count() + 1
}

/// Adds `keys = value` to `table` (the current table, or an inline table being read).
fn insert<'a>(
    text: &str,
    table: &mut Table<'a>,
    keys: &[Key<'a>],
    value: Value<'a>,
    in_inline: bool,
) -> Res<()> {
    let (last, parents) = keys.split_last().expect("a key has a part");
    let dotted = !parents.is_empty();
    let parent = descend(
        table,
        parents,
        dotted || in_inline,
        in_inline,
        &mut Vec::new(),
    )?;
    let mixed = if in_inline {
        parent.dotted != dotted
    } else {
        dotted && !parent.implicit
    };
    let name = &last.0;
    if mixed {
        return fail(
            last.1.clone(),
            Syntax::DottedMixed {
                name: name.to_string(),
            },
        );
    }
    if let Some(i) = parent.find(&last.0) {
        let first = line_of(text, parent.entries[i].key_span.start);
        return fail(
            last.1.clone(),
            Syntax::KeyTwice {
                name: name.to_string(),
                first,
            },
        );
    }
    parent.push(last, value);
    Ok(())
}

const UNQUOTED: Bare = Bare::Unquoted;
const BAD_NUMBER: Bare = Bare::BadNumber;
const LEADING_ZERO: Bare = Bare::LeadingZero;
const BAD_DATE: Bare = Bare::BadDate;

/// An unquoted value: boolean, number or date-time, by the crate's `decode_unquoted_scalar`.
fn bare_value(raw: &str) -> Result<Kind<'static>, Bare> {
    let b = raw.as_bytes();
    let Some(&first) = b.first() else {
        return Err(UNQUOTED);
    };
    if !first.is_ascii_digit() && raw.contains(' ') {
        return Err(UNQUOTED);
    }
    let (signed, value) = match first {
        b'+' | b'-' => (true, &raw[1..]),
        _ => (false, raw),
    };
    match value.as_bytes().first() {
        Some(b'+' | b'-') => Err(Bare::TwoSigns),
        Some(b'_' | b'1'..=b'9') => number(raw, value),
        Some(b'0') => zero_prefix(raw, value, signed),
        // The crate checks these as floats: no digit before the point.
        Some(b'.') => Err(BAD_NUMBER),
        Some(b'i' | b'I' | b'n' | b'N') if value == "inf" || value == "nan" => {
            Ok(Kind::Float(raw.to_string()))
        }
        _ if raw == "true" => Ok(Kind::Boolean(true)),
        _ if raw == "false" => Ok(Kind::Boolean(false)),
        Some(b't' | b'T' | b'f' | b'F') if !signed => Err(Bare::BooleanCase),
        Some(b'i' | b'I' | b'n' | b'N') => Err(Bare::InfNanCase),
        _ => Err(UNQUOTED),
    }
}

/// `0`, `0x…`, `0o…`, `0b…`, or a number or date starting with 0.
fn zero_prefix(raw: &str, value: &str, signed: bool) -> Result<Kind<'static>, Bare> {
    let Some(&prefix) = value.as_bytes().get(1) else {
        return Ok(Kind::Integer(raw.parse().ok()));
    };
    let radix = match prefix.to_ascii_lowercase() {
        b'x' => 16,
        b'o' => 8,
        b'b' => 2,
        b'd' if !value.contains(' ') => return Err(Bare::DecimalPrefix),
        b'd' => return Err(UNQUOTED),
        _ => return number(raw, value),
    };
    if value.contains(' ') {
        return Err(UNQUOTED);
    }
    if signed {
        return Err(Bare::SignedRadix);
    }
    if prefix.is_ascii_uppercase() {
        return Err(Bare::PrefixCase);
    }
    let digits = &value[2..];
    if !digits
        .bytes()
        .all(|c| c == b'_' || char::from(c).is_digit(radix))
    {
        return Err(match radix {
            16 => Bare::BadHex,
            8 => Bare::BadOctal,
            _ => Bare::BadBinary,
        });
    }
    let digits = separators(digits, false)?;
    Ok(Kind::Integer(i64::from_str_radix(&digits, radix).ok()))
}

/// A decimal integer, float or date-time starting with a digit or `_` (`value`: `raw` without
/// its sign).
fn number(raw: &str, value: &str) -> Result<Kind<'static>, Bare> {
    let Some(digits) = value.bytes().position(|c| !c.is_ascii_digit()) else {
        if value.starts_with('0') {
            return Err(LEADING_ZERO);
        }
        return Ok(Kind::Integer(raw.parse().ok()));
    };
    let rest = &value[digits..];
    if rest.starts_with(['-', ':']) {
        return datetime(raw).map(Kind::Datetime).ok_or(BAD_DATE);
    }
    if rest.contains(' ') {
        return Err(UNQUOTED);
    }
    if rest.contains(['.', 'e', 'E']) {
        float_shape(value)?;
        return Ok(Kind::Float(separators(raw, true)?));
    }
    if rest.starts_with('_') {
        if value.starts_with('0') {
            return Err(LEADING_ZERO);
        }
        let text = separators(raw, false)?;
        return Ok(Kind::Integer(text.parse().ok()));
    }
    Err(UNQUOTED)
}

/// Checks each `_` stands between two digits (hex digits too unless `float`, as the crate);
/// returns the text without them.
fn separators(text: &str, float: bool) -> Result<String, Bare> {
    let b = text.as_bytes();
    let digit =
        |c: Option<&u8>| c.is_some_and(|c| c.is_ascii_digit() || (!float && c.is_ascii_hexdigit()));
    for (i, &c) in b.iter().enumerate() {
        if c == b'_' && (i == 0 || !digit(b.get(i - 1)) || !digit(b.get(i + 1))) {
            return Err(Bare::Underscore);
        }
    }
    Ok(text.replace('_', ""))
}

/// Mantissa, optional fraction, optional exponent (without the sign), as the crate's
/// `ensure_float`.
fn float_shape(value: &str) -> Result<(), Bare> {
    let b = value.as_bytes();
    let mut i = 0;
    // Digits and `_` from `i`; the number of digits.
    let run = |i: &mut usize| {
        let from = *i;
        while *i < b.len() && (b[*i].is_ascii_digit() || b[*i] == b'_') {
            *i += 1;
        }
        b[from..*i].iter().filter(|c| c.is_ascii_digit()).count()
    };
    let n = run(&mut i);
    if n == 0 {
        return Err(BAD_NUMBER);
    }
    if n > 1 && b[0] == b'0' {
        return Err(LEADING_ZERO);
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        if run(&mut i) == 0 {
            return Err(Bare::PointDigits);
        }
    }
    if let Some(b'e' | b'E') = b.get(i) {
        i += 1;
        if let Some(b'+' | b'-') = b.get(i) {
            i += 1;
        }
        if run(&mut i) == 0 {
            return Err(Bare::ExponentDigits);
        }
    }
    if i < b.len() {
        return Err(BAD_NUMBER);
    }
    Ok(())
}

/// `YYYY-MM-DD`, `HH:MM[:SS[.frac]]`, or both joined by `T`, `t` or a space with an optional
/// `Z` or `±HH:MM` offset (as the `toml_datetime` crate reads them).
fn datetime(s: &str) -> Option<Datetime> {
    let b = s.as_bytes();
    let mut i = 0;
    // `n` digits at `i`, then moves past them.
    let num = |i: &mut usize, n: usize| -> Option<u32> {
        let d = b.get(*i..*i + n)?;
        if !d.iter().all(u8::is_ascii_digit) {
            return None;
        }
        *i += n;
        Some(d.iter().fold(0, |v, c| v * 10 + u32::from(c - b'0')))
    };
    let eat = |i: &mut usize, c: u8| {
        let yes = b.get(*i) == Some(&c);
        if yes {
            *i += 1;
        }
        yes
    };
    let mut dt = Datetime {
        date: None,
        time: None,
        offset: None,
    };
    if b.get(4) == Some(&b'-') {
        let year = num(&mut i, 4)?;
        eat(&mut i, b'-');
        let month = num(&mut i, 2)?;
        if !eat(&mut i, b'-') {
            return None;
        }
        let day = num(&mut i, 2)?;
        dt.date = Some(Date::new(year as u16, month as u8, day as u8)?);
        match b.get(i) {
            None => return Some(dt),
            Some(b'T' | b't' | b' ') => i += 1,
            _ => return None,
        }
    }
    let hour = num(&mut i, 2)?;
    if !eat(&mut i, b':') {
        return None;
    }
    let minute = num(&mut i, 2)?;
    let mut second = None;
    let mut nanosecond = None;
    if eat(&mut i, b':') {
        second = Some(num(&mut i, 2)? as u8);
        if eat(&mut i, b'.') {
            let from = i;
            while b.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            if i == from {
                return None;
            }
            let mut ns = 0;
            for k in 0..9 {
                ns = ns * 10
                    + b.get(from + k)
                        .filter(|_| from + k < i)
                        .map_or(0, |c| u32::from(c - b'0'));
            }
            nanosecond = Some(ns);
        }
    }
    if hour > 23 || minute > 59 || second.unwrap_or(0) > 60 {
        return None;
    }
    dt.time = Some(Time {
        hour: hour as u8,
        minute: minute as u8,
        second,
        nanosecond,
    });
    if dt.date.is_some() {
        match b.get(i) {
            Some(b'Z' | b'z') => {
                i += 1;
                dt.offset = Some(Offset::Z);
            }
            Some(&sign @ (b'+' | b'-')) => {
                i += 1;
                let h = num(&mut i, 2)?;
                if !eat(&mut i, b':') {
                    return None;
                }
                let m = num(&mut i, 2)?;
                if h > 23 || m > 59 {
                    return None;
                }
                let minutes = (h * 60 + m) as i16;
                dt.offset = Some(Offset::Minutes(if sign == b'-' {
                    -minutes
                } else {
                    minutes
                }));
            }
            _ => {}
        }
    }
    (i == b.len()).then_some(dt)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(text: &str) -> Table<'_> {
        parse(text).unwrap_or_else(|e| panic!("{text:?}: {e:?}"))
    }

    fn err(text: &str) -> Error {
        match parse(text) {
            Ok(t) => panic!("{text:?} parsed: {t:?}"),
            Err(e) => e,
        }
    }

    #[test]
    fn reads_the_kinds_of_value() {
        let text = "s = \"a\\tb\\u00e9\\x41\\e\"\ni = 0x1f\nj = 1_000\nf = 6.5e-1\nb = true\n\
                    d = 2024-03-31\nt = 07:30\nlt = 2024-03-31 07:30:15.5\nod = 2024-03-31T07:30Z\n\
                    a = [1, 'x', [], {}]\n";
        let t = ok(text);
        let kind = |k: &str| &t.get(k).unwrap().kind;
        assert!(matches!(kind("s"), Kind::String(s) if s == "a\tbéA\u{1b}"));
        assert!(matches!(kind("i"), Kind::Integer(Some(31))));
        assert!(matches!(kind("j"), Kind::Integer(Some(1000))));
        assert!(matches!(kind("f"), Kind::Float(f) if f == "6.5e-1"));
        assert!(matches!(kind("b"), Kind::Boolean(true)));
        let Kind::Datetime(d) = kind("d") else {
            panic!()
        };
        assert_eq!((d.date, d.time), (Date::new(2024, 3, 31), None));
        let Kind::Datetime(lt) = kind("lt") else {
            panic!()
        };
        assert_eq!(lt.time.and_then(|t| t.nanosecond), Some(500_000_000));
        let Kind::Datetime(od) = kind("od") else {
            panic!()
        };
        assert_eq!(od.offset, Some(Offset::Z));
        let Kind::Array(a) = kind("a") else { panic!() };
        assert_eq!(a.len(), 4);
        let at = text.find("[1,").unwrap();
        assert_eq!(t.get("a").unwrap().span, at..at + 16);
    }

    #[test]
    fn errors_say_where() {
        let e = err("a = 1\nb = \"x\nc = 2\n");
        assert_eq!(e.span.start, 10);
        assert!(e.message.contains("closing quote"), "{e:?}");
        assert!(err("a = 1\na = 2").message.contains("defined twice"));
        assert!(err("[a]\n[a]").message.contains("defined twice"));
        assert!(err("a = {}\n[a.b]").message.contains("inline table"));
        assert!(err("a = [1]\n[[a]]").message.contains("another kind"));
        assert!(err("a = 01").message.contains("leading 0"));
        assert!(err("a = hello").message.contains("quotes"));
        assert!(err("a = \"\\q\"").message.contains("unknown escape"));
        assert!(err(&format!("a = {}", "[".repeat(100)))
            .message
            .contains("nested"));
    }

    #[test]
    fn never_panics_on_cut_documents() {
        let text = "a.\"b\" = [ { c = 0x1_f, d = '''x''' }, 2024-03-31T07:30:00.123+09:00 ]\n\
                    [[t . u]]\ne = \"\"\"\\\n  y\"\"\"\n";
        for end in 0..=text.len() {
            if let Some(part) = text.get(..end) {
                let _ = parse(part);
            }
        }
    }
}
