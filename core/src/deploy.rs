//! Is a deployment safe to give to customers? The checks behind `mail-doctor deploy check DIR`
//! and `scripts/check-deploy` (issue 12).
//!
//! The engine opens no file: the caller reads the deployment folder into a [`Site`] and gets
//! [`Note`]s back, each with a level, a stable code, what it is about and a message in Japanese
//! and English. The deployment fails when any note is an [`Level::Error`]:
//! - the profile would serve the demo as real (`profile.toml` is the built-in demo, or a copy of
//!   its ISP: the same name, phone number or any of its domains);
//! - the profile does not validate, is too large for the pages to load, or has a precompressed
//!   sibling that a server would send instead of the edited file;
//! - a page, a file a page loads, or the service worker is missing;
//! - a page's Content-Security-Policy allows inline or `eval` script, or `tools.html` (the only
//!   page that runs DNS checks) cannot reach the profile's DNS-over-HTTPS resolver;
//! - the policy a server configuration (`_headers`, nginx's `add_header`) sends for a page is
//!   not the page's own `<meta>` policy (the browser enforces both, so the stricter silently
//!   wins).
//!
//! Warnings: no profile published yet (customers' page cannot help, the desk shows the demo), a
//! profile without `[profile] version`/`published` (the pages cannot say which profile is in
//! use), a page that allows a connection it never makes (the resolver on the desk's console or
//! the customers' page), a server configuration this reader cannot evaluate.

pub mod csp;
pub mod headers;
pub mod meta;
pub(crate) mod words;

use crate::lang::{fill, Localized, Text};
use crate::profile::{Profile, DEMO_TOML};
pub use meta::{meta_of, ProfileMeta, DEFAULT_OFFLINE_MAX_DAYS};
use words::Words;

/// The built-in demo profile's `[profile] version` (static/profile.toml): a profile published
/// with it is the demo, and every page shows it as such.
pub const DEMO_VERSION: &str = "demo";

/// The demo profile as the browser build embeds it: [`DEMO_TOML`] without its comment lines and
/// blank lines (the operators' documentation in static/profile.toml is a third of its bytes, and
/// every desk page carried it; its values and their order are the same). Made at compile time.
pub const DEMO_COMPACT: &str = match std::str::from_utf8(&DEMO_COMPACT_BYTES) {
    Ok(text) => text,
    Err(_) => panic!("the compact demo is not UTF-8"),
};

const DEMO_COMPACT_BYTES: [u8; compact(DEMO_TOML.as_bytes(), None)] =
    compact_into(DEMO_TOML.as_bytes());

/// The length of `text` without its comment lines (`#` first after spaces) and blank lines; with
/// `out`, also writes them there.
const fn compact(text: &[u8], mut out: Option<&mut [u8]>) -> usize {
    let (mut at, mut len) = (0, 0);
    while at < text.len() {
        let mut end = at;
        while end < text.len() && text[end] != b'\n' {
            end += 1;
        }
        let mut first = at;
        while first < end && (text[first] == b' ' || text[first] == b'\t' || text[first] == b'\r') {
            first += 1;
        }
        if first < end && text[first] != b'#' {
            let mut i = at;
            while i <= end && i < text.len() {
                if let Some(out) = &mut out {
                    out[len] = text[i];
                }
                len += 1;
                i += 1;
            }
        }
        at = end + 1;
    }
    len
}

const fn compact_into<const N: usize>(text: &[u8]) -> [u8; N] {
    let mut out = [0u8; N];
    compact(text, Some(&mut out));
    out
}

/// The DNS-over-HTTPS resolver the DNS checks use when the profile names none.
pub const DEFAULT_DOH: &str = "https://dns.google/dns-query";

/// The release pages and the request paths each is served at (extension-less URLs included:
/// static hosts with "pretty URLs" serve `/help` for `help.html`).
pub const PAGES: &[(&str, &[&str])] = &[
    ("index.html", &["/", "/index.html", "/index"]),
    ("help.html", &["/help.html", "/help"]),
    ("tools.html", &["/tools.html", "/tools"]),
    ("404.html", &["/404.html"]),
];

/// The page where DNS runs: the only one whose `connect-src` names the resolver.
pub const DNS_PAGE: &str = "tools.html";
/// The pages that call the connection doctor's service (`[probe] url`).
const PROBE_PAGES: [&str; 2] = ["index.html", "tools.html"];

/// Other files every release ships.
pub const FILES: &[&str] = &["boot.js", "sw.js"];

