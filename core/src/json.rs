//! A small JSON reader and writer: enough for the case format (`docs/case.md`) without
//! `serde_json`, so that the pages' wasm does not carry a general JSON library.
//!
//! The reader is driven by its caller, which knows the format: it asks what comes next
//! ([`Reader::peek`]) and reads a string, a number, an object or a list, or skips a value it does
//! not know ([`Reader::skip`]). It accepts what RFC 8259 accepts, as `serde_json` does: only the
//! four white-space characters, no comments, no trailing commas; a string that is read must not
//! hold half of a surrogate pair in a `\u` escape (a skipped one may, as in `serde_json`).
//! Skipping is a loop, not recursion, so no nesting can exhaust the stack; what the caller reads
//! nests only as deep as its format. Errors say the line and the column (in characters, both
//! from 1) where the problem starts.
//!
//! The writer writes compact JSON with the escapes `serde_json` writes, so the text is the same.

use std::borrow::Cow;

/// Why JSON text could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub message: String,
    /// From 1.
    pub line: usize,
    /// In characters, from 1.
    pub column: usize,
}

/// What the next value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Object,
    List,
    String,
    Number,
    Bool,
    Null,
}

impl Kind {
    /// The kind as a message says it: "a string", "a list"…
    pub fn name(self) -> &'static str {
        match self {
            Kind::Object => "an object",
            Kind::List => "a list",
            Kind::String => "a string",
            Kind::Number => "a number",
            Kind::Bool => "true or false",
            Kind::Null => "null",
        }
    }
}

const END_IN_OBJECT: &str = "the text ends inside an object (a `}` is missing)";
const END_IN_LIST: &str = "the text ends inside a list (a `]` is missing)";
const END_IN_STRING: &str = "the text ends inside a string (a closing `\"` is missing)";

/// Reads JSON text one value at a time.
pub struct Reader<'a> {
    text: &'a str,
    /// The byte offset of the next character.
    pos: usize,
}

impl<'a> Reader<'a> {
    pub fn new(text: &'a str) -> Reader<'a> {
        Reader { text, pos: 0 }
    }

    fn next_byte(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn skip_space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.next_byte() {
            self.pos += 1;
        }
    }

    /// An error at the byte offset `at`.
    pub fn error_at(&self, at: usize, message: impl Into<String>) -> Error {
        let mut at = at.min(self.text.len());
        while !self.text.is_char_boundary(at) {
            at -= 1;
        }
        let before = &self.text[..at];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Error {
            message: message.into(),
            line: 1 + before.bytes().filter(|&b| b == b'\n').count(),
            column: 1 + before[line_start..].chars().count(),
        }
    }

    /// An error at the next character (after [`Reader::peek`]: at the start of the value).
    pub fn error(&self, message: impl Into<String>) -> Error {
        self.error_at(self.pos, message)
    }

    /// The byte offset of the next character.
    pub fn offset(&self) -> usize {
        self.pos
    }

    /// Skips white space and says what the next value is; an error when none can start here.
    pub fn peek(&mut self) -> Result<Kind, Error> {
        self.skip_space();
        let rest = &self.text[self.pos..];
        let kind = match rest.as_bytes().first() {
            Some(b'{') => Kind::Object,
            Some(b'[') => Kind::List,
            Some(b'"') => Kind::String,
            Some(b'-' | b'0'..=b'9') => Kind::Number,
            Some(_) if rest.starts_with("true") || rest.starts_with("false") => Kind::Bool,
            Some(_) if rest.starts_with("null") => Kind::Null,
            Some(_) => return Err(self.error(
                "expected a JSON value: a string in \"double quotes\", a number, { … }, [ … ], \
                     true, false or null",
            )),
            None => return Err(self.error("the text ends where a value was expected")),
        };
        Ok(kind)
    }

    /// Reads `null` when it comes next; `false` (and nothing read) when something else does.
    pub fn null(&mut self) -> Result<bool, Error> {
        let null = self.peek()? == Kind::Null;
        if null {
            self.pos += 4;
        }
        Ok(null)
    }

    /// Reads an object (the next value must be one), calling `field` with each key and the byte
    /// offset where the key starts; `field` must read or skip the value.
    pub fn object(
        &mut self,
        mut field: impl FnMut(&mut Self, &str, usize) -> Result<(), Error>,
    ) -> Result<(), Error> {
        self.object_dyn(&mut field)
    }

    /// [`Reader::object`] compiled once, whatever the caller (smaller wasm).
    fn object_dyn(
        &mut self,
        field: &mut dyn FnMut(&mut Self, &str, usize) -> Result<(), Error>,
    ) -> Result<(), Error> {
        self.pos += 1;
        self.skip_space();
        if self.next_byte() == Some(b'}') {
            self.pos += 1;
            return Ok(());
        }
        loop {
            let at = self.key_start()?;
            let key = self.string_body(true)?;
            self.colon()?;
            field(self, &key, at)?;
            if !self.more(b'}')? {
                return Ok(());
            }
        }
    }

    /// Reads a list (the next value must be one), calling `item` with each index; `item` must
    /// read or skip the value.
    pub fn list(
        &mut self,
        mut item: impl FnMut(&mut Self, usize) -> Result<(), Error>,
    ) -> Result<(), Error> {
        self.list_dyn(&mut item)
    }

    /// [`Reader::list`] compiled once, whatever the caller.
    fn list_dyn(
        &mut self,
        item: &mut dyn FnMut(&mut Self, usize) -> Result<(), Error>,
    ) -> Result<(), Error> {
        self.pos += 1;
        self.skip_space();
        if self.next_byte() == Some(b']') {
            self.pos += 1;
            return Ok(());
        }
        let mut index = 0;
        loop {
            item(self, index)?;
            index += 1;
            if !self.more(b']')? {
                return Ok(());
            }
        }
    }

    /// Reads a string (the next value must be one), its escapes decoded.
    pub fn string(&mut self) -> Result<Cow<'a, str>, Error> {
        self.string_body(true)
    }

