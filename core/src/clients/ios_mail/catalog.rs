use crate::case::ClientId;
use crate::catalog::{ClientSpec, OsFamily, PopSupport, Quirk, SettingsFile, TlsSource};
use crate::lang::Text;

pub const SPEC: ClientSpec = ClientSpec {
    id: ClientId::IosMail,
    name: Text::new("メール（iPhone / iPad）", "iPhone / iPad Mail"),
    // How the customer recognises it (the customers' page's list of apps).
    recognize: Text::table(
        "iPhone に最初から入っている、青い封筒のアイコンのアプリ。",
        "The blue envelope app that comes with every iPhone.",
    ),
    systems: &[OsFamily::Ios],
    asks_version: true,
    settings_file: Some(SettingsFile::Mobileconfig),
    versions: &[],
    end_of_support: None,
    stops_working_after_end: false,
    pop: PopSupport::Always,
    tls: TlsSource::Os,
    via_vendor_cloud: false,
    // TriesSmtpPorts25_587_465: unconfirmed (docs/knowledge/ios-mail.md P6, DOMAIN.md only).
    quirks: &[Quirk::TriesSmtpPorts25_587_465, Quirk::SecurityByPort],
};
