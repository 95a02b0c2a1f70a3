//! Large synthetic mail logs in the formats the readers take, for the speed and memory figures
//! (`scripts/bench-survey`, the `mail-doctor-loggen` binary). Deterministic: the same seed
//! gives the same bytes.
//!
//! The mix follows a small ISP's `/var/log/mail.log`: customers submitting on 587/465 with
//! SASL (most over TLS 1.2/1.3, a few over TLS 1.0, a few devices on port 25 without TLS),
//! other servers delivering on port 25, the cleanup/qmgr/smtp/lmtp lines of each message, some
//! refusals and failed sign-ins, and — with [`Mix::Mail`] — Dovecot's IMAP/POP logins. Addresses
//! are from the documentation ranges; names under example.jp/example.net.

use std::fmt::Write as _;

/// Which lines to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mix {
    /// Postfix only (the bench against pflogsumm).
    Postfix,
    /// Postfix and Dovecot in one syslog file.
    Mail,
}

/// SplitMix64: a tiny fixed generator, so the bytes never change with a crate's version.
#[derive(Debug, Clone)]
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Writes log lines on demand.
#[derive(Debug, Clone)]
pub struct Generator {
    rng: Rng,
    mix: Mix,
    /// Seconds since the start of the year (the log's clock, no zone).
    t: u64,
    next_pid: u32,
    next_queue: u64,
    accounts: u32,
}

