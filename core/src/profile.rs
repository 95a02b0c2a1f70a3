//! The ISP profile (`docs/profile.md`): brands, domains, server sets, policies, retired hosts.
//!
//! Parsing and validation live in [`parse`]; this file holds the types and the look-ups the
//! rules use. Every look-up compares names in canonical form ([`crate::names::normalize_host`]).

mod parse;
pub mod problem;
pub mod synthetic;

pub use parse::{ProfileError, DEFAULT_OFFLINE_DAYS, MAX_OFFLINE_DAYS, MAX_VERSION_CHARS};
pub use problem::{Problem, Syntax};

use crate::case::{Protocol, Security};
use crate::date::{Date, DateTime};
use crate::lang::Localized;
use crate::names::{edit_distance_within, normalize_host};
use std::collections::BTreeMap;
use std::net::IpAddr;

/// The demo profile's TOML, built into the app and the CLI.
pub const DEMO_TOML: &str = include_str!("../../static/profile.toml");

/// A loaded, validated profile.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    /// `[profile]`: the published profile's identity and freshness; `None` when not written.
    pub meta: Option<ProfileMeta>,
    pub isp: Isp,
    pub policy: Policy,
    /// Server sets by NAME (`[servers.NAME]`).
    pub servers: BTreeMap<String, ServerSet>,
    pub brands: Vec<Brand>,
    pub retired: Vec<Retired>,
    /// `[dns]`: the project's addition (DNS-over-HTTPS resolver for the browser's DNS checks).
    pub dns: DnsSettings,
    /// `[probe]`: the connection-doctor service; pages call it only when it is set.
    pub probe: Option<ProbeConfig>,
    /// Canonical domain → index into `brands`. A B-tree rather than a hash map: the wasm links
    /// `BTreeMap<String, usize>` for the parser anyway, so no hash table is built for the engine.
    domain_index: BTreeMap<String, usize>,
    /// Canonical retired host → index into `retired`.
    retired_host_index: BTreeMap<String, usize>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Isp {
    pub name: Localized,
    pub support_phone: String,
    pub support_url: String,
    pub effective: Option<Date>,
    /// `networks`: the ISP's own access networks (sign-ins by origin); empty when not written.
    pub networks: Vec<IpNet>,
}

/// `[profile]`: which profile this is, for the pages that show it and check it is fresh.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileMeta {
    /// Free text the operator chooses (`2026-12-07.1`), 1–64 characters.
    pub version: String,
    /// When it was published, with its offset from UTC.
    pub published: Option<DateTime>,
    /// The customers' page refuses a cached copy older than this many days (7 when not written).
    pub offline_max_days: u32,
}

/// `[probe]`: the connection-doctor service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProbeConfig {
    /// `https://…` (or `http://` to 127.0.0.1, localhost or [::1], for a local test service).
    pub url: String,
}

/// An IP network (`203.0.113.0/24`, `2001:db8:100::/48`), through the `ipnet` crate. Host bits
/// are cleared (`203.0.113.7/24` is `203.0.113.0/24`); a bare address is a network of one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct IpNet(ipnet::IpNet);

impl IpNet {
    /// Whether `ip` is inside the network (IPv4 and IPv6 networks hold only their own family).
    pub fn contains(&self, ip: IpAddr) -> bool {
        self.0.contains(&ip)
    }

    /// The network as the `ipnet` crate has it.
    pub fn net(&self) -> ipnet::IpNet {
        self.0
    }
}

impl std::str::FromStr for IpNet {
    type Err = ipnet::AddrParseError;

    fn from_str(text: &str) -> Result<IpNet, Self::Err> {
        let text = text.trim();
        match text.parse::<IpAddr>() {
            Ok(ip) => Ok(IpNet(ip.into())),
            Err(_) => Ok(IpNet(text.parse::<ipnet::IpNet>()?.trunc())),
        }
    }
}

impl std::fmt::Display for IpNet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// TLS protocol versions, ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tls {
    V1_0,
    V1_1,
    V1_2,
    V1_3,
}

