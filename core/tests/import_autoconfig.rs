//! Autoconfig import over the 46 real ISPDB files in `tests/fixtures/ispdb-jp`, and over small
//! hand-made files for each unsupported setting.

use mail_doctor_core::import::{import_autoconfig, ImportResult};
use mail_doctor_core::Profile;
use std::path::PathBuf;

fn ispdb_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ispdb-jp")
}

/// Every ISPDB file as (name, text), sorted by name. Fails loudly when the data is missing.
fn ispdb_files() -> Vec<(String, String)> {
    let dir = ispdb_dir();
    let entries = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("the ISPDB test data is missing at {}: {e}", dir.display()));
    let mut files: Vec<(String, String)> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "xml"))
        .map(|p| {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let text = std::fs::read_to_string(&p)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()));
            (name, text)
        })
        .collect();
    files.sort();
    assert_eq!(
        files.len(),
        46,
        "expected the 46 ISPDB files in {}",
        dir.display()
    );
    files
}

fn import(files: &[(String, String)]) -> ImportResult {
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    import_autoconfig(&refs)
}

fn parse(toml: &str) -> Profile {
    Profile::parse(toml).unwrap_or_else(|errors| {
        panic!("imported TOML does not validate: {errors:#?}\n---\n{toml}")
    })
}

#[test]
fn each_of_the_46_files_imports_alone_into_a_valid_profile() {
    let files = ispdb_files();
    let mut ok = 0;
    for file in &files {
        let result = import(std::slice::from_ref(file));
        assert_eq!(
            result.providers.len(),
            1,
            "{}: {:#?}",
            file.0,
            result.warnings
        );
        let profile = parse(&result.toml);
        assert_eq!(profile.brands.len(), 1, "{}", file.0);
        for w in &result.warnings {
            assert_eq!(w.file, file.0);
            assert!(!w.message.ja.is_empty() && !w.message.en.is_empty());
        }
        ok += 1;
    }
    assert_eq!(ok, 46);
}

#[test]
fn all_46_files_import_together_with_unique_domains() {
    let files = ispdb_files();
    let result = import(&files);
    let profile = parse(&result.toml);
    assert_eq!(result.providers.len(), 46);
    assert_eq!(profile.brands.len(), 46);
    assert_eq!(profile.servers.len(), 46);
    // cty-net.ne.jp is listed twice inside its own file: kept once, with a warning.
    assert!(result
        .warnings
        .iter()
        .any(|w| w.file == "cty-net.ne.jp.xml" && w.setting.contains("domain[cty-net.ne.jp]")));
    // Every domain of every file is in the profile, owned by the brand of its file.
    for (name, text) in &files {
        let doc = roxmltree::Document::parse(text).expect("ISPDB file is XML");
        let provider = result
            .providers
            .iter()
            .find(|p| &p.file == name)
            .expect("provider imported");
        for d in doc.descendants().filter(|n| n.has_tag_name("domain")) {
            let domain = d.text().unwrap_or("").trim();
            let brand = profile.brand_for_domain(domain).expect("domain imported");
            assert_eq!(brand.id, provider.id, "{name}: {domain}");
        }
    }
}

#[test]
fn a_domain_in_two_files_goes_to_the_first_with_a_warning() {
    let a = sample("a.example.jp", "imap", "");
    let b = sample("a.example.jp", "pop3", "<domain>b.example.jp</domain>");
    let result = import_autoconfig(&[("a.xml", &a), ("b.xml", &b)]);
    let profile = parse(&result.toml);
    assert_eq!(
        profile
            .brand_for_domain("a.example.jp")
            .map(|b| b.id.as_str()),
        Some("a-example-jp")
    );
    assert_eq!(
        profile
            .brand_for_domain("b.example.jp")
            .map(|b| b.id.as_str()),
        Some("a-example-jp-2")
    );
    let w: Vec<_> = result
        .warnings
        .iter()
        .filter(|w| w.file == "b.xml")
        .collect();
    assert!(
        w.iter()
            .any(|w| w.setting.ends_with("domain[a.example.jp]")),
        "{w:#?}"
    );
}

/// A small autoconfig file: one incoming server of `kind`, one SMTP, plus `extra` inside the
/// provider.
fn sample(id: &str, kind: &str, extra: &str) -> String {
    format!(
        r#"<?xml version="1.0"?>
<clientConfig version="1.1">
  <emailProvider id="{id}">
    <domain>{id}</domain>
    {extra}
    <displayName>Sample &amp; Co</displayName>
    <incomingServer type="{kind}">
      <hostname>in.{id}</hostname><port>993</port><socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>out.{id}</hostname><port>465</port><socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication>
    </outgoingServer>
  </emailProvider>
</clientConfig>"#
    )
}

#[test]
fn a_clean_file_gives_no_warning() {
    let result = import_autoconfig(&[("clean.xml", &sample("clean.example.jp", "imap", ""))]);
    assert!(result.warnings.is_empty(), "{:#?}", result.warnings);
    let profile = parse(&result.toml);
    let (brand, set) = profile
        .servers_for_domain("clean.example.jp")
        .expect("known");
    assert_eq!(brand.name.ja, "Sample & Co");
    let imap = set.imap.as_ref().expect("imap");
    assert_eq!(
        (imap.host.as_str(), imap.port),
        ("in.clean.example.jp", 993)
    );
}

