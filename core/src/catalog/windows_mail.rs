use super::{date, ClientSpec, PopSupport, TlsSource};
use crate::case::ClientId;
use crate::lang::Text;

pub const SPEC: ClientSpec = ClientSpec {
    id: ClientId::WindowsMail,
    name: Text::new("メール（Windows）", "Windows Mail"),
    versions: &[],
    end_of_support: Some(date(2024, 12, 31)),
    // Microsoft: after 2024-12-31 Mail can no longer send or receive.
    stops_working_after_end: true,
    pop: PopSupport::Always,
    tls: TlsSource::Os,
    via_vendor_cloud: false,
    quirks: &[],
};