impl Tls {
    pub fn as_str(self) -> &'static str {
        match self {
            Tls::V1_0 => "1.0",
            Tls::V1_1 => "1.1",
            Tls::V1_2 => "1.2",
            Tls::V1_3 => "1.3",
        }
    }

    pub fn parse(text: &str) -> Option<Tls> {
        match text.trim() {
            "1.0" => Some(Tls::V1_0),
            "1.1" => Some(Tls::V1_1),
            "1.2" => Some(Tls::V1_2),
            "1.3" => Some(Tls::V1_3),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Policy {
    /// Servers refuse anything older.
    pub min_tls: Tls,
    pub max_recipients_per_message: Option<u32>,
    pub send_rate: Option<SendRate>,
    /// Outbound port 25 from the ISP's access network is blocked.
    pub op25b: bool,
    pub foreign_login_block: ForeignLoginBlock,
}

impl Default for Policy {
    fn default() -> Policy {
        Policy {
            min_tls: Tls::V1_2,
            max_recipients_per_message: None,
            send_rate: None,
            op25b: false,
            foreign_login_block: ForeignLoginBlock::default(),
        }
    }
}

/// At most `messages` in any `per_minutes`-minute window (a sliding window).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SendRate {
    pub messages: u32,
    pub per_minutes: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ForeignLoginBlock {
    pub enabled: bool,
    pub microsoft_cloud_exempt: bool,
}

/// How the login name is formed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UsernameFormat {
    /// The full e-mail address.
    Address,
    /// The part before `@`.
    LocalPart,
}

impl UsernameFormat {
    pub fn as_str(self) -> &'static str {
        match self {
            UsernameFormat::Address => "address",
            UsernameFormat::LocalPart => "local-part",
        }
    }
}

/// One server endpoint. `host` may contain `{domain}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    pub host: String,
    pub port: u16,
    pub security: Security,
}

impl Endpoint {
    /// The host for a customer's domain (`{domain}` replaced), canonical.
    pub fn host_for(&self, domain: &str) -> String {
        normalize_host(&self.host.replace("{domain}", domain))
    }
}

/// `[servers.NAME]`.
#[derive(Debug, Clone, PartialEq)]
pub struct ServerSet {
    pub imap: Option<Endpoint>,
    pub pop3: Option<Endpoint>,
    /// Every submission endpoint offered, preferred first (never empty after validation).
    pub smtp: Vec<Endpoint>,
    pub username: UsernameFormat,
    /// `"password"`: plain password inside TLS (the only value the format requires).
    pub auth: String,
}

impl ServerSet {
    pub fn incoming(&self, protocol: Protocol) -> Option<&Endpoint> {
        match protocol {
            Protocol::Imap => self.imap.as_ref(),
            Protocol::Pop3 => self.pop3.as_ref(),
        }
    }

    /// Every current host of this set for `domain`, canonical, without repeats.
    pub fn hosts_for(&self, domain: &str) -> Vec<String> {
        let mut hosts: Vec<String> = Vec::new();
        for e in self
            .imap
            .iter()
            .chain(self.pop3.iter())
            .chain(self.smtp.iter())
        {
            let h = e.host_for(domain);
            if !hosts.contains(&h) {
                hosts.push(h);
            }
        }
        hosts
    }
}

/// `[[brands]]`: one operating company.
#[derive(Debug, Clone, PartialEq)]
pub struct Brand {
    pub id: String,
    pub name: Localized,
    /// NAME of a `[servers.NAME]` table.
    pub servers: String,
    /// As written in the profile.
    pub domains: Vec<String>,
}

/// `[[retired]]`: hosts and IPs that no longer serve mail.
#[derive(Debug, Clone, PartialEq)]
pub struct Retired {
    pub hosts: Vec<String>,
    pub ips: Vec<IpAddr>,
    pub until: Option<Date>,
    pub replaced_by: String,
    pub note: Option<Localized>,
}

/// `[dns]`: settings for the browser's DNS checks.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DnsSettings {
    /// DNS-over-HTTPS resolver URL (RFC 8484); `None` means the app's default.
    pub doh: Option<String>,
}

