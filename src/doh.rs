//! DNS-over-HTTPS from the browser: RFC 8484 GET with `fetch`, a timeout through an
//! `AbortController`, the body handed to the engine ([`mail_doctor_core::dns::parse_doh_reply`]).
//!
//! The request carries one header, `accept: application/dns-message`, so it is a CORS "simple"
//! request: no preflight (dnsdist and some resolvers cannot answer one). Every failure becomes
//! the engine's [`DnsError`]: a rejected fetch (nothing listening, CORS, CSP) is
//! [`DnsError::Network`], the timeout [`DnsError::Timeout`], a non-2xx status
//! [`DnsError::Http`], and the rest comes from the engine's parser.
//!
//! Also here: which resolver to use (profile, then this tab's choice, then the default), its
//! validation, and whether the page's Content-Security-Policy lets the browser reach it.

use crate::web::{get_within, session_get, session_set, GetFailed};
use mail_doctor_core::dns::{
    build_query, doh_get_url, parse_doh_reply, Answer, DnsError, QueryKind,
};
use mail_doctor_core::Profile;
use wasm_bindgen_futures::JsFuture;

/// The public resolver used when the profile names none (CORS-enabled, in the page's CSP).
pub const DEFAULT_RESOLVER: &str = "https://dns.google/dns-query";
/// How long one query may take.
pub const DEFAULT_TIMEOUT_MS: u32 = 4_000;
/// `sessionStorage` key of the resolver chosen in this tab.
const SESSION_KEY: &str = "mail-doctor.doh-resolver";
/// `sessionStorage` key of a timeout chosen in this tab (milliseconds; tests use it).
const SESSION_TIMEOUT_KEY: &str = "mail-doctor.doh-timeout-ms";

/// One DoH look-up of `name`/`kind` at `resolver`, ended after `timeout_ms`.
pub async fn query(
    resolver: &str,
    name: &str,
    kind: QueryKind,
    timeout_ms: u32,
) -> Result<Answer, DnsError> {
    let wire = build_query(name, kind)?;
    let url = doh_get_url(resolver, &wire);
    let reply = fetch_bytes(&url, timeout_ms).await?;
    if (200..300).contains(&reply.status) && !is_dns_message(reply.content_type.as_deref()) {
        return Err(DnsError::NotDns);
    }
    parse_doh_reply(reply.status, &reply.body, name, kind)
}

/// A DoH reply must say `application/dns-message` (a missing header is let through to the
/// parser, which rejects what is not DNS).
fn is_dns_message(content_type: Option<&str>) -> bool {
    match content_type {
        None => true,
        Some(t) => t.to_ascii_lowercase().contains("application/dns-message"),
    }
}

struct Reply {
    status: u16,
    content_type: Option<String>,
    body: Vec<u8>,
}

async fn fetch_bytes(url: &str, timeout_ms: u32) -> Result<Reply, DnsError> {
    let read = |response: web_sys::Response| async move {
        let status = response.status();
        let content_type = response.headers().get("content-type").ok().flatten();
        let buffer = JsFuture::from(response.array_buffer()?).await?;
        Ok(Reply {
            status,
            content_type,
            body: js_sys::Uint8Array::new(&buffer).to_vec(),
        })
    };
    get_within(url, Some("application/dns-message"), timeout_ms, read)
        .await
        .map_err(|failed| match failed {
            GetFailed::Network => DnsError::Network,
            GetFailed::Timeout => DnsError::Timeout,
        })
}

/// Where the resolver in use comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResolverSource {
    /// Chosen in this tab (the DNS panel's field).
    Session,
    /// `[dns] doh` of the profile.
    Profile,
    /// [`DEFAULT_RESOLVER`].
    Default,
}

/// The resolver to use: this tab's choice, else the profile's, else the default.
pub fn resolver_in_use(profile: Option<&Profile>) -> (String, ResolverSource) {
    if let Some(url) = session_get(SESSION_KEY).and_then(|u| validate_resolver(&u).ok()) {
        return (url, ResolverSource::Session);
    }
    if let Some(url) = profile
        .and_then(|p| p.dns.doh.as_deref())
        .and_then(|u| validate_resolver(u).ok())
    {
        return (url, ResolverSource::Profile);
    }
    (DEFAULT_RESOLVER.to_string(), ResolverSource::Default)
}

