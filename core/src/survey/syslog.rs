//! The header of a syslog line: time, host, program tag and pid, then the message.
//!
//! Forms read:
//! - `Dec  7 10:00:00 host postfix/smtpd[123]: message` (classic syslog, also Postfix's own
//!   `maillog_file`);
//! - `2026-12-07T10:00:00.123456+09:00 host dovecot: message` (rsyslog's RFC 3339 format,
//!   `journalctl -o short-iso`);
//! - `Dec 07 10:00:00 imap-login: Info: message` (Dovecot's own `log_path` file: no host).

use super::time::Clock;
use memchr::memchr;

/// A parsed header; the slices borrow the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header<'a> {
    pub time: i64,
    /// "" when the line has no host (Dovecot's own log file).
    pub host: &'a [u8],
    /// The program with its syslog name (`postfix/submission/smtpd`, `dovecot`, `imap-login`).
    pub tag: &'a [u8],
    pub pid: u32,
    pub message: &'a [u8],
}

/// Reads the header, or `None` when the line does not start with a timestamp and a tag.
pub fn parse<'a>(clock: &mut Clock, line: &'a [u8]) -> Option<Header<'a>> {
    let (time, n) = match line.first() {
        Some(b'0'..=b'9') => clock.iso(line)?,
        Some(_) => clock.syslog(line)?,
        None => return None,
    };
    let rest = line.get(n..)?.strip_prefix(b" ")?;
    // The next word is the host, unless it ends with ':' (a tag without a host).
    let sp = memchr(b' ', rest)?;
    let first = &rest[..sp];
    let (host, rest) = if first.last() == Some(&b':') {
        (&b""[..], rest)
    } else {
        (first, &rest[sp + 1..])
    };
    let colon = memchr(b':', rest)?;
    let tag_pid = &rest[..colon];
    let message = rest.get(colon + 1..)?;
    let message = message.strip_prefix(b" ").unwrap_or(message);
    let (tag, pid) = match memchr(b'[', tag_pid) {
        Some(open) if tag_pid.last() == Some(&b']') => {
            let mut pid = 0u32;
            for &c in &tag_pid[open + 1..tag_pid.len() - 1] {
                if !c.is_ascii_digit() {
                    return None;
                }
                pid = pid.wrapping_mul(10).wrapping_add(u32::from(c - b'0'));
            }
            (&tag_pid[..open], pid)
        }
        _ => (tag_pid, 0),
    };
    if tag.is_empty() || tag.contains(&b' ') {
        return None;
    }
    Some(Header {
        time,
        host,
        tag,
        pid,
        message,
    })
}

#[cfg(test)]
mod tests {
    use super::super::time::{format, Clock, Year, DEFAULT_OFFSET};
    use super::*;

    #[test]
    fn the_three_forms() {
        let mut c = Clock::new(Year::Fixed(2026), DEFAULT_OFFSET);
        let h = parse(
            &mut c,
            b"Dec  7 10:00:00 mail1 postfix/submission/smtpd[4242]: connect from x[192.0.2.1]",
        )
        .unwrap();
        assert_eq!(h.host, b"mail1");
        assert_eq!(h.tag, b"postfix/submission/smtpd");
        assert_eq!(h.pid, 4242);
        assert_eq!(h.message, b"connect from x[192.0.2.1]");
        assert_eq!(format(h.time, DEFAULT_OFFSET), "2026-12-07T10:00:00+09:00");

        let h = parse(
            &mut c,
            b"2026-12-07T10:00:00.123456+09:00 mail1 dovecot: imap-login: Login: user=<a>",
        )
        .unwrap();
        assert_eq!((h.host, h.tag, h.pid), (&b"mail1"[..], &b"dovecot"[..], 0));
        assert_eq!(h.message, b"imap-login: Login: user=<a>");

        let h = parse(&mut c, b"Dec 07 10:00:00 imap-login: Info: Login: user=<a>").unwrap();
        assert_eq!((h.host, h.tag), (&b""[..], &b"imap-login"[..]));
        assert_eq!(h.message, b"Info: Login: user=<a>");

        assert!(parse(&mut c, b"garbage").is_none());
        assert!(parse(&mut c, b"").is_none());
        assert!(parse(&mut c, b"Dec  7 10:00:00 host").is_none());
    }
}
