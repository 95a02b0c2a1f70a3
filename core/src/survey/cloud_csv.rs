//! A cloud mail service's CSV export (a sign-in log, or a message trace), read through a
//! column mapping: `user=UserPrincipalName,ip=IPAddress,time=CreatedDateTime,status=Status`.
//!
//! Keys of the mapping (each names a column of the header row):
//! - `time` (required): ISO 8601 / RFC 3339, `YYYY-MM-DD HH:MM:SS`, or `M/D/YYYY h:mm:ss AM`;
//!   without an offset, the clock's zone;
//! - `user` (required): the account (a message trace's sender);
//! - `ip`: the client address; `app`: the client app (shown as the client name);
//! - `status`: success when the cell is `Success`, `Succeeded`, `0`, `OK`, `Delivered`,
//!   `Expanded`, `True` or empty; anything else is a failed sign-in;
//! - `service`: the protocol (`IMAP4`, `POP3`, `Authenticated SMTP`, `SMTP`…);
//! - `tls`: the TLS version (`TLS1.2`, `TLSv1.2`, `1.2`); `local`: the server address;
//!   `server`: the server name;
//! - message traces: `message` (the message id; rows with the same id are one message),
//!   `recipients` (a count per row) or `recipient` (one recipient per row).
//!
//! With `message`, `recipients` or `recipient` mapped the rows are messages, otherwise
//! sign-ins. Exports are often newest first: rows are put in time order in blocks of
//! [`BLOCK`] rows (and messages are joined within a block), so memory stays bounded.

use super::event::{Login, Message, Service, Session, TlsSeen};
use super::postfix::{account, parse_ip};
use super::time::Clock;
use super::Sink;

/// Rows sorted (and joined) together.
pub const BLOCK: usize = 100_000;

const KEYS: [&str; 12] = [
    "time",
    "user",
    "ip",
    "app",
    "status",
    "service",
    "tls",
    "local",
    "server",
    "message",
    "recipients",
    "recipient",
];

/// A parsed `--map`: key → column name.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Mapping {
    pairs: Vec<(&'static str, String)>,
}

/// Why a mapping or a header does not fit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MapError {
    /// `key=Column` expected.
    Syntax(String),
    UnknownKey(String),
    /// `time` or `user` not mapped.
    Missing(&'static str),
    /// A mapped column is not in the header; the header's columns follow.
    NoColumn {
        column: String,
        header: Vec<String>,
    },
}

impl std::fmt::Display for MapError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MapError::Syntax(p) => write!(f, "--map: `{p}` is not KEY=COLUMN"),
            MapError::UnknownKey(k) => {
                write!(f, "--map: unknown key `{k}` (known: {})", KEYS.join(", "))
            }
            MapError::Missing(k) => write!(f, "--map: `{k}=COLUMN` is required"),
            MapError::NoColumn { column, header } => write!(
                f,
                "column `{column}` is not in the CSV header (it has: {})",
                header.join(", ")
            ),
        }
    }
}

impl Mapping {
    /// Reads `key=Column,key=Column`.
    pub fn parse(text: &str) -> Result<Mapping, MapError> {
        let mut pairs = Vec::new();
        for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (k, v) = part
                .split_once('=')
                .ok_or_else(|| MapError::Syntax(part.to_string()))?;
            let (k, v) = (k.trim().to_ascii_lowercase(), v.trim());
            let key = KEYS
                .iter()
                .find(|known| **known == k)
                .ok_or(MapError::UnknownKey(k.clone()))?;
            if v.is_empty() {
                return Err(MapError::Syntax(part.to_string()));
            }
            pairs.push((*key, v.to_string()));
        }
        for required in ["time", "user"] {
            if !pairs.iter().any(|(k, _)| *k == required) {
                return Err(MapError::Missing(required));
            }
        }
        Ok(Mapping { pairs })
    }

    fn messages(&self) -> bool {
        self.pairs
            .iter()
            .any(|(k, _)| matches!(*k, "message" | "recipients" | "recipient"))
    }
}

/// Column indexes of the mapped keys.
#[derive(Debug, Clone, Copy, Default)]
struct Columns {
    time: usize,
    user: usize,
    ip: Option<usize>,
    app: Option<usize>,
    status: Option<usize>,
    service: Option<usize>,
    tls: Option<usize>,
    local: Option<usize>,
    server: Option<usize>,
    message: Option<usize>,
    recipients: Option<usize>,
}

/// The CSV reader: bytes in, sessions or messages out.
pub struct CloudCsv {
    mapping: Mapping,
    reader: csv_core::Reader,
    out: Vec<u8>,
    ends: Vec<usize>,
    /// Bytes of a record started in an earlier chunk are kept in `out`/`ends` between calls.
    out_len: usize,
    ends_len: usize,
    columns: Option<Columns>,
    error: Option<MapError>,
    sessions: Vec<Session>,
    messages: super::Map<String, Message>,
    /// Rows read; rows that could not be read (no time, no user).
    pub rows: u64,
    pub bad_rows: u64,
}

