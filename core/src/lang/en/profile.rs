//! A profile's problems in English ([`ProblemWords`]).

use crate::profile::problem::{Expected, Problem, ProblemWords, Syntax, ValueKind};

pub(crate) struct Words;

pub(crate) static PROFILE: Words = Words;

impl ProblemWords for Words {
    fn template(&self, problem: &Problem) -> &'static str {
        match problem {
            Problem::Syntax(_) => "TOML syntax: {detail}",
            Problem::WrongType { .. } => "expected {expected}, found {found}",
            Problem::NumberRange { .. } => "must be a whole number from 1 to {max}",
            Problem::DateWithTime => "expected a date like 2024-03-31, without a time",
            Problem::QuotedDate { .. } => "write the date without quotes: {value}",
            Problem::NoText => "needs ja or en text",
            Problem::MissingTable { .. } => "missing [{value}] table",
            Problem::MissingKey { .. } => "missing key \"{value}\"",
            Problem::NotWebAddress { .. } => "\"{value}\" must be a web address (https://…)",
            Problem::TlsVersion => "must be \"1.2\" or \"1.3\"",
            Problem::TlsUnquoted => "write the version in quotes: \"1.2\" or \"1.3\"",
            Problem::NoServerSets => "no server sets: add a [servers.NAME] table",
            Problem::NoMailbox => "offers neither imap nor pop3",
            Problem::NoSmtp => "needs at least one server",
            Problem::UsernameFormat => "must be \"address\" or \"local-part\"",
            Problem::Auth => "must be \"password\"",
            Problem::SecurityAuto => {
                "\"auto\" is a client setting: use \"ssl\", \"starttls\" or \"none\""
            }
            Problem::UnknownSecurity { .. } => {
                "unknown security \"{value}\" (use \"ssl\", \"starttls\" or \"none\")"
            }
            Problem::BadPlaceholder { .. } => {
                "\"{value}\": only {domain} may be used as a placeholder"
            }
            Problem::IpNotHost { .. } => "\"{value}\" is an IP address: write a host name",
            Problem::BadHostName { .. } => "\"{value}\" is not a valid host name",
            Problem::UnknownServerSet { .. } => "unknown server set \"{name}\" (known: {known})",
            Problem::NoBrands => "no brands: add a [[brands]] table",
            Problem::EmptyBrands => "needs at least one brand",
            Problem::Empty => "must not be empty",
            Problem::DuplicateBrandId { .. } => "brand id \"{id}\" is already used (line {line})",
            Problem::NoDomains => "needs at least one domain",
            Problem::PlaceholderInDomain { .. } => {
                "\"{value}\": placeholders are not allowed in domains"
            }
            Problem::DomainTwice { .. } => {
                "domain \"{domain}\" is listed twice in brand \"{brand}\" (first on line {line})"
            }
            Problem::DomainTaken { .. } => {
                "domain \"{domain}\" already belongs to brand \"{brand}\" (line {line})"
            }
            Problem::PlaceholderInRetired { .. } => {
                "\"{value}\": placeholders are not allowed in retired hosts"
            }
            Problem::RetiredIsCurrent { .. } => "\"{host}\" is a current server of servers.{set}",
            Problem::NotIp { .. } => "\"{value}\" is not an IP address",
            Problem::NoRetiredHosts => "needs hosts or ips",
            Problem::NotHttps { .. } => "\"{value}\" must be an https:// URL",
            Problem::UnknownKey { near: None, .. } => {
                "unknown key `{key}`: the profile format does not define it"
            }
            Problem::UnknownKey { near: Some(_), .. } => {
                "unknown key `{key}`: did you mean `{near}`?"
            }
            Problem::VersionLength { .. } => "must be 1 to 64 characters long (it has {length})",
            Problem::NoOffset => {
                "write the date and time with its offset from UTC, like 2026-12-07T09:00:00+09:00"
            }
            Problem::BadNetwork { .. } => {
                "\"{value}\" is not a network like 203.0.113.0/24 or 2001:db8:100::/48"
            }
        }
    }

    /// What a value should have been.
    fn expected(&self, expected: Expected) -> &'static str {
        match expected {
            Expected::String => "a string",
            Expected::Table => "a table",
            Expected::Array => "an array",
            Expected::Boolean => "true or false",
            Expected::WholeNumber => "a whole number",
            Expected::Date => "a date like 2024-03-31",
            Expected::Localized => "a table { ja = \"…\", en = \"…\" }",
            Expected::Tls => "\"1.2\" or \"1.3\"",
            Expected::Endpoint => "a table { host, port, security }",
            Expected::DateTime => "a date and time like 2026-12-07T09:00:00+09:00",
        }
    }

    fn found(&self, kind: ValueKind) -> &'static str {
        match kind {
            ValueKind::String => "a string",
            ValueKind::Integer => "an integer",
            ValueKind::Float => "a float",
            ValueKind::Boolean => "a boolean",
            ValueKind::Date => "a date",
            ValueKind::Array => "an array",
            ValueKind::Table => "a table",
        }
    }

    fn known_sets(&self, known: &[String]) -> String {
        match known.is_empty() {
            true => "none".to_string(),
            false => known.join(", "),
        }
    }

    fn syntax(&self, syntax: &Syntax, _what: &str, _expected: Option<&str>) -> String {
        match syntax.found.is_empty() {
            true => syntax.message.clone(),
            false => format!("{} (at `{}`)", syntax.message, syntax.found),
        }
    }
}
