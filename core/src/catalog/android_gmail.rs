use super::{ClientSpec, PopSupport, TlsSource};
use crate::case::ClientId;
use crate::lang::Text;

pub const SPEC: ClientSpec = ClientSpec {
    id: ClientId::AndroidGmail,
    name: Text::new("Gmail アプリ（Android）", "Gmail app (Android)"),
    versions: &[],
    end_of_support: None,
    stops_working_after_end: false,
    pop: PopSupport::Always,
    tls: TlsSource::Os,
    via_vendor_cloud: false,
    quirks: &[],
};
