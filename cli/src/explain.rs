//! `mail-doctor explain [--lang ja|en]`: pasted error text on stdin → `{ "errors": [...] }`
//! (the report's form; with `--lang`, each error also gets `meaning` and `checks`).

use mail_doctor_core::decode::{explain, meaning, CauseCheck};
use mail_doctor_core::report::ErrorMatch;
use mail_doctor_core::Lang;
use serde::Serialize;
use std::process::ExitCode;

/// Runs a stdin → stdout subcommand the CLI's way: its output on stdout (exit 0), or
/// `mail-doctor: message` on stderr (exit 2).
pub fn stdin_filter(
    args: &[String],
    run: fn(&[String], &str) -> Result<String, String>,
) -> ExitCode {
    if args.iter().any(|a| a == "-h" || a == "--help") {
        crate::input::out("reads the pasted text on standard input; see `mail-doctor --help`");
        return ExitCode::SUCCESS;
    }
    // Bytes, not `read_to_string`: a paste saved from a Japanese Windows console may be
    // Shift_JIS; the ASCII codes, addresses and names in it still decode.
    let mut bytes = Vec::new();
    let result = std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes)
        .map_err(|e| format!("-: {e}"))
        .and_then(|_| run(args, &String::from_utf8_lossy(&bytes)));
    match result {
        Ok(out) => {
            crate::input::out(&out);
            ExitCode::SUCCESS
        }
        Err(e) => crate::input::usage_error(&e),
    }
}

/// `mail-doctor explain`.
pub fn command(args: &[String]) -> ExitCode {
    stdin_filter(args, run)
}

/// Options other than `--lang`, as `(name, value)`.
pub type OtherOptions = Vec<(String, String)>;

/// Reads `--lang ja|en` / `--lang=ja` and the `allowed` options; any other argument is an error.
pub fn lang_option(
    args: &[String],
    allowed: &[&str],
) -> Result<(Option<Lang>, OtherOptions), String> {
    let mut lang = None;
    let mut others = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let arg = &args[i];
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) => (n.to_string(), Some(v.to_string())),
            None => (arg.clone(), None),
        };
        if !name.starts_with("--") {
            return Err(format!("unexpected argument {arg:?}"));
        }
        let value = match inline {
            Some(v) => v,
            None => {
                i += 1;
                args.get(i)
                    .cloned()
                    .ok_or_else(|| format!("{name} needs a value"))?
            }
        };
        if name == "--lang" {
            lang = Some(
                Lang::from_tag(&value)
                    .ok_or_else(|| format!("--lang must be ja or en, not {value:?}"))?,
            );
        } else if allowed.contains(&name.as_str()) {
            others.push((name, value));
        } else {
            return Err(format!("unknown option {name}"));
        }
        i += 1;
    }
    Ok((lang, others))
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

pub fn run(args: &[String], stdin: &str) -> Result<String, String> {
    let (lang, _) = lang_option(args, &[])?;
    let errors = explain(stdin)
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
