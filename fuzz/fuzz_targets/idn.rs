//! Differential: `names::normalize_host` (the hand-written IDNA step, `core/src/names/idn.rs`)
//! against `idna::domain_to_ascii`, the crate it replaced.
//!
//! The first byte picks the input:
//! - 0: a name made of the characters the new code supports (those it does not refuse alone),
//!   two bytes each: it must give exactly what `idna` gives — unless an `xn--` label appears
//!   (its digits can decode to anything, and a decoded character outside the supported set is
//!   refused where `idna` may accept it);
//! - 1: the same, with an `xn--` label encoding such a name in front of a Japanese label: exactly
//!   what `idna` gives;
//! - anything else: the rest as UTF-8 (lossy): what `idna` gives, or refused (kept as typed,
//!   ASCII lower-cased) — never a different ASCII form.
#![no_main]

use mail_doctor_core::names::normalize_host;
use std::sync::OnceLock;

/// What the old `normalize_host` gave.
fn old(name: &str) -> String {
    let trimmed = name.trim().trim_end_matches('.');
    if trimmed.is_ascii() {
        return trimmed.to_ascii_lowercase();
    }
    match idna::domain_to_ascii(trimmed) {
        Ok(ascii) if !ascii.is_empty() => ascii,
        _ => trimmed.to_ascii_lowercase(),
    }
}

fn refused(name: &str) -> String {
    name.trim().trim_end_matches('.').to_ascii_lowercase()
}

struct Alphabet {
    /// Supported, not ideographs (ASCII, kana, punctuation, width forms, ignorables).
    small: Vec<char>,
    /// Supported ideographs.
    ideographs: Vec<char>,
    /// Supported characters that map to nothing.
    ignored: Vec<char>,
}

fn alphabet() -> &'static Alphabet {
    static ALPHABET: OnceLock<Alphabet> = OnceLock::new();
    ALPHABET.get_or_init(|| {
        let mut a = Alphabet {
            small: Vec::new(),
            ideographs: Vec::new(),
            ignored: Vec::new(),
        };
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let probe = format!("x{c}y.jp");
            let result = normalize_host(&probe);
            if !c.is_ascii() && result == refused(&probe) {
                continue;
            }
            if result == "xy.jp" {
                a.ignored.push(c);
            }
            let u = c as u32;
            if (0x3400..=0x9FFF).contains(&u) || (0x20000..=0x2FFFF).contains(&u) {
                a.ideographs.push(c);
            } else {
                a.small.push(c);
            }
        }
        a
    })
}

/// Two bytes a character: mostly the small set, one in four an ideograph.
fn text(data: &[u8]) -> String {
    let a = alphabet();
    data.chunks_exact(2)
        .map(|pair| {
            let n = usize::from(u16::from_le_bytes([pair[0], pair[1]]));
            if n < 0xC000 {
                a.small[n % a.small.len()]
            } else {
                a.ideographs[n % a.ideographs.len()]
            }
        })
        .collect()
}

/// Whether an `xn--` prefix can appear once full-width forms are folded and ignored characters
/// dropped.
fn may_hold_a_label_prefix(name: &str) -> bool {
    let ignored = &alphabet().ignored;
    let folded: String = name
        .chars()
        .filter(|c| !ignored.contains(c))
        .map(|c| match c as u32 {
            u @ 0xFF01..=0xFF5E => char::from((u - 0xFEE0) as u8),
            _ => c,
        })
        .map(|c| c.to_ascii_lowercase())
        .collect();
    folded.contains("xn--")
}

fn check(name: &str, exact: bool) {
    let (new, old) = (normalize_host(name), old(name));
    if exact {
        assert_eq!(new, old, "{name:?}");
    } else {
        assert!(
            new == old || new == refused(name),
            "{name:?}: new {new:?}, idna {old:?}"
        );
    }
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    match mode {
        0 => {
            let name = text(rest);
            check(&name, !may_hold_a_label_prefix(&name));
        }
        1 => {
            let label: String = text(rest).chars().filter(|&c| c != '.').collect();
            if let Some(p) = idna::punycode::encode_str(&label) {
                check(&format!("xn--{p}.ほたる.jp"), true);
            }
        }
        _ => check(&String::from_utf8_lossy(rest), false),
    }
});