/// Whether a profile's identity is the demo's.
pub fn is_demo(meta: Option<&ProfileMeta>) -> bool {
    meta.is_some_and(|m| m.version == DEMO_VERSION)
}

/// A deployment folder as read by the caller.
#[derive(Debug, Clone, Default)]
pub struct Site {
    /// The names of the folder's files (top level).
    pub files: Vec<String>,
    /// Each `*.html` file's name and text.
    pub pages: Vec<(String, String)>,
    /// `profile.toml`'s bytes, if there is one.
    pub profile: Option<Vec<u8>>,
    /// A Netlify / Cloudflare Pages `_headers` file to check against the pages, if any.
    pub headers_file: Option<String>,
    /// An nginx configuration to check against the pages, if any.
    pub nginx_conf: Option<String>,
}

/// How bad a note is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Error,
    Warning,
    Ok,
}

impl Level {
    /// The level's word in every language (`ERROR`, `warning`, `ok` in English).
    pub fn text(self) -> Text {
        let word: fn(&Words) -> &'static str = match self {
            Level::Error => |w| w.level_error,
            Level::Warning => |w| w.level_warning,
            Level::Ok => |w| w.level_ok,
        };
        words::text(word)
    }
}

/// One finding of the check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub level: Level,
    /// Stable, for scripts (`profile-is-demo`).
    pub code: &'static str,
    /// What it is about: a file, a page, a path.
    pub about: String,
    pub message: Text,
    /// The values involved (a directive, a domain, the profile's own problems).
    pub detail: Localized,
}

impl Note {
    /// A note whose message is `message` of the tables (`|w| w.profile_ok`).
    fn new(
        level: Level,
        code: &'static str,
        about: &str,
        message: fn(&Words) -> &'static str,
    ) -> Note {
        Note {
            level,
            code,
            about: about.to_string(),
            message: words::text(message),
            detail: Localized::default(),
        }
    }

    /// A detail that is a value (a file name, an origin): the same in every language.
    fn detail(mut self, text: impl Into<String>) -> Note {
        let text = text.into();
        self.detail = Localized {
            ja: text.clone(),
            en: text,
        };
        self
    }

    /// A detail worded from the tables (`make` fills one language's template).
    fn detail_in(mut self, make: impl Fn(&words::Words) -> String) -> Note {
        self.detail = words::localized(|lang| make(words::words(lang)));
        self
    }
}

/// Whether the deployment passes (no error).
pub fn passed(notes: &[Note]) -> bool {
    !notes.iter().any(|n| n.level == Level::Error)
}

/// Every check (see the module's comment), errors first.
pub fn check(site: &Site) -> Vec<Note> {
    let mut notes = Vec::new();
    let profile = check_profile(site, &mut notes);
    check_files(site, &mut notes);
    check_policies(site, profile.as_ref(), &mut notes);
    notes.sort_by_key(|n| n.level);
    notes
}

/// The profile's checks; the profile when it loads.
fn check_profile(site: &Site, notes: &mut Vec<Note>) -> Option<Profile> {
    const P: &str = "profile.toml";
    for sibling in ["profile.toml.gz", "profile.toml.br"] {
        if site.files.iter().any(|f| f == sibling) {
            notes.push(Note::new(
                Level::Error,
                "profile-precompressed",
                sibling,
                |w| w.profile_precompressed,
            ));
        }
    }
    let Some(bytes) = &site.profile else {
        notes.push(Note::new(Level::Warning, "profile-missing", P, |w| {
            w.profile_missing
        }));
        return None;
    };
    if bytes.len() > crate::limits::MAX_PROFILE_BYTES {
        notes.push(
            Note::new(Level::Error, "profile-too-large", P, |w| {
                w.profile_too_large
            })
            .detail_in(|w| {
                fill(
                    w.detail_too_large,
                    &[
                        ("size", &bytes.len().to_string()),
                        ("max", &crate::limits::MAX_PROFILE_BYTES.to_string()),
                    ],
                )
            }),
        );
        return None;
    }
    let Ok(text) = std::str::from_utf8(bytes) else {
        notes.push(Note::new(Level::Error, "profile-not-utf8", P, |w| {
            w.profile_not_utf8
        }));
        return None;
    };
    if crate::limits::looks_like_html(text) {
        notes.push(Note::new(Level::Error, "profile-is-html", P, |w| {
            w.profile_is_html
        }));
        return None;
    }
    let profile = match Profile::parse(text) {
        Ok(p) => p,
        Err(errors) => {
            let line = |lang| {
                errors
                    .iter()
                    .map(|e| format!("{}: {}: {}", e.line, e.key, e.message_in(lang)))
                    .collect::<Vec<_>>()
                    .join("\n")
            };
            let mut note = Note::new(Level::Error, "profile-invalid", P, |w| w.profile_invalid);
            note.detail = words::localized(line);
            notes.push(note);
            return None;
        }
    };
    let meta = meta_of(&profile);
    if let Some(reason) = demo_likeness(&profile, meta.as_ref()) {
        notes.push(Note {
            detail: reason,
            ..Note::new(Level::Error, "profile-is-demo", P, |w| w.profile_is_demo)
        });
    }
    match &meta {
        None => notes.push(Note::new(Level::Warning, "profile-no-version", P, |w| {
            w.profile_no_version
        })),
        Some(m) if m.published.is_none() => {
            notes.push(Note::new(Level::Warning, "profile-no-published", P, |w| {
                w.profile_no_published
            }))
        }
        Some(m) => notes.push(
            Note::new(Level::Ok, "profile-ok", P, |w| w.profile_ok).detail_in(|w| {
                fill(
                    w.detail_identity,
                    &[
                        ("version", &m.version),
                        (
                            "published",
                            &m.published.map(|d| d.to_string()).unwrap_or_default(),
                        ),
                        ("days", &m.offline_max_days.to_string()),
                    ],
                )
            }),
        ),
    }
    Some(profile)
}

