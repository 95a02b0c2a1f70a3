//! The published profile's identity: `[profile] version`, `published`, `offline_max_days`
//! (PLAN decision 2, issue 12).
//!
//! SHIM: helper `libs` adds these keys to the profile parser (`core::profile::Profile::meta`,
//! with line-accurate problems like every other key). Until that lands, this file reads the
//! three keys from the profile's text on its own, leniently: a value it cannot read is left
//! out. [`meta_of`] is the one place the rest of the code asks; it becomes `profile.meta` when
//! the parser has them.

use crate::date::Date;
use crate::profile::Profile;

/// How many days the customers' page trusts a saved (offline) copy of the profile when the
/// profile does not say (`offline_max_days`).
pub const DEFAULT_OFFLINE_MAX_DAYS: u32 = 7;

/// `[profile]`: which profile this is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileMeta {
    /// Free text the operator chooses (`"2026-12-07.1"`).
    pub version: String,
    /// When it was published: a TOML offset date-time, as written (`2026-12-07T09:00:00+09:00`).
    /// (The pages only show it; their own clock and the fetch time decide what is stale.)
    pub published: Option<String>,
    /// The customers' page refuses a saved copy older than this.
    pub offline_max_days: u32,
}

/// The identity of a loaded profile (`None`: it has no `[profile] version`).
///
/// SHIM: `profile.meta.clone()` once the parser reads `[profile]`; `text` is the profile's TOML.
pub fn meta_of(_profile: &Profile, text: &str) -> Option<ProfileMeta> {
    read(text)
}

/// `[profile]`'s keys from a profile's text (see the module's comment).
fn read(text: &str) -> Option<ProfileMeta> {
    let mut inside = false;
    let (mut version, mut published, mut max_days) = (None, None, None);
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            inside = line
                .split('#')
                .next()
                .is_some_and(|h| h.trim() == "[profile]");
            continue;
        }
        if !inside {
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            continue;
        };
        let value = value.split(" #").next().unwrap_or_default().trim();
        match key.trim() {
            "version" => {
                version = value
                    .strip_prefix('"')
                    .and_then(|v| v.strip_suffix('"'))
                    .map(str::trim)
                    .filter(|v| !v.is_empty() && v.chars().count() <= 64)
                    .map(str::to_string)
            }
            "published" => published = published_text(value),
            "offline_max_days" => {
                max_days = crate::limits::number(value).and_then(|d| u32::try_from(d).ok())
            }
            _ => {}
        }
    }
    Some(ProfileMeta {
        version: version?,
        published,
        offline_max_days: max_days.unwrap_or(DEFAULT_OFFLINE_MAX_DAYS),
    })
}

/// A TOML offset date-time as written, or `None` when it does not start with a date and a time.
fn published_text(value: &str) -> Option<String> {
    let date = Date::parse(value.get(..10)?)?;
    let rest = value.get(10..)?;
    (rest.starts_with(['T', 't', ' ']) && rest.len() >= 6).then(|| format!("{date}{rest}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_profile_table() {
        let text = "[isp]\nname = \"x\"\n[profile]\nversion = \"2026-12-07.1\"\npublished = 2026-12-07T09:00:00+09:00\noffline_max_days = 3\n[policy]\nversion = \"no\"\n";
        let meta = read(text).expect("meta");
        assert_eq!(meta.version, "2026-12-07.1");
        assert_eq!(meta.offline_max_days, 3);
        assert_eq!(meta.published.as_deref(), Some("2026-12-07T09:00:00+09:00"));
        assert_eq!(read("[profile]\npublished = 2026-12-07T09:00:00Z\n"), None);
        assert_eq!(
            read("[profile]\nversion = \"a\"\n").map(|m| m.offline_max_days),
            Some(DEFAULT_OFFLINE_MAX_DAYS)
        );
        for bad in ["2026-12-07", "2026-13-07T09:00:00Z", "x", ""] {
            assert_eq!(published_text(bad), None, "{bad}");
        }
    }
}
