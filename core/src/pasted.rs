//! What else pasted error text holds, besides the errors [`crate::decode`] recognises: the IP
//! addresses in it, each classified in place (Microsoft's cloud — [`crate::ipranges`] — or one of
//! the profile's retired servers, or neither), the host names and login names it mentions (the
//! diagnosis checks them like typed ones), the addresses, and the first time of day. Scanning
//! only: linear, panic-free on any input, no allocation beyond the results.

use crate::ipranges::{classify_ips, Ranges};
use crate::names::{ip_literal, normalize_host, parse_address};
use crate::profile::Profile;
use crate::report::Side;
use serde::{Deserialize, Serialize};

/// At most this many of each kind are kept (a pasted log can hold thousands).
pub const MAX_ITEMS: usize = 20;

/// What the pasted text mentions.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pasted {
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub ips: Vec<PastedIp>,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub hosts: Vec<PastedHost>,
    /// Login names given as such (`user=<taro>`, "username taro", 「ユーザー名 taro」).
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub users: Vec<String>,
    /// E-mail addresses (a sender or recipient in an SMTP reply, the account in a log line).
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub addresses: Vec<String>,
    /// The first date and time (or time of day) in the text, as written.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub time: Option<String>,
}

impl Pasted {
    pub fn is_empty(&self) -> bool {
        self.ips.is_empty()
            && self.hosts.is_empty()
            && self.users.is_empty()
            && self.addresses.is_empty()
            && self.time.is_none()
    }

    /// The host assigned to one side, if any.
    pub fn host_for(&self, side: Side) -> Option<&str> {
        self.hosts
            .iter()
            .find(|h| h.side == Some(side))
            .map(|h| h.host.as_str())
    }
}

/// One IP address found in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PastedIp {
    /// Canonical form.
    pub ip: String,
    /// Inside Microsoft's cloud-sync ranges (Outlook (new) logs in and sends from these).
    pub microsoft: bool,
    /// The matching Microsoft range.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub range: Option<String>,
    /// One of the profile's retired servers.
    pub retired: bool,
}

/// A host name found in the text, with the side of the mail flow it is about when that can be
/// told (its name, `smtp.…` / `pop.…` / `imap.…`, the profile's own use of it, or the error
/// around it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PastedHost {
    pub host: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub side: Option<Side>,
}

/// Reads `text`. `errors` are the errors recognised in it with their byte ranges and sides
/// (from [`crate::decode::decode`]): a host inside or just after one takes its side.
pub fn read(text: &str, errors: &[(usize, usize, Side)], profile: &Profile) -> Pasted {
    let mut out = Pasted::default();
    for v in classify_ips(text, Ranges::builtin())
        .into_iter()
        .take(MAX_ITEMS)
    {
        let retired = ip_literal(&v.ip).is_some_and(|ip| profile.retired_ip(ip).is_some());
        out.ips.push(PastedIp {
            ip: v.ip,
            microsoft: v.microsoft,
            range: v.range,
            retired,
        });
    }
    for (start, word) in words(text) {
        if out.hosts.len() >= MAX_ITEMS && out.addresses.len() >= MAX_ITEMS {
            break;
        }
        if word.contains('@') {
            let word = word.trim_start_matches('<').trim_end_matches('>');
            if let Some(a) = parse_address(word) {
                let a = a.canonical();
                if out.addresses.len() < MAX_ITEMS && !out.addresses.contains(&a) {
                    out.addresses.push(a);
                }
            }
            continue;
        }
        if !is_host_name(word) {
            continue;
        }
        let host = normalize_host(word);
        if out.hosts.len() < MAX_ITEMS && !out.hosts.iter().any(|h| h.host == host) {
            let side = side_of(&host, start, errors, profile);
            out.hosts.push(PastedHost { host, side });
        }
    }
    out.users = users(text);
    out.time = first_time(text);
    out
}

/// Runs of characters that can make a host name or an address, with their byte offset.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let part = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '@' | '+');
    let mut rest = text.char_indices().peekable();
    std::iter::from_fn(move || loop {
        let (start, c) = rest.next()?;
        if !part(c) {
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(i, c)) = rest.peek() {
            if !part(c) {
                break;
            }
            end = i + c.len_utf8();
            rest.next();
        }
        let word = text.get(start..end)?.trim_matches(['.', '-', '_']);
        if !word.is_empty() {
            return Some((start, word));
        }
    })
}

/// File names that look like host names (`outlook.exe`, `INBOX.msf`).
const NOT_HOSTS: &[&str] = &[
    "exe",
    "dll",
    "msf",
    "txt",
    "log",
    "htm",
    "html",
    "php",
    "js",
    "png",
    "jpg",
    "eml",
    "pst",
    "ost",
    "xml",
    "json",
    "ini",
    "cfg",
    "pdf",
    "zip",
    "properties",
];

