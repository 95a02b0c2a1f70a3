//! The limits and privacy notes (issue 12), each shown only when it applies: pasted text cut at
//! its box's limit, the passwords a link leaves out, a link too long to send, a case that came
//! with a link.

use crate::i18n::safety;
use mail_doctor_core::lang::fill;
use mail_doctor_core::limits::{MAX_PASTE_CHARS, SAFE_LINK_CHARS};
use mail_doctor_core::share::MAX_LINK_CHARS;
use mail_doctor_core::Lang;
use yew::prelude::*;

/// `maxlength` of every box text is pasted into ([`MAX_PASTE_CHARS`]; the browser cuts a paste
/// there, counting UTF-16 code units).
pub const PASTE_MAX: &str = "100000";

// Plain functions, not components: each component type costs every page that links it its own
// copy of Yew's component machinery (docs/size.md).

/// "At most N characters: the rest was not pasted", once a box holding `value` is full.
pub fn paste_limit(value: &str, lang: Lang) -> Html {
    // Bytes are at least UTF-16 units: most texts never need the count.
    let full = value.len() >= MAX_PASTE_CHARS && value.encode_utf16().count() >= MAX_PASTE_CHARS;
    if !full {
        return Html::default();
    }
    html! {
        <p class="error-text" data-paste-limit="" role="status">
            { fill(safety::paste_limit(lang), &[("max", &MAX_PASTE_CHARS.to_string())]) }
        </p>
    }
}

/// How many secrets the address bar and the links leave out of the pasted text.
pub fn redaction_note(count: usize, lang: Lang) -> Html {
    if count == 0 {
        return Html::default();
    }
    html! {
        <p class="hint notice" data-redacted={count.to_string()} role="status">
            { fill(safety::redacted(lang), &[("n", &count.to_string())]) }
        </p>
    }
}

/// A link that mail and chat programs may cut ([`SAFE_LINK_CHARS`]), or one too long to open
/// at all (the engine refuses a payload over `MAX_LINK_CHARS`).
pub fn link_length(chars: usize, lang: Lang) -> Html {
    let n = chars.to_string();
    if chars > MAX_LINK_CHARS {
        html! {
            <p class="error-text" data-link-length="too-long" role="alert">
                { fill(safety::link_too_long(lang), &[("n", &n), ("max", &MAX_LINK_CHARS.to_string())]) }
            </p>
        }
    } else if chars > SAFE_LINK_CHARS {
        html! {
            <p class="hint notice" data-link-length="long" role="status">
                { fill(safety::link_long(lang), &[("n", &n), ("safe", &SAFE_LINK_CHARS.to_string())]) }
            </p>
        }
    } else {
        Html::default()
    }
}

/// "This case came with a link: check its values with the customer."
pub fn from_link_note(lang: Lang) -> Html {
    html! {
        <p class="hint notice" data-from-link="" role="note">{ safety::case_from_link(lang) }</p>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_attribute_is_the_engines_limit() {
        assert_eq!(
            super::PASTE_MAX,
            mail_doctor_core::limits::MAX_PASTE_CHARS.to_string()
        );
    }
}
