//! The operator's log survey (issue 15): who a change will hit, who still uses the old
//! servers, which sign-ins come from where, and which sending breaks the profile's limits —
//! over whole server logs rather than one case.
//!
//! Sans-IO, streaming, line by line: the faces (the CLI, the browser's worker) read the files
//! and hand bytes to an [`input::Reader`], which finds gzip, splits lines and passes each to its
//! reader ([`postfix`], [`dovecot`], [`cloud_csv`]); the readers turn lines into
//! [`event::Session`]s and [`event::Message`]s; a [`Survey`] turns those into rows per account
//! (or per client address for devices that do not sign in). Memory is flat in the log's size:
//! it grows with accounts, not with lines.
//!
//! The surveys ([`Kind`]): [`tls`], [`ports`], [`retired`], [`origins`], [`sending`]. Each
//! row says what it counted; [`text`] holds every heading and definition in Japanese and
//! English; [`table`] renders rows as a text table or CSV. [`synthetic`] writes large logs in
//! the same formats for the speed figures.

pub mod cloud_csv;
pub mod dovecot;
pub mod event;
pub mod input;
pub mod origins;
pub mod ports;
pub mod postfix;
pub mod retired;
pub mod sending;
pub mod synthetic;
mod syslog;
pub mod table;
pub mod text;
pub mod time;
pub mod tls;

use crate::ipranges::Ranges;
use crate::lang::Lang;
use crate::profile::{IpNet, Profile, SendRate, Tls};
use event::{Login, Message, Session};
use input::Stats;
use serde::Serialize;
use std::collections::HashMap;
use std::net::IpAddr;

/// Where the readers hand their events.
pub trait Sink {
    fn session(&mut self, s: &Session);
    fn message(&mut self, m: &Message);
}

/// The five surveys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Who negotiates TLS below the floor (or no TLS).
    Tls,
    /// Who submits on port 25; who reads mail by POP.
    Ports,
    /// Who still connects to a retired server.
    Retired,
    /// Where each account signs in from; the takeover signal.
    Origins,
    /// Who sends over the recipients cap or the n-per-t window; burst-then-wait senders.
    Sending,
}

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::Tls,
        Kind::Ports,
        Kind::Retired,
        Kind::Origins,
        Kind::Sending,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Tls => "tls",
            Kind::Ports => "ports",
            Kind::Retired => "retired",
            Kind::Origins => "origins",
            Kind::Sending => "sending",
        }
    }

    pub fn parse(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == name.trim())
    }
}

/// Defaults of the survey settings.
pub const DEFAULT_WINDOW_MINUTES: u32 = 60;
pub const DEFAULT_BURST_MIN: u32 = 5;
pub const DEFAULT_BURST_GAP_SECONDS: u32 = 60;

/// What the surveys compare against: the profile's values and the operator's choices.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// The TLS floor (default: the profile's `min_tls`).
    pub floor: Tls,
    /// Origins: two sign-ins from different outside networks within this many minutes flag
    /// the account.
    pub window_minutes: u32,
    /// Sending: a burst is at least this many messages…
    pub burst_min: u32,
    /// …each within this many seconds of the one before.
    pub burst_gap_seconds: u32,
    /// The profile's `max_recipients_per_message`.
    pub max_recipients: Option<u32>,
    /// The profile's `send_rate`.
    pub send_rate: Option<SendRate>,
    /// The ISP's own access networks (the profile's `[isp] networks`).
    pub isp_networks: Vec<IpNet>,
    /// The profile's retired hosts (canonical) and IPs.
    pub retired_hosts: Vec<String>,
    pub retired_ips: Vec<IpAddr>,
    /// Every session in these logs went to a retired server (the old server's own logs).
    pub old_server: bool,
    /// List every account, not only those the survey flags.
    pub all: bool,
    /// List devices that do not sign in from any address, not only from the ISP's networks.
    pub all_clients: bool,
    /// Microsoft's cloud ranges.
    pub ranges: Ranges,
    /// Times are shown at this UTC offset (seconds).
    pub offset: i32,
}

