use super::{ClientSpec, PopSupport, TlsSource};
use crate::case::ClientId;
use crate::lang::Text;

pub const SPEC: ClientSpec = ClientSpec {
    id: ClientId::OutlookNew,
    name: Text::new("新しい Outlook", "Outlook (new)"),
    versions: &[],
    end_of_support: None,
    stops_working_after_end: false,
    // POP arrived during 2024 (seen by June 2024): builds before 1.2024.600 have none.
    pop: PopSupport::FromBuild {
        year: 2024,
        mdd: 600,
    },
    tls: TlsSource::VendorCloud,
    via_vendor_cloud: true,
    quirks: &[],
};

/// `(year, MDD)` of a build string `1.YYYY.MDD.NNN` (`1.2024.403.300` → (2024, 403)).
pub(super) fn build(version: &str) -> Option<(u32, u32)> {
    let mut parts = version.trim().split('.');
    if parts.next()? != "1" {
        return None;
    }
    let year: u32 = parts.next()?.parse().ok()?;
    let mdd: u32 = parts.next()?.parse().ok()?;
    (2000..3000).contains(&year).then_some((year, mdd))
}
