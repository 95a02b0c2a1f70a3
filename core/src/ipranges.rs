//! Is a login IP one of Microsoft's cloud-sync servers? (Outlook (new) and Outlook mobile log in
//! to the ISP from Microsoft's Exchange Online ranges.)
//!
//! The ranges live in `core/data/microsoft-sync-ranges.txt` (compiled in; its header says how
//! operators refresh it); [`Ranges::parse`] reads a refreshed copy at run time. [`classify_ips`]
//! finds every IP in a pasted address or a few lines of a server log (IPv4, IPv6 including
//! compressed and `::ffff:` mapped forms, `[v6]:port`, `v4:port`) and tells for each whether it
//! is inside the ranges — an IP-prefix test, never reverse DNS.

use crate::lang::Lang;
use serde::Serialize;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::sync::OnceLock;

/// The ranges file shipped with the engine.
pub const BUILTIN_RANGES: &str = include_str!("../data/microsoft-sync-ranges.txt");

/// The ranges, as networks of the `ipnet` crate (host bits cleared).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ranges {
    nets: Vec<ipnet::IpNet>,
}

/// A line of a ranges file that is not a CIDR.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RangesError {
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for RangesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl Ranges {
    /// Reads a ranges file: one CIDR per line, `#` comments, blank lines.
    pub fn parse(text: &str) -> Result<Ranges, RangesError> {
        let mut r = Ranges::default();
        for (n, raw) in text.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let err = |message: String| RangesError {
                line: n + 1,
                message,
            };
            let (addr, len) = match line.split_once('/') {
                Some((a, l)) => (a.trim(), Some(l.trim())),
                None => (line, None),
            };
            let ip: IpAddr = addr
                .parse()
                .map_err(|_| err(format!("not an IP address: {addr:?}")))?;
            let net = match len {
                None => ipnet::IpNet::from(ip),
                Some(l) => l
                    .parse()
                    .ok()
                    .and_then(|l| ipnet::IpNet::new(ip, l).ok())
                    .ok_or_else(|| err(format!("bad prefix length: {l:?}")))?,
            };
            r.nets.push(net.trunc());
        }
        Ok(r)
    }

    /// The ranges compiled into the engine (parsed once).
    pub fn builtin() -> &'static Ranges {
        static BUILTIN: OnceLock<Ranges> = OnceLock::new();
        BUILTIN.get_or_init(|| Ranges::parse(BUILTIN_RANGES).unwrap_or_default())
    }

    pub fn len(&self) -> usize {
        self.nets.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether `ip` is inside any range (no allocation: the log survey asks this per sign-in).
    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = match ip {
            IpAddr::V6(a) => a.to_ipv4_mapped().map_or(ip, IpAddr::V4),
            v4 => v4,
        };
        self.nets.iter().any(|net| net.contains(&ip))
    }

    /// The most specific range containing `ip`, as `network/length`.
    pub fn find(&self, ip: IpAddr) -> Option<String> {
        self.nets
            .iter()
            .filter(|net| net.contains(&ip))
            .max_by_key(|net| net.prefix_len())
            .map(|net| net.to_string())
    }
}

/// One IP found in the pasted text and whether it is Microsoft's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IpVerdict {
    /// The address in canonical form (an IPv4-mapped IPv6 address as the IPv4 address).
    pub ip: String,
    /// As written in the text (`[2603:1026::5]`, `::ffff:52.96.56.197`).
    pub found: String,
    /// Inside Microsoft's sync ranges.
    pub microsoft: bool,
    /// The matching range.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub range: Option<String>,
}

impl IpVerdict {
    /// The plain-language reading of this verdict: what it does and does not prove (the DNS
    /// checks' words, beside what a DNS answer means).
    pub fn explanation(&self, lang: Lang) -> &'static str {
        let words = crate::dns::words::words(lang);
        if self.microsoft {
            words.login_ip_inside
        } else {
            words.login_ip_outside
        }
    }
}

fn ip_char(c: char) -> bool {
    c.is_ascii_hexdigit() || c == '.' || c == ':'
}