impl Settings {
    /// The profile's TLS floor, limits, retired servers and networks (`[isp] networks`), with
    /// the defaults for the rest.
    pub fn new(profile: &Profile) -> Settings {
        let mut retired_hosts = Vec::new();
        let mut retired_ips = Vec::new();
        for r in &profile.retired {
            for h in &r.hosts {
                let h = crate::names::normalize_host(h);
                if !retired_hosts.contains(&h) {
                    retired_hosts.push(h);
                }
            }
            for ip in &r.ips {
                if !retired_ips.contains(ip) {
                    retired_ips.push(*ip);
                }
            }
        }
        Settings {
            floor: profile.policy.min_tls,
            window_minutes: DEFAULT_WINDOW_MINUTES,
            burst_min: DEFAULT_BURST_MIN,
            burst_gap_seconds: DEFAULT_BURST_GAP_SECONDS,
            max_recipients: profile.policy.max_recipients_per_message,
            send_rate: profile.policy.send_rate,
            isp_networks: profile.isp.networks.clone(),
            retired_hosts,
            retired_ips,
            old_server: false,
            all: false,
            all_clients: false,
            ranges: Ranges::builtin().clone(),
            offset: time::DEFAULT_OFFSET,
        }
    }

    pub fn in_isp(&self, ip: IpAddr) -> bool {
        self.isp_networks.iter().any(|n| n.contains(ip))
    }

    /// Whom a session is counted for: its account, else its client address when that is a
    /// device of the ISP's networks (or `all_clients`); `None`: not listed.
    fn who<'a>(&self, account: &'a str, client: Option<IpAddr>) -> Option<WhoRef<'a>> {
        if !account.is_empty() {
            return Some(WhoRef::Account(account));
        }
        let ip = client?;
        (self.all_clients || self.in_isp(ip)).then_some(WhoRef::Client(ip))
    }
}

/// A row's subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WhoRef<'a> {
    Account(&'a str),
    Client(IpAddr),
}

/// Per-subject aggregates: accounts and client addresses.
#[derive(Debug)]
struct Subjects<A> {
    accounts: Map<String, A>,
    clients: Map<IpAddr, A>,
}

/// Hash maps with a fast hasher (foldhash, randomly seeded).
pub(crate) type Map<K, V> = HashMap<K, V, foldhash::fast::RandomState>;

impl<A: Default> Subjects<A> {
    fn new() -> Self {
        Subjects {
            accounts: Map::default(),
            clients: Map::default(),
        }
    }

    fn get(&mut self, who: WhoRef) -> &mut A {
        match who {
            WhoRef::Account(a) => {
                if !self.accounts.contains_key(a) {
                    self.accounts.insert(a.to_string(), A::default());
                }
                self.accounts.get_mut(a).expect("inserted above")
            }
            WhoRef::Client(ip) => self.clients.entry(ip).or_default(),
        }
    }

    /// Every subject with its aggregate: accounts first, then clients.
    fn into_rows(self) -> impl Iterator<Item = (Who, A)> {
        self.accounts
            .into_iter()
            .map(|(a, v)| (Who::Account(a), v))
            .chain(self.clients.into_iter().map(|(c, v)| (Who::Client(c), v)))
    }
}

/// A row's subject, as output: `"account": "…"` or `"client": "…"`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Who {
    Account(String),
    Client(IpAddr),
}

impl Who {
    pub fn account(&self) -> Option<&str> {
        match self {
            Who::Account(a) => Some(a),
            Who::Client(_) => None,
        }
    }

    pub fn client(&self) -> Option<String> {
        match self {
            Who::Account(_) => None,
            Who::Client(c) => Some(c.to_string()),
        }
    }
}

impl Serialize for Who {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(1))?;
        match self {
            Who::Account(a) => m.serialize_entry("account", a)?,
            Who::Client(c) => m.serialize_entry("client", &c.to_string())?,
        }
        m.end()
    }
}

/// At most [`SAMPLES`] distinct values, and whether there were more.
pub const SAMPLES: usize = 5;

#[derive(Debug, Clone, PartialEq, Eq)]
struct Samples<T> {
    items: Vec<T>,
    more: bool,
}

impl<T> Default for Samples<T> {
    fn default() -> Self {
        Samples {
            items: Vec::new(),
            more: false,
        }
    }
}

impl<T: PartialEq> Samples<T> {
    fn add(&mut self, v: T) {
        if self.items.contains(&v) {
            return;
        }
        if self.items.len() < SAMPLES {
            self.items.push(v);
        } else {
            self.more = true;
        }
    }
}

