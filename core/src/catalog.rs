//! The client catalog: every mail app the desk meets, as data (`clients/<client>/catalog.rs`).
//!
//! Facts only (versions, end-of-support dates, protocols, where TLS comes from, quirks). What
//! each app calls its settings lives in [`crate::labels`]; rules read these facts through the
//! look-ups below and never match on a client id themselves.

mod os;

pub use os::{
    os_choices, os_display, os_end_of_support, os_max_tls, recognise as recognise_os, Os, OsFamily,
    OS_CHOICES,
};

use crate::case::{ClientId, Protocol};
use crate::date::Date;
use crate::lang::Text;
use crate::profile::Tls;

/// One mail client.
#[derive(Debug)]
pub struct ClientSpec {
    pub id: ClientId,
    /// The app's name, the one every face uses (the desk, the customers' page, the guides).
    pub name: Text,
    /// How a customer recognises the app on the screen (the customers' page's list of apps).
    pub recognize: Text,
    /// The systems the app runs on (empty: a device's own firmware): the desk's choice of system,
    /// and the steps (hosts file, clock, TLS) when the case names no system.
    pub systems: &'static [OsFamily],
    /// Whether the customers' page asks for the app's version (a screen of its own): where the
    /// version changes the screens or the answer (Outlook (classic)'s 2010 wizard, Outlook
    /// (new)'s POP, iOS' POP screens).
    pub asks_version: bool,
    /// A settings file the customer can install instead of typing, where the app takes one.
    pub settings_file: Option<SettingsFile>,
    /// Versions the desk offers to pick, oldest first (empty: the version is free text or
    /// follows the OS).
    pub versions: &'static [Version],
    /// End of support of the app as a whole (Windows Mail), when not per version.
    pub end_of_support: Option<Date>,
    /// After its end of support the app no longer sends or receives at all (Windows Mail).
    pub stops_working_after_end: bool,
    pub pop: PopSupport,
    pub tls: TlsSource,
    /// The app does not speak POP/IMAP/SMTP itself: its vendor's cloud does, from the vendor's
    /// IP addresses (Outlook (new)).
    pub via_vendor_cloud: bool,
    pub quirks: &'static [Quirk],
}

/// A version the desk can pick.
#[derive(Debug)]
pub struct Version {
    /// As in a case's `client.version` (`"2010"`, `"365"`, `"128"`).
    pub id: &'static str,
    pub name: Text,
    pub end_of_support: Option<Date>,
}

/// Whether the app can use POP3 (IMAP is always possible for every client in the catalog).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PopSupport {
    Always,
    /// The app may not offer POP, and no version or date can be sourced for when it does
    /// (Outlook (new): docs/knowledge/outlook-new.md A2, A4, N6 — Microsoft Learn "Accounts in
    /// the new Outlook for Windows" said POP was not supported, features are not tied to builds).
    /// Never refused by version: the guides say what to do when POP is not offered.
    Unconfirmed,
}

/// Where the app's TLS comes from, which decides the newest TLS it speaks by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TlsSource {
    /// The operating system's TLS (Windows Schannel, Apple's and Android's stacks).
    Os,
    /// Its own TLS stack: `(from major version, newest TLS)`, ascending; unknown version =
    /// current (the last entry).
    Own(&'static [(u32, Tls)]),
    /// The vendor's cloud talks to the ISP; the PC's TLS does not matter.
    VendorCloud,
    /// Cannot be told from the catalog (printers, scanners, NAS: depends on the firmware).
    Unknown,
}

/// Behaviours the desk must know about, as data flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quirk {
    /// With no outgoing port given, the app tries 25, 587 and 465 in turn (iOS).
    TriesSmtpPorts25_587_465,
    /// "Automatically manage connection settings": when Mail can't connect it tries other ports,
    /// TLS and authentication in the background without changing the settings shown (Apple
    /// HT204208; docs/knowledge/apple-mail.md A1–A2).
    AutoManagesConnectionSettings,
    /// The encryption choice has an "Auto" that may fall back to plain (Outlook classic).
    OffersAutoSecurity,
    /// Offers Secure Password Authentication (SPA), which must be off.
    OffersSpa,
    /// Encryption is one "use SSL" switch: implicit TLS or STARTTLS is decided by the port.
    SecurityByPort,
    /// Many devices take only an IP address or cannot change DNS.
    OftenIpOnly,
}

