//! `mail-doctor export --format autoconfig|autodiscover|mobileconfig --address A [--profile P]
//! [--out FILE] [--lang ja|en]`: the settings file for one address, on stdout by default.
//!
//! `mail-doctor export --all --out DIR [--profile P]`: the static files an operator can host
//! instead of running `serve-probe`: one Thunderbird autoconfig file per domain, at
//! `DIR/<domain>/mail/config-v1.1.xml` (serve `DIR/<domain>/` as `https://autoconfig.<domain>/`,
//! and alias `/.well-known/autoconfig/mail/config-v1.1.xml` of `https://<domain>/` to the same
//! file: deploy/probe/README.md). Autodiscover answers a POST and the .mobileconfig carries the
//! customer's address, so those two stay with the service.

use crate::input::{load_profile, write_out, LangArg};
use crate::words::{words, FOR_PROGRAMS};
use mail_doctor_core::export::{export, ExportFormat};
use mail_doctor_core::lang::fill;
use mail_doctor_core::Lang;
use std::process::ExitCode;

/// The settings file (Thunderbird autoconfig, Outlook Autodiscover, Apple .mobileconfig) for one
/// address.
#[derive(clap::Args)]
pub struct Args {
    #[arg(long, value_enum, required_unless_present = "all")]
    format: Option<Format>,
    /// The customer's address.
    #[arg(long, required_unless_present = "all")]
    address: Option<String>,
    /// Every domain's autoconfig file into the folder --out (one per domain).
    #[arg(long, requires = "out", conflicts_with_all = ["format", "address"])]
    all: bool,
    /// The profile (profile.toml); without it the built-in demo profile is used.
    #[arg(long, value_name = "PATH")]
    profile: Option<String>,
    /// Write the file here instead of standard output (with --all: the folder).
    #[arg(long, value_name = "FILE|DIR")]
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
    if args.all {
        return export_all(&profile, args.out.as_deref().unwrap_or("."), lang);
    }
    let (Some(format), Some(address)) = (args.format, args.address.as_deref()) else {
        return crate::input::usage_error("give --format and --address, or --all --out DIR");
    };
    match export(format.into(), &profile, address) {
        Ok(file) => write_out(args.out.as_deref(), &file.body),
        Err(e) => {
            eprintln!("{}", e.message(lang));
            if lang != FOR_PROGRAMS {
                eprintln!("{}", e.message(FOR_PROGRAMS));
            }
            ExitCode::from(1)
        }
    }
}

/// One autoconfig file per domain under `dir`; a summary line on standard error.
fn export_all(profile: &mail_doctor_core::Profile, dir: &str, lang: Lang) -> ExitCode {
    let mut written = 0;
    for (domain, _) in profile.domains() {
        let domain = mail_doctor_core::names::normalize_host(domain);
        let file = match export(ExportFormat::Autoconfig, profile, &format!("user@{domain}")) {
            Ok(f) => f,
            Err(e) => {
                eprintln!("{domain}: {}", e.message(lang));
                return ExitCode::from(1);
            }
        };
        // Domains are validated host names: no `/` or `..` can reach the path.
        let folder = std::path::Path::new(dir).join(&domain).join("mail");
        let path = folder.join(&file.filename);
        if let Err(e) =
            std::fs::create_dir_all(&folder).and_then(|()| std::fs::write(&path, &file.body))
        {
            eprintln!("{}: {e}", path.display());
            return ExitCode::from(1);
        }
        written += 1;
    }
    eprintln!(
        "{}",
        fill(
            words(lang).export_all_written,
            &[("dir", dir), ("domains", &written.to_string())]
        )
    );
    ExitCode::SUCCESS
}