/// Remembers the resolver for this tab (`None` forgets it).
pub fn set_session_resolver(url: Option<&str>) {
    session_set(SESSION_KEY, url);
}

/// The query timeout for this tab: a number of milliseconds stored by a test, else the default.
pub fn timeout_in_use() -> u32 {
    session_get(SESSION_TIMEOUT_KEY)
        .and_then(|t| t.trim().parse::<u32>().ok())
        .filter(|t| *t > 0)
        .unwrap_or(DEFAULT_TIMEOUT_MS)
}

/// Sets (or with `None` clears) this tab's query timeout.
pub fn set_session_timeout(ms: Option<u32>) {
    session_set(SESSION_TIMEOUT_KEY, ms.map(|m| m.to_string()).as_deref());
}

/// Why a typed resolver URL is not used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResolverProblem {
    Empty,
    NotUrl,
    /// `http://` to anything but this machine.
    HttpNotLocal,
}

/// Checks a resolver URL: `https://host[:port]/path`, or `http://` for 127.0.0.1, localhost or
/// [::1] only. Returns it trimmed.
pub fn validate_resolver(text: &str) -> Result<String, ResolverProblem> {
    let url = text.trim();
    if url.is_empty() {
        return Err(ResolverProblem::Empty);
    }
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(ResolverProblem::NotUrl);
    }
    let lower = url.to_ascii_lowercase();
    let (https, rest) = if let Some(rest) = lower.strip_prefix("https://") {
        (true, rest)
    } else if let Some(rest) = lower.strip_prefix("http://") {
        (false, rest)
    } else {
        return Err(ResolverProblem::NotUrl);
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    if authority.is_empty() || authority.contains('@') {
        return Err(ResolverProblem::NotUrl);
    }
    let host = host_of_authority(authority).ok_or(ResolverProblem::NotUrl)?;
    if !https && !matches!(host, "127.0.0.1" | "localhost" | "[::1]") {
        return Err(ResolverProblem::HttpNotLocal);
    }
    Ok(url.to_string())
}

/// The host of `host[:port]` (IPv6 in brackets kept with them); `None` when malformed.
fn host_of_authority(authority: &str) -> Option<&str> {
    if authority.starts_with('[') {
        let end = authority.find(']')?;
        let host = authority.get(..=end)?;
        let after = authority.get(end + 1..)?;
        return (after.is_empty() || port_ok(after.strip_prefix(':')?)).then_some(host);
    }
    let (host, port) = match authority.rsplit_once(':') {
        Some((h, p)) => (h, Some(p)),
        None => (authority, None),
    };
    if host.is_empty()
        || !host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
    {
        return None;
    }
    match port {
        Some(p) if !port_ok(p) => None,
        _ => Some(host),
    }
}

fn port_ok(p: &str) -> bool {
    p.parse::<u16>().is_ok_and(|n| n > 0)
}

/// `scheme://host[:port]` of a URL, lower case.
pub fn origin_of(url: &str) -> Option<String> {
    let lower = url.trim().to_ascii_lowercase();
    let (scheme, rest) = lower.split_once("://")?;
    let authority = rest.split(['/', '?', '#']).next()?;
    host_of_authority(authority)?;
    let authority = match (scheme, authority.rsplit_once(':')) {
        ("https", Some((h, "443"))) | ("http", Some((h, "80"))) => h,
        _ => authority,
    };
    Some(format!("{scheme}://{authority}"))
}

/// Whether a Content-Security-Policy lets the page connect to `origin` (from `page_origin`).
/// Reads `connect-src`, else `default-src`; no such directive allows everything.
pub fn csp_allows(csp: &str, origin: &str, page_origin: &str) -> bool {
    let directives: Vec<Vec<&str>> = csp
        .split(';')
        .map(|d| d.split_whitespace().collect::<Vec<_>>())
        .filter(|d| !d.is_empty())
        .collect();
    let find = |name: &str| {
        directives
            .iter()
            .find(|d| d[0].eq_ignore_ascii_case(name))
            .map(|d| &d[1..])
    };
    let Some(sources) = find("connect-src").or_else(|| find("default-src")) else {
        return true;
    };
    let origin = origin.to_ascii_lowercase();
    let scheme = origin.split("://").next().unwrap_or("");
    sources.iter().any(|source| {
        let source = source.to_ascii_lowercase();
        let source = source.trim_end_matches('/');
        match source {
            "*" => scheme == "http" || scheme == "https",
            "'self'" => origin == page_origin.to_ascii_lowercase(),
            "'none'" => false,
            s if s.ends_with(':') && !s.contains('/') => s.trim_end_matches(':') == scheme,
            s => {
                // A host source, with or without a scheme, maybe `*.` for any subdomain.
                let (s_scheme, rest) = s.split_once("://").unwrap_or((scheme, s));
                let authority = rest.split('/').next().unwrap_or("");
                if s_scheme != scheme {
                    return false;
                }
                match authority.strip_prefix("*.") {
                    Some(suffix) => origin
                        .split_once("://")
                        .is_some_and(|(_, host)| host.ends_with(&format!(".{suffix}"))),
                    None => {
                        origin_of(&format!("{s_scheme}://{authority}")).is_some_and(|o| o == origin)
                    }
                }
            }
        }
    })
}

