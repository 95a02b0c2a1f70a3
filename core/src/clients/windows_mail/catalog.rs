use crate::case::ClientId;
use crate::catalog::{date, ClientSpec, OsFamily, PopSupport, TlsSource};
use crate::lang::Text;

pub const SPEC: ClientSpec = ClientSpec {
    id: ClientId::WindowsMail,
    name: Text::new("メール（Windows）", "Windows Mail"),
    // How the customer recognises it (the customers' page's list of apps).
    recognize: Text::table(
        "Windows 10 / 11 の封筒のアイコンのアプリ（2024 年 12 月で終了）。",
        "The envelope app of Windows 10 / 11 (ended in December 2024).",
    ),
    systems: &[OsFamily::Windows],
    asks_version: false,
    settings_file: None,
    versions: &[],
    end_of_support: Some(date(2024, 12, 31)),
    // Microsoft Learn (control-install.md): out of support "at the end of 2024" ✓
    // (docs/knowledge/windows-mail.md D1). The exact day 2024-12-31 and "can no longer send or
    // receive after it" are unconfirmed here (D3: quoted from Microsoft's support page, not read).
    stops_working_after_end: true,
    pop: PopSupport::Always,
    tls: TlsSource::Os,
    via_vendor_cloud: false,
    quirks: &[],
};
