//! Reading and writing the address bar's case link. The codec is the engine's
//! (`core::share`); this file only finds the `case` parameter in the hash.

use mail_doctor_core::names::hidden_char;
use mail_doctor_core::redact::redact;
use mail_doctor_core::share::{agent_link, decode_case, payload_in_hash, short_link};
use mail_doctor_core::Case;
use std::borrow::Cow;

/// What a link's `case` parameter holds.
#[derive(Debug, Clone, PartialEq)]
pub enum LinkCase {
    /// No `case` parameter.
    None,
    Case(Box<Case>),
    /// A `case` parameter that is not a readable case.
    Bad,
}

/// The case as it may leave the page (the address bar, a link): the credentials in its pasted
/// text hidden (`core::redact`; the page says how many, `secrets_hidden`).
pub fn shareable(case: &Case) -> Cow<'_, Case> {
    match case.error_text.as_deref().map(redact) {
        Some(r) if r.count > 0 => Cow::Owned(Case {
            error_text: Some(r.text),
            ..case.clone()
        }),
        _ => Cow::Borrowed(case),
    }
}

/// How many secrets [`shareable`] hides in the case's pasted text.
pub fn secrets_hidden(case: &Case) -> usize {
    case.error_text.as_deref().map_or(0, |t| redact(t).count)
}

/// The hash route for a case (`#/agent` for an empty one), its secrets hidden.
pub fn agent_hash(case: &Case) -> String {
    if *case == Case::default() {
        "#/agent".to_string()
    } else {
        agent_link(&shareable(case))
    }
}

/// The short share route for a case (`#/c/…`), its secrets hidden; `None` for an empty case.
pub fn short_hash(case: &Case) -> Option<String> {
    (*case != Case::default()).then(|| short_link(&shareable(case)))
}

/// The case in a location hash such as `#/agent?case=…&x=1` or `#/c/…`. A case whose names
/// (address, hosts, user names, app version) hold a control or format character (bidi,
/// zero-width…) is refused as a bad link: such a value can show one address and hold another.
pub fn case_from_hash(hash: &str) -> LinkCase {
    match payload_in_hash(hash) {
        None => LinkCase::None,
        Some(value) => match decode_case(value) {
            Ok(c) if !has_hidden_chars(&c) => LinkCase::Case(Box::new(c)),
            _ => LinkCase::Bad,
        },
    }
}

/// Whether any of the case's one-line values holds a hidden character.
fn has_hidden_chars(case: &Case) -> bool {
    let client = case.client.as_ref();
    let incoming = case.incoming.as_ref();
    let outgoing = case.outgoing.as_ref();
    let values = [
        case.address.as_deref(),
        client.and_then(|c| c.version.as_deref()),
        client.and_then(|c| c.os.as_deref()),
        incoming.and_then(|i| i.host.as_deref()),
        incoming.and_then(|i| i.username.as_deref()),
        outgoing.and_then(|o| o.host.as_deref()),
        outgoing.and_then(|o| o.username.as_deref()),
    ];
    values
        .into_iter()
        .flatten()
        .any(|v| hidden_char(v).is_some())
        || case.resolved.iter().any(|r| {
            hidden_char(&r.host).is_some() || r.addresses.iter().any(|a| hidden_char(a).is_some())
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use mail_doctor_core::share::agent_link;

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
    fn passwords_never_reach_the_link() {
        let case = Case {
            address: Some("taro@kita.aoi.example.jp".into()),
            error_text: Some("C: AUTH PLAIN AHRhcm8Ac2VjcmV0\nS: 535 5.7.8 failed".into()),
            ..Case::default()
        };
        assert_eq!(secrets_hidden(&case), 1);
        for hash in [agent_hash(&case), short_hash(&case).unwrap()] {
            let LinkCase::Case(opened) = case_from_hash(&hash) else {
                panic!("{hash} opens");
            };
            let text = opened.error_text.unwrap();
            assert!(!text.contains("AHRhcm8Ac2VjcmV0"), "{text}");
            assert!(text.contains("AUTH PLAIN ********") && text.contains("535 5.7.8"));
        }
    }

    #[test]
    fn links_with_hidden_characters_are_refused() {
        for address in [
            "taro\u{202E}pj.elpmaxe@",
            "taro\u{200B}@kita.aoi.example.jp",
            "a\n@b.jp",
        ] {
            let case = Case {
                address: Some(address.into()),
                ..Case::default()
            };
            assert_eq!(
                case_from_hash(&agent_link(&case)),
                LinkCase::Bad,
                "{address:?}"
            );
        }
        // The pasted error text may hold line breaks.
        let case = Case {
            error_text: Some("line 1\nline 2\t!".into()),
            ..Case::default()
        };
        assert!(matches!(
            case_from_hash(&agent_link(&case)),
            LinkCase::Case(_)
        ));
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
