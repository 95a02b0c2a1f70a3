//! Operating systems as cases name them (`windows-7`, `macos-10.8`, `ios-12`, `android-4.3`):
//! the TLS their own stack speaks by default, and the vendor's end of support.

use super::date;
use crate::date::Date;
use crate::profile::Tls;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OsFamily {
    Windows,
    MacOs,
    Ios,
    Android,
}

/// An OS with its version as `(major, minor)`. Windows by marketing name: XP (5.1),
/// Vista (6.0), 7, 8, 8.1, 10, 11 — ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Os {
    pub family: OsFamily,
    pub version: (u32, u32),
}

impl Os {
    pub fn parse(text: &str) -> Option<Os> {
        let text = text.trim().to_ascii_lowercase();
        let (family, rest) = text.split_once('-')?;
        let family = match family {
            "windows" | "win" => OsFamily::Windows,
            "macos" | "osx" | "mac" => OsFamily::MacOs,
            "ios" | "ipados" => OsFamily::Ios,
            "android" => OsFamily::Android,
            _ => return None,
        };
        let version = match (family, rest) {
            (OsFamily::Windows, "xp") => (5, 1),
            (OsFamily::Windows, "vista") => (6, 0),
            _ => numeric_version(rest)?,
        };
        Some(Os { family, version })
    }
}

fn numeric_version(text: &str) -> Option<(u32, u32)> {
    let mut parts = text.split('.');
    let major = parts.next()?.parse().ok()?;
    let minor = match parts.next() {
        Some(m) => m.parse().ok()?,
        None => 0,
    };
    Some((major, minor))
}

/// The newest TLS the OS's own stack uses by default for a mail app; `None` when unknown.
pub fn os_max_tls(os: &str) -> Option<Tls> {
    let os = Os::parse(os)?;
    let v = os.version;
    Some(match os.family {
        // Windows 7 SP1 has TLS 1.1/1.2 in Schannel but off for clients by default.
        OsFamily::Windows if v < (8, 0) => Tls::V1_0,
        OsFamily::Windows if v < (11, 0) => Tls::V1_2,
        OsFamily::Windows => Tls::V1_3,
        // OS X ≤ 10.8: no TLS 1.2.
        OsFamily::MacOs if v < (10, 9) => Tls::V1_0,
        OsFamily::MacOs if v < (10, 15) => Tls::V1_2,
        OsFamily::MacOs => Tls::V1_3,
        OsFamily::Ios if v < (5, 0) => Tls::V1_0,
        OsFamily::Ios if v < (13, 0) => Tls::V1_2,
        OsFamily::Ios => Tls::V1_3,
        // Android 4.1–4.4: TLS 1.2 present but off by default; ≤ 4.0: none.
        OsFamily::Android if v < (5, 0) => Tls::V1_0,
        OsFamily::Android if v < (10, 0) => Tls::V1_2,
        OsFamily::Android => Tls::V1_3,
    })
}

/// The vendor's end of support of an OS, where the vendor publishes one (Windows).
pub fn os_end_of_support(os: &str) -> Option<Date> {
    let os = Os::parse(os)?;
    if os.family != OsFamily::Windows {
        return None;
    }
    WINDOWS_END_OF_SUPPORT
        .iter()
        .find(|&&(v, _)| v == os.version)
        .map(|&(_, d)| d)
}

const WINDOWS_END_OF_SUPPORT: &[((u32, u32), Date)] = &[
    ((5, 1), date(2014, 4, 8)),
    ((6, 0), date(2017, 4, 11)),
    ((7, 0), date(2020, 1, 14)),
    ((8, 0), date(2016, 1, 12)),
    ((8, 1), date(2023, 1, 10)),
    ((10, 0), date(2025, 10, 14)),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_case_forms() {
        assert_eq!(Os::parse("windows-8.1").map(|o| o.version), Some((8, 1)));
        assert_eq!(Os::parse("windows-xp").map(|o| o.version), Some((5, 1)));
        assert_eq!(
            Os::parse("android-4.3").map(|o| o.family),
            Some(OsFamily::Android)
        );
        for bad in ["", "windows", "linux-6", "ios-x", "windows-", "macos-10.x"] {
            assert_eq!(Os::parse(bad), None, "{bad}");
        }
        assert_eq!(os_max_tls("windows-vista"), Some(Tls::V1_0));
        assert_eq!(os_max_tls("windows-8"), Some(Tls::V1_2));
        assert_eq!(os_max_tls("android-4.0"), Some(Tls::V1_0));
        assert_eq!(os_max_tls("macos-10.9"), Some(Tls::V1_2));
        assert_eq!(os_max_tls("beos-5"), None);
    }
}
