//! `mail-doctor parse-lookup`: pasted `nslookup` / `Resolve-DnsName` / `ping` / `dig` / `host`
//! output on stdin → `{ "resolved": [...] }` (the case's `resolved` form).

use crate::input::{finish, read_stdin_lossy};
use mail_doctor_core::decode::parse_lookup;
use serde_json::json;
use std::process::ExitCode;

/// Pasted nslookup / Resolve-DnsName / ping / dig / host output (standard input) →
/// {"resolved": [...]}.
#[derive(clap::Args)]
pub struct Args {}

pub fn run(_: Args) -> ExitCode {
    finish(read_stdin_lossy().and_then(|text| {
        serde_json::to_string_pretty(&json!({ "resolved": parse_lookup(&text) }))
            .map_err(|e| e.to_string())
    }))
}
