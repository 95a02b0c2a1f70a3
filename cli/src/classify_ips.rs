//! `mail-doctor classify-ips [--ranges FILE] [--lang ja|en]`: a pasted IP or a few server-log
//! lines on stdin → `{ "ips": [ { "ip", "found", "microsoft", "range"?, "meaning"? } ] }`.
//! `--ranges` reads a refreshed ranges file instead of the built-in one (see the header of
//! `core/data/microsoft-sync-ranges.txt`).

use crate::explain::lang_option;
use mail_doctor_core::ipranges::{classify_ips, Ranges};
use serde_json::{json, Value};

/// `mail-doctor classify-ips`.
pub fn command(args: &[String]) -> std::process::ExitCode {
    crate::explain::stdin_filter(args, run)
}

pub fn run(args: &[String], stdin: &str) -> Result<String, String> {
    let (lang, others) = lang_option(args, &["--ranges"])?;
    let loaded;
    let ranges = match others.iter().find(|(n, _)| n == "--ranges") {
        Some((_, path)) => {
            let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
            loaded = Ranges::parse(&text).map_err(|e| format!("{path}: {e}"))?;
            &loaded
        }
        None => Ranges::builtin(),
    };
    let ips: Vec<Value> = classify_ips(stdin, ranges)
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