/// `a.b.example.jp`: at least three labels of letters, digits and hyphens, the last one letters
/// only (a top-level domain), not an IP address or a version number.
fn is_host_name(word: &str) -> bool {
    let labels: Vec<&str> = word.split('.').collect();
    if labels.len() < 3 || word.len() > 253 || ip_literal(word).is_some() {
        return false;
    }
    let ok_label = |l: &str| {
        !l.is_empty()
            && l.len() <= 63
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && !l.starts_with('-')
            && !l.ends_with('-')
    };
    let tld = labels.last().copied().unwrap_or("");
    labels.iter().all(|l| ok_label(l))
        && tld.len() >= 2
        && tld.bytes().all(|b| b.is_ascii_alphabetic())
        && !NOT_HOSTS.contains(&tld.to_ascii_lowercase().as_str())
}

/// The side a host is about: its name first (`smtp.…` sends), then what the profile uses it
/// for, then the error it sits in (or the last error before it).
fn side_of(
    host: &str,
    at: usize,
    errors: &[(usize, usize, Side)],
    profile: &Profile,
) -> Option<Side> {
    let first = host.split('.').next().unwrap_or("");
    let by_name = if first.starts_with("smtp") || first.starts_with("submission") {
        Some(Side::Outgoing)
    } else if first.starts_with("pop") || first.starts_with("imap") {
        Some(Side::Incoming)
    } else {
        None
    };
    by_name.or_else(|| profile_side(host, profile)).or_else(|| {
        errors
            .iter()
            .rfind(|(start, _, _)| *start <= at)
            .or_else(|| errors.first())
            .map(|(_, _, side)| *side)
            .filter(|side| *side != Side::Both)
    })
}

/// Whether the profile uses `host` for incoming or outgoing mail (any domain's server set).
fn profile_side(host: &str, profile: &Profile) -> Option<Side> {
    let mut side = None;
    for set in profile.servers.values() {
        let matches =
            |e: &crate::profile::Endpoint| !e.host.contains('{') && normalize_host(&e.host) == host;
        if set.imap.iter().chain(set.pop3.iter()).any(matches) {
            side = Some(Side::Incoming);
        }
        if set.smtp.iter().any(matches) {
            return Some(Side::Outgoing);
        }
    }
    side
}

/// Login names given as such: `user=<taro>` / `user=taro` (Dovecot), "username taro",
/// "user name taro", 「ユーザー名 taro」「ユーザ名: taro」.
fn users(text: &str) -> Vec<String> {
    let lower = text.to_ascii_lowercase();
    let mut out: Vec<String> = Vec::new();
    for key in ["user=", "username", "user name", "ユーザー名", "ユーザ名"] {
        let mut from = 0;
        while let Some(found) = lower.get(from..).and_then(|s| s.find(key)) {
            let after = from + found + key.len();
            from = after;
            // Lower-casing keeps byte offsets for these keys' texts only when the text before
            // is ASCII or unchanged: read the name from the original at the same offset, and
            // give up on a char boundary mismatch.
            let Some(rest) = text.get(after..) else {
                continue;
            };
            let rest = rest.trim_start_matches([' ', ':', '：', '=', '<', '"', '「', '　']);
            let name: String = rest
                .chars()
                .take_while(|c| {
                    c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '@' | '+')
                })
                .take(128)
                .collect();
            let name = name.trim_end_matches('.').to_string();
            if !name.is_empty() && !out.contains(&name) && out.len() < MAX_ITEMS {
                out.push(name);
            }
        }
    }
    out
}

