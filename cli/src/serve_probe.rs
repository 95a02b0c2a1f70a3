//! `mail-doctor serve-probe --profile P --listen ADDR`: the connection doctor as a small HTTP
//! service for the desk's pages (axum on tokio), and the settings files mail apps ask for.
//!
//! It probes only the host/port pairs the profile names (current endpoints and retired hosts on
//! the mail ports: `probe::profile_targets`): no other host, port or address, so it cannot be
//! used as a scanner. Per-client rate limit (GCRA, `governor`), a cap on probes at once, step
//! timers, a short result cache, CORS for the configured origins only.
//!
//! | route | what |
//! |---|---|
//! | `GET /health` | `{"status":"ok", …}` |
//! | `GET /api/targets` | every endpoint it may probe |
//! | `GET /api/probe?host=&port=[&lang=ja\|en]` | one endpoint's report (as `mail-doctor probe --json`) |
//! | `GET /api/domain?domain=[&lang=]` | a domain's endpoints and the server-side verdict |
//! | `GET /api/all[?lang=]` | the whole profile (cached, one sweep at a time) |
//! | `GET /mail/config-v1.1.xml?emailaddress=` | Thunderbird autoconfig |
//! | `GET /.well-known/autoconfig/mail/config-v1.1.xml` | the same |
//! | `POST /autodiscover/autodiscover.xml` (any case) | Outlook Autodiscover (POX) |
//! | `GET /mail/apple.mobileconfig?emailaddress=` | Apple configuration profile download |

use crate::input::{load_profile, usage_error, LangArg};
use crate::probe::report_out;
use crate::prober::{self, ConnectArgs, Options};
use crate::words::FOR_PROGRAMS;
use axum::body::Bytes;
use axum::extract::{ConnectInfo, DefaultBodyLimit, Query, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use governor::{clock::Clock, DefaultKeyedRateLimiter, Quota, RateLimiter};
use mail_doctor_core::export::{
    autodiscover_error, export, request_address, ExportFormat, RequestProblem,
};
use mail_doctor_core::probe::{
    domain_targets, find_target, profile_targets, server_side_verdict, verdict_text, Policy,
    ProbeReport, Role, Target,
};
use mail_doctor_core::profile::Profile;
use mail_doctor_core::Lang;
use serde::Deserialize;
use serde_json::json;
use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::num::NonZeroU32;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::Semaphore;
use tower_http::cors::{AllowOrigin, CorsLayer};

/// Serve the connection doctor (JSON API) and the mail apps' settings files for a profile.
#[derive(clap::Args)]
pub struct Args {
    /// The profile (profile.toml); without it the built-in demo profile.
    #[arg(long, value_name = "PATH")]
    profile: Option<String>,
    /// Address and port to listen on (port 0: any free port; the address is printed).
    #[arg(long, default_value = "127.0.0.1:8787", value_name = "ADDR:PORT")]
    listen: String,
    /// An origin allowed to call the API from a browser (CORS), e.g. https://desk.example.jp.
    /// Repeat for several. Without one, no CORS header is sent.
    #[arg(long = "origin", value_name = "ORIGIN")]
    origins: Vec<String>,
    /// Probes each client may ask for per minute (a domain check counts one per endpoint,
    /// the whole profile 10).
    #[arg(long, default_value_t = 30, value_name = "N")]
    rate: u32,
    /// Probes running at once, for all clients together.
    #[arg(long, default_value_t = 8, value_name = "N")]
    max_probes: usize,
    /// Seconds a request waits for a free probe slot before 503.
    #[arg(long, default_value_t = 10.0, value_name = "SECONDS")]
    queue_wait: f64,
    /// Seconds a probe's result is reused for the same endpoint.
    #[arg(long, default_value_t = 30, value_name = "SECONDS")]
    cache: u64,
    /// Seconds the whole-profile result is reused.
    #[arg(long, default_value_t = 300, value_name = "SECONDS")]
    all_cache: u64,
    /// Take the client's address from X-Real-IP (set it only behind a reverse proxy that
    /// writes that header itself).
    #[arg(long)]
    trust_proxy: bool,
    #[command(flatten)]
    connect: ConnectArgs,
    /// The language of start-up messages.
    #[arg(long, value_enum, default_value = "en")]
    lang: LangArg,
}

struct App {
    profile: Profile,
    targets: Vec<Target>,
    options: Arc<Options>,
    limiter: DefaultKeyedRateLimiter<IpAddr>,
    rate: u32,
    slots: Arc<Semaphore>,
    max_probes: usize,
    queue_wait: Duration,
    cache: Mutex<HashMap<(String, u16), (Instant, ProbeReport)>>,
    cache_ttl: Duration,
    all: tokio::sync::Mutex<Option<(Instant, Arc<Vec<ProbeReport>>)>>,
    all_ttl: Duration,
    trust_proxy: bool,
}

type Shared = Arc<App>;

pub fn run(args: Args) -> ExitCode {
    let lang = Lang::from(args.lang);
    let profile = match load_profile(args.profile.as_deref()) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{}", e.all_lines(lang));
            return ExitCode::from(1);
        }
    };
    let app = match build(&args, profile) {
        Ok(a) => a,
        Err(m) => return usage_error(&m),
    };
    let origins: Result<Vec<HeaderValue>, String> = args
        .origins
        .iter()
        .map(|o| {
            let o = o.trim().trim_end_matches('/');
            if !(o.starts_with("https://") || o.starts_with("http://"))
                || o.contains(char::is_whitespace)
            {
                return Err(format!("--origin `{o}`: write scheme://host[:port]"));
            }
            HeaderValue::from_str(o).map_err(|e| format!("--origin `{o}`: {e}"))
        })
        .collect();
    let origins = match origins {
        Ok(o) => o,
        Err(m) => return usage_error(&m),
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => return usage_error(&format!("cannot start the async runtime: {e}")),
    };
    runtime.block_on(serve(args.listen, app, origins))
}