/// An IP written as a run of hex digits, dots and colons (without brackets); `None` when the
/// run is a version, a date, a time or a MAC address.
fn parse_run(run: &str) -> Option<IpAddr> {
    let run = run.trim_matches('.');
    // `::` alone (`a :: b`) is no address.
    if !run.chars().any(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    if run.contains(':') {
        // `52.96.56.197:51234` — IPv4 with a port.
        if let Some((host, port)) = run.rsplit_once(':') {
            if host.contains('.') && !host.contains(':') {
                return (port.chars().all(|c| c.is_ascii_digit()) && !port.is_empty())
                    .then(|| parse_v4(host))
                    .flatten();
            }
        }
        let trimmed = run.trim_end_matches(':');
        // `fe80::1:` at a sentence end is trimmed, but `2603:1026::` (a prefix) stays.
        let candidate = if trimmed.ends_with(':') || run.ends_with("::") {
            run
        } else {
            trimmed
        };
        return candidate
            .parse::<Ipv6Addr>()
            .ok()
            .map(|a| match a.to_ipv4_mapped() {
                Some(v4) => IpAddr::V4(v4),
                None => IpAddr::V6(a),
            });
    }
    parse_v4(run)
}

/// Dotted quad, each part 0–255 in decimal.
fn parse_v4(s: &str) -> Option<IpAddr> {
    let parts: Vec<&str> = s.split('.').collect();
    if parts.len() != 4 {
        return None;
    }
    let mut octets = [0u8; 4];
    for (o, p) in octets.iter_mut().zip(&parts) {
        if p.is_empty() || p.len() > 3 || !p.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        *o = p.parse().ok()?;
    }
    Some(IpAddr::V4(Ipv4Addr::from(octets)))
}

/// Every IP in the text, in order, each once, with its verdict.
pub fn classify_ips(text: &str, ranges: &Ranges) -> Vec<IpVerdict> {
    // Full-width digits, dots, colons and brackets (typed with a Japanese IME) to ASCII.
    let text: String = text
        .chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        })
        .collect();
    let text = text.as_str();
    let mut out: Vec<IpVerdict> = Vec::new();
    // The addresses already listed, sorted (a binary search; no hash table in the wasm).
    let mut seen: Vec<IpAddr> = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = char::from(bytes[i]);
        // Runs start where the previous byte is not part of a word (`rip=…`, `[…`, space).
        if !ip_char(c) || (i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_'))
        {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && ip_char(char::from(bytes[i])) {
            i += 1;
        }
        // A run glued to letters beyond `f` (`deadbeefz`, `1.2.3.4abc`) is a word, not an IP.
        if i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
            continue;
        }
        let Some(run) = text.get(start..i) else {
            continue;
        };
        let Some(ip) = parse_run(run) else {
            continue;
        };
        match seen.binary_search(&ip) {
            Ok(_) => continue,
            Err(at) => seen.insert(at, ip),
        }
        let ip_text = ip.to_string();
        let bracketed = start > 0 && bytes[start - 1] == b'[' && bytes.get(i) == Some(&b']');
        let found = if bracketed {
            format!("[{}]", run)
        } else {
            run.trim_matches('.').to_string()
        };
        let range = ranges.find(ip);
        out.push(IpVerdict {
            ip: ip_text,
            found,
            microsoft: range.is_some(),
            range,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_file_parses_and_is_not_empty() {
        let r = Ranges::parse(BUILTIN_RANGES).unwrap();
        let cidr_lines = BUILTIN_RANGES
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
            .count();
        assert_eq!(r.len(), cidr_lines);
        assert!(r.len() >= 25);
        assert_eq!(Ranges::builtin(), &r);
    }

    #[test]
    fn bad_lines_name_their_number() {
        let e = Ranges::parse("# c\n10.0.0.0/8\n10.0.0.0/33\n").unwrap_err();
        assert_eq!(e.line, 3);
        let e = Ranges::parse("banana\n").unwrap_err();
        assert_eq!(e.line, 1);
        assert!(Ranges::parse("192.0.2.1\n2001:db8::/32 # doc\n").is_ok());
    }
}
