use crate::case::ClientId;
use crate::catalog::{ClientSpec, PopSupport, Quirk, TlsSource};
use crate::lang::Text;

pub const SPEC: ClientSpec = ClientSpec {
    id: ClientId::Device,
    name: Text::new(
        "複合機・スキャナー・NAS（スキャン to メール）",
        "Printer / scanner / NAS (scan to e-mail)",
    ),
    // How the customer recognises it (the customers' page's list of apps).
    recognize: Text::table(
        "スキャンしたものをメールで送る機器。",
        "A device that sends what it scans by email.",
    ),
    systems: &[],
    asks_version: false,
    settings_file: None,
    versions: &[],
    end_of_support: None,
    stops_working_after_end: false,
    pop: PopSupport::Always,
    // Depends on the firmware: old models speak only TLS 1.0 or no TLS at all.
    tls: TlsSource::Unknown,
    via_vendor_cloud: false,
    quirks: &[Quirk::OftenIpOnly],
};
