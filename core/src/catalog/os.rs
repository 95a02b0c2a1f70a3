//! Operating systems as cases name them (`windows-7`, `macos-10.8`, `ios-12`, `android-4.3`):
//! the TLS their own stack speaks by default, and the vendor's end of support; the list the
//! desk picks from ([`OS_CHOICES`]); and [`recognise`], which reads what an agent types
//! ("Windows 7", "win7", "7" for a Windows app, "ＩＯＳ１２") as one of those.

use super::date;
use crate::case::ClientId;
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
    /// An OS named with its family (`windows-7`, `Windows 7`, `win7`, `iOS 12`); a bare
    /// version needs the app to tell the family ([`recognise`]).
    pub fn parse(text: &str) -> Option<Os> {
        recognise(text, None)
    }

    /// The case's name (`windows-7`, `windows-8.1`, `windows-xp`, `macos-10.15`, `ios-12`).
    pub fn id(&self) -> String {
        let (major, minor) = self.version;
        let version = match (self.family, self.version) {
            (OsFamily::Windows, (5, 1)) => "xp".to_string(),
            (OsFamily::Windows, (6, 0)) => "vista".to_string(),
            (_, (major, 0)) => major.to_string(),
            _ => format!("{major}.{minor}"),
        };
        format!("{}-{version}", self.family.id())
    }

    /// As people write it (`Windows 7`, `macOS 14`, `iOS 12`, `Android 4.3`, `Windows XP`).
    pub fn name(&self) -> String {
        let id = self.id();
        let version = id.split_once('-').map_or("", |(_, v)| v);
        let version = match version {
            "xp" => "XP",
            "vista" => "Vista",
            v => v,
        };
        let family = match self.family {
            OsFamily::Ios => "iOS",
            other => other.name(),
        };
        format!("{family} {version}")
    }
}

impl OsFamily {
    pub const ALL: [OsFamily; 4] = [
        OsFamily::Windows,
        OsFamily::MacOs,
        OsFamily::Ios,
        OsFamily::Android,
    ];

    fn id(self) -> &'static str {
        match self {
            OsFamily::Windows => "windows",
            OsFamily::MacOs => "macos",
            OsFamily::Ios => "ios",
            OsFamily::Android => "android",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            OsFamily::Windows => "Windows",
            OsFamily::MacOs => "macOS",
            OsFamily::Ios => "iOS / iPadOS",
            OsFamily::Android => "Android",
        }
    }

    /// The systems an app runs on (`None`: not asked — a printer's firmware is not an OS the
    /// desk can name; an unknown app: every family).
    pub fn of_client(client: Option<ClientId>) -> &'static [OsFamily] {
        client.map_or(&OsFamily::ALL, |id| super::client(id).systems)
    }
}

/// The systems the desk picks from, newest first within a family: the versions with a support
/// date or a TLS boundary in this file, and the current ones.
pub const OS_CHOICES: &[&str] = &[
    "windows-11",
    "windows-10",
    "windows-8.1",
    "windows-8",
    "windows-7",
    "windows-vista",
    "windows-xp",
    "macos-15",
    "macos-14",
    "macos-13",
    "macos-12",
    "macos-11",
    "macos-10.15",
    "macos-10.14",
    "macos-10.8",
    "ios-18",
    "ios-17",
    "ios-16",
    "ios-15",
    "ios-14",
    "ios-13",
    "ios-12",
    "ios-4",
    "android-15",
    "android-14",
    "android-13",
    "android-12",
    "android-11",
    "android-10",
    "android-9",
    "android-8",
    "android-7",
    "android-6",
    "android-5",
    "android-4.4",
    "android-4.3",
];

/// The choices for an app, in [`OS_CHOICES`] order.
pub fn os_choices(client: Option<ClientId>) -> impl Iterator<Item = Os> {
    let families = OsFamily::of_client(client);
    OS_CHOICES
        .iter()
        .filter_map(|id| Os::parse(id))
        .filter(move |os| families.contains(&os.family))
}

