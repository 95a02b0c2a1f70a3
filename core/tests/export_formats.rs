//! Settings export: every file parsed back with a real parser (roxmltree, plist) and compared
//! field by field with the profile.

use mail_doctor_core::case::Security;
use mail_doctor_core::export::{self, export, ExportError, ExportFormat};
use mail_doctor_core::lang::Lang;
use mail_doctor_core::names::normalize_host;
use mail_doctor_core::profile::{Endpoint, ServerSet, UsernameFormat};
use mail_doctor_core::Profile;

const EXAMPLE: &str = include_str!("fixtures/profile.example.toml");

fn example() -> Profile {
    Profile::parse(EXAMPLE).expect("example profile")
}

fn login(set: &ServerSet, address: &str) -> String {
    match set.username {
        UsernameFormat::Address => address.to_string(),
        UsernameFormat::LocalPart => address.split('@').next().unwrap_or("").to_string(),
    }
}

fn socket(security: Security) -> &'static str {
    match security {
        Security::Ssl => "SSL",
        Security::Starttls => "STARTTLS",
        _ => "plain",
    }
}

/// A sample of addresses: the first and last domain of every brand.
fn addresses(profile: &Profile) -> Vec<String> {
    let mut out = Vec::new();
    for brand in &profile.brands {
        for d in [brand.domains.first(), brand.domains.last()]
            .into_iter()
            .flatten()
        {
            out.push(format!("taro.yamada@{}", normalize_host(d)));
        }
    }
    out
}

fn child_text<'a>(node: roxmltree::Node<'a, 'a>, name: &str) -> &'a str {
    node.children()
        .find(|n| n.has_tag_name(name))
        .and_then(|n| n.text())
        .unwrap_or_else(|| panic!("<{name}> missing"))
}

fn check_autoconfig_server(node: roxmltree::Node<'_, '_>, e: &Endpoint, set: &ServerSet) {
    let host = normalize_host(&e.host).replace("{domain}", "%EMAILDOMAIN%");
    assert_eq!(child_text(node, "hostname"), host);
    assert_eq!(child_text(node, "port"), e.port.to_string());
    assert_eq!(child_text(node, "socketType"), socket(e.security));
    let user = match set.username {
        UsernameFormat::Address => "%EMAILADDRESS%",
        UsernameFormat::LocalPart => "%EMAILLOCALPART%",
    };
    assert_eq!(child_text(node, "username"), user);
    assert_eq!(child_text(node, "authentication"), "password-cleartext");
}

fn check_autoconfig(profile: &Profile, address: &str) {
    let domain = address.split('@').nth(1).unwrap_or("");
    let (brand, set) = profile.servers_for_domain(domain).expect("known domain");
    let out = export(ExportFormat::Autoconfig, profile, address).expect("export");
    assert_eq!(out.filename, "config-v1.1.xml");
    let doc = roxmltree::Document::parse(&out.body).expect("well-formed XML");
    let root = doc.root_element();
    assert!(root.has_tag_name("clientConfig"));
    assert_eq!(root.attribute("version"), Some("1.1"));
    let provider = root
        .children()
        .find(|n| n.has_tag_name("emailProvider"))
        .expect("emailProvider");
    // Host-name-shaped whatever the brand id (Thunderbird drops the file otherwise): the
    // brand's first domain.
    assert_eq!(
        provider.attribute("id"),
        Some(normalize_host(&brand.domains[0]).as_str())
    );
    let domains: Vec<&str> = provider
        .children()
        .filter(|n| n.has_tag_name("domain"))
        .filter_map(|n| n.text())
        .collect();
    let want: Vec<String> = brand.domains.iter().map(|d| normalize_host(d)).collect();
    assert_eq!(domains, want);
    assert_eq!(
        child_text(provider, "displayName"),
        brand.name.get(Lang::Ja)
    );
    assert_eq!(
        child_text(provider, "displayShortName"),
        brand.name.get(Lang::En)
    );
    let incoming: Vec<_> = provider
        .children()
        .filter(|n| n.has_tag_name("incomingServer"))
        .collect();
    let mut expected_in = Vec::new();
    if let Some(e) = &set.imap {
        expected_in.push(("imap", e));
    }
    if let Some(e) = &set.pop3 {
        expected_in.push(("pop3", e));
    }
    assert_eq!(incoming.len(), expected_in.len());
    for (node, (kind, e)) in incoming.iter().zip(&expected_in) {
        assert_eq!(node.attribute("type"), Some(*kind));
        check_autoconfig_server(*node, e, set);
    }
    let outgoing: Vec<_> = provider
        .children()
        .filter(|n| n.has_tag_name("outgoingServer"))
        .collect();
    assert_eq!(
        outgoing.len(),
        set.smtp.len(),
        "every SMTP endpoint, in order"
    );
    for (node, e) in outgoing.iter().zip(&set.smtp) {
        assert_eq!(node.attribute("type"), Some("smtp"));
        check_autoconfig_server(*node, e, set);
    }
    let doc_url = provider
        .children()
        .find(|n| n.has_tag_name("documentation"))
        .and_then(|n| n.attribute("url"));
    assert_eq!(doc_url, Some(profile.isp.support_url.as_str()));
}

