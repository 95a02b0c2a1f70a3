//! Characters that do not show, or that reorder what is shown around them: control characters
//! (general category Cc), format characters (Cf: the bidi embeddings, overrides and isolates,
//! zero-width spaces and joiners, the byte-order mark, soft hyphen…) and the line and paragraph
//! separators (Zl, Zp). None belongs in an address, a host name or a user name; in a link they
//! can make `moc.elpmaxe@` read as `example.com` or hide a second address (issue 12: a link's
//! values are refused when they hold one).
//!
//! The Cf ranges are those of the Unicode Character Database (UnicodeData.txt, general
//! category Cf, as of Unicode 16: the list `less` generates from it in `fmt.uni`).

/// (first, last) code points of general category Cf.
const FORMAT: &[(u32, u32)] = &[
    (0x00AD, 0x00AD),
    (0x0600, 0x0605),
    (0x061C, 0x061C),
    (0x06DD, 0x06DD),
    (0x070F, 0x070F),
    (0x0890, 0x0891),
    (0x08E2, 0x08E2),
    (0x180E, 0x180E),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x2064),
    (0x2066, 0x206F),
    (0xFEFF, 0xFEFF),
    (0xFFF9, 0xFFFB),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x1343F),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
];

/// Whether `c` is a control, format, line- or paragraph-separator character.
pub fn is_hidden(c: char) -> bool {
    let n = u32::from(c);
    c.is_control()
        || n == 0x2028
        || n == 0x2029
        || FORMAT.iter().any(|&(lo, hi)| (lo..=hi).contains(&n))
}

/// The first hidden character of `text` (see the module's comment), if any.
pub fn hidden_char(text: &str) -> Option<char> {
    text.chars().find(|&c| is_hidden(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bidi_zero_width_and_controls_are_found() {
        for c in [
            '\u{202E}',
            '\u{2066}',
            '\u{2069}',
            '\u{200B}',
            '\u{200D}',
            '\u{FEFF}',
            '\u{00AD}',
            '\u{061C}',
            '\u{0000}',
            '\n',
            '\u{007F}',
            '\u{0085}',
            '\u{2028}',
            '\u{E0041}',
        ] {
            let text = format!("taro{c}@example.jp");
            assert_eq!(hidden_char(&text), Some(c), "{:04X}", u32::from(c));
        }
    }

    #[test]
    fn ordinary_text_passes() {
        for text in [
            "taro@kita.aoi.example.jp",
            "山田.太郎@例え.jp",
            "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ",
            "taro yamada",
            "",
        ] {
            assert_eq!(hidden_char(text), None, "{text}");
        }
    }
}