/// A settings file an app installs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettingsFile {
    /// Apple's configuration profile (`.mobileconfig`): Mail on iPhone, iPad and Mac.
    Mobileconfig,
}

/// Every client's entry, in the spec's order ([`ClientId::ALL`]).
pub fn clients() -> impl Iterator<Item = &'static ClientSpec> {
    ClientId::ALL
        .into_iter()
        .map(|id| crate::clients::entry(id).spec)
}

/// The display tables' texts (for `english.toml`, [`crate::lang::english`]).
#[cfg(not(feature = "english-on-demand"))]
pub(crate) fn table_texts() -> Vec<Text> {
    clients().map(|c| c.recognize).collect()
}

/// The catalog entry of a client.
pub fn client(id: ClientId) -> &'static ClientSpec {
    crate::clients::entry(id).spec
}

impl ClientSpec {
    /// The catalog's entry for a version string (trimmed, case-insensitive).
    pub fn version(&self, version: &str) -> Option<&'static Version> {
        let v = version.trim();
        self.versions.iter().find(|x| x.id.eq_ignore_ascii_case(v))
    }

    /// Whether this client at `version` can use `protocol`.
    pub fn supports(&self, protocol: Protocol, version: Option<&str>) -> bool {
        // IMAP always; POP too: no client is refused POP by its version, since no boundary is
        // sourced (docs/knowledge/outlook-new.md A4). `PopSupport::Unconfirmed` marks that POP
        // may be missing (the guides say what to do then).
        let _ = (protocol, version);
        match self.pop {
            PopSupport::Always | PopSupport::Unconfirmed => true,
        }
    }

    /// The vendor's end of support for this version (or the app), if there is one.
    pub fn end_of_support(&self, version: Option<&str>) -> Option<Date> {
        version
            .and_then(|v| self.version(v))
            .and_then(|v| v.end_of_support)
            .or(self.end_of_support)
    }

    /// The newest TLS this client at `version` on `os` speaks by default; `None` when it cannot
    /// be told. For a client reaching the ISP through its vendor's cloud, the cloud's TLS (1.3).
    pub fn max_tls(&self, version: Option<&str>, os: Option<&str>) -> Option<Tls> {
        match self.tls {
            TlsSource::Os => os_max_tls(os?),
            TlsSource::Own(table) => {
                let current = table.last().map(|&(_, t)| t);
                match version.and_then(major_version) {
                    Some(major) => table
                        .iter()
                        .rev()
                        .find(|&&(from, _)| major >= from)
                        .map(|&(_, t)| t)
                        .or(table.first().map(|&(_, t)| t)),
                    None => current,
                }
            }
            TlsSource::VendorCloud => Some(Tls::V1_3),
            TlsSource::Unknown => None,
        }
    }

    pub fn has_quirk(&self, quirk: Quirk) -> bool {
        self.quirks.contains(&quirk)
    }

    /// Reads a version as typed: the catalog's version when it is one of them, whatever the
    /// words around it ("Outlook 2016", "2016", "Office 2019", "Microsoft 365", "365",
    /// "Thunderbird 128.3"); otherwise the text without the app's own name ("Thunderbird
    /// 102.1" → "102.1", an Outlook (new) build as is). `None` for empty text.
    pub fn recognise_version(&self, typed: &str) -> Option<RecognisedVersion> {
        let typed = typed.trim();
        if typed.is_empty() {
            return None;
        }
        // ASCII case only: full Unicode case mapping would link std's case tables (27 KB) into
        // the pages for names that are ASCII anyway.
        let lower = typed.to_ascii_lowercase();
        let mut rest: &str = &lower;
        loop {
            let before = rest;
            for word in [
                "microsoft",
                "office",
                "outlook",
                "thunderbird",
                "becky!",
                "becky",
                "windows live mail",
                "live mail",
                "（従来版）",
                "（クラシック）",
                "(クラシック)",
                "(classic)",
                "classic",
                "for",
                "の",
                "version",
                "ver.",
                "ver",
                "バージョン",
            ] {
                rest = rest.strip_prefix(word).unwrap_or(rest).trim_start();
            }
            if rest == before {
                break;
            }
        }
        let rest = rest.trim();
        if rest.is_empty() {
            return None;
        }
        // "365", "2016", "128" — and "2010 SP2", "128.3.1": the catalog's id as a whole
        // leading word or number.
        let known = self.versions.iter().find(|v| {
            rest.eq_ignore_ascii_case(v.id)
                || rest
                    .strip_prefix(v.id)
                    .is_some_and(|after| after.starts_with(['.', ' ']) && !after.starts_with(". "))
                || rest == v.name.en.to_ascii_lowercase()
        });
        Some(match known {
            Some(v) => RecognisedVersion {
                id: v.id.to_string(),
                known: Some(v),
            },
            None => RecognisedVersion {
                id: rest.to_string(),
                known: None,
            },
        })
    }
}

