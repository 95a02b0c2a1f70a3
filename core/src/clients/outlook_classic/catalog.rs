use crate::case::ClientId;
use crate::catalog::{date, ClientSpec, OsFamily, PopSupport, Quirk, TlsSource, Version};
use crate::lang::Text;

pub const SPEC: ClientSpec = ClientSpec {
    id: ClientId::OutlookClassic,
    // Windows' Japanese Start menu names it 「Outlook (クラシック)」 (docs/knowledge/
    // outlook-classic.md N1: app names seen on Japanese PCs, drpetersonfernandes/SimpleLauncher
    // `SimpleLauncher/Services/GameScan/ScanMicrosoftStoreGames.cs`); the same name as the
    // self-help page and the guides.
    name: Text::new("Outlook（クラシック）", "Outlook (classic)"),
    // How the customer recognises it (the customers' page's list of apps).
    recognize: Text::table(
        "Office や Microsoft 365 の Outlook。左上に「ファイル」があります。",
        "Outlook from Office or Microsoft 365. It has \"File\" at the top left.",
    ),
    systems: &[OsFamily::Windows],
    asks_version: true,
    settings_file: None,
    versions: &[
        Version {
            id: "2010",
            name: Text::new("Outlook 2010", "Outlook 2010"),
            end_of_support: Some(date(2020, 10, 13)),
        },
        Version {
            id: "2013",
            name: Text::new("Outlook 2013", "Outlook 2013"),
            end_of_support: Some(date(2023, 4, 11)),
        },
        Version {
            id: "2016",
            name: Text::new("Outlook 2016", "Outlook 2016"),
            end_of_support: Some(date(2025, 10, 14)),
        },
        Version {
            id: "2019",
            name: Text::new("Outlook 2019", "Outlook 2019"),
            end_of_support: Some(date(2025, 10, 14)),
        },
        Version {
            id: "2021",
            name: Text::new("Outlook 2021", "Outlook 2021"),
            // Microsoft Learn "Microsoft 365 services connectivity": until 2026-10-13 (D2).
            end_of_support: Some(date(2026, 10, 13)),
        },
        Version {
            id: "2024",
            name: Text::new("Outlook 2024", "Outlook 2024"),
            // Unconfirmed (outlook-classic.md D3): the lifecycle page was not read; Microsoft
            // Learn gives Office LTSC 2024 connectivity to Microsoft 365 until 2029-10-13 (D2).
            end_of_support: Some(date(2029, 10, 9)),
        },
        Version {
            id: "365",
            name: Text::new("Microsoft 365 の Outlook", "Outlook for Microsoft 365"),
            end_of_support: None,
        },
    ],
    end_of_support: None,
    stops_working_after_end: false,
    pop: PopSupport::Always,
    // POP/IMAP/SMTP go through Windows' Schannel: the OS decides the TLS version.
    tls: TlsSource::Os,
    via_vendor_cloud: false,
    quirks: &[Quirk::OffersAutoSecurity, Quirk::OffersSpa],
};