fn build(args: &Args, profile: Profile) -> Result<App, String> {
    let options = Options {
        policy: Policy::from_profile(&profile),
        ..args.connect.options()?
    };
    let rate = NonZeroU32::new(args.rate).ok_or("--rate: at least 1")?;
    if args.max_probes == 0 || args.max_probes > 1024 {
        return Err("--max-probes: between 1 and 1024".to_string());
    }
    Ok(App {
        targets: profile_targets(&profile),
        profile,
        options: Arc::new(options),
        limiter: RateLimiter::keyed(Quota::per_minute(rate)),
        rate: rate.get(),
        slots: Arc::new(Semaphore::new(args.max_probes)),
        max_probes: args.max_probes,
        queue_wait: prober::seconds(args.queue_wait, "--queue-wait")?,
        cache: Mutex::new(HashMap::new()),
        cache_ttl: Duration::from_secs(args.cache),
        all: tokio::sync::Mutex::new(None),
        all_ttl: Duration::from_secs(args.all_cache),
        trust_proxy: args.trust_proxy,
    })
}

/// The routes, with CORS for `origins` (none: no CORS headers at all).
fn router(app: Shared, origins: Vec<HeaderValue>) -> Router {
    let mut router = Router::new()
        .route("/health", get(health))
        .route("/api/targets", get(targets))
        .route("/api/probe", get(probe_one))
        .route("/api/domain", get(probe_domain))
        .route("/api/all", get(probe_everything))
        .route("/mail/config-v1.1.xml", get(autoconfig))
        .route(
            "/.well-known/autoconfig/mail/config-v1.1.xml",
            get(autoconfig),
        )
        .route("/autodiscover/autodiscover.xml", post(autodiscover))
        .route("/Autodiscover/Autodiscover.xml", post(autodiscover))
        .route("/mail/apple.mobileconfig", get(mobileconfig))
        .fallback(fallback)
        .layer(DefaultBodyLimit::max(64 * 1024))
        .layer(axum::middleware::map_response(common_headers))
        .with_state(app);
    if !origins.is_empty() {
        router = router.layer(
            CorsLayer::new()
                .allow_origin(AllowOrigin::list(origins))
                .allow_methods([Method::GET, Method::POST, Method::OPTIONS])
                .allow_headers([header::CONTENT_TYPE, header::ACCEPT])
                .max_age(Duration::from_secs(600)),
        );
    }
    router
}

async fn serve(listen: String, app: App, origins: Vec<HeaderValue>) -> ExitCode {
    let listener = match tokio::net::TcpListener::bind(&listen).await {
        Ok(l) => l,
        Err(e) => return usage_error(&format!("--listen {listen}: {e}")),
    };
    let local = listener
        .local_addr()
        .map(|a| a.to_string())
        .unwrap_or(listen);
    let app: Shared = Arc::new(app);
    // Forget clients idle for longer than a full bucket takes to refill.
    let cleaner = Arc::clone(&app);
    tokio::spawn(async move {
        loop {
            tokio::time::sleep(Duration::from_secs(60)).await;
            cleaner.limiter.retain_recent();
            let ttl = cleaner.cache_ttl;
            if let Ok(mut c) = cleaner.cache.lock() {
                c.retain(|_, (at, _)| at.elapsed() < ttl);
            }
        }
    });
    // The first line on stdout is the address (tests and scripts read it).
    println!("http://{local}/");
    eprintln!(
        "serve-probe: listening on http://{local}/ ({} endpoints, {} probes at once, {} per client per minute)",
        app.targets.len(),
        app.max_probes,
        app.rate
    );
    let service = router(app, origins).into_make_service_with_connect_info::<SocketAddr>();
    match axum::serve(listener, service)
        .with_graceful_shutdown(shutdown_signal())
        .await
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => usage_error(&format!("serve: {e}")),
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}

