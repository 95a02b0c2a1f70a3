//! Decoders for text the customer pastes: error messages ([`errors`]) and name-lookup output
//! ([`lookup`]). Everything here is hand-written scanning (no `regex`, to keep the wasm small),
//! linear in the input and panic-free on any input.

pub mod errors;
pub mod lookup;
mod table;

pub use errors::{
    cause_check, decode, entries, explain, meaning, suspects, CauseCheck, Decoded, Entry,
    ErrorMeaning, Pat,
};
pub use lookup::parse_lookup;

/// Every meaning and check (own and generic) of the error table (the English of which the customers' page
/// loads on demand: `lang::english`).
#[cfg(not(feature = "english-on-demand"))]
pub(crate) fn table_texts() -> Vec<crate::lang::Text> {
    let causes = crate::codes::Code::ALL
        .iter()
        .map(|c| crate::codes::Cause::Finding(*c))
        .chain(
            crate::codes::OtherCause::ALL
                .iter()
                .map(|o| crate::codes::Cause::Other(*o)),
        );
    errors::entries()
        .iter()
        .flat_map(|e| std::iter::once(e.meaning).chain(e.checks.iter().map(|(_, t)| *t)))
        .chain(causes.map(errors::cause_text))
        .collect()
}

/// Text folded for matching: full-width ASCII (`０-９`, `Ａ-Ｚ`, `：`, `（）`…) to ASCII, ASCII
/// lower case, curly quotes to straight ones, and every run of white space (line breaks
/// included) to one space between two ASCII characters and to nothing next to a non-ASCII one
/// (so a Japanese message broken over two lines still reads as one).
pub(crate) struct Folded {
    pub chars: Vec<char>,
    /// For each folded char, the byte offset of the original char it came from.
    pub starts: Vec<usize>,
    /// For each folded char, the byte offset just after the original char.
    pub ends: Vec<usize>,
}

/// Folds one char (no white-space handling). `None` drops it.
pub(crate) fn fold_char(c: char) -> Option<char> {
    let c = match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{2033}' | '\u{300C}' | '\u{300D}' => '"',
        '\u{2018}' | '\u{2019}' | '\u{2032}' => '\'',
        '\u{200B}' | '\u{FEFF}' | '\u{00AD}' => return None,
        _ => c,
    };
    Some(c.to_ascii_lowercase())
}

pub(crate) fn fold(text: &str) -> Folded {
    let mut out = Folded {
        chars: Vec::with_capacity(text.len()),
        starts: Vec::with_capacity(text.len()),
        ends: Vec::with_capacity(text.len()),
    };
    // A pending run of white space: where it started in the original.
    let mut pending_space: Option<(usize, usize)> = None;
    for (at, raw) in text.char_indices() {
        let end = at + raw.len_utf8();
        let Some(c) = fold_char(raw) else { continue };
        if c.is_whitespace() {
            if pending_space.is_none() {
                pending_space = Some((at, end));
            }
            continue;
        }
        if let Some((s, e)) = pending_space.take() {
            let prev_ascii = out.chars.last().is_some_and(|p| p.is_ascii());
            if prev_ascii && c.is_ascii() {
                out.chars.push(' ');
                out.starts.push(s);
                out.ends.push(e);
            }
        }
        out.chars.push(c);
        out.starts.push(at);
        out.ends.push(end);
    }
    out
}

/// Folds a pattern the same way as the text (patterns are short; no offsets needed).
pub(crate) fn fold_pattern(p: &str) -> Vec<char> {
    fold(p).chars
}

/// Collapses white-space runs of an original slice to one space (for showing what matched).
pub(crate) fn tidy(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.trim().chars() {
        if c.is_whitespace() {
            space = true;
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_joins_broken_japanese_and_full_width() {
        let f = fold("サーバーへの接続に\r\n失敗しました ０ｘ８００ＣＣＣ０Ｅ：  Ａ\n b");
        let s: String = f.chars.iter().collect();
        assert_eq!(s, "サーバーへの接続に失敗しました0x800ccc0e: a b");
        assert_eq!(f.chars.len(), f.starts.len());
        assert_eq!(tidy("  a \n\t b "), "a b");
    }
}
