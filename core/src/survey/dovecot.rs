//! Dovecot's login log: one [`Session`] per `imap-login` / `pop3-login` / `submission-login`
//! line that ends a login (success or failure).
//!
//! Lines read (Dovecot 2.3, `src/login-common/client-common.c`), in syslog
//! (`dovecot: imap-login: Login: …`) or Dovecot's own log file (`imap-login: Info: Login: …`):
//! - `Login: user=<U>, method=PLAIN, rip=R, lip=L, mpid=N, TLS, session=<…>` — signed in;
//! - `Disconnected (auth failed, 1 attempts in 2 secs): user=<U>, …`, `Aborted login (auth
//!   failed, …)`, `… (tried to use disallowed plaintext auth)`, `(user disabled)`, `(password
//!   expired)` — a failed sign-in;
//! - `Disconnected (no auth attempts in 0 secs): user=<>, rip=…` — a connection without one.
//!
//! The elements come from `login_log_format_elements` (default `user=<%u> method=%m rip=%r
//! lip=%l mpid=%e %c session=<%{session}>`). `%c` says `TLS` (or `TLS handshaking`) or
//! `secured` (a plain connection Dovecot trusts: loopback or `login_trusted_networks`) or
//! nothing (plain). The TLS *version* is only in the log when the operator adds `%k` (Dovecot's
//! "SSL security string", `TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)`),
//! and the port with `lport=%a`:
//! `login_log_format_elements = user=<%u> method=%m rip=%r lip=%l mpid=%e lport=%a %c %k session=<%{session}>`.
//! Without `%k` a TLS session counts as `TLS` (version not logged).

use super::event::{Login, Service, Session, TlsSeen};
use super::postfix::{account, parse_ip};
use super::syslog::Header;
use super::Sink;
use memchr::memmem;

/// What a line did (as for Postfix).
pub use super::postfix::Outcome;

/// Reads one Dovecot line: its tag is `dovecot` (syslog) or `imap-login`/`pop3-login`/
/// `submission-login` (Dovecot's own log file).
pub fn line(h: &Header, sink: &mut dyn Sink) -> Outcome {
    let (process, message) = if h.tag == b"dovecot" {
        match memmem::find(h.message, b": ") {
            Some(i) => (&h.message[..i], &h.message[i + 2..]),
            None => return Outcome::Ignored,
        }
    } else {
        (h.tag, h.message)
    };
    let service = match process {
        b"imap-login" => Service::Imap,
        b"pop3-login" => Service::Pop3,
        b"submission-login" => Service::Submission,
        _ => return Outcome::Ignored,
    };
    let mut message = message;
    for level in [&b"Info: "[..], b"Warning: ", b"Error: "] {
        if let Some(m) = message.strip_prefix(level) {
            message = m;
            break;
        }
    }
    let (login, elements) = if let Some(rest) = message.strip_prefix(b"Login: ") {
        (Login::Ok, rest)
    } else {
        // `Disconnected (…): elements`, `Aborted login (…): elements`,
        // `Disconnected: Connection closed (…): elements`.
        let Some(close) = memmem::find(message, b"): ") else {
            return Outcome::Ignored;
        };
        let reason = &message[..close];
        let failed = [
            &b"(auth failed"[..],
            b"disallowed plaintext auth",
            b"(user disabled",
            b"(password expired",
        ]
        .iter()
        .any(|k| memmem::find(reason, k).is_some());
        (
            if failed { Login::Failed } else { Login::None },
            &message[close + 3..],
        )
    };
    let mut s = Session::new(h.time, service);
    s.server = String::from_utf8_lossy(h.host).into_owned();
    s.login = login;
    for element in elements.split(|&c| c == b',') {
        let e = element.trim_ascii();
        if let Some(u) = e.strip_prefix(b"user=<") {
            s.account = account(u.strip_suffix(b">").unwrap_or(u));
        } else if let Some(ip) = e.strip_prefix(b"rip=") {
            s.client_ip = parse_ip(ip);
        } else if let Some(ip) = e.strip_prefix(b"lip=") {
            s.local_ip = parse_ip(ip);
        } else if let Some(port) = e.strip_prefix(b"lport=") {
            let port = std::str::from_utf8(port).ok().and_then(|p| p.parse().ok());
            if let Some(svc) = port.and_then(Service::from_port) {
                s.service = svc;
            }
        } else if e == b"TLS" || e.starts_with(b"TLS handshaking") || e.starts_with(b"TLS: ") {
            if s.tls == TlsSeen::Plain {
                s.tls = TlsSeen::TlsUnknown;
            }
        } else if e.starts_with(b"TLSv") || e.starts_with(b"SSLv") {
            // %k: `TLSv1.2 with cipher NAME (256/256 bits)`
            let sp = e.iter().position(|&c| c == b' ').unwrap_or(e.len());
            if let Some(v) = TlsSeen::from_openssl(&e[..sp]) {
                s.tls = v;
            }
            if let Some(c) = memmem::find(e, b" with cipher ") {
                let c = &e[c + 13..];
                let end = c.iter().position(|&b| b == b' ').unwrap_or(c.len());
                s.cipher = String::from_utf8_lossy(&c[..end]).into_owned();
            }
        }
    }
    sink.session(&s);
    Outcome::Used
}

