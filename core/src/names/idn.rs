//! Internationalised domain names to their ASCII (punycode) form, for what people in Japan type:
//! a small stand-in for `idna::domain_to_ascii` (UTS 46 non-transitional processing, no STD3
//! ASCII rules, hyphens not checked, DNS lengths not verified — the WHATWG URL defaults), whose
//! mapping and normalisation data (ICU4X, ~30 KB gzip in the wasm) the customers' pages do not
//! need.
//!
//! **Supported characters**, giving exactly what `idna::domain_to_ascii` gives (the parity tests in
//! `core/tests/idn_parity.rs` check each one, and every kana + sound-mark pair, against `idna`):
//! - ASCII, all of it: upper-case letters lower-cased, everything else kept (`idna` with no STD3
//!   rules keeps even spaces and `_`);
//! - full-width ASCII U+FF01–U+FF5E (`ｍａｉｌ`, `＠`) as ASCII, letters lower-cased;
//! - the ideographic full stop 「。」 U+3002, full-width 「．」 U+FF0E and half-width 「｡」 U+FF61
//!   as the label dot;
//! - the ideographic space U+3000 and the no-break space U+00A0 as a space;
//! - half-width katakana and punctuation U+FF62–U+FF9F as their full-width forms (`ｶ` → カ,
//!   `ｰ` → ー, `｢` → 「, `ﾞ`/`ﾟ` → the combining sound marks U+3099/U+309A);
//! - a kana followed by the combining voiced / semi-voiced sound mark U+3099/U+309A composed
//!   (NFC: か + ゛ → が, ｶﾞ → ガ, ﾊﾟ → パ, ｳﾞ → ヴ, ゝ + ゛ → ゞ); a mark after anything else is
//!   kept, a mark starting a label makes the name invalid;
//! - the spacing sound marks ゛゜ U+309B/U+309C as a space and the combining mark (as UTS 46
//!   maps them), the digraphs ゟ U+309F and ヿ U+30FF as より and コト;
//! - kept as they are: hiragana U+3041–U+3096, U+309D–U+309E (ゝゞ), katakana U+30A0–U+30FE
//!   (including ー, ・, ヽヾ), the katakana extensions U+31F0–U+31FF, the Japanese punctuation
//!   and marks U+3001, U+3003–U+3029 (々〆〇「」…), U+3030–U+3035, U+3037, U+303B–U+303F (〻),
//!   CJK unified ideographs U+3400–U+9FFF (Extension A, the Yijing symbols between, the URO)
//!   and U+20000–U+2A6DF (Extension B, 𠮷), and the twelve unified ideographs in the
//!   compatibility block (﨑 U+FA11, …);
//! - dropped, as UTS 46 ignores them: the soft hyphen U+00AD, zero-width space U+200B, word
//!   joiner U+2060, byte-order mark U+FEFF and the variation selectors U+FE00–U+FE0F,
//!   U+E0100–U+E01EF (ideographic variation sequences) — invisible characters a pasted address
//!   can carry;
//! - `xn--` labels, in any case, decoded (RFC 3492) and checked as `idna` checks them: the
//!   decoded text must be made of the characters above, be valid as it stands (nothing that
//!   maps) and in NFC, and not start with a combining mark; they come out lower-cased.
//!
//! Labels are not otherwise checked, as `idna::domain_to_ascii` does not check them: empty
//! labels (`ほたる..jp`), leading, trailing or doubled hyphens and long labels pass; a non-ASCII
//! label over 1,000 characters, or an `xn--` label over 2,004 characters, is refused as `idna`
//! refuses it.
//!
//! **Narrowing:** every other non-ASCII character makes [`to_ascii`] refuse the whole name, where
//! `idna` would have mapped or kept many of them (98,338 code points; 942,541 others it refuses
//! too — `core/tests/idn_parity.rs`, `count_the_narrowing`): accented and other Latin, Greek or
//! Cyrillic letters (`é`, `Ä`), other scripts (Hangul, Thai), compatibility ideographs that
//! UTS 46 maps to unified ones (U+F900–U+FAD9 but the twelve), the other CJK extension blocks,
//! symbols and punctuation (`−` U+2212; `～` is full-width ASCII and supported), circled and
//! squared forms (①, ㈱, ㍿), other space and format characters; also an `xn--` label that
//! decodes to any of them, when the name has non-ASCII text elsewhere (all-ASCII names never
//! reach this module). The profile's domains are Japanese or ASCII, so a refused name is one
//! that matches nothing either way; the difference is how it is shown — as typed (ASCII
//! lower-cased) rather than in `idna`'s punycode — and that such a name is no valid host name
//! for `names::is_domain_name`: a profile listing `café.example` now fails to load, a DNS look-up
//! of it is refused; written in its `xn--` form it works as before. Characters `idna` refuses
//! anyway (unassigned, disallowed, ZWJ/ZWNJ after a kana) are refused here too.

