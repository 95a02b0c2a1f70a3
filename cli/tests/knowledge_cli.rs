//! `mail-doctor knowledge`: the built binary's counts are the engine's tables'
//! (`mail_doctor_core::knowledge`), per client and in total, in text and JSON.

use mail_doctor_core::case::ClientId;
use mail_doctor_core::knowledge::{facts, Counts};
use serde_json::Value;
use std::process::Command;

fn run(args: &[&str]) -> (i32, String, String) {
    let o = Command::new(env!("CARGO_BIN_EXE_mail-doctor"))
        .arg("knowledge")
        .args(args)
        .output()
        .expect("binary runs");
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

#[test]
fn json_counts_are_the_tables() {
    let (code, stdout, stderr) = run(&["--json"]);
    assert_eq!(code, 0, "{stderr}");
    let v: Value = serde_json::from_str(&stdout).expect("JSON");
    let clients = v["clients"].as_array().expect("clients");
    assert_eq!(clients.len(), ClientId::ALL.len());
    for (c, id) in clients.iter().zip(ClientId::ALL) {
        let counts = Counts::of(facts(id));
        assert_eq!(c["client"], id.as_str());
        assert_eq!(c["facts"], counts.facts);
        assert_eq!(c["confirmed"], counts.confirmed);
        assert_eq!(c["unconfirmed"], counts.unconfirmed);
        // Without --all: the unconfirmed facts only.
        let items = c["items"].as_array().expect("items");
        assert_eq!(items.len(), counts.unconfirmed);
        assert!(items
            .iter()
            .all(|f| f["status"] == "unconfirmed" && f["why"].is_string()));
    }
    let total = Counts::total();
    assert_eq!(v["total"]["facts"], total.facts);
    assert_eq!(v["total"]["confirmed"], total.confirmed);
    assert_eq!(v["total"]["unconfirmed"], total.unconfirmed);
    assert_eq!(
        (total.facts, total.confirmed, total.unconfirmed),
        (139, 87, 52)
    );
}

#[test]
fn text_lists_each_clients_unconfirmed_facts_and_the_total() {
    let (code, ja, _) = run(&[]);
    assert_eq!(code, 0);
    let total = Counts::total();
    assert!(ja.starts_with("未確認の事実"), "{ja}");
    assert!(
        ja.contains(&format!(
            "合計: 未確認 {} 件（全 {} 件、確認済み {} 件）",
            total.unconfirmed, total.facts, total.confirmed
        )),
        "{ja}"
    );
    for id in ClientId::ALL {
        let c = Counts::of(facts(id));
        assert!(
            ja.contains(&format!(
                "{} (docs/knowledge/{}.md): 未確認 {} 件",
                id.as_str(),
                id.as_str(),
                c.unconfirmed
            )),
            "{ja}"
        );
    }
    // Unconfirmed facts are listed, confirmed ones are not.
    let fact_lines = |text: &str| text.lines().filter(|l| l.contains("       ? ")).count();
    let source_lines = |text: &str| text.lines().filter(|l| l.contains("       ✓ ")).count();
    assert_eq!(fact_lines(&ja), total.unconfirmed);
    assert_eq!(source_lines(&ja), 0);
    let (code, en, _) = run(&["--lang", "en", "--all"]);
    assert_eq!(code, 0);
    assert!(en.starts_with("Facts and their sources"), "{en}");
    assert_eq!(fact_lines(&en), total.unconfirmed);
    assert_eq!(source_lines(&en), total.confirmed);
    assert!(en.contains("(checked 2026-12-07)"), "{en}");
}

#[test]
fn one_client_and_a_wrong_one() {
    let (code, stdout, _) = run(&["--client", "becky", "--all", "--json"]);
    assert_eq!(code, 0);
    let v: Value = serde_json::from_str(&stdout).expect("JSON");
    let c = Counts::of(facts(ClientId::Becky));
    assert_eq!(v["clients"].as_array().map(Vec::len), Some(1));
    assert_eq!(v["clients"][0]["unconfirmed"], c.unconfirmed);
    assert_eq!(
        v["clients"][0]["items"].as_array().map(Vec::len),
        Some(c.facts)
    );
    assert_eq!(v["total"]["facts"], c.facts);
    let (code, _, stderr) = run(&["--client", "eudora"]);
    assert_eq!(code, 2);
    assert!(stderr.starts_with("mail-doctor: "), "{stderr}");
}
