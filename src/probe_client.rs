//! The pages' side of the connection doctor (`mail-doctor serve-probe`): GET its JSON API at the
//! profile's `[probe] url`, read the few fields the pages show. The probing and its words are
//! the service's (the engine's `probe` module, never linked into the pages): the findings come
//! with their title and detail in the page's language.
//!
//! GET without custom headers is a CORS "simple" request (no preflight); the service answers
//! with `Access-Control-Allow-Origin` for the origins it is configured with. The page's CSP
//! (`connect-src`) must list the service's origin, unless it is served from the page's own
//! origin (a reverse-proxy path such as `/probe/`): [`blocked_by_csp`] tells the agent.

use mail_doctor_core::Lang;
use serde_json::Value;
use wasm_bindgen_futures::JsFuture;

/// A finding of one endpoint, in the page's language (from the service).
#[derive(Debug, Clone, PartialEq)]
pub struct CheckFinding {
    pub code: String,
    /// `error`, `warning` or `info`.
    pub severity: String,
    pub title: String,
    pub detail: String,
}

/// One endpoint's check.
#[derive(Debug, Clone, PartialEq)]
pub struct EndpointCheck {
    /// `host:port`.
    pub endpoint: String,
    pub protocol: String,
    pub security: String,
    /// `current` or `retired`.
    pub role: String,
    /// `answered`, `refused`, `timeout`, `unresolved`, `failed`.
    pub outcome: String,
    pub connect_ms: Option<u64>,
    /// `1.3`, … when TLS was reached.
    pub tls_version: Option<String>,
    pub cert_days_left: Option<i64>,
    pub findings: Vec<CheckFinding>,
}

/// The service's answer about the decoder's `server-side` suspect.
#[derive(Debug, Clone, PartialEq)]
pub enum Verdict {
    /// Error findings on these codes: the server is at fault.
    Confirmed(Vec<String>),
    /// Every endpoint answered without an error finding.
    RuledOut,
    Unknown,
}

/// A domain's (or the whole profile's) check.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckAnswer {
    pub results: Vec<EndpointCheck>,
    pub verdict: Verdict,
    /// The verdict in the page's language (from the service).
    pub verdict_text: String,
}

/// Why there is no answer.
#[derive(Debug, Clone, PartialEq)]
pub enum CheckError {
    /// The page's CSP does not list the service's origin (`connect-src`).
    Csp(String),
    /// Nothing answered, or CORS refused the answer.
    Network,
    Timeout,
    /// The service's own refusal: HTTP status and its `error` code (`rate-limited`, `busy`,
    /// `not-in-profile`, `domain-unknown`).
    Service(u16, String),
    /// Not the service's JSON.
    BadAnswer,
}

/// `base` + `path` with one slash between them (`https://desk.example.jp/probe/` + `api/…`).
pub fn api_url(base: &str, path: &str) -> String {
    format!(
        "{}/{}",
        base.trim().trim_end_matches('/'),
        path.trim_start_matches('/')
    )
}

/// The origin of a URL, when the page's CSP does not allow it (`None`: allowed).
pub fn blocked_by_csp(base: &str) -> Option<String> {
    let origin = crate::doh::origin_of(base)?;
    (!crate::doh::page_allows(base)).then_some(origin)
}

/// Every current endpoint of `domain`, with the verdict on the server-side suspect.
pub async fn check_domain(base: &str, domain: &str, lang: Lang) -> Result<CheckAnswer, CheckError> {
    let url = api_url(
        base,
        &format!("api/domain?domain={}&lang={}", encode(domain), lang.tag()),
    );
    get_answer(base, &url, 60_000).await
}

/// The whole profile: every current endpoint and every retired host on the mail ports.
pub async fn check_all(base: &str, lang: Lang) -> Result<CheckAnswer, CheckError> {
    let url = api_url(base, &format!("api/all?lang={}", lang.tag()));
    get_answer(base, &url, 600_000).await
}

async fn get_answer(base: &str, url: &str, timeout_ms: u32) -> Result<CheckAnswer, CheckError> {
    if let Some(origin) = blocked_by_csp(base) {
        return Err(CheckError::Csp(origin));
    }
    let (status, body) = fetch_text(url, timeout_ms).await?;
    let json: Value = serde_json::from_str(&body).map_err(|_| CheckError::BadAnswer)?;
    if !(200..300).contains(&status) {
        let code = json["error"].as_str().unwrap_or("error").to_string();
        return Err(CheckError::Service(status, code));
    }
    read_answer(&json).ok_or(CheckError::BadAnswer)
}

