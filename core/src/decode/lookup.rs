//! Pasted name-lookup output from the customer's PC → what each host name resolves to (the
//! case's `resolved`).
//!
//! Read line by line, formats mixed freely in one paste:
//! - Windows `nslookup` (English and Japanese: `Server:`/`サーバー:`, `Name:`/`名前:`,
//!   `Address:`/`Addresses:` with continuation lines, `Aliases:`, `Non-authoritative answer:`/
//!   `権限のない回答:`) and Unix `nslookup` (`canonical name =`);
//! - PowerShell `Resolve-DnsName`, table rows and `Name : …`/`IP4Address : …` lists;
//! - `ping` (Windows en/ja `Pinging host [ip]`/`host [ip]に ping を送信しています`, Linux/macOS
//!   `PING host (ip)`);
//! - `dig` record lines (only its ANSWER SECTION once section headers are present) and `host`
//!   (`has address`, `has IPv6 address`, `is an alias for`).
//!
//! The resolver's own address (the `Server:`/`Address:` header of `nslookup`) is skipped.
//! Aliases are followed back: addresses belong to the name that was asked (the start of a
//! CNAME chain). Names are lower case without a trailing dot; addresses in their canonical
//! form; repeated hosts are merged. Lines that are none of these are ignored.

use super::fold_char;
use crate::case::Resolved;
use std::collections::BTreeMap;
use std::net::IpAddr;

/// The maps are `BTreeMap<String, usize>`, the one map type the engine's wasm links (the
/// profile's indexes): no hash table is instantiated for a paste of a few lines.
#[derive(Default)]
struct Collected {
    /// Each name with its addresses (each once), in first-seen order (indexed by `index`).
    records: Vec<(String, Vec<String>)>,
    index: BTreeMap<String, usize>,
    /// target → the first alias seen pointing at it, as a position in `aliases`.
    alias_of: BTreeMap<String, usize>,
    aliases: Vec<String>,
}

impl Collected {
    fn address(&mut self, name: &str, ip: IpAddr) {
        let ip = ip.to_string();
        match self.index.get(name) {
            Some(&i) => {
                let addresses = &mut self.records[i].1;
                if !addresses.contains(&ip) {
                    addresses.push(ip);
                }
            }
            None => {
                self.index.insert(name.to_string(), self.records.len());
                self.records.push((name.to_string(), vec![ip]));
            }
        }
    }

    fn alias(&mut self, alias: &str, target: &str) {
        if alias != target && !self.alias_of.contains_key(target) {
            self.alias_of.insert(target.to_string(), self.aliases.len());
            self.aliases.push(alias.to_string());
        }
    }

    /// The name that was asked: follow aliases back to a name nothing points to.
    fn asked<'a>(&'a self, name: &'a str) -> &'a str {
        let mut current = name;
        let mut hops = 0;
        while let Some(alias) = self.alias_of.get(current).map(|&k| &self.aliases[k]) {
            // A loop in the pasted aliases, or an absurd chain: stop.
            if alias == name || hops >= 16 {
                break;
            }
            hops += 1;
            current = alias;
        }
        current
    }

    fn finish(self) -> Vec<Resolved> {
        let mut out: Vec<Resolved> = Vec::new();
        let mut at: BTreeMap<String, usize> = BTreeMap::new();
        for (name, addresses) in &self.records {
            let host = self.asked(name);
            let i = match at.get(host) {
                Some(&i) => i,
                None => {
                    at.insert(host.to_string(), out.len());
                    out.push(Resolved {
                        host: host.to_string(),
                        addresses: Vec::new(),
                    });
                    out.len() - 1
                }
            };
            for a in addresses {
                if !out[i].addresses.contains(a) {
                    out[i].addresses.push(a.clone());
                }
            }
        }
        out
    }
}