/// Label separator after mapping.
const DOT: char = '.';
/// Combining voiced / semi-voiced sound marks (the only marks in the supported set).
const VOICED: u32 = 0x3099;
const SEMI_VOICED: u32 = 0x309A;
/// `idna`'s limits (ICU4C's): non-ASCII label length in characters before punycode encoding,
/// and `xn--` label length after the prefix before decoding.
const ENCODE_MAX: usize = 1000;
const DECODE_MAX: usize = 2000;

/// Kept as they are (inclusive ranges).
const VALID: &[(u32, u32)] = &[
    (0x3001, 0x3001),
    (0x3003, 0x3029),
    (0x3030, 0x3035),
    (0x3037, 0x3037),
    (0x303B, 0x303F),
    (0x3041, 0x3096),
    (0x3099, 0x309A),
    (0x309D, 0x309E),
    (0x30A0, 0x30FE),
    (0x31F0, 0x31FF),
    (0x3400, 0x9FFF),
    (0x20000, 0x2A6DF),
];

/// The twelve unified ideographs among the compatibility ideographs, as bits from U+FA0E:
/// FA0E FA0F FA11 FA13 FA14 FA1F FA21 FA23 FA24 FA27 FA28 FA29.
const COMPAT_UNIFIED_BASE: u32 = 0xFA0E;
const COMPAT_UNIFIED: u32 = 1 << 0x00
    | 1 << 0x01
    | 1 << 0x03
    | 1 << 0x05
    | 1 << 0x06
    | 1 << 0x11
    | 1 << 0x13
    | 1 << 0x15
    | 1 << 0x16
    | 1 << 0x19
    | 1 << 0x1A
    | 1 << 0x1B;

/// Dropped (UTS 46 "ignored").
const IGNORED: &[(u32, u32)] = &[
    (0x00AD, 0x00AD),
    (0x200B, 0x200B),
    (0x2060, 0x2060),
    (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF),
    (0xE0100, 0xE01EF),
];

/// Half-width U+FF62–U+FF9F: their full-width forms, as offsets from U+3000.
const HALF_WIDTH: [u8; 62] = half_width_table(
    "「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノ\
     ハヒフヘホマミムメモヤユヨラリルレロワン\u{3099}\u{309A}",
);

/// Builds [`HALF_WIDTH`] from the full-width characters in order (all U+3000–U+30FF, three bytes
/// of UTF-8 each).
const fn half_width_table(s: &str) -> [u8; 62] {
    let b = s.as_bytes();
    assert!(b.len() == 62 * 3);
    let mut table = [0u8; 62];
    let mut i = 0;
    while i < 62 {
        let cp = ((b[3 * i] as u32 & 0x0F) << 12)
            | ((b[3 * i + 1] as u32 & 0x3F) << 6)
            | (b[3 * i + 2] as u32 & 0x3F);
        assert!(cp >= 0x3000 && cp <= 0x30FF);
        table[i] = (cp - 0x3000) as u8;
        i += 1;
    }
    table
}

fn in_ranges(u: u32, ranges: &[(u32, u32)]) -> bool {
    ranges.iter().any(|&(lo, hi)| (lo..=hi).contains(&u))
}

/// Whether `c` is kept as it is (a valid character that no mapping changes).
fn is_valid(c: char) -> bool {
    let u = c as u32;
    if c.is_ascii() {
        return !c.is_ascii_uppercase();
    }
    in_ranges(u, VALID)
        || u.checked_sub(COMPAT_UNIFIED_BASE)
            .is_some_and(|i| i < 32 && COMPAT_UNIFIED >> i & 1 == 1)
}

/// Appends what `c` maps to; `false` if `c` is not supported.
fn map_char(c: char, out: &mut Vec<char>) -> bool {
    let u = c as u32;
    // Only ever given U+3000–U+30FF.
    let push = |out: &mut Vec<char>, u: u32| out.extend(char::from_u32(u));
    match u {
        0x00A0 | 0x3000 => out.push(' '),
        0x3002 | 0xFF61 => out.push(DOT),
        0xFF01..=0xFF5E => out.push(char::from((u - 0xFEE0) as u8).to_ascii_lowercase()),
        0xFF62..=0xFF9F => push(out, 0x3000 + u32::from(HALF_WIDTH[(u - 0xFF62) as usize])),
        0x309B | 0x309C => {
            out.push(' ');
            push(out, u - 2);
        }
        0x309F => out.extend(['よ', 'り']),
        0x30FF => out.extend(['コ', 'ト']),
        _ if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        _ if is_valid(c) => out.push(c),
        _ => return in_ranges(u, IGNORED),
    }
    true
}