fn tls_cell(text: &str) -> TlsSeen {
    let t = text.trim().to_ascii_lowercase().replace(['v', ' '], "");
    match t.trim_start_matches("tls") {
        "1.3" => TlsSeen::Tls13,
        "1.2" => TlsSeen::Tls12,
        "1.1" => TlsSeen::Tls11,
        "1" | "1.0" => TlsSeen::Tls10,
        "" | "none" | "no" => TlsSeen::Plain,
        _ if t.contains("ssl3") => TlsSeen::Ssl3,
        _ => TlsSeen::TlsUnknown,
    }
}

fn success(text: &str) -> bool {
    let t = text.trim().to_ascii_lowercase();
    t.is_empty()
        || t.starts_with("success")
        || matches!(
            t.as_str(),
            "0" | "ok" | "succeeded" | "delivered" | "expanded" | "true"
        )
}

impl CloudCsv {
    pub fn new(mapping: Mapping) -> CloudCsv {
        CloudCsv {
            mapping,
            reader: csv_core::Reader::new(),
            out: vec![0; 4096],
            ends: vec![0; 64],
            out_len: 0,
            ends_len: 0,
            columns: None,
            error: None,
            sessions: Vec::new(),
            messages: super::Map::default(),
            rows: 0,
            bad_rows: 0,
        }
    }

    /// Reads a chunk of the file.
    pub fn feed(&mut self, mut input: &[u8], clock: &mut Clock, sink: &mut dyn Sink) {
        use csv_core::ReadRecordResult as R;
        loop {
            if self.error.is_some() {
                return;
            }
            let (res, nin, nout, nend) = self.reader.read_record(
                input,
                &mut self.out[self.out_len..],
                &mut self.ends[self.ends_len..],
            );
            input = &input[nin..];
            self.out_len += nout;
            self.ends_len += nend;
            match res {
                R::InputEmpty => return,
                R::OutputFull => {
                    let n = self.out.len() * 2;
                    self.out.resize(n, 0);
                }
                R::OutputEndsFull => {
                    let n = self.ends.len() * 2;
                    self.ends.resize(n, 0);
                }
                R::Record => {
                    self.record(clock, sink);
                    self.out_len = 0;
                    self.ends_len = 0;
                }
                R::End => return,
            }
        }
    }

    /// The end of the file: the last record, then every row kept for sorting. Returns what
    /// stopped this file, if anything; the next file starts with its own header.
    pub fn finish(&mut self, clock: &mut Clock, sink: &mut dyn Sink) -> Option<MapError> {
        self.feed(&[], clock, sink);
        self.flush(sink);
        self.reader.reset();
        self.columns = None;
        self.out_len = 0;
        self.ends_len = 0;
        self.error.take()
    }

    fn field(&self, i: usize) -> &str {
        if i >= self.ends_len {
            return "";
        }
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        std::str::from_utf8(&self.out[start..self.ends[i]]).unwrap_or("")
    }

    fn record(&mut self, clock: &mut Clock, sink: &mut dyn Sink) {
        let Some(c) = self.columns else {
            self.header();
            return;
        };
        self.rows += 1;
        let time = clock.any(self.field(c.time));
        let user = self.field(c.user).trim();
        let (Some(time), false) = (time, user.is_empty()) else {
            self.bad_rows += 1;
            return;
        };
        let user = account(user.as_bytes());
        let ip = c.ip.and_then(|i| parse_ip(self.field(i).trim().as_bytes()));
        let service = c
            .service
            .and_then(|i| Service::from_name(self.field(i)))
            .unwrap_or(Service::Cloud);
        if self.mapping.messages() {
            let count = match c.recipients {
                Some(i) => self.field(i).trim().parse().unwrap_or(1),
                None => 1,
            };
            let id = match c.message {
                Some(i) => self.field(i).trim().to_string(),
                None => format!("row-{}", self.rows),
            };
            if self.messages.len() >= BLOCK && !self.messages.contains_key(&id) {
                self.flush(sink);
            }
            let m = self.messages.entry(id).or_insert_with(|| Message {
                time,
                service,
                account: user,
                client_ip: ip,
                recipients: 0,
            });
            m.recipients = m.recipients.saturating_add(count);
            m.time = m.time.min(time);
            return;
        }
        let mut s = Session::new(time, service);
        s.account = user;
        s.client_ip = ip;
        s.login = if c.status.is_none_or(|i| success(self.field(i))) {
            Login::Ok
        } else {
            Login::Failed
        };
        s.tls = c
            .tls
            .map_or(TlsSeen::NotLogged, |i| tls_cell(self.field(i)));
        if let Some(i) = c.app {
            s.client_name = self.field(i).trim().to_string();
        }
        if let Some(i) = c.local {
            s.local_ip = parse_ip(self.field(i).trim().as_bytes());
        }
        if let Some(i) = c.server {
            s.server = self.field(i).trim().to_string();
        }
        self.sessions.push(s);
        if self.sessions.len() >= BLOCK {
            self.flush(sink);
        }
    }