/// A host name as written (any case, trailing dot), normalised; `None` when it is not one.
fn host_name(token: &str) -> Option<String> {
    let t = token
        .trim_matches(|c: char| matches!(c, '"' | '\'' | ',' | '<' | '>'))
        .trim_end_matches('.')
        .to_ascii_lowercase();
    let ok = t.len() <= 253
        && t.contains('.')
        && t.parse::<IpAddr>().is_err()
        && t.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && label
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        })
        && t.chars().any(|c| c.is_ascii_alphabetic());
    ok.then_some(t)
}

/// An address as written (`192.0.2.1`, `[2001:db8::1]`, `fe80::1%12`, `192.0.2.53#53`).
fn ip(token: &str) -> Option<IpAddr> {
    let t = token.trim_matches(|c: char| matches!(c, '[' | ']' | '(' | ')' | ',' | ':'));
    let t = t.split(['%', '#']).next().unwrap_or(t);
    // `(192.0.2.1):` after trimming, or a trailing dot at the end of a sentence.
    let t = t.trim_end_matches('.');
    t.parse().ok()
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Key {
    Addresses,
    Aliases,
}

/// Folds a line: full-width to ASCII, lower case (host names are case-insensitive).
fn fold_line(line: &str) -> String {
    line.chars().filter_map(fold_char).collect()
}

/// What the customer's PC resolves, from pasted lookup output.
pub fn parse_lookup(text: &str) -> Vec<Resolved> {
    let mut c = Collected::default();
    let mut current: Option<String> = None;
    let mut in_resolver_header = false;
    let mut last_key: Option<Key> = None;
    // dig: records count only in the ANSWER section once section headers appear.
    let mut section_ok = true;
    // Resolve-DnsName list form: the current record's section.
    let mut block_ok = true;

    for raw in text.lines() {
        let line = fold_line(raw);
        let line = line.trim();
        if line.is_empty() {
            in_resolver_header = false;
            last_key = None;
            continue;
        }
        if let Some(rest) = line.strip_prefix(";;") {
            if rest.contains("section:") {
                section_ok = rest.contains("answer");
            }
            continue;
        }
        if line.starts_with(';') {
            continue;
        }
        let tokens: Vec<&str> = line.split_whitespace().collect();

        // Continuation lines of `Addresses:` / `Aliases:` (Windows nslookup; indented, but
        // pasting through chat often strips the indent).
        if tokens.len() == 1 && !line.contains(" : ") {
            if let (Some(key), Some(name)) = (last_key, current.as_deref()) {
                match key {
                    Key::Addresses if !in_resolver_header => {
                        if let Some(a) = ip(tokens[0]) {
                            c.address(name, a);
                        }
                    }
                    Key::Aliases => {
                        if let Some(alias) = host_name(tokens[0]) {
                            let name = name.to_string();
                            c.alias(&alias, &name);
                        }
                    }
                    _ => {}
                }
                continue;
            }
        }
        last_key = None;

        if ping_line(line, &tokens, &mut c) || host_line(&tokens, &mut c) {
            continue;
        }
        // Unix nslookup: `alias  canonical name = target.`
        if let Some(at) = line.find("canonical name =") {
            let alias = line.get(..at).and_then(|s| host_name(s.trim()));
            let target = line
                .get(at + "canonical name =".len()..)
                .and_then(|s| host_name(s.trim()));
            if let (Some(a), Some(t)) = (alias, target) {
                c.alias(&a, &t);
            }
            continue;
        }
        if line.starts_with("non-authoritative answer") || line.starts_with("権限のない回答")
        {
            in_resolver_header = false;
            continue;
        }
        // `Key: value` and `Key : value` lines.
        if let Some((key, value)) = line.split_once(':') {
            let key = key.trim();
            let value = value.trim();
            let first = value.split_whitespace().next().unwrap_or("");
            let handled = match key {
                "server" | "サーバー" | "サーバ" => {
                    in_resolver_header = true;
                    current = None;
                    true
                }
                "name" | "名前" => {
                    in_resolver_header = false;
                    block_ok = true;
                    current = host_name(first);
                    true
                }
                "section" => {
                    block_ok = first == "answer";
                    true
                }
                "address" | "addresses" | "ip4address" | "ip6address" | "ipaddress" => {
                    if !in_resolver_header && block_ok {
                        last_key = Some(Key::Addresses);
                        if let (Some(name), Some(a)) = (current.as_deref(), ip(first)) {
                            c.address(name, a);
                        }
                    }
                    true
                }
                "aliases" => {
                    last_key = Some(Key::Aliases);
                    if let (Some(name), Some(alias)) = (current.clone(), host_name(first)) {
                        c.alias(&alias, &name);
                    }
                    true
                }
                "namehost" => {
                    if let (Some(name), Some(target)) = (current.clone(), host_name(first)) {
                        if block_ok {
                            c.alias(&name, &target);
                        }
                    }
                    true
                }
                _ => false,
            };
            if handled {
                continue;
            }
        }
        if section_ok {
            record_line(&tokens, &mut c);
        }
    }
    c.finish()
}

/// `ping` headers: the token before the bracketed address is the host.
fn ping_line(line: &str, tokens: &[&str], c: &mut Collected) -> bool {
    let windows_en = line.starts_with("pinging ");
    let windows_ja = line.contains("ping を送信") || line.contains("pingを送信");
    let unix = tokens.first() == Some(&"ping") && tokens.len() >= 3;
    if !(windows_en || windows_ja || unix) {
        return false;
    }
    let open = if unix { '(' } else { '[' };
    let close = if unix { ')' } else { ']' };
    let Some(at) = line.find(open) else {
        return true;
    };
    let name = line.get(..at).and_then(|s| s.split_whitespace().last());
    let addr = line
        .get(at + 1..)
        .and_then(|s| s.split(close).next())
        .and_then(ip);
    if let (Some(name), Some(addr)) = (name.and_then(host_name), addr) {
        c.address(&name, addr);
    }
    true
}

/// `host` output.
fn host_line(tokens: &[&str], c: &mut Collected) -> bool {
    match tokens {
        [name, "has", "address", a] | [name, "has", "ipv6", "address", a] => {
            if let (Some(n), Some(a)) = (host_name(name), ip(a)) {
                c.address(&n, a);
            }
            true
        }
        [alias, "is", "an", "alias", "for", target] => {
            if let (Some(a), Some(t)) = (host_name(alias), host_name(target)) {
                c.alias(&a, &t);
            }
            true
        }
        _ => false,
    }
}

/// A resource record line: `dig` (`name. 300 IN A 192.0.2.1`) or a `Resolve-DnsName` table row
/// (`name  A  300  Answer  192.0.2.1`).
fn record_line(tokens: &[&str], c: &mut Collected) {
    if !(4..=6).contains(&tokens.len()) {
        return;
    }
    let Some(name) = host_name(tokens[0]) else {
        return;
    };
    let last = tokens[tokens.len() - 1];
    let middle = &tokens[1..tokens.len() - 1];
    let Some(kind) = middle
        .iter()
        .copied()
        .find(|t| matches!(*t, "a" | "aaaa" | "cname"))
    else {
        return;
    };
    let fits = middle.iter().all(|t| {
        *t == kind
            || t.chars().all(|c| c.is_ascii_digit())
            || matches!(
                *t,
                "in" | "answer" | "additional" | "authority" | "question"
            )
    });
    if !fits
        || middle
            .iter()
            .any(|t| matches!(*t, "additional" | "authority"))
    {
        return;
    }
    match kind {
        "cname" => {
            if let Some(target) = host_name(last) {
                c.alias(&name, &target);
            }
        }
        _ => {
            if let Some(a) = ip(last) {
                c.address(&name, a);
            }
        }
    }
}
