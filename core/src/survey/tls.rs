//! TLS floor: who still negotiates TLS below the floor (TLS 1.0/1.1, SSLv3) or no TLS at all —
//! "who will this change hit?". One row per account (or per device address, for devices that
//! send without signing in), with the versions seen, the services, when last seen below the
//! floor, the client's names and addresses.

use super::event::{Service, Session, TlsSeen};
use super::table::{list, Col, TableRow};
use super::{is_ok, ClientSamples, Clients, Samples, Seen, Settings, Subjects, Who};
use crate::lang::Lang;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Agg {
    sessions: u64,
    ok: u64,
    failed: u64,
    versions: [u64; 8],
    below: u64,
    services_below: [u64; 6],
    seen: Seen,
    last_below: Seen,
    clients: ClientSamples,
    ciphers: Samples<String>,
}

/// The survey's state.
#[derive(Debug)]
pub struct Tls {
    subjects: Subjects<Agg>,
    /// Sessions of devices outside the ISP's networks that did not sign in.
    pub unlisted: u64,
}

impl Default for Tls {
    fn default() -> Self {
        Tls {
            subjects: Subjects::new(),
            unlisted: 0,
        }
    }
}

/// One account or device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    #[serde(flatten)]
    pub who: Who,
    /// Sessions with no TLS, SSLv3 or a TLS older than the floor.
    pub below_floor: u64,
    pub sessions: u64,
    /// Sessions per TLS version (`none`, `TLSv1`, `TLSv1.1`, `TLSv1.2`, `TLSv1.3`, `TLS`:
    /// version not logged).
    pub tls_versions: BTreeMap<&'static str, u64>,
    /// Services used below the floor.
    pub services: Vec<&'static str>,
    pub last_below_floor: String,
    pub first_seen: String,
    pub last_seen: String,
    #[serde(flatten)]
    pub clients: Clients,
    /// Ciphers of the sessions below the floor.
    pub ciphers: Vec<String>,
    pub failed_logins: u64,
}

impl Tls {
    pub fn session(&mut self, s: &Session, set: &Settings) {
        let Some(who) = set.who(&s.account, s.client_ip) else {
            self.unlisted += 1;
            return;
        };
        let a = self.subjects.get(who);
        a.sessions += 1;
        a.ok += u64::from(is_ok(s));
        a.failed += u64::from(s.login == super::event::Login::Failed);
        a.versions[s.tls.index()] += 1;
        a.seen.add(s.time);
        a.clients.add(&s.client_name, s.client_ip);
        if s.tls.below(set.floor) {
            a.below += 1;
            a.services_below[s.service.index()] += 1;
            a.last_below.add(s.time);
            a.ciphers.add_str(&s.cipher);
        }
    }

    pub fn rows(self, set: &Settings) -> Vec<Row> {
        let mut rows: Vec<Row> = self
            .subjects
            .into_rows()
            .filter(|(who, a)| {
                set.all || (a.below > 0 && (matches!(who, Who::Client(_)) || a.ok > 0))
            })
            .map(|(who, a)| Row {
                who,
                below_floor: a.below,
                sessions: a.sessions,
                tls_versions: TlsSeen::ALL
                    .iter()
                    .filter(|v| a.versions[v.index()] > 0)
                    .map(|v| (v.as_str(), a.versions[v.index()]))
                    .collect(),
                services: Service::ALL
                    .iter()
                    .filter(|s| a.services_below[s.index()] > 0)
                    .map(|s| s.as_str())
                    .collect(),
                last_below_floor: a.last_below.last(set.offset),
                first_seen: a.seen.first(set.offset),
                last_seen: a.seen.last(set.offset),
                clients: a.clients.into_clients(),
                ciphers: a.ciphers.items,
                failed_logins: a.failed,
            })
            .collect();
        rows.sort_by(|x, y| {
            y.below_floor
                .cmp(&x.below_floor)
                .then_with(|| x.who.cmp(&y.who))
        });
        rows
    }
}

impl TableRow for Row {
    const COLUMNS: &'static [Col] = &[
        Col::Account,
        Col::Client,
        Col::BelowFloor,
        Col::Sessions,
        Col::TlsVersions,
        Col::Services,
        Col::LastBelowFloor,
        Col::FirstSeen,
        Col::LastSeen,
        Col::ClientNames,
        Col::ClientAddresses,
        Col::Ciphers,
        Col::FailedLogins,
    ];

    fn cells(&self, _lang: Option<Lang>) -> Vec<String> {
        vec![
            self.who.account().unwrap_or("").to_string(),
            self.who.client().unwrap_or_default(),
            self.below_floor.to_string(),
            self.sessions.to_string(),
            super::table::counts(&self.tls_versions),
            self.services.join(" "),
            self.last_below_floor.clone(),
            self.first_seen.clone(),
            self.last_seen.clone(),
            list(&self.clients.client_names, self.clients.more_client_names),
            list(
                &self.clients.client_addresses,
                self.clients.more_client_addresses,
            ),
            self.ciphers.join(" "),
            self.failed_logins.to_string(),
        ]
    }
}
