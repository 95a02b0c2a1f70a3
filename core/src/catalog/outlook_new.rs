use super::{ClientSpec, PopSupport, TlsSource};
use crate::case::ClientId;
use crate::lang::Text;

pub const SPEC: ClientSpec = ClientSpec {
    id: ClientId::OutlookNew,
    name: Text::new("新しい Outlook", "Outlook (new)"),
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
