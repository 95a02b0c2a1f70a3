//! Profile TOML → [`Profile`], with every problem reported at once (line and key).
//!
//! The TOML is read into a span-preserving tree (`toml::de::DeTable`), then every table is
//! checked field by field. A check that fails records a [`ProfileError`] and carries on, so the
//! operator sees the whole list in one go. Unknown keys are ignored: the format may grow.

use super::*;
use std::ops::Range;
use toml::de::{DeArray, DeTable, DeValue};
use toml::Spanned;

/// One problem in a profile: where it is and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileError {
    /// 1-based line; 0 when the problem has no single place.
    pub line: usize,
    /// Dotted key (`servers.cloud.smtp[1].port`, `brands[2].domains`).
    pub key: String,
    pub message: String,
}

impl std::fmt::Display for ProfileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}: {}", self.line, self.key, self.message)
    }
}

impl std::error::Error for ProfileError {}

type Value<'i> = Spanned<DeValue<'i>>;

pub(super) fn parse(text: &str) -> Result<Profile, Vec<ProfileError>> {
    let mut cx = Checker::new(text);
    let (root, syntax_errors) = DeTable::parse_recoverable(text);
    if !syntax_errors.is_empty() {
        // A recovered tree is a guess; checking it would report problems that are not there.
        for e in syntax_errors {
            let line = e.span().map_or(0, |s| cx.line(&s));
            cx.errors.push(ProfileError {
                line,
                key: String::new(),
                message: format!("TOML syntax: {}", e.message().trim()),
            });
        }
        return Err(cx.finish());
    }
    let root_span = root.span();
    let root = root.get_ref();

    let isp = cx.isp(root, &root_span);
    let policy = cx.policy(root);
    let servers = cx.server_sets(root, &root_span);
    let brands = cx.brands(root, &root_span, &servers);
    let retired = cx.retired(root, &servers);
    let dns = cx.dns(root);

    if cx.errors.is_empty() {
        Ok(Profile::new(isp, policy, servers, brands, retired, dns))
    } else {
        Err(cx.finish())
    }
}

/// Collects problems while walking the tree.
struct Checker {
    /// Byte offset of every `\n`, to turn spans into line numbers.
    newlines: Vec<usize>,
    errors: Vec<ProfileError>,
}

fn join(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_string()
    } else {
        format!("{path}.{name}")
    }
}

