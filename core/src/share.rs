//! Share links: a case as `#/agent?case=<base64url of the case JSON>`.
//!
//! The case format has no password field, and a decoded link is re-read as a `Case`, so
//! anything else a hand-made link carries (a `password` key, say) is dropped on the way in.

use crate::case::{Case, CaseError};

use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::DecodePaddingMode;
use base64::Engine as _;

/// Base64url (RFC 4648 §5): written without padding; read with or without it. Trailing bits are
/// not checked, as the links' reader never did.
const LINK: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::URL_SAFE,
    GeneralPurposeConfig::new()
        .with_encode_padding(false)
        .with_decode_padding_mode(DecodePaddingMode::Indifferent)
        .with_decode_allow_trailing_bits(true),
);

/// The longest link payload we accept (a case is a few hundred bytes; pasted errors can be
/// long, but not megabytes).
pub const MAX_LINK_CHARS: usize = 64 * 1024;

/// Why a link could not be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    /// Not base64url text.
    NotBase64,
    /// Longer than [`MAX_LINK_CHARS`].
    TooLong,
    /// Decoded, but not UTF-8 text.
    NotText,
    /// Decoded, but not a case.
    NotACase(CaseError),
}

impl std::fmt::Display for ShareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ShareError::NotBase64 => f.write_str("the link is damaged (not base64url text)"),
            ShareError::TooLong => f.write_str("the link is too long"),
            ShareError::NotText => f.write_str("the link is damaged (not text)"),
            ShareError::NotACase(e) => write!(f, "the link does not hold a case: {e}"),
        }
    }
}

/// Base64url without padding (RFC 4648 §5).
pub fn base64url_encode(bytes: &[u8]) -> String {
    LINK.encode(bytes)
}

/// Decodes base64url or standard base64, with or without padding; `%3D`-escaped padding and
/// white space (a link broken over lines in an e-mail) are tolerated.
pub fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let cleaned: String = text
        .replace("%3D", "=")
        .replace("%3d", "=")
        .chars()
        .filter(|c| !matches!(c, ' ' | '\n' | '\r' | '\t'))
        .map(|c| match c {
            '+' => '-',
            '/' => '_',
            c => c,
        })
        .collect();
    LINK.decode(cleaned).ok()
}

/// The link payload for a case (what goes after `case=`).
pub fn encode_case(case: &Case) -> String {
    base64url_encode(case.to_json().as_bytes())
}

/// Reads a link payload back into a case.
pub fn decode_case(payload: &str) -> Result<Case, ShareError> {
    if payload.len() > MAX_LINK_CHARS {
        return Err(ShareError::TooLong);
    }
    let bytes = base64url_decode(payload).ok_or(ShareError::NotBase64)?;
    let text = String::from_utf8(bytes).map_err(|_| ShareError::NotText)?;
    Case::from_json(&text).map_err(ShareError::NotACase)
}

/// The start of the short route for a case (`#/c/<payload>`).
pub const SHORT_PREFIX: &str = "#/c/";

/// The short in-app route for a case: `#/c/<payload>`, the same payload as [`agent_link`]
/// without the page name and parameter around it. Both forms open the same case.
pub fn short_link(case: &Case) -> String {
    format!("{SHORT_PREFIX}{}", encode_case(case))
}

/// The case payload of a hash in either form (`#/c/<payload>` or `…?case=<payload>`), or
/// `None` when the hash holds no case at all.
pub fn payload_in_hash(hash: &str) -> Option<&str> {
    if let Some(rest) = hash.strip_prefix(SHORT_PREFIX) {
        // A link pasted from a chat may carry a trailing query or slash.
        let end = rest.find(['?', '&', '/']).unwrap_or(rest.len());
        return Some(&rest[..end]);
    }
    let (_, query) = hash.split_once('?')?;
    query.split('&').find_map(|pair| pair.strip_prefix("case="))
}

/// The in-app route for a case: `#/agent?case=…`.
pub fn agent_link(case: &Case) -> String {
    format!("#/agent?case={}", encode_case(case))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_matches_rfc4648_vectors() {
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64url_encode(plain.as_bytes()), encoded);
            assert_eq!(base64url_decode(encoded).unwrap(), plain.as_bytes());
        }
        assert_eq!(base64url_decode("Zm9vYg==").unwrap(), b"foob");
        assert_eq!(base64url_decode("Zm9vYg%3D%3D").unwrap(), b"foob");
        assert_eq!(base64url_encode(&[0xfb, 0xff]), "-_8");
        assert_eq!(base64url_decode("+/8").unwrap(), vec![0xfb, 0xff]);
        assert_eq!(base64url_decode("Z"), None);
        assert_eq!(base64url_decode("Zm9v!"), None);
        assert_eq!(base64url_decode("Zg==Zg"), None);
        assert_eq!(base64url_decode("Zm9v\r\n Yg").unwrap(), b"foob");
    }

    #[test]
    fn a_case_survives_the_round_trip() {
        let case = Case::from_json(
            r#"{"address":"taro@kita.aoi.example.jp","client":{"id":"outlook-classic","version":"2010"},
                "incoming":{"protocol":"pop3","host":"mail.aoi.example.jp","port":110,"security":"none"},
                "error_text":"0x800CCC0E 送信できません"}"#,
        )
        .unwrap();
        let link = agent_link(&case);
        let payload = link.strip_prefix("#/agent?case=").unwrap();
        assert_eq!(decode_case(payload).unwrap(), case);
    }

    #[test]
    fn the_short_and_the_long_form_hold_the_same_case() {
        let case = Case::from_json(
            r#"{"address":"hanako@aoi.example.jp","outgoing":{"port":25},"error_text":"554 5.7.1"}"#,
        )
        .unwrap();
        let short = short_link(&case);
        let long = agent_link(&case);
        assert!(short.len() < long.len());
        for hash in [
            short.clone(),
            long,
            format!("{short}?lang=en"),
            format!("{short}/"),
        ] {
            let payload = payload_in_hash(&hash).unwrap();
            assert_eq!(decode_case(payload).unwrap(), case, "{hash}");
        }
        assert_eq!(payload_in_hash("#/agent"), None);
        assert_eq!(payload_in_hash("#/agent?lang=en"), None);
        assert_eq!(payload_in_hash("#/c/"), Some(""));
    }

    #[test]
    fn a_password_in_a_hand_made_link_is_dropped() {
        let payload = base64url_encode(br#"{"address":"a@aoi.example.jp","password":"hunter2"}"#);
        let case = decode_case(&payload).unwrap();
        assert!(!encode_case(&case).contains("hunter2"));
        assert!(!case.to_json().contains("password"));
    }

    #[test]
    fn damaged_links_are_errors_not_panics() {
        assert_eq!(decode_case("%%%"), Err(ShareError::NotBase64));
        assert_eq!(
            decode_case(&base64url_encode(&[0xff, 0xfe])),
            Err(ShareError::NotText)
        );
        assert!(matches!(
            decode_case(&base64url_encode(b"[1,2]")),
            Err(ShareError::NotACase(_))
        ));
        assert_eq!(
            decode_case(&"A".repeat(MAX_LINK_CHARS + 1)),
            Err(ShareError::TooLong)
        );
    }
}
