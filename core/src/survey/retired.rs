//! Retired servers: who still connects to a retired host or IP of the profile, and with what
//! protocol. A session counts when the server address it reached (Dovecot's `lip=`, postscreen's
//! `CONNECT … to [ADDR]`, a CSV's `local` column) is a retired IP, when the log's host name is a
//! retired host (the whole name: syslog often logs a short name, which could also be a current
//! server's), or — with `old_server` — always (the files are the old server's own logs).

use super::event::{Service, Session, TlsSeen};
use super::table::{counts, list, Col, TableRow};
use super::{is_ok, ClientSamples, Clients, Samples, Seen, Settings, Subjects, Who};
use crate::lang::Lang;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Agg {
    sessions: u64,
    ok: u64,
    by_service: [u64; 6],
    versions: [u64; 8],
    targets: Samples<String>,
    seen: Seen,
    clients: ClientSamples,
}

#[derive(Debug)]
pub struct Retired {
    subjects: Subjects<Agg>,
    pub unlisted: u64,
    /// The last server name and what it matched (logs hold one or a few names).
    last_server: Option<(String, Option<String>)>,
}

impl Default for Retired {
    fn default() -> Self {
        Retired {
            subjects: Subjects::new(),
            unlisted: 0,
            last_server: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    #[serde(flatten)]
    pub who: Who,
    pub sessions: u64,
    /// The retired hosts or IPs reached.
    pub retired: Vec<String>,
    /// Sessions per service (`smtp-25`, `submission-587`, `smtps-465`, `imap`, `pop3`).
    pub services: BTreeMap<&'static str, u64>,
    pub tls_versions: BTreeMap<&'static str, u64>,
    pub first_seen: String,
    pub last_seen: String,
    #[serde(flatten)]
    pub clients: Clients,
}

impl Retired {
    fn target(&mut self, s: &Session, set: &Settings) -> Option<String> {
        if let Some(ip) = s.local_ip {
            if set.retired_ips.contains(&ip) {
                return Some(ip.to_string());
            }
        }
        if !s.server.is_empty() {
            match &self.last_server {
                Some((name, hit)) if *name == s.server => {
                    if let Some(h) = hit {
                        return Some(h.clone());
                    }
                }
                _ => {
                    let server = s.server.to_ascii_lowercase();
                    let hit = set.retired_hosts.iter().find(|r| **r == server).cloned();
                    self.last_server = Some((s.server.clone(), hit.clone()));
                    if hit.is_some() {
                        return hit;
                    }
                }
            }
        }
        if set.old_server {
            return Some(if s.server.is_empty() {
                "*".to_string()
            } else {
                s.server.clone()
            });
        }
        None
    }

    pub fn session(&mut self, s: &Session, set: &Settings) {
        let Some(target) = self.target(s, set) else {
            return;
        };
        let Some(who) = set.who(&s.account, s.client_ip) else {
            self.unlisted += 1;
            return;
        };
        let a = self.subjects.get(who);
        a.sessions += 1;
        a.ok += u64::from(is_ok(s));
        a.by_service[s.service.index()] += 1;
        a.versions[s.tls.index()] += 1;
        a.targets.add(target);
        a.seen.add(s.time);
        a.clients.add(&s.client_name, s.client_ip);
    }

    pub fn rows(self, set: &Settings) -> Vec<Row> {
        let mut rows: Vec<Row> = self
            .subjects
            .into_rows()
            .filter(|(who, a)| set.all || matches!(who, Who::Client(_)) || a.ok > 0)
            .map(|(who, a)| Row {
                who,
                sessions: a.sessions,
                retired: a.targets.items,
                services: Service::ALL
                    .iter()
                    .filter(|s| a.by_service[s.index()] > 0)
                    .map(|s| (s.as_str(), a.by_service[s.index()]))
                    .collect(),
                tls_versions: TlsSeen::ALL
                    .iter()
                    .filter(|v| a.versions[v.index()] > 0)
                    .map(|v| (v.as_str(), a.versions[v.index()]))
                    .collect(),
                first_seen: a.seen.first(set.offset),
                last_seen: a.seen.last(set.offset),
                clients: a.clients.into_clients(),
            })
            .collect();
        rows.sort_by(|x, y| y.sessions.cmp(&x.sessions).then_with(|| x.who.cmp(&y.who)));
        rows
    }
}

impl TableRow for Row {
    const COLUMNS: &'static [Col] = &[
        Col::Account,
        Col::Client,
        Col::Sessions,
        Col::RetiredTargets,
        Col::Services,
        Col::TlsVersions,
        Col::FirstSeen,
        Col::LastSeen,
        Col::ClientNames,
        Col::ClientAddresses,
    ];

    fn cells(&self, _lang: Option<Lang>) -> Vec<String> {
        vec![
            self.who.account().unwrap_or("").to_string(),
            self.who.client().unwrap_or_default(),
            self.sessions.to_string(),
            self.retired.join(" "),
            counts(&self.services),
            counts(&self.tls_versions),
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
