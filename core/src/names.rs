//! Host names, domains, addresses and IP literals, compared the way the profile spec says:
//! case-insensitively, a trailing dot ignored, internationalised names in their ASCII form.

use std::net::IpAddr;

mod hidden;
mod idn;

pub use hidden::{hidden_char, is_hidden};

/// The canonical form of a host or domain name for comparison: trimmed, lower case, no trailing
/// dot, IDNA/punycode ASCII form. Input that IDNA rejects is kept with its ASCII letters
/// lower-cased, so that a typo still compares (and shows) as typed. (ASCII only: full Unicode case
/// mapping would link std's 27 KB case tables into the app for text IDNA has already refused.)
///
/// The IDNA step is `idn::to_ascii` (`names/idn.rs`): `idna::domain_to_ascii` for the characters
/// people in Japan type (kana, kanji, full- and half-width forms), without its Unicode data; a
/// name with any other non-ASCII character counts as rejected (see that module).
pub fn normalize_host(name: &str) -> String {
    let trimmed = name.trim().trim_end_matches('.');
    if trimmed.is_ascii() {
        return trimmed.to_ascii_lowercase();
    }
    match idn::to_ascii(trimmed) {
        Some(ascii) if !ascii.is_empty() => ascii,
        _ => trimmed.to_ascii_lowercase(),
    }
}

/// Whether two host or domain names are the same name.
pub fn same_host(a: &str, b: &str) -> bool {
    normalize_host(a) == normalize_host(b)
}

/// `text` as an IP address, if it is one (`192.0.2.25`, `2001:db8::25`, `[2001:db8::25]`).
pub fn ip_literal(text: &str) -> Option<IpAddr> {
    let t = text.trim().trim_start_matches('[').trim_end_matches(']');
    t.parse().ok()
}

/// An e-mail address split into its parts; the domain normalised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Address {
    /// As typed, trimmed.
    pub full: String,
    pub local: String,
    /// Normalised (see [`normalize_host`]).
    pub domain: String,
}

impl Address {
    /// The address with its domain in canonical form, local part as typed.
    pub fn canonical(&self) -> String {
        format!("{}@{}", self.local, self.domain)
    }
}

/// Parses an e-mail address the way a mail client's account form would accept it: one `@`, a
/// non-empty local part without spaces, a domain of at least two labels of letters, digits and
/// hyphens (or an internationalised name).
pub fn parse_address(text: &str) -> Option<Address> {
    let full = text.trim();
    let (local, domain) = full.rsplit_once('@')?;
    if local.is_empty()
        || local.len() > 64
        || local.contains('@')
        || local.chars().any(|c| c.is_whitespace() || c.is_control())
        || local.starts_with('.')
        || local.ends_with('.')
        || local.contains("..")
    {
        return None;
    }
    let domain = normalize_host(domain);
    if !is_domain_name(&domain) {
        return None;
    }
    Some(Address {
        full: full.to_string(),
        local: local.to_string(),
        domain,
    })
}

/// Whether a normalised name is a plausible DNS domain of two or more labels.
pub fn is_domain_name(name: &str) -> bool {
    let labels: Vec<&str> = name.split('.').collect();
    name.len() <= 253
        && labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
}

/// Levenshtein distance, stopping early once it must exceed `limit` (returns `limit + 1`).
pub fn edit_distance_within(a: &str, b: &str, limit: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > limit {
        return limit + 1;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        let mut row_min = cur[0];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
            row_min = row_min.min(cur[j + 1]);
        }
        if row_min > limit {
            return limit + 1;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()].min(limit + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_compare_case_and_dot_insensitively() {
        assert!(same_host("IMAP.Mail.Example.JP.", "imap.mail.example.jp"));
        assert!(!same_host("imap.mail.example.jp", "pop.mail.example.jp"));
    }

    #[test]
    fn internationalised_names_compare_in_ascii() {
        assert_eq!(
            normalize_host("メール.例え.jp"),
            idna::domain_to_ascii("メール.例え.jp").unwrap()
        );
        assert!(same_host(
            "メール.例え.JP",
            &normalize_host("メール.例え.jp")
        ));
    }

    #[test]
    fn ip_literals() {
        assert!(ip_literal("192.0.2.25").is_some());
        assert!(ip_literal("[2001:db8::25]").is_some());
        assert!(ip_literal("mail.example.jp").is_none());
        assert!(ip_literal("192.0.2").is_none());
    }

    #[test]
    fn addresses() {
        let a = parse_address(" Taro@Kita.AOI.example.jp ").unwrap();
        assert_eq!(a.local, "Taro");
        assert_eq!(a.domain, "kita.aoi.example.jp");
        for bad in [
            "",
            "taro",
            "taro@",
            "@aoi.example.jp",
            "taro@aoi",
            "ta ro@aoi.example.jp",
            "taro@aoi..example.jp",
            "taro@-aoi.example.jp",
            "a@b@c.jp",
        ] {
            assert!(parse_address(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn edit_distance() {
        assert_eq!(
            edit_distance_within("midri.example.jp", "midori.example.jp", 2),
            1
        );
        assert_eq!(
            edit_distance_within("imap.mail.example.jp", "imap.mial.example.jp", 2),
            2
        );
        assert_eq!(edit_distance_within("abc", "xyz", 2), 3);
        assert_eq!(edit_distance_within("a", "abcdef", 2), 3);
    }
}