#[cfg(test)]
mod tests {
    use super::super::event::{Login, Service, TlsSeen};
    use super::super::testing::read;

    #[test]
    fn logins_and_failures() {
        let log = "\
Dec  7 10:00:00 mail1 dovecot: imap-login: Login: user=<bob@aoi.example.jp>, method=PLAIN, rip=192.0.2.20, lip=198.51.100.1, mpid=1234, TLS, session=<abc>
Dec  7 10:00:01 mail1 dovecot: pop3-login: Login: user=<carol>, method=PLAIN, rip=192.0.2.21, lip=198.51.100.1, mpid=1235, session=<abd>
Dec  7 10:00:02 mail1 dovecot: imap-login: Disconnected (auth failed, 1 attempts in 2 secs): user=<bob@aoi.example.jp>, method=PLAIN, rip=203.0.113.9, lip=198.51.100.1, TLS, session=<abe>
Dec 07 10:00:03 imap-login: Info: Login: user=<dave>, method=PLAIN, rip=127.0.0.1, lip=127.0.0.1, mpid=99, lport=993, TLS, TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits), session=<x>
Dec 07 10:00:04 pop3-login: Info: Disconnected (no auth attempts in 0 secs): user=<>, rip=127.0.0.1, lip=127.0.0.1, secured, session=<y>
Dec 07 10:00:05 imap(dave)<99><x>: Info: Logged out in=10 out=20
Dec  7 10:00:06 mail1 dovecot: auth: passwd-file(eve,192.0.2.1): unknown user
";
        let c = read(log);
        assert_eq!(c.sessions.len(), 5);
        let s = &c.sessions;
        assert_eq!(s[0].account, "bob@aoi.example.jp");
        assert_eq!(
            (s[0].service, s[0].tls, s[0].login),
            (Service::Imap, TlsSeen::TlsUnknown, Login::Ok)
        );
        assert_eq!(s[0].local_ip.unwrap().to_string(), "198.51.100.1");
        assert_eq!((s[1].service, s[1].tls), (Service::Pop3, TlsSeen::Plain));
        assert_eq!(
            (s[2].login, s[2].client_ip.unwrap().to_string().as_str()),
            (Login::Failed, "203.0.113.9")
        );
        assert_eq!(
            (s[3].tls, s[3].cipher.as_str(), s[3].server.as_str()),
            (TlsSeen::Tls13, "TLS_AES_256_GCM_SHA384", "")
        );
        assert_eq!(s[4].login, Login::None);
        assert_eq!(s[4].account, "");
        assert_eq!(c.stats.ignored, 2);
        assert_eq!(c.stats.unknown, 0);
    }
}