fn check_autodiscover(profile: &Profile, address: &str) {
    let domain = address.split('@').nth(1).unwrap_or("");
    let (_, set) = profile.servers_for_domain(domain).expect("known domain");
    let out = export(ExportFormat::Autodiscover, profile, address).expect("export");
    let doc = roxmltree::Document::parse(&out.body).expect("well-formed XML");
    let root = doc.root_element();
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006")
    );
    assert!(root.has_tag_name("Autodiscover"));
    let response = root.first_element_child().expect("Response");
    assert!(response.has_tag_name("Response"));
    assert_eq!(
        response.tag_name().namespace(),
        Some("http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a")
    );
    let account = response.first_element_child().expect("Account");
    assert!(account.has_tag_name("Account"));
    assert_eq!(child_text(account, "AccountType"), "email");
    assert_eq!(child_text(account, "Action"), "settings");
    let protocols: Vec<_> = account
        .children()
        .filter(|n| n.has_tag_name("Protocol"))
        .collect();
    let mut expected: Vec<(&str, &Endpoint)> = Vec::new();
    if let Some(e) = &set.imap {
        expected.push(("IMAP", e));
    }
    if let Some(e) = &set.pop3 {
        expected.push(("POP3", e));
    }
    expected.push(("SMTP", &set.smtp[0]));
    assert_eq!(protocols.len(), expected.len());
    for (p, (kind, e)) in protocols.iter().zip(&expected) {
        assert_eq!(child_text(*p, "Type"), *kind);
        assert_eq!(child_text(*p, "Server"), e.host_for(domain));
        assert_eq!(child_text(*p, "Port"), e.port.to_string());
        assert_eq!(child_text(*p, "LoginName"), login(set, address));
        assert_eq!(child_text(*p, "DomainRequired"), "off");
        assert_eq!(
            child_text(*p, "SPA"),
            "off",
            "SPA defaults to on: always written"
        );
        let (ssl, enc) = match e.security {
            Security::Ssl => ("on", "SSL"),
            Security::Starttls => ("on", "TLS"),
            _ => ("off", "None"),
        };
        assert_eq!(child_text(*p, "SSL"), ssl);
        assert_eq!(child_text(*p, "Encryption"), enc);
        assert_eq!(child_text(*p, "AuthRequired"), "on");
        if *kind == "SMTP" {
            assert_eq!(child_text(*p, "UsePOPAuth"), "on");
        }
    }
}

fn dict(v: &plist::Value) -> &plist::Dictionary {
    v.as_dictionary().expect("dict")
}

fn s<'a>(d: &'a plist::Dictionary, key: &str) -> &'a str {
    d.get(key)
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| panic!("string {key} missing"))
}

