//! `mail-doctor check [--profile PATH] [--lang ja|en] [--today YYYY-MM-DD] CASE.json|-`

use crate::args::Args;
use crate::input::{load_profile, out, read_text, system_today, usage_error};
use mail_doctor_core::text::{self, Explained};
use mail_doctor_core::{diagnose, Case, Date, Lang, Report};
use serde::Serialize;
use std::process::ExitCode;

pub fn run(args: &[String]) -> ExitCode {
    match report_json(args) {
        Ok(json) => {
            out(&json);
            ExitCode::SUCCESS
        }
        Err(message) => usage_error(&message),
    }
}

fn report_json(args: &[String]) -> Result<String, String> {
    let args = Args::parse(args, &["profile", "lang", "today"])?;
    let [path] = args.positionals.as_slice() else {
        return Err("check needs exactly one case file (or `-` for standard input)".into());
    };
    let lang = match args.get("lang") {
        Some(tag) => {
            Some(Lang::from_tag(tag).ok_or_else(|| format!("--lang: `{tag}` is not ja or en"))?)
        }
        None => None,
    };
    let today = match args.get("today") {
        Some(t) => {
            Date::parse(t).ok_or_else(|| format!("--today: `{t}` is not a date (YYYY-MM-DD)"))?
        }
        None => system_today(),
    };
    // Without --lang the output is for programs: profile problems stay in English.
    let profile = load_profile(args.get("profile"), lang.unwrap_or(Lang::En))?;
    let text_in = read_text(path)?;
    // `line L column C: message`, the place said once.
    let case = Case::from_json(&text_in).map_err(|e| format!("{path}: {e}"))?;
    let report = diagnose(&case, &profile, today);
    let text = lang.map(|lang| text::explain(&report, &case, &profile, lang));
    let output = Output {
        report: &report,
        text,
    };
    serde_json::to_string_pretty(&output).map_err(|e| e.to_string())
}

/// The report with the localized text beside it (`{ ...report, "text": {...} }`), in the
/// report's own field order.
#[derive(Serialize)]
struct Output<'a> {
    #[serde(flatten)]
    report: &'a Report,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<Explained>,
}
