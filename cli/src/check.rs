//! `mail-doctor check [--profile PATH] [--lang ja|en] [--today YYYY-MM-DD] CASE.json|-`

use crate::input::{load_profile, out, parse_date, read_text, system_today, usage_error, LangArg};
use crate::words::FOR_PROGRAMS;
use mail_doctor_core::text::{self, Explained};
use mail_doctor_core::{diagnose, Case, Date, Lang, Report};
use serde::Serialize;
use std::process::ExitCode;

/// Diagnose a case (JSON) against a profile; print the report as JSON.
#[derive(clap::Args)]
pub struct Args {
    /// The profile (profile.toml); without it the built-in demo profile is used.
    #[arg(long, value_name = "PATH")]
    profile: Option<String>,
    /// Adds the findings' text and fix steps under "text", in this language.
    #[arg(long, value_enum)]
    lang: Option<LangArg>,
    /// The date the rules see (end-of-support dates); defaults to the system date.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    today: Option<Date>,
    /// The case file, or `-` for standard input.
    #[arg(value_name = "CASE.json")]
    case: String,
}

pub fn run(args: Args) -> ExitCode {
    match report_json(args) {
        Ok(json) => {
            out(&json);
            ExitCode::SUCCESS
        }
        Err(message) => usage_error(&message),
    }
}

fn report_json(args: Args) -> Result<String, String> {
    let lang = args.lang.map(Lang::from);
    let today = args.today.unwrap_or_else(system_today);
    // Without --lang the output is for programs: profile problems stay in English.
    let profile = load_profile(args.profile.as_deref())
        .map_err(|e| e.summary(lang.unwrap_or(FOR_PROGRAMS)))?;
    let path = &args.case;
    let text_in = read_text(path)?;
    // `line L column C: message`, the place said once.
    let case = Case::from_json(&text_in).map_err(|e| format!("{path}: {e}"))?;
    let report = diagnose(&case, &profile, today);
    let text = lang.map(|lang| text::Explained {
        sending: text::sending_advice(&case, &profile, lang),
        ..text::explain(&report, &case, &profile, lang)
    });
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