fn int(d: &plist::Dictionary, key: &str) -> u64 {
    d.get(key)
        .and_then(|v| v.as_unsigned_integer())
        .unwrap_or_else(|| panic!("integer {key} missing"))
}

fn boolean(d: &plist::Dictionary, key: &str) -> bool {
    d.get(key)
        .and_then(|v| v.as_boolean())
        .unwrap_or_else(|| panic!("bool {key} missing"))
}

fn check_mobileconfig(profile: &Profile, address: &str) {
    let domain = address.split('@').nth(1).unwrap_or("");
    let (brand, set) = profile.servers_for_domain(domain).expect("known domain");
    let out = export(ExportFormat::Mobileconfig, profile, address).expect("export");
    assert_eq!(out.mime, "application/x-apple-aspen-config");
    assert!(out.filename.ends_with(".mobileconfig"));
    assert!(!out.body.contains("<key>IncomingPassword</key>"));
    assert!(!out.body.contains("<key>OutgoingPassword</key>"));
    let value = plist::Value::from_reader_xml(out.body.as_bytes()).expect("valid plist");
    let outer = dict(&value);
    assert_eq!(s(outer, "PayloadType"), "Configuration");
    assert_eq!(int(outer, "PayloadVersion"), 1);
    assert_eq!(
        s(outer, "PayloadOrganization"),
        profile.isp.name.get(Lang::Ja)
    );
    let reverse: Vec<&str> = domain.split('.').rev().collect();
    assert!(s(outer, "PayloadIdentifier").starts_with(&reverse.join(".")));
    let uuid = s(outer, "PayloadUUID");
    assert_eq!(uuid.len(), 36);
    assert!(!s(outer, "PayloadDisplayName").is_empty());
    let content = outer
        .get("PayloadContent")
        .and_then(|v| v.as_array())
        .expect("PayloadContent");
    assert_eq!(content.len(), 1);
    let mail = dict(&content[0]);
    assert_eq!(s(mail, "PayloadType"), "com.apple.mail.managed");
    assert_ne!(s(mail, "PayloadUUID"), uuid);
    assert_eq!(s(mail, "EmailAddress"), address);
    assert_eq!(s(mail, "EmailAccountDescription"), brand.name.get(Lang::Ja));
    let (kind, incoming) = match (&set.imap, &set.pop3) {
        (Some(e), _) => ("EmailTypeIMAP", e),
        (None, Some(e)) => ("EmailTypePOP", e),
        (None, None) => panic!("no incoming"),
    };
    assert_eq!(s(mail, "EmailAccountType"), kind);
    let user = login(set, address);
    assert_eq!(
        s(mail, "IncomingMailServerHostName"),
        incoming.host_for(domain)
    );
    assert_eq!(
        int(mail, "IncomingMailServerPortNumber"),
        u64::from(incoming.port)
    );
    assert_eq!(
        boolean(mail, "IncomingMailServerUseSSL"),
        incoming.security != Security::None
    );
    assert_eq!(s(mail, "IncomingMailServerUsername"), user);
    assert_eq!(
        s(mail, "IncomingMailServerAuthentication"),
        "EmailAuthPassword"
    );
    let smtp = &set.smtp[0];
    assert_eq!(s(mail, "OutgoingMailServerHostName"), smtp.host_for(domain));
    assert_eq!(
        int(mail, "OutgoingMailServerPortNumber"),
        u64::from(smtp.port)
    );
    assert_eq!(
        boolean(mail, "OutgoingMailServerUseSSL"),
        smtp.security != Security::None
    );
    assert_eq!(s(mail, "OutgoingMailServerUsername"), user);
    assert_eq!(
        s(mail, "OutgoingMailServerAuthentication"),
        "EmailAuthPassword"
    );
    assert!(boolean(mail, "OutgoingPasswordSameAsIncomingPassword"));
    for d in [outer, mail] {
        for key in d.keys() {
            assert!(
                !key.contains("Password") || key == "OutgoingPasswordSameAsIncomingPassword",
                "{key}"
            );
        }
    }
}

