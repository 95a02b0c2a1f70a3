//! Calendar dates as the profile and the catalog use them (`2024-12-31`), and the profile's
//! publication time (`2026-12-07T09:00:00+09:00`).
//!
//! Small types of our own for ordering and day arithmetic; the text is read by `toml_datetime`
//! (RFC 3339, the profile's TOML reader's own date type), so no date syntax is parsed here.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A calendar date (proleptic Gregorian), ordered by year, month, day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// A date from its parts; `None` when the day does not exist.
    pub const fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        if month == 0 || month > 12 || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD` (a date alone: no time, no offset).
    pub fn parse(text: &str) -> Option<Date> {
        match text.trim().parse::<toml_datetime::Datetime>().ok()? {
            toml_datetime::Datetime {
                date: Some(d),
                time: None,
                offset: None,
            } => Date::new(d.year, d.month, d.day),
            _ => None,
        }
    }

    /// Days since 1970-01-01 (negative before), for day arithmetic.
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01.
    pub fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
        Date { year, month, day }
    }
}

const fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ => {
            if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) {
                29
            } else {
                28
            }
        }
    }
}

/// A moment with its offset from UTC, to the second: `2026-12-07T09:00:00+09:00`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DateTime {
    pub date: Date,
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
    /// Minutes east of UTC (`+09:00` is 540; `Z` is 0).
    pub offset_minutes: i16,
}

impl DateTime {
    /// A TOML offset date-time; `None` for a local date, time or date-time (no offset).
    pub fn from_toml(dt: &toml_datetime::Datetime) -> Option<DateTime> {
        let (d, t, offset) = (dt.date?, dt.time?, dt.offset?);
        Some(DateTime {
            date: Date::new(d.year, d.month, d.day)?,
            hour: t.hour,
            minute: t.minute,
            // A leap second counts as the last second of its minute.
            second: t.second.unwrap_or(0).min(59),
            offset_minutes: match offset {
                toml_datetime::Offset::Z => 0,
                toml_datetime::Offset::Custom { minutes } => minutes,
            },
        })
    }

    /// Parses RFC 3339 with an offset (`2026-12-07T09:00:00+09:00`, `…Z`).
    pub fn parse(text: &str) -> Option<DateTime> {
        DateTime::from_toml(&text.trim().parse().ok()?)
    }

    /// Seconds since 1970-01-01T00:00:00Z, to compare moments written with different offsets.
    pub fn unix_seconds(&self) -> i64 {
        self.date.days_since_epoch() * 86_400
            + i64::from(self.hour) * 3_600
            + i64::from(self.minute) * 60
            + i64::from(self.second)
            - i64::from(self.offset_minutes) * 60
    }
}

impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (sign, off) = if self.offset_minutes < 0 {
            ('-', -i32::from(self.offset_minutes))
        } else {
            ('+', i32::from(self.offset_minutes))
        };
        write!(
            f,
            "{}T{:02}:{:02}:{:02}{sign}{:02}:{:02}",
            self.date,
            self.hour,
            self.minute,
            self.second,
            off / 60,
            off % 60
        )
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let text = String::deserialize(d)?;
        Date::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("`{text}` is not a date (YYYY-MM-DD)")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_orders() {
        let a = Date::parse("2024-12-31").unwrap();
        let b = Date::parse("2025-01-01").unwrap();
        assert!(a < b);
        assert_eq!(a.to_string(), "2024-12-31");
        assert_eq!(Date::parse("2023-02-29"), None);
        assert_eq!(Date::parse("2024-02-29").map(|d| d.day), Some(29));
        assert_eq!(Date::parse("24-1-1"), None);
    }

    #[test]
    fn epoch_days_round_trip() {
        for days in [-1000, 0, 19_000, 20_088, 60_000] {
            assert_eq!(Date::from_days_since_epoch(days).days_since_epoch(), days);
        }
        assert_eq!(Date::parse("1970-01-01").unwrap().days_since_epoch(), 0);
        assert_eq!(
            Date::parse("2024-12-31").unwrap().days_since_epoch(),
            20_088
        );
    }

    #[test]
    fn date_times_carry_their_offset() {
        let jst = DateTime::parse("2026-12-07T09:00:00+09:00").unwrap();
        let utc = DateTime::parse("2026-12-07T00:00:00Z").unwrap();
        assert_eq!(jst.offset_minutes, 540);
        assert_eq!(jst.unix_seconds(), utc.unix_seconds());
        assert_eq!(jst.to_string(), "2026-12-07T09:00:00+09:00");
        assert_eq!(utc.to_string(), "2026-12-07T00:00:00+00:00");
        assert_eq!(
            DateTime::parse("2026-12-07T09:00:00-03:30")
                .unwrap()
                .to_string(),
            "2026-12-07T09:00:00-03:30"
        );
        // No offset, no time, or no such day: not a moment.
        for bad in [
            "2026-12-07T09:00:00",
            "2026-12-07",
            "2026-02-30T00:00:00Z",
            "soon",
        ] {
            assert_eq!(DateTime::parse(bad), None, "{bad}");
        }
        assert_eq!(Date::parse("2026-12-07T09:00:00Z"), None);
    }
}