    /// Reads a number (the next value must be one) and gives its text as written.
    pub fn number(&mut self) -> Result<&'a str, Error> {
        let start = self.pos;
        let bytes = self.text.as_bytes();
        let digit = |at: usize| bytes.get(at).is_some_and(u8::is_ascii_digit);
        if bytes.get(self.pos) == Some(&b'-') {
            self.pos += 1;
        }
        let invalid = |r: &Self| Err(r.error_at(start, "invalid number"));
        match bytes.get(self.pos) {
            Some(b'0') if digit(self.pos + 1) => {
                return Err(self.error_at(start, "invalid number (a number cannot start with 0)"))
            }
            Some(b'0'..=b'9') => {}
            _ => return invalid(self),
        }
        while digit(self.pos) {
            self.pos += 1;
        }
        if bytes.get(self.pos) == Some(&b'.') {
            self.pos += 1;
            if !digit(self.pos) {
                return invalid(self);
            }
            while digit(self.pos) {
                self.pos += 1;
            }
        }
        if let Some(b'e' | b'E') = bytes.get(self.pos) {
            self.pos += 1;
            if let Some(b'+' | b'-') = bytes.get(self.pos) {
                self.pos += 1;
            }
            if !digit(self.pos) {
                return invalid(self);
            }
            while digit(self.pos) {
                self.pos += 1;
            }
        }
        Ok(&self.text[start..self.pos])
    }

    /// Skips one value of any kind, however deeply nested.
    pub fn skip(&mut self) -> Result<(), Error> {
        // The open containers: `true` for an object, `false` for a list.
        let mut open: Vec<bool> = Vec::new();
        loop {
            match self.peek()? {
                kind @ (Kind::Object | Kind::List) => {
                    let object = kind == Kind::Object;
                    self.pos += 1;
                    self.skip_space();
                    if self.next_byte() == Some(if object { b'}' } else { b']' }) {
                        self.pos += 1;
                    } else {
                        open.push(object);
                        if object {
                            self.skipped_key()?;
                        }
                        continue;
                    }
                }
                Kind::String => {
                    self.string_body(false)?;
                }
                Kind::Number => {
                    self.number()?;
                }
                Kind::Bool => self.pos += if self.next_byte() == Some(b't') { 4 } else { 5 },
                Kind::Null => self.pos += 4,
            }
            // After a value: close what ends here, or go on to the next item.
            while let Some(&object) = open.last() {
                if self.more(if object { b'}' } else { b']' })? {
                    if object {
                        self.skipped_key()?;
                    }
                    break;
                }
                open.pop();
            }
            if open.is_empty() {
                return Ok(());
            }
        }
    }

    /// Checks that only white space follows the value.
    pub fn finish(mut self) -> Result<(), Error> {
        self.skip_space();
        if self.pos < self.text.len() {
            return Err(self.error("unexpected text after the end of the JSON value"));
        }
        Ok(())
    }

    /// After an item: `true` at a comma (another item follows), `false` at `close` (read).
    fn more(&mut self, close: u8) -> Result<bool, Error> {
        self.skip_space();
        match self.next_byte() {
            Some(b',') => {
                self.pos += 1;
                Ok(true)
            }
            Some(b) if b == close => {
                self.pos += 1;
                Ok(false)
            }
            Some(_) if close == b'}' => Err(self.error("expected `,` or `}` after a field")),
            Some(_) => Err(self.error("expected `,` or `]` after a list item")),
            None if close == b'}' => Err(self.error(END_IN_OBJECT)),
            None => Err(self.error(END_IN_LIST)),
        }
    }

    /// Goes to the opening quote of a key and gives its offset.
    fn key_start(&mut self) -> Result<usize, Error> {
        self.skip_space();
        match self.next_byte() {
            Some(b'"') => Ok(self.pos),
            Some(_) => Err(self.error("expected a field name in \"double quotes\"")),
            None => Err(self.error(END_IN_OBJECT)),
        }
    }

    fn colon(&mut self) -> Result<(), Error> {
        self.skip_space();
        match self.next_byte() {
            Some(b':') => {
                self.pos += 1;
                Ok(())
            }
            Some(_) => Err(self.error("expected `:` after the field name")),
            None => Err(self.error(END_IN_OBJECT)),
        }
    }

    /// A key in a skipped object, and its colon.
    fn skipped_key(&mut self) -> Result<(), Error> {
        self.key_start()?;
        self.string_body(false)?;
        self.colon()
    }

    /// Reads a string from its opening quote. `keep` false skips it: nothing is built, and a
    /// `\u` escape may be half of a surrogate pair (`serde_json` lets those through unread).
    fn string_body(&mut self, keep: bool) -> Result<Cow<'a, str>, Error> {
        let text = self.text;
        self.pos += 1;
        let start = self.pos;
        let mut built: Option<String> = None;
        // Where the text not yet copied into `built` starts.
        let mut run = start;
        loop {
            match self.next_byte() {
                None => return Err(self.error(END_IN_STRING)),
                Some(b'"') => {
                    let end = self.pos;
                    self.pos += 1;
                    return Ok(match built {
                        Some(mut s) => {
                            s.push_str(&text[run..end]);
                            Cow::Owned(s)
                        }
                        None if keep => Cow::Borrowed(&text[start..end]),
                        None => Cow::Borrowed(""),
                    });
                }
                Some(b'\\') => {
                    let at = self.pos;
                    let c = self.escape(keep)?;
                    if keep {
                        let s = built.get_or_insert_with(String::new);
                        s.push_str(&text[run..at]);
                        s.push(c);
                    }
                    run = self.pos;
                }
                Some(0..=0x1f) => {
                    return Err(self.error(
                        "a control character (such as a line break or a tab) in a string: \
                         write it as an escape such as \\n or \\t",
                    ))
                }
                Some(_) => self.pos += 1,
            }
        }
    }

    /// Reads one escape from its backslash. With `strict` false any four hex digits pass.
    fn escape(&mut self, strict: bool) -> Result<char, Error> {
        let at = self.pos;
        let invalid = |r: &Self| {
            Err(r.error_at(
                at,
                "invalid escape in a string (the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX)",
            ))
        };
        let Some(b) = self.text.as_bytes().get(at + 1).copied() else {
            self.pos = at + 1;
            return Err(self.error(END_IN_STRING));
        };
        self.pos = at + 2;
        let c = match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let Some(high) = self.hex4() else {
                    return invalid(self);
                };
                if !strict {
                    return Ok(char::REPLACEMENT_CHARACTER);
                }
                let lone = |r: &Self| {
                    Err(r.error_at(
                        at,
                        "a \\u escape holds half of a surrogate pair without the other half",
                    ))
                };
                let code = match high {
                    0xDC00..=0xDFFF => return lone(self),
                    0xD800..=0xDBFF => {
                        if !self.text[self.pos..].starts_with("\\u") {
                            return lone(self);
                        }
                        self.pos += 2;
                        match self.hex4() {
                            Some(low @ 0xDC00..=0xDFFF) => {
                                0x1_0000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                            }
                            Some(_) => return lone(self),
                            None => return invalid(self),
                        }
                    }
                    code => code,
                };
                char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER)
            }
            _ => return invalid(self),
        };
        Ok(c)
    }

    /// Four hex digits after `\u`, read.
    fn hex4(&mut self) -> Option<u32> {
        let digits = self.text.as_bytes().get(self.pos..self.pos + 4)?;
        let mut value = 0;
        for &d in digits {
            value = value * 16 + char::from(d).to_digit(16)?;
        }
        self.pos += 4;
        Some(value)
    }
}