#[test]
fn autoconfig_matches_the_profile() {
    for profile in [Profile::demo(), example()] {
        for a in addresses(&profile) {
            check_autoconfig(&profile, &a);
        }
    }
}

#[test]
fn autodiscover_matches_the_profile() {
    for profile in [Profile::demo(), example()] {
        for a in addresses(&profile) {
            check_autodiscover(&profile, &a);
        }
    }
}

#[test]
fn mobileconfig_matches_the_profile() {
    for profile in [Profile::demo(), example()] {
        for a in addresses(&profile) {
            check_mobileconfig(&profile, &a);
        }
    }
}

#[test]
fn no_password_anywhere() {
    let profile = Profile::demo();
    for a in addresses(&profile) {
        for f in ExportFormat::ALL {
            let out = export(f, &profile, &a).expect("export");
            // The only key that names a password is the "same as incoming" switch.
            let body = out
                .body
                .replace("<key>OutgoingPasswordSameAsIncomingPassword</key>", "");
            assert!(!body.contains("Password</key>"), "{f:?}");
            assert!(!body.contains("<key>IncomingPassword"), "{f:?}");
            assert!(!body.to_ascii_lowercase().contains("<password"), "{f:?}");
        }
    }
}

#[test]
fn exports_are_deterministic_and_per_address() {
    let profile = Profile::demo();
    for f in ExportFormat::ALL {
        let a = export(f, &profile, "hanako@aoi.example.jp").expect("export");
        let b = export(f, &profile, "hanako@aoi.example.jp").expect("export");
        assert_eq!(a, b);
    }
    let a = export(
        ExportFormat::Mobileconfig,
        &profile,
        "hanako@aoi.example.jp",
    )
    .expect("e");
    let b = export(ExportFormat::Mobileconfig, &profile, "jiro@aoi.example.jp").expect("e");
    let uuid = |body: &str| {
        let v = plist::Value::from_reader_xml(body.as_bytes()).expect("plist");
        s(dict(&v), "PayloadUUID").to_string()
    };
    assert_ne!(uuid(&a.body), uuid(&b.body));
}

#[test]
fn domain_placeholder_is_filled_for_one_address_and_kept_for_autoconfig() {
    let profile = Profile::demo();
    let (domain, _) = profile
        .domains()
        .find(|(d, b)| {
            profile
                .servers
                .get(&b.servers)
                .is_some_and(|s| s.smtp.iter().any(|e| e.host.contains("{domain}")))
                && d.is_ascii()
        })
        .expect("the demo has a {domain} server set");
    let address = format!("user@{domain}");
    let ad = export(ExportFormat::Autodiscover, &profile, &address).expect("export");
    assert!(ad.body.contains(&format!("<Server>smtp.{domain}</Server>")));
    assert!(!ad.body.contains("{domain}"));
    let mc = export(ExportFormat::Mobileconfig, &profile, &address).expect("export");
    assert!(!mc.body.contains("{domain}"));
    let ac = export(ExportFormat::Autoconfig, &profile, &address).expect("export");
    assert!(ac.body.contains("<hostname>smtp.%EMAILDOMAIN%</hostname>"));
}

#[test]
fn unknown_domain_and_invalid_address_are_clear_errors() {
    let profile = example();
    for f in ExportFormat::ALL {
        let e = export(f, &profile, "taro@aoi.exmple.jp").expect_err("unknown");
        assert_eq!(
            e,
            ExportError::DomainUnknown {
                domain: "aoi.exmple.jp".into(),
                closest: Some("aoi.example.jp".into())
            }
        );
        assert!(e.message(Lang::Ja).contains("aoi.example.jp"));
        assert!(e.message(Lang::En).contains("Did you mean"));
        let e = export(f, &profile, "nobody@nowhere.example.com").expect_err("unknown");
        assert!(matches!(
            e,
            ExportError::DomainUnknown { closest: None, .. }
        ));
        for bad in ["", "taro", "taro@", "@aoi.example.jp", "a b@aoi.example.jp"] {
            let e = export(f, &profile, bad).expect_err("invalid");
            assert!(matches!(e, ExportError::AddressInvalid { .. }), "{bad:?}");
            assert!(e.message(Lang::Ja).contains("メールアドレス"));
            assert!(e.message(Lang::En).contains("e-mail address"));
        }
    }
}

