//! `mail-doctor profile validate [--lang ja|en] PATH`

use crate::input::{out, profile_problem, read_text, usage_error, LangArg};
use crate::words::{words, FOR_PROGRAMS};
use mail_doctor_core::lang::fill;
use mail_doctor_core::{Lang, Profile};
use std::process::ExitCode;

/// Work with a profile.toml.
#[derive(clap::Subcommand)]
pub enum Action {
    /// Check a profile before it is published, listing every problem (line, key, what to write).
    Validate {
        /// The language of the problems (English without it, as scripts read these lines).
        #[arg(long, value_enum)]
        lang: Option<LangArg>,
        /// The profile.toml to check.
        path: String,
    },
}

pub fn run(action: Action) -> ExitCode {
    let Action::Validate { lang, path } = action;
    let lang = lang.map(Lang::from).unwrap_or(FOR_PROGRAMS);
    let text = match read_text(&path) {
        Ok(t) => t,
        Err(message) => return usage_error(&message),
    };
    match Profile::parse(&text) {
        Ok(profile) => {
            out(&fill(
                words(lang).profile_ok,
                &[
                    ("path", &path),
                    ("brands", &profile.brands.len().to_string()),
                    ("domains", &profile.domain_count().to_string()),
                ],
            ));
            ExitCode::SUCCESS
        }
        Err(errors) => {
            for e in &errors {
                out(&profile_problem(&path, e, lang));
            }
            ExitCode::from(1)
        }
    }
}