/// Whether this page's own CSP (its `<meta http-equiv>`) lets it reach `resolver`. A page
/// without one allows everything.
pub fn page_allows(resolver: &str) -> bool {
    let Some(origin) = origin_of(resolver) else {
        return true;
    };
    let document = gloo::utils::document();
    let Ok(Some(meta)) = document.query_selector("meta[http-equiv='Content-Security-Policy']")
    else {
        return true;
    };
    let Some(csp) = meta.get_attribute("content") else {
        return true;
    };
    let page_origin = gloo::utils::window()
        .location()
        .origin()
        .unwrap_or_default();
    csp_allows(&csp, &origin, &page_origin)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolver_urls_are_checked() {
        assert!(validate_resolver(" https://dns.google/dns-query ").is_ok());
        assert!(validate_resolver("https://doh.example.jp:8443/dns-query?x=1").is_ok());
        assert!(validate_resolver("http://127.0.0.1:18080/dns-query").is_ok());
        assert!(validate_resolver("http://localhost/dns-query").is_ok());
        assert!(validate_resolver("http://[::1]:8080/dns-query").is_ok());
        assert_eq!(validate_resolver(""), Err(ResolverProblem::Empty));
        assert_eq!(
            validate_resolver("http://dns.google/dns-query"),
            Err(ResolverProblem::HttpNotLocal)
        );
        for bad in [
            "dns.google",
            "ftp://x/",
            "https://",
            "https://a b/",
            "https://user@host/",
            "https://host:99999/",
            "javascript:alert(1)",
        ] {
            assert_eq!(
                validate_resolver(bad),
                Err(ResolverProblem::NotUrl),
                "{bad}"
            );
        }
    }

    #[test]
    fn origins_and_the_csp() {
        assert_eq!(
            origin_of("https://dns.google/dns-query").as_deref(),
            Some("https://dns.google")
        );
        assert_eq!(
            origin_of("https://DNS.google:443/x").as_deref(),
            Some("https://dns.google")
        );
        assert_eq!(
            origin_of("http://127.0.0.1:18080/dns-query").as_deref(),
            Some("http://127.0.0.1:18080")
        );
        let csp = "default-src 'none'; connect-src 'self' https://dns.google; img-src 'self'";
        let page = "https://desk.example.jp";
        assert!(csp_allows(csp, "https://dns.google", page));
        assert!(csp_allows(csp, "https://desk.example.jp", page));
        assert!(!csp_allows(csp, "https://cloudflare-dns.com", page));
        assert!(!csp_allows(csp, "http://127.0.0.1:18080", page));
        assert!(!csp_allows(
            "default-src 'none'",
            "https://dns.google",
            page
        ));
        assert!(csp_allows("img-src 'self'", "https://dns.google", page));
        assert!(csp_allows("connect-src https:", "https://dns.google", page));
        assert!(csp_allows(
            "connect-src dns.google",
            "https://dns.google",
            page
        ));
        assert!(!csp_allows(
            "connect-src https://*.example.jp",
            "https://example.jp",
            page
        ));
        assert!(csp_allows(
            "connect-src https://*.example.jp",
            "https://doh.example.jp",
            page
        ));
    }

    #[test]
    fn the_content_type_must_be_dns() {
        assert!(is_dns_message(Some("application/dns-message")));
        assert!(is_dns_message(None));
        assert!(!is_dns_message(Some("text/html; charset=utf-8")));
    }
}
