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
use std::fmt;

/// How many days the customers' page trusts a saved (offline) copy of the profile when the
/// profile does not say (`offline_max_days`).
pub const DEFAULT_OFFLINE_MAX_DAYS: u32 = 7;

/// `[profile]`: which profile this is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileMeta {
    /// Free text the operator chooses (`"2026-12-07.1"`).
    pub version: String,
    /// When it was published (a TOML offset date-time).
    pub published: Option<Published>,
    /// The customers' page refuses a saved copy older than this.
    pub offline_max_days: u32,
}

/// An offset date-time (`2026-12-07T09:00:00+09:00`), seconds and offset as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Published {
    pub date: Date,
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
    /// East of UTC, in minutes (`Z`: 0).
    pub offset_minutes: i16,
}

impl Published {
    /// Reads an RFC 3339 offset date-time (`T` or a space between date and time; fractions of a
    /// second are dropped).
    pub fn parse(text: &str) -> Option<Published> {
        let text = text.trim();
        let date = Date::parse(text.get(..10)?)?;
        let rest = text.get(10..)?;
        let rest = rest
            .strip_prefix(['T', 't', ' '])
            .filter(|r| r.len() >= 5)?;
        let num = |s: &str| -> Option<u8> {
            (s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok())?
        };
        let hour = num(rest.get(..2)?)?;
        let minute = num(rest.get(3..5)?)?;
        let mut rest = &rest[5..];
        let mut second = 0;
        if let Some(r) = rest.strip_prefix(':') {
            second = num(r.get(..2)?)?;
            rest = &r[2..];
            if let Some(r) = rest.strip_prefix('.') {
                rest = r.trim_start_matches(|c: char| c.is_ascii_digit());
            }
        }
        let offset_minutes = match rest {
            "Z" | "z" => 0,
            _ => {
                let sign = match rest.get(..1)? {
                    "+" => 1,
                    "-" => -1,
                    _ => return None,
                };
                let (h, m) = (num(rest.get(1..3)?)?, num(rest.get(4..6)?)?);
                if rest.len() != 6 || &rest[3..4] != ":" || h > 23 || m > 59 {
                    return None;
                }
                sign * (i16::from(h) * 60 + i16::from(m))
            }
        };
        (hour < 24 && minute < 60 && second < 61).then_some(Published {
            date,
            hour,
            minute,
            second,
            offset_minutes,
        })
    }

    /// Seconds since 1970-01-01T00:00:00Z.
    pub fn unix_seconds(&self) -> i64 {
        self.date.days_since_epoch() * 86_400
            + i64::from(self.hour) * 3600
            + i64::from(self.minute) * 60
            + i64::from(self.second)
            - i64::from(self.offset_minutes) * 60
    }
}

/// `2026-12-07 09:00 +09:00` (as the operator wrote it: their own offset).
impl fmt::Display for Published {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.offset_minutes < 0 { '-' } else { '+' };
        let off = self.offset_minutes.unsigned_abs();
        write!(
            f,
            "{} {:02}:{:02} {sign}{:02}:{:02}",
            self.date,
            self.hour,
            self.minute,
            off / 60,
            off % 60
        )
    }
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
            "published" => published = Published::parse(value),
            "offline_max_days" => max_days = value.parse::<u32>().ok(),
            _ => {}
        }
    }
    Some(ProfileMeta {
        version: version?,
        published,
        offline_max_days: max_days.unwrap_or(DEFAULT_OFFLINE_MAX_DAYS),
    })
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
        let p = meta.published.expect("published");
        assert_eq!(p.to_string(), "2026-12-07 09:00 +09:00");
        // 2026-12-07T00:00:00Z
        assert_eq!(p.unix_seconds(), 1_796_601_600);
        assert_eq!(read("[profile]\npublished = 2026-12-07T09:00:00Z\n"), None);
        assert_eq!(
            read("[profile]\nversion = \"a\"\n").map(|m| m.offline_max_days),
            Some(DEFAULT_OFFLINE_MAX_DAYS)
        );
    }

    #[test]
    fn offset_date_times() {
        let p = Published::parse("2026-12-07T00:30:05.123-05:30").expect("parses");
        assert_eq!(
            (p.hour, p.minute, p.second, p.offset_minutes),
            (0, 30, 5, -330)
        );
        assert_eq!(p.to_string(), "2026-12-07 00:30 -05:30");
        for bad in [
            "2026-12-07",
            "2026-12-07T25:00:00Z",
            "2026-12-07T09:00:00",
            "x",
            "2026-12-07T09:00:00+9",
        ] {
            assert_eq!(Published::parse(bad), None, "{bad}");
        }
    }
}