fn type_name(v: &DeValue<'_>) -> &'static str {
    match v {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a float",
        DeValue::Boolean(_) => "a boolean",
        DeValue::Datetime(_) => "a date",
        DeValue::Array(_) => "an array",
        DeValue::Table(_) => "a table",
    }
}

impl Checker {
    fn new(text: &str) -> Checker {
        let newlines = text
            .bytes()
            .enumerate()
            .filter(|&(_, b)| b == b'\n')
            .map(|(i, _)| i)
            .collect();
        Checker {
            newlines,
            errors: Vec::new(),
        }
    }

    fn line(&self, span: &Range<usize>) -> usize {
        self.newlines.partition_point(|&nl| nl < span.start) + 1
    }

    fn error(&mut self, span: &Range<usize>, key: &str, message: impl Into<String>) {
        let line = self.line(span);
        self.errors.push(ProfileError {
            line,
            key: key.to_string(),
            message: message.into(),
        });
    }

    fn finish(mut self) -> Vec<ProfileError> {
        self.errors.sort_by_key(|e| e.line);
        self.errors
    }

    fn wrong_type(&mut self, value: &Value<'_>, key: &str, expected: &str) {
        let found = type_name(value.get_ref());
        self.error(
            &value.span(),
            key,
            format!("expected {expected}, found {found}"),
        );
    }

    // ---- typed field readers: `None` means absent or wrong (the latter already reported) ----

    /// A required field: reports its absence at the table's line.
    fn required<'a, 'i>(
        &mut self,
        table: &'a DeTable<'i>,
        table_span: &Range<usize>,
        path: &str,
        name: &str,
    ) -> Option<&'a Value<'i>> {
        let found = table.get(name);
        if found.is_none() {
            let what = if path.is_empty() {
                format!("missing [{name}]")
            } else {
                format!("missing key \"{name}\"")
            };
            self.error(table_span, &join(path, name), what);
        }
        found
    }

    fn string(&mut self, value: &Value<'_>, key: &str) -> Option<String> {
        match value.get_ref() {
            DeValue::String(s) => Some(s.to_string()),
            _ => {
                self.wrong_type(value, key, "a string");
                None
            }
        }
    }

    fn table<'a, 'i>(&mut self, value: &'a Value<'i>, key: &str) -> Option<&'a DeTable<'i>> {
        match value.get_ref() {
            DeValue::Table(t) => Some(t),
            _ => {
                self.wrong_type(value, key, "a table");
                None
            }
        }
    }

    fn array<'a, 'i>(&mut self, value: &'a Value<'i>, key: &str) -> Option<&'a DeArray<'i>> {
        match value.get_ref() {
            DeValue::Array(a) => Some(a),
            _ => {
                self.wrong_type(value, key, "an array");
                None
            }
        }
    }

    fn boolean(&mut self, value: &Value<'_>, key: &str) -> Option<bool> {
        match value.get_ref() {
            DeValue::Boolean(b) => Some(*b),
            _ => {
                self.wrong_type(value, key, "true or false");
                None
            }
        }
    }

    /// A whole number from 1 to `max`.
    fn positive(&mut self, value: &Value<'_>, key: &str, max: u32) -> Option<u32> {
        let DeValue::Integer(i) = value.get_ref() else {
            self.wrong_type(value, key, "a whole number");
            return None;
        };
        match i64::from_str_radix(i.as_str(), i.radix()) {
            Ok(n) if n >= 1 && n <= i64::from(max) => u32::try_from(n).ok(),
            _ => {
                self.error(
                    &value.span(),
                    key,
                    format!("must be a whole number from 1 to {max}"),
                );
                None
            }
        }
    }

    fn date(&mut self, value: &Value<'_>, key: &str) -> Option<Date> {
        const HINT: &str = "a date like 2024-03-31";
        match value.get_ref() {
            DeValue::Datetime(dt) => {
                let parsed = match (dt.date, dt.time, dt.offset) {
                    (Some(d), None, None) => Date::new(d.year, d.month, d.day),
                    _ => None,
                };
                if parsed.is_none() {
                    self.error(
                        &value.span(),
                        key,
                        format!("expected {HINT}, without a time"),
                    );
                }
                parsed
            }
            DeValue::String(s) if Date::parse(s).is_some() => {
                self.error(
                    &value.span(),
                    key,
                    format!("write the date without quotes: {}", s.trim()),
                );
                None
            }
            _ => {
                self.wrong_type(value, key, HINT);
                None
            }
        }
    }

    /// `{ ja = "…", en = "…" }`; at least one language.
    fn localized(&mut self, value: &Value<'_>, key: &str) -> Option<Localized> {
        let DeValue::Table(t) = value.get_ref() else {
            self.wrong_type(value, key, "a table { ja = \"…\", en = \"…\" }");
            return None;
        };
        let mut name = Localized::default();
        let mut ok = true;
        for (lang, slot) in [("ja", &mut name.ja), ("en", &mut name.en)] {
            if let Some(v) = t.get(lang) {
                match self.string(v, &join(key, lang)) {
                    Some(s) => *slot = s.trim().to_string(),
                    None => ok = false,
                }
            }
        }
        if ok && name.ja.is_empty() && name.en.is_empty() {
            self.error(&value.span(), key, "needs ja or en text");
            ok = false;
        }
        ok.then_some(name)
    }

    // ---- the tables of the format ----

    fn isp(&mut self, root: &DeTable<'_>, root_span: &Range<usize>) -> Isp {
        let mut isp = Isp::default();
        let Some(value) = self.required(root, root_span, "", "isp") else {
            return isp;
        };
        let Some(t) = self.table(value, "isp") else {
            return isp;
        };
        let span = value.span();
        if let Some(v) = self.required(t, &span, "isp", "name") {
            if let Some(name) = self.localized(v, "isp.name") {
                isp.name = name;
            }
        }
        if let Some(v) = t.get("support") {
            if let Some(s) = self.table(v, "isp.support") {
                if let Some(p) = s.get("phone") {
                    if let Some(phone) = self.string(p, "isp.support.phone") {
                        isp.support_phone = phone.trim().to_string();
                    }
                }
                if let Some(u) = s.get("url") {
                    if let Some(url) = self.string(u, "isp.support.url") {
                        let url = url.trim().to_string();
                        if url.starts_with("https://") || url.starts_with("http://") {
                            isp.support_url = url;
                        } else {
                            self.error(&u.span(), "isp.support.url", "must start with https://");
                        }
                    }
                }
            }
        }
        if let Some(v) = t.get("effective") {
            isp.effective = self.date(v, "isp.effective");
        }
        isp
    }

    fn policy(&mut self, root: &DeTable<'_>) -> Policy {
        let mut policy = Policy::default();
        let Some(value) = root.get("policy") else {
            return policy;
        };
        let Some(t) = self.table(value, "policy") else {
            return policy;
        };
        if let Some(v) = t.get("min_tls") {
            let key = "policy.min_tls";
            match v.get_ref() {
                DeValue::String(s) => match Tls::parse(s) {
                    Some(tls @ (Tls::V1_2 | Tls::V1_3)) => policy.min_tls = tls,
                    _ => self.error(&v.span(), key, "must be \"1.2\" or \"1.3\""),
                },
                DeValue::Float(_) => self.error(
                    &v.span(),
                    key,
                    "write the version in quotes: \"1.2\" or \"1.3\"",
                ),
                _ => self.wrong_type(v, key, "\"1.2\" or \"1.3\""),
            }
        }
        if let Some(v) = t.get("max_recipients_per_message") {
            policy.max_recipients_per_message =
                self.positive(v, "policy.max_recipients_per_message", u32::MAX);
        }
        if let Some(v) = t.get("send_rate") {
            let key = "policy.send_rate";
            if let Some(rate) = self.table(v, key) {
                let span = v.span();
                let messages = self
                    .required(rate, &span, key, "messages")
                    .and_then(|m| self.positive(m, &join(key, "messages"), u32::MAX));
                let per_minutes = self
                    .required(rate, &span, key, "per_minutes")
                    .and_then(|m| self.positive(m, &join(key, "per_minutes"), u32::MAX));
                if let (Some(messages), Some(per_minutes)) = (messages, per_minutes) {
                    policy.send_rate = Some(SendRate {
                        messages,
                        per_minutes,
                    });
                }
            }
        }
        if let Some(v) = t.get("op25b") {
            policy.op25b = self.boolean(v, "policy.op25b").unwrap_or(false);
        }
        if let Some(v) = t.get("foreign_login_block") {
            let key = "policy.foreign_login_block";
            if let Some(flb) = self.table(v, key) {
                if let Some(e) = flb.get("enabled") {
                    policy.foreign_login_block.enabled =
                        self.boolean(e, &join(key, "enabled")).unwrap_or(false);
                }
                if let Some(e) = flb.get("microsoft_cloud_exempt") {
                    policy.foreign_login_block.microsoft_cloud_exempt = self
                        .boolean(e, &join(key, "microsoft_cloud_exempt"))
                        .unwrap_or(false);
                }
            }
        }
        policy
    }

    fn server_sets(
        &mut self,
        root: &DeTable<'_>,
        root_span: &Range<usize>,
    ) -> BTreeMap<String, ServerSet> {
        let mut sets = BTreeMap::new();
        let Some(value) = root.get("servers") else {
            self.error(
                root_span,
                "servers",
                "missing server sets: add a [servers.NAME] table",
            );
            return sets;
        };
        let Some(t) = self.table(value, "servers") else {
            return sets;
        };
        if t.is_empty() {
            self.error(
                &value.span(),
                "servers",
                "no server sets: add a [servers.NAME] table",
            );
        }
        for (name, set_value) in t.iter() {
            let path = join("servers", name.get_ref());
            if let Some(set) = self.server_set(set_value, &path) {
                sets.insert(name.get_ref().to_string(), set);
            }
        }
        sets
    }

    fn server_set(&mut self, value: &Value<'_>, path: &str) -> Option<ServerSet> {
        let t = self.table(value, path)?;
        let span = value.span();
        let before = self.errors.len();

        let imap = t
            .get("imap")
            .and_then(|v| self.endpoint(v, &join(path, "imap")));
        let pop3 = t
            .get("pop3")
            .and_then(|v| self.endpoint(v, &join(path, "pop3")));
        if !t.contains_key("imap") && !t.contains_key("pop3") {
            self.error(&span, path, "offers neither imap nor pop3");
        }

        let mut smtp = Vec::new();
        let smtp_key = join(path, "smtp");
        if let Some(v) = self.required(t, &span, path, "smtp") {
            if let Some(list) = self.array(v, &smtp_key) {
                if list.is_empty() {
                    self.error(&v.span(), &smtp_key, "needs at least one server");
                }
                for (i, e) in list.iter().enumerate() {
                    if let Some(e) = self.endpoint(e, &format!("{smtp_key}[{i}]")) {
                        smtp.push(e);
                    }
                }
            }
        }

        let mut username = None;
        if let Some(v) = self.required(t, &span, path, "username") {
            let key = join(path, "username");
            if let Some(s) = self.string(v, &key) {
                username = match s.trim() {
                    "address" => Some(UsernameFormat::Address),
                    "local-part" => Some(UsernameFormat::LocalPart),
                    _ => {
                        self.error(&v.span(), &key, "must be \"address\" or \"local-part\"");
                        None
                    }
                };
            }
        }

        let mut auth = "password".to_string();
        if let Some(v) = t.get("auth") {
            let key = join(path, "auth");
            if let Some(s) = self.string(v, &key) {
                if s.trim() == "password" {
                    auth = s.trim().to_string();
                } else {
                    self.error(&v.span(), &key, "must be \"password\"");
                }
            }
        }

        if self.errors.len() > before {
            return None;
        }
        Some(ServerSet {
            imap,
            pop3,
            smtp,
            username: username?,
            auth,
        })
    }

    fn endpoint(&mut self, value: &Value<'_>, path: &str) -> Option<Endpoint> {
        let DeValue::Table(t) = value.get_ref() else {
            self.wrong_type(value, path, "a table { host, port, security }");
            return None;
        };
        let span = value.span();
        let host = self.required(t, &span, path, "host").and_then(|v| {
            let key = join(path, "host");
            let host = self.string(v, &key)?;
            self.server_host(&host, &v.span(), &key)
        });
        let port = self.required(t, &span, path, "port").and_then(|v| {
            self.positive(v, &join(path, "port"), u32::from(u16::MAX))
                .and_then(|p| u16::try_from(p).ok())
        });
        let security = self.required(t, &span, path, "security").and_then(|v| {
            let key = join(path, "security");
            let s = self.string(v, &key)?;
            match s.trim().to_ascii_lowercase().as_str() {
                "ssl" => Some(Security::Ssl),
                "starttls" => Some(Security::Starttls),
                "none" => Some(Security::None),
                "auto" => {
                    self.error(
                        &v.span(),
                        &key,
                        "\"auto\" is a client setting: use \"ssl\", \"starttls\" or \"none\"",
                    );
                    None
                }
                _ => {
                    self.error(
                        &v.span(),
                        &key,
                        format!("unknown security \"{s}\" (use \"ssl\", \"starttls\" or \"none\")"),
                    );
                    None
                }
            }
        });
        Some(Endpoint {
            host: host?,
            port: port?,
            security: security?,
        })
    }

    /// A current server host: a host name, optionally with `{domain}`.
    fn server_host(&mut self, host: &str, span: &Range<usize>, key: &str) -> Option<String> {
        let host = host.trim();
        let filled = host.replace("{domain}", "example.jp");
        if filled.contains('{') || filled.contains('}') {
            self.error(
                span,
                key,
                format!("\"{host}\": only {{domain}} may be used as a placeholder"),
            );
            return None;
        }
        self.host_name(&filled, host, span, key)
            .then(|| host.to_string())
    }

    /// Whether `name` is a plausible host name; reports it (as `shown`) if not.
    fn host_name(&mut self, name: &str, shown: &str, span: &Range<usize>, key: &str) -> bool {
        if crate::names::ip_literal(name).is_some() {
            self.error(
                span,
                key,
                format!("\"{shown}\" is an IP address: write a host name"),
            );
            return false;
        }
        if !crate::names::is_domain_name(&normalize_host(name)) {
            self.error(span, key, format!("\"{shown}\" is not a valid host name"));
            return false;
        }
        true
    }

    /// A reference to a `[servers.NAME]` table.
    fn server_ref(
        &mut self,
        value: &Value<'_>,
        key: &str,
        sets: &BTreeMap<String, ServerSet>,
        defined: &[String],
    ) -> Option<String> {
        let name = self.string(value, key)?;
        let name = name.trim().to_string();
        // A set that exists but has errors was already reported; do not report it twice.
        if !defined.contains(&name) {
            let known = if defined.is_empty() {
                "none".to_string()
            } else {
                defined.join(", ")
            };
            self.error(
                &value.span(),
                key,
                format!("unknown server set \"{name}\" (known: {known})"),
            );
            return None;
        }
        sets.contains_key(&name).then_some(name)
    }

    fn brands(
        &mut self,
        root: &DeTable<'_>,
        root_span: &Range<usize>,
        sets: &BTreeMap<String, ServerSet>,
    ) -> Vec<Brand> {
        let mut brands = Vec::new();
        let Some(value) = self.required(root, root_span, "", "brands") else {
            return brands;
        };
        let Some(list) = self.array(value, "brands") else {
            return brands;
        };
        if list.is_empty() {
            self.error(&value.span(), "brands", "needs at least one brand");
        }
        let defined = defined_sets(root);
        // Canonical domain → (brand index, brand id, line) of its first listing.
        let mut seen_domains: HashMap<String, (usize, String, usize)> = HashMap::new();
        let mut seen_ids: HashMap<String, usize> = HashMap::new();
        for (i, b) in list.iter().enumerate() {
            let path = format!("brands[{i}]");
            let Some(t) = self.table(b, &path) else {
                continue;
            };
            let span = b.span();
            let id = self.required(t, &span, &path, "id").and_then(|v| {
                let key = join(&path, "id");
                let id = self.string(v, &key)?.trim().to_string();
                if id.is_empty() {
                    self.error(&v.span(), &key, "must not be empty");
                    return None;
                }
                let line = self.line(&v.span());
                if let Some(first) = seen_ids.insert(id.to_lowercase(), line) {
                    self.error(
                        &v.span(),
                        &key,
                        format!("brand id \"{id}\" is already used (line {first})"),
                    );
                }
                Some(id)
            });
            let name = self
                .required(t, &span, &path, "name")
                .and_then(|v| self.localized(v, &join(&path, "name")));
            let servers = self
                .required(t, &span, &path, "servers")
                .and_then(|v| self.server_ref(v, &join(&path, "servers"), sets, &defined));

            let mut domains = Vec::new();
            let domains_key = join(&path, "domains");
            if let Some(v) = self.required(t, &span, &path, "domains") {
                if let Some(items) = self.array(v, &domains_key) {
                    if items.is_empty() {
                        self.error(&v.span(), &domains_key, "needs at least one domain");
                    }
                    let brand_id = id.clone().unwrap_or_else(|| format!("#{}", i + 1));
                    for (j, d) in items.iter().enumerate() {
                        let key = format!("{domains_key}[{j}]");
                        let Some(domain) = self.string(d, &key) else {
                            continue;
                        };
                        let domain = domain.trim().to_string();
                        if domain.contains('{') || domain.contains('}') {
                            self.error(
                                &d.span(),
                                &key,
                                format!("\"{domain}\": placeholders are not allowed in domains"),
                            );
                            continue;
                        }
                        if !self.host_name(&domain, &domain, &d.span(), &key) {
                            continue;
                        }
                        let canonical = normalize_host(&domain);
                        let line = self.line(&d.span());
                        match seen_domains.get(&canonical) {
                            Some((owner, owner_id, first)) if *owner == i => {
                                let msg = format!(
                                    "domain \"{domain}\" is listed twice in brand \"{owner_id}\" (first on line {first})"
                                );
                                self.error(&d.span(), &key, msg);
                            }
                            Some((_, owner_id, first)) => {
                                let msg = format!(
                                    "domain \"{domain}\" already belongs to brand \"{owner_id}\" (line {first})"
                                );
                                self.error(&d.span(), &key, msg);
                            }
                            None => {
                                seen_domains.insert(canonical, (i, brand_id.clone(), line));
                                domains.push(domain);
                            }
                        }
                    }
                }
            }
            if let (Some(id), Some(name), Some(servers)) = (id, name, servers) {
                brands.push(Brand {
                    id,
                    name,
                    servers,
                    domains,
                });
            }
        }
        brands
    }

    fn retired(&mut self, root: &DeTable<'_>, sets: &BTreeMap<String, ServerSet>) -> Vec<Retired> {
        let mut retired = Vec::new();
        let Some(value) = root.get("retired") else {
            return retired;
        };
        let Some(list) = self.array(value, "retired") else {
            return retired;
        };
        let defined = defined_sets(root);
        for (i, r) in list.iter().enumerate() {
            let path = format!("retired[{i}]");
            let Some(t) = self.table(r, &path) else {
                continue;
            };
            let span = r.span();
            let mut hosts = Vec::new();
            if let Some(v) = t.get("hosts") {
                let key = join(&path, "hosts");
                if let Some(items) = self.array(v, &key) {
                    for (j, h) in items.iter().enumerate() {
                        let key = format!("{key}[{j}]");
                        let Some(host) = self.string(h, &key) else {
                            continue;
                        };
                        let host = host.trim().to_string();
                        if host.contains('{') || host.contains('}') {
                            self.error(
                                &h.span(),
                                &key,
                                format!(
                                    "\"{host}\": placeholders are not allowed in retired hosts"
                                ),
                            );
                        } else if self.host_name(&host, &host, &h.span(), &key) {
                            hosts.push(host);
                        }
                    }
                }
            }
            let mut ips = Vec::new();
            if let Some(v) = t.get("ips") {
                let key = join(&path, "ips");
                if let Some(items) = self.array(v, &key) {
                    for (j, a) in items.iter().enumerate() {
                        let key = format!("{key}[{j}]");
                        let Some(text) = self.string(a, &key) else {
                            continue;
                        };
                        match crate::names::ip_literal(&text) {
                            Some(ip) => ips.push(ip),
                            None => self.error(
                                &a.span(),
                                &key,
                                format!("\"{}\" is not an IP address", text.trim()),
                            ),
                        }
                    }
                }
            }
            if !t.contains_key("hosts") && !t.contains_key("ips") {
                self.error(&span, &path, "needs hosts or ips");
            }
            let until = t
                .get("until")
                .and_then(|v| self.date(v, &join(&path, "until")));
            let replaced_by = self
                .required(t, &span, &path, "replaced_by")
                .and_then(|v| self.server_ref(v, &join(&path, "replaced_by"), sets, &defined));
            let note = t
                .get("note")
                .and_then(|v| self.localized(v, &join(&path, "note")));
            if let Some(replaced_by) = replaced_by {
                retired.push(Retired {
                    hosts,
                    ips,
                    until,
                    replaced_by,
                    note,
                });
            }
        }
        retired
    }

    fn dns(&mut self, root: &DeTable<'_>) -> DnsSettings {
        let mut dns = DnsSettings::default();
        let Some(value) = root.get("dns") else {
            return dns;
        };
        let Some(t) = self.table(value, "dns") else {
            return dns;
        };
        if let Some(v) = t.get("doh") {
            if let Some(url) = self.string(v, "dns.doh") {
                let url = url.trim();
                if doh_url_ok(url) {
                    dns.doh = Some(url.to_string());
                } else {
                    self.error(
                        &v.span(),
                        "dns.doh",
                        format!("\"{url}\" must be an https:// URL"),
                    );
                }
            }
        }
        dns
    }
}

/// The server set names written in the file, whether or not their tables are valid.
fn defined_sets(root: &DeTable<'_>) -> Vec<String> {
    match root.get("servers").map(|v| v.get_ref()) {
        Some(DeValue::Table(t)) => t.keys().map(|k| k.get_ref().to_string()).collect(),
        _ => Vec::new(),
    }
}

/// `https://host…`; plain `http://` only to this machine (a local test resolver).
fn doh_url_ok(url: &str) -> bool {
    let rest = if let Some(rest) = url.strip_prefix("https://") {
        rest
    } else if let Some(rest) = url.strip_prefix("http://") {
        let local = ["127.0.0.1", "localhost", "[::1]"].iter().any(|h| {
            rest.strip_prefix(h)
                .is_some_and(|after| after.is_empty() || after.starts_with([':', '/']))
        });
        if !local {
            return false;
        }
        rest
    } else {
        return false;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    !authority.is_empty() && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}
