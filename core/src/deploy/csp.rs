//! Content-Security-Policy text (CSP Level 3, https://www.w3.org/TR/CSP3/): read into
//! directives, and compared the way a browser would enforce two of them.

use std::collections::BTreeMap;

/// Directives a `<meta http-equiv>` policy cannot carry (CSP3 §3.3): only a header sets them.
pub const HEADER_ONLY: &[&str] = &["frame-ancestors", "report-uri", "report-to", "sandbox"];

/// A policy: directive name (lower case) → its source list (lower case, sorted, deduplicated).
pub type Policy = BTreeMap<String, Vec<String>>;

/// Reads a policy (`default-src 'none'; connect-src 'self' https://dns.google`). A directive
/// written twice keeps its first occurrence, as browsers do.
pub fn parse(text: &str) -> Policy {
    let mut policy = Policy::new();
    for part in text.split(';') {
        let mut words = part.split_ascii_whitespace();
        let Some(name) = words.next() else {
            continue;
        };
        let mut sources: Vec<String> = words.map(|w| w.to_ascii_lowercase()).collect();
        sources.sort();
        sources.dedup();
        policy.entry(name.to_ascii_lowercase()).or_insert(sources);
    }
    policy
}

/// The sources of `directive`, or of `default-src` when it is not written (the fallback of
/// the fetch directives).
pub fn sources<'p>(policy: &'p Policy, directive: &str) -> Option<&'p [String]> {
    policy
        .get(directive)
        .or_else(|| policy.get("default-src"))
        .map(Vec::as_slice)
}

/// The directives on which two policies differ (meta-only ones left out: a header may add
/// `frame-ancestors`), as `name: a | b` lines.
pub fn differences(meta: &Policy, header: &Policy) -> Vec<String> {
    let mut names: Vec<&String> = meta.keys().chain(header.keys()).collect();
    names.sort();
    names.dedup();
    names
        .into_iter()
        .filter(|n| !HEADER_ONLY.contains(&n.as_str()))
        .filter_map(|n| {
            let (a, b) = (meta.get(n), header.get(n));
            (a != b).then(|| {
                let show = |s: Option<&Vec<String>>| {
                    s.map_or_else(|| "(none)".to_string(), |v| v.join(" "))
                };
                format!("{n}: {} | {}", show(a), show(b))
            })
        })
        .collect()
}

/// The origin (`https://host[:port]`) of an http(s) URL, lower case.
pub fn origin_of(url: &str) -> Option<String> {
    let url = url.trim();
    let (scheme, rest) = url.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "https" && scheme != "http" {
        return None;
    }
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?;
    (!host.is_empty()).then(|| format!("{scheme}://{}", host.to_ascii_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policies_compare_by_directive() {
        let meta = parse("default-src 'none'; connect-src 'self' https://dns.google; script-src 'self' 'wasm-unsafe-eval'");
        let header = parse("default-src 'none';script-src 'wasm-unsafe-eval' 'self'; connect-src https://DNS.google 'self'; frame-ancestors 'none'");
        assert_eq!(differences(&meta, &header), Vec::<String>::new());
        let other =
            parse("default-src 'none'; connect-src 'self'; script-src 'self' 'wasm-unsafe-eval'");
        assert_eq!(
            differences(&meta, &other),
            vec!["connect-src: 'self' https://dns.google | 'self'".to_string()]
        );
        assert_eq!(
            sources(&other, "img-src"),
            Some(&["'none'".to_string()][..])
        );
    }

    #[test]
    fn origins() {
        assert_eq!(
            origin_of("https://dns.google/dns-query").as_deref(),
            Some("https://dns.google")
        );
        assert_eq!(
            origin_of("http://127.0.0.1:8053/dns-query?x").as_deref(),
            Some("http://127.0.0.1:8053")
        );
        assert_eq!(origin_of("ftp://x/"), None);
        assert_eq!(origin_of("dns.google"), None);
    }
}
