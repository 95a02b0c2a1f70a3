//! Reading files and standard input, loading profiles, and the one-line error convention.

use mail_doctor_core::profile::{Profile, ProfileError};
use mail_doctor_core::{Date, Lang};
use std::io::{Read, Write};
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

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

/// Loads a profile; on problems, one line (in `lang`) naming the first and how many more.
pub fn load_profile(path: Option<&str>, lang: Lang) -> Result<Profile, String> {
    let Some(path) = path else {
        return Ok(Profile::demo());
    };
    let text = read_text(path)?;
    Profile::parse(&text).map_err(|errors| {
        let first = errors
            .first()
            .map(|e| profile_problem(path, e, lang))
            .unwrap_or_else(|| format!("{path}: invalid profile"));
        match (errors.len(), lang) {
            (0 | 1, _) => first,
            (n, Lang::En) => format!(
                "{first} (and {} more; run `mail-doctor profile validate {path}`)",
                n - 1
            ),
            (n, Lang::Ja) => format!(
                "{first}（ほかに {} 件あります。`mail-doctor profile validate --lang ja {path}` ですべて確認できます）",
                n - 1
            ),
        }
    })
}

/// Today's date from the system clock (UTC).
pub fn system_today() -> Date {
    let days = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() / 86_400)
        .unwrap_or(0);
    Date::from_days_since_epoch(i64::try_from(days).unwrap_or(0))
}
