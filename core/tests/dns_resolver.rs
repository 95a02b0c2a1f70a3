//! The DNS engine against a real DoH resolver: `scripts/test-dns` starts the local one
//! (`scripts/doh-resolver`: unbound + dnsdist + nginx on 127.0.0.1 with the test zones in
//! `scripts/doh/zones/`) and sets `MAIL_DOCTOR_DOH_URL`. Without it the tests skip, except
//! under CI, where they fail so the suite cannot go green without them. With it, they never
//! skip: a resolver that does not answer there fails every test (`resolver`).
//!
//! The HTTP client is a few lines over `std::net::TcpStream` (HTTP/1.1, `Connection: close`).

use mail_doctor_core::dns::{
    build_query, checks_for, classify, classify_host, current_addresses, doh_get_url,
    parse_doh_reply, AddressClass, Answer, Check, DnsError, Purpose, QueryKind, Record, Status,
};
use mail_doctor_core::Profile;
use std::io::{ErrorKind, Read, Write};
use std::net::{IpAddr, SocketAddr, TcpListener, TcpStream, ToSocketAddrs};
use std::sync::Once;
use std::time::{Duration, Instant};

const ENV: &str = "MAIL_DOCTOR_DOH_URL";

/// The resolver URL, or `None` (skip) outside CI. Panics under CI without one, and whenever the
/// URL is given but the resolver there does not answer a known name (asked once per run).
fn resolver() -> Option<String> {
    match std::env::var(ENV) {
        Ok(url) if !url.trim().is_empty() => {
            let url = url.trim().to_string();
            static REACHED: std::sync::OnceLock<Result<(), String>> = std::sync::OnceLock::new();
            let reached = REACHED.get_or_init(|| {
                lookup(&url, "imap.mail.example.jp", QueryKind::A)
                    .map(drop)
                    .map_err(|e| e.to_string())
            });
            if let Err(e) = reached {
                panic!(
                    "{ENV}={url} is set, but the resolver there does not answer ({e}): start it \
                     (scripts/doh-resolver start) or unset {ENV} to skip these tests"
                );
            }
            Some(url)
        }
        _ if std::env::var_os("CI").is_some() => panic!(
            "{ENV} is not set but CI is: run these tests through scripts/test-dns, which starts \
             the local DoH resolver (scripts/doh-resolver) and sets {ENV}"
        ),
        _ => {
            // Straight to stderr, past the test harness's capture, once.
            static SAID: Once = Once::new();
            SAID.call_once(|| {
                let _ = writeln!(
                    std::io::stderr(),
                    "SKIPPED dns_resolver: {ENV} is not set; scripts/test-dns runs these tests \
                     against the local DoH resolver"
                );
            });
            None
        }
    }
}

/// The URL of one of the resolver's failure endpoints (`/silent/dns-query`, …).
fn endpoint(base: &str, name: &str) -> String {
    let path_start = base
        .find("://")
        .and_then(|i| base[i + 3..].find('/').map(|j| i + 3 + j))
        .unwrap_or(base.len());
    format!("{}/{name}/dns-query", &base[..path_start])
}

struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Connects, retrying a refused connection until `deadline` (the daemon may still be binding).
fn connect(addr: SocketAddr, deadline: Instant) -> Result<TcpStream, DnsError> {
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(DnsError::Network);
        }
        match TcpStream::connect_timeout(&addr, left) {
            Ok(stream) => return Ok(stream),
            Err(e) if e.kind() == ErrorKind::TimedOut => return Err(DnsError::Timeout),
            Err(_) if Instant::now() + Duration::from_millis(20) < deadline => {
                std::thread::yield_now()
            }
            Err(_) => return Err(DnsError::Network),
        }
    }
}