/// Why `profile` is the demo or a copy of it, if it is, in every language.
pub fn demo_likeness(profile: &Profile, meta: Option<&ProfileMeta>) -> Option<Localized> {
    let said = |template: fn(&words::Words) -> &'static str, name: &str, value: &str| {
        words::localized(|lang| fill(template(words::words(lang)), &[(name, value)]))
    };
    if is_demo(meta) {
        return Some(said(|w| w.detail_demo_version, "version", DEMO_VERSION));
    }
    let demo = Profile::parse(DEMO_TOML).ok()?;
    if profile.isp.name.ja == demo.isp.name.ja || profile.isp.name.en == demo.isp.name.en {
        return Some(said(|w| w.detail_demo_name, "name", &demo.isp.name.en));
    }
    if profile.isp.support_phone == demo.isp.support_phone {
        return Some(said(
            |w| w.detail_demo_phone,
            "phone",
            &demo.isp.support_phone,
        ));
    }
    let theirs: Vec<&String> = demo.brands.iter().flat_map(|b| &b.domains).collect();
    profile
        .brands
        .iter()
        .flat_map(|b| &b.domains)
        .find(|d| theirs.iter().any(|t| crate::names::same_host(t, d)))
        .map(|d| said(|w| w.detail_demo_domain, "domain", d))
}

/// The pages, the files they load, the service worker.
fn check_files(site: &Site, notes: &mut Vec<Note>) {
    let has = |name: &str| site.files.iter().any(|f| f == name);
    for name in PAGES.iter().map(|(p, _)| *p).chain(FILES.iter().copied()) {
        if !has(name) {
            notes.push(Note::new(Level::Error, "file-missing", name, |w| {
                w.file_missing
            }));
        }
    }
    for (page, html) in &site.pages {
        for asset in page_assets(html) {
            if !has(&asset) {
                notes.push(
                    Note::new(Level::Error, "asset-missing", page, |w| w.asset_missing)
                        .detail(asset),
                );
            }
        }
    }
}

/// The local files a built page loads (`src`, `href`, `data-js`, `data-wasm`).
pub fn page_assets(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attr in ["src=\"", "href=\"", "data-js=\"", "data-wasm=\""] {
        let mut rest = html;
        while let Some(i) = rest.find(attr) {
            // ` src="` only: not `data-src="`.
            let before = rest[..i].chars().next_back();
            rest = &rest[i + attr.len()..];
            let Some(end) = rest.find('"') else {
                break;
            };
            let value = &rest[..end];
            if !matches!(before, Some(c) if c.is_whitespace()) {
                continue;
            }
            let name = value.trim_start_matches("./");
            let local = !name.is_empty()
                && !name.contains(':')
                && !name.starts_with(['#', '/', '?'])
                && !name.contains('/');
            if local && !out.iter().any(|o| o == name) {
                out.push(name.to_string());
            }
        }
    }
    out
}