const DAYS: [u64; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

impl Generator {
    /// `accounts`: how many customer accounts appear.
    pub fn new(seed: u64, mix: Mix, accounts: u32) -> Generator {
        Generator {
            rng: Rng(seed),
            mix,
            t: 0,
            next_pid: 1000,
            next_queue: 0x1_0000_0000,
            accounts: accounts.max(1),
        }
    }

    fn stamp(&self, out: &mut String, dt: u64) {
        let t = (self.t + dt) % (365 * 86_400);
        let (mut day, secs) = (t / 86_400, t % 86_400);
        let mut month = 0;
        while day >= DAYS[month] {
            day -= DAYS[month];
            month += 1;
        }
        let _ = write!(
            out,
            "{} {:>2} {:02}:{:02}:{:02} mail1 ",
            MONTHS[month],
            day + 1,
            secs / 3600,
            secs % 3600 / 60,
            secs % 60
        );
    }

    fn pid(&mut self) -> u32 {
        self.next_pid = if self.next_pid > 60_000 {
            1000
        } else {
            self.next_pid + 1
        };
        self.next_pid
    }

    fn queue_id(&mut self) -> String {
        self.next_queue += 1 + self.rng.below(7);
        format!("{:X}", self.next_queue)
    }

    fn account(&mut self) -> (u32, String) {
        let n = self.rng.below(u64::from(self.accounts)) as u32;
        (n, format!("user{n}@aoi.example.jp"))
    }

    /// The customer's address: mostly the ISP's network, some from elsewhere.
    fn customer_ip(&mut self, n: u32) -> String {
        if self.rng.chance(90) {
            format!("198.51.100.{}", n % 250 + 1)
        } else {
            format!(
                "2001:db8:{:x}::{:x}",
                0x100 + self.rng.below(4000),
                n % 65_000 + 1
            )
        }
    }

    fn tls_line(&mut self, out: &mut String, tag: &str, pid: u32, client: &str, dt: u64) {
        let (v, c) = match self.rng.below(100) {
            0..=3 => ("TLSv1", "ECDHE-RSA-AES256-SHA"),
            4..=5 => ("TLSv1.1", "ECDHE-RSA-AES256-SHA"),
            6..=60 => ("TLSv1.2", "ECDHE-RSA-AES256-GCM-SHA384"),
            _ => ("TLSv1.3", "TLS_AES_256_GCM_SHA384"),
        };
        self.stamp(out, dt);
        let _ = writeln!(
            out,
            "{tag}[{pid}]: Anonymous TLS connection established from {client}: {v} with cipher {c} (256/256 bits)"
        );
    }

    /// The lines of one message after `client=`: cleanup, qmgr, deliveries, removed.
    fn message_lines(&mut self, out: &mut String, qid: &str, from: &str, nrcpt: u32, dt: u64) {
        let cpid = self.pid();
        self.stamp(out, dt);
        let _ = writeln!(
            out,
            "postfix/cleanup[{cpid}]: {qid}: message-id=<{}.{qid}@aoi.example.jp>",
            self.rng.below(1 << 40)
        );
        self.stamp(out, dt);
        let _ = writeln!(
            out,
            "postfix/qmgr[900]: {qid}: from=<{from}>, size={}, nrcpt={nrcpt} (queue active)",
            500 + self.rng.below(200_000)
        );
        let spid = self.pid();
        for r in 0..nrcpt.min(3) {
            self.stamp(out, dt + 1);
            let _ = writeln!(
                out,
                "postfix/smtp[{spid}]: {qid}: to=<rcpt{r}.{}@example.net>, relay=mx.example.net[203.0.113.25]:25, delay=0.{}, delays=0.01/0/0.05/0.1, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as {:X})",
                self.rng.below(100_000),
                self.rng.below(10),
                self.rng.below(1 << 36)
            );
        }
        self.stamp(out, dt + 1);
        let _ = writeln!(out, "postfix/qmgr[900]: {qid}: removed");
    }

    fn submission(&mut self, out: &mut String) {
        let (n, user) = self.account();
        let ip = self.customer_ip(n);
        let client = format!("unknown[{ip}]");
        let pid = self.pid();
        let tag = if self.rng.chance(70) {
            "postfix/submission/smtpd"
        } else {
            "postfix/smtps/smtpd"
        };
        self.stamp(out, 0);
        let _ = writeln!(out, "{tag}[{pid}]: connect from {client}");
        self.tls_line(out, tag, pid, &client, 0);
        if self.rng.chance(3) {
            self.stamp(out, 1);
            let _ = writeln!(
                out,
                "{tag}[{pid}]: warning: {client}: SASL LOGIN authentication failed: UGFzc3dvcmQ6"
            );
            self.stamp(out, 2);
            let _ = writeln!(
                out,
                "{tag}[{pid}]: disconnect from {client} ehlo=1 auth=0/1 quit=1 commands=2/3"
            );
            return;
        }
        let messages = 1 + self.rng.below(3) as u32;
        for _ in 0..messages {
            let qid = self.queue_id();
            self.stamp(out, 1);
            let _ = writeln!(
                out,
                "{tag}[{pid}]: {qid}: client={client}, sasl_method=PLAIN, sasl_username={user}"
            );
            let nrcpt = if self.rng.chance(1) {
                100 + self.rng.below(100) as u32
            } else {
                1 + self.rng.below(3) as u32
            };
            self.message_lines(out, &qid, &user, nrcpt, 1);
        }
        self.stamp(out, 2);
        let _ = writeln!(
            out,
            "{tag}[{pid}]: disconnect from {client} ehlo=2 starttls=1 auth=1 mail={messages} rcpt={messages} data={messages} quit=1 commands={}",
            messages * 3 + 4
        );
    }

    fn device_on_25(&mut self, out: &mut String) {
        let ip = format!("198.51.100.{}", 200 + self.rng.below(50));
        let client = format!("printer{}.example.jp[{ip}]", self.rng.below(50));
        let pid = self.pid();
        self.stamp(out, 0);
        let _ = writeln!(out, "postfix/smtpd[{pid}]: connect from {client}");
        let qid = self.queue_id();
        self.stamp(out, 0);
        let _ = writeln!(out, "postfix/smtpd[{pid}]: {qid}: client={client}");
        self.message_lines(out, &qid, "scanner@aoi.example.jp", 1, 0);
        self.stamp(out, 1);
        let _ = writeln!(
            out,
            "postfix/smtpd[{pid}]: disconnect from {client} ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5"
        );
    }

    fn inbound(&mut self, out: &mut String) {
        let ip = format!("203.0.113.{}", 1 + self.rng.below(250));
        let client = format!("mx{}.example.net[{ip}]", self.rng.below(1000));
        let pid = self.pid();
        self.stamp(out, 0);
        let _ = writeln!(out, "postfix/smtpd[{pid}]: connect from {client}");
        self.tls_line(out, "postfix/smtpd", pid, &client, 0);
        if self.rng.chance(15) {
            self.stamp(out, 1);
            let _ = writeln!(
                out,
                "postfix/smtpd[{pid}]: NOQUEUE: reject: RCPT from {client}: 550 5.1.1 <nobody@aoi.example.jp>: Recipient address rejected: User unknown in virtual mailbox table; from=<x@example.net> to=<nobody@aoi.example.jp> proto=ESMTP helo=<mx.example.net>"
            );
        } else {
            let qid = self.queue_id();
            self.stamp(out, 1);
            let _ = writeln!(out, "postfix/smtpd[{pid}]: {qid}: client={client}");
            let cpid = self.pid();
            self.stamp(out, 1);
            let _ = writeln!(
                out,
                "postfix/cleanup[{cpid}]: {qid}: message-id=<{}@example.net>",
                self.rng.below(1 << 40)
            );
            let (_, user) = self.account();
            self.stamp(out, 1);
            let _ = writeln!(
                out,
                "postfix/qmgr[900]: {qid}: from=<news@example.net>, size={}, nrcpt=1 (queue active)",
                1000 + self.rng.below(50_000)
            );
            self.stamp(out, 1);
            let _ = writeln!(
                out,
                "postfix/lmtp[{}]: {qid}: to=<{user}>, relay=mail1[private/dovecot-lmtp], delay=0.1, delays=0.05/0/0/0.05, dsn=2.0.0, status=sent (250 2.0.0 <{user}> Saved)",
                self.pid()
            );
            self.stamp(out, 1);
            let _ = writeln!(out, "postfix/qmgr[900]: {qid}: removed");
        }
        self.stamp(out, 2);
        let _ = writeln!(
            out,
            "postfix/smtpd[{pid}]: disconnect from {client} ehlo=1 starttls=1 mail=1 rcpt=1 data=1 quit=1 commands=6"
        );
    }

    fn dovecot_login(&mut self, out: &mut String) {
        let (n, user) = self.account();
        let ip = self.customer_ip(n);
        let pop = self.rng.chance(20);
        let service = if pop { "pop3-login" } else { "imap-login" };
        let tls = if self.rng.chance(95) { "TLS, " } else { "" };
        self.stamp(out, 0);
        let _ = writeln!(
            out,
            "dovecot: {service}: Login: user=<{user}>, method=PLAIN, rip={ip}, lip=192.0.2.200, mpid={}, {tls}session=<{:x}>",
            self.pid(),
            self.rng.next()
        );
        self.stamp(out, 30);
        let _ = writeln!(
            out,
            "dovecot: {}({user})<{}><x>: Logged out in=120 out=4000",
            if pop { "pop3" } else { "imap" },
            self.pid()
        );
    }

    /// Appends whole sessions to `out` until it holds at least `bytes` bytes.
    pub fn fill(&mut self, out: &mut String, bytes: usize) {
        while out.len() < bytes {
            self.t += self.rng.below(3);
            let k = self.rng.below(100);
            match (self.mix, k) {
                (Mix::Mail, 0..=29) => self.dovecot_login(out),
                (_, 0..=44) => self.submission(out),
                (_, 45..=47) => self.device_on_25(out),
                _ => self.inbound(out),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::survey::testing::read;

    #[test]
    fn the_same_seed_gives_the_same_log_and_every_line_is_read() {
        let mut a = String::new();
        Generator::new(7, Mix::Mail, 500).fill(&mut a, 200_000);
        let mut b = String::new();
        Generator::new(7, Mix::Mail, 500).fill(&mut b, 200_000);
        assert_eq!(a, b);
        let c = read(&a);
        assert_eq!(c.stats.unknown, 0);
        assert!(
            c.stats.sessions > 100 && c.stats.messages > 100,
            "{:?}",
            c.stats
        );
        assert_eq!(c.stats.backwards, 0);
    }
}