    fn header(&mut self) {
        let header: Vec<String> = (0..self.ends_len)
            .map(|i| self.field(i).trim().to_string())
            .collect();
        let find = |key: &str| -> Result<Option<usize>, MapError> {
            let Some((_, column)) = self.mapping.pairs.iter().find(|(k, _)| *k == key) else {
                return Ok(None);
            };
            header
                .iter()
                .position(|h| h.eq_ignore_ascii_case(column))
                .map(Some)
                .ok_or_else(|| MapError::NoColumn {
                    column: column.clone(),
                    header: header.clone(),
                })
        };
        let columns = (|| {
            Ok::<_, MapError>(Columns {
                time: find("time")?.unwrap_or(0),
                user: find("user")?.unwrap_or(0),
                ip: find("ip")?,
                app: find("app")?,
                status: find("status")?,
                service: find("service")?,
                tls: find("tls")?,
                local: find("local")?,
                server: find("server")?,
                message: find("message")?,
                recipients: find("recipients")?.or(find("recipient")?),
            })
        })();
        match columns {
            Ok(c) => self.columns = Some(c),
            Err(e) => self.error = Some(e),
        }
    }

    fn flush(&mut self, sink: &mut dyn Sink) {
        let mut sessions = std::mem::take(&mut self.sessions);
        sessions.sort_by_key(|s| s.time);
        for s in &sessions {
            sink.session(s);
        }
        let mut messages: Vec<Message> = self.messages.drain().map(|(_, m)| m).collect();
        messages.sort_by(|a, b| (a.time, &a.account).cmp(&(b.time, &b.account)));
        for m in &messages {
            sink.message(m);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::survey::testing::Collected;
    use crate::survey::time::{Year, DEFAULT_OFFSET};

    fn run(map: &str, csv: &str) -> (Collected, Option<MapError>) {
        let mut clock = Clock::new(Year::Fixed(2026), DEFAULT_OFFSET);
        let mut r = CloudCsv::new(Mapping::parse(map).unwrap());
        let mut c = Collected::default();
        // In awkward pieces, to cross record boundaries.
        for chunk in csv.as_bytes().chunks(7) {
            r.feed(chunk, &mut clock, &mut c);
        }
        let err = r.finish(&mut clock, &mut c);
        (c, err)
    }

    #[test]
    fn sign_ins_newest_first_come_out_in_time_order() {
        let csv = "\u{feff}CreatedDateTime,UserPrincipalName,IPAddress,ClientAppUsed,Status\n\
                   2026-12-07T10:05:00Z,Bob@aoi.example.jp,52.96.56.197,\"Outlook, new\",Success\n\
                   2026-12-07T10:00:00Z,bob@aoi.example.jp,203.0.113.5,IMAP4,Failure\n\
                   ,nobody,1.2.3.4,x,Success\n";
        let (c, err) = run(
            "time=CreatedDateTime, user=UserPrincipalName,ip=IPAddress,app=ClientAppUsed,status=Status",
            csv,
        );
        assert!(err.is_none());
        assert_eq!(c.sessions.len(), 2);
        assert_eq!(c.sessions[0].login, Login::Failed);
        assert_eq!(c.sessions[1].client_name, "Outlook, new");
        assert_eq!(c.sessions[1].account, "bob@aoi.example.jp");
        assert_eq!(c.sessions[1].tls, TlsSeen::NotLogged);
        assert!(c.sessions[0].time < c.sessions[1].time);
    }

    #[test]
    fn message_trace_rows_are_joined_by_message_id() {
        let csv = "Received,SenderAddress,RecipientAddress,MessageId,FromIP\n\
                   12/7/2026 10:00:00 AM,a@aoi.example.jp,x@example.net,<m1>,192.0.2.1\n\
                   12/7/2026 10:00:00 AM,a@aoi.example.jp,y@example.net,<m1>,192.0.2.1\n\
                   12/7/2026 10:01:00 AM,a@aoi.example.jp,z@example.net,<m2>,192.0.2.1\n";
        let (c, _) = run(
            "time=Received,user=SenderAddress,recipient=RecipientAddress,message=MessageId,ip=FromIP",
            csv,
        );
        assert_eq!(c.messages.len(), 2);
        assert_eq!(c.messages[0].recipients, 2);
        assert_eq!(c.messages[1].recipients, 1);
    }

    #[test]
    fn a_missing_column_is_a_clear_error() {
        let (c, err) = run("time=When,user=Who", "A,B\n1,2\n");
        assert!(c.sessions.is_empty());
        let err = err.unwrap().to_string();
        assert!(err.contains("`When`") && err.contains("A, B"), "{err}");
        assert!(matches!(
            Mapping::parse("time=A"),
            Err(MapError::Missing("user"))
        ));
        assert!(matches!(
            Mapping::parse("time=A,user=B,colour=C"),
            Err(MapError::UnknownKey(_))
        ));
    }
}