/// A page's `<meta http-equiv="Content-Security-Policy" content="…">`, entities decoded.
pub fn meta_csp(html: &str) -> Option<String> {
    let lower = html.to_ascii_lowercase();
    let at = lower.find("http-equiv=\"content-security-policy\"")?;
    let start = lower[..at].rfind("<meta")?;
    let end = start + lower[start..].find('>')?;
    let tag = &html[start..end];
    let i = tag.find("content=\"")? + "content=\"".len();
    let value = &tag[i..i + tag[i..].find('"')?];
    Some(
        value
            .replace("&#39;", "'")
            .replace("&apos;", "'")
            .replace("&quot;", "\"")
            .replace("&amp;", "&"),
    )
}

/// Each page's policy: safe, the resolver only where DNS runs, and the same in the server's
/// headers.
fn check_policies(site: &Site, profile: Option<&Profile>, notes: &mut Vec<Note>) {
    let resolver = profile
        .and_then(|p| p.dns.doh.clone())
        .unwrap_or_else(|| DEFAULT_DOH.to_string());
    let resolver_origin = csp::origin_of(&resolver).unwrap_or_default();
    // The connection doctor (issue 16): the console and the tools page call the profile's
    // `[probe] url`. On the pages' own origin `'self'` covers it; on another one their
    // connect-src must list it.
    let probe_origin = profile
        .and_then(|p| p.probe.as_ref())
        .and_then(|p| csp::origin_of(&p.url));
    for (page, paths) in PAGES {
        let Some((_, html)) = site.pages.iter().find(|(n, _)| n == page) else {
            continue;
        };
        let Some(meta_text) = meta_csp(html) else {
            notes.push(Note::new(Level::Error, "csp-missing", page, |w| {
                w.csp_missing
            }));
            continue;
        };
        let meta = csp::parse(&meta_text);
        let script = csp::sources(&meta, "script-src").unwrap_or_default();
        if script
            .iter()
            .any(|s| s == "'unsafe-inline'" || s == "'unsafe-eval'")
        {
            notes.push(
                Note::new(Level::Error, "csp-unsafe", page, |w| w.csp_unsafe)
                    .detail(script.join(" ")),
            );
        }
        let all_connect = csp::sources(&meta, "connect-src").unwrap_or_default();
        let probe_here = probe_origin
            .as_deref()
            .filter(|_| PROBE_PAGES.contains(page));
        let connect: Vec<&String> = all_connect
            .iter()
            .filter(|s| *s != "'self'" && Some(s.as_str()) != probe_here)
            .collect();
        if let Some(origin) = probe_here {
            if !all_connect.iter().any(|s| s == origin) {
                notes.push(
                    Note::new(Level::Warning, "csp-probe-missing", page, |w| {
                        w.csp_probe_missing
                    })
                    .detail(origin.to_string()),
                );
            }
        }
        if *page == DNS_PAGE {
            if !connect.iter().any(|s| **s == resolver_origin) {
                notes.push(
                    Note::new(Level::Error, "csp-resolver-missing", page, |w| {
                        w.csp_resolver_missing
                    })
                    .detail(resolver_origin.clone()),
                );
            }
        } else if !connect.is_empty() {
            notes.push(
                Note::new(Level::Warning, "csp-extra-connect", page, |w| {
                    w.csp_extra_connect
                })
                .detail(
                    connect
                        .iter()
                        .map(|s| s.as_str())
                        .collect::<Vec<_>>()
                        .join(" "),
                ),
            );
        }
        for path in *paths {
            if let Some(text) = &site.headers_file {
                let values = headers::headers_file_csp(text, path);
                compare_header(notes, "_headers", path, &meta, &values);
            }
            if let Some(conf) = &site.nginx_conf {
                match headers::nginx_csp(conf, path) {
                    headers::NginxCsp::Value(v) => {
                        compare_header(notes, "nginx.conf", path, &meta, &[v])
                    }
                    headers::NginxCsp::None => {
                        compare_header(notes, "nginx.conf", path, &meta, &[])
                    }
                    headers::NginxCsp::Unknown(what) => notes.push(
                        Note::new(
                            Level::Warning,
                            "csp-header-unknown",
                            &format!("nginx.conf {path}"),
                            |w| w.csp_header_unknown,
                        )
                        .detail(what),
                    ),
                }
            }
        }
    }
}

