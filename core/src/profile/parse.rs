//! Profile TOML → [`Profile`], with every problem reported at once (line and key).
//!
//! The `toml` crate reads the text into its span-preserving tree ([`DeTable`]: every key and
//! value with its place in the text), then every table is checked field by field. A check that
//! fails records a [`ProfileError`] and carries on, so the operator sees the whole list in one
//! go. A key the format does not define is a problem too, with the defined key it most likely
//! meant: a misspelt key must never silently do nothing.

use super::problem::{Expected, Problem, Syntax, ValueKind};
use crate::date::DateTime;
use ::toml::de::{DeArray, DeTable, DeValue};
use ::toml::Spanned;

/// A value of the tree, with its place.
type Value<'i> = Spanned<DeValue<'i>>;
use super::*;
use crate::lang::Lang;
use std::ops::Range;
use std::sync::Arc;

/// One problem in a profile: where it is and what is wrong.
#[derive(Debug, Clone)]
pub struct ProfileError {
    /// 1-based line; 0 when the problem has no single place.
    pub line: usize,
    /// Dotted key (`servers.cloud.smtp[1].port`, `brands[2].domains`).
    pub key: String,
    /// In English; [`ProfileError::message_in`] gives either language.
    pub message: String,
    /// What is wrong, with the values the message names. Shared: copies of the error (the
    /// app clones its state) copy a pointer, not every kind of problem.
    pub problem: Arc<Problem>,
}

impl ProfileError {
    /// With its English message when `WORDS` (see [`parse_without_messages`]).
    fn new<const WORDS: bool>(line: usize, key: &str, problem: Problem) -> ProfileError {
        ProfileError {
            line,
            key: key.to_string(),
            message: if WORDS {
                problem.text(Lang::En)
            } else {
                String::new()
            },
            problem: Arc::new(problem),
        }
    }

    /// The message in `lang` (the English one is [`ProfileError::message`], when it was
    /// written).
    pub fn message_in(&self, lang: Lang) -> String {
        match lang {
            Lang::En if !self.message.is_empty() => self.message.clone(),
            _ => self.problem.text(lang),
        }
    }
}

/// Equal when the line, key and English message are: the message names the problem and its
/// values. (A derived comparison of every [`Problem`] variant would only add code to the app,
/// which compares the errors it shows.)
impl PartialEq for ProfileError {
    fn eq(&self, other: &ProfileError) -> bool {
        self.line == other.line && self.key == other.key && self.message == other.message
    }
}

impl Eq for ProfileError {}

impl std::fmt::Display for ProfileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}: {}", self.line, self.key, self.message)
    }
}

impl std::error::Error for ProfileError {}

pub(super) fn parse(text: &str) -> Result<Profile, Vec<ProfileError>> {
    parse_with::<true>(text)
}

/// [`parse`] without writing the problems' messages: every [`ProfileError::message`] is empty
/// ([`ProfileError::message_in`] still gives either language). For a face that never shows a
/// profile's problems (the customers' page): it does not link their words.
pub(super) fn parse_without_messages(text: &str) -> Result<Profile, Vec<ProfileError>> {
    parse_with::<false>(text)
}

fn parse_with<const WORDS: bool>(text: &str) -> Result<Profile, Vec<ProfileError>> {
    let mut cx = Checker::<WORDS>::new(text);
    let root = match DeTable::parse(text) {
        Ok(root) => root,
        Err(e) => {
            // The reader stops at the first mistake: what follows it cannot be read reliably.
            let span = e.span().unwrap_or(0..0);
            let line = cx.line(&span);
            let syntax = Syntax::new(e.message(), text.get(span).unwrap_or_default());
            cx.errors.push(ProfileError::new::<WORDS>(
                line,
                "",
                Problem::Syntax(syntax),
            ));
            return Err(cx.finish());
        }
    };
    // The root has no line of its own.
    let root_span = 0..0;
    let root = root.get_ref();

    cx.unknown_keys(root, "", ROOT_KEYS);
    let meta = cx.meta(root);
    let isp = cx.isp(root, &root_span);
    let policy = cx.policy(root);
    let servers = cx.server_sets(root);
    let brands = cx.brands(root, &servers);
    let retired = cx.retired(root, &servers, &brands);
    let dns = cx.dns(root);
    let probe = cx.probe(root);

    if cx.errors.is_empty() {
        let mut profile = Profile::new(isp, policy, servers, brands, retired, dns);
        profile.meta = meta;
        profile.probe = probe;
        Ok(profile)
    } else {
        Err(cx.finish())
    }
}

// The keys the format defines, table by table (docs/profile.md and docs/profile-keys.md).
const ROOT_KEYS: &[&str] = &[
    "profile", "isp", "policy", "servers", "brands", "retired", "dns", "probe",
];
const PROFILE_KEYS: &[&str] = &["version", "published", "offline_max_days"];
const ISP_KEYS: &[&str] = &["name", "support", "effective", "networks"];
const SUPPORT_KEYS: &[&str] = &["phone", "url"];
const LOCALIZED_KEYS: &[&str] = &["ja", "en"];
const POLICY_KEYS: &[&str] = &[
    "min_tls",
    "max_recipients_per_message",
    "send_rate",
    "op25b",
    "foreign_login_block",
];
const SEND_RATE_KEYS: &[&str] = &["messages", "per_minutes"];
const FOREIGN_LOGIN_BLOCK_KEYS: &[&str] = &["enabled", "microsoft_cloud_exempt"];
const SERVER_SET_KEYS: &[&str] = &["imap", "pop3", "smtp", "username", "auth"];
const ENDPOINT_KEYS: &[&str] = &["host", "port", "security"];
const BRAND_KEYS: &[&str] = &["id", "name", "servers", "domains"];
const RETIRED_KEYS: &[&str] = &["hosts", "ips", "until", "replaced_by", "note"];
const DNS_KEYS: &[&str] = &["doh"];
const PROBE_KEYS: &[&str] = &["url"];

/// The longest `[profile] version` (characters).
pub const MAX_VERSION_CHARS: usize = 64;
/// The largest `[profile] offline_max_days`, and the value when it is not written.
pub const MAX_OFFLINE_DAYS: u32 = 365;
pub const DEFAULT_OFFLINE_DAYS: u32 = 7;

/// The defined key `name` most likely meant: the nearest within a third of its length in edits
/// (at least two; one for names of up to three characters), case ignored; the first in `known`
/// on a tie. `prot` → `port`, `op25` → `op25b`, `offline_days` → `offline_max_days`.
fn closest_key(name: &str, known: &[&str]) -> Option<String> {
    let lower = fold_key(name);
    let length = lower.chars().count();
    let limit = if length <= 3 { 1 } else { (length / 3).max(2) };
    known
        .iter()
        .map(|k| (edit_distance_within(&lower, k, limit), k))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k.to_string())
}

/// `name` in lower case for comparing with the key names (all ASCII): what `str::to_lowercase`
/// gives here, without linking std's Unicode case table into every page (12 KB; docs/size.md).
/// ASCII letters are folded; of the other characters only U+212A KELVIN SIGN (`k`) and U+0130
/// (`i` and U+0307) lower-case to ASCII or to more than one character, and every other one
/// differs from each character of a key name whatever its case, so the edit distances are the
/// same.
fn fold_key(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        match c {
            '\u{212A}' => out.push('k'),
            '\u{130}' => out.push_str("i\u{307}"),
            c => out.push(c.to_ascii_lowercase()),
        }
    }
    out
}

