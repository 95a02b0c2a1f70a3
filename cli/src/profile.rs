//! `mail-doctor profile validate PATH`

use crate::input::{out, profile_problem, read_text, usage_error};
use mail_doctor_core::Profile;
use std::process::ExitCode;

pub fn run(args: &[String]) -> ExitCode {
    let [action, path] = args else {
        return usage_error("usage: mail-doctor profile validate PATH");
    };
    if action != "validate" {
        return usage_error(&format!(
            "unknown profile action `{action}` (try `validate`)"
        ));
    }
    let text = match read_text(path) {
        Ok(t) => t,
        Err(message) => return usage_error(&message),
    };
    match Profile::parse(&text) {
        Ok(profile) => {
            out(&format!(
                "{path}: ok ({} brands, {} domains)",
                profile.brands.len(),
                profile.domain_count()
            ));
            ExitCode::SUCCESS
        }
        Err(errors) => {
            for e in &errors {
                out(&profile_problem(path, e));
            }
            ExitCode::from(1)
        }
    }
}