/// Names with `&<>"'` are escaped and read back unchanged by every parser.
#[test]
fn names_with_markup_characters_round_trip() {
    let nasty = r#"A&B <Cable> "TV" 'Net'"#;
    let toml = EXAMPLE
        .replace("みほんケーブルグループ", &nasty.replace('"', "\\\""))
        .replace(
            "あおいケーブルテレビ",
            &format!("あおい{}", nasty.replace('"', "\\\"")),
        )
        .replace("Aoi Cable TV", &nasty.replace('"', "\\\""))
        .replace(
            "https://support.example.jp/mail/",
            "https://support.example.jp/mail/?a=1&b=<2>",
        );
    let profile = Profile::parse(&toml).expect("profile with markup characters");
    let address = "o'brien&co@aoi.example.jp";
    let brand_ja = format!("あおい{nasty}");

    let ac = export(ExportFormat::Autoconfig, &profile, address).expect("export");
    let doc = roxmltree::Document::parse(&ac.body).expect("well-formed");
    let provider = doc
        .descendants()
        .find(|n| n.has_tag_name("emailProvider"))
        .expect("provider");
    assert_eq!(child_text(provider, "displayName"), brand_ja);
    assert_eq!(child_text(provider, "displayShortName"), nasty);
    let docn = provider
        .children()
        .find(|n| n.has_tag_name("documentation"))
        .expect("documentation");
    assert_eq!(
        docn.attribute("url"),
        Some("https://support.example.jp/mail/?a=1&b=<2>")
    );
    assert!(docn.children().filter_map(|n| n.text()).any(|t| t == nasty));

    let ad = export(ExportFormat::Autodiscover, &profile, address).expect("export");
    let doc = roxmltree::Document::parse(&ad.body).expect("well-formed");
    let login = doc
        .descendants()
        .find(|n| n.has_tag_name("LoginName"))
        .and_then(|n| n.text());
    assert_eq!(login, Some(address));

    let mc = export(ExportFormat::Mobileconfig, &profile, address).expect("export");
    let v = plist::Value::from_reader_xml(mc.body.as_bytes()).expect("plist");
    let outer = dict(&v);
    assert_eq!(s(outer, "PayloadOrganization"), nasty);
    let mail = dict(
        &outer
            .get("PayloadContent")
            .and_then(|c| c.as_array())
            .expect("c")[0],
    );
    assert_eq!(s(mail, "EmailAccountDescription"), brand_ja);
    assert_eq!(s(mail, "EmailAddress"), address);
}

#[test]
fn format_names() {
    for f in ExportFormat::ALL {
        assert_eq!(ExportFormat::from_name(f.as_str()), Some(f));
    }
    assert_eq!(ExportFormat::from_name("pdf"), None);
}

/// `export::check` gives the error every format gives (or none), and `export::mobileconfig` (the
/// customers' page's download) writes what `export` writes for the Apple profile.
#[test]
fn check_and_mobileconfig_agree_with_export() {
    let profile = example();
    for address in [
        "taro@aoi.example.jp",
        "TARO@Kita.Aoi.Example.JP",
        "hanako@midori.example.jp",
        "not an address",
        "taro@unknown.example",
        "",
    ] {
        let want = export(ExportFormat::Mobileconfig, &profile, address);
        assert_eq!(export::mobileconfig(&profile, address), want, "{address}");
        for format in ExportFormat::ALL {
            assert_eq!(
                export::check(&profile, address).err(),
                export(format, &profile, address).err(),
                "{address} {format:?}"
            );
        }
    }
}
