//! `mail-doctor export --format autoconfig|autodiscover|mobileconfig --address A [--profile P]
//! [--out FILE] [--lang ja|en]`: the settings file for one address, on stdout by default.

use crate::cli_args::{load_profile, Args};
use mail_doctor_core::export::{export, ExportFormat};
use mail_doctor_core::Lang;

pub const USAGE: &str = "mail-doctor export --format autoconfig|autodiscover|mobileconfig --address ADDRESS [--profile FILE] [--out FILE] [--lang ja|en]";

pub fn run(args: &[String]) -> std::process::ExitCode {
    std::process::ExitCode::from(run_code(args))
}

fn run_code(args: &[String]) -> u8 {
    let mut a = match Args::parse(
        args,
        &["--format", "--address", "--profile", "--out", "--lang"],
    ) {
        Ok(a) => a,
        Err(e) => return crate::cli_args::usage_error(&e, USAGE),
    };
    let lang = a.lang();
    let Some(format) = a.take("--format").and_then(|f| ExportFormat::from_name(&f)) else {
        return crate::cli_args::usage_error(
            "--format autoconfig|autodiscover|mobileconfig is required",
            USAGE,
        );
    };
    let Some(address) = a.take("--address") else {
        return crate::cli_args::usage_error("--address is required", USAGE);
    };
    let profile = match load_profile(a.take("--profile").as_deref(), lang) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{e}");
            return 1;
        }
    };
    match export(format, &profile, &address) {
        Ok(file) => crate::cli_args::write_out(a.take("--out").as_deref(), &file.body),
        Err(e) => {
            eprintln!("{}", e.message(lang));
            if lang == Lang::Ja {
                eprintln!("{}", e.message(Lang::En));
            }
            1
        }
    }
}
