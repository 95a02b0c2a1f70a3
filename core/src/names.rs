//! Host names, domains, addresses and IP literals, compared the way the profile spec says:
//! case-insensitively, a trailing dot ignored, internationalised names in their ASCII form.
//!
//! **Internationalised names** go through a full UTS 46 ToASCII (non-transitional, the WHATWG
//! URL settings), so any IDN an ISP owns works — what people in Japan type (full-width letters,
//! the dots 。．｡, half-width katakana) as much as `straße.de` or Greek names. Where it comes
//! from depends on the build, and the engine itself never learns about a browser:
//! - natively (the CLI, the tests, the services) the `idna` crate, through the cargo feature
//!   `idna-crate`, on by default;
//! - in the browser the app builds the engine without that feature and hands it the platform's
//!   own UTS 46 — the URL parser's host step (`new URL(…).hostname`), which costs the pages no
//!   bytes — once at startup with [`install_to_ascii`] (`src/idna.rs` in the app).
//!
//! An installed function wins over the crate; with neither, a non-ASCII name counts as refused
//! (kept as typed). Passing a context through the ~70 callers of [`normalize_host`] would say the
//! same thing at every call; one set-once registration at startup keeps them as they are.

use std::net::IpAddr;
use std::sync::OnceLock;

/// A UTS 46 ToASCII: the name's ASCII (punycode) form, or `None` when the name is refused.
pub type ToAscii = fn(&str) -> Option<String>;

static INSTALLED: OnceLock<ToAscii> = OnceLock::new();

/// Hands the engine a UTS 46 implementation, once, before the first name is read (the browser
/// app does so at startup). Returns `false` when one was installed already (that one stays).
pub fn install_to_ascii(to_ascii: ToAscii) -> bool {
    INSTALLED.set(to_ascii).is_ok()
}

/// The IDNA step: the installed implementation, else the `idna` crate, else refused.
fn to_ascii(name: &str) -> Option<String> {
    if let Some(installed) = INSTALLED.get() {
        return installed(name);
    }
    #[cfg(feature = "idna-crate")]
    {
        // The WHATWG URL host rules, as the browser applies them: space, `@`, `/`… refuse a name.
        idna::domain_to_ascii_cow(name.as_bytes(), idna::AsciiDenyList::URL)
            .ok()
            .map(|ascii| ascii.into_owned())
    }
    #[cfg(not(feature = "idna-crate"))]
    {
        None
    }
}

/// The canonical form of a host or domain name for comparison: trimmed, lower case, no trailing
/// dot, IDNA/punycode ASCII form (UTS 46, see the module). Input that IDNA refuses is kept with
/// its ASCII letters lower-cased, so that a typo still compares (and shows) as typed. (ASCII
/// only: full Unicode case mapping would link std's 27 KB case tables into the app for text IDNA
/// has already refused.)
pub fn normalize_host(name: &str) -> String {
    let trimmed = name.trim().trim_end_matches('.');
    if trimmed.is_ascii() {
        return trimmed.to_ascii_lowercase();
    }
    match to_ascii(trimmed) {
        // A full-width dot at the end (`例え。jp。`) is a trailing dot too.
        Some(ascii) if !ascii.trim_end_matches('.').is_empty() => {
            ascii.trim_end_matches('.').to_string()
        }
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

/// Names and their ASCII form under UTS 46 (what `idna::domain_to_ascii` and the WHATWG URL
/// parser give), for the tests of both implementations.
#[doc(hidden)]
pub const IDN_EXAMPLES: &[(&str, &str)] = &[
    ("ほたる.example.jp", "xn--f9jvc5b.example.jp"),
    // Full-width letters and the three Japanese dots.
    ("ｍａｉｌ．ほたる。ｊｐ", "mail.xn--f9jvc5b.jp"),
    ("ほたる｡Example．JP", "xn--f9jvc5b.example.jp"),
    // Half-width katakana with a sound mark: composed (ｶﾞ → ガ; Python's punycode codec agrees).
    ("ｶﾞｽ.example.jp", "xn--mck0a.example.jp"),
    // A full-width dot at the end is a trailing dot.
    ("例え。jp。", "xn--r8jz45g.jp"),
    // German: ß is kept (non-transitional), ü and upper case mapped.
    ("Straße.de", "xn--strae-oqa.de"),
    ("BÜCHER.example", "xn--bcher-kva.example"),
    // Greek, with the final sigma kept.
    ("ελληνικά.example", "xn--hxargifdar.example"),
    // Already ASCII, or an xn-- label: as it is.
    ("XN--F9JVC5B.example.jp", "xn--f9jvc5b.example.jp"),
];

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
            "xn--4dkua4c.xn--r8jz45g.jp"
        );
        assert!(same_host(
            "メール.例え.JP",
            &normalize_host("メール.例え.jp")
        ));
    }

    /// What people in Japan type, and IDNs of other scripts: UTS 46 (non-transitional) as the
    /// `idna` crate gives it natively. The browser's URL parser gives the same (tests/web.rs).
    #[cfg(feature = "idna-crate")]
    #[test]
    fn uts46_covers_what_is_typed_in_japan_and_elsewhere() {
        for (typed, ascii) in IDN_EXAMPLES {
            assert_eq!(normalize_host(typed), *ascii, "{typed}");
        }
    }

    #[test]
    fn refused_names_are_kept_as_typed() {
        // A space and a stray `@` are no host name in any script.
        assert_eq!(normalize_host("メール example.jp"), "メール example.jp");
        assert_eq!(normalize_host("Taro@ほたる.JP"), "taro@ほたる.jp");
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
