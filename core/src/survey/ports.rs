//! Port change and POP switch-off: who still submits on port 25 rather than 587/465, and who
//! reads mail by POP3. One row per account (or per device address, for devices of the ISP's
//! networks that send on port 25 without signing in).

use super::event::{Login, Service, Session};
use super::table::{list, Col, TableRow};
use super::{is_ok, ClientSamples, Clients, Seen, Settings, Subjects, Who};
use crate::lang::Lang;
use serde::Serialize;

#[derive(Debug, Default)]
struct Agg {
    ok: u64,
    by_service: [u64; 6],
    seen: Seen,
    last_25: Seen,
    last_pop: Seen,
    clients: ClientSamples,
}

#[derive(Debug)]
pub struct Ports {
    subjects: Subjects<Agg>,
    pub unlisted: u64,
}

impl Default for Ports {
    fn default() -> Self {
        Ports {
            subjects: Subjects::new(),
            unlisted: 0,
        }
    }
}

/// What a row is listed for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Flag {
    /// Submits on port 25.
    #[serde(rename = "port-25")]
    Port25,
    /// Reads mail by POP3.
    Pop,
}

impl Flag {
    pub fn as_str(self) -> &'static str {
        match self {
            Flag::Port25 => "port-25",
            Flag::Pop => "pop",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    #[serde(flatten)]
    pub who: Who,
    pub flags: Vec<Flag>,
    /// Sessions per service.
    pub smtp_25: u64,
    pub submission_587: u64,
    pub smtps_465: u64,
    pub imap: u64,
    pub pop3: u64,
    pub cloud: u64,
    pub last_port_25: String,
    pub last_pop3: String,
    pub first_seen: String,
    pub last_seen: String,
    #[serde(flatten)]
    pub clients: Clients,
}

impl Ports {
    pub fn session(&mut self, s: &Session, set: &Settings) {
        // A failed sign-in is not a use of the service.
        if s.login == Login::Failed {
            return;
        }
        let Some(who) = set.who(&s.account, s.client_ip) else {
            self.unlisted += 1;
            return;
        };
        let a = self.subjects.get(who);
        a.ok += u64::from(is_ok(s));
        a.by_service[s.service.index()] += 1;
        a.seen.add(s.time);
        match s.service {
            Service::Smtp => a.last_25.add(s.time),
            Service::Pop3 => a.last_pop.add(s.time),
            _ => {}
        }
        a.clients.add(&s.client_name, s.client_ip);
    }

    pub fn rows(self, set: &Settings) -> Vec<Row> {
        let mut rows: Vec<Row> = self
            .subjects
            .into_rows()
            .filter_map(|(who, a)| {
                let n = |s: Service| a.by_service[s.index()];
                let mut flags = Vec::new();
                if n(Service::Smtp) > 0 {
                    flags.push(Flag::Port25);
                }
                if n(Service::Pop3) > 0 {
                    flags.push(Flag::Pop);
                }
                let signed_in = matches!(who, Who::Client(_)) || a.ok > 0;
                if !set.all && (flags.is_empty() || !signed_in) {
                    return None;
                }
                Some(Row {
                    flags,
                    smtp_25: n(Service::Smtp),
                    submission_587: n(Service::Submission),
                    smtps_465: n(Service::Smtps),
                    imap: n(Service::Imap),
                    pop3: n(Service::Pop3),
                    cloud: n(Service::Cloud),
                    last_port_25: a.last_25.last(set.offset),
                    last_pop3: a.last_pop.last(set.offset),
                    first_seen: a.seen.first(set.offset),
                    last_seen: a.seen.last(set.offset),
                    clients: a.clients.into_clients(),
                    who,
                })
            })
            .collect();
        rows.sort_by(|x, y| {
            (y.smtp_25 + y.pop3)
                .cmp(&(x.smtp_25 + x.pop3))
                .then_with(|| x.who.cmp(&y.who))
        });
        rows
    }
}

impl TableRow for Row {
    const COLUMNS: &'static [Col] = &[
        Col::Account,
        Col::Client,
        Col::Flags,
        Col::Smtp25,
        Col::Submission587,
        Col::Smtps465,
        Col::Imap,
        Col::Pop3,
        Col::Cloud,
        Col::LastPort25,
        Col::LastPop3,
        Col::FirstSeen,
        Col::LastSeen,
        Col::ClientNames,
        Col::ClientAddresses,
    ];

    fn cells(&self, lang: Option<Lang>) -> Vec<String> {
        vec![
            self.who.account().unwrap_or("").to_string(),
            self.who.client().unwrap_or_default(),
            self.flags
                .iter()
                .map(|f| super::text::ports_flag(*f, lang))
                .collect::<Vec<_>>()
                .join(" "),
            self.smtp_25.to_string(),
            self.submission_587.to_string(),
            self.smtps_465.to_string(),
            self.imap.to_string(),
            self.pop3.to_string(),
            self.cloud.to_string(),
            self.last_port_25.clone(),
            self.last_pop3.clone(),
            self.first_seen.clone(),
            self.last_seen.clone(),
            list(&self.clients.client_names, self.clients.more_client_names),
            list(
                &self.clients.client_addresses,
                self.clients.more_client_addresses,
            ),
        ]
    }
}