/// Reads the service's domain / whole-profile JSON (public for the tests).
pub fn read_answer(json: &Value) -> Option<CheckAnswer> {
    let results = json["results"]
        .as_array()?
        .iter()
        .map(read_endpoint)
        .collect::<Option<Vec<_>>>()?;
    let verdict = match json["server_side"]["verdict"].as_str() {
        Some("confirmed") => Verdict::Confirmed(
            json["server_side"]["codes"]
                .as_array()
                .map(|codes| {
                    codes
                        .iter()
                        .filter_map(|c| c.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default(),
        ),
        Some("ruled-out") => Verdict::RuledOut,
        _ => Verdict::Unknown,
    };
    Some(CheckAnswer {
        results,
        verdict,
        verdict_text: text(&json["server_side_text"]),
    })
}

fn text(v: &Value) -> String {
    v.as_str().unwrap_or_default().to_string()
}

fn read_endpoint(r: &Value) -> Option<EndpointCheck> {
    let findings = r["findings"].as_array()?;
    let texts = r["texts"].as_array();
    Some(EndpointCheck {
        endpoint: r["endpoint"].as_str()?.to_string(),
        protocol: text(&r["target"]["protocol"]),
        security: text(&r["target"]["security"]),
        role: text(&r["target"]["role"]),
        outcome: text(&r["outcome"]),
        connect_ms: r["connect_ms"].as_u64(),
        tls_version: r["tls"]["version"].as_str().map(str::to_string),
        cert_days_left: r["tls"]["days_left"].as_i64(),
        findings: findings
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let words = texts.and_then(|t| t.get(i));
                CheckFinding {
                    code: text(&f["code"]),
                    severity: text(&f["severity"]),
                    title: words.map(|w| text(&w["title"])).unwrap_or_default(),
                    detail: words.map(|w| text(&w["detail"])).unwrap_or_default(),
                }
            })
            .collect(),
    })
}

/// Percent-encodes a query value (a domain: letters, digits, `.`, `-` and `_` pass).
fn encode(value: &str) -> String {
    const KEEP: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'.')
        .remove(b'-')
        .remove(b'_');
    percent_encoding::utf8_percent_encode(value.trim(), KEEP).to_string()
}

async fn fetch_text(url: &str, timeout_ms: u32) -> Result<(u16, String), CheckError> {
    let read = |response: web_sys::Response| async move {
        let status = response.status();
        let body = JsFuture::from(response.text()?).await?;
        Ok((status, body.as_string().unwrap_or_default()))
    };
    crate::web::get_within(url, None, timeout_ms, read)
        .await
        .map_err(|failed| match failed {
            crate::web::GetFailed::Network => CheckError::Network,
            crate::web::GetFailed::Timeout => CheckError::Timeout,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_and_encoding() {
        assert_eq!(
            api_url("https://desk.example.jp/probe/", "api/all?lang=ja"),
            "https://desk.example.jp/probe/api/all?lang=ja"
        );
        assert_eq!(
            api_url("http://127.0.0.1:8787", "/health"),
            "http://127.0.0.1:8787/health"
        );
        assert_eq!(encode("kita.aoi.example.jp"), "kita.aoi.example.jp");
        assert_eq!(encode("a b&c"), "a%20b%26c");
    }

    #[test]
    fn the_services_json_is_read() {
        let json: Value = serde_json::from_str(
            r#"{"domain":"aoi.example.jp","server_side":{"verdict":"confirmed","codes":["probe-cert-expired"]},
            "server_side_text":"Server-side problem confirmed","results":[
            {"endpoint":"imap.mail.example.jp:993","target":{"host":"imap.mail.example.jp","port":993,
            "protocol":"imap","security":"ssl","role":"current"},"outcome":"answered","connect_ms":12,
            "tls":{"version":"1.3","days_left":-3},"findings":[{"code":"probe-cert-expired","severity":"error",
            "observed":"2026-12-04"}],"texts":[{"code":"probe-cert-expired","severity":"error",
            "title":"The certificate has expired","detail":"…"}],"elapsed_ms":5,"checked_at":0}]}"#,
        )
        .unwrap();
        let a = read_answer(&json).unwrap();
        assert_eq!(
            a.verdict,
            Verdict::Confirmed(vec!["probe-cert-expired".into()])
        );
        let e = &a.results[0];
        assert_eq!(e.endpoint, "imap.mail.example.jp:993");
        assert_eq!(e.tls_version.as_deref(), Some("1.3"));
        assert_eq!(e.cert_days_left, Some(-3));
        assert_eq!(e.findings[0].title, "The certificate has expired");
        assert!(read_answer(&serde_json::json!({"results": 3})).is_none());
    }
}
