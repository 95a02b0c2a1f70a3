//! Test fixtures for the rules: the example profile (`core/tests/fixtures/profile.example.toml`)
//! and a case builder.

use crate::case::Case;
use crate::date::Date;
use crate::profile::Profile;
use crate::report::{Finding, Report};

/// The example profile (`core/tests/fixtures/profile.example.toml`) plus a `{domain}` server set
/// (as the demo has).
pub const EXAMPLE: &str = r#"
[isp]
name = { ja = "みほんケーブルグループ", en = "Mihon Cable Group" }
support = { phone = "0120-000-000", url = "https://support.example.jp/mail/" }
effective = 2024-03-31

[policy]
min_tls = "1.2"
max_recipients_per_message = 100
send_rate = { messages = 200, per_minutes = 60 }
op25b = true
foreign_login_block = { enabled = true, microsoft_cloud_exempt = true }

[servers.cloud]
imap = { host = "imap.mail.example.jp", port = 993, security = "ssl" }
pop3 = { host = "pop.mail.example.jp", port = 995, security = "ssl" }
smtp = [
  { host = "smtp.mail.example.jp", port = 465, security = "ssl" },
  { host = "smtp.mail.example.jp", port = 587, security = "starttls" },
]
username = "address"
auth = "password"

[servers.per-domain]
imap = { host = "imap.{domain}", port = 993, security = "ssl" }
smtp = [ { host = "smtp.{domain}", port = 587, security = "starttls" } ]
username = "local-part"
auth = "password"

[[brands]]
id = "aoi"
name = { ja = "あおいケーブルテレビ", en = "Aoi Cable TV" }
servers = "cloud"
domains = ["aoi.example.jp", "kita.aoi.example.jp", "minami.aoi.example.jp"]

[[brands]]
id = "midori"
name = { ja = "みどりネット", en = "Midori Net" }
servers = "cloud"
domains = ["midori.example.jp", "m2.midori.example.jp"]

[[brands]]
id = "yama"
name = { ja = "やまネット", en = "Yama Net" }
servers = "per-domain"
domains = ["yama.example.jp"]

[[retired]]
hosts = ["mail.aoi.example.jp", "pop.aoi.example.jp", "smtp.aoi.example.jp",
         "mail.midori.example.jp"]
ips = ["192.0.2.25", "192.0.2.110", "2001:db8::25"]
until = 2024-03-31
replaced_by = "cloud"
"#;

pub fn profile() -> Profile {
    profile_with(|t| t.to_string())
}

/// The example profile with its text edited first (`|t| t.replace("op25b = true", …)`).
pub fn profile_with(edit: impl Fn(&str) -> String) -> Profile {
    match Profile::parse(&edit(EXAMPLE)) {
        Ok(p) => p,
        Err(errors) => panic!("fixture profile invalid: {errors:?}"),
    }
}

pub fn today() -> Date {
    Date::new(2026, 6, 1).expect("valid date")
}

pub fn case(json: &str) -> Case {
    match Case::from_json(json) {
        Ok(c) => c,
        Err(e) => panic!("fixture case invalid: {e}"),
    }
}

/// Diagnoses a case JSON against the example profile.
pub fn report(json: &str) -> Report {
    crate::diagnose::diagnose(&case(json), &profile(), today())
}

/// The findings one rule gives for a case JSON (against `profile`).
pub fn findings_of(rule: super::Rule, json: &str, profile: &Profile) -> Vec<Finding> {
    let case = case(json);
    let ctx = crate::diagnose::context(&case, profile, today());
    let mut out = Vec::new();
    rule(&ctx, &mut out);
    out
}

/// One rule's findings as `code/severity field observed -> expected` lines.
pub fn check(rule: super::Rule, json: &str) -> Vec<String> {
    check_with(rule, json, &profile())
}

pub fn check_with(rule: super::Rule, json: &str, profile: &Profile) -> Vec<String> {
    findings_of(rule, json, profile)
        .into_iter()
        .map(|f| {
            format!(
                "{}/{} {} {} -> {}",
                f.code.as_str(),
                f.severity.as_str(),
                f.field.as_str(),
                f.observed.unwrap_or_default(),
                f.expected.unwrap_or_default()
            )
        })
        .collect()
}
