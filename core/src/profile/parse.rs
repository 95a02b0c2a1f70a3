//! Profile TOML → [`Profile`], with every problem reported at once (line and key).
//!
//! SCAFFOLD: the profile work replaces this file with the real parser and validator.

use super::*;

/// One problem in a profile: where it is and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileError {
    /// 1-based line; 0 when the problem has no single place.
    pub line: usize,
    /// Dotted key (`servers.cloud.smtp[1].port`, `brands[2].domains`).
    pub key: String,
    pub message: String,
}

impl std::fmt::Display for ProfileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}: {}", self.line, self.key, self.message)
    }
}

pub(super) fn parse(_text: &str) -> Result<Profile, Vec<ProfileError>> {
    Err(vec![ProfileError {
        line: 0,
        key: String::new(),
        message: "profile parser not written yet".into(),
    }])
}