/// One HTTP/1.1 request; failures are the engine's transport errors.
fn http(
    method: &str,
    url: &str,
    extra_headers: &[(&str, &str)],
    connect_within: Duration,
    timeout: Duration,
) -> Result<Reply, DnsError> {
    let rest = url.strip_prefix("http://").ok_or(DnsError::Network)?;
    let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    let path = if path.is_empty() { "/" } else { path };
    let addr = authority
        .to_socket_addrs()
        .map_err(|_| DnsError::Network)?
        .next()
        .ok_or(DnsError::Network)?;
    let mut stream = connect(addr, Instant::now() + connect_within)?;
    stream
        .set_read_timeout(Some(timeout))
        .and_then(|()| stream.set_write_timeout(Some(timeout)))
        .map_err(|_| DnsError::Network)?;
    let mut request = format!(
        "{method} {path} HTTP/1.1\r\nHost: {authority}\r\nAccept: application/dns-message\r\nConnection: close\r\n"
    );
    for (k, v) in extra_headers {
        request.push_str(&format!("{k}: {v}\r\n"));
    }
    request.push_str("\r\n");
    let io_error = |e: std::io::Error| match e.kind() {
        ErrorKind::WouldBlock | ErrorKind::TimedOut => DnsError::Timeout,
        _ => DnsError::Network,
    };
    stream.write_all(request.as_bytes()).map_err(io_error)?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).map_err(io_error)?;

    let head_end = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or(DnsError::Network)?;
    let head = String::from_utf8_lossy(&raw[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let status: u16 = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .ok_or(DnsError::Network)?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    let mut reply = Reply {
        status,
        headers,
        body: raw[head_end + 4..].to_vec(),
    };
    if reply
        .header("transfer-encoding")
        .is_some_and(|v| v.eq_ignore_ascii_case("chunked"))
    {
        reply.body = dechunk(&reply.body).ok_or(DnsError::Network)?;
    }
    Ok(reply)
}

fn dechunk(mut data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let line_end = data.windows(2).position(|w| w == b"\r\n")?;
        let size_text = std::str::from_utf8(&data[..line_end]).ok()?;
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        data = &data[line_end + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(data.get(..size)?);
        data = data.get(size + 2..)?;
    }
}

const TIMEOUT: Duration = Duration::from_secs(5);

/// The engine's GET query to `url`, the reply read by the engine.
fn lookup_with(
    url: &str,
    name: &str,
    kind: QueryKind,
    timeout: Duration,
) -> Result<Answer, DnsError> {
    let query = build_query(name, kind)?;
    let reply = http("GET", &doh_get_url(url, &query), &[], TIMEOUT, timeout)?;
    parse_doh_reply(reply.status, &reply.body, name, kind)
}

fn lookup(url: &str, name: &str, kind: QueryKind) -> Result<Answer, DnsError> {
    lookup_with(url, name, kind, TIMEOUT)
}

fn ip(text: &str) -> IpAddr {
    text.parse().unwrap()
}

#[test]
fn panel_checks_for_a_domain_classify_current_and_retired() {
    let Some(url) = resolver() else { return };
    let profile = Profile::demo();
    let checks = checks_for(&profile, "aoi.example.jp");
    let run: Vec<(Check, Answer)> = checks
        .iter()
        .map(|c| {
            let answer = lookup(&url, &c.name, c.kind)
                .unwrap_or_else(|e| panic!("{} {}: {e}", c.name, c.kind.as_str()));
            (c.clone(), answer)
        })
        .collect();
    let get = |name: &str, kind: QueryKind| -> &Answer {
        &run.iter()
            .find(|(c, _)| c.name == name && c.kind == kind)
            .unwrap_or_else(|| panic!("no check {name} {kind:?}"))
            .1
    };
    let current = current_addresses(&profile, run.iter().map(|(c, a)| (c, a)));
    assert_eq!(
        current,
        [
            ip("203.0.113.143"),
            ip("2001:db8:cafe::143"),
            ip("203.0.113.195"),
            ip("2001:db8:cafe::195"),
            ip("203.0.113.165"),
            ip("2001:db8:cafe::165"),
        ]
    );

    // MX.
    assert_eq!(
        get("aoi.example.jp", QueryKind::Mx).records,
        [
            Record::Mx {
                preference: 10,
                exchange: "mx1.mail.example.jp".into()
            },
            Record::Mx {
                preference: 20,
                exchange: "mx2.mail.example.jp".into()
            },
        ]
    );
    // The current hosts' addresses are current.
    let imap = get("imap.mail.example.jp", QueryKind::A);
    assert_eq!(imap.status, Status::Found);
    for addr in imap.addresses() {
        assert_eq!(classify(&profile, addr, &current), AddressClass::Current);
    }
    // The retired on-prem name still resolves to the retired IP: detected.
    let old = get("mail.aoi.example.jp", QueryKind::A);
    assert_eq!(old.addresses().collect::<Vec<_>>(), [ip("192.0.2.25")]);
    match classify(&profile, ip("192.0.2.25"), &current) {
        AddressClass::Retired { until, note } => {
            assert_eq!(until.map(|d| d.to_string()).as_deref(), Some("2024-03-31"));
            assert!(note.is_some());
        }
        other => panic!("192.0.2.25 should be retired: {other:?}"),
    }
    let old6 = get("mail.aoi.example.jp", QueryKind::Aaaa);
    assert!(matches!(
        classify(&profile, old6.addresses().next().unwrap(), &current),
        AddressClass::Retired { .. }
    ));
    // A retired name taken out of DNS.
    assert_eq!(
        get("smtp.aoi.example.jp", QueryKind::A).status,
        Status::NoSuchName
    );
    // The CNAME chain is followed; the address is not a current host's.
    let autoconfig = get("autoconfig.aoi.example.jp", QueryKind::A);
    assert_eq!(
        autoconfig.chain,
        ["autoconfig.mail.example.jp", "config.mail.example.jp"]
    );
    assert_eq!(
        autoconfig.addresses().collect::<Vec<_>>(),
        [ip("203.0.113.80")]
    );
    assert_eq!(
        classify(&profile, ip("203.0.113.80"), &current),
        AddressClass::Unknown
    );
    assert_eq!(
        get("autodiscover.aoi.example.jp", QueryKind::Cname).records,
        [Record::Cname("autodiscover.mail.example.jp".into())]
    );
    assert_eq!(
        get("autodiscover.aoi.example.jp", QueryKind::Aaaa).status,
        Status::NoData
    );
    // SRV, RFC 6186/8314.
    assert_eq!(
        get("_imaps._tcp.aoi.example.jp", QueryKind::Srv).records,
        [Record::Srv {
            priority: 0,
            weight: 1,
            port: 993,
            target: "imap.mail.example.jp".into()
        }]
    );
    assert_eq!(
        classify_host(&profile, "aoi.example.jp", "imap.mail.example.jp"),
        AddressClass::Current
    );
    assert_eq!(
        get("_imap._tcp.aoi.example.jp", QueryKind::Srv).records,
        [Record::Srv {
            priority: 0,
            weight: 0,
            port: 0,
            target: ".".into()
        }]
    );
    assert_eq!(
        get("_submission._tcp.aoi.example.jp", QueryKind::Srv).records,
        [Record::Srv {
            priority: 10,
            weight: 1,
            port: 587,
            target: "smtp.mail.example.jp".into()
        }]
    );
    assert_eq!(
        get("_autodiscover._tcp.aoi.example.jp", QueryKind::Srv).status,
        Status::NoSuchName
    );
}

#[test]
fn per_domain_hosts_alias_the_cloud_and_old_names_are_retired() {
    let Some(url) = resolver() else { return };
    let profile = Profile::demo();
    let checks = checks_for(&profile, "yamabuki.example.jp");
    let imap_check = checks
        .iter()
        .find(|c| c.name == "imap.yamabuki.example.jp" && c.kind == QueryKind::A)
        .unwrap();
    assert!(imap_check.purpose.is_current_host());
    let imap = lookup(&url, &imap_check.name, imap_check.kind).unwrap();
    assert_eq!(imap.chain, ["imap.mail.example.jp"]);
    let current = current_addresses(&profile, [(imap_check, &imap)]);
    assert_eq!(
        classify(&profile, ip("203.0.113.143"), &current),
        AddressClass::Current
    );

    let old_check = checks
        .iter()
        .find(|c| c.name == "mail.yamabuki.example.jp" && c.kind == QueryKind::A)
        .unwrap();
    assert_eq!(old_check.purpose, Purpose::RetiredHost);
    let old = lookup(&url, &old_check.name, old_check.kind).unwrap();
    let addr = old.addresses().next().unwrap();
    let class = classify(&profile, addr, &current);
    assert!(
        matches!(class, AddressClass::Retired { .. }),
        "{addr}: {class:?}"
    );
}

#[test]
fn txt_ptr_and_nxdomain() {
    let Some(url) = resolver() else { return };
    assert_eq!(
        lookup(&url, "aoi.example.jp", QueryKind::Txt)
            .unwrap()
            .records,
        [Record::Txt(vec![
            "v=spf1 include:_spf.mail.example.jp -all".into()
        ])]
    );
    assert_eq!(
        lookup(&url, "192.0.2.25", QueryKind::Ptr).unwrap().records,
        [Record::Ptr("mail.aoi.example.jp".into())]
    );
    assert_eq!(
        lookup(&url, "203.0.113.143", QueryKind::Ptr)
            .unwrap()
            .records,
        [Record::Ptr("imap.mail.example.jp".into())]
    );
    let nx = lookup(&url, "nosuch.aoi.example.jp", QueryKind::A).unwrap();
    assert_eq!(nx.status, Status::NoSuchName);
    // A CNAME to a name that does not exist: NXDOMAIN, with the chain that led there.
    let dangling = lookup(&url, "autoconfig.kogane.example.jp", QueryKind::A).unwrap();
    assert_eq!(dangling.status, Status::NoSuchName);
    assert_eq!(dangling.chain, ["gone.kogane.example.jp"]);
}

#[test]
fn resolver_failures_are_told_apart() {
    let Some(url) = resolver() else { return };
    // A zone whose server does not answer.
    let started = Instant::now();
    assert_eq!(
        lookup(&url, "imap.broken.example.jp", QueryKind::A),
        Err(DnsError::ServFail)
    );
    assert!(
        started.elapsed() < Duration::from_secs(4),
        "SERVFAIL took {:?}",
        started.elapsed()
    );
    // Nothing outside the test zones is answered.
    assert_eq!(
        lookup(&url, "example.com", QueryKind::A),
        Err(DnsError::Refused)
    );
    // A CNAME loop in the zone: the resolver gives up.
    let looped = lookup(&url, "loop1.hinata.example.jp", QueryKind::A);
    assert!(
        matches!(
            looped,
            Err(DnsError::ServFail) | Err(DnsError::CnameLoop { .. })
        ),
        "{looped:?}"
    );
}

#[test]
fn http_failures_are_told_apart() {
    let Some(url) = resolver() else { return };
    let name = "aoi.example.jp";
    assert_eq!(
        lookup(&endpoint(&url, "html"), name, QueryKind::Mx),
        Err(DnsError::NotDns)
    );
    assert_eq!(
        lookup(&endpoint(&url, "down"), name, QueryKind::Mx),
        Err(DnsError::Http { status: 502 })
    );
    assert_eq!(
        lookup(&endpoint(&url, "error500"), name, QueryKind::Mx),
        Err(DnsError::Http { status: 500 })
    );
    // A listener that never answers: only the client's timeout ends it.
    let started = Instant::now();
    assert_eq!(
        lookup_with(
            &endpoint(&url, "silent"),
            name,
            QueryKind::Mx,
            Duration::from_millis(300)
        ),
        Err(DnsError::Timeout)
    );
    assert!(started.elapsed() < Duration::from_secs(3));
    // Nothing listening at all: a port we bound and closed again.
    let closed = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let query = build_query(name, QueryKind::Mx).unwrap();
    let dead = doh_get_url(&format!("http://{closed}/dns-query"), &query);
    let started = Instant::now();
    assert!(matches!(
        http("GET", &dead, &[], Duration::from_millis(200), TIMEOUT).map(|r| r.status),
        Err(DnsError::Network)
    ));
    assert!(started.elapsed() < Duration::from_secs(2));
}

#[test]
fn cors_headers_and_preflight() {
    let Some(url) = resolver() else { return };
    let origin = [("Origin", "http://127.0.0.1:8080")];
    let query = build_query("aoi.example.jp", QueryKind::Mx).unwrap();
    let ok = http("GET", &doh_get_url(&url, &query), &origin, TIMEOUT, TIMEOUT).unwrap();
    assert_eq!(ok.status, 200);
    assert_eq!(ok.header("content-type"), Some("application/dns-message"));
    assert_eq!(ok.header("access-control-allow-origin"), Some("*"));

    let preflight = http(
        "OPTIONS",
        &url,
        &[
            ("Origin", "http://127.0.0.1:8080"),
            ("Access-Control-Request-Method", "POST"),
            ("Access-Control-Request-Headers", "content-type"),
        ],
        TIMEOUT,
        TIMEOUT,
    )
    .unwrap();
    assert_eq!(preflight.status, 204);
    assert_eq!(preflight.header("access-control-allow-origin"), Some("*"));
    let methods = preflight
        .header("access-control-allow-methods")
        .unwrap_or("");
    assert!(
        methods.contains("GET") && methods.contains("POST"),
        "{methods}"
    );
    let headers = preflight
        .header("access-control-allow-headers")
        .unwrap_or("");
    assert!(
        headers.contains("content-type") && headers.contains("accept"),
        "{headers}"
    );

    // Errors carry CORS headers too, or the browser would only see "Failed to fetch".
    let down = http(
        "GET",
        &doh_get_url(&endpoint(&url, "down"), &query),
        &origin,
        TIMEOUT,
        TIMEOUT,
    )
    .unwrap();
    assert_eq!(down.status, 502);
    assert_eq!(down.header("access-control-allow-origin"), Some("*"));
}
