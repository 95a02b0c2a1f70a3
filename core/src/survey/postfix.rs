//! Postfix's log (`/var/log/mail.log`, or Postfix's own `maillog_file`): one [`Session`] per
//! smtpd connection and one [`Message`] per queued message, joined the way Postfix logs them.
//!
//! Lines read (formats of Postfix 2.x–3.x, `src/smtpd/smtpd.c`, `src/tls/tls_server.c`,
//! `src/qmgr/qmgr_message.c`, `src/postscreen/postscreen_early.c`):
//! - `postfix/smtpd[PID]: connect from NAME[ADDR]` — a session starts (per process id: an
//!   smtpd process serves one client at a time);
//! - `… TLS connection established from NAME[ADDR]: TLSv1.2 with cipher C (256/256 bits)`
//!   (`Anonymous`, `Untrusted`, `Trusted` or `Verified`) — its TLS version and cipher;
//! - `QUEUEID: client=NAME[ADDR], sasl_method=PLAIN, sasl_username=USER` — a message accepted,
//!   and the account;
//! - `NOQUEUE: reject: RCPT from NAME[ADDR]: …` (or `QUEUEID: reject: …`) — a refusal;
//! - `warning: NAME[ADDR]: SASL LOGIN authentication failed: …` — a failed sign-in (with
//!   `sasl_username=` where Postfix logs it);
//! - `disconnect from NAME[ADDR] ehlo=1 auth=1 … commands=N` — the session ends (`auth=` tells
//!   a successful sign-in even when no message followed);
//! - `postfix/qmgr[PID]: QUEUEID: from=<S>, size=N, nrcpt=N (queue active)` — the recipients
//!   of a message, joined to its `client=` line by the queue id;
//! - `postfix/postscreen[PID]: CONNECT from [ADDR]:PORT to [LOCAL]:25` — the server address a
//!   client connected to (for the retired-server survey).
//!
//! The service comes from the syslog name, as Debian's `master.cf` sets it:
//! `postfix/smtpd` is port 25, `postfix/submission/smtpd` port 587, `postfix/smtps/smtpd` (or
//! `postfix/submissions/smtpd`) port 465 (`-o syslog_name=postfix/submission`); a name that
//! ends with these (`postfix/legacy-submission/smtpd`) counts the same.

use super::event::{Login, Message, Service, Session, TlsSeen};
use super::syslog::Header;
use super::Sink;
use memchr::{memchr, memmem, memrchr};
use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::LazyLock;

/// Hash maps with a fast hasher (foldhash, randomly seeded).
type Map<K, V> = HashMap<K, V, foldhash::fast::RandomState>;

/// Queue ids kept waiting for their `nrcpt=` line at most this long (seconds of log time).
const QUEUE_KEEP: i64 = 86_400;
/// The waiting list is pruned when it grows past this.
const QUEUE_PRUNE_AT: usize = 100_000;
/// A postscreen `CONNECT` is matched to smtpd's `connect from` within this many seconds.
const POSTSCREEN_KEEP: i64 = 120;

/// What a line did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Its facts went into a session or a message.
    Used,
    /// A Postfix line the surveys do not need.
    Ignored,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct QueueId {
    len: u8,
    bytes: [u8; 23],
}

impl QueueId {
    fn new(id: &[u8]) -> Option<QueueId> {
        if id.is_empty() || id.len() > 23 || !id.iter().all(u8::is_ascii_alphanumeric) {
            return None;
        }
        let mut bytes = [0; 23];
        bytes[..id.len()].copy_from_slice(id);
        Some(QueueId {
            len: id.len() as u8,
            bytes,
        })
    }
}

#[derive(Debug, Clone)]
struct Queued {
    time: i64,
    service: Service,
    account: String,
    client_ip: Option<IpAddr>,
}

/// The Postfix reader's state: open sessions and queue ids waiting for their recipients.
#[derive(Debug, Default)]
pub struct Postfix {
    /// (host index << 32 | pid) → the open session.
    sessions: Map<u64, Session>,
    hosts: Vec<Vec<u8>>,
    queue: Map<QueueId, Queued>,
    /// Client address → (server address, time) from postscreen.
    postscreen: Map<IpAddr, (IpAddr, i64)>,
    latest: i64,
}

/// `NAME[ADDR]` (or `NAME[ADDR]:PORT`) → (name, address); `unknown` becomes "".
pub(crate) fn name_addr(text: &[u8]) -> Option<(&[u8], Option<IpAddr>)> {
    let open = memchr(b'[', text)?;
    let close = open + 1 + memchr(b']', &text[open + 1..])?;
    let name = &text[..open];
    let addr = parse_ip(&text[open + 1..close]);
    let name = if name == b"unknown" { &b""[..] } else { name };
    Some((name, addr))
}

