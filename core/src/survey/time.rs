//! Timestamps of mail logs, made explicit.
//!
//! - Classic syslog (`Dec  7 10:00:00`, and Dovecot's own log file `Dec 07 10:00:00`) has no
//!   year and no zone: the [`Clock`] supplies both. The zone is a fixed UTC offset (default
//!   +09:00, Japan, which has no daylight saving time). The year is either given, or inferred
//!   from "now": the year that puts the line no more than a day after now (so a December log
//!   read in January is last year's). With a given year, a jump from December back to January
//!   moves to the next year.
//! - RFC 3339 (`2026-12-07T10:00:00.123456+09:00`, rsyslog's high-precision format and newer
//!   Postfix/systemd setups) carries its own offset; a timestamp without an offset
//!   (`2026-12-07 10:00:00`, CSV exports) is read in the clock's zone.
//!
//! Times are whole seconds since 1970-01-01 UTC (`i64`); fractions are dropped.

use crate::date::Date;

/// How the year of a yearless timestamp is found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Year {
    /// This year; a month going back from December to January moves to the next one.
    Fixed(i32),
    /// The year that puts the timestamp at most a day after `now` (seconds since the epoch).
    Infer { now: i64 },
}

/// The year and zone for timestamps that do not carry them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clock {
    year: Year,
    /// Seconds east of UTC.
    offset: i32,
    /// Year rollover state for [`Year::Fixed`]: (current year, last month seen).
    rolled: (i32, u8),
    /// Cache: (year, month, day) → UTC seconds at local midnight.
    cache: (i32, u8, u8, i64),
}

/// The default offset: Japan Standard Time.
pub const DEFAULT_OFFSET: i32 = 9 * 3600;

const MONTHS: [&[u8; 3]; 12] = [
    b"Jan", b"Feb", b"Mar", b"Apr", b"May", b"Jun", b"Jul", b"Aug", b"Sep", b"Oct", b"Nov", b"Dec",
];

impl Clock {
    pub fn new(year: Year, offset_seconds: i32) -> Clock {
        let y = match year {
            Year::Fixed(y) => y,
            Year::Infer { now } => year_of(now, offset_seconds),
        };
        Clock {
            year,
            offset: offset_seconds,
            rolled: (y, 0),
            cache: (i32::MIN, 0, 0, 0),
        }
    }

    /// The offset in seconds east of UTC.
    pub fn offset(&self) -> i32 {
        self.offset
    }

    /// Starts a new input (file): the year rollover begins again.
    pub fn reset(&mut self) {
        if let Year::Fixed(y) = self.year {
            self.rolled = (y, 0);
        }
    }

    fn midnight(&mut self, year: i32, month: u8, day: u8) -> Option<i64> {
        if self.cache.0 == year && self.cache.1 == month && self.cache.2 == day {
            return Some(self.cache.3);
        }
        let date = Date::new(u16::try_from(year).ok()?, month, day)?;
        let t = date.days_since_epoch() * 86_400 - i64::from(self.offset);
        self.cache = (year, month, day, t);
        Some(t)
    }

    /// Reads a classic syslog timestamp (`Dec  7 10:00:00` or `Dec 07 10:00:00`) at the start
    /// of `line`: the time and the bytes it took (15).
    pub fn syslog(&mut self, line: &[u8]) -> Option<(i64, usize)> {
        if line.len() < 15 || line[3] != b' ' || line[6] != b' ' || line[9] != b':' {
            return None;
        }
        let month = MONTHS.iter().position(|m| m[..] == line[..3])? as u8 + 1;
        let day = match (line[4], line[5]) {
            (b' ', d) | (b'0', d) if d.is_ascii_digit() => d - b'0',
            (a, b) if a.is_ascii_digit() && b.is_ascii_digit() => (a - b'0') * 10 + (b - b'0'),
            _ => return None,
        };
        let secs = hms(&line[7..15])?;
        let year = match self.year {
            Year::Fixed(_) => {
                let (mut y, last) = self.rolled;
                if last == 12 && month == 1 {
                    y += 1;
                }
                self.rolled = (y, month);
                y
            }
            Year::Infer { now } => {
                let y = year_of(now, self.offset);
                let t = self.midnight(y, month, day)? + secs;
                if t > now + 86_400 {
                    y - 1
                } else {
                    return Some((t, 15));
                }
            }
        };
        Some((self.midnight(year, month, day)? + secs, 15))
    }

