//! `mail-doctor classify-ips [--ranges FILE] [--lang ja|en]`: a pasted IP or a few server-log
//! lines on stdin → `{ "ips": [ { "ip", "found", "microsoft", "range"?, "meaning"? } ] }`.
//! `--ranges` reads a refreshed ranges file instead of the built-in one (see the header of
//! `core/data/microsoft-sync-ranges.txt`).

use crate::input::{finish, read_stdin_lossy, LangArg};
use mail_doctor_core::ipranges::{classify_ips, Ranges};
use mail_doctor_core::Lang;
use serde_json::{json, Value};
use std::process::ExitCode;

/// Pasted login IPs or log lines (standard input) → Microsoft cloud-sync range or not.
#[derive(clap::Args)]
pub struct Args {
    /// A refreshed ranges file instead of the built-in one.
    #[arg(long, value_name = "FILE")]
    ranges: Option<String>,
    /// Adds what each answer means, in this language.
    #[arg(long, value_enum)]
    lang: Option<LangArg>,
}

pub fn run(args: Args) -> ExitCode {
    finish(read_stdin_lossy().and_then(|text| ips_json(&text, &args)))
}

fn ips_json(text: &str, args: &Args) -> Result<String, String> {
    let lang = args.lang.map(Lang::from);
    let loaded;
    let ranges = match &args.ranges {
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
            loaded = Ranges::parse(&text).map_err(|e| format!("{path}: {e}"))?;
            &loaded
        }
        None => Ranges::builtin(),
    };
    let ips: Vec<Value> = classify_ips(text, ranges)
        .into_iter()
        .map(|v| {
            let mut value = json!(v);
            if let (Some(lang), Some(obj)) = (lang, value.as_object_mut()) {
                obj.insert("meaning".into(), json!(v.explanation(lang)));
            }
            value
        })
        .collect();
    serde_json::to_string_pretty(&json!({ "ips": ips })).map_err(|e| e.to_string())
}
