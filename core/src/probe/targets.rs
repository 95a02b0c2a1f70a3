//! The endpoints a profile names: every current endpoint of every domain's server set, and every
//! retired host on the usual mail ports. This list is also the probe service's allow-list: it
//! probes nothing else.

use super::{MailProtocol, Role, Target};
use crate::case::Security;
use crate::names::normalize_host;
use crate::profile::{Endpoint, Profile, ServerSet};
use std::collections::BTreeSet;

/// The ports a retired host is tried on (besides every port of the profile's current
/// endpoints): the mail ports an old client may still be set to.
pub const RETIRED_PORTS: [u16; 7] = [25, 110, 143, 465, 587, 993, 995];

fn endpoints(set: &ServerSet) -> Vec<(MailProtocol, &Endpoint)> {
    let mut list = Vec::new();
    if let Some(e) = &set.imap {
        list.push((MailProtocol::Imap, e));
    }
    if let Some(e) = &set.pop3 {
        list.push((MailProtocol::Pop3, e));
    }
    for e in &set.smtp {
        list.push((MailProtocol::Smtp, e));
    }
    list
}

/// The current endpoints of one domain (IMAP, POP3, then SMTP, as the profile lists them), or
/// nothing when the domain is not in the profile.
pub fn domain_targets(profile: &Profile, domain: &str) -> Vec<Target> {
    let Some((_, set)) = profile.servers_for_domain(domain) else {
        return Vec::new();
    };
    let domain = normalize_host(domain);
    let mut out: Vec<Target> = Vec::new();
    for (protocol, e) in endpoints(set) {
        let target = Target {
            host: e.host_for(&domain),
            port: e.port,
            protocol,
            security: e.security,
            role: Role::Current,
        };
        if !out.contains(&target) {
            out.push(target);
        }
    }
    out
}

/// Every endpoint the profile names: current ones (each once, whatever the number of domains
/// sharing it), then retired hosts × ([`RETIRED_PORTS`] ∪ the current endpoints' ports), in a
/// stable order.
pub fn profile_targets(profile: &Profile) -> Vec<Target> {
    let mut current: BTreeSet<Target> = BTreeSet::new();
    for (domain, _) in profile.domains() {
        current.extend(domain_targets(profile, domain));
    }
    // Port → (protocol, security) as the current endpoints use it; the usual ports otherwise.
    let mut ports: Vec<(u16, MailProtocol, Security)> = Vec::new();
    for t in &current {
        if !ports.iter().any(|(p, _, _)| *p == t.port) {
            ports.push((t.port, t.protocol, t.security));
        }
    }
    for port in RETIRED_PORTS {
        if !ports.iter().any(|(p, _, _)| *p == port) {
            let protocol = MailProtocol::guess(port).unwrap_or(MailProtocol::Smtp);
            let security = match port {
                25 => Security::None,
                p => Security::expected_for_port(p).unwrap_or(Security::None),
            };
            ports.push((port, protocol, security));
        }
    }
    ports.sort();
    let mut retired: BTreeSet<Target> = BTreeSet::new();
    for r in &profile.retired {
        for host in &r.hosts {
            let host = normalize_host(host);
            for &(port, protocol, security) in &ports {
                retired.insert(Target {
                    host: host.clone(),
                    port,
                    protocol,
                    security,
                    role: Role::Retired,
                });
            }
        }
    }
    current.into_iter().chain(retired).collect()
}

/// The target the profile names for `host:port` (current first), if any: the service's gate.
pub fn find_target<'a>(targets: &'a [Target], host: &str, port: u16) -> Option<&'a Target> {
    let host = normalize_host(host);
    targets
        .iter()
        .filter(|t| t.port == port && t.host == host)
        .min_by_key(|t| t.role)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_profile_targets() {
        let profile = Profile::demo();
        let targets = profile_targets(&profile);
        let current: Vec<&Target> = targets.iter().filter(|t| t.role == Role::Current).collect();
        // cloud: 4 endpoints shared by every domain; cloud-domain: 4 per Yamabuki domain (10).
        assert_eq!(current.len(), 4 + 4 * 10);
        assert!(current.iter().any(|t| t.host == "imap.mail.example.jp"
            && t.port == 993
            && t.protocol == MailProtocol::Imap
            && t.security == Security::Ssl));
        assert!(current
            .iter()
            .any(|t| t.host == "smtp.kita.yamabuki.example.jp" && t.port == 587));
        let retired_hosts: usize = profile.retired.iter().map(|r| r.hosts.len()).sum();
        let retired = targets.iter().filter(|t| t.role == Role::Retired).count();
        assert_eq!(retired, retired_hosts * RETIRED_PORTS.len());
        let pop = targets
            .iter()
            .find(|t| t.host == "pop.aoi.example.jp" && t.port == 110)
            .unwrap();
        assert_eq!(
            (pop.protocol, pop.security),
            (MailProtocol::Pop3, Security::Starttls)
        );
    }

    #[test]
    fn the_gate_knows_only_the_profiles_pairs() {
        let profile = Profile::demo();
        let targets = profile_targets(&profile);
        assert!(find_target(&targets, "IMAP.Mail.Example.JP.", 993).is_some());
        assert!(find_target(&targets, "imap.mail.example.jp", 22).is_none());
        assert!(find_target(&targets, "203.0.113.143", 993).is_none());
        assert!(find_target(&targets, "mail.aoi.example.jp", 110)
            .is_some_and(|t| t.role == Role::Retired));
        assert!(find_target(&targets, "localhost", 993).is_none());
    }

    #[test]
    fn domain_targets_fill_the_domain() {
        let profile = Profile::demo();
        let t = domain_targets(&profile, "Kita.Yamabuki.Example.JP");
        assert_eq!(t.len(), 4);
        assert_eq!(t[0].host, "imap.kita.yamabuki.example.jp");
        assert!(domain_targets(&profile, "nowhere.example").is_empty());
    }
}