/// The precomposed kana for `base` + the combining sound mark `mark` (U+3099 or U+309A), if any.
fn compose(base: char, mark: u32) -> Option<char> {
    let b = base as u32;
    // Katakana compose as the hiragana 0x60 below them do (ヽ U+30FD as ゝ U+309D).
    let h = if (0x30A1..=0x30FD).contains(&b) {
        b - 0x60
    } else {
        b
    };
    let ka_to_chi = (0x304B..=0x3061).contains(&h) && h % 2 == 1; // かきくけこさしすせそたち
    let tsu_te_to = (0x3064..=0x3068).contains(&h) && h % 2 == 0; // つてと
    let ha_row = (0x306F..=0x307B).contains(&h) && (h - 0x306F) % 3 == 0; // はひふへほ
    let add = match mark {
        VOICED if ka_to_chi || tsu_te_to || ha_row || h == 0x309D => 1, // が…, ゞ
        VOICED if h == 0x3046 => 0x4E,                                  // ゔ, ヴ
        VOICED if (0x30EF..=0x30F2).contains(&b) => 8,                  // ヷヸヹヺ
        SEMI_VOICED if ha_row => 2,                                     // ぱぴぷぺぽ
        _ => return None,
    };
    char::from_u32(b + add)
}

/// NFC for the supported set: each sound mark composed with the kana right before it.
fn compose_marks(chars: &[char]) -> Vec<char> {
    let mut out: Vec<char> = Vec::with_capacity(chars.len());
    for &c in chars {
        let mark = c as u32;
        if mark == VOICED || mark == SEMI_VOICED {
            if let Some(last) = out.last_mut() {
                if let Some(composed) = compose(*last, mark) {
                    *last = composed;
                    continue;
                }
            }
        }
        out.push(c);
    }
    out
}

/// The ASCII form of a non-ASCII domain name, as `idna::domain_to_ascii` gives it for the
/// supported characters; `None` if the name is invalid or has a character outside them.
pub(crate) fn to_ascii(name: &str) -> Option<String> {
    let mut mapped = Vec::with_capacity(name.len());
    for c in name.chars() {
        if !map_char(c, &mut mapped) {
            return None;
        }
    }
    let mapped = compose_marks(&mapped);
    let mut out = String::with_capacity(mapped.len() + 8);
    for (i, label) in mapped.split(|&c| c == DOT).enumerate() {
        if i > 0 {
            out.push(DOT);
        }
        if label.starts_with(&['x', 'n', '-', '-']) {
            // An A-label: must decode to a valid U-label; shown as typed (lower-cased).
            let digits = &label[4..];
            if !digits.iter().all(char::is_ascii)
                || label.last() == Some(&'-')
                || digits.len() > DECODE_MAX
            {
                return None;
            }
            let decoded = punycode_decode(digits)?;
            if !decoded.iter().all(|&c| c != DOT && is_valid(c))
                || compose_marks(&decoded) != decoded
                || !label_ok(&decoded)
            {
                return None;
            }
            out.extend(label);
        } else if label.iter().all(char::is_ascii) {
            out.extend(label);
        } else {
            if !label_ok(label) {
                return None;
            }
            out.push_str("xn--");
            punycode_encode(label, &mut out);
        }
    }
    Some(out)
}

/// The checks on a non-ASCII label: no combining mark first, not too long to encode.
fn label_ok(label: &[char]) -> bool {
    let first = label.first().map_or(0, |&c| c as u32);
    first != VOICED && first != SEMI_VOICED && label.len() <= ENCODE_MAX
}

// Punycode (RFC 3492) parameters.
const BASE: u32 = 36;
const T_MIN: u32 = 1;
const T_MAX: u32 = 26;
const SKEW: u32 = 38;
const DAMP: u32 = 700;
const INITIAL_BIAS: u32 = 72;
const INITIAL_N: u32 = 0x80;

fn adapt(mut delta: u32, num_points: u32, first_time: bool) -> u32 {
    delta /= if first_time { DAMP } else { 2 };
    delta += delta / num_points;
    let mut k = 0;
    while delta > ((BASE - T_MIN) * T_MAX) / 2 {
        delta /= BASE - T_MIN;
        k += BASE;
    }
    k + (BASE - T_MIN + 1) * delta / (delta + SKEW)
}

fn threshold(k: u32, bias: u32) -> u32 {
    k.saturating_sub(bias).clamp(T_MIN, T_MAX)
}

fn digit_char(d: u32) -> char {
    char::from(if d < 26 {
        b'a' + d as u8
    } else {
        b'0' + (d - 26) as u8
    })
}

