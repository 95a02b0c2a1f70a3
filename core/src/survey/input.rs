//! Bytes in, events out: the part every face shares. The caller reads its files (the CLI) or
//! its `File` slices (the browser's worker) and hands the bytes over in chunks of any size;
//! gzip is detected by its magic bytes (`1f 8b`) and undone here (flate2, several members
//! allowed, as `gzip -c a b >` and logrotate make them), lines are split, and each line goes to
//! the reader of its kind. Memory stays flat: one partial line, one decompressed chunk, and the
//! readers' small joining tables.

use super::cloud_csv::{CloudCsv, Mapping};
use super::event::{Message, Session};
use super::postfix::{Outcome, Postfix};
use super::syslog;
use super::time::Clock;
use super::{dovecot, Sink};
use flate2::write::MultiGzDecoder;
use memchr::memchr;
use serde::Serialize;
use std::io::Write;

/// A line longer than this is cut (and counted as unknown): memory stays bounded on a file
/// that is not a log at all.
pub const MAX_LINE: usize = 64 * 1024;

/// What kind of input the files are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Format {
    /// Server logs: Postfix and Dovecot lines, mixed or not (`/var/log/mail.log`).
    Logs,
    /// A cloud service's CSV export through a column mapping.
    Csv(Mapping),
}

/// Counts of what was read (summed over every input).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Stats {
    /// Bytes of log text (after gzip).
    pub bytes: u64,
    /// Lines (or CSV rows) read.
    pub lines: u64,
    /// Lines whose facts went into a session or a message.
    pub used: u64,
    /// Lines of a known form the surveys do not need (other Postfix programs, other syslog
    /// programs, Dovecot's mail processes).
    pub ignored: u64,
    /// Lines (rows) not understood: no timestamp, no tag, a CSV row without time or user.
    pub unknown: u64,
    pub sessions: u64,
    pub messages: u64,
    /// Events more than a minute earlier than one already read (files out of order).
    pub backwards: u64,
    /// Sessions over TLS whose version the log does not give (Dovecot without `%k`).
    pub tls_version_unknown: u64,
    /// First and last event time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last: Option<i64>,
}

struct Counting<'a> {
    inner: &'a mut dyn Sink,
    stats: &'a mut Stats,
    latest: &'a mut i64,
}

impl Counting<'_> {
    fn time(&mut self, t: i64) {
        if self.stats.first.is_none_or(|f| t < f) {
            self.stats.first = Some(t);
        }
        if self.stats.last.is_none_or(|l| t > l) {
            self.stats.last = Some(t);
        }
        if t + 60 < *self.latest {
            self.stats.backwards += 1;
        }
        *self.latest = (*self.latest).max(t);
    }
}

impl Sink for Counting<'_> {
    fn session(&mut self, s: &Session) {
        self.stats.sessions += 1;
        if s.tls == super::event::TlsSeen::TlsUnknown {
            self.stats.tls_version_unknown += 1;
        }
        self.time(s.time);
        self.inner.session(s);
    }

    fn message(&mut self, m: &Message) {
        self.stats.messages += 1;
        self.time(m.time);
        self.inner.message(m);
    }
}

/// The input's compression, found from its first bytes.
enum Decode {
    /// Not yet known (fewer than two bytes seen).
    Unknown(Vec<u8>),
    Plain,
    Gzip(Box<MultiGzDecoder<Vec<u8>>>),
    /// The gzip stream is broken: the rest of this input is skipped.
    Broken,
}

/// Reads inputs one after another.
pub struct Reader {
    clock: Clock,
    csv: Option<CloudCsv>,
    postfix: Postfix,
    decode: Decode,
    carry: Vec<u8>,
    /// The current line was cut at [`MAX_LINE`]: skip to its end.
    skipping: bool,
    latest: i64,
    stats: Stats,
    /// Problems that stop an input (a broken gzip stream, a CSV header that does not fit).
    problems: Vec<String>,
}

impl Reader {
    pub fn new(format: Format, clock: Clock) -> Reader {
        Reader {
            clock,
            csv: match format {
                Format::Logs => None,
                Format::Csv(m) => Some(CloudCsv::new(m)),
            },
            postfix: Postfix::new(),
            decode: Decode::Unknown(Vec::new()),
            carry: Vec::new(),
            skipping: false,
            latest: i64::MIN,
            stats: Stats::default(),
            problems: Vec::new(),
        }
    }

    pub fn stats(&self) -> &Stats {
        &self.stats
    }