/// A version as read from what was typed.
#[derive(Debug, Clone)]
pub struct RecognisedVersion {
    /// The catalog's id (`"2016"`) when known, else the text without the app's name.
    pub id: String,
    pub known: Option<&'static Version>,
}

/// The case's client version, read with [`ClientSpec::recognise_version`] (the text as typed
/// when the app is not known).
pub fn case_version(case: &crate::case::Case) -> Option<String> {
    let client = case.client.as_ref()?;
    let typed = client.version.as_deref()?.trim();
    match client.id {
        Some(id) => self::client(id).recognise_version(typed).map(|v| v.id),
        None => (!typed.is_empty()).then(|| typed.to_string()),
    }
}

/// The case's OS as the catalog names it (`windows-7` for "Windows 7", "win7" or "7" with a
/// Windows app), or the text as typed when it cannot be read.
pub fn case_os(case: &crate::case::Case) -> Option<String> {
    let client = case.client.as_ref()?;
    let typed = client.os.as_deref()?.trim();
    if typed.is_empty() {
        return None;
    }
    Some(match recognise_os(typed, client.id) {
        Some(os) => os.id(),
        None => typed.to_string(),
    })
}

/// The leading number of a version string (`"115.3.1"` → 115, `"2.83"` → 2).
fn major_version(version: &str) -> Option<u32> {
    let digits: String = version
        .trim()
        .chars()
        .take_while(|c| c.is_ascii_digit())
        .collect();
    digits.parse().ok()
}

