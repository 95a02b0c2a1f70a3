//! The probe's I/O: name lookup, TCP, TLS (OpenSSL through `tokio-openssl`) and timers around
//! the engine's sans-IO [`Dialogue`]. Shared by `mail-doctor probe` and `serve-probe`.
//!
//! - The main handshake uses OpenSSL's defaults (Debian: TLS 1.2 and later, security level 2),
//!   i.e. what a current mail app does. Its verify callback records every problem and lets the
//!   handshake go on, so the dialogue continues and every fact is known.
//! - The TLS 1.0 / 1.1 check is two more connections, each offering exactly that version at
//!   security level 0 (`DEFAULT:@SECLEVEL=0`), which a current OpenSSL refuses otherwise.
//! - No login is ever attempted: the engine's dialogue has no login command.

use mail_doctor_core::case::Security;
use mail_doctor_core::names::ip_literal;
use mail_doctor_core::probe::{
    assess, Dialogue, ErrorKind, LegacyTls, Next, Policy, ProbeError, ProbeReport, Role, Step,
    Target, TlsFacts, VersionCheck,
};
use openssl::asn1::Asn1Time;
use openssl::nid::Nid;
use openssl::ssl::{SslConnector, SslMethod, SslVerifyMode, SslVersion};
use openssl::x509::{X509NameRef, X509Ref, X509};
use std::io;
use std::net::{IpAddr, SocketAddr};
use std::pin::Pin;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::time::timeout;
use tokio_openssl::SslStream;

/// How probes run.
#[derive(Clone)]
pub struct Options {
    /// Name lookup and TCP connect, each.
    pub connect_timeout: Duration,
    /// Every later step: one read, one write, one TLS handshake.
    pub step_timeout: Duration,
    /// Whether to try TLS 1.0 and 1.1 (two more connections per TLS endpoint).
    pub legacy_check: bool,
    /// The EHLO name.
    pub client_name: String,
    /// Certificates trusted besides the system's (a test CA, a private CA).
    pub extra_ca: Vec<X509>,
    /// Host name → address, instead of DNS (`*` for every name): `--resolve`.
    pub resolve: Vec<(String, IpAddr)>,
    pub policy: Policy,
    /// The TLS contexts, built once (loading the system's CA store takes a while).
    pub(crate) connectors: Arc<OnceLock<Result<Connectors, String>>>,
}

/// OpenSSL contexts: the main one (system CAs plus `extra_ca`), and one per old version.
pub(crate) struct Connectors {
    main: SslConnector,
    tls1_0: Option<SslConnector>,
    tls1_1: Option<SslConnector>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            connect_timeout: Duration::from_secs(5),
            step_timeout: Duration::from_secs(10),
            legacy_check: true,
            client_name: "mail-doctor.invalid".to_string(),
            extra_ca: Vec::new(),
            resolve: Vec::new(),
            policy: Policy::default(),
            connectors: Arc::new(OnceLock::new()),
        }
    }
}

/// How the probe connects, on the command line of `probe` and `serve-probe` alike.
#[derive(clap::Args)]
pub struct ConnectArgs {
    /// Seconds for the name lookup and for the TCP connect.
    #[arg(long, default_value_t = 5.0, value_name = "SECONDS")]
    connect_timeout: f64,
    /// Seconds for every later step of a probe (one read, one write, one TLS handshake).
    #[arg(long, default_value_t = 10.0, value_name = "SECONDS")]
    timeout: f64,
    /// Skip the TLS 1.0 / 1.1 check (two more connections per TLS endpoint).
    #[arg(long)]
    no_legacy_check: bool,
    /// Trust these CA certificates (PEM) besides the system's.
    #[arg(long, value_name = "FILE")]
    ca: Vec<String>,
    /// Connect to ADDRESS for HOST instead of asking DNS (`*` for every host), like curl's
    /// --resolve: `imap.example.jp:192.0.2.10`.
    #[arg(long, value_name = "HOST:ADDRESS")]
    resolve: Vec<String>,
}