    /// What stopped an input, in English (for the CLI's stderr and the page).
    pub fn problems(&self) -> &[String] {
        &self.problems
    }

    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    /// Reads the next bytes of the current input.
    pub fn feed(&mut self, bytes: &[u8], sink: &mut dyn Sink) {
        match &mut self.decode {
            Decode::Unknown(head) => {
                head.extend_from_slice(bytes);
                if head.len() < 2 {
                    return;
                }
                let head = std::mem::take(head);
                self.decode = if head[..2] == [0x1f, 0x8b] {
                    Decode::Gzip(Box::new(MultiGzDecoder::new(Vec::with_capacity(1 << 20))))
                } else {
                    Decode::Plain
                };
                self.feed(&head, sink);
            }
            Decode::Plain => self.text(bytes, sink),
            Decode::Gzip(_) => {
                let Decode::Gzip(mut gz) = std::mem::replace(&mut self.decode, Decode::Broken)
                else {
                    return;
                };
                // Decompress in slices so that one chunk never becomes a huge buffer.
                for piece in bytes.chunks(64 * 1024) {
                    if let Err(e) = gz.write_all(piece) {
                        self.problems.push(format!("gzip: {e}"));
                        return;
                    }
                    let mut out = std::mem::take(gz.get_mut());
                    self.text(&out, sink);
                    out.clear();
                    *gz.get_mut() = out;
                }
                self.decode = Decode::Gzip(gz);
            }
            Decode::Broken => {}
        }
    }

    /// The end of the current input (a file): its last line, its CSV rows; the next `feed`
    /// starts a new input (its own gzip detection, its own CSV header).
    pub fn end_input(&mut self, sink: &mut dyn Sink) {
        match std::mem::replace(&mut self.decode, Decode::Unknown(Vec::new())) {
            Decode::Unknown(head) if !head.is_empty() => self.text(&head, sink),
            Decode::Gzip(mut gz) => match gz.try_finish() {
                Ok(()) => {
                    let out = std::mem::take(gz.get_mut());
                    self.text(&out, sink);
                }
                Err(e) => self.problems.push(format!("gzip: {e}")),
            },
            _ => {}
        }
        if !self.carry.is_empty() {
            let line = std::mem::take(&mut self.carry);
            self.line(&line, sink);
        }
        self.skipping = false;
        if let Some(csv) = &mut self.csv {
            let mut counting = Counting {
                inner: sink,
                stats: &mut self.stats,
                latest: &mut self.latest,
            };
            if let Some(e) = csv.finish(&mut self.clock, &mut counting) {
                self.problems.push(e.to_string());
            }
            self.stats.lines = csv.rows;
            self.stats.unknown = csv.bad_rows;
            self.stats.used = csv.rows - csv.bad_rows;
        }
        self.clock.reset();
    }

    /// The end of everything: sessions still open are handed on.
    pub fn finish(&mut self, sink: &mut dyn Sink) {
        let mut counting = Counting {
            inner: sink,
            stats: &mut self.stats,
            latest: &mut self.latest,
        };
        self.postfix.finish(&mut counting);
    }

    fn text(&mut self, mut bytes: &[u8], sink: &mut dyn Sink) {
        self.stats.bytes += bytes.len() as u64;
        if let Some(csv) = &mut self.csv {
            let mut counting = Counting {
                inner: sink,
                stats: &mut self.stats,
                latest: &mut self.latest,
            };
            csv.feed(bytes, &mut self.clock, &mut counting);
            return;
        }
        // The rest of a line begun in an earlier chunk.
        if !self.carry.is_empty() || self.skipping {
            match memchr(b'\n', bytes) {
                Some(nl) => {
                    if !self.skipping {
                        self.carry.extend_from_slice(&bytes[..nl]);
                        let line = std::mem::take(&mut self.carry);
                        self.line(&line, sink);
                        self.carry = line;
                        self.carry.clear();
                    }
                    self.skipping = false;
                    bytes = &bytes[nl + 1..];
                }
                None => {
                    self.append(bytes, sink);
                    return;
                }
            }
        }
        while let Some(nl) = memchr(b'\n', bytes) {
            self.line(&bytes[..nl], sink);
            bytes = &bytes[nl + 1..];
        }
        self.append(bytes, sink);
    }

    fn append(&mut self, bytes: &[u8], sink: &mut dyn Sink) {
        if self.skipping {
            return;
        }
        if self.carry.len() + bytes.len() > MAX_LINE {
            let line = std::mem::take(&mut self.carry);
            let mut cut = line;
            cut.extend_from_slice(&bytes[..MAX_LINE.saturating_sub(cut.len()).min(bytes.len())]);
            self.line(&cut, sink);
            self.skipping = true;
            return;
        }
        self.carry.extend_from_slice(bytes);
    }