/// An IP address in a log (`192.0.2.1`, `2001:db8::1`, `IPv6:2001:db8::1`, `::ffff:192.0.2.1`
/// as the IPv4 address).
pub(crate) fn parse_ip(text: &[u8]) -> Option<IpAddr> {
    let text = text.strip_prefix(b"IPv6:").unwrap_or(text);
    let s = std::str::from_utf8(text).ok()?;
    let ip: IpAddr = s.parse().ok()?;
    Some(match ip {
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => ip,
        },
        v4 => v4,
    })
}

/// Lower-cased account name.
pub(crate) fn account(name: &[u8]) -> String {
    String::from_utf8_lossy(name.trim_ascii()).to_lowercase()
}

fn service_of(tag: &[u8]) -> Service {
    // `postfix/submission/smtpd`: the segment before the program names the service.
    let Some(last) = memrchr(b'/', tag) else {
        return Service::Smtp;
    };
    let before = &tag[..last];
    let name = match memrchr(b'/', before) {
        Some(i) => &before[i + 1..],
        None => return Service::Smtp,
    };
    // `submission`, `legacy-submission` (a second instance's name); 465 is `smtps`, or
    // `submissions` in newer master.cf files.
    if name.ends_with(b"submissions") || name.ends_with(b"smtps") {
        Service::Smtps
    } else if name.ends_with(b"submission") {
        Service::Submission
    } else {
        Service::Smtp
    }
}

/// The value after `key` up to `,` or a space.
fn value<'a>(text: &'a [u8], key: &[u8]) -> Option<&'a [u8]> {
    // The keys searched on every message line, with their search tables built once.
    static SASL: LazyLock<memmem::Finder<'static>> =
        LazyLock::new(|| memmem::Finder::new(b"sasl_username="));
    static NRCPT: LazyLock<memmem::Finder<'static>> =
        LazyLock::new(|| memmem::Finder::new(b", nrcpt="));
    let at = match key {
        b"sasl_username=" => SASL.find(text),
        b", nrcpt=" => NRCPT.find(text),
        _ => memmem::find(text, key),
    }? + key.len();
    let rest = &text[at..];
    let end = rest
        .iter()
        .position(|&c| c == b',' || c == b' ')
        .unwrap_or(rest.len());
    Some(&rest[..end])
}

/// `Anonymous TLS connection established from …` (or `Untrusted`, `Trusted`, `Verified`): the
/// text after `from `.
fn tls_established(m: &[u8]) -> Option<&[u8]> {
    const TAIL: &[u8] = b" TLS connection established from ";
    let sp = memchr(b' ', m)?;
    if !matches!(
        &m[..sp],
        b"Anonymous" | b"Untrusted" | b"Trusted" | b"Verified"
    ) {
        return None;
    }
    m[sp..].strip_prefix(TAIL)
}

fn number(text: &[u8]) -> Option<u32> {
    if text.is_empty() || text.len() > 9 {
        return None;
    }
    let mut n = 0u32;
    for &c in text {
        if !c.is_ascii_digit() {
            return None;
        }
        n = n * 10 + u32::from(c - b'0');
    }
    Some(n)
}

impl Postfix {
    pub fn new() -> Postfix {
        Postfix::default()
    }

    fn key(&mut self, host: &[u8], pid: u32) -> u64 {
        let index = match self.hosts.iter().position(|h| h == host) {
            Some(i) => i,
            None => {
                self.hosts.push(host.to_vec());
                self.hosts.len() - 1
            }
        };
        ((index as u64) << 32) | u64::from(pid)
    }

    /// Reads one Postfix line (its tag starts with `postfix`).
    pub fn line(&mut self, h: &Header, sink: &mut dyn Sink) -> Outcome {
        self.latest = self.latest.max(h.time);
        let program = match memrchr(b'/', h.tag) {
            Some(i) => &h.tag[i + 1..],
            None => h.tag,
        };
        match program {
            b"smtpd" => self.smtpd(h, sink),
            b"qmgr" => self.qmgr(h, sink),
            b"postscreen" => self.postscreen(h),
            _ => Outcome::Ignored,
        }
    }