impl ConnectArgs {
    /// The options these give, checked (the rest as [`Options::default`]).
    pub fn options(&self) -> Result<Options, String> {
        let mut options = Options {
            connect_timeout: seconds(self.connect_timeout, "--connect-timeout")?,
            step_timeout: seconds(self.timeout, "--timeout")?,
            legacy_check: !self.no_legacy_check,
            ..Options::default()
        };
        for path in &self.ca {
            options.extra_ca.extend(load_ca(path)?);
        }
        for r in &self.resolve {
            options.resolve.push(parse_resolve(r)?);
        }
        Ok(options)
    }
}

/// A duration given in seconds on the command line: more than 0, at most 600.
pub fn seconds(value: f64, name: &str) -> Result<Duration, String> {
    if value.is_finite() && value > 0.0 && value <= 600.0 {
        Ok(Duration::from_secs_f64(value))
    } else {
        Err(format!("{name}: give seconds between 0 and 600"))
    }
}

/// Reads `HOST:ADDR` (`*:127.0.0.2` for every name) for `--resolve`.
pub fn parse_resolve(text: &str) -> Result<(String, IpAddr), String> {
    let (host, addr) = text
        .split_once(':')
        .ok_or_else(|| format!("`{text}`: write HOST:ADDRESS (e.g. imap.example.jp:127.0.0.2)"))?;
    let addr = addr.trim().trim_start_matches('[').trim_end_matches(']');
    let ip: IpAddr = addr
        .parse()
        .map_err(|_| format!("`{text}`: `{addr}` is not an IP address"))?;
    Ok((mail_doctor_core::names::normalize_host(host), ip))
}

/// Reads every certificate of a PEM file.
pub fn load_ca(path: &str) -> Result<Vec<X509>, String> {
    let pem = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
    let certs = X509::stack_from_pem(&pem).map_err(|e| format!("{path}: {e}"))?;
    if certs.is_empty() {
        return Err(format!("{path}: no certificate in it"));
    }
    Ok(certs)
}

pub fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

/// Probes one target and assesses it.
pub async fn probe(target: Target, options: &Options) -> ProbeReport {
    let started = Instant::now();
    let now = unix_now();
    let mut report = ProbeReport::new(target.clone(), now);
    run(&mut report, options).await;
    report.elapsed_ms = millis(started.elapsed());
    assess(&mut report, &options.policy, now);
    report
}

async fn run(report: &mut ProbeReport, options: &Options) {
    let target = report.target.clone();
    let addresses = match resolve(&target, options).await {
        Ok(a) => a,
        Err(e) => return report.set_error(e),
    };
    let (stream, address, connect_time) = match connect(&addresses, options).await {
        Ok(c) => c,
        Err(e) => return report.set_error(e),
    };
    report.address = Some(address.to_string());
    report.connect_ms = Some(millis(connect_time));
    let greeting_only = target.role == Role::Retired;
    let mut dialogue = Dialogue::new(
        target.protocol,
        target.security,
        &options.client_name,
        greeting_only,
    );
    let mut conn = Conn::Plain(stream);
    let mut tls: Option<TlsFacts> = None;
    loop {
        match dialogue.next_action() {
            Next::Send(bytes) => {
                match timeout(options.step_timeout, conn.write_all(&bytes)).await {
                    Ok(Ok(())) => {}
                    Ok(Err(_)) => dialogue.closed(),
                    Err(_) => dialogue.timed_out(),
                }
            }
            Next::Read => {
                let mut buf = [0u8; 4096];
                match timeout(options.step_timeout, conn.read(&mut buf)).await {
                    Ok(Ok(0)) => dialogue.closed(),
                    Ok(Ok(n)) => dialogue.receive(&buf[..n]),
                    Ok(Err(_)) => dialogue.closed(),
                    Err(_) => dialogue.timed_out(),
                }
            }
            Next::StartTls => {
                let Conn::Plain(tcp) = std::mem::replace(&mut conn, Conn::Closed) else {
                    dialogue.tls_failed("TLS asked for twice");
                    break;
                };
                match timeout(options.step_timeout, handshake(tcp, &target.host, options)).await {
                    Ok(Ok((stream, facts))) => {
                        tls = Some(facts);
                        conn = Conn::Tls(Box::new(stream));
                        dialogue.tls_established();
                    }
                    Ok(Err(message)) => {
                        dialogue.tls_failed(&message);
                        break;
                    }
                    Err(_) => {
                        dialogue.timed_out();
                        break;
                    }
                }
            }
            Next::Done => break,
        }
    }
    // The goodbye was sent; close politely without waiting long.
    let _ = timeout(Duration::from_millis(200), conn.shutdown()).await;
    let tls_done = tls.is_some();
    report.tls = tls;
    report.absorb(dialogue);
    if options.legacy_check && tls_done && target.role != Role::Retired {
        report.legacy_tls = legacy_check(&target, address, options).await;
    }
}