async fn common_headers(mut response: Response) -> Response {
    let h = response.headers_mut();
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("no-store"));
    response
}

fn error(status: StatusCode, code: &str, message: &str) -> Response {
    (status, Json(json!({ "error": code, "message": message }))).into_response()
}

fn client_ip(app: &App, peer: SocketAddr, headers: &HeaderMap) -> IpAddr {
    if app.trust_proxy {
        if let Some(ip) = headers
            .get("x-real-ip")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse().ok())
        {
            return ip;
        }
    }
    peer.ip()
}

/// Takes `cost` probes from the client's allowance, or the 429 to send.
fn spend(app: &App, ip: IpAddr, cost: u32) -> Result<(), Response> {
    let n = NonZeroU32::new(cost.max(1)).unwrap_or(NonZeroU32::MIN);
    match app.limiter.check_key_n(&ip, n) {
        Ok(Ok(())) => Ok(()),
        Ok(Err(not_until)) => {
            let wait = not_until.wait_time_from(governor::clock::DefaultClock::default().now());
            let mut r = error(
                StatusCode::TOO_MANY_REQUESTS,
                "rate-limited",
                "too many probes from this client; try again later",
            );
            if let Ok(v) = HeaderValue::from_str(&(wait.as_secs() + 1).to_string()) {
                r.headers_mut().insert(header::RETRY_AFTER, v);
            }
            Err(r)
        }
        Err(_) => Err(error(
            StatusCode::TOO_MANY_REQUESTS,
            "rate-limited",
            "this request needs more probes than the per-minute allowance",
        )),
    }
}

impl App {
    fn cached(&self, target: &Target) -> Option<ProbeReport> {
        let cache = self.cache.lock().ok()?;
        let (at, report) = cache.get(&(target.host.clone(), target.port))?;
        (at.elapsed() < self.cache_ttl && report.target == *target).then(|| report.clone())
    }

    /// A probe in a free slot (waiting `wait` at most; `None` waits as long as it takes).
    async fn probe(&self, target: Target, wait: Option<Duration>) -> Result<ProbeReport, Response> {
        if let Some(report) = self.cached(&target) {
            return Ok(report);
        }
        let acquire = Arc::clone(&self.slots).acquire_owned();
        let permit = match wait {
            Some(w) => match tokio::time::timeout(w, acquire).await {
                Ok(Ok(p)) => p,
                _ => {
                    let mut r = error(
                        StatusCode::SERVICE_UNAVAILABLE,
                        "busy",
                        "every probe slot is in use; try again shortly",
                    );
                    r.headers_mut()
                        .insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
                    return Err(r);
                }
            },
            None => acquire
                .await
                .map_err(|_| error(StatusCode::SERVICE_UNAVAILABLE, "busy", "shutting down"))?,
        };
        let report = prober::probe(target.clone(), &self.options).await;
        drop(permit);
        if let Ok(mut cache) = self.cache.lock() {
            cache.insert((target.host, target.port), (Instant::now(), report.clone()));
        }
        Ok(report)
    }
}

fn lang_of(lang: Option<&str>) -> Option<Lang> {
    lang.and_then(Lang::from_tag)
}

async fn health(State(app): State<Shared>) -> Response {
    let retired = app
        .targets
        .iter()
        .filter(|t| t.role == Role::Retired)
        .count();
    Json(json!({
        "status": "ok",
        "service": "mail-doctor serve-probe",
        "version": env!("CARGO_PKG_VERSION"),
        "isp": app.profile.isp.name.get(FOR_PROGRAMS),
        "targets": app.targets.len(),
        "current": app.targets.len() - retired,
        "retired": retired,
        "max_probes": app.max_probes,
        "rate_per_minute": app.rate,
        "available_slots": app.slots.available_permits(),
    }))
    .into_response()
}

async fn targets(State(app): State<Shared>) -> Response {
    Json(json!({ "targets": app.targets })).into_response()
}

#[derive(Deserialize)]
struct ProbeQuery {
    host: Option<String>,
    port: Option<String>,
    lang: Option<String>,
}