    fn open(&mut self, h: &Header) -> &mut Session {
        let key = self.key(h.host, h.pid);
        let service = service_of(h.tag);
        let host = h.host;
        let s = self.sessions.entry(key).or_insert_with(|| {
            let mut s = Session::new(h.time, service);
            s.server = String::from_utf8_lossy(host).into_owned();
            s
        });
        s.time = h.time;
        s
    }

    fn start(&mut self, h: &Header, client: &[u8], sink: &mut dyn Sink) {
        let key = self.key(h.host, h.pid);
        if let Some(old) = self.sessions.remove(&key) {
            finish_session(old, sink);
        }
        let mut s = Session::new(h.time, service_of(h.tag));
        s.server = String::from_utf8_lossy(h.host).into_owned();
        if let Some((name, ip)) = name_addr(client) {
            s.client_name = String::from_utf8_lossy(name).into_owned();
            s.client_ip = ip;
            if let Some(ip) = ip {
                if let Some(&(local, t)) = self.postscreen.get(&ip) {
                    if h.time - t <= POSTSCREEN_KEEP {
                        s.local_ip = Some(local);
                    }
                }
            }
        }
        self.sessions.insert(key, s);
    }

    /// Fills in the client from `NAME[ADDR]` when the session was opened without its
    /// `connect from` line (the log started in the middle of it).
    fn client_if_missing(s: &mut Session, client: &[u8]) {
        if s.client_ip.is_none() {
            if let Some((name, ip)) = name_addr(client) {
                s.client_name = String::from_utf8_lossy(name).into_owned();
                s.client_ip = ip;
            }
        }
    }

    fn smtpd(&mut self, h: &Header, sink: &mut dyn Sink) -> Outcome {
        let m = h.message;
        if let Some(client) = m.strip_prefix(b"connect from ") {
            self.start(h, client, sink);
            return Outcome::Used;
        }
        if let Some(rest) = m.strip_prefix(b"disconnect from ") {
            let key = self.key(h.host, h.pid);
            let mut s = match self.sessions.remove(&key) {
                Some(s) => s,
                None => {
                    let mut s = Session::new(h.time, service_of(h.tag));
                    s.server = String::from_utf8_lossy(h.host).into_owned();
                    s
                }
            };
            s.time = h.time;
            Self::client_if_missing(&mut s, rest);
            // `auth=1` or `auth=0/1`: successful sign-ins.
            if let Some(auth) = value(rest, b" auth=") {
                let ok = auth.split(|&c| c == b'/').next().and_then(number);
                if ok.is_some_and(|n| n > 0) {
                    s.login = Login::Ok;
                }
            }
            finish_session(s, sink);
            return Outcome::Used;
        }
        if let Some(rest) = tls_established(m) {
            let s = self.open(h);
            Self::client_if_missing(s, rest);
            if let Some(colon) = memmem::find(rest, b"]: ") {
                let proto = &rest[colon + 3..];
                let sp = memchr(b' ', proto).unwrap_or(proto.len());
                s.tls = TlsSeen::from_openssl(&proto[..sp]).unwrap_or(TlsSeen::TlsUnknown);
                if let Some(c) = memmem::find(proto, b" with cipher ") {
                    let c = &proto[c + 13..];
                    let end = memchr(b' ', c).unwrap_or(c.len());
                    s.cipher = String::from_utf8_lossy(&c[..end]).into_owned();
                }
            }
            return Outcome::Used;
        }
        if let Some(rest) = m.strip_prefix(b"warning: ") {
            if memmem::find(rest, b" authentication failed").is_some() {
                let s = self.open(h);
                Self::client_if_missing(s, rest);
                s.auth_failures += 1;
                if let Some(u) = value(rest, b"sasl_username=") {
                    if s.account.is_empty() {
                        s.account = account(u);
                    }
                }
                if s.login != Login::Ok {
                    s.login = Login::Failed;
                }
                return Outcome::Used;
            }
            return Outcome::Ignored;
        }
        // `QUEUEID: …` or `NOQUEUE: …`
        let Some(colon) = memchr(b':', m) else {
            return Outcome::Ignored;
        };
        let (id, rest) = (&m[..colon], m[colon + 1..].trim_ascii_start());
        if rest.starts_with(b"reject: ") {
            let s = self.open(h);
            s.rejects += 1;
            if let Some(from) = memmem::find(rest, b" from ") {
                Self::client_if_missing(s, &rest[from + 6..]);
            }
            return Outcome::Used;
        }
        if let Some(client) = rest.strip_prefix(b"client=") {
            // Mail re-injected by a content filter names its original client: not a new one.
            if memmem::find(client, b"orig_client=").is_some() {
                return Outcome::Ignored;
            }
            let Some(qid) = QueueId::new(id) else {
                return Outcome::Ignored;
            };
            let s = self.open(h);
            Self::client_if_missing(s, client);
            if let Some(u) = value(client, b"sasl_username=") {
                s.account = account(u);
                s.login = Login::Ok;
            }
            s.messages += 1;
            let queued = Queued {
                time: h.time,
                service: s.service,
                account: s.account.clone(),
                client_ip: s.client_ip,
            };
            if self.queue.len() >= QUEUE_PRUNE_AT {
                let cutoff = self.latest - QUEUE_KEEP;
                self.queue.retain(|_, q| q.time >= cutoff);
                if self.queue.len() >= QUEUE_PRUNE_AT {
                    self.queue.clear();
                }
            }
            self.queue.insert(qid, queued);
            return Outcome::Used;
        }
        Outcome::Ignored
    }

