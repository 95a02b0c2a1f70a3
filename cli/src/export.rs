//! `mail-doctor export --format autoconfig|autodiscover|mobileconfig --address A [--profile P]
//! [--out FILE] [--lang ja|en]`: the settings file for one address, on stdout by default.

use crate::input::{load_profile, write_out, LangArg};
use mail_doctor_core::export::{export, ExportFormat};
use mail_doctor_core::Lang;
use std::process::ExitCode;

/// The settings file (Thunderbird autoconfig, Outlook Autodiscover, Apple .mobileconfig) for one
/// address.
#[derive(clap::Args)]
pub struct Args {
    #[arg(long, value_enum)]
    format: Format,
    /// The customer's address.
    #[arg(long)]
    address: String,
    /// The profile (profile.toml); without it the built-in demo profile is used.
    #[arg(long, value_name = "PATH")]
    profile: Option<String>,
    /// Write the file here instead of standard output.
    #[arg(long, value_name = "FILE")]
    out: Option<String>,
    /// The language of messages (Japanese by default).
    #[arg(long, value_enum, default_value = "ja")]
    lang: LangArg,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    /// Thunderbird autoconfig (config-v1.1.xml)
    #[value(alias = "thunderbird", alias = "config-v1.1")]
    Autoconfig,
    /// Outlook Autodiscover (POX XML)
    #[value(alias = "outlook")]
    Autodiscover,
    /// Apple configuration profile (.mobileconfig)
    #[value(alias = "apple", alias = "ios")]
    Mobileconfig,
}

impl From<Format> for ExportFormat {
    fn from(format: Format) -> ExportFormat {
        match format {
            Format::Autoconfig => ExportFormat::Autoconfig,
            Format::Autodiscover => ExportFormat::Autodiscover,
            Format::Mobileconfig => ExportFormat::Mobileconfig,
        }
    }
}

pub fn run(args: Args) -> ExitCode {
    let lang = Lang::from(args.lang);
    let profile = match load_profile(args.profile.as_deref()) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{}", e.all_lines(lang));
            return ExitCode::from(1);
        }
    };
    match export(args.format.into(), &profile, &args.address) {
        Ok(file) => write_out(args.out.as_deref(), &file.body),
        Err(e) => {
            eprintln!("{}", e.message(lang));
            if lang == Lang::Ja {
                eprintln!("{}", e.message(Lang::En));
            }
            ExitCode::from(1)
        }
    }
}
