//! `mail-doctor import-autoconfig FILE.xml… [--out profile.toml] [--lang ja|en]`: Thunderbird
//! autoconfig files → profile TOML on stdout (or `--out`), every warning on stderr.

use crate::input::{write_out, LangArg};
use crate::words::words;
use mail_doctor_core::import::import_autoconfig;
use mail_doctor_core::lang::fill;
use mail_doctor_core::Lang;
use std::process::ExitCode;

/// Thunderbird autoconfig XML files → a profile TOML (warnings on standard error).
#[derive(clap::Args)]
pub struct Args {
    /// The autoconfig files (config-v1.1.xml).
    #[arg(value_name = "FILE.xml", required = true)]
    files: Vec<String>,
    /// Write the profile here instead of standard output.
    #[arg(long, value_name = "FILE")]
    out: Option<String>,
    /// The language of the warnings (Japanese by default).
    #[arg(long, value_enum, default_value = "ja")]
    lang: LangArg,
}

pub fn run(args: Args) -> ExitCode {
    let lang = Lang::from(args.lang);
    let mut files: Vec<(String, String)> = Vec::new();
    for path in &args.files {
        match std::fs::read(path) {
            Ok(bytes) => files.push((path.clone(), String::from_utf8_lossy(&bytes).into_owned())),
            Err(e) => {
                eprintln!("{path}: {e}");
                return ExitCode::from(1);
            }
        }
    }
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    let result = import_autoconfig(&refs);
    for w in &result.warnings {
        if w.setting.is_empty() {
            eprintln!("{}: {}", w.file, w.message.get(lang));
        } else {
            eprintln!("{}: {}: {}", w.file, w.setting, w.message.get(lang));
        }
    }
    eprintln!(
        "{}",
        fill(
            words(lang).import_done,
            &[
                ("providers", &result.providers.len().to_string()),
                ("warnings", &result.warnings.len().to_string()),
            ]
        )
    );
    let code = write_out(args.out.as_deref(), &result.toml);
    if result.providers.is_empty() && code == ExitCode::SUCCESS {
        ExitCode::from(1)
    } else {
        code
    }
}
