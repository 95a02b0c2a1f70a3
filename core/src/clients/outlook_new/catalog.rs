use crate::case::ClientId;
use crate::catalog::{ClientSpec, OsFamily, PopSupport, TlsSource};
use crate::lang::Text;

pub const SPEC: ClientSpec = ClientSpec {
    id: ClientId::OutlookNew,
    name: Text::new("新しい Outlook", "Outlook (new)"),
    // How the customer recognises it (the customers' page's list of apps).
    recognize: Text::table(
        "Windows 11 に最初から入っているメール。右上に「新しい Outlook」の切り替えがあります。",
        "The mail app that comes with Windows 11. It has a \"New Outlook\" toggle at the top right.",
    ),
    systems: &[OsFamily::Windows],
    asks_version: true,
    settings_file: None,
    versions: &[],
    end_of_support: None,
    stops_working_after_end: false,
    // POP: no build or date is sourced (docs/knowledge/outlook-new.md A4; Microsoft Learn
    // "manage updates": features are not delivered by builds, N6). Never refused by version.
    pop: PopSupport::Unconfirmed,
    tls: TlsSource::VendorCloud,
    via_vendor_cloud: true,
    quirks: &[],
};