    fn qmgr(&mut self, h: &Header, sink: &mut dyn Sink) -> Outcome {
        let m = h.message;
        let Some(colon) = memchr(b':', m) else {
            return Outcome::Ignored;
        };
        let (id, rest) = (&m[..colon], m[colon + 1..].trim_ascii_start());
        if rest == b"removed" {
            if let Some(qid) = QueueId::new(id) {
                self.queue.remove(&qid);
            }
            return Outcome::Ignored;
        }
        if !rest.starts_with(b"from=<") {
            return Outcome::Ignored;
        }
        let Some(n) = value(rest, b", nrcpt=").and_then(number) else {
            return Outcome::Ignored;
        };
        let Some(queued) = QueueId::new(id).and_then(|q| self.queue.remove(&q)) else {
            // Local mail (pickup), bounces, or a message whose client= line is not in the log.
            return Outcome::Ignored;
        };
        sink.message(&Message {
            time: queued.time,
            service: queued.service,
            account: queued.account,
            client_ip: queued.client_ip,
            recipients: n,
        });
        Outcome::Used
    }

    fn postscreen(&mut self, h: &Header) -> Outcome {
        let Some(rest) = h.message.strip_prefix(b"CONNECT from ") else {
            return Outcome::Ignored;
        };
        let Some(to) = memmem::find(rest, b" to ") else {
            return Outcome::Ignored;
        };
        let (Some((_, Some(client))), Some((_, Some(local)))) =
            (name_addr(&rest[..to]), name_addr(&rest[to + 4..]))
        else {
            return Outcome::Ignored;
        };
        if self.postscreen.len() >= QUEUE_PRUNE_AT {
            let cutoff = h.time - POSTSCREEN_KEEP;
            self.postscreen.retain(|_, (_, t)| *t >= cutoff);
        }
        self.postscreen.insert(client, (local, h.time));
        Outcome::Used
    }

    /// The end of the input: sessions without their `disconnect` line are handed on as they are.
    pub fn finish(&mut self, sink: &mut dyn Sink) {
        let mut open: Vec<(u64, Session)> = self.sessions.drain().collect();
        open.sort_by_key(|(k, s)| (s.time, *k));
        for (_, s) in open {
            finish_session(s, sink);
        }
        self.queue.clear();
        self.postscreen.clear();
    }
}

fn finish_session(s: Session, sink: &mut dyn Sink) {
    sink.session(&s);
}

#[cfg(test)]
mod tests {
    use super::super::event::{Login, Service, TlsSeen};
    use super::super::testing::{read, Collected};

