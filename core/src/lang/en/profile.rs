//! A profile's problems in English ([`ProblemWords`]).

use crate::profile::problem::{Syntax, SyntaxWords};

/// A profile's problems (`crate::profile::problem::ProblemTexts`).
pub(crate) static PROFILE: crate::profile::problem::ProblemTexts =
    crate::profile::problem::ProblemTexts {
        problem_syntax: "TOML syntax: {detail}",
        problem_wrong_type: "expected {expected}, found {found}",
        problem_number_range: "must be a whole number from 1 to {max}",
        problem_date_with_time: "expected a date like 2024-03-31, without a time",
        problem_quoted_date: "write the date without quotes: {value}",
        problem_no_text: "needs ja or en text",
        problem_missing_table: "missing [{value}] table",
        problem_missing_key: "missing key \"{value}\"",
        problem_not_web_address: "\"{value}\" must be a web address (https://…)",
        problem_tls_version: "must be \"1.2\" or \"1.3\"",
        problem_tls_unquoted: "write the version in quotes: \"1.2\" or \"1.3\"",
        problem_no_server_sets: "no server sets: add a [servers.NAME] table",
        problem_no_mailbox: "offers neither imap nor pop3",
        problem_no_smtp: "needs at least one server",
        problem_username_format: "must be \"address\" or \"local-part\"",
        problem_auth: "must be \"password\"",
        problem_security_auto:
            "\"auto\" is a client setting: use \"ssl\", \"starttls\" or \"none\"",
        problem_unknown_security:
            "unknown security \"{value}\" (use \"ssl\", \"starttls\" or \"none\")",
        problem_bad_placeholder: "\"{value}\": only {domain} may be used as a placeholder",
        problem_ip_not_host: "\"{value}\" is an IP address: write a host name",
        problem_bad_host_name: "\"{value}\" is not a valid host name",
        problem_unknown_server_set: "unknown server set \"{name}\" (known: {known})",
        problem_no_brands: "no brands: add a [[brands]] table",
        problem_empty_brands: "needs at least one brand",
        problem_empty: "must not be empty",
        problem_duplicate_brand_id: "brand id \"{id}\" is already used (line {line})",
        problem_no_domains: "needs at least one domain",
        problem_placeholder_in_domain: "\"{value}\": placeholders are not allowed in domains",
        problem_domain_twice:
            "domain \"{domain}\" is listed twice in brand \"{brand}\" (first on line {line})",
        problem_domain_taken:
            "domain \"{domain}\" already belongs to brand \"{brand}\" (line {line})",
        problem_placeholder_in_retired:
            "\"{value}\": placeholders are not allowed in retired hosts",
        problem_retired_is_current: "\"{host}\" is a current server of servers.{set}",
        problem_not_ip: "\"{value}\" is not an IP address",
        problem_no_retired_hosts: "needs hosts or ips",
        problem_not_https: "\"{value}\" must be an https:// URL",
        problem_unknown_key: "unknown key `{key}`: the profile format does not define it",
        problem_unknown_key_near: "unknown key `{key}`: did you mean `{near}`?",
        problem_version_length: "must be 1 to 64 characters long (it has {length})",
        problem_no_offset:
            "write the date and time with its offset from UTC, like 2026-12-07T09:00:00+09:00",
        problem_bad_network:
            "\"{value}\" is not a network like 203.0.113.0/24 or 2001:db8:100::/48",
        expected_string: "a string",
        expected_table: "a table",
        expected_array: "an array",
        expected_boolean: "true or false",
        expected_whole_number: "a whole number",
        expected_date: "a date like 2024-03-31",
        expected_localized: "a table { ja = \"…\", en = \"…\" }",
        expected_tls: "\"1.2\" or \"1.3\"",
        expected_endpoint: "a table { host, port, security }",
        expected_date_time: "a date and time like 2026-12-07T09:00:00+09:00",
        found_string: "a string",
        found_integer: "an integer",
        found_float: "a float",
        found_boolean: "a boolean",
        found_date: "a date",
        found_array: "an array",
        found_table: "a table",
        known_none: "none",
        known_list: "{list}",
        known_separator: ", ",
    };

pub(crate) struct Words;

/// The `toml` crate's syntax errors in this language.
pub(crate) static TOML_SYNTAX: Words = Words;

impl SyntaxWords for Words {
    fn syntax(&self, syntax: &Syntax, _what: &str, _expected: Option<&str>) -> String {
        match syntax.found.is_empty() {
            true => syntax.message.clone(),
            false => format!("{} (at `{}`)", syntax.message, syntax.found),
        }
    }
}