/// Appends `s` as a JSON string, with the escapes `serde_json` writes: `\"`, `\\`, the short
/// forms `\b \f \n \r \t`, and `\u00XX` for the other control characters. Everything else
/// (non-ASCII and U+007F included) is written as it is: JSON text is UTF-8, so a character
/// outside the Basic Multilingual Plane needs no surrogate pair.
pub fn write_string(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    let mut run = 0;
    for (i, b) in s.bytes().enumerate() {
        let short = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            0x08 => "\\b",
            0x0c => "\\f",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&s[run..i]);
        if short.is_empty() {
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        } else {
            out.push_str(short);
        }
        run = i + 1;
    }
    out.push_str(&s[run..]);
    out.push('"');
}

/// Writes an object's fields one at a time, with the commas between them.
pub struct ObjectWriter<'o> {
    out: &'o mut String,
    empty: bool,
}

impl<'o> ObjectWriter<'o> {
    /// Writes `{`.
    pub fn open(out: &'o mut String) -> ObjectWriter<'o> {
        out.push('{');
        ObjectWriter { out, empty: true }
    }

    /// Writes a field's key and colon; the caller writes the value into what this returns.
    pub fn key(&mut self, key: &str) -> &mut String {
        if !self.empty {
            self.out.push(',');
        }
        self.empty = false;
        write_string(self.out, key);
        self.out.push(':');
        self.out
    }

    /// Writes `}`.
    pub fn close(self) {
        self.out.push('}');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(s: &str) -> String {
        let mut out = String::new();
        write_string(&mut out, s);
        out
    }

    #[test]
    fn strings_are_written_with_serde_json_s_escapes() {
        assert_eq!(written("plain"), r#""plain""#);
        assert_eq!(
            written("\"\\/\u{8}\u{c}\n\r\t\u{0}\u{1f}\u{7f}"),
            concat!(r#""\"\\/\b\f\n\r\t\u0000\u001f"#, "\u{7f}\"")
        );
        assert_eq!(written("送信 😀"), "\"送信 😀\"");
    }

    #[test]
    fn escapes_are_read_surrogate_pairs_included() {
        let mut r = Reader::new(r#""a\"\\\/\b\f\n\r\t\u00e9\u9001\ud83d\ude00z""#);
        assert_eq!(r.peek(), Ok(Kind::String));
        assert_eq!(
            r.string().unwrap(),
            "a\"\\/\u{8}\u{c}\n\r\t\u{e9}\u{9001}😀z"
        );
        for lone in [
            r#""\ud83d""#,
            r#""\ude00""#,
            r#""\ud83d\u0041""#,
            r#""\ud83dx""#,
        ] {
            let mut r = Reader::new(lone);
            assert!(
                r.string().unwrap_err().message.contains("surrogate"),
                "{lone}"
            );
            // A skipped string may hold one.
            let mut r = Reader::new(lone);
            assert_eq!(r.skip(), Ok(()), "{lone}");
        }
        let mut r = Reader::new(r#""\x""#);
        assert!(r
            .string()
            .unwrap_err()
            .message
            .starts_with("invalid escape"));
    }

    #[test]
    fn skipping_any_depth_uses_no_stack() {
        let n = 1_000_000;
        let text = format!("{}{}", "[{\"a\":".repeat(n), "}]".repeat(n)).replace("\"a\":}", "}");
        assert_eq!(Reader::new(&text).skip(), Ok(()));
        let open = "[".repeat(n);
        assert!(Reader::new(&open)
            .skip()
            .unwrap_err()
            .message
            .contains("text ends"));
    }

    #[test]
    fn errors_count_lines_and_characters() {
        let mut r = Reader::new("{\n  \"送信\": x}");
        assert_eq!(r.peek(), Ok(Kind::Object));
        let err = r.object(|r, _, _| r.skip()).unwrap_err();
        assert_eq!((err.line, err.column), (2, 9));
        for (text, message) in [
            ("01", "cannot start with 0"),
            ("1.", "invalid number"),
            ("-", "invalid number"),
            ("1e+", "invalid number"),
            ("tru", "expected a JSON value"),
            ("[1,]", "expected a JSON value"),
            ("{\"a\" 1}", "expected `:`"),
            ("{\"a\":1 \"b\"}", "expected `,` or `}`"),
            ("{1:2}", "field name"),
            ("\"a\nb\"", "control character"),
        ] {
            let err = Reader::new(text).skip().unwrap_err();
            assert!(err.message.contains(message), "{text}: {err:?}");
        }
        let mut r = Reader::new("1 2");
        assert_eq!(r.skip(), Ok(()));
        assert!(r.finish().unwrap_err().message.contains("after the end"));
    }
}
