use crate::case::ClientId;
use crate::catalog::{ClientSpec, OsFamily, PopSupport, TlsSource, Version};
use crate::lang::Text;
use crate::profile::Tls;

pub const SPEC: ClientSpec = ClientSpec {
    id: ClientId::Thunderbird,
    name: Text::new("Thunderbird", "Thunderbird"),
    // How the customer recognises it (the customers' page's list of apps).
    recognize: Text::table(
        "青い鳥が封筒を包むアイコンの、無料のメールソフト。",
        "The free mail program with a blue bird around an envelope.",
    ),
    systems: &[OsFamily::Windows, OsFamily::MacOs],
    asks_version: false,
    settings_file: None,
    versions: &[
        Version {
            id: "115",
            name: Text::new("Thunderbird 115", "Thunderbird 115"),
            end_of_support: None,
        },
        Version {
            id: "128",
            name: Text::new("Thunderbird 128", "Thunderbird 128"),
            end_of_support: None,
        },
        Version {
            id: "140",
            name: Text::new("Thunderbird 140", "Thunderbird 140"),
            end_of_support: None,
        },
        // ESR 153.0 released 2026-07-22 (docs/knowledge/thunderbird.md T1: thunderbird-notes
        // `esr/153.0esr.yml`); monthly releases (154…, T2) are read by their number.
        Version {
            id: "153",
            name: Text::new("Thunderbird 153", "Thunderbird 153"),
            end_of_support: None,
        },
    ],
    end_of_support: None,
    stops_working_after_end: false,
    pop: PopSupport::Always,
    // Its own TLS (NSS): 1.2 on by default since 27 (as Firefox), 1.3 since 63 — unconfirmed
    // (docs/knowledge/thunderbird.md T3). From 78.0 TLS 1.0 and 1.1 are disabled (T4, thunderbird-notes
    // `archive/78.0.yml`); the catalog has no minimum-TLS field, so that is not expressed here.
    tls: TlsSource::Own(&[(0, Tls::V1_0), (27, Tls::V1_2), (63, Tls::V1_3)]),
    via_vendor_cloud: false,
    quirks: &[],
};