async fn resolve(target: &Target, options: &Options) -> Result<Vec<SocketAddr>, ProbeError> {
    let fail = |kind: ErrorKind, detail: String| ProbeError {
        step: Step::Resolve,
        kind,
        detail,
    };
    if let Some(ip) = ip_literal(&target.host) {
        return Ok(vec![SocketAddr::new(ip, target.port)]);
    }
    if let Some((_, ip)) = options
        .resolve
        .iter()
        .find(|(h, _)| *h == target.host)
        .or_else(|| options.resolve.iter().find(|(h, _)| h == "*"))
    {
        return Ok(vec![SocketAddr::new(*ip, target.port)]);
    }
    match timeout(
        options.connect_timeout,
        tokio::net::lookup_host((target.host.as_str(), target.port)),
    )
    .await
    {
        Ok(Ok(addrs)) => {
            let list: Vec<SocketAddr> = addrs.collect();
            if list.is_empty() {
                Err(fail(ErrorKind::Unresolved, String::new()))
            } else {
                Ok(list)
            }
        }
        Ok(Err(e)) => Err(fail(ErrorKind::Unresolved, e.to_string())),
        Err(_) => Err(fail(ErrorKind::Timeout, String::new())),
    }
}

/// Connects to the first address that accepts (at most three are tried).
async fn connect(
    addresses: &[SocketAddr],
    options: &Options,
) -> Result<(TcpStream, SocketAddr, Duration), ProbeError> {
    let mut last = None;
    for &address in addresses.iter().take(3) {
        let started = Instant::now();
        let kind_detail = match timeout(options.connect_timeout, TcpStream::connect(address)).await
        {
            Ok(Ok(stream)) => {
                let _ = stream.set_nodelay(true);
                return Ok((stream, address, started.elapsed()));
            }
            Ok(Err(e)) if e.kind() == io::ErrorKind::ConnectionRefused => {
                (ErrorKind::Refused, String::new())
            }
            Ok(Err(e)) => (ErrorKind::Network, e.to_string()),
            Err(_) => (ErrorKind::Timeout, String::new()),
        };
        last = Some(ProbeError {
            step: Step::Connect,
            kind: kind_detail.0,
            detail: kind_detail.1,
        });
    }
    Err(last.unwrap_or(ProbeError {
        step: Step::Connect,
        kind: ErrorKind::Unresolved,
        detail: String::new(),
    }))
}

/// The connection, plain or inside TLS (or gone, after a failed handshake).
enum Conn {
    Plain(TcpStream),
    Tls(Box<SslStream<TcpStream>>),
    Closed,
}

impl Conn {
    async fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Conn::Plain(s) => s.read(buf).await,
            Conn::Tls(s) => s.read(buf).await,
            Conn::Closed => Ok(0),
        }
    }

    async fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        match self {
            Conn::Plain(s) => s.write_all(bytes).await,
            Conn::Tls(s) => s.write_all(bytes).await,
            Conn::Closed => Err(io::ErrorKind::NotConnected.into()),
        }
    }

    async fn shutdown(&mut self) -> io::Result<()> {
        match self {
            Conn::Plain(s) => s.shutdown().await,
            Conn::Tls(s) => s.shutdown().await,
            Conn::Closed => Ok(()),
        }
    }
}