    /// Reads an ISO 8601 / RFC 3339 timestamp at the start of `line`: `YYYY-MM-DD`, `T` or a
    /// space, `HH:MM:SS`, an optional fraction, an optional `Z` or `±HH:MM` (`±HHMM`). Without an
    /// offset the clock's zone applies.
    pub fn iso(&mut self, line: &[u8]) -> Option<(i64, usize)> {
        if line.len() < 19 || line[4] != b'-' || line[7] != b'-' || line[13] != b':' {
            return None;
        }
        if line[10] != b'T' && line[10] != b' ' {
            return None;
        }
        let year = digits(&line[0..4])? as i32;
        let month = digits(&line[5..7])? as u8;
        let day = digits(&line[8..10])? as u8;
        let secs = hms(&line[11..19])?;
        let mut i = 19;
        if i < line.len() && (line[i] == b'.' || line[i] == b',') {
            i += 1;
            while i < line.len() && line[i].is_ascii_digit() {
                i += 1;
            }
        }
        let mut offset = None;
        if i < line.len() {
            match line[i] {
                b'Z' | b'z' => {
                    offset = Some(0);
                    i += 1;
                }
                sign @ (b'+' | b'-') => {
                    let rest = &line[i + 1..];
                    let (h, m, len) = if rest.len() >= 5 && rest[2] == b':' {
                        (digits(&rest[0..2])?, digits(&rest[3..5])?, 6)
                    } else if rest.len() >= 4 && rest[..4].iter().all(u8::is_ascii_digit) {
                        (digits(&rest[0..2])?, digits(&rest[2..4])?, 5)
                    } else {
                        return None;
                    };
                    let o = (h * 3600 + m * 60) as i32;
                    offset = Some(if sign == b'-' { -o } else { o });
                    i += len;
                }
                _ => {}
            }
        }
        let local = self.midnight(year, month, day)? + i64::from(self.offset) + secs;
        Some((local - i64::from(offset.unwrap_or(self.offset)), i))
    }

    /// Reads a timestamp in any of the forms above, or the US form of some cloud exports
    /// (`12/7/2026 10:00:00 AM`, month first, in the clock's zone). For CSV cells.
    pub fn any(&mut self, text: &str) -> Option<i64> {
        let b = text.trim().as_bytes();
        if let Some((t, n)) = self.iso(b) {
            return (n == b.len()).then_some(t);
        }
        if let Some((t, n)) = self.syslog(b) {
            return (n == b.len()).then_some(t);
        }
        self.us(text.trim())
    }

    fn us(&mut self, text: &str) -> Option<i64> {
        let (date, rest) = text.split_once(' ')?;
        let mut parts = date.split('/');
        let month: u8 = parts.next()?.parse().ok()?;
        let day: u8 = parts.next()?.parse().ok()?;
        let year: i32 = parts.next()?.parse().ok()?;
        if parts.next().is_some() {
            return None;
        }
        let rest = rest.trim();
        let (clock, half) = match rest.rsplit_once(' ') {
            Some((c, h)) if h.eq_ignore_ascii_case("AM") => (c, Some(false)),
            Some((c, h)) if h.eq_ignore_ascii_case("PM") => (c, Some(true)),
            _ => (rest, None),
        };
        let mut hms_parts = clock.split(':');
        let mut h: i64 = hms_parts.next()?.parse().ok()?;
        let m: i64 = hms_parts.next()?.parse().ok()?;
        let s: i64 = hms_parts.next().map_or(Some(0), |s| s.parse().ok())?;
        if hms_parts.next().is_some() || m > 59 || s > 60 {
            return None;
        }
        match half {
            Some(pm) if (1..=12).contains(&h) => h = h % 12 + if pm { 12 } else { 0 },
            Some(_) => return None,
            None if h > 23 => return None,
            None => {}
        }
        Some(self.midnight(year, month, day)? + h * 3600 + m * 60 + s)
    }
}

/// The calendar year of `t` at `offset`.
fn year_of(t: i64, offset: i32) -> i32 {
    i32::from(Date::from_days_since_epoch((t + i64::from(offset)).div_euclid(86_400)).year)
}

fn digits(b: &[u8]) -> Option<i64> {
    let mut n = 0i64;
    for &c in b {
        if !c.is_ascii_digit() {
            return None;
        }
        n = n * 10 + i64::from(c - b'0');
    }
    Some(n)
}

/// `HH:MM:SS` → seconds of the day.
fn hms(b: &[u8]) -> Option<i64> {
    if b.len() != 8 || b[2] != b':' || b[5] != b':' {
        return None;
    }
    let (h, m, s) = (digits(&b[0..2])?, digits(&b[3..5])?, digits(&b[6..8])?);
    (h < 24 && m < 60 && s <= 60).then_some(h * 3600 + m * 60 + s)
}

/// Parses a UTC offset: `+09:00`, `+0900`, `-05:00`, `Z`, `UTC`, `JST`, `Asia/Tokyo`.
pub fn parse_offset(text: &str) -> Option<i32> {
    let t = text.trim();
    match t.to_ascii_uppercase().as_str() {
        "Z" | "UTC" | "GMT" | "ETC/UTC" => return Some(0),
        "JST" | "ASIA/TOKYO" => return Some(DEFAULT_OFFSET),
        _ => {}
    }
    let (sign, rest) = match t.as_bytes().first()? {
        b'+' => (1, &t[1..]),
        b'-' => (-1, &t[1..]),
        _ => return None,
    };
    let (h, m) = match rest.split_once(':') {
        Some((h, m)) => (h, m),
        None if rest.len() == 4 => rest.split_at(2),
        None if rest.len() <= 2 => (rest, "0"),
        None => return None,
    };
    let (h, m): (i32, i32) = (h.parse().ok()?, m.parse().ok()?);
    (h <= 14 && m < 60 && !rest.is_empty()).then_some(sign * (h * 3600 + m * 60))
}

