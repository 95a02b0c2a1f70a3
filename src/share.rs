//! Reading and writing the address bar's case link. The codec is the engine's
//! (`core::share`); this file only finds the `case` parameter in the hash.

use mail_doctor_core::share::{agent_link, decode_case, payload_in_hash, short_link};
use mail_doctor_core::Case;

/// What a link's `case` parameter holds.
#[derive(Debug, Clone, PartialEq)]
pub enum LinkCase {
    /// No `case` parameter.
    None,
    Case(Box<Case>),
    /// A `case` parameter that is not a readable case.
    Bad,
}

/// The hash route for a case (`#/agent` for an empty one).
pub fn agent_hash(case: &Case) -> String {
    if *case == Case::default() {
        "#/agent".to_string()
    } else {
        agent_link(case)
    }
}

/// The short share route for a case (`#/c/…`); `None` for an empty case.
pub fn short_hash(case: &Case) -> Option<String> {
    (*case != Case::default()).then(|| short_link(case))
}

/// The case in a location hash such as `#/agent?case=…&x=1` or `#/c/…`.
pub fn case_from_hash(hash: &str) -> LinkCase {
    match payload_in_hash(hash) {
        None => LinkCase::None,
        Some(value) => decode_case(value).map_or(LinkCase::Bad, |c| LinkCase::Case(Box::new(c))),
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
        assert_eq!(
            case_from_hash(&hash),
            LinkCase::Case(Box::new(case.clone()))
        );
        let bare = hash.trim_start_matches("#/agent?case=").to_string();
        let padded = format!("{bare}{}", "=".repeat((4 - bare.len() % 4) % 4));
        assert!(padded.ends_with('='), "the test needs a padded form");
        assert_eq!(
            case_from_hash(&format!("#/agent?case={padded}")),
            LinkCase::Case(Box::new(case.clone()))
        );
        let escaped = padded.replace('=', "%3D");
        assert_eq!(
            case_from_hash(&format!("#/agent?x=1&case={escaped}")),
            LinkCase::Case(Box::new(case))
        );
    }

    #[test]
    fn the_short_form_opens_the_same_case() {
        let case = Case {
            address: Some("taro@kita.aoi.example.jp".into()),
            ..Case::default()
        };
        let short = short_hash(&case).expect("a case has a short link");
        assert!(short.starts_with("#/c/"));
        assert_eq!(case_from_hash(&short), LinkCase::Case(Box::new(case)));
    }

    #[test]
    fn bad_links_are_bad_not_panics() {
        assert_eq!(case_from_hash("#/agent"), LinkCase::None);
        assert_eq!(case_from_hash("#/agent?lang=en"), LinkCase::None);
        for bad in [
            "",
            "!!!",
            "e30",
            "%%",
            "eyJhZGRyZXNzIjoxfQ", // {"address":1}
            "\u{3042}",
        ] {
            let got = case_from_hash(&format!("#/agent?case={bad}"));
            // "e30" is `{}`: an empty case is a valid case.
            if bad == "e30" {
                assert_eq!(got, LinkCase::Case(Box::default()));
            } else {
                assert_eq!(got, LinkCase::Bad, "{bad}");
            }
        }
        assert_eq!(agent_hash(&Case::default()), "#/agent");
        assert_eq!(case_from_hash("#/c/!!!"), LinkCase::Bad);
        assert_eq!(short_hash(&Case::default()), None);
    }
}
