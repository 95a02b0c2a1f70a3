use crate::case::ClientId;
use crate::catalog::{ClientSpec, OsFamily, PopSupport, Quirk, SettingsFile, TlsSource};
use crate::lang::Text;

pub const SPEC: ClientSpec = ClientSpec {
    id: ClientId::AppleMail,
    name: Text::new("メール（Mac）", "Apple Mail (macOS)"),
    // How the customer recognises it (the customers' page's list of apps).
    recognize: Text::table(
        "Mac に最初から入っている、切手のアイコンのアプリ。",
        "The app with a stamp icon that comes with every Mac.",
    ),
    systems: &[OsFamily::MacOs],
    asks_version: false,
    settings_file: Some(SettingsFile::Mobileconfig),
    versions: &[],
    end_of_support: None,
    stops_working_after_end: false,
    pop: PopSupport::Always,
    tls: TlsSource::Os,
    via_vendor_cloud: false,
    quirks: &[Quirk::AutoManagesConnectionSettings, Quirk::SecurityByPort],
};
