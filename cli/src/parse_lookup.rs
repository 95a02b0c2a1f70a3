//! `mail-doctor parse-lookup`: pasted `nslookup` / `Resolve-DnsName` / `ping` / `dig` / `host`
//! output on stdin → `{ "resolved": [...] }` (the case's `resolved` form).

use mail_doctor_core::decode::parse_lookup;
use serde_json::json;

/// `mail-doctor parse-lookup`.
pub fn command(args: &[String]) -> std::process::ExitCode {
    crate::explain::stdin_filter(args, run)
}

pub fn run(args: &[String], stdin: &str) -> Result<String, String> {
    if let Some(arg) = args.first() {
        return Err(format!("parse-lookup takes no arguments (got {arg:?})"));
    }
    serde_json::to_string_pretty(&json!({ "resolved": parse_lookup(stdin) }))
        .map_err(|e| e.to_string())
}