/// The first time of day (`10:45`, `10:45:21`) with the date written just before it
/// (`2026-12-07 10:45:21`, `2026/12/07 10:45`, `7 Dec 2026 10:45:21 +0900`) and a zone just
/// after it (`+0900`, `Z`, `JST`), as written.
fn first_time(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let mut i = 0;
    while i < b.len() {
        // HH:MM, with one or two digits for the hour, not part of a longer number.
        let h1 = digit(i) && (i == 0 || !(digit(i - 1) || b[i - 1] == b':'));
        if !h1 {
            i += 1;
            continue;
        }
        let hour_len = if digit(i + 1) { 2 } else { 1 };
        let colon = i + hour_len;
        if b.get(colon) != Some(&b':') || !digit(colon + 1) || !digit(colon + 2) {
            i += 1;
            continue;
        }
        let hour: u32 = text
            .get(i..colon)
            .and_then(|h| h.parse().ok())
            .unwrap_or(99);
        let minute: u32 = text
            .get(colon + 1..colon + 3)
            .and_then(|m| m.parse().ok())
            .unwrap_or(99);
        let mut end = colon + 3;
        if b.get(end) == Some(&b':') && digit(end + 1) && digit(end + 2) {
            end += 3;
        }
        if hour > 23 || minute > 59 || digit(end) {
            i = end;
            continue;
        }
        // A zone after it.
        let zone_start = end;
        let mut z = end;
        while b.get(z) == Some(&b' ') {
            z += 1;
        }
        if matches!(b.get(z), Some(b'+') | Some(b'-')) && (1..=4).all(|k| digit(z + k)) {
            end = z + 5;
        } else if text.get(z..z + 3) == Some("JST") || text.get(z..z + 3) == Some("UTC") {
            end = z + 3;
        } else if b.get(zone_start) == Some(&b'Z') {
            end = zone_start + 1;
        }
        // A date just before it: walk back over date characters.
        let mut start = i;
        let mut k = i;
        while k > 0 && matches!(b[k - 1], b' ' | b'T') {
            k -= 1;
        }
        let date_end = k;
        while k > 0
            && (b[k - 1].is_ascii_alphanumeric() || matches!(b[k - 1], b'-' | b'/' | b' ' | b','))
        {
            k -= 1;
        }
        let date = text.get(k..date_end).unwrap_or("").trim();
        if date_end < i && date.chars().filter(char::is_ascii_digit).count() >= 3 {
            // Keep from the first digit or month name of the date.
            let offset = date_end - date.len();
            start = text
                .get(offset..date_end)
                .and_then(|d| d.find(|c: char| c.is_ascii_alphanumeric()))
                .map_or(i, |f| offset + f);
            // Drop a weekday and the comma after it ("Mon, 7 Dec…").
            if let Some(rest) = text.get(start..i) {
                if let Some(comma) = rest.find(", ") {
                    if rest[..comma].bytes().all(|c| c.is_ascii_alphabetic()) {
                        start += comma + 2;
                    }
                }
            }
        }
        return text.get(start..end).map(|t| t.trim().to_string());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile() -> Profile {
        Profile::demo()
    }

    #[test]
    fn the_foreign_login_reply_has_its_ip_time_and_account() {
        let text = "2026-12-07 10:45:21 +0900 smtp.mail.example.jp: 554 5.7.1 \
                    <taro@kita.aoi.example.jp>: Relay access denied from [52.96.56.197]; \
                    also 203.0.113.25 and 192.0.2.25";
        let p = read(text, &[], &profile());
        assert_eq!(p.time.as_deref(), Some("2026-12-07 10:45:21 +0900"));
        assert_eq!(p.addresses, ["taro@kita.aoi.example.jp"]);
        assert_eq!(p.ips.len(), 3);
        assert!(p.ips[0].microsoft && !p.ips[0].retired, "{:?}", p.ips[0]);
        assert!(!p.ips[1].microsoft && p.ips[1].retired);
        assert!(p.ips[2].retired);
        assert_eq!(
            p.hosts,
            [PastedHost {
                host: "smtp.mail.example.jp".into(),
                side: Some(Side::Outgoing)
            }]
        );
    }

    #[test]
    fn hosts_take_their_side() {
        // Thunderbird (ja, messenger.properties `unknownHostError`): no side in the words.
        let text = "サーバー mail.aoi.example.jp との接続に失敗しました。";
        let p = read(text, &[(0, text.len(), Side::Incoming)], &profile());
        assert_eq!(p.hosts[0].host, "mail.aoi.example.jp");
        assert_eq!(p.hosts[0].side, Some(Side::Incoming));
        let p = read(text, &[(0, text.len(), Side::Both)], &profile());
        assert_eq!(p.hosts[0].side, None);
        let p = read("Sending to imap.mail.example.jp failed", &[], &profile());
        assert_eq!(p.host_for(Side::Incoming), Some("imap.mail.example.jp"));
        // Not host names.
        let p = read(
            "C:\\Program Files\\outlook.exe INBOX.msf 1.2024.403.300 192.0.2.1 a.b",
            &[],
            &profile(),
        );
        assert!(p.hosts.is_empty(), "{:?}", p.hosts);
    }

    #[test]
    fn users_and_times() {
        let p = read(
            "imap-login: Login failed: user=<taro>, rip=52.97.188.37, 10:45",
            &[],
            &profile(),
        );
        assert_eq!(p.users, ["taro"]);
        assert_eq!(p.time.as_deref(), Some("10:45"));
        assert!(p.ips[0].microsoft);
        let p = read(
            "ユーザー名 hanako でのログインに失敗しました",
            &[],
            &profile(),
        );
        assert_eq!(p.users, ["hanako"]);
        let p = read("Mon, 7 Dec 2026 09:05:00 +0900", &[], &profile());
        assert_eq!(p.time.as_deref(), Some("7 Dec 2026 09:05:00 +0900"));
        for no_time in ["version 1:2", "99:99", "0x800CCC0E", "12:345"] {
            assert_eq!(read(no_time, &[], &profile()).time, None, "{no_time}");
        }
        assert!(read("", &[], &profile()).is_empty());
    }

    #[test]
    fn never_panics_on_odd_text() {
        for text in [
            "ユーザー名",
            "user=",
            "ａ．ｂ．ｃ",
            "1:",
            "9:5",
            "2026-12-07T",
            "…: 10:45 ＋0900",
            "x@y",
            "@@@...",
            "\u{0}\u{FFFF}",
        ] {
            let _ = read(text, &[(0, 1, Side::Both)], &profile());
        }
    }
}