impl Profile {
    /// Builds the look-up indexes. Called by the parser once validation passed.
    fn new(
        isp: Isp,
        policy: Policy,
        servers: BTreeMap<String, ServerSet>,
        brands: Vec<Brand>,
        retired: Vec<Retired>,
        dns: DnsSettings,
    ) -> Profile {
        let mut domain_index = BTreeMap::new();
        for (i, brand) in brands.iter().enumerate() {
            for d in &brand.domains {
                domain_index.entry(normalize_host(d)).or_insert(i);
            }
        }
        let mut retired_host_index = BTreeMap::new();
        for (i, r) in retired.iter().enumerate() {
            for h in &r.hosts {
                retired_host_index.entry(normalize_host(h)).or_insert(i);
            }
        }
        Profile {
            meta: None,
            isp,
            policy,
            servers,
            brands,
            retired,
            dns,
            probe: None,
            domain_index,
            retired_host_index,
        }
    }

    /// Parses and validates profile TOML; every problem is reported at once.
    pub fn parse(text: &str) -> Result<Profile, Vec<ProfileError>> {
        parse::parse(text)
    }

    /// [`Profile::parse`] without the problems' messages (each [`ProfileError::message`] is
    /// empty; [`ProfileError::message_in`] still gives either language), for a face that never
    /// shows them: it does not link their words (the customers' page, docs/size.md).
    pub fn parse_without_messages(text: &str) -> Result<Profile, Vec<ProfileError>> {
        parse::parse_without_messages(text)
    }

    /// The built-in demo profile.
    pub fn demo() -> Profile {
        // The demo profile is validated by the test suite; a broken one cannot ship.
        Profile::parse(DEMO_TOML)
            .unwrap_or_else(|errors| panic!("built-in demo profile is invalid: {errors:?}"))
    }

    /// The brand that owns a domain (any form: case, trailing dot, Unicode).
    pub fn brand_for_domain(&self, domain: &str) -> Option<&Brand> {
        self.domain_index
            .get(&normalize_host(domain))
            .map(|&i| &self.brands[i])
    }

    /// The brand and its server set for a domain.
    pub fn servers_for_domain(&self, domain: &str) -> Option<(&Brand, &ServerSet)> {
        let brand = self.brand_for_domain(domain)?;
        let set = self.servers.get(&brand.servers)?;
        Some((brand, set))
    }

    /// The nearest known domain within `max_edits` edits (ties: the first in profile order).
    pub fn closest_domain(&self, domain: &str, max_edits: usize) -> Option<&str> {
        let wanted = normalize_host(domain);
        let mut best: Option<(usize, &str)> = None;
        for brand in &self.brands {
            for d in &brand.domains {
                let dist = edit_distance_within(&wanted, &normalize_host(d), max_edits);
                if dist <= max_edits && best.is_none_or(|(b, _)| dist < b) {
                    best = Some((dist, d));
                }
            }
        }
        best.map(|(_, d)| d)
    }

    /// The retirement record of a host name, if it is retired.
    pub fn retired_host(&self, host: &str) -> Option<&Retired> {
        self.retired_host_index
            .get(&normalize_host(host))
            .map(|&i| &self.retired[i])
    }

    /// The retirement record of an IP address, if it is retired.
    pub fn retired_ip(&self, ip: IpAddr) -> Option<&Retired> {
        self.retired.iter().find(|r| r.ips.contains(&ip))
    }

    /// Whether the profile knows this host at all: a current host of any server set (with
    /// `{domain}` filled in for `domain`) or a retired one.
    pub fn knows_host(&self, host: &str, domain: &str) -> bool {
        let h = normalize_host(host);
        self.retired_host_index.contains_key(&h)
            || self
                .servers
                .values()
                .any(|set| set.hosts_for(domain).contains(&h))
    }

    /// Every domain, in profile order, with its brand.
    pub fn domains(&self) -> impl Iterator<Item = (&str, &Brand)> {
        self.brands
            .iter()
            .flat_map(|b| b.domains.iter().map(move |d| (d.as_str(), b)))
    }

    pub fn domain_count(&self) -> usize {
        self.domain_index.len()
    }
}