/// Appends the punycode of `label` (at most [`ENCODE_MAX`] characters, so nothing overflows).
fn punycode_encode(label: &[char], out: &mut String) {
    let basic = label.iter().filter(|c| c.is_ascii()).count() as u32;
    out.extend(label.iter().filter(|c| c.is_ascii()));
    if basic > 0 {
        out.push('-');
    }
    let (mut n, mut delta, mut bias, mut handled) = (INITIAL_N, 0u32, INITIAL_BIAS, basic);
    while (handled as usize) < label.len() {
        let m = label
            .iter()
            .map(|&c| c as u32)
            .filter(|&c| c >= n)
            .min()
            .unwrap_or(n);
        delta += (m - n) * (handled + 1);
        n = m;
        for &c in label {
            let c = c as u32;
            if c < n {
                delta += 1;
            }
            if c == n {
                let mut q = delta;
                let mut k = BASE;
                loop {
                    let t = threshold(k, bias);
                    if q < t {
                        break;
                    }
                    out.push(digit_char(t + (q - t) % (BASE - t)));
                    q = (q - t) / (BASE - t);
                    k += BASE;
                }
                out.push(digit_char(q));
                bias = adapt(delta, handled + 1, handled == basic);
                delta = 0;
                handled += 1;
            }
        }
        delta += 1;
        n += 1;
    }
}

/// Decodes the punycode after `xn--` (lower-case ASCII), refusing what `idna` refuses: a
/// non-digit, a truncated number, overflow, a delimiter first, or no code point.
fn punycode_decode(input: &[char]) -> Option<Vec<char>> {
    let (mut output, digits): (Vec<char>, &[char]) = match input.iter().rposition(|&c| c == '-') {
        Some(0) => return None,
        Some(p) => (input[..p].to_vec(), &input[p + 1..]),
        None => (Vec::new(), input),
    };
    let (mut n, mut i, mut bias) = (INITIAL_N, 0u32, INITIAL_BIAS);
    let mut digits = digits.iter();
    while let Some(&first) = digits.next() {
        let old_i = i;
        let (mut weight, mut k, mut c) = (1u32, BASE, first);
        loop {
            let digit = match c {
                'a'..='z' => c as u32 - 'a' as u32,
                '0'..='9' => c as u32 - '0' as u32 + 26,
                _ => return None,
            };
            i = i.checked_add(digit.checked_mul(weight)?)?;
            let t = threshold(k, bias);
            if digit < t {
                break;
            }
            weight = weight.checked_mul(BASE - t)?;
            k += BASE;
            c = *digits.next()?;
        }
        let len = output.len() as u32 + 1;
        bias = adapt(i - old_i, len, old_i == 0);
        n = n.checked_add(i / len)?;
        i %= len;
        output.insert(i as usize, char::from_u32(n)?);
        i += 1;
    }
    Some(output)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_width_table_reads_as_written() {
        let full = |h: char| {
            let mut v = Vec::new();
            assert!(map_char(h, &mut v));
            v.into_iter().collect::<String>()
        };
        assert_eq!(full('ｶ'), "カ");
        assert_eq!(full('ｰ'), "ー");
        assert_eq!(full('ﾝ'), "ン");
        assert_eq!(full('ｯ'), "ッ");
        assert_eq!(full('｢'), "「");
        assert_eq!(full('ﾞ'), "\u{3099}");
    }

    #[test]
    fn compatibility_ideographs_mask() {
        let kept: Vec<u32> = (0xF900..=0xFAFF)
            .filter(|&u| is_valid(char::from_u32(u).unwrap()))
            .collect();
        assert_eq!(
            kept,
            [
                0xFA0E, 0xFA0F, 0xFA11, 0xFA13, 0xFA14, 0xFA1F, 0xFA21, 0xFA23, 0xFA24, 0xFA27,
                0xFA28, 0xFA29
            ]
        );
    }

    #[test]
    fn rfc_3492_sample() {
        // RFC 3492 7.1 (J): "Pafu daisuki" in Japanese, lower-cased.
        let text: Vec<char> = "パフィーdeルンバ".chars().collect();
        let mut out = String::new();
        punycode_encode(&text, &mut out);
        assert_eq!(out, "de-jg4avhby1noc0d");
        let digits: Vec<char> = out.chars().collect();
        assert_eq!(punycode_decode(&digits), Some(text));
    }

    #[test]
    fn japanese_names() {
        assert_eq!(
            to_ascii("ほたる.example.jp").as_deref(),
            Some("xn--f9jvc5b.example.jp")
        );
        assert_eq!(
            to_ascii("ｍａｉｌ．ＥＸＡＭＰＬＥ。jp").as_deref(),
            Some("mail.example.jp")
        );
        assert_eq!(to_ascii("ｶﾞ").as_deref(), to_ascii("ガ").as_deref());
        assert_eq!(to_ascii("か\u{3099}").as_deref(), to_ascii("が").as_deref());
        assert_eq!(to_ascii("\u{3099}か"), None);
        assert_eq!(to_ascii("café.jp"), None);
    }
}
