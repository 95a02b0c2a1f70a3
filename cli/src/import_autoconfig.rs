//! `mail-doctor import-autoconfig FILE.xml… [--out profile.toml] [--lang ja|en]`: Thunderbird
//! autoconfig files → profile TOML on stdout (or `--out`), every warning on stderr.

use crate::cli_args::Args;
use mail_doctor_core::import::import_autoconfig;

pub const USAGE: &str =
    "mail-doctor import-autoconfig FILE.xml... [--out profile.toml] [--lang ja|en]";

pub fn run(args: &[String]) -> std::process::ExitCode {
    std::process::ExitCode::from(run_code(args))
}

fn run_code(args: &[String]) -> u8 {
    let mut a = match Args::parse(args, &["--out", "--lang"]) {
        Ok(a) => a,
        Err(e) => return crate::cli_args::usage_error(&e, USAGE),
    };
    let lang = a.lang();
    if a.positional.is_empty() {
        return crate::cli_args::usage_error("give at least one autoconfig XML file", USAGE);
    }
    let mut files: Vec<(String, String)> = Vec::new();
    for path in &a.positional {
        match std::fs::read(path) {
            Ok(bytes) => files.push((path.clone(), String::from_utf8_lossy(&bytes).into_owned())),
            Err(e) => {
                eprintln!("{path}: {e}");
                return 1;
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
        match lang {
            mail_doctor_core::Lang::Ja => format!(
                "{} 件のプロバイダーを取り込みました。警告 {} 件。",
                result.providers.len(),
                result.warnings.len()
            ),
            mail_doctor_core::Lang::En => format!(
                "Imported {} providers with {} warnings.",
                result.providers.len(),
                result.warnings.len()
            ),
        }
    );
    let code = crate::cli_args::write_out(a.take("--out").as_deref(), &result.toml);
    if result.providers.is_empty() && code == 0 {
        1
    } else {
        code
    }
}
