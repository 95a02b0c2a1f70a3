//! Thunderbird autoconfig `config-v1.1.xml` (draft-ietf-mailmaint-autoconfig).
//!
//! One file serves every domain of the brand, so a host that depends on the customer's domain
//! (`{domain}` in the profile) is written with Thunderbird's `%EMAILDOMAIN%` placeholder rather
//! than filled with one domain; every other value is the profile's own.

use super::{socket_type, xml_escape, Account, Export};
use crate::case::Protocol;
use crate::lang::Lang;
use crate::names::normalize_host;
use crate::profile::{Endpoint, UsernameFormat};
use std::fmt::Write;

pub(super) fn write(account: &Account<'_>) -> Export {
    let mut x = String::new();
    x.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.push_str("<clientConfig version=\"1.1\">\n");
    let _ = writeln!(
        x,
        "  <emailProvider id=\"{}\">",
        xml_escape(&provider_id(&account.brand.id, &account.brand.domains))
    );
    let mut seen: Vec<String> = Vec::new();
    for d in &account.brand.domains {
        let d = normalize_host(d);
        if !seen.contains(&d) {
            let _ = writeln!(x, "    <domain>{}</domain>", xml_escape(&d));
            seen.push(d);
        }
    }
    let _ = writeln!(
        x,
        "    <displayName>{}</displayName>",
        xml_escape(account.brand_name(Lang::Ja))
    );
    let _ = writeln!(
        x,
        "    <displayShortName>{}</displayShortName>",
        xml_escape(account.brand_name(Lang::En))
    );
    let username = match account.set.username {
        UsernameFormat::Address => "%EMAILADDRESS%",
        UsernameFormat::LocalPart => "%EMAILLOCALPART%",
    };
    let auth = authentication(&account.set.auth);
    for (protocol, endpoint) in account.incoming() {
        let kind = match protocol {
            Protocol::Imap => "imap",
            Protocol::Pop3 => "pop3",
        };
        let _ = writeln!(x, "    <incomingServer type=\"{kind}\">");
        server_body(&mut x, endpoint, username, auth);
        x.push_str("    </incomingServer>\n");
    }
    for endpoint in &account.set.smtp {
        x.push_str("    <outgoingServer type=\"smtp\">\n");
        server_body(&mut x, endpoint, username, auth);
        x.push_str("    </outgoingServer>\n");
    }
    let url = account.profile.isp.support_url.trim();
    if !url.is_empty() {
        let _ = writeln!(x, "    <documentation url=\"{}\">", xml_escape(url));
        for lang in Lang::ALL {
            let _ = writeln!(
                x,
                "      <descr lang=\"{}\">{}</descr>",
                lang.tag(),
                xml_escape(account.isp_name(lang))
            );
        }
        x.push_str("    </documentation>\n");
    }
    x.push_str("  </emailProvider>\n");
    x.push_str("</clientConfig>\n");
    Export {
        filename: "config-v1.1.xml".to_string(),
        mime: "application/xml",
        body: x,
    }
}

fn server_body(x: &mut String, endpoint: &Endpoint, username: &str, auth: &str) {
    let _ = writeln!(
        x,
        "      <hostname>{}</hostname>",
        xml_escape(&autoconfig_host(&endpoint.host))
    );
    let _ = writeln!(x, "      <port>{}</port>", endpoint.port);
    let _ = writeln!(
        x,
        "      <socketType>{}</socketType>",
        socket_type(endpoint.security)
    );
    let _ = writeln!(x, "      <username>{username}</username>");
    let _ = writeln!(
        x,
        "      <authentication>{}</authentication>",
        xml_escape(auth)
    );
}

/// The `emailProvider id`: host-name-shaped whatever the brand id, because Thunderbird reads it
/// with its host-name check (`Sanitizer.hostname` in `readFromXML`) and drops the whole file when
/// it fails (a brand id such as `aoi_tv`). The brand's first domain, as Thunderbird's ISPDB names
/// its providers (`id="biglobe.ne.jp"`); without domains, the brand id in letters, digits, `-` and
/// `.`.
pub fn provider_id(brand_id: &str, domains: &[String]) -> String {
    if let Some(first) = domains
        .iter()
        .map(|d| normalize_host(d))
        .find(|d| is_host_shaped(d))
    {
        return first;
    }
    let shaped: String = brand_id
        .trim()
        .to_ascii_lowercase()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let shaped = shaped.trim_matches(|c| c == '-' || c == '.').to_string();
    if shaped.is_empty() {
        "mail-provider".to_string()
    } else {
        shaped
    }
}

/// Letters, digits, `-` and `.` only, not empty: what Thunderbird's host-name check takes.
pub fn is_host_shaped(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
}

/// A profile host as autoconfig writes it: canonical, `{domain}` as `%EMAILDOMAIN%`.
pub(crate) fn autoconfig_host(host: &str) -> String {
    normalize_host(host).replace("{domain}", "%EMAILDOMAIN%")
}

/// The profile's `auth` as Thunderbird's `authentication` value.
pub(crate) fn authentication(auth: &str) -> &str {
    match auth.trim() {
        "" | "password" => "password-cleartext",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_provider_id_is_always_host_shaped() {
        let domains = vec![
            "Aoi-TV.Example.JP".to_string(),
            "kita.aoi-tv.example.jp".to_string(),
        ];
        assert_eq!(provider_id("aoi_tv", &domains), "aoi-tv.example.jp");
        assert_eq!(provider_id("aoi", &domains), "aoi-tv.example.jp");
        assert_eq!(provider_id("aoi_tv", &[]), "aoi-tv");
        assert_eq!(provider_id("_", &[]), "mail-provider");
        assert_eq!(
            provider_id("あおい", &["あおい.example.jp".to_string()]),
            "xn--l8jer.example.jp"
        );
        for id in ["aoi-tv.example.jp", "aoi-tv", "mail-provider"] {
            assert!(is_host_shaped(id));
        }
        assert!(!is_host_shaped("aoi_tv"));
    }
}