async fn probe_one(
    State(app): State<Shared>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Query(q): Query<ProbeQuery>,
) -> Response {
    let (Some(host), Some(port)) = (q.host.as_deref(), q.port.as_deref()) else {
        return error(StatusCode::BAD_REQUEST, "bad-request", "give host and port");
    };
    let Ok(port) = port.trim().parse::<u16>() else {
        return error(
            StatusCode::BAD_REQUEST,
            "bad-request",
            "port is not a number from 1 to 65535",
        );
    };
    // The gate: only what the profile names (a name, never an address of the client's choosing).
    let Some(target) = find_target(&app.targets, host, port).cloned() else {
        return error(
            StatusCode::FORBIDDEN,
            "not-in-profile",
            "this service probes only the endpoints the profile names",
        );
    };
    if let Err(r) = spend(&app, client_ip(&app, peer, &headers), 1) {
        return r;
    }
    match app.probe(target, Some(app.queue_wait)).await {
        Ok(report) => Json(report_out(&report, lang_of(q.lang.as_deref()))).into_response(),
        Err(r) => r,
    }
}

#[derive(Deserialize)]
struct DomainQuery {
    domain: Option<String>,
    lang: Option<String>,
}

async fn probe_domain(
    State(app): State<Shared>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Query(q): Query<DomainQuery>,
) -> Response {
    let Some(domain) = q.domain.as_deref().map(str::trim).filter(|d| !d.is_empty()) else {
        return error(StatusCode::BAD_REQUEST, "bad-request", "give domain");
    };
    let targets = domain_targets(&app.profile, domain);
    if targets.is_empty() {
        return error(
            StatusCode::NOT_FOUND,
            "domain-unknown",
            "the domain is not in the profile",
        );
    }
    let cost = u32::try_from(targets.len()).unwrap_or(u32::MAX);
    if let Err(r) = spend(&app, client_ip(&app, peer, &headers), cost) {
        return r;
    }
    let mut set = tokio::task::JoinSet::new();
    for (i, t) in targets.into_iter().enumerate() {
        let app = Arc::clone(&app);
        set.spawn(async move { (i, app.probe(t, Some(app.queue_wait)).await) });
    }
    let mut results: Vec<Option<ProbeReport>> = Vec::new();
    while let Some(joined) = set.join_next().await {
        let Ok((i, outcome)) = joined else {
            return error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                "a probe task failed",
            );
        };
        match outcome {
            Ok(report) => {
                if results.len() <= i {
                    results.resize_with(i + 1, || None);
                }
                results[i] = Some(report);
            }
            Err(r) => return r,
        }
    }
    let reports: Vec<ProbeReport> = results.into_iter().flatten().collect();
    let lang = lang_of(q.lang.as_deref());
    let verdict = server_side_verdict(&reports);
    Json(json!({
        "domain": mail_doctor_core::names::normalize_host(domain),
        "server_side_text": lang.map(|l| verdict_text(&verdict, l)),
        "server_side": verdict,
        "results": reports.iter().map(|r| report_out(r, lang)).collect::<Vec<_>>(),
    }))
    .into_response()
}

#[derive(Deserialize)]
struct LangQuery {
    lang: Option<String>,
}

async fn probe_everything(
    State(app): State<Shared>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Query(q): Query<LangQuery>,
) -> Response {
    if let Err(r) = spend(&app, client_ip(&app, peer, &headers), 10) {
        return r;
    }
    let started = Instant::now();
    // One sweep at a time; others wait for it and share its result.
    let mut all = app.all.lock().await;
    let fresh = all
        .as_ref()
        .filter(|(at, _)| at.elapsed() < app.all_ttl)
        .map(|(at, r)| (*at, Arc::clone(r)));
    let (at, reports) = match fresh {
        Some(hit) => hit,
        None => {
            let mut set = tokio::task::JoinSet::new();
            for (i, t) in app.targets.iter().cloned().enumerate() {
                let app = Arc::clone(&app);
                set.spawn(async move { (i, app.probe(t, None).await) });
            }
            let mut results: Vec<Option<ProbeReport>> = vec![None; app.targets.len()];
            while let Some(joined) = set.join_next().await {
                if let Ok((i, Ok(report))) = joined {
                    results[i] = Some(report);
                }
            }
            let reports = Arc::new(results.into_iter().flatten().collect::<Vec<_>>());
            let now = Instant::now();
            *all = Some((now, Arc::clone(&reports)));
            (now, reports)
        }
    };
    drop(all);
    let lang = lang_of(q.lang.as_deref());
    let verdict = server_side_verdict(&reports);
    Json(json!({
        "age_seconds": at.elapsed().as_secs(),
        "elapsed_ms": u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
        "server_side_text": lang.map(|l| verdict_text(&verdict, l)),
        "server_side": verdict,
        "results": reports.iter().map(|r| report_out(r, lang)).collect::<Vec<_>>(),
    }))
    .into_response()
}

