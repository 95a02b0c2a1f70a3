//! `mail-doctor profile validate [--lang ja|en] PATH`

use crate::args::Args;
use crate::input::{out, profile_problem, read_text, usage_error};
use mail_doctor_core::{Lang, Profile};
use std::process::ExitCode;

const USAGE: &str = "usage: mail-doctor profile validate [--lang ja|en] PATH";

pub fn run(args: &[String]) -> ExitCode {
    let args = match Args::parse(args, &["lang"]) {
        Ok(a) => a,
        Err(message) => return usage_error(&format!("{message}; {USAGE}")),
    };
    let [action, path] = args.positionals.as_slice() else {
        return usage_error(USAGE);
    };
    if action != "validate" {
        return usage_error(&format!(
            "unknown profile action `{action}` (try `validate`)"
        ));
    }
    // Without --lang, English, as before the option existed (scripts read these lines).
    let lang = match args.get("lang") {
        None => Lang::En,
        Some(tag) => match Lang::from_tag(tag) {
            Some(lang) => lang,
            None => return usage_error(&format!("--lang: `{tag}` is not ja or en")),
        },
    };
    let text = match read_text(path) {
        Ok(t) => t,
        Err(message) => return usage_error(&message),
    };
    match Profile::parse(&text) {
        Ok(profile) => {
            let (brands, domains) = (profile.brands.len(), profile.domain_count());
            out(&match lang {
                Lang::En => format!("{path}: ok ({brands} brands, {domains} domains)"),
                Lang::Ja => {
                    format!("{path}: 問題ありません（ブランド {brands} 件、ドメイン {domains} 件）")
                }
            });
            ExitCode::SUCCESS
        }
        Err(errors) => {
            for e in &errors {
                out(&profile_problem(path, e, lang));
            }
            ExitCode::from(1)
        }
    }
}