/// Reads an OS as an agent or a customer types it: any case, full-width or half-width, with or
/// without spaces and hyphens (`windows-7`, `Windows 7`, `win7`, `Win 8.1`, `ウィンドウズ10`,
/// `iOS12`, `iPhone iOS 17`, `mac os 10.15`, `Android 4.3`). A bare version (`7`, `8.1`, `XP`)
/// is read in the family of the app (`client`) when the app runs on one family only, and as
/// Windows when the app is not known (the desk's usual case). `None` when it cannot be read.
pub fn recognise(text: &str, client: Option<ClientId>) -> Option<Os> {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars() {
        let c = match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        };
        if c.is_whitespace() || matches!(c, '-' | '_' | '/') {
            continue;
        }
        // ASCII case only (no Unicode case tables in the pages).
        folded.push(c.to_ascii_lowercase());
    }
    let mut rest = folded.as_str();
    for noise in ["microsoft", "apple", "google"] {
        rest = rest.strip_prefix(noise).unwrap_or(rest);
    }
    const FAMILIES: &[(&str, OsFamily)] = &[
        ("windows", OsFamily::Windows),
        ("ウィンドウズ", OsFamily::Windows),
        ("win", OsFamily::Windows),
        ("macosx", OsFamily::MacOs),
        ("macos", OsFamily::MacOs),
        ("osx", OsFamily::MacOs),
        ("mac", OsFamily::MacOs),
        ("マック", OsFamily::MacOs),
        ("iphoneios", OsFamily::Ios),
        ("ipados", OsFamily::Ios),
        ("ios", OsFamily::Ios),
        ("iphone", OsFamily::Ios),
        ("ipad", OsFamily::Ios),
        ("android", OsFamily::Android),
        ("アンドロイド", OsFamily::Android),
    ];
    let named = FAMILIES
        .iter()
        .find_map(|(prefix, family)| rest.strip_prefix(prefix).map(|r| (*family, r)));
    let (family, version) = match named {
        Some((family, version)) => (family, version),
        None => {
            let family = match OsFamily::of_client(client) {
                [only] => *only,
                _ => OsFamily::Windows,
            };
            (family, rest)
        }
    };
    let version = version
        .trim_start_matches("version")
        .trim_start_matches("ver.")
        .trim_start_matches("ver");
    let version = match (family, version) {
        (OsFamily::Windows, "xp") => (5, 1),
        (OsFamily::Windows, "vista") => (6, 0),
        (OsFamily::Windows, v) => {
            let v = numeric_version(v)?;
            // Only the versions Windows has had (not "Windows 2000" or "Windows 95").
            [(7, 0), (8, 0), (8, 1), (10, 0), (11, 0)]
                .contains(&v)
                .then_some(v)?
        }
        (_, v) => numeric_version(v)?,
    };
    Some(Os { family, version })
}

/// The name of an OS as typed, for words: the recognised system's name, else the text as typed.
pub fn os_display(text: &str, client: Option<ClientId>) -> String {
    match recognise(text, client) {
        Some(os) => os.name(),
        None => text.trim().to_string(),
    }
}

fn numeric_version(text: &str) -> Option<(u32, u32)> {
    let mut parts = text.split('.');
    let number = |p: &str| -> Option<u32> {
        (!p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse().ok())
            .flatten()
    };
    let major = number(parts.next()?)?;
    let minor = match parts.next() {
        Some(m) => number(m)?,
        None => 0,
    };
    // `10.15.7`: the third part is a patch level, read and ignored.
    if let Some(patch) = parts.next() {
        number(patch)?;
    }
    if parts.next().is_some() {
        return None;
    }
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
        for bad in [
            "",
            "windows",
            "linux-6",
            "ios-x",
            "windows-",
            "macos-10.x",
            "windows-2000",
            "windows-95",
            "1.2.3.4",
        ] {
            assert_eq!(Os::parse(bad), None, "{bad}");
        }
        assert_eq!(os_max_tls("windows-vista"), Some(Tls::V1_0));
        assert_eq!(os_max_tls("windows-8"), Some(Tls::V1_2));
        assert_eq!(os_max_tls("android-4.0"), Some(Tls::V1_0));
        assert_eq!(os_max_tls("macos-10.9"), Some(Tls::V1_2));
        assert_eq!(os_max_tls("beos-5"), None);
    }

    #[test]
    fn reads_what_an_agent_types() {
        let id = |t: &str, c: Option<ClientId>| recognise(t, c).map(|o| o.id());
        for typed in [
            "windows-7",
            "Windows 7",
            "windows7",
            "win7",
            "Win 7",
            "ＷＩＮＤＯＷＳ　７",
            "ウィンドウズ7",
            "Microsoft Windows 7",
        ] {
            assert_eq!(id(typed, None).as_deref(), Some("windows-7"), "{typed}");
        }
        assert_eq!(
            id("7", Some(ClientId::OutlookClassic)).as_deref(),
            Some("windows-7")
        );
        assert_eq!(id("7", None).as_deref(), Some("windows-7"));
        assert_eq!(id("12", Some(ClientId::IosMail)).as_deref(), Some("ios-12"));
        assert_eq!(
            id("4.3", Some(ClientId::AndroidGmail)).as_deref(),
            Some("android-4.3")
        );
        assert_eq!(id("8.1", None).as_deref(), Some("windows-8.1"));
        assert_eq!(id("XP", None).as_deref(), Some("windows-xp"));
        assert_eq!(id("iPhone iOS 17", None).as_deref(), Some("ios-17"));
        assert_eq!(id("mac os 10.15.7", None).as_deref(), Some("macos-10.15"));
        assert_eq!(id("Android 4.3", None).as_deref(), Some("android-4.3"));
        assert_eq!(
            recognise("win7", None).map(|o| o.name()).as_deref(),
            Some("Windows 7")
        );
        assert_eq!(
            recognise("windows-xp", None).map(|o| o.name()).as_deref(),
            Some("Windows XP")
        );
        for bad in ["わからない", "Linux", "9", "windows 9", "7x"] {
            assert_eq!(id(bad, None), None, "{bad}");
        }
        // Every choice reads back as itself.
        for choice in OS_CHOICES {
            assert_eq!(id(choice, None).as_deref(), Some(*choice));
        }
        assert_eq!(os_choices(Some(ClientId::Device)).count(), 0);
        assert!(os_choices(Some(ClientId::OutlookNew)).all(|o| o.family == OsFamily::Windows));
    }
}