    /// Lines as Postfix 3.7 writes them (a submission session with TLS 1.2 and SASL, a message
    /// with three recipients; a port-25 session without TLS from a printer; a failed sign-in).
    const LOG: &str = "\
Dec  7 10:00:00 mail1 postfix/submission/smtpd[2001]: connect from pc1.example.jp[192.0.2.10]
Dec  7 10:00:00 mail1 postfix/submission/smtpd[2001]: Anonymous TLS connection established from pc1.example.jp[192.0.2.10]: TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)
Dec  7 10:00:01 mail1 postfix/submission/smtpd[2001]: 4ABC123DEF: client=pc1.example.jp[192.0.2.10], sasl_method=PLAIN, sasl_username=Alice@Aoi.example.jp
Dec  7 10:00:01 mail1 postfix/cleanup[2002]: 4ABC123DEF: message-id=<1@pc1>
Dec  7 10:00:01 mail1 postfix/qmgr[900]: 4ABC123DEF: from=<alice@aoi.example.jp>, size=1234, nrcpt=3 (queue active)
Dec  7 10:00:02 mail1 postfix/submission/smtpd[2001]: disconnect from pc1.example.jp[192.0.2.10] ehlo=2 starttls=1 auth=1 mail=1 rcpt=3 data=1 quit=1 commands=10
Dec  7 10:00:02 mail1 postfix/smtp[2003]: 4ABC123DEF: to=<x@example.net>, relay=none, delay=1, status=sent (250 ok)
Dec  7 10:00:02 mail1 postfix/qmgr[900]: 4ABC123DEF: removed
Dec  7 10:01:00 mail1 postfix/smtpd[2010]: connect from unknown[192.0.2.50]
Dec  7 10:01:00 mail1 postfix/smtpd[2010]: 5DEF: client=unknown[192.0.2.50]
Dec  7 10:01:00 mail1 postfix/qmgr[900]: 5DEF: from=<printer@aoi.example.jp>, size=99, nrcpt=1 (queue active)
Dec  7 10:01:01 mail1 postfix/smtpd[2010]: NOQUEUE: reject: RCPT from unknown[192.0.2.50]: 554 5.7.1 <z@example.org>: Relay access denied; from=<printer@aoi.example.jp> to=<z@example.org> proto=ESMTP helo=<printer>
Dec  7 10:01:02 mail1 postfix/smtpd[2010]: disconnect from unknown[192.0.2.50] ehlo=1 mail=2 rcpt=1/2 data=1 quit=1 commands=6/7
Dec  7 10:02:00 mail1 postfix/smtps/smtpd[2020]: connect from unknown[2001:db8::7]
Dec  7 10:02:00 mail1 postfix/smtps/smtpd[2020]: Anonymous TLS connection established from unknown[2001:db8::7]: TLSv1 with cipher ECDHE-RSA-AES256-SHA (256/256 bits)
Dec  7 10:02:01 mail1 postfix/smtps/smtpd[2020]: warning: unknown[2001:db8::7]: SASL LOGIN authentication failed: UGFzc3dvcmQ6
Dec  7 10:02:02 mail1 postfix/smtps/smtpd[2020]: disconnect from unknown[2001:db8::7] ehlo=1 auth=0/1 commands=1/2
Dec  7 10:03:00 mail1 postfix/postscreen[3000]: CONNECT from [192.0.2.60]:41000 to [198.51.100.25]:25
Dec  7 10:03:01 mail1 postfix/smtpd[2030]: connect from old-printer[192.0.2.60]
not a log line at all
";

    #[test]
    fn sessions_and_messages_are_joined() {
        let Collected {
            sessions,
            messages,
            stats,
        } = read(LOG);
        assert_eq!(sessions.len(), 4);
        let s = &sessions[0];
        assert_eq!(s.service, Service::Submission);
        assert_eq!(s.account, "alice@aoi.example.jp");
        assert_eq!(s.client_name, "pc1.example.jp");
        assert_eq!(s.client_ip.unwrap().to_string(), "192.0.2.10");
        assert_eq!(s.tls, TlsSeen::Tls12);
        assert_eq!(s.cipher, "ECDHE-RSA-AES256-GCM-SHA384");
        assert_eq!(
            (s.login, s.messages, s.server.as_str()),
            (Login::Ok, 1, "mail1")
        );

        let p = &sessions[1];
        assert_eq!(
            (p.service, p.tls, p.login),
            (Service::Smtp, TlsSeen::Plain, Login::None)
        );
        assert_eq!((p.account.as_str(), p.client_name.as_str()), ("", ""));
        assert_eq!((p.messages, p.rejects), (1, 1));

        let f = &sessions[2];
        assert_eq!(
            (f.service, f.tls, f.login),
            (Service::Smtps, TlsSeen::Tls10, Login::Failed)
        );
        assert_eq!(f.client_ip.unwrap().to_string(), "2001:db8::7");
        assert_eq!(f.auth_failures, 1);

        // Open at the end of the log; its server address came from postscreen.
        let o = &sessions[3];
        assert_eq!(o.local_ip.unwrap().to_string(), "198.51.100.25");
        assert_eq!(o.client_name, "old-printer");

        assert_eq!(messages.len(), 2);
        assert_eq!(messages[0].account, "alice@aoi.example.jp");
        assert_eq!(
            (messages[0].recipients, messages[0].service),
            (3, Service::Submission)
        );
        assert_eq!(
            (messages[1].account.as_str(), messages[1].recipients),
            ("", 1)
        );
        assert_eq!(stats.lines, 20);
        assert_eq!(stats.unknown, 1);
        assert_eq!(stats.ignored, 3);
    }
}
