//! What the subcommands share: `--lang`, reading files and standard input, loading profiles, and
//! the one-line error convention.

use crate::words::words;
use mail_doctor_core::lang::fill;
use mail_doctor_core::profile::{Profile, ProfileError};
use mail_doctor_core::{Date, Lang};
use std::io::{Read, Write};
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

/// `--lang ja|en`: every language of `Lang::ALL` by its tag, shown with its name in itself (a new
/// language needs nothing here).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LangArg(pub Lang);

impl clap::ValueEnum for LangArg {
    fn value_variants<'a>() -> &'a [Self] {
        static ALL: std::sync::LazyLock<Vec<LangArg>> =
            std::sync::LazyLock::new(|| Lang::ALL.into_iter().map(LangArg).collect());
        &ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(self.0.tag()).help(self.0.native_name()))
    }
}

impl From<LangArg> for Lang {
    fn from(lang: LangArg) -> Lang {
        lang.0
    }
}

/// `--today YYYY-MM-DD`.
pub fn parse_date(text: &str) -> Result<Date, String> {
    Date::parse(text).ok_or_else(|| format!("`{text}` is not a date (YYYY-MM-DD)"))
}

/// Writes one line to standard output; a closed pipe (`| head`) is not an error worth a panic.
pub fn out(text: &str) {
    let _ = writeln!(std::io::stdout().lock(), "{text}");
}

/// Prints `mail-doctor: MESSAGE` and returns exit status 2.
pub fn usage_error(message: &str) -> ExitCode {
    eprintln!("mail-doctor: {message}");
    ExitCode::from(2)
}

/// The text of a file, or of standard input for `-`.
pub fn read_text(path: &str) -> Result<String, String> {
    if path == "-" {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| format!("-: {e}"))?;
        return Ok(text);
    }
    std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))
}

/// Standard input as text. Bytes, not `read_to_string`: a paste saved from a Japanese Windows
/// console may be Shift_JIS; the ASCII codes, addresses and names in it still decode.
pub fn read_stdin_lossy() -> Result<String, String> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .read_to_end(&mut bytes)
        .map_err(|e| format!("-: {e}"))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Prints a filter's output (exit 0) or `mail-doctor: message` (exit 2).
pub fn finish(result: Result<String, String>) -> ExitCode {
    match result {
        Ok(text) => {
            out(&text);
            ExitCode::SUCCESS
        }
        Err(message) => usage_error(&message),
    }
}

/// `PATH:LINE: KEY: message` in `lang` (line and key left out when the problem has none).
pub fn profile_problem(path: &str, e: &ProfileError, lang: Lang) -> String {
    let mut line = path.to_string();
    if e.line > 0 {
        line.push_str(&format!(":{}", e.line));
    }
    line.push_str(": ");
    if !e.key.is_empty() {
        line.push_str(&e.key);
        line.push_str(": ");
    }
    line.push_str(&e.message_in(lang));
    line
}

/// A profile that could not be loaded: unreadable, or with problems.
pub struct ProfileLoadError {
    path: String,
    read_error: Option<String>,
    problems: Vec<ProfileError>,
}

impl ProfileLoadError {
    /// Every problem, one `PATH:LINE: KEY: message` line each.
    pub fn all_lines(&self, lang: Lang) -> String {
        if let Some(e) = &self.read_error {
            return e.clone();
        }
        self.problems
            .iter()
            .map(|e| profile_problem(&self.path, e, lang))
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// One line: the first problem and how many more.
    pub fn summary(&self, lang: Lang) -> String {
        if let Some(e) = &self.read_error {
            return e.clone();
        }
        let path = &self.path;
        let first = self
            .problems
            .first()
            .map(|e| profile_problem(path, e, lang))
            .unwrap_or_else(|| format!("{path}: invalid profile"));
        match self.problems.len() {
            0 | 1 => first,
            n => fill(
                words(lang).profile_more_problems,
                &[
                    ("first", &first),
                    ("more", &(n - 1).to_string()),
                    ("path", path),
                ],
            ),
        }
    }
}

/// The profile at `path`, or the built-in demo profile without one.
pub fn load_profile(path: Option<&str>) -> Result<Profile, ProfileLoadError> {
    let Some(path) = path else {
        return Ok(Profile::demo());
    };
    let text = read_text(path).map_err(|e| ProfileLoadError {
        path: path.to_string(),
        read_error: Some(e),
        problems: Vec::new(),
    })?;
    Profile::parse(&text).map_err(|problems| ProfileLoadError {
        path: path.to_string(),
        read_error: None,
        problems,
    })
}

/// Writes `body` to `out` (a file) or stdout; exit 1 when the file cannot be written.
pub fn write_out(out: Option<&str>, body: &str) -> ExitCode {
    match out {
        Some(path) => match std::fs::write(path, body) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("{path}: {e}");
                ExitCode::from(1)
            }
        },
        None => {
            print!("{body}");
            ExitCode::SUCCESS
        }
    }
}

/// Today's date from the system clock (UTC).
pub fn system_today() -> Date {
    let days = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() / 86_400)
        .unwrap_or(0);
    Date::from_days_since_epoch(i64::try_from(days).unwrap_or(0))
}