/// What the verify callback saw: OpenSSL error codes (with their text) by certificate depth.
#[derive(Default)]
struct VerifySeen {
    errors: Vec<(u32, i32, &'static str)>,
}

// OpenSSL's X509_V_ERR_* numbers (x509_vfy.h) the probe tells apart.
const ERR_CERT_NOT_YET_VALID: i32 = 9;
const ERR_CERT_HAS_EXPIRED: i32 = 10;
const ERR_HOSTNAME_MISMATCH: i32 = 62;
const ERR_IP_ADDRESS_MISMATCH: i32 = 64;

impl Options {
    fn connectors(&self) -> Result<&Connectors, String> {
        self.connectors
            .get_or_init(|| build_connectors(&self.extra_ca))
            .as_ref()
            .map_err(Clone::clone)
    }
}

fn build_connectors(extra_ca: &[X509]) -> Result<Connectors, String> {
    let mut builder = SslConnector::builder(SslMethod::tls_client()).map_err(|e| e.to_string())?;
    for ca in extra_ca {
        // A certificate already in the store is not an error worth failing on.
        let _ = builder.cert_store_mut().add_cert(ca.clone());
    }
    Ok(Connectors {
        main: builder.build(),
        tls1_0: legacy_connector(SslVersion::TLS1),
        tls1_1: legacy_connector(SslVersion::TLS1_1),
    })
}

/// A context that offers exactly `version`, at security level 0 (no certificate checks: only
/// whether the server completes the handshake matters).
fn legacy_connector(version: SslVersion) -> Option<SslConnector> {
    let mut builder = SslConnector::builder(SslMethod::tls_client()).ok()?;
    builder.set_verify(SslVerifyMode::NONE);
    builder.set_min_proto_version(Some(version)).ok()?;
    builder.set_max_proto_version(Some(version)).ok()?;
    builder.set_cipher_list("DEFAULT:@SECLEVEL=0").ok()?;
    builder.set_security_level(0);
    Some(builder.build())
}

async fn handshake(
    tcp: TcpStream,
    host: &str,
    options: &Options,
) -> Result<(SslStream<TcpStream>, TlsFacts), String> {
    let seen = Arc::new(Mutex::new(VerifySeen::default()));
    let connectors = options.connectors()?;
    let mut config = connectors.main.configure().map_err(|e| e.to_string())?;
    if ip_literal(host).is_some() {
        config.set_use_server_name_indication(false);
    }
    let mut ssl = config.into_ssl(host).map_err(|e| e.to_string())?;
    let record = Arc::clone(&seen);
    ssl.set_verify_callback(SslVerifyMode::PEER, move |ok, ctx| {
        if !ok {
            if let Ok(mut s) = record.lock() {
                let error = ctx.error();
                let seen_now = (ctx.error_depth(), error.as_raw(), error.error_string());
                if !s.errors.contains(&seen_now) {
                    s.errors.push(seen_now);
                }
            }
        }
        // Go on whatever it is: the facts are recorded, the dialogue continues.
        true
    });
    let mut stream = SslStream::new(ssl, tcp).map_err(|e| e.to_string())?;
    Pin::new(&mut stream)
        .connect()
        .await
        .map_err(|e| tls_error_text(&e))?;
    let facts = tls_facts(&stream, &seen);
    Ok((stream, facts))
}

/// OpenSSL's reason ("wrong version number", "tlsv1 alert protocol version") or the I/O error.
fn tls_error_text(e: &openssl::ssl::Error) -> String {
    if let Some(stack) = e.ssl_error() {
        let reasons: Vec<String> = stack
            .errors()
            .iter()
            .filter_map(|x| x.reason().map(str::to_string))
            .collect();
        if !reasons.is_empty() {
            return reasons.join("; ");
        }
    }
    if let Some(io) = e.io_error() {
        return io.to_string();
    }
    match e.code() {
        openssl::ssl::ErrorCode::SYSCALL | openssl::ssl::ErrorCode::ZERO_RETURN => {
            "connection closed during the handshake".to_string()
        }
        _ => e.to_string(),
    }
}

fn name_text(name: &X509NameRef) -> String {
    name.entries_by_nid(Nid::COMMONNAME)
        .next()
        .or_else(|| name.entries().next())
        .map(|e| String::from_utf8_lossy(e.data().as_slice()).into_owned())
        .unwrap_or_default()
}

fn unix_of(time: &openssl::asn1::Asn1TimeRef) -> i64 {
    let Ok(epoch) = Asn1Time::from_unix(0) else {
        return 0;
    };
    match epoch.diff(time) {
        Ok(d) => i64::from(d.days) * 86_400 + i64::from(d.secs),
        Err(_) => 0,
    }
}

fn cert_names(cert: &X509Ref) -> Vec<String> {
    let mut names = Vec::new();
    if let Some(sans) = cert.subject_alt_names() {
        for san in sans.iter() {
            if let Some(dns) = san.dnsname() {
                names.push(dns.to_string());
            } else if let Some(ip) = san.ipaddress() {
                let ip: Option<IpAddr> = match ip.len() {
                    4 => <[u8; 4]>::try_from(ip).ok().map(IpAddr::from),
                    16 => <[u8; 16]>::try_from(ip).ok().map(IpAddr::from),
                    _ => None,
                };
                if let Some(ip) = ip {
                    names.push(ip.to_string());
                }
            }
        }
    }
    names
}

fn tls_facts(stream: &SslStream<TcpStream>, seen: &Arc<Mutex<VerifySeen>>) -> TlsFacts {
    let ssl = stream.ssl();
    let version = match ssl.version2() {
        Some(v) if v == SslVersion::TLS1_3 => "1.3",
        Some(v) if v == SslVersion::TLS1_2 => "1.2",
        Some(v) if v == SslVersion::TLS1_1 => "1.1",
        Some(v) if v == SslVersion::TLS1 => "1.0",
        _ => ssl.version_str(),
    }
    .to_string();
    let cipher = ssl
        .current_cipher()
        .map(|c| c.name().to_string())
        .unwrap_or_default();
    let mut facts = TlsFacts {
        version,
        cipher,
        trusted: true,
        name_matches: true,
        chain_length: ssl.peer_cert_chain().map_or(0, |c| c.len()),
        ..TlsFacts::default()
    };
    if let Some(cert) = ssl.peer_certificate() {
        facts.subject = name_text(cert.subject_name());
        facts.issuer = name_text(cert.issuer_name());
        facts.names = cert_names(&cert);
        facts.not_before = unix_of(cert.not_before());
        facts.not_after = unix_of(cert.not_after());
    } else {
        facts.trusted = false;
        facts.chain_errors.push("no certificate".to_string());
    }
    let errors = seen.lock().map(|s| s.errors.clone()).unwrap_or_default();
    for (depth, code, text) in errors {
        match code {
            ERR_HOSTNAME_MISMATCH | ERR_IP_ADDRESS_MISMATCH => facts.name_matches = false,
            // The leaf's dates are facts of their own (assess decides from not_before/after).
            ERR_CERT_HAS_EXPIRED | ERR_CERT_NOT_YET_VALID if depth == 0 => {}
            _ => {
                facts.trusted = false;
                let text = if depth == 0 {
                    text.to_string()
                } else {
                    format!("{text} (certificate {depth} of the chain)")
                };
                if !facts.chain_errors.contains(&text) {
                    facts.chain_errors.push(text);
                }
            }
        }
    }
    facts
}

/// TLS 1.0 and 1.1, each on a connection of its own.
async fn legacy_check(target: &Target, address: SocketAddr, options: &Options) -> LegacyTls {
    let (tls1_0, tls1_1) = tokio::join!(
        legacy_version(target, address, SslVersion::TLS1, options),
        legacy_version(target, address, SslVersion::TLS1_1, options),
    );
    LegacyTls { tls1_0, tls1_1 }
}

async fn legacy_version(
    target: &Target,
    address: SocketAddr,
    version: SslVersion,
    options: &Options,
) -> VersionCheck {
    let work = async {
        let Ok(Ok(mut tcp)) = timeout(options.connect_timeout, TcpStream::connect(address)).await
        else {
            return VersionCheck::Untested;
        };
        if target.security == Security::Starttls {
            // The same dialogue up to its STARTTLS, then the old-version handshake.
            let mut dialogue = Dialogue::new(
                target.protocol,
                Security::Starttls,
                &options.client_name,
                false,
            );
            loop {
                match dialogue.next_action() {
                    Next::Send(bytes) => {
                        if tcp.write_all(&bytes).await.is_err() {
                            return VersionCheck::Untested;
                        }
                    }
                    Next::Read => {
                        let mut buf = [0u8; 4096];
                        match tcp.read(&mut buf).await {
                            Ok(0) | Err(_) => return VersionCheck::Untested,
                            Ok(n) => dialogue.receive(&buf[..n]),
                        }
                    }
                    Next::StartTls => break,
                    Next::Done => return VersionCheck::Untested,
                }
            }
        }
        let connector = match options.connectors() {
            Ok(c) if version == SslVersion::TLS1 => c.tls1_0.as_ref(),
            Ok(c) => c.tls1_1.as_ref(),
            Err(_) => None,
        };
        let Some(connector) = connector else {
            return VersionCheck::Untested;
        };
        let Ok(mut config) = connector.configure() else {
            return VersionCheck::Untested;
        };
        config.set_verify_hostname(false);
        if ip_literal(&target.host).is_some() {
            config.set_use_server_name_indication(false);
        }
        let Ok(ssl) = config.into_ssl(&target.host) else {
            return VersionCheck::Untested;
        };
        let Ok(mut stream) = SslStream::new(ssl, tcp) else {
            return VersionCheck::Untested;
        };
        match Pin::new(&mut stream).connect().await {
            Ok(()) => {
                let _ = timeout(Duration::from_millis(200), stream.shutdown()).await;
                VersionCheck::Accepted
            }
            Err(_) => VersionCheck::Refused,
        }
    };
    timeout(options.step_timeout * 3, work)
        .await
        .unwrap_or(VersionCheck::Untested)
}

/// Probes every target, at most `concurrency` at once; results in the targets' order.
/// `progress(done, total, target)` is called as each one ends.
pub async fn probe_all(
    targets: Vec<Target>,
    options: Arc<Options>,
    concurrency: usize,
    mut progress: impl FnMut(usize, usize, &ProbeReport),
) -> Vec<ProbeReport> {
    let total = targets.len();
    let semaphore = Arc::new(tokio::sync::Semaphore::new(concurrency.max(1)));
    let mut set = tokio::task::JoinSet::new();
    for (i, target) in targets.into_iter().enumerate() {
        let semaphore = Arc::clone(&semaphore);
        let options = Arc::clone(&options);
        set.spawn(async move {
            let _permit = semaphore.acquire_owned().await;
            (i, probe(target, &options).await)
        });
    }
    let mut results: Vec<Option<ProbeReport>> = (0..total).map(|_| None).collect();
    let mut done = 0;
    while let Some(joined) = set.join_next().await {
        if let Ok((i, report)) = joined {
            done += 1;
            progress(done, total, &report);
            results[i] = Some(report);
        }
    }
    results.into_iter().flatten().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolve_overrides() {
        assert_eq!(
            parse_resolve("IMAP.example.jp:127.0.0.2").unwrap(),
            ("imap.example.jp".to_string(), "127.0.0.2".parse().unwrap())
        );
        assert_eq!(
            parse_resolve("*:[::1]").unwrap(),
            ("*".to_string(), "::1".parse().unwrap())
        );
        assert!(parse_resolve("nocolon").is_err());
        assert!(parse_resolve("a:b").is_err());
    }
}