impl Samples<String> {
    fn add_str(&mut self, v: &str) {
        if v.is_empty() || self.items.iter().any(|i| i == v) {
            return;
        }
        if self.items.len() < SAMPLES {
            self.items.push(v.to_string());
        } else {
            self.more = true;
        }
    }
}

/// A row's client names and addresses (at most [`SAMPLES`] of each).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Clients {
    pub client_names: Vec<String>,
    pub client_addresses: Vec<String>,
    /// There were more names than listed.
    #[serde(skip_serializing_if = "is_false")]
    pub more_client_names: bool,
    #[serde(skip_serializing_if = "is_false")]
    pub more_client_addresses: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

#[derive(Debug, Default)]
struct ClientSamples {
    names: Samples<String>,
    addresses: Samples<IpAddr>,
}

impl ClientSamples {
    fn add(&mut self, name: &str, ip: Option<IpAddr>) {
        self.names.add_str(name);
        if let Some(ip) = ip {
            self.addresses.add(ip);
        }
    }

    fn into_clients(self) -> Clients {
        Clients {
            client_names: self.names.items,
            client_addresses: self.addresses.items.iter().map(|i| i.to_string()).collect(),
            more_client_names: self.names.more,
            more_client_addresses: self.addresses.more,
        }
    }
}

/// First and last time seen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Seen {
    first: i64,
    last: i64,
}

impl Default for Seen {
    fn default() -> Self {
        Seen {
            first: i64::MAX,
            last: i64::MIN,
        }
    }
}

impl Seen {
    fn add(&mut self, t: i64) {
        self.first = self.first.min(t);
        self.last = self.last.max(t);
    }

    fn first(&self, offset: i32) -> String {
        if self.first == i64::MAX {
            String::new()
        } else {
            time::format(self.first, offset)
        }
    }

    fn last(&self, offset: i32) -> String {
        if self.last == i64::MIN {
            String::new()
        } else {
            time::format(self.last, offset)
        }
    }
}

/// Keeps login counts so account rows can require a successful sign-in.
fn is_ok(s: &Session) -> bool {
    s.login == Login::Ok
}

/// A survey in progress: feed it events (it is a [`Sink`]), then take its [`Report`].
#[derive(Debug)]
pub struct Survey {
    kind: Kind,
    settings: Settings,
    state: State,
}

#[derive(Debug)]
enum State {
    Tls(tls::Tls),
    Ports(ports::Ports),
    Retired(retired::Retired),
    Origins(origins::Origins),
    Sending(sending::Sending),
}

impl Survey {
    pub fn new(kind: Kind, settings: Settings) -> Survey {
        let state = match kind {
            Kind::Tls => State::Tls(tls::Tls::default()),
            Kind::Ports => State::Ports(ports::Ports::default()),
            Kind::Retired => State::Retired(retired::Retired::default()),
            Kind::Origins => State::Origins(origins::Origins::default()),
            Kind::Sending => State::Sending(sending::Sending::default()),
        };
        Survey {
            kind,
            settings,
            state,
        }
    }