/// Every unsupported setting is a warning naming the file and the setting.
#[test]
fn unsupported_settings_are_warned_about_by_file_and_setting() {
    let xml = r#"<?xml version="1.0"?>
<clientConfig version="1.1">
  <emailProvider id="odd.example.jp">
    <domain>odd.example.jp</domain>
    <domain purpose="mx">mx.odd.example.jp</domain>
    <displayName>Odd</displayName>
    <incomingServer type="imap">
      <hostname>imap.odd.example.jp</hostname><port>143</port><socketType>plain</socketType>
      <username>%EMAILLOCALPART%.%EMAILDOMAIN%</username>
      <authentication>password-encrypted</authentication>
    </incomingServer>
    <incomingServer type="imap">
      <hostname>imap2.odd.example.jp</hostname><port>993</port><socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username><authentication>OAuth2</authentication>
    </incomingServer>
    <incomingServer type="pop3">
      <hostname>%EMAILLOCALPART%.pop.example.jp</hostname><port>995</port>
      <socketType>SSL</socketType><username>%EMAILADDRESS%</username>
      <authentication>password-cleartext</authentication>
      <pop3><leaveMessagesOnServer>true</leaveMessagesOnServer></pop3>
    </incomingServer>
    <incomingServer type="exchange"><hostname>x</hostname></incomingServer>
    <outgoingServer type="smtp">
      <hostname>smtp.%EMAILDOMAIN%</hostname><port>587</port><socketType>STARTTLS</socketType>
      <username>literal-user</username>
      <authentication>client-IP-address</authentication>
      <addThisServer>true</addThisServer>
    </outgoingServer>
    <outgoingServer type="smtp">
      <hostname>smtp2.odd.example.jp</hostname><port>99999</port><socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username><authentication>none</authentication>
    </outgoingServer>
    <enable visiturl="https://odd.example.jp/enable"><instruction>Enable IMAP</instruction></enable>
    <documentation url="https://odd.example.jp/help"/>
    <inputField key="USERNAME">name</inputField>
  </emailProvider>
  <webMail><loginPage url="https://webmail.odd.example.jp/"/></webMail>
</clientConfig>"#;
    let result = import_autoconfig(&[("odd.xml", xml)]);
    let profile = parse(&result.toml);
    let settings: Vec<&str> = result.warnings.iter().map(|w| w.setting.as_str()).collect();
    let has = |needle: &str| {
        assert!(
            settings.iter().any(|s| s.contains(needle)),
            "no warning for {needle}: {settings:#?}"
        )
    };
    has("domain[mx.odd.example.jp]");
    has("incomingServer[imap].socketType");
    has("incomingServer[imap].username");
    has("incomingServer[imap].authentication");
    has("incomingServer[imap]"); // the second IMAP server
    has("incomingServer[pop3].hostname");
    has("incomingServer[pop3].pop3");
    has("incomingServer[exchange]");
    has("outgoingServer[smtp].username");
    has("outgoingServer[smtp].authentication");
    has("outgoingServer[smtp].addThisServer");
    has("outgoingServer[smtp].port");
    has("emailProvider[odd.example.jp].enable");
    has("emailProvider[odd.example.jp].documentation");
    has("emailProvider[odd.example.jp].inputField");
    has("clientConfig.webMail");
    assert!(result.warnings.iter().all(|w| w.file == "odd.xml"));
    assert_eq!(
        result
            .warnings
            .iter()
            .filter(|w| w.setting.ends_with("authentication"))
            .count(),
        2,
        "password-encrypted and client-IP-address (OAuth2 and none are on dropped servers)"
    );

    let (_, set) = profile.servers_for_domain("odd.example.jp").expect("known");
    let imap = set.imap.as_ref().expect("first IMAP kept");
    assert_eq!(
        (imap.host.as_str(), imap.port),
        ("imap.odd.example.jp", 143)
    );
    assert_eq!(imap.security.as_str(), "none");
    assert!(
        set.pop3.is_none(),
        "a POP3 host with %EMAILLOCALPART% cannot be kept"
    );
    assert_eq!(set.smtp.len(), 1);
    assert_eq!(set.smtp[0].host, "smtp.{domain}");
    assert_eq!(set.auth, "password");
    assert!(profile.isp.support_url.contains("odd.example.jp/help"));
}

#[test]
fn email_domain_host_becomes_the_profile_placeholder() {
    let files = ispdb_files();
    let file = files
        .iter()
        .find(|(n, _)| n == "pop.shibata.ne.jp.xml")
        .expect("file");
    let result = import(std::slice::from_ref(file));
    let profile = parse(&result.toml);
    let (_, set) = profile
        .servers_for_domain("ml.shibata.ne.jp")
        .expect("known");
    let pop = set.pop3.as_ref().expect("pop3");
    assert_eq!(pop.host, "{domain}");
    assert_eq!(pop.host_for("ml.shibata.ne.jp"), "ml.shibata.ne.jp");
    assert_eq!(set.username.as_str(), "local-part");
}

#[test]
fn unreadable_files_are_warnings_not_failures() {
    let result = import_autoconfig(&[
        ("empty.xml", ""),
        ("html.xml", "<html><body>404</body></html>"),
        ("broken.xml", "<clientConfig version=\"1.1\"><emailProvider"),
        ("none.xml", "<clientConfig version=\"1.1\"></clientConfig>"),
    ]);
    assert!(result.providers.is_empty());
    for f in ["empty.xml", "html.xml", "broken.xml", "none.xml"] {
        assert!(result.warnings.iter().any(|w| w.file == f), "{f}");
    }
}
