//! Share links: `#/agent?case=<base64url of the case JSON>` (padding optional).

use base64::engine::general_purpose::{URL_SAFE, URL_SAFE_NO_PAD};
use base64::Engine;
use mail_doctor_core::Case;

/// What a link's `case` parameter holds.
#[derive(Debug, Clone, PartialEq)]
pub enum LinkCase {
    /// No `case` parameter.
    None,
    Case(Case),
    /// A `case` parameter that is not a readable case.
    Bad,
}

/// The hash route for a case (`#/agent` for an empty one).
pub fn agent_hash(case: &Case) -> String {
    if *case == Case::default() {
        "#/agent".to_string()
    } else {
        format!("#/agent?case={}", encode(case))
    }
}

pub fn encode(case: &Case) -> String {
    URL_SAFE_NO_PAD.encode(case.to_json())
}

/// Reads a `case` parameter's value.
pub fn decode(param: &str) -> Option<Case> {
    let param = param.trim().replace("%3D", "=").replace("%3d", "=");
    let trimmed = param.trim_end_matches('=');
    let bytes = URL_SAFE_NO_PAD
        .decode(trimmed)
        .or_else(|_| URL_SAFE.decode(&param))
        .ok()?;
    let text = String::from_utf8(bytes).ok()?;
    Case::from_json(&text).ok()
}

/// The case in a location hash such as `#/agent?case=…&x=1`.
pub fn case_from_hash(hash: &str) -> LinkCase {
    let Some((_, query)) = hash.split_once('?') else {
        return LinkCase::None;
    };
    match query.split('&').find_map(|pair| pair.strip_prefix("case=")) {
        None => LinkCase::None,
        Some(value) => decode(value).map_or(LinkCase::Bad, LinkCase::Case),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_with_and_without_padding() {
        let case = Case {
            address: Some("taro@kita.aoi.example.jp".into()),
            ..Case::default()
        };
        let hash = agent_hash(&case);
        assert_eq!(case_from_hash(&hash), LinkCase::Case(case.clone()));
        let padded = URL_SAFE.encode(case.to_json());
        assert!(padded.ends_with('='), "the test needs a padded form");
        assert_eq!(
            case_from_hash(&format!("#/agent?case={padded}")),
            LinkCase::Case(case.clone())
        );
        let escaped = padded.replace('=', "%3D");
        assert_eq!(
            case_from_hash(&format!("#/agent?x=1&case={escaped}")),
            LinkCase::Case(case)
        );
    }

    #[test]
    fn bad_links_are_bad_not_panics() {
        assert_eq!(case_from_hash("#/agent"), LinkCase::None);
        assert_eq!(case_from_hash("#/agent?lang=en"), LinkCase::None);
        for bad in [
            "",
            "!!!",
            "e30",
            "WyJ4Il0",
            "%%",
            "eyJhZGRyZXNzIjoxfQ",
            "\u{3042}",
        ] {
            let got = case_from_hash(&format!("#/agent?case={bad}"));
            // "e30" is `{}`: an empty case is a valid case.
            if bad == "e30" {
                assert_eq!(got, LinkCase::Case(Case::default()));
            } else {
                assert_eq!(got, LinkCase::Bad, "{bad}");
            }
        }
        assert_eq!(agent_hash(&Case::default()), "#/agent");
    }
}
