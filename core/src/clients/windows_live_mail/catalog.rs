use crate::case::ClientId;
use crate::catalog::{date, ClientSpec, OsFamily, PopSupport, Quirk, TlsSource, Version};
use crate::lang::Text;

pub const SPEC: ClientSpec = ClientSpec {
    id: ClientId::WindowsLiveMail,
    name: Text::new("Windows Live メール", "Windows Live Mail"),
    // How the customer recognises it (the customers' page's list of apps).
    recognize: Text::table(
        "Windows 7 のころのメールソフト。",
        "The mail program from the Windows 7 days.",
    ),
    systems: &[OsFamily::Windows],
    asks_version: false,
    settings_file: None,
    versions: &[Version {
        id: "2012",
        name: Text::new("Windows Live メール 2012", "Windows Live Mail 2012"),
        end_of_support: Some(date(2017, 1, 10)),
    }],
    // Unconfirmed (docs/knowledge/windows-live-mail.md D1): DOMAIN.md's date, the Microsoft
    // lifecycle page not re-read.
    end_of_support: Some(date(2017, 1, 10)),
    stops_working_after_end: false,
    pop: PopSupport::Always,
    tls: TlsSource::Os,
    via_vendor_cloud: false,
    quirks: &[Quirk::OffersSpa],
};
