//! Sign-ins by origin: per account, where its successful sign-ins come from — Microsoft's cloud
//! (the Exchange Online ranges that Outlook (new) and Outlook mobile sync from), the ISP's own
//! networks (the profile's `[isp] networks`), or elsewhere — and the takeover signal: two
//! sign-ins from different networks outside both within the window (default 60 minutes).
//!
//! "Different networks" means a different /24 (IPv4) or /48 (IPv6): the log has no country,
//! and a customer's home line keeps its prefix while an intruder's does not. A flag is a reason
//! to look, not a proof (a phone moving between mobile networks can set it off too); sign-ins
//! from Microsoft's cloud never do, which is the relaxation the operator made for Outlook (new).

use super::event::{Login, Session};
use super::table::{list, Col, TableRow};
use super::{time, Samples, Seen, Settings};
use crate::lang::Lang;
use serde::Serialize;
use std::collections::VecDeque;
use std::net::IpAddr;

/// Outside sign-ins kept per account for the window (the oldest go first beyond this).
const RECENT_MAX: usize = 64;

/// Where a sign-in came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Origin {
    Microsoft,
    Isp,
    Elsewhere,
}

/// The network of an address: its /24 or /48.
fn network(ip: IpAddr) -> u128 {
    match ip {
        IpAddr::V4(a) => u128::from(u32::from(a) & 0xffff_ff00),
        IpAddr::V6(a) => (u128::from(a) & (u128::MAX << 80)) | 1,
    }
}

fn network_text(ip: IpAddr) -> String {
    match ip {
        IpAddr::V4(a) => {
            let o = a.octets();
            format!("{}.{}.{}.0/24", o[0], o[1], o[2])
        }
        IpAddr::V6(a) => {
            let n = std::net::Ipv6Addr::from(u128::from(a) & (u128::MAX << 80));
            format!("{n}/48")
        }
    }
}

#[derive(Debug, Default)]
struct Agg {
    logins: u64,
    microsoft: u64,
    isp: u64,
    elsewhere: u64,
    failed: u64,
    seen: Seen,
    networks: Samples<u128>,
    network_names: Vec<String>,
    addresses: Samples<IpAddr>,
    recent: VecDeque<(i64, u128, IpAddr)>,
    /// (first sign-in, its address, the second, its address)
    flag: Option<(i64, IpAddr, i64, IpAddr)>,
    flags: u64,
}

#[derive(Debug, Default)]
pub struct Origins {
    accounts: super::Map<String, Agg>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    pub account: String,
    /// Two sign-ins from different outside networks within the window.
    pub flagged: bool,
    pub logins: u64,
    pub microsoft: u64,
    pub isp_networks: u64,
    pub elsewhere: u64,
    /// Outside networks (/24, /48) seen.
    pub elsewhere_networks: Vec<String>,
    pub elsewhere_addresses: Vec<String>,
    #[serde(skip_serializing_if = "super::is_false")]
    pub more_elsewhere: bool,
    /// The first pair of sign-ins that set the flag: `ADDR at TIME, ADDR at TIME`.
    pub flag_evidence: String,
    /// Sign-ins that completed a flagged pair.
    pub flagged_logins: u64,
    pub failed_logins: u64,
    pub first_seen: String,
    pub last_seen: String,
}

impl Origins {
    pub fn origin(ip: IpAddr, set: &Settings) -> Origin {
        if set.ranges.contains(ip) {
            Origin::Microsoft
        } else if set.in_isp(ip) {
            Origin::Isp
        } else {
            Origin::Elsewhere
        }
    }

    pub fn session(&mut self, s: &Session, set: &Settings) {
        if s.account.is_empty() {
            return;
        }
        let (Some(ip), true) = (s.client_ip, matches!(s.login, Login::Ok | Login::Failed)) else {
            return;
        };
        if !self.accounts.contains_key(&s.account) {
            self.accounts.insert(s.account.clone(), Agg::default());
        }
        let a = self.accounts.get_mut(&s.account).expect("inserted above");
        if s.login == Login::Failed {
            a.failed += 1;
            return;
        }
        a.logins += 1;
        a.seen.add(s.time);
        match Origins::origin(ip, set) {
            Origin::Microsoft => a.microsoft += 1,
            Origin::Isp => a.isp += 1,
            Origin::Elsewhere => {
                a.elsewhere += 1;
                let net = network(ip);
                if !a.networks.items.contains(&net) && a.networks.items.len() < super::SAMPLES {
                    a.network_names.push(network_text(ip));
                }
                a.networks.add(net);
                a.addresses.add(ip);
                let window = i64::from(set.window_minutes) * 60;
                while a
                    .recent
                    .front()
                    .is_some_and(|&(t, _, _)| s.time - t > window)
                {
                    a.recent.pop_front();
                }
                if let Some(&(t, _, first)) = a.recent.iter().find(|&&(_, n, _)| n != net) {
                    a.flags += 1;
                    if a.flag.is_none() {
                        a.flag = Some((t, first, s.time, ip));
                    }
                }
                if a.recent.len() >= RECENT_MAX {
                    a.recent.pop_front();
                }
                a.recent.push_back((s.time, net, ip));
            }
        }
    }

    pub fn rows(self, set: &Settings) -> Vec<Row> {
        let mut rows: Vec<Row> = self
            .accounts
            .into_iter()
            .filter(|(_, a)| set.all || a.elsewhere > 0)
            .map(|(account, a)| Row {
                account,
                flagged: a.flag.is_some(),
                logins: a.logins,
                microsoft: a.microsoft,
                isp_networks: a.isp,
                elsewhere: a.elsewhere,
                elsewhere_networks: a.network_names,
                elsewhere_addresses: a.addresses.items.iter().map(|i| i.to_string()).collect(),
                more_elsewhere: a.networks.more || a.addresses.more,
                flag_evidence: a
                    .flag
                    .map(|(t1, ip1, t2, ip2)| {
                        format!(
                            "{ip1} {}, {ip2} {}",
                            time::format(t1, set.offset),
                            time::format(t2, set.offset)
                        )
                    })
                    .unwrap_or_default(),
                flagged_logins: a.flags,
                failed_logins: a.failed,
                first_seen: a.seen.first(set.offset),
                last_seen: a.seen.last(set.offset),
            })
            .collect();
        rows.sort_by(|x, y| {
            y.flagged
                .cmp(&x.flagged)
                .then_with(|| y.elsewhere.cmp(&x.elsewhere))
                .then_with(|| x.account.cmp(&y.account))
        });
        rows
    }
}

impl TableRow for Row {
    const COLUMNS: &'static [Col] = &[
        Col::Account,
        Col::Flagged,
        Col::Logins,
        Col::Microsoft,
        Col::IspNetworks,
        Col::Elsewhere,
        Col::ElsewhereNetworks,
        Col::ElsewhereAddresses,
        Col::FlagEvidence,
        Col::FailedLogins,
        Col::FirstSeen,
        Col::LastSeen,
    ];

    fn cells(&self, lang: Option<Lang>) -> Vec<String> {
        vec![
            self.account.clone(),
            super::text::yes(self.flagged, lang),
            self.logins.to_string(),
            self.microsoft.to_string(),
            self.isp_networks.to_string(),
            self.elsewhere.to_string(),
            list(&self.elsewhere_networks, self.more_elsewhere),
            list(&self.elsewhere_addresses, self.more_elsewhere),
            self.flag_evidence.clone(),
            self.failed_logins.to_string(),
            self.first_seen.clone(),
            self.last_seen.clone(),
        ]
    }
}
