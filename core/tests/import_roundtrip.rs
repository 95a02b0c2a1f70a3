//! Round trip over the 46 ISPDB files: import → profile → export (autoconfig) → import keeps
//! host, port, socket type, username form and authentication of every server.

use mail_doctor_core::export::{export, ExportFormat};
use mail_doctor_core::import::import_autoconfig;
use mail_doctor_core::names::normalize_host;
use mail_doctor_core::profile::ServerSet;
use mail_doctor_core::Profile;
use std::path::PathBuf;

fn ispdb_files() -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ispdb-jp");
    let entries = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("the ISPDB test data is missing at {}: {e}", dir.display()));
    let mut files: Vec<(String, String)> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "xml"))
        .map(|p| {
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned());
            let text = std::fs::read_to_string(&p).expect("readable");
            (name.unwrap_or_default(), text)
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

/// (type, hostname, port, socketType, username, authentication) of each server, in file order.
type Server = (String, String, String, String, String, String);

fn servers(xml: &str) -> Vec<Server> {
    let doc = roxmltree::Document::parse(xml).expect("XML");
    let text = |n: roxmltree::Node<'_, '_>, name: &str| {
        n.children()
            .find(|c| c.has_tag_name(name))
            .and_then(|c| c.text())
            .unwrap_or("")
            .trim()
            .to_string()
    };
    doc.descendants()
        .filter(|n| n.has_tag_name("incomingServer") || n.has_tag_name("outgoingServer"))
        .map(|n| {
            (
                n.attribute("type").unwrap_or("").to_string(),
                normalize_host(&text(n, "hostname")).replace("%emaildomain%", "%EMAILDOMAIN%"),
                text(n, "port"),
                text(n, "socketType"),
                text(n, "username"),
                text(n, "authentication"),
            )
        })
        .collect()
}

fn same_set(a: &ServerSet, b: &ServerSet) -> bool {
    let norm = |e: &Option<mail_doctor_core::profile::Endpoint>| {
        e.as_ref()
            .map(|e| (normalize_host(&e.host), e.port, e.security))
    };
    norm(&a.imap) == norm(&b.imap)
        && norm(&a.pop3) == norm(&b.pop3)
        && a.smtp.len() == b.smtp.len()
        && a.smtp.iter().zip(&b.smtp).all(|(x, y)| {
            (normalize_host(&x.host), x.port, x.security)
                == (normalize_host(&y.host), y.port, y.security)
        })
        && a.username == b.username
        && a.auth == b.auth
}

#[test]
fn import_export_import_keeps_every_server_of_all_46_files() {
    let mut kept = 0;
    let mut exact = 0;
    for (name, xml) in ispdb_files() {
        let first = import_autoconfig(&[(name.as_str(), xml.as_str())]);
        let p1 = Profile::parse(&first.toml).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        let brand = &p1.brands[0];
        let address = format!("taro@{}", brand.domains[0]);
        let exported = export(ExportFormat::Autoconfig, &p1, &address)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let second = import_autoconfig(&[("roundtrip.xml", exported.body.as_str())]);
        let p2 = Profile::parse(&second.toml).unwrap_or_else(|e| panic!("{name}: {e:?}"));

        // Profile level: the same brand, domains and server set.
        assert_eq!(p2.brands.len(), 1, "{name}");
        // The export names the provider by its first domain (host-name-shaped for Thunderbird
        // whatever the brand id), so the re-import's brand id comes from that domain.
        assert!(
            exported.body.contains(&format!(
                "<emailProvider id=\"{}\">",
                normalize_host(&brand.domains[0])
            )),
            "{name}"
        );
        assert_eq!(p2.brands[0].domains, brand.domains, "{name}");
        let s1 = &p1.servers[&brand.servers];
        let s2 = &p2.servers[&p2.brands[0].servers];
        assert!(same_set(s1, s2), "{name}: {s1:#?} vs {s2:#?}");

        // File level: the exported file says what the first import kept, and a second export
        // is byte-identical (a fixed point).
        let again = export(ExportFormat::Autoconfig, &p2, &address).expect("export");
        assert_eq!(again.body, exported.body, "{name}");
        // The re-import has nothing new to warn about except plain connections and the
        // support URL the export writes as documentation.
        assert!(
            second
                .warnings
                .iter()
                .all(|w| w.setting.ends_with("socketType") || w.setting.ends_with("documentation")),
            "{name}: {:#?}",
            second.warnings
        );

        // Against the original: every server the import kept has the same host, port and
        // socket type; username and authentication too where the first import did not warn
        // that the file's value cannot be expressed.
        let original: Vec<Server> = servers(&xml);
        let back: Vec<Server> = servers(&exported.body);
        let mut first_of_type: Vec<&Server> = Vec::new();
        for s in &original {
            if s.0 == "smtp" || !first_of_type.iter().any(|f| f.0 == s.0) {
                first_of_type.push(s);
            }
        }
        // The export lists IMAP before POP3; compare by type.
        for kind in ["imap", "pop3", "smtp"] {
            let o: Vec<&&Server> = first_of_type.iter().filter(|s| s.0 == kind).collect();
            let b: Vec<&Server> = back.iter().filter(|s| s.0 == kind).collect();
            assert_eq!(o.len(), b.len(), "{name}: {kind}");
            for (o, b) in o.iter().zip(&b) {
                assert_eq!((&o.1, &o.2, &o.3), (&b.1, &b.2, &b.3), "{name}: {kind}");
            }
        }
        let warned = |what: &str| first.warnings.iter().any(|w| w.setting.ends_with(what));
        if !warned("username") && !warned("authentication") {
            let orig: Vec<&Server> = first_of_type.to_vec();
            for o in orig {
                assert!(back.contains(o), "{name}: {o:?} not kept exactly");
            }
            exact += 1;
        }
        kept += 1;
    }
    assert_eq!(kept, 46);
    // Files whose servers all use one username form and password-cleartext come back exactly.
    assert!(exact >= 30, "only {exact} files came back exactly");
    println!("round trip: {kept}/46 kept, {exact}/46 byte-for-byte on all five fields");
}