/// Formats a time as RFC 3339 at `offset` (`2026-12-07T10:00:00+09:00`).
pub fn format(t: i64, offset: i32) -> String {
    let local = t + i64::from(offset);
    let date = Date::from_days_since_epoch(local.div_euclid(86_400));
    let s = local.rem_euclid(86_400);
    let zone = if offset == 0 {
        "Z".to_string()
    } else {
        let o = offset.abs();
        format!(
            "{}{:02}:{:02}",
            if offset < 0 { '-' } else { '+' },
            o / 3600,
            o % 3600 / 60
        )
    };
    format!(
        "{date}T{:02}:{:02}:{:02}{zone}",
        s / 3600,
        s % 3600 / 60,
        s % 60
    )
}

/// Formats an offset as `+09:00`.
pub fn format_offset(offset: i32) -> String {
    let o = offset.abs();
    format!(
        "{}{:02}:{:02}",
        if offset < 0 { '-' } else { '+' },
        o / 3600,
        o % 3600 / 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jst(year: i32) -> Clock {
        Clock::new(Year::Fixed(year), DEFAULT_OFFSET)
    }

    #[test]
    fn syslog_timestamps_take_the_year_and_zone_given() {
        let mut c = jst(2026);
        let (t, n) = c.syslog(b"Dec  7 10:00:00 host x").unwrap();
        assert_eq!(n, 15);
        assert_eq!(format(t, 9 * 3600), "2026-12-07T10:00:00+09:00");
        assert_eq!(format(t, 0), "2026-12-07T01:00:00Z");
        let (t2, _) = c.syslog(b"Dec 07 10:00:01 imap-login").unwrap();
        assert_eq!(t2, t + 1);
        // December → January: the next year.
        let (t3, _) = c.syslog(b"Jan  1 00:00:00 host").unwrap();
        assert_eq!(format(t3, 9 * 3600), "2027-01-01T00:00:00+09:00");
        assert!(c.syslog(b"Foo  1 00:00:00 host").is_none());
        assert!(c.syslog(b"Feb 30 00:00:00 host").is_none());
    }

    #[test]
    fn an_inferred_year_never_puts_a_line_in_the_future() {
        // now = 2027-01-02T00:00:00+09:00
        let now = Clock::new(Year::Fixed(2027), DEFAULT_OFFSET)
            .iso(b"2027-01-02T00:00:00+09:00")
            .unwrap()
            .0;
        let mut c = Clock::new(Year::Infer { now }, DEFAULT_OFFSET);
        let (t, _) = c.syslog(b"Dec 31 23:00:00 h").unwrap();
        assert_eq!(format(t, DEFAULT_OFFSET), "2026-12-31T23:00:00+09:00");
        let (t, _) = c.syslog(b"Jan  1 23:00:00 h").unwrap();
        assert_eq!(format(t, DEFAULT_OFFSET), "2027-01-01T23:00:00+09:00");
    }

    #[test]
    fn rfc3339_carries_its_own_offset() {
        let mut c = jst(2000);
        let (t, n) = c.iso(b"2026-12-07T10:00:00.123456+09:00 host").unwrap();
        assert_eq!(n, 32);
        assert_eq!(format(t, 0), "2026-12-07T01:00:00Z");
        let (u, _) = c.iso(b"2026-12-07T01:00:00Z").unwrap();
        assert_eq!(t, u);
        let (v, _) = c.iso(b"2026-12-06T20:00:00-0500").unwrap();
        assert_eq!(t, v);
        // No offset: the clock's zone.
        assert_eq!(c.any("2026-12-07 10:00:00"), Some(t));
        assert_eq!(c.any("12/7/2026 10:00:00 AM"), Some(t));
        assert_eq!(c.any("12/7/2026 12:30:00 AM"), Some(t - 9 * 3600 - 1800));
        assert_eq!(c.any("not a time"), None);
    }

    #[test]
    fn offsets_parse() {
        assert_eq!(parse_offset("+09:00"), Some(32_400));
        assert_eq!(parse_offset("-0530"), Some(-19_800));
        assert_eq!(parse_offset("UTC"), Some(0));
        assert_eq!(parse_offset("Asia/Tokyo"), Some(32_400));
        assert_eq!(parse_offset("+9"), Some(32_400));
        assert_eq!(parse_offset("Europe/Paris"), None);
        assert_eq!(format_offset(-19_800), "-05:30");
    }
}
