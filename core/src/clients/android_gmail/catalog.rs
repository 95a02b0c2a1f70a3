use crate::case::ClientId;
use crate::catalog::{ClientSpec, OsFamily, PopSupport, TlsSource};
use crate::lang::Text;

pub const SPEC: ClientSpec = ClientSpec {
    id: ClientId::AndroidGmail,
    name: Text::new("Gmail アプリ（Android）", "Gmail app (Android)"),
    // How the customer recognises it (the customers' page's list of apps).
    recognize: Text::table(
        "Android スマートフォンの、赤い「M」のアイコンのアプリ。",
        "The app with the red \"M\" on Android phones.",
    ),
    systems: &[OsFamily::Android],
    asks_version: false,
    settings_file: None,
    versions: &[],
    end_of_support: None,
    stops_working_after_end: false,
    // Unconfirmed (docs/knowledge/android-gmail.md G2, G4, G5, checked 2026-12-07): Gmail's POP
    // fetch is being withdrawn in 2026 and reports say other accounts work "only via IMAP" in
    // the app; whether it still offers 「個人用（POP3）」 is not known. The guide says what to do.
    pop: PopSupport::Unconfirmed,
    tls: TlsSource::Os,
    via_vendor_cloud: false,
    quirks: &[],
};