    fn line(&mut self, line: &[u8], sink: &mut dyn Sink) {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.is_empty() {
            return;
        }
        self.stats.lines += 1;
        let Some(h) = syslog::parse(&mut self.clock, line) else {
            self.stats.unknown += 1;
            return;
        };
        let mut counting = Counting {
            inner: sink,
            stats: &mut self.stats,
            latest: &mut self.latest,
        };
        let outcome = if h.tag.starts_with(b"postfix") {
            self.postfix.line(&h, &mut counting)
        } else if h.tag == b"dovecot" || h.tag.ends_with(b"-login") {
            dovecot::line(&h, &mut counting)
        } else {
            Outcome::Ignored
        };
        match outcome {
            Outcome::Used => self.stats.used += 1,
            Outcome::Ignored => self.stats.ignored += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::survey::testing::Collected;
    use crate::survey::time::{Year, DEFAULT_OFFSET};
    use std::io::Write;

    const LOG: &str = "\
Dec  7 10:00:00 mail1 dovecot: imap-login: Login: user=<a>, method=PLAIN, rip=192.0.2.1, lip=192.0.2.2, mpid=1, TLS, session=<s>\r
Dec  7 10:00:01 mail1 dovecot: pop3-login: Login: user=<b>, method=PLAIN, rip=192.0.2.3, lip=192.0.2.2, mpid=2, session=<t>
Dec  7 10:00:02 mail1 CRON[5]: (root) CMD (true)
garbage
Dec  7 10:00:03 mail1 dovecot: imap-login: Login: user=<c>, method=PLAIN, rip=192.0.2.4, lip=192.0.2.2, mpid=3, TLS, session=<u>";

    fn read_in_pieces(bytes: &[u8], piece: usize) -> (Collected, Stats) {
        let mut r = Reader::new(Format::Logs, Clock::new(Year::Fixed(2026), DEFAULT_OFFSET));
        let mut c = Collected::default();
        for p in bytes.chunks(piece) {
            r.feed(p, &mut c);
        }
        r.end_input(&mut c);
        r.finish(&mut c);
        (c, *r.stats())
    }

    #[test]
    fn chunk_size_does_not_matter_and_gzip_is_found_by_its_magic() {
        let (whole, stats) = read_in_pieces(LOG.as_bytes(), 1 << 20);
        assert_eq!(whole.sessions.len(), 3);
        assert_eq!(whole.sessions[2].account, "c");
        assert_eq!(
            (stats.lines, stats.used, stats.ignored, stats.unknown),
            (5, 3, 1, 1)
        );
        assert_eq!(stats.tls_version_unknown, 2);
        for piece in [1, 2, 3, 17, 100] {
            let (c, s) = read_in_pieces(LOG.as_bytes(), piece);
            assert_eq!(c.sessions, whole.sessions, "piece {piece}");
            assert_eq!(s, stats);
        }
        // Two gzip members, as `cat a.gz b.gz` makes.
        let mut gz = Vec::new();
        for half in [&LOG[..200], &LOG[200..]] {
            let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            e.write_all(half.as_bytes()).unwrap();
            gz.extend(e.finish().unwrap());
        }
        for piece in [1, 5, 4096] {
            let (c, s) = read_in_pieces(&gz, piece);
            assert_eq!(c.sessions, whole.sessions, "gzip piece {piece}");
            assert_eq!(s, stats);
        }
    }

    #[test]
    fn a_broken_gzip_stream_is_a_problem_not_a_panic() {
        let mut r = Reader::new(Format::Logs, Clock::new(Year::Fixed(2026), 0));
        let mut c = Collected::default();
        r.feed(
            &[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xff, 0xff, 0xff],
            &mut c,
        );
        r.end_input(&mut c);
        assert!(!r.problems().is_empty());
    }

    #[test]
    fn an_endless_line_is_cut() {
        let mut r = Reader::new(Format::Logs, Clock::new(Year::Fixed(2026), 0));
        let mut c = Collected::default();
        let junk = vec![b'x'; 10_000];
        for _ in 0..100 {
            r.feed(&junk, &mut c);
        }
        r.feed(b"\n", &mut c);
        r.feed(LOG.as_bytes(), &mut c);
        r.end_input(&mut c);
        assert_eq!(r.stats().unknown, 2);
        assert_eq!(c.sessions.len(), 3);
    }
}
