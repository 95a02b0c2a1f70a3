//! `mail-doctor deploy check [--lang ja|en] [--headers FILE] [--nginx FILE] DIR`
//!
//! Reads a deployment folder (what will be uploaded: scripts/build-release's `dist/` with the
//! ISP's `profile.toml`) and runs the engine's checks on it (`core::deploy`): exit 1 when the
//! deployment would serve the demo as the ISP's real settings, a profile that does not validate,
//! a page without its files, or a Content-Security-Policy that the server's headers contradict.

use crate::input::{out, usage_error, LangArg};
use crate::words::{words, FOR_PEOPLE};
use mail_doctor_core::deploy::{self, Level, Site};
use mail_doctor_core::lang::fill;
use mail_doctor_core::Lang;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Check a deployment folder before it goes live.
#[derive(clap::Subcommand)]
pub enum Action {
    /// Is this folder safe to give customers? (no demo as real, a valid profile, every page and
    /// file, each page's CSP the same in its meta tag and in the server's headers)
    Check {
        /// The language of the report (Japanese without it).
        #[arg(long, value_enum)]
        lang: Option<LangArg>,
        /// A Netlify / Cloudflare Pages `_headers` file to compare with the pages' policies
        /// (default: DIR/_headers when there is one).
        #[arg(long)]
        headers: Option<PathBuf>,
        /// An nginx configuration to compare with the pages' policies (e.g. deploy/nginx.conf).
        #[arg(long)]
        nginx: Option<PathBuf>,
        /// The folder to be published (index.html, help.html, tools.html, profile.toml…).
        dir: PathBuf,
    },
}

pub fn run(action: Action) -> ExitCode {
    let Action::Check {
        lang,
        headers,
        nginx,
        dir,
    } = action;
    let lang = lang.map(Lang::from).unwrap_or(FOR_PEOPLE);
    let site = match read_site(&dir, headers.as_deref(), nginx.as_deref()) {
        Ok(site) => site,
        Err(message) => return usage_error(&message),
    };
    let notes = deploy::check(&site);
    for note in &notes {
        out(&format!(
            "{} {} {}: {}",
            note.level.text().get(lang),
            note.code,
            note.about,
            note.message.get(lang)
        ));
        for line in note.detail.get(lang).lines() {
            out(&format!("    {line}"));
        }
    }
    let errors = notes.iter().filter(|n| n.level == Level::Error).count();
    let warnings = notes.iter().filter(|n| n.level == Level::Warning).count();
    let (dir, warnings) = (dir.display().to_string(), warnings.to_string());
    out(&if errors == 0 {
        fill(
            words(lang).deploy_ready,
            &[("dir", &dir), ("warnings", &warnings)],
        )
    } else {
        fill(
            words(lang).deploy_not_ready,
            &[
                ("dir", &dir),
                ("errors", &errors.to_string()),
                ("warnings", &warnings),
            ],
        )
    });
    if deploy::passed(&notes) {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// The folder's top-level files, its pages' text, its profile and the server configurations.
fn read_site(dir: &Path, headers: Option<&Path>, nginx: Option<&Path>) -> Result<Site, String> {
    let shown = dir.display();
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{shown}: {e}"))?;
    let mut site = Site::default();
    for entry in entries {
        let entry = entry.map_err(|e| format!("{shown}: {e}"))?;
        if !entry
            .file_type()
            .map_err(|e| format!("{shown}: {e}"))?
            .is_file()
        {
            continue;
        }
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".html") {
            let text = std::fs::read_to_string(entry.path())
                .map_err(|e| format!("{shown}/{name}: {e}"))?;
            site.pages.push((name.clone(), text));
        }
        site.files.push(name);
    }
    site.files.sort();
    site.pages.sort();
    let profile = dir.join("profile.toml");
    if profile.is_file() {
        site.profile =
            Some(std::fs::read(&profile).map_err(|e| format!("{}: {e}", profile.display()))?);
    }
    let read =
        |path: &Path| std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()));
    let default_headers = dir.join("_headers");
    site.headers_file = match headers {
        Some(path) => Some(read(path)?),
        None if default_headers.is_file() => Some(read(&default_headers)?),
        None => None,
    };
    site.nginx_conf = nginx.map(read).transpose()?;
    Ok(site)
}
