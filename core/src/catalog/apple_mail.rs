use super::{ClientSpec, PopSupport, Quirk, TlsSource};
use crate::case::ClientId;
use crate::lang::Text;

pub const SPEC: ClientSpec = ClientSpec {
    id: ClientId::AppleMail,
    name: Text::new("メール（Mac）", "Apple Mail (macOS)"),
    versions: &[],
    end_of_support: None,
    stops_working_after_end: false,
    pop: PopSupport::Always,
    tls: TlsSource::Os,
    via_vendor_cloud: false,
    quirks: &[Quirk::AutoManagesConnectionSettings, Quirk::SecurityByPort],
};
