//! `mail-doctor explain [--lang ja|en]`: pasted error text on stdin → `{ "errors": [...] }`
//! (the report's form; with `--lang`, each error also gets `meaning` and `checks`).

use crate::input::{finish, read_stdin_lossy, LangArg};
use mail_doctor_core::decode::{explain, meaning, CauseCheck};
use mail_doctor_core::report::ErrorMatch;
use mail_doctor_core::Lang;
use serde::Serialize;
use std::process::ExitCode;

/// Pasted error text (standard input) → {"errors": [...]} with causes.
#[derive(clap::Args)]
pub struct Args {
    /// Adds each error's meaning and checks, in this language.
    #[arg(long, value_enum)]
    lang: Option<LangArg>,
}

/// One error as printed: the report's fields in the spec's order, then the words.
#[derive(Serialize)]
struct Printed {
    #[serde(flatten)]
    error: ErrorMatch,
    #[serde(skip_serializing_if = "Option::is_none")]
    meaning: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    checks: Option<Vec<CauseCheck>>,
}

#[derive(Serialize)]
struct Output {
    errors: Vec<Printed>,
}

pub fn run(args: Args) -> ExitCode {
    finish(read_stdin_lossy().and_then(|text| errors_json(&text, args.lang.map(Lang::from))))
}

fn errors_json(text: &str, lang: Option<Lang>) -> Result<String, String> {
    let errors = explain(text)
        .into_iter()
        .map(|error| {
            let words = lang.map(|lang| meaning(&error, lang));
            Printed {
                meaning: words.as_ref().map(|m| m.meaning.clone()),
                checks: words.map(|m| m.checks),
                error,
            }
        })
        .collect();
    serde_json::to_string_pretty(&Output { errors }).map_err(|e| e.to_string())
}