// ---- settings files (item 7 of issue 16) ---------------------------------------------------

#[derive(Deserialize)]
struct AddressQuery {
    emailaddress: Option<String>,
}

/// The address asked for, or a stand-in at the domain the request was sent to
/// (`autoconfig.<domain>` or `<domain>`): every value in autoconfig is per domain.
fn address_for(q: &AddressQuery, headers: &HeaderMap) -> Option<String> {
    if let Some(a) = q
        .emailaddress
        .as_deref()
        .map(str::trim)
        .filter(|a| !a.is_empty())
    {
        return Some(a.to_string());
    }
    let host = headers.get(header::HOST)?.to_str().ok()?;
    let host = host.rsplit_once(':').map_or(host, |(h, p)| {
        if p.chars().all(|c| c.is_ascii_digit()) {
            h
        } else {
            host
        }
    });
    let domain = host.strip_prefix("autoconfig.").unwrap_or(host);
    Some(format!("user@{domain}"))
}

fn xml(body: String, mime: &'static str) -> Response {
    (
        [(header::CONTENT_TYPE, HeaderValue::from_static(mime))],
        body,
    )
        .into_response()
}

async fn autoconfig(
    State(app): State<Shared>,
    headers: HeaderMap,
    Query(q): Query<AddressQuery>,
) -> Response {
    let Some(address) = address_for(&q, &headers) else {
        return (StatusCode::NOT_FOUND, "no address given\n").into_response();
    };
    match export(ExportFormat::Autoconfig, &app.profile, &address) {
        Ok(file) => {
            let mut r = xml(file.body, "application/xml; charset=utf-8");
            r.headers_mut().insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=3600"),
            );
            r
        }
        // Thunderbird moves on to its next source on any non-200 answer.
        Err(e) => (
            StatusCode::NOT_FOUND,
            format!("{}\n", e.message(FOR_PROGRAMS)),
        )
            .into_response(),
    }
}

fn time_of_day() -> String {
    let secs = prober::unix_now().rem_euclid(86_400);
    format!("{:02}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60)
}

async fn autodiscover(State(app): State<Shared>, body: Bytes) -> Response {
    let text = String::from_utf8_lossy(&body);
    let mime = "text/xml; charset=utf-8";
    match request_address(&text) {
        Ok(address) => match export(ExportFormat::Autodiscover, &app.profile, &address) {
            Ok(file) => xml(file.body, mime),
            // An address of no domain of ours: the protocol's own "cannot be found" (HTTP 200,
            // as Exchange answers it).
            Err(_) => xml(autodiscover_error(500, &time_of_day()), mime),
        },
        Err(RequestProblem::SchemaNotOffered) => xml(autodiscover_error(601, &time_of_day()), mime),
        Err(RequestProblem::Invalid) => xml(autodiscover_error(600, &time_of_day()), mime),
    }
}

async fn mobileconfig(State(app): State<Shared>, Query(q): Query<AddressQuery>) -> Response {
    let Some(address) = q
        .emailaddress
        .as_deref()
        .map(str::trim)
        .filter(|a| !a.is_empty())
    else {
        return error(StatusCode::BAD_REQUEST, "bad-request", "give emailaddress");
    };
    match export(ExportFormat::Mobileconfig, &app.profile, address) {
        Ok(file) => {
            let disposition = format!("attachment; filename=\"{}\"", file.filename);
            let mut r = xml(file.body, "application/x-apple-aspen-config");
            if let Ok(v) = HeaderValue::from_str(&disposition) {
                r.headers_mut().insert(header::CONTENT_DISPOSITION, v);
            }
            r
        }
        Err(e) => error(
            StatusCode::NOT_FOUND,
            "address-unknown",
            &e.message(FOR_PROGRAMS),
        ),
    }
}

async fn fallback(State(app): State<Shared>, request: Request) -> Response {
    // Autodiscover in whatever letter case the client writes the path.
    if request.method() == Method::POST
        && request
            .uri()
            .path()
            .eq_ignore_ascii_case("/autodiscover/autodiscover.xml")
    {
        let body = axum::body::to_bytes(request.into_body(), 64 * 1024)
            .await
            .unwrap_or_default();
        return autodiscover(State(app), body).await;
    }
    error(StatusCode::NOT_FOUND, "not-found", "no such route")
}
