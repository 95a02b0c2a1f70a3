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
        xml_escape(&account.brand.id)
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