fn compare_header(
    notes: &mut Vec<Note>,
    file: &str,
    path: &str,
    meta: &csp::Policy,
    values: &[String],
) {
    let about = format!("{file} {path}");
    match values {
        [] => notes.push(Note::new(
            Level::Warning,
            "csp-header-missing",
            &about,
            |w| w.csp_header_missing,
        )),
        [one] => {
            let diff = csp::differences(meta, &csp::parse(one));
            if !diff.is_empty() {
                notes.push(
                    Note::new(Level::Error, "csp-header-mismatch", &about, |w| {
                        w.csp_header_mismatch
                    })
                    .detail(diff.join("\n")),
                );
            }
        }
        _ => notes.push(
            Note::new(Level::Error, "csp-header-twice", &about, |w| {
                w.csp_header_twice
            })
            .detail(values.join("\n")),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STRICT: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'";
    const TOOLS: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self' https://dns.google";

    fn page(csp: &str) -> String {
        format!(
            "<!doctype html><html><head><meta\n  http-equiv=\"Content-Security-Policy\"\n  content=\"{}\"\n/><link rel=\"stylesheet\" href=\"./style-0123.css\"><script type=\"module\" src=\"./boot.js\" data-js=\"./app-1.js\" data-wasm=\"./app-1_bg.wasm\"></script><link rel=\"icon\" href=\"data:,\"></head></html>",
            csp.replace('\'', "&#39;")
        )
    }

    fn profile_text(version: &str) -> String {
        DEMO_TOML
            .replace("いろどりケーブルグループ", "テスト")
            .replace("Irodori Cable Group", "Test")
            .replace(".example.jp", ".test.example")
            .replace("version = \"demo\"", &format!("version = \"{version}\""))
            .replace("0120-XXX-XXX", "0000")
    }

    fn site(profile: Option<String>) -> Site {
        let mut files: Vec<String> = [
            "style-0123.css",
            "boot.js",
            "app-1.js",
            "app-1_bg.wasm",
            "sw.js",
        ]
        .map(String::from)
        .to_vec();
        let mut pages = Vec::new();
        for (name, _) in PAGES {
            files.push(name.to_string());
            pages.push((
                name.to_string(),
                page(if *name == DNS_PAGE { TOOLS } else { STRICT }),
            ));
        }
        if profile.is_some() {
            files.push("profile.toml".into());
        }
        Site {
            files,
            pages,
            profile: profile.map(String::into_bytes),
            headers_file: None,
            nginx_conf: None,
        }
    }

    fn codes(notes: &[Note]) -> Vec<&'static str> {
        notes
            .iter()
            .filter(|n| n.level != Level::Ok)
            .map(|n| n.code)
            .collect()
    }

    #[test]
    fn a_release_with_its_own_profile_passes() {
        let notes = check(&site(Some(profile_text("2026-12-07.1"))));
        assert_eq!(codes(&notes), Vec::<&str>::new(), "{notes:#?}");
        assert!(passed(&notes));
    }

    #[test]
    fn the_demo_or_a_copy_of_it_fails() {
        let notes = check(&site(Some(DEMO_TOML.to_string())));
        assert!(!passed(&notes));
        assert!(codes(&notes).contains(&"profile-is-demo"));
        // The demo with another version is still the demo's ISP.
        let copy = DEMO_TOML.replace("version = \"demo\"", "version = \"1\"");
        assert!(codes(&check(&site(Some(copy)))).contains(&"profile-is-demo"));
        // Only one of its domains, kept by mistake.
        let one = profile_text("1").replacen("\"aoi.test.example\"", "\"aoi.example.jp\"", 1);
        assert_ne!(one, profile_text("1"), "the test must change a domain");
        assert!(codes(&check(&site(Some(one)))).contains(&"profile-is-demo"));
    }

    #[test]
    fn the_demo_profile_is_marked_as_the_demo() {
        let demo = Profile::parse(DEMO_TOML).expect("demo loads");
        assert!(is_demo(meta_of(&demo).as_ref()));
    }

    #[test]
    fn the_compact_demo_is_the_demo() {
        let compact = Profile::parse(DEMO_COMPACT).expect("compact demo loads");
        assert_eq!(compact, Profile::parse(DEMO_TOML).unwrap());
        assert!(is_demo(meta_of(&compact).as_ref()));
        assert!(
            DEMO_COMPACT.len() * 4 < DEMO_TOML.len() * 3,
            "{}",
            DEMO_COMPACT.len()
        );
        assert!(!DEMO_COMPACT
            .lines()
            .any(|l| l.trim().is_empty() || l.trim_start().starts_with('#')));
    }

    #[test]
    fn missing_invalid_html_and_precompressed_profiles() {
        let notes = check(&site(None));
        assert_eq!(codes(&notes), vec!["profile-missing"]);
        assert!(passed(&notes));
        assert!(codes(&check(&site(Some("[isp\n".into())))).contains(&"profile-invalid"));
        assert!(
            codes(&check(&site(Some("<!doctype html><p>hi".into())))).contains(&"profile-is-html")
        );
        let mut s = site(Some(profile_text("1")));
        s.files.push("profile.toml.gz".into());
        assert!(codes(&check(&s)).contains(&"profile-precompressed"));
        let big = "#".repeat(crate::limits::MAX_PROFILE_BYTES + 1);
        assert!(codes(&check(&site(Some(big)))).contains(&"profile-too-large"));
    }

    #[test]
    fn missing_files_and_assets() {
        let mut s = site(Some(profile_text("1")));
        s.files.retain(|f| f != "app-1_bg.wasm" && f != "404.html");
        let notes = check(&s);
        let c = codes(&notes);
        assert!(
            c.contains(&"asset-missing") && c.contains(&"file-missing"),
            "{c:?}"
        );
    }

    #[test]
    fn a_probe_service_on_another_origin_must_be_in_the_callers_policies() {
        let with_probe = |url: &str| profile_text("1") + &format!("\n[probe]\nurl = \"{url}\"\n");
        // Not listed: a warning on the console and the tools page, not on help.html.
        let mut s = site(Some(with_probe("https://probe.test.example/")));
        let notes = check(&s);
        let missing: Vec<&str> = notes
            .iter()
            .filter(|n| n.code == "csp-probe-missing")
            .map(|n| n.about.as_str())
            .collect();
        assert_eq!(missing, ["index.html", "tools.html"], "{notes:#?}");
        // Listed on both: no warning, and the console's listing is not an "extra" connection.
        for (name, html) in s.pages.iter_mut() {
            if name == "index.html" {
                *html = page(&STRICT.replace(
                    "connect-src 'self'",
                    "connect-src 'self' https://probe.test.example",
                ));
            } else if name == "tools.html" {
                *html = page(&TOOLS.replace(
                    "connect-src 'self'",
                    "connect-src 'self' https://probe.test.example",
                ));
            }
        }
        let c = codes(&check(&s));
        assert!(
            !c.contains(&"csp-probe-missing") && !c.contains(&"csp-extra-connect"),
            "{c:?}"
        );
    }

    #[test]
    fn policies_resolver_and_headers() {
        let mut s = site(Some(profile_text("1")));
        // The resolver on the console: allowed, but a warning.
        s.pages[0].1 = page(TOOLS);
        // Another resolver in the profile, not in tools.html's policy.
        let text = profile_text("1") + "\n[dns]\ndoh = \"https://doh.example.jp/dns-query\"\n";
        s.profile = Some(text.into_bytes());
        let c = codes(&check(&s));
        assert!(
            c.contains(&"csp-extra-connect") && c.contains(&"csp-resolver-missing"),
            "{c:?}"
        );

        let mut s = site(Some(profile_text("1")));
        s.headers_file = Some(format!(
            "/*\n  X-Frame-Options: DENY\n/tools.html\n  Content-Security-Policy: {TOOLS}; frame-ancestors 'none'\n/tools\n  Content-Security-Policy: {STRICT}\n"
        ));
        let notes = check(&s);
        let mismatch: Vec<&Note> = notes
            .iter()
            .filter(|n| n.code == "csp-header-mismatch")
            .collect();
        assert_eq!(mismatch.len(), 1, "{notes:#?}");
        assert_eq!(mismatch[0].about, "_headers /tools");
        assert!(codes(&notes).contains(&"csp-header-missing"));

        let mut s = site(Some(profile_text("1")));
        s.pages[1].1 = page(
            &format!("{STRICT}; script-src 'self' 'unsafe-inline'")
                .replace("script-src 'self' 'wasm-unsafe-eval'; ", ""),
        );
        assert!(codes(&check(&s)).contains(&"csp-unsafe"));
    }

    #[test]
    fn assets_of_a_built_page() {
        assert_eq!(
            page_assets(&page(STRICT)),
            vec!["boot.js", "style-0123.css", "app-1.js", "app-1_bg.wasm"]
        );
        assert_eq!(meta_csp(&page(STRICT)).as_deref(), Some(STRICT));
    }
}
