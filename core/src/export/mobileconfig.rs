//! Apple configuration profile (`.mobileconfig`) with one `com.apple.mail.managed` payload.
//!
//! Apple Mail has one "Use SSL" switch per server and decides implicit TLS or STARTTLS by the
//! port, so `UseSSL` is true for both. No password key is ever written: the device asks for it.
//! The UUIDs are derived from the address and the format, so the same export is byte-identical.

use super::{xml_escape, Account, Export, ExportFormat};
use crate::case::{Protocol, Security};
use crate::lang::Lang;
use crate::names::normalize_host;
use std::fmt::Write;

pub(super) fn write(account: &Account<'_>) -> Export {
    let email = account.email();
    let login = account.username();
    let seed = format!("{}\n{}", email, ExportFormat::Mobileconfig.as_str());
    let outer_uuid = derived_uuid(&seed, "configuration");
    let inner_uuid = derived_uuid(&seed, "email");
    let reverse = reverse_dns(account.domain());
    let brand = account.brand_name(Lang::Ja).to_string();
    let isp = account.isp_name(Lang::Ja).to_string();

    let mut mail = Dict::default();
    mail.string("PayloadType", "com.apple.mail.managed");
    mail.int("PayloadVersion", 1);
    mail.string(
        "PayloadIdentifier",
        &format!(
            "{reverse}.mail-setup.{}.email",
            outer_uuid.to_ascii_lowercase()
        ),
    );
    mail.string("PayloadUUID", &inner_uuid);
    mail.string("PayloadDisplayName", &format!("{brand} ({email})"));
    mail.string("EmailAccountDescription", &brand);
    mail.string("EmailAddress", &email);
    if let Some((protocol, endpoint)) = account.preferred_incoming() {
        mail.string(
            "EmailAccountType",
            match protocol {
                Protocol::Imap => "EmailTypeIMAP",
                Protocol::Pop3 => "EmailTypePOP",
            },
        );
        mail.string("IncomingMailServerHostName", &account.host(endpoint));
        mail.int("IncomingMailServerPortNumber", u64::from(endpoint.port));
        mail.bool("IncomingMailServerUseSSL", uses_ssl(endpoint.security));
        mail.string("IncomingMailServerUsername", &login);
        mail.string("IncomingMailServerAuthentication", "EmailAuthPassword");
    }
    // One outgoing server per payload: the preferred submission endpoint.
    if let Some(endpoint) = account.set.smtp.first() {
        mail.string("OutgoingMailServerHostName", &account.host(endpoint));
        mail.int("OutgoingMailServerPortNumber", u64::from(endpoint.port));
        mail.bool("OutgoingMailServerUseSSL", uses_ssl(endpoint.security));
        mail.string("OutgoingMailServerUsername", &login);
        mail.string("OutgoingMailServerAuthentication", "EmailAuthPassword");
    }
    mail.bool("OutgoingPasswordSameAsIncomingPassword", true);

    let mut outer = Dict::default();
    outer.string("PayloadType", "Configuration");
    outer.int("PayloadVersion", 1);
    outer.string(
        "PayloadIdentifier",
        &format!("{reverse}.mail-setup.{}", outer_uuid.to_ascii_lowercase()),
    );
    outer.string("PayloadUUID", &outer_uuid);
    outer.string(
        "PayloadDisplayName",
        &format!("{brand} メール設定 / Mail settings ({email})"),
    );
    outer.string(
        "PayloadDescription",
        &format!(
            "{email} のメール設定です。パスワードはインストール時に入力します。 / Mail settings for {email}. You enter the password when installing."
        ),
    );
    outer.string("PayloadOrganization", &isp);
    outer.bool("PayloadRemovalDisallowed", false);

    let mut x = String::new();
    x.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.push_str("<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n");
    x.push_str("<plist version=\"1.0\">\n<dict>\n");
    x.push_str("  <key>PayloadContent</key>\n  <array>\n    <dict>\n");
    x.push_str(&mail.render("      "));
    x.push_str("    </dict>\n  </array>\n");
    x.push_str(&outer.render("  "));
    x.push_str("</dict>\n</plist>\n");
    Export {
        filename: format!("{}.mobileconfig", super::file_safe(account.domain())),
        mime: "application/x-apple-aspen-config",
        body: x,
    }
}

fn uses_ssl(security: Security) -> bool {
    !matches!(security, Security::None)
}

/// Plist dictionary entries, in insertion order.
#[derive(Default)]
struct Dict {
    entries: Vec<(String, String)>,
}

impl Dict {
    fn string(&mut self, key: &str, value: &str) {
        self.entries.push((
            key.to_string(),
            format!("<string>{}</string>", xml_escape(value)),
        ));
    }

    fn int(&mut self, key: &str, value: u64) {
        self.entries
            .push((key.to_string(), format!("<integer>{value}</integer>")));
    }

    fn bool(&mut self, key: &str, value: bool) {
        let v = if value { "<true/>" } else { "<false/>" };
        self.entries.push((key.to_string(), v.to_string()));
    }

    fn render(&self, indent: &str) -> String {
        let mut out = String::new();
        for (k, v) in &self.entries {
            let _ = writeln!(out, "{indent}<key>{}</key>", xml_escape(k));
            let _ = writeln!(out, "{indent}{v}");
        }
        out
    }
}

/// `aoi.example.jp` → `jp.example.aoi` (labels that are not plain ASCII become `x`).
fn reverse_dns(domain: &str) -> String {
    let canonical = normalize_host(domain);
    let labels: Vec<String> = canonical
        .split('.')
        .rev()
        .filter(|l| !l.is_empty())
        .map(|l| {
            if l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
                l.to_string()
            } else {
                "x".to_string()
            }
        })
        .collect();
    if labels.is_empty() {
        "invalid.mail-setup".to_string()
    } else {
        labels.join(".")
    }
}

/// 64-bit FNV-1a.
fn fnv1a(bytes: &[u8], basis: u64) -> u64 {
    let mut h = basis;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// A UUID (RFC 9562 version 8, "custom") derived from `seed` and `purpose`: the same input
/// always gives the same UUID. Upper-case, as Apple's tools write them.
pub(crate) fn derived_uuid(seed: &str, purpose: &str) -> String {
    let text = format!("{seed}\n{purpose}");
    let hi = fnv1a(text.as_bytes(), 0xcbf2_9ce4_8422_2325);
    let lo = fnv1a(text.as_bytes(), hi ^ 0x9e37_79b9_7f4a_7c15);
    let mut bytes = [0u8; 16];
    bytes[..8].copy_from_slice(&hi.to_be_bytes());
    bytes[8..].copy_from_slice(&lo.to_be_bytes());
    bytes[6] = (bytes[6] & 0x0f) | 0x80; // version 8
    bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
    let hex: String = bytes.iter().map(|b| format!("{b:02X}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuid_is_stable_and_well_formed() {
        let a = derived_uuid("taro@aoi.example.jp\nmobileconfig", "email");
        assert_eq!(
            a,
            derived_uuid("taro@aoi.example.jp\nmobileconfig", "email")
        );
        assert_ne!(
            a,
            derived_uuid("taro@aoi.example.jp\nmobileconfig", "configuration")
        );
        assert_eq!(a.len(), 36);
        assert_eq!(&a[14..15], "8");
    }

    #[test]
    fn reverse_dns_of_domain() {
        assert_eq!(reverse_dns("Kita.AOI.example.jp."), "jp.example.aoi.kita");
    }
}