/// Collects problems while walking the tree (with their English messages when `WORDS`).
struct Checker<const WORDS: bool> {
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

impl<const WORDS: bool> Checker<WORDS> {
    fn new(text: &str) -> Checker<WORDS> {
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

    fn error(&mut self, span: &Range<usize>, key: &str, problem: Problem) {
        let line = self.line(span);
        self.errors
            .push(ProfileError::new::<WORDS>(line, key, problem));
    }

    fn finish(mut self) -> Vec<ProfileError> {
        crate::order::stable_sort_by_key(&mut self.errors, |e| e.line as u64);
        self.errors
    }

    fn wrong_type(&mut self, value: &Value<'_>, key: &str, expected: Expected) {
        let found = kind_of(value.get_ref());
        self.error(&value.span(), key, Problem::WrongType { expected, found });
    }

    /// Reports every key of `table` that is not in `known`, at the key's own line.
    fn unknown_keys(&mut self, table: &DeTable<'_>, path: &str, known: &[&str]) {
        for key in table.keys() {
            let name = key.get_ref();
            if !known.contains(&name.as_ref()) {
                let near = closest_key(name, known);
                let problem = Problem::UnknownKey {
                    name: name.to_string(),
                    near,
                };
                self.error(&key.span(), &join(path, name), problem);
            }
        }
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
            if path.is_empty() {
                // A whole table missing has no line of its own.
                let name = name.to_string();
                self.errors.push(ProfileError::new::<WORDS>(
                    0,
                    &name,
                    Problem::MissingTable { name: name.clone() },
                ));
            } else {
                self.error(
                    table_span,
                    &join(path, name),
                    Problem::MissingKey {
                        name: name.to_string(),
                    },
                );
            }
        }
        found
    }

    fn string(&mut self, value: &Value<'_>, key: &str) -> Option<String> {
        match value.get_ref() {
            DeValue::String(s) => Some(s.to_string()),
            _ => {
                self.wrong_type(value, key, Expected::String);
                None
            }
        }
    }

    fn table<'a, 'i>(&mut self, value: &'a Value<'i>, key: &str) -> Option<&'a DeTable<'i>> {
        match value.get_ref() {
            DeValue::Table(t) => Some(t),
            _ => {
                self.wrong_type(value, key, Expected::Table);
                None
            }
        }
    }

    fn array<'a, 'i>(&mut self, value: &'a Value<'i>, key: &str) -> Option<&'a DeArray<'i>> {
        match value.get_ref() {
            DeValue::Array(a) => Some(a),
            _ => {
                self.wrong_type(value, key, Expected::Array);
                None
            }
        }
    }

    fn boolean(&mut self, value: &Value<'_>, key: &str) -> Option<bool> {
        match value.get_ref() {
            DeValue::Boolean(b) => Some(*b),
            _ => {
                self.wrong_type(value, key, Expected::Boolean);
                None
            }
        }
    }

    /// A whole number from 1 to `max`.
    fn positive(&mut self, value: &Value<'_>, key: &str, max: u32) -> Option<u32> {
        let DeValue::Integer(i) = value.get_ref() else {
            self.wrong_type(value, key, Expected::WholeNumber);
            return None;
        };
        match i64::from_str_radix(i.as_str(), i.radix()).ok() {
            Some(n) if n >= 1 && n <= i64::from(max) => u32::try_from(n).ok(),
            _ => {
                self.error(&value.span(), key, Problem::NumberRange { max });
                None
            }
        }
    }

    fn date(&mut self, value: &Value<'_>, key: &str) -> Option<Date> {
        match value.get_ref() {
            DeValue::Datetime(dt) => {
                let parsed = match (dt.date, dt.time, dt.offset) {
                    (Some(d), None, None) => Date::new(d.year, d.month, d.day),
                    _ => None,
                };
                if parsed.is_none() {
                    self.error(&value.span(), key, Problem::DateWithTime);
                }
                parsed
            }
            DeValue::String(s) if Date::parse(s).is_some() => {
                let date = s.trim().to_string();
                self.error(&value.span(), key, Problem::QuotedDate { date });
                None
            }
            _ => {
                self.wrong_type(value, key, Expected::Date);
                None
            }
        }
    }

    /// A date and time with its offset from UTC (`2026-12-07T09:00:00+09:00`).
    fn datetime(&mut self, value: &Value<'_>, key: &str) -> Option<DateTime> {
        match value.get_ref() {
            DeValue::Datetime(dt) => {
                let parsed = DateTime::from_toml(dt);
                if parsed.is_none() {
                    self.error(&value.span(), key, Problem::NoOffset);
                }
                parsed
            }
            DeValue::String(s) if s.trim().parse::<toml_datetime::Datetime>().is_ok() => {
                let date = s.trim().to_string();
                self.error(&value.span(), key, Problem::QuotedDate { date });
                None
            }
            _ => {
                self.wrong_type(value, key, Expected::DateTime);
                None
            }
        }
    }

    /// `{ ja = "…", en = "…" }`; at least one language.
    fn localized(&mut self, value: &Value<'_>, key: &str) -> Option<Localized> {
        let DeValue::Table(t) = value.get_ref() else {
            self.wrong_type(value, key, Expected::Localized);
            return None;
        };
        self.unknown_keys(t, key, LOCALIZED_KEYS);
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
            self.error(&value.span(), key, Problem::NoText);
            ok = false;
        }
        ok.then_some(name)
    }

    // ---- the tables of the format ----

    /// `[profile]`: the published profile's identity; `None` when the table is not written.
    fn meta(&mut self, root: &DeTable<'_>) -> Option<ProfileMeta> {
        let value = root.get("profile")?;
        let t = self.table(value, "profile")?;
        self.unknown_keys(t, "profile", PROFILE_KEYS);
        let span = value.span();
        let version = self.required(t, &span, "profile", "version").and_then(|v| {
            let key = "profile.version";
            let version = self.string(v, key)?.trim().to_string();
            let length = version.chars().count();
            if length == 0 || length > MAX_VERSION_CHARS {
                self.error(&v.span(), key, Problem::VersionLength { length });
                return None;
            }
            Some(version)
        });
        let published = match t.get("published") {
            Some(v) => self.datetime(v, "profile.published").map(Some),
            None => Some(None),
        };
        let offline_max_days = match t.get("offline_max_days") {
            Some(v) => self.positive(v, "profile.offline_max_days", MAX_OFFLINE_DAYS),
            None => Some(DEFAULT_OFFLINE_DAYS),
        };
        Some(ProfileMeta {
            version: version?,
            published: published?,
            offline_max_days: offline_max_days?,
        })
    }

    /// `[probe]`: the connection-doctor service; `None` when the table is not written.
    fn probe(&mut self, root: &DeTable<'_>) -> Option<ProbeConfig> {
        let value = root.get("probe")?;
        let t = self.table(value, "probe")?;
        self.unknown_keys(t, "probe", PROBE_KEYS);
        let v = self.required(t, &value.span(), "probe", "url")?;
        let url = self.string(v, "probe.url")?.trim().to_string();
        if !https_or_local(&url) {
            self.error(&v.span(), "probe.url", Problem::NotHttps { url });
            return None;
        }
        Some(ProbeConfig { url })
    }