    pub fn kind(&self) -> Kind {
        self.kind
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The rows, the summary (with the reader's counts) and the definition.
    pub fn report(self, stats: &Stats) -> Report {
        let s = &self.settings;
        let (rows, unlisted) = match self.state {
            State::Tls(t) => {
                let u = t.unlisted;
                (Rows::Tls(t.rows(s)), u)
            }
            State::Ports(t) => {
                let u = t.unlisted;
                (Rows::Ports(t.rows(s)), u)
            }
            State::Retired(t) => {
                let u = t.unlisted;
                (Rows::Retired(t.rows(s)), u)
            }
            State::Origins(t) => (Rows::Origins(t.rows(s)), 0),
            State::Sending(t) => {
                let u = t.unlisted;
                (Rows::Sending(t.rows(s)), u)
            }
        };
        Report {
            survey: self.kind,
            summary: Summary {
                rows: rows.len(),
                unlisted,
                stats: *stats,
                floor: s.floor.as_str(),
                window_minutes: s.window_minutes,
                burst_min: s.burst_min,
                burst_gap_seconds: s.burst_gap_seconds,
                max_recipients: s.max_recipients,
                send_rate: s.send_rate.map(|r| (r.messages, r.per_minutes)),
                utc_offset: time::format_offset(s.offset),
                offset_seconds: s.offset,
            },
            definition: Definition {
                ja: text::definition(Lang::Ja, self.kind, s),
                en: text::definition(Lang::En, self.kind, s),
            },
            rows,
        }
    }
}

impl Sink for Survey {
    fn session(&mut self, s: &Session) {
        let set = &self.settings;
        match &mut self.state {
            State::Tls(t) => t.session(s, set),
            State::Ports(t) => t.session(s, set),
            State::Retired(t) => t.session(s, set),
            State::Origins(t) => t.session(s, set),
            State::Sending(_) => {}
        }
    }

    fn message(&mut self, m: &Message) {
        if let State::Sending(t) = &mut self.state {
            t.message(m, &self.settings);
        }
    }
}

/// A survey's answer.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub survey: Kind,
    /// One object per account (or per client address for devices that do not sign in).
    pub rows: Rows,
    pub summary: Summary,
    /// What the survey counts, in both languages.
    pub definition: Definition,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Definition {
    pub ja: String,
    pub en: String,
}

/// The counts behind the rows, and the settings used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub rows: usize,
    /// Sessions of devices that do not sign in, from outside the ISP's networks (not listed
    /// without `all_clients`).
    pub unlisted: u64,
    #[serde(flatten)]
    pub stats: Stats,
    pub floor: &'static str,
    pub window_minutes: u32,
    pub burst_min: u32,
    pub burst_gap_seconds: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_recipients: Option<u32>,
    /// (messages, per minutes)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub send_rate: Option<(u32, u32)>,
    pub utc_offset: String,
    #[serde(skip)]
    pub offset_seconds: i32,
}

/// The rows of one survey.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Rows {
    Tls(Vec<tls::Row>),
    Ports(Vec<ports::Row>),
    Retired(Vec<retired::Row>),
    Origins(Vec<origins::Row>),
    Sending(Vec<sending::Row>),
}

impl Rows {
    pub fn len(&self) -> usize {
        match self {
            Rows::Tls(r) => r.len(),
            Rows::Ports(r) => r.len(),
            Rows::Retired(r) => r.len(),
            Rows::Origins(r) => r.len(),
            Rows::Sending(r) => r.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Runs one survey over whole inputs held in memory (tests, small pastes). The faces stream
/// with [`input::Reader`] and [`Survey`] themselves.
pub fn run(
    kind: Kind,
    settings: Settings,
    format: input::Format,
    clock: time::Clock,
    inputs: &[&[u8]],
) -> (Report, Vec<String>) {
    let mut reader = input::Reader::new(format, clock);
    let mut survey = Survey::new(kind, settings);
    for bytes in inputs {
        reader.feed(bytes, &mut survey);
        reader.end_input(&mut survey);
    }
    reader.finish(&mut survey);
    let problems = reader.problems().to_vec();
    (survey.report(reader.stats()), problems)
}

#[cfg(test)]
pub(crate) mod testing {
    use super::event::{Event, Message, Session};
    use super::input::{Format, Reader, Stats};
    use super::time::{Clock, Year, DEFAULT_OFFSET};
    use super::Sink;

    /// Every event, in order.
    #[derive(Debug, Default)]
    pub struct Collected {
        pub sessions: Vec<Session>,
        pub messages: Vec<Message>,
        pub stats: Stats,
    }

    impl Sink for Collected {
        fn session(&mut self, s: &Session) {
            self.sessions.push(s.clone());
        }
        fn message(&mut self, m: &Message) {
            self.messages.push(m.clone());
        }
    }

    #[allow(dead_code)]
    pub fn events(c: &Collected) -> Vec<Event> {
        c.sessions
            .iter()
            .cloned()
            .map(Event::Session)
            .chain(c.messages.iter().cloned().map(Event::Message))
            .collect()
    }

    /// Reads a log (year 2026, +09:00).
    pub fn read(log: &str) -> Collected {
        let mut r = Reader::new(Format::Logs, Clock::new(Year::Fixed(2026), DEFAULT_OFFSET));
        let mut c = Collected::default();
        r.feed(log.as_bytes(), &mut c);
        r.end_input(&mut c);
        r.finish(&mut c);
        c.stats = *r.stats();
        c
    }
}
