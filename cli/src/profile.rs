//! `mail-doctor profile validate [--lang ja|en] PATH`

use crate::input::{out, profile_problem, read_text, usage_error, LangArg};
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
    let lang = lang.map(Lang::from).unwrap_or(Lang::En);
    let text = match read_text(&path) {
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
                out(&profile_problem(&path, e, lang));
            }
            ExitCode::from(1)
        }
    }
}