    fn isp(&mut self, root: &DeTable<'_>, root_span: &Range<usize>) -> Isp {
        let mut isp = Isp::default();
        let Some(value) = self.required(root, root_span, "", "isp") else {
            return isp;
        };
        let Some(t) = self.table(value, "isp") else {
            return isp;
        };
        self.unknown_keys(t, "isp", ISP_KEYS);
        let span = value.span();
        if let Some(v) = self.required(t, &span, "isp", "name") {
            if let Some(name) = self.localized(v, "isp.name") {
                isp.name = name;
            }
        }
        if let Some(v) = t.get("support") {
            if let Some(s) = self.table(v, "isp.support") {
                self.unknown_keys(s, "isp.support", SUPPORT_KEYS);
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
                            self.error(
                                &u.span(),
                                "isp.support.url",
                                Problem::NotWebAddress { url },
                            );
                        }
                    }
                }
            }
        }
        if let Some(v) = t.get("effective") {
            isp.effective = self.date(v, "isp.effective");
        }
        if let Some(v) = t.get("networks") {
            if let Some(items) = self.array(v, "isp.networks") {
                for (j, n) in items.iter().enumerate() {
                    let key = format!("isp.networks[{j}]");
                    let Some(text) = self.string(n, &key) else {
                        continue;
                    };
                    match text.parse::<IpNet>() {
                        Ok(net) => isp.networks.push(net),
                        Err(_) => {
                            let value = text.trim().to_string();
                            self.error(&n.span(), &key, Problem::BadNetwork { value });
                        }
                    }
                }
            }
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
        self.unknown_keys(t, "policy", POLICY_KEYS);
        if let Some(v) = t.get("min_tls") {
            let key = "policy.min_tls";
            match v.get_ref() {
                DeValue::String(s) => match Tls::parse(s) {
                    Some(tls @ (Tls::V1_2 | Tls::V1_3)) => policy.min_tls = tls,
                    _ => self.error(&v.span(), key, Problem::TlsVersion),
                },
                DeValue::Float(_) => self.error(&v.span(), key, Problem::TlsUnquoted),
                _ => self.wrong_type(v, key, Expected::Tls),
            }
        }
        if let Some(v) = t.get("max_recipients_per_message") {
            policy.max_recipients_per_message =
                self.positive(v, "policy.max_recipients_per_message", u32::MAX);
        }
        if let Some(v) = t.get("send_rate") {
            let key = "policy.send_rate";
            if let Some(rate) = self.table(v, key) {
                self.unknown_keys(rate, key, SEND_RATE_KEYS);
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
                self.unknown_keys(flb, key, FOREIGN_LOGIN_BLOCK_KEYS);
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

    fn server_sets(&mut self, root: &DeTable<'_>) -> BTreeMap<String, ServerSet> {
        let mut sets = BTreeMap::new();
        let Some(value) = root.get("servers") else {
            self.errors.push(ProfileError::new::<WORDS>(
                0,
                "servers",
                Problem::NoServerSets,
            ));
            return sets;
        };
        let Some(t) = self.table(value, "servers") else {
            return sets;
        };
        if t.is_empty() {
            self.error(&value.span(), "servers", Problem::NoServerSets);
        }
        // In name order, as the tree keeps them (problems on one line keep their order).
        for (name, value) in t.iter() {
            let path = join("servers", name.get_ref());
            if let Some(set) = self.server_set(value, &path) {
                sets.insert(name.get_ref().to_string(), set);
            }
        }
        sets
    }

    fn server_set(&mut self, value: &Value<'_>, path: &str) -> Option<ServerSet> {
        let t = self.table(value, path)?;
        let span = value.span();
        let before = self.errors.len();
        self.unknown_keys(t, path, SERVER_SET_KEYS);

        let imap = t
            .get("imap")
            .and_then(|v| self.endpoint(v, &join(path, "imap")));
        let pop3 = t
            .get("pop3")
            .and_then(|v| self.endpoint(v, &join(path, "pop3")));
        if !t.contains_key("imap") && !t.contains_key("pop3") {
            self.error(&span, path, Problem::NoMailbox);
        }

        let mut smtp = Vec::new();
        let smtp_key = join(path, "smtp");
        if let Some(v) = self.required(t, &span, path, "smtp") {
            if let Some(list) = self.array(v, &smtp_key) {
                if list.is_empty() {
                    self.error(&v.span(), &smtp_key, Problem::NoSmtp);
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
                        self.error(&v.span(), &key, Problem::UsernameFormat);
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
                    self.error(&v.span(), &key, Problem::Auth);
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
            self.wrong_type(value, path, Expected::Endpoint);
            return None;
        };
        self.unknown_keys(t, path, ENDPOINT_KEYS);
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
                    self.error(&v.span(), &key, Problem::SecurityAuto);
                    None
                }
                _ => {
                    self.error(&v.span(), &key, Problem::UnknownSecurity { value: s });
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
            let host = host.to_string();
            self.error(span, key, Problem::BadPlaceholder { host });
            return None;
        }
        self.host_name(&filled, host, span, key)
            .then(|| host.to_string())
    }

    /// Whether `name` is a plausible host name; reports it (as `shown`) if not.
    fn host_name(&mut self, name: &str, shown: &str, span: &Range<usize>, key: &str) -> bool {
        if crate::names::ip_literal(name).is_some() {
            let value = shown.to_string();
            self.error(span, key, Problem::IpNotHost { value });
            return false;
        }
        if !crate::names::is_domain_name(&normalize_host(name)) {
            let value = shown.to_string();
            self.error(span, key, Problem::BadHostName { value });
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
            let known = defined.to_vec();
            self.error(
                &value.span(),
                key,
                Problem::UnknownServerSet { name, known },
            );
            return None;
        }
        sets.contains_key(&name).then_some(name)
    }

    fn brands(&mut self, root: &DeTable<'_>, sets: &BTreeMap<String, ServerSet>) -> Vec<Brand> {
        let mut brands = Vec::new();
        let Some(value) = root.get("brands") else {
            self.errors
                .push(ProfileError::new::<WORDS>(0, "brands", Problem::NoBrands));
            return brands;
        };
        let Some(list) = self.array(value, "brands") else {
            return brands;
        };
        if list.is_empty() {
            self.error(&value.span(), "brands", Problem::EmptyBrands);
        }
        let defined = defined_sets(root);
        // Canonical domain → its first listing in `firsts`: (brand index, brand id, line). The
        // maps are `BTreeMap<String, usize>` like the profile's indexes (one B-tree in the wasm).
        let mut seen_domains: BTreeMap<String, usize> = BTreeMap::new();
        let mut firsts: Vec<(usize, String, usize)> = Vec::new();
        let mut seen_ids: BTreeMap<String, usize> = BTreeMap::new();
        for (i, b) in list.iter().enumerate() {
            let path = format!("brands[{i}]");
            let Some(t) = self.table(b, &path) else {
                continue;
            };
            self.unknown_keys(t, &path, BRAND_KEYS);
            let span = b.span();
            let id = self.required(t, &span, &path, "id").and_then(|v| {
                let key = join(&path, "id");
                let id = self.string(v, &key)?.trim().to_string();
                if id.is_empty() {
                    self.error(&v.span(), &key, Problem::Empty);
                    return None;
                }
                let line = self.line(&v.span());
                // Brand ids are short codes (ASCII in the spec's example); ASCII folding keeps Unicode case tables
                // out of the wasm.
                if let Some(first) = seen_ids.insert(id.to_ascii_lowercase(), line) {
                    let id = id.clone();
                    self.error(&v.span(), &key, Problem::DuplicateBrandId { id, first });
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
                        self.error(&v.span(), &domains_key, Problem::NoDomains);
                    }
                    let brand_id = id.clone().unwrap_or_else(|| format!("#{}", i + 1));
                    for (j, d) in items.iter().enumerate() {
                        let key = format!("{domains_key}[{j}]");
                        let Some(domain) = self.string(d, &key) else {
                            continue;
                        };
                        let domain = domain.trim().to_string();
                        if domain.contains('{') || domain.contains('}') {
                            self.error(&d.span(), &key, Problem::PlaceholderInDomain { domain });
                            continue;
                        }
                        if !self.host_name(&domain, &domain, &d.span(), &key) {
                            continue;
                        }
                        let canonical = normalize_host(&domain);
                        let line = self.line(&d.span());
                        match seen_domains.get(&canonical).map(|&k| &firsts[k]) {
                            Some((owner, owner_id, first)) if *owner == i => {
                                let problem = Problem::DomainTwice {
                                    domain,
                                    brand: owner_id.clone(),
                                    first: *first,
                                };
                                self.error(&d.span(), &key, problem);
                            }
                            Some((_, owner_id, first)) => {
                                let problem = Problem::DomainTaken {
                                    domain,
                                    brand: owner_id.clone(),
                                    first: *first,
                                };
                                self.error(&d.span(), &key, problem);
                            }
                            None => {
                                seen_domains.insert(canonical, firsts.len());
                                firsts.push((i, brand_id.clone(), line));
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

    fn retired(
        &mut self,
        root: &DeTable<'_>,
        sets: &BTreeMap<String, ServerSet>,
        brands: &[Brand],
    ) -> Vec<Retired> {
        let mut retired = Vec::new();
        let Some(value) = root.get("retired") else {
            return retired;
        };
        let Some(list) = self.array(value, "retired") else {
            return retired;
        };
        let current = current_hosts(sets, brands);
        let defined = defined_sets(root);
        for (i, r) in list.iter().enumerate() {
            let path = format!("retired[{i}]");
            let Some(t) = self.table(r, &path) else {
                continue;
            };
            self.unknown_keys(t, &path, RETIRED_KEYS);
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
                            self.error(&h.span(), &key, Problem::PlaceholderInRetired { host });
                        } else if self.host_name(&host, &host, &h.span(), &key) {
                            // A host both current and retired would be reported as switched off.
                            let set = current
                                .get(&normalize_host(&host))
                                .and_then(|&k| sets.keys().nth(k));
                            match set {
                                Some(set) => {
                                    let set = set.clone();
                                    self.error(
                                        &h.span(),
                                        &key,
                                        Problem::RetiredIsCurrent { host, set },
                                    )
                                }
                                None => hosts.push(host),
                            }
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
                            None => {
                                let value = text.trim().to_string();
                                self.error(&a.span(), &key, Problem::NotIp { value })
                            }
                        }
                    }
                }
            }
            if !t.contains_key("hosts") && !t.contains_key("ips") {
                self.error(&span, &path, Problem::NoRetiredHosts);
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
        self.unknown_keys(t, "dns", DNS_KEYS);
        if let Some(v) = t.get("doh") {
            if let Some(url) = self.string(v, "dns.doh") {
                let url = url.trim();
                if https_or_local(url) {
                    dns.doh = Some(url.to_string());
                } else {
                    let url = url.to_string();
                    self.error(&v.span(), "dns.doh", Problem::NotHttps { url });
                }
            }
        }
        dns
    }
}

/// Every current server host (templates filled in for the domains that use them) → its set, as
/// the set's position in `sets` (a later set wins a host listed by two).
fn current_hosts(sets: &BTreeMap<String, ServerSet>, brands: &[Brand]) -> BTreeMap<String, usize> {
    let mut hosts = BTreeMap::new();
    for (k, (name, set)) in sets.iter().enumerate() {
        let endpoints = || {
            set.imap
                .iter()
                .chain(set.pop3.iter())
                .chain(set.smtp.iter())
        };
        for e in endpoints().filter(|e| !e.host.contains("{domain}")) {
            hosts.insert(normalize_host(&e.host), k);
        }
        if endpoints().any(|e| e.host.contains("{domain}")) {
            for brand in brands.iter().filter(|b| &b.servers == name) {
                for d in &brand.domains {
                    for h in set.hosts_for(d) {
                        hosts.insert(h, k);
                    }
                }
            }
        }
    }
    hosts
}

/// The server set names written in the file, whether or not their tables are valid, in name
/// order (the lists in messages).
fn defined_sets(root: &DeTable<'_>) -> Vec<String> {
    match root.get("servers").map(|v| v.get_ref()) {
        // The tree keeps a table's keys in name order.
        Some(DeValue::Table(t)) => t.keys().map(|k| k.get_ref().to_string()).collect(),
        _ => Vec::new(),
    }
}

/// What kind of value a message says was found.
fn kind_of(value: &DeValue<'_>) -> ValueKind {
    match value {
        DeValue::String(_) => ValueKind::String,
        DeValue::Integer(_) => ValueKind::Integer,
        DeValue::Float(_) => ValueKind::Float,
        DeValue::Boolean(_) => ValueKind::Boolean,
        DeValue::Datetime(_) => ValueKind::Date,
        DeValue::Array(_) => ValueKind::Array,
        DeValue::Table(_) => ValueKind::Table,
    }
}

/// `https://host…`; plain `http://` only to this machine (a local test resolver or service).
fn https_or_local(url: &str) -> bool {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn s(text: &str) -> String {
        text.to_string()
    }

    #[test]
    fn without_messages_the_same_problems() {
        let broken = [
            BASE.replace("port = 993", "port = 0"),
            BASE.replace("[isp]", "[isp]\nprot = 1"),
            BASE.replace("name = {", "name = {{"),
            String::from("= = ="),
        ];
        for text in &broken {
            let worded = parse(text).expect_err("broken");
            let quiet = parse_without_messages(text).expect_err("broken");
            assert_eq!(worded.len(), quiet.len(), "{text}");
            for (w, q) in worded.iter().zip(&quiet) {
                assert!(!w.message.is_empty() && q.message.is_empty());
                assert_eq!((w.line, &w.key), (q.line, &q.key));
                for lang in [Lang::Ja, Lang::En] {
                    assert_eq!(w.message_in(lang), q.message_in(lang), "{text}");
                }
            }
        }
        assert!(parse_without_messages(BASE).is_ok());
    }

    #[test]
    fn key_names_fold_as_to_lowercase_does() {
        // fold_key stands in for str::to_lowercase (size): the same distances to every key name.
        let names = [
            "PORT",
            "Prot",
            "op25",
            "Offline_Days",
            "\u{212A}EYS",
            "\u{130}mAP",
            "ＰＯＲＴ",
            "Σmtp",
            "hOsT",
            "ΣΑΣ",
            "pört",
            "Émail",
            "",
        ];
        let keys = [
            "port",
            "op25b",
            "offline_max_days",
            "keys",
            "imap",
            "smtp",
            "host",
            "email",
        ];
        for name in names {
            let lower = name.to_lowercase();
            let folded = fold_key(name);
            assert_eq!(lower.chars().count(), folded.chars().count(), "{name}");
            for key in keys {
                for limit in 1..4 {
                    assert_eq!(
                        edit_distance_within(&lower, key, limit),
                        edit_distance_within(&folded, key, limit),
                        "{name} / {key}"
                    );
                }
            }
        }
        // Every character: ASCII where to_lowercase gives ASCII, one character where it gives one.
        for c in (0..=0x10FFFF_u32).filter_map(char::from_u32) {
            let lower: String = c.to_lowercase().collect();
            let folded = fold_key(c.encode_utf8(&mut [0; 4]));
            if lower.is_ascii() || folded.is_ascii() || lower.chars().count() != 1 {
                assert_eq!(lower, folded, "U+{:04X}", c as u32);
            }
        }
    }

    /// A valid profile; tests break one thing at a time. Line numbers matter.
    const BASE: &str = r#"[isp]
name = { ja = "テスト", en = "Test" }
effective = 2024-03-31

[servers.cloud]
imap = { host = "imap.mail.example.jp", port = 993, security = "ssl" }
smtp = [
  { host = "smtp.mail.example.jp", port = 465, security = "ssl" },
  { host = "smtp.mail.example.jp", port = 587, security = "starttls" },
]
username = "address"

[[brands]]
id = "aoi"
name = { ja = "あおい", en = "Aoi" }
servers = "cloud"
domains = ["aoi.example.jp", "kita.aoi.example.jp"]

[[brands]]
id = "midori"
name = { ja = "みどり", en = "Midori" }
servers = "cloud"
domains = ["midori.example.jp"]

[[retired]]
hosts = ["mail.aoi.example.jp"]
ips = ["192.0.2.25"]
until = 2024-03-31
replaced_by = "cloud"
"#;

    fn problems(text: &str) -> Vec<(usize, String, String)> {
        match parse(text) {
            Ok(_) => Vec::new(),
            Err(errors) => errors
                .into_iter()
                .map(|e| (e.line, e.key, e.message))
                .collect(),
        }
    }

    fn base_with(from: &str, to: &str) -> String {
        assert_eq!(BASE.matches(from).count(), 1, "{from:?} must occur once");
        BASE.replacen(from, to, 1)
    }

    /// The single problem of `text`, as (line, key); its message must contain `message`.
    #[track_caller]
    fn one_problem(text: &str, line: usize, key: &str, message: &str) {
        let found = problems(text);
        assert_eq!(found.len(), 1, "{found:#?}");
        let (l, k, m) = &found[0];
        assert_eq!((*l, k.as_str()), (line, key), "{m}");
        assert!(m.contains(message), "{m:?} lacks {message:?}");
    }

    #[test]
    fn base_is_valid() {
        let p = parse(BASE).unwrap_or_else(|e| panic!("{e:#?}"));
        assert_eq!(p.policy, Policy::default());
        assert_eq!(p.dns, DnsSettings::default());
        assert_eq!(p.servers["cloud"].auth, "password");
        assert_eq!(p.servers["cloud"].pop3, None);
        assert_eq!(p.retired[0].note, None);
    }

    #[test]
    fn syntax_error_has_its_line() {
        let text = base_with("username = \"address\"", "username = \"address");
        let found = problems(&text);
        assert!(!found.is_empty());
        assert!(found.iter().all(|(_, _, m)| m.starts_with("TOML syntax")));
        assert_eq!(found[0].0, 11, "{found:#?}");
    }

    #[test]
    fn syntax_errors_say_what_and_where() {
        // The `toml` crate's words, with the text at the place.
        one_problem(
            &base_with(
                "username = \"address\"",
                "username = \"address\"\nusername = \"address\"",
            ),
            12,
            "",
            "TOML syntax: duplicate key (at `username`)",
        );
        one_problem(
            &base_with("[servers.cloud]", "[servers.cloud"),
            5,
            "",
            "TOML syntax: unclosed table, expected `]`",
        );
        one_problem(
            &base_with("port = 993", "port = 0993"),
            6,
            "",
            "unexpected leading zero",
        );
        one_problem(
            &base_with("effective = 2024-03-31", "effective = 2024-02-30"),
            3,
            "",
            "invalid date, expected day between 01 and 29 (at `2024-02-30`)",
        );
        one_problem(
            &base_with("username = \"address\"", "username = address"),
            11,
            "",
            "string values must be quoted, expected literal string (at `address`)",
        );
        // And in Japanese.
        let errors =
            parse(&base_with("username = \"address\"", "username = address")).expect_err("broken");
        assert_eq!(
            errors[0].message_in(Lang::Ja),
            "TOML の書き方に誤りがあります。文字列の値は引用符 \"…\" で囲んでください：「address」。"
        );
    }

    #[test]
    fn cascading_syntax_errors_are_not_repeated() {
        let text = format!("a = {}1", "[".repeat(500));
        let found = problems(&text);
        // The reader stops at the first mistake: one report, not one per bracket.
        assert_eq!(found.len(), 1, "{found:#?}");
    }

    #[test]
    fn missing_tables_have_no_line() {
        let found = problems("");
        let keys: Vec<_> = found.iter().map(|(l, k, _)| (*l, k.as_str())).collect();
        assert_eq!(keys, [(0, "isp"), (0, "servers"), (0, "brands")]);
    }

    #[test]
    fn missing_key_is_reported_at_its_table() {
        one_problem(
            &base_with("username = \"address\"\n", ""),
            5,
            "servers.cloud.username",
            "missing key \"username\"",
        );
        one_problem(
            &base_with("id = \"midori\"\n", ""),
            19,
            "brands[1].id",
            "missing key",
        );
        one_problem(
            &base_with("replaced_by = \"cloud\"\n", ""),
            25,
            "retired[0].replaced_by",
            "missing key",
        );
    }

    #[test]
    fn security_must_be_ssl_starttls_or_none() {
        one_problem(
            &base_with("587, security = \"starttls\"", "587, security = \"auto\""),
            9,
            "servers.cloud.smtp[1].security",
            "\"auto\" is a client setting",
        );
        one_problem(
            &base_with("993, security = \"ssl\"", "993, security = \"tls\""),
            6,
            "servers.cloud.imap.security",
            "unknown security \"tls\"",
        );
        assert!(problems(&base_with(
            "587, security = \"starttls\"",
            "587, security = \"none\""
        ))
        .is_empty());
    }

    #[test]
    fn ports_are_1_to_65535() {
        for bad in ["0", "65536", "-1", "9223372036854775807"] {
            one_problem(
                &base_with("port = 465", &format!("port = {bad}")),
                8,
                "servers.cloud.smtp[0].port",
                "from 1 to 65535",
            );
        }
        one_problem(
            &base_with("port = 465", "port = \"465\""),
            8,
            "servers.cloud.smtp[0].port",
            "expected a whole number, found a string",
        );
        one_problem(
            &base_with("port = 993", "port = 993.0"),
            6,
            "servers.cloud.imap.port",
            "found a float",
        );
        let p =
            parse(&base_with("port = 465", "port = 0x1d1")).unwrap_or_else(|e| panic!("{e:#?}"));
        assert_eq!(p.servers["cloud"].smtp[0].port, 465);
    }

    #[test]
    fn brand_servers_must_exist() {
        one_problem(
            &base_with(
                "servers = \"cloud\"\ndomains = [\"aoi",
                "servers = \"clod\"\ndomains = [\"aoi",
            ),
            16,
            "brands[0].servers",
            "unknown server set \"clod\" (known: cloud)",
        );
    }

    #[test]
    fn retired_replaced_by_must_exist() {
        one_problem(
            &base_with("replaced_by = \"cloud\"", "replaced_by = \"onprem\""),
            29,
            "retired[0].replaced_by",
            "unknown server set \"onprem\" (known: cloud)",
        );
    }

    #[test]
    fn a_domain_belongs_to_one_brand() {
        one_problem(
            &base_with(
                "[\"midori.example.jp\"]",
                "[\"midori.example.jp\", \"AOI.Example.JP.\"]",
            ),
            23,
            "brands[1].domains[1]",
            "already belongs to brand \"aoi\" (line 17)",
        );
        one_problem(
            &base_with(
                "\"kita.aoi.example.jp\"]",
                "\"kita.aoi.example.jp\", \"kita.aoi.example.jp\"]",
            ),
            17,
            "brands[0].domains[2]",
            "listed twice in brand \"aoi\"",
        );
    }

    #[test]
    fn punycode_and_unicode_domains_are_the_same_domain() {
        let ascii = normalize_host("ほたる.example.jp");
        assert!(ascii.starts_with("xn--"), "{ascii}");
        let text = base_with(
            "[\"midori.example.jp\"]",
            &format!("[\"midori.example.jp\",\n  \"ほたる.example.jp\",\n  \"{ascii}\"]"),
        );
        one_problem(&text, 25, "brands[1].domains[2]", "listed twice");
    }

    #[test]
    fn domains_must_be_domain_names() {
        one_problem(
            &base_with("[\"midori.example.jp\"]", "[\"midori example.jp\"]"),
            23,
            "brands[1].domains[0]",
            "not a valid host name",
        );
        one_problem(
            &base_with("[\"midori.example.jp\"]", "[\"{domain}.example.jp\"]"),
            23,
            "brands[1].domains[0]",
            "placeholders are not allowed",
        );
        one_problem(
            &base_with("[\"midori.example.jp\"]", "[]"),
            23,
            "brands[1].domains",
            "at least one domain",
        );
        one_problem(
            &base_with("[\"midori.example.jp\"]", "\"midori.example.jp\""),
            23,
            "brands[1].domains",
            "expected an array, found a string",
        );
    }

    #[test]
    fn brand_ids_are_unique() {
        one_problem(
            &base_with("id = \"midori\"", "id = \"AOI\""),
            20,
            "brands[1].id",
            "already used (line 14)",
        );
    }

    #[test]
    fn a_brand_id_used_three_times_names_its_previous_use() {
        let third = "[[brands]]\nid = \"aoi\"\nname = { ja = \"三\", en = \"Third\" }\n\
                     servers = \"cloud\"\ndomains = [\"third.example.jp\"]\n\n[[retired]]";
        let text = base_with("id = \"midori\"", "id = \"AOI\"").replacen("[[retired]]", third, 1);
        let found = problems(&text);
        assert_eq!(found.len(), 2, "{found:#?}");
        assert_eq!((found[0].0, found[0].1.as_str()), (20, "brands[1].id"));
        assert!(found[0].2.contains("already used (line 14)"), "{found:#?}");
        assert_eq!((found[1].0, found[1].1.as_str()), (26, "brands[2].id"));
        assert!(found[1].2.contains("already used (line 20)"), "{found:#?}");
    }

    #[test]
    fn username_is_address_or_local_part() {
        one_problem(
            &base_with("username = \"address\"", "username = \"email\""),
            11,
            "servers.cloud.username",
            "\"address\" or \"local-part\"",
        );
        let p = parse(&base_with(
            "username = \"address\"",
            "username = \"local-part\"",
        ))
        .unwrap_or_else(|e| panic!("{e:#?}"));
        assert_eq!(p.servers["cloud"].username, UsernameFormat::LocalPart);
    }

    #[test]
    fn auth_must_be_password() {
        one_problem(
            &base_with(
                "username = \"address\"",
                "username = \"address\"\nauth = \"oauth2\"",
            ),
            12,
            "servers.cloud.auth",
            "must be \"password\"",
        );
    }

    #[test]
    fn smtp_is_a_non_empty_array() {
        let text = BASE.replace(
            "smtp = [\n  { host = \"smtp.mail.example.jp\", port = 465, security = \"ssl\" },\n  { host = \"smtp.mail.example.jp\", port = 587, security = \"starttls\" },\n]",
            "smtp = []\n\n\n",
        );
        one_problem(&text, 7, "servers.cloud.smtp", "at least one server");
        let text = BASE.replace(
            "smtp = [\n  { host = \"smtp.mail.example.jp\", port = 465, security = \"ssl\" },\n  { host = \"smtp.mail.example.jp\", port = 587, security = \"starttls\" },\n]",
            "smtp = { host = \"smtp.mail.example.jp\", port = 465, security = \"ssl\" }\n\n\n",
        );
        one_problem(
            &text,
            7,
            "servers.cloud.smtp",
            "expected an array, found a table",
        );
    }

    #[test]
    fn a_set_offers_imap_or_pop3() {
        one_problem(
            &base_with(
                "imap = { host = \"imap.mail.example.jp\", port = 993, security = \"ssl\" }\n",
                "",
            ),
            5,
            "servers.cloud",
            "neither imap nor pop3",
        );
    }

    #[test]
    fn hosts_allow_only_the_domain_placeholder() {
        let p = parse(&base_with(
            "host = \"imap.mail.example.jp\"",
            "host = \"imap.{domain}\"",
        ))
        .unwrap_or_else(|e| panic!("{e:#?}"));
        let imap = p.servers["cloud"]
            .imap
            .as_ref()
            .map(|e| e.host_for("Aoi.Example.JP"));
        assert_eq!(imap.as_deref(), Some("imap.aoi.example.jp"));
        one_problem(
            &base_with(
                "host = \"imap.mail.example.jp\"",
                "host = \"imap.{user}.example.jp\"",
            ),
            6,
            "servers.cloud.imap.host",
            "only {domain} may be used",
        );
        one_problem(
            &base_with("host = \"imap.mail.example.jp\"", "host = \"imap mail\""),
            6,
            "servers.cloud.imap.host",
            "not a valid host name",
        );
        one_problem(
            &base_with("host = \"imap.mail.example.jp\"", "host = \"192.0.2.1\""),
            6,
            "servers.cloud.imap.host",
            "is an IP address",
        );
    }

    #[test]
    fn dates_are_toml_dates() {
        one_problem(
            &base_with("until = 2024-03-31", "until = \"2024-03-31\""),
            28,
            "retired[0].until",
            "without quotes",
        );
        one_problem(
            &base_with("effective = 2024-03-31", "effective = 2024-03-31T09:00:00"),
            3,
            "isp.effective",
            "without a time",
        );
        one_problem(
            &base_with("effective = 2024-03-31", "effective = 20240331"),
            3,
            "isp.effective",
            "expected a date like 2024-03-31",
        );
    }

    #[test]
    fn retired_ips_are_ip_addresses() {
        one_problem(
            &base_with(
                "[\"192.0.2.25\"]",
                "[\"192.0.2.25\", \"2001:db8::25\", \"192.0.2.300\"]",
            ),
            27,
            "retired[0].ips[2]",
            "\"192.0.2.300\" is not an IP address",
        );
        let p = parse(&base_with("[\"192.0.2.25\"]", "[\"2001:db8::25\"]"))
            .unwrap_or_else(|e| panic!("{e:#?}"));
        assert_eq!(
            p.retired[0].ips,
            ["2001:db8::25".parse::<IpAddr>().unwrap()]
        );
    }

    #[test]
    fn a_retired_host_of_two_current_sets_names_the_last_in_name_order() {
        let old_set = "username = \"address\"\n\n[servers.old]\n\
                       imap = { host = \"IMAP.mail.example.jp\", port = 993, security = \"ssl\" }\n\
                       smtp = [{ host = \"smtp.old.example.jp\", port = 465, security = \"ssl\" }]\n\
                       username = \"address\"";
        let text = base_with("username = \"address\"", old_set).replacen(
            "[\"mail.aoi.example.jp\"]",
            "[\"mail.aoi.example.jp\", \"imap.mail.example.jp\"]",
            1,
        );
        let found = problems(&text);
        assert!(
            found.iter().any(|(_, k, m)| k == "retired[0].hosts[1]"
                && m.contains("is a current server of servers.old")),
            "{found:#?}"
        );
    }

    #[test]
    fn retired_hosts_are_host_names_and_not_current() {
        one_problem(
            &base_with(
                "[\"mail.aoi.example.jp\"]",
                "[\"mail.aoi.example.jp\", \"SMTP.mail.example.jp\"]",
            ),
            26,
            "retired[0].hosts[1]",
            "is a current server of servers.cloud",
        );
        one_problem(
            &base_with("[\"mail.aoi.example.jp\"]", "[\"pop.{domain}\"]"),
            26,
            "retired[0].hosts[0]",
            "placeholders are not allowed",
        );
    }

    #[test]
    fn retired_note_is_read() {
        let p = parse(&format!(
            "{BASE}note = {{ ja = \"旧設備\", en = \"Old servers\" }}\n"
        ))
        .unwrap_or_else(|e| panic!("{e:#?}"));
        assert_eq!(
            p.retired[0].note.as_ref().map(|n| n.en.as_str()),
            Some("Old servers")
        );
        one_problem(
            &format!("{BASE}note = \"old\"\n"),
            30,
            "retired[0].note",
            "expected a table",
        );
    }

    #[test]
    fn policy_is_read_and_defaults_when_omitted() {
        let text = format!(
            "{BASE}\n[policy]\nmin_tls = \"1.3\"\nmax_recipients_per_message = 100\n\
             send_rate = {{ messages = 200, per_minutes = 60 }}\nop25b = true\n\
             foreign_login_block = {{ enabled = true, microsoft_cloud_exempt = true }}\n"
        );
        let p = parse(&text).unwrap_or_else(|e| panic!("{e:#?}"));
        assert_eq!(p.policy.min_tls, Tls::V1_3);
        assert_eq!(p.policy.max_recipients_per_message, Some(100));
        assert_eq!(
            p.policy.send_rate,
            Some(SendRate {
                messages: 200,
                per_minutes: 60
            })
        );
        assert!(p.policy.op25b);
        assert!(p.policy.foreign_login_block.enabled);
        assert!(p.policy.foreign_login_block.microsoft_cloud_exempt);

        let p = parse(&format!("{BASE}\n[policy]\nop25b = true\n"))
            .unwrap_or_else(|e| panic!("{e:#?}"));
        assert_eq!(p.policy.min_tls, Tls::V1_2);
        assert_eq!(p.policy.send_rate, None);
        assert_eq!(p.policy.foreign_login_block, ForeignLoginBlock::default());
    }

    #[test]
    fn policy_values_are_checked() {
        // BASE has 29 lines; "\n[policy]\n" puts the first policy key on line 32.
        let policy = |body: &str| format!("{BASE}\n[policy]\n{body}\n");
        one_problem(
            &policy("min_tls = \"1.1\""),
            32,
            "policy.min_tls",
            "\"1.2\" or \"1.3\"",
        );
        one_problem(&policy("min_tls = 1.2"), 32, "policy.min_tls", "in quotes");
        one_problem(
            &policy("send_rate = { messages = 0, per_minutes = 60 }"),
            32,
            "policy.send_rate.messages",
            "whole number from 1",
        );
        one_problem(
            &policy("send_rate = { messages = 200 }"),
            32,
            "policy.send_rate.per_minutes",
            "missing key",
        );
        one_problem(
            &policy("send_rate = 200"),
            32,
            "policy.send_rate",
            "expected a table",
        );
        one_problem(
            &policy("op25b = \"yes\""),
            32,
            "policy.op25b",
            "expected true or false",
        );
        one_problem(
            &policy("max_recipients_per_message = -5"),
            32,
            "policy.max_recipients_per_message",
            "whole number from 1",
        );
        one_problem(
            &policy("foreign_login_block = { enabled = 1 }"),
            32,
            "policy.foreign_login_block.enabled",
            "expected true or false",
        );
    }

    #[test]
    fn dns_doh_must_be_https_or_local() {
        let dns = |url: &str| format!("{BASE}\n[dns]\ndoh = \"{url}\"\n");
        for ok in [
            "https://doh.example.jp/dns-query",
            "http://127.0.0.1:8053/dns-query",
            "http://localhost/dns-query",
        ] {
            let p = parse(&dns(ok)).unwrap_or_else(|e| panic!("{ok}: {e:#?}"));
            assert_eq!(p.dns.doh.as_deref(), Some(ok));
        }
        for bad in [
            "http://doh.example.jp/dns-query",
            "http://localhost.example.jp/",
            "https://",
            "doh.example.jp",
            "ftp://doh.example.jp/",
        ] {
            one_problem(&dns(bad), 32, "dns.doh", "must be an https:// URL");
        }
    }

    #[test]
    fn support_url_is_a_web_address() {
        let text = base_with(
            "effective = 2024-03-31",
            "effective = 2024-03-31\nsupport = { phone = \"0120-000-000\", url = \"support.example.jp\" }",
        );
        one_problem(&text, 4, "isp.support.url", "must be a web address");
    }

    #[test]
    fn names_need_a_language() {
        one_problem(
            &base_with("name = { ja = \"あおい\", en = \"Aoi\" }", "name = {}"),
            15,
            "brands[0].name",
            "needs ja or en",
        );
        one_problem(
            &base_with("name = { ja = \"あおい\", en = \"Aoi\" }", "name = \"Aoi\""),
            15,
            "brands[0].name",
            "expected a table",
        );
        let p = parse(&base_with(
            "name = { ja = \"あおい\", en = \"Aoi\" }",
            "name = { en = \"Aoi\" }",
        ))
        .unwrap_or_else(|e| panic!("{e:#?}"));
        assert_eq!(p.brands[0].name.ja, "");
    }

    #[test]
    fn unknown_keys_are_problems_with_the_key_they_likely_meant() {
        // A misspelt policy key would otherwise silently do nothing.
        let text = format!("{BASE}\n[policy]\nop25 = true\nmax_recipients = 100\n");
        let found = problems(&text);
        assert_eq!(
            found,
            [
                (
                    32,
                    s("policy.op25"),
                    s("unknown key `op25`: did you mean `op25b`?")
                ),
                (
                    33,
                    s("policy.max_recipients"),
                    s("unknown key `max_recipients`: the profile format does not define it")
                ),
            ]
        );
        // Every table: the root, a set, an endpoint, a brand, a localized name; case is ignored
        // when looking for the key meant.
        let text = base_with(
            "username = \"address\"",
            "username = \"address\"\nwebmail = \"https://webmail.example.jp/\"",
        )
        .replacen("port = 993,", "prot = 993, port = 993,", 1)
        .replacen("id = \"midori\"", "id = \"midori\"\nDomain = \"x\"", 1)
        .replacen("en = \"Aoi\"", "en = \"Aoi\", jp = \"あおい\"", 1);
        let text = format!("{text}\n[polcy]\nop25b = true\n");
        let found: Vec<(usize, String, String)> = problems(&text);
        let keys: Vec<(usize, &str)> = found.iter().map(|(l, k, _)| (*l, k.as_str())).collect();
        assert_eq!(
            keys,
            [
                (6, "servers.cloud.imap.prot"),
                (12, "servers.cloud.webmail"),
                (16, "brands[0].name.jp"),
                (22, "brands[1].Domain"),
                (33, "polcy"),
            ],
            "{found:#?}"
        );
        assert!(found[0].2.ends_with("did you mean `port`?"), "{found:#?}");
        assert!(found[2].2.ends_with("did you mean `ja`?"), "{found:#?}");
        assert!(
            found[3].2.ends_with("did you mean `domains`?"),
            "{found:#?}"
        );
        assert!(found[4].2.ends_with("did you mean `policy`?"), "{found:#?}");
        let errors = parse(&text).expect_err("unknown keys");
        assert_eq!(
            errors[4].message_in(Lang::Ja),
            "`polcy` という項目はありません。`policy` の書き間違いではありませんか？"
        );
    }

    #[test]
    fn the_profile_table_is_read_and_checked() {
        let head = |body: &str| format!("[profile]\n{body}\n\n{BASE}");
        let p = parse(&head(
            "version = \"2026-12-07.1\"\npublished = 2026-12-07T09:00:00+09:00\noffline_max_days = 3",
        ))
        .unwrap_or_else(|e| panic!("{e:#?}"));
        let meta = p.meta.expect("meta");
        assert_eq!(meta.version, "2026-12-07.1");
        assert_eq!(
            meta.published.map(|d| d.to_string()).as_deref(),
            Some("2026-12-07T09:00:00+09:00")
        );
        assert_eq!(meta.offline_max_days, 3);
        let p = parse(&head("version = \"v1\"")).unwrap_or_else(|e| panic!("{e:#?}"));
        let meta = p.meta.expect("meta");
        assert_eq!(
            (meta.published, meta.offline_max_days),
            (None, DEFAULT_OFFLINE_DAYS)
        );
        assert_eq!(parse(BASE).map(|p| p.meta), Ok(None));

        one_problem(
            &head("version = \"v1\"\npublished = 2026-12-07T09:00:00"),
            3,
            "profile.published",
            "with its offset from UTC",
        );
        one_problem(
            &head("version = \"v1\"\npublished = 2026-12-07"),
            3,
            "profile.published",
            "with its offset from UTC",
        );
        one_problem(
            &head("version = \"v1\"\npublished = \"2026-12-07T09:00:00+09:00\""),
            3,
            "profile.published",
            "without quotes",
        );
        one_problem(
            &head(&format!("version = \"{}\"", "v".repeat(65))),
            2,
            "profile.version",
            "1 to 64 characters long (it has 65)",
        );
        one_problem(
            &head("version = \"  \""),
            2,
            "profile.version",
            "(it has 0)",
        );
        one_problem(
            &head("published = 2026-12-07T09:00:00Z"),
            1,
            "profile.version",
            "missing key",
        );
        one_problem(
            &head("version = \"v1\"\noffline_max_days = 0"),
            3,
            "profile.offline_max_days",
            "from 1 to 365",
        );
        one_problem(
            &head("version = \"v1\"\noffline_days = 3"),
            3,
            "profile.offline_days",
            "did you mean `offline_max_days`?",
        );
    }

    #[test]
    fn isp_networks_are_ip_networks() {
        let text = base_with(
            "effective = 2024-03-31",
            "effective = 2024-03-31\nnetworks = [\"203.0.113.0/24\", \"2001:db8:100::/48\", \"198.51.100.7/24\", \"192.0.2.9\"]",
        );
        let p = parse(&text).unwrap_or_else(|e| panic!("{e:#?}"));
        let nets: Vec<String> = p.isp.networks.iter().map(|n| n.to_string()).collect();
        assert_eq!(
            nets,
            [
                "203.0.113.0/24",
                "2001:db8:100::/48",
                "198.51.100.0/24",
                "192.0.2.9/32"
            ]
        );
        let ip = |t: &str| t.parse::<IpAddr>().unwrap();
        assert!(p.isp.networks[0].contains(ip("203.0.113.200")));
        assert!(!p.isp.networks[0].contains(ip("203.0.114.1")));
        assert!(p.isp.networks[1].contains(ip("2001:db8:100:ffff::1")));
        assert!(!p.isp.networks[1].contains(ip("203.0.113.1")));
        for bad in [
            "203.0.113.0/33",
            "2001:db8::/129",
            "203.0.113.0/",
            "isp-net",
            "",
        ] {
            one_problem(
                &base_with(
                    "effective = 2024-03-31",
                    &format!("effective = 2024-03-31\nnetworks = [\"{bad}\"]"),
                ),
                4,
                "isp.networks[0]",
                &format!("\"{bad}\" is not a network like 203.0.113.0/24"),
            );
        }
        one_problem(
            &base_with(
                "effective = 2024-03-31",
                "effective = 2024-03-31\nnetworks = \"203.0.113.0/24\"",
            ),
            4,
            "isp.networks",
            "expected an array",
        );
    }

    #[test]
    fn the_probe_url_is_https_or_local() {
        let probe = |url: &str| format!("{BASE}\n[probe]\nurl = \"{url}\"\n");
        for ok in [
            "https://probe.example.jp/",
            "http://127.0.0.1:8099/",
            "http://localhost:8099/",
            "http://[::1]:8099/",
        ] {
            let p = parse(&probe(ok)).unwrap_or_else(|e| panic!("{ok}: {e:#?}"));
            assert_eq!(p.probe.map(|c| c.url).as_deref(), Some(ok));
        }
        assert_eq!(parse(BASE).map(|p| p.probe), Ok(None));
        for bad in [
            "http://probe.example.jp/",
            "probe.example.jp",
            "ftp://probe.example.jp/",
        ] {
            one_problem(&probe(bad), 32, "probe.url", "must be an https:// URL");
        }
        one_problem(
            &format!("{BASE}\n[probe]\n"),
            31,
            "probe.url",
            "missing key",
        );
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let text = BASE
            .replace("port = 587", "port = 0")
            .replace("username = \"address\"", "username = \"user\"")
            .replace(
                "servers = \"cloud\"\ndomains = [\"midori",
                "servers = \"clod\"\ndomains = [\"midori",
            )
            .replace("[\"192.0.2.25\"]", "[\"not-an-ip\"]");
        let found: Vec<(usize, String)> = problems(&text)
            .into_iter()
            .map(|(l, k, _)| (l, k))
            .collect();
        assert_eq!(
            found,
            [
                (9, "servers.cloud.smtp[1].port".to_string()),
                (11, "servers.cloud.username".to_string()),
                (22, "brands[1].servers".to_string()),
                (27, "retired[0].ips[0]".to_string()),
            ]
        );
    }

    #[test]
    fn look_ups_ignore_case_dot_and_unicode_form() {
        let text = base_with(
            "\"kita.aoi.example.jp\"]",
            "\"kita.aoi.example.jp\", \"ほたる.example.jp\"]",
        );
        let p = parse(&text).unwrap_or_else(|e| panic!("{e:#?}"));
        let id = |d: &str| p.brand_for_domain(d).map(|b| b.id.as_str());
        assert_eq!(id("KITA.AOI.EXAMPLE.JP."), Some("aoi"));
        assert_eq!(id(&normalize_host("ほたる.example.jp")), Some("aoi"));
        assert_eq!(id("ほたる.EXAMPLE.jp."), Some("aoi"));
        assert_eq!(id("nowhere.example.jp"), None);
        assert!(p.retired_host("Mail.AOI.example.jp.").is_some());
    }
}