/// A date in catalog data; an impossible date fails the build.
pub(crate) const fn date(year: u16, month: u8, day: u8) -> Date {
    match Date::new(year, month, day) {
        Some(d) => d,
        None => panic!("impossible date in the client catalog"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_client_is_in_the_catalog_once() {
        for id in ClientId::ALL {
            assert_eq!(client(id).id, id);
        }
        assert_eq!(clients().count(), ClientId::ALL.len());
        for (spec, id) in clients().zip(ClientId::ALL) {
            assert_eq!(spec.id, id);
        }
    }

    #[test]
    fn outlook_new_pop_is_never_refused_by_build() {
        // docs/knowledge/outlook-new.md A4/N6: no build boundary can be sourced.
        let o = client(ClientId::OutlookNew);
        assert_eq!(o.pop, PopSupport::Unconfirmed);
        assert!(o.supports(Protocol::Pop3, Some("1.2024.403.300")));
        assert!(o.supports(Protocol::Pop3, Some("1.2023.1114.100")));
        assert!(o.supports(Protocol::Pop3, Some("1.2024.612.100")));
        assert!(o.supports(Protocol::Pop3, Some("1.2025.122.200")));
        assert!(o.supports(Protocol::Pop3, None));
        assert!(o.supports(Protocol::Pop3, Some("latest")));
        assert!(o.supports(Protocol::Imap, Some("1.2023.1114.100")));
        assert!(client(ClientId::Thunderbird).supports(Protocol::Pop3, Some("2")));
    }

    #[test]
    fn tls_by_os_and_by_own_stack() {
        let classic = client(ClientId::OutlookClassic);
        assert_eq!(
            classic.max_tls(Some("2010"), Some("windows-7")),
            Some(Tls::V1_0)
        );
        assert_eq!(
            classic.max_tls(Some("2010"), Some("windows-10")),
            Some(Tls::V1_2)
        );
        assert_eq!(
            classic.max_tls(Some("365"), Some("windows-11")),
            Some(Tls::V1_3)
        );
        assert_eq!(classic.max_tls(Some("365"), None), None);
        let tb = client(ClientId::Thunderbird);
        assert_eq!(tb.max_tls(Some("115"), Some("windows-7")), Some(Tls::V1_3));
        assert_eq!(tb.max_tls(Some("52"), Some("windows-7")), Some(Tls::V1_2));
        assert_eq!(tb.max_tls(None, None), Some(Tls::V1_3));
        let new = client(ClientId::OutlookNew);
        assert_eq!(new.max_tls(None, Some("windows-7")), Some(Tls::V1_3));
        assert_eq!(client(ClientId::Device).max_tls(None, None), None);
        let ios = client(ClientId::IosMail);
        assert_eq!(ios.max_tls(None, Some("ios-4")), Some(Tls::V1_0));
        assert_eq!(ios.max_tls(None, Some("ios-12")), Some(Tls::V1_2));
        let android = client(ClientId::AndroidGmail);
        assert_eq!(android.max_tls(None, Some("android-4.3")), Some(Tls::V1_0));
        assert_eq!(android.max_tls(None, Some("android-5")), Some(Tls::V1_2));
        let apple = client(ClientId::AppleMail);
        assert_eq!(apple.max_tls(None, Some("macos-10.8")), Some(Tls::V1_0));
        assert_eq!(apple.max_tls(None, Some("macos-14")), Some(Tls::V1_3));
    }

    #[test]
    fn end_of_support_dates() {
        let classic = client(ClientId::OutlookClassic);
        assert_eq!(
            classic.end_of_support(Some("2010")),
            Date::parse("2020-10-13")
        );
        assert_eq!(
            classic.end_of_support(Some("2013")),
            Date::parse("2023-04-11")
        );
        assert_eq!(
            classic.end_of_support(Some("2016")),
            Date::parse("2025-10-14")
        );
        assert_eq!(
            classic.end_of_support(Some("2019")),
            Date::parse("2025-10-14")
        );
        assert_eq!(
            classic.end_of_support(Some("2021")),
            Date::parse("2026-10-13")
        );
        assert_eq!(
            classic.end_of_support(Some("2024")),
            Date::parse("2029-10-09")
        );
        assert_eq!(classic.end_of_support(Some("365")), None);
        assert_eq!(classic.end_of_support(None), None);
        let mail = client(ClientId::WindowsMail);
        assert_eq!(mail.end_of_support(None), Date::parse("2024-12-31"));
        assert!(mail.stops_working_after_end);
        assert_eq!(
            client(ClientId::WindowsLiveMail).end_of_support(Some("2012")),
            Date::parse("2017-01-10")
        );
        assert_eq!(os_end_of_support("windows-7"), Date::parse("2020-01-14"));
        assert_eq!(os_end_of_support("Windows-8.1"), Date::parse("2023-01-10"));
        assert_eq!(os_end_of_support("windows-10"), Date::parse("2025-10-14"));
        assert_eq!(os_end_of_support("windows-11"), None);
    }

    #[test]
    fn versions_as_typed() {
        let classic = client(ClientId::OutlookClassic);
        let id = |t: &str| classic.recognise_version(t).map(|v| v.id);
        for typed in [
            "2016",
            "Outlook 2016",
            "outlook2016",
            " Office 2016 ",
            "2016 SP1",
        ] {
            assert_eq!(id(typed).as_deref(), Some("2016"), "{typed}");
        }
        for typed in [
            "365",
            "Microsoft 365",
            "Outlook for Microsoft 365",
            "Office 365",
        ] {
            assert_eq!(id(typed).as_deref(), Some("365"), "{typed}");
        }
        assert!(classic
            .recognise_version("Outlook 2016")
            .is_some_and(|v| v.known.is_some_and(|k| k.name.en == "Outlook 2016")));
        assert_eq!(id("16.0.17928").as_deref(), Some("16.0.17928"));
        assert_eq!(id("  "), None);
        assert_eq!(id("Outlook"), None);
        let tb = client(ClientId::Thunderbird);
        assert_eq!(
            tb.recognise_version("Thunderbird 128.3.1").map(|v| v.id),
            Some("128".into())
        );
        assert_eq!(
            tb.recognise_version("Thunderbird 102.1").map(|v| v.id),
            Some("102.1".into())
        );
        let new = client(ClientId::OutlookNew);
        assert_eq!(
            new.recognise_version("1.2024.403.300").map(|v| v.id),
            Some("1.2024.403.300".into())
        );
    }

    #[test]
    fn quirks_are_data() {
        assert!(client(ClientId::IosMail).has_quirk(Quirk::TriesSmtpPorts25_587_465));
        assert!(client(ClientId::AppleMail).has_quirk(Quirk::AutoManagesConnectionSettings));
        assert!(client(ClientId::OutlookClassic).has_quirk(Quirk::OffersAutoSecurity));
        assert!(client(ClientId::OutlookNew).via_vendor_cloud);
        assert!(!client(ClientId::OutlookClassic).via_vendor_cloud);
    }
}
