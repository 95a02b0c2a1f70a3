//! The `knowledge` tables against the dossiers they are transcribed from: every fact id of
//! `docs/knowledge/<client>.md` with its status (✓ / ?) is in the client's table with the same
//! status, in the same order, and nothing else is; and the counts table of
//! `docs/knowledge/README.md` is the tables' counts. A fact row is a table row whose first cell
//! is an id (`H1`); a status cell holding a "?" anywhere (e.g. "✓ (en); ja ?") is unconfirmed;
//! "—" rows are proposals, not facts.
#![cfg(feature = "knowledge")]

use mail_doctor_core::case::ClientId;
use mail_doctor_core::knowledge::{facts, Counts};
use std::path::Path;

fn docs() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/knowledge"))
}

fn cells(line: &str) -> Option<Vec<&str>> {
    let line = line.trim();
    let inner = line.strip_prefix('|')?.strip_suffix('|')?;
    Some(inner.split('|').map(str::trim).collect())
}

fn is_id(cell: &str) -> bool {
    let mut chars = cell.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && cell.len() > 1
        && chars.all(|c| c.is_ascii_digit())
}

/// (id, confirmed) of every fact row of a dossier, in its order.
fn dossier_facts(client: ClientId) -> Vec<(String, bool)> {
    let path = docs().join(format!("{}.md", client.as_str()));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    let mut out = Vec::new();
    for line in text.lines() {
        let Some(cells) = cells(line) else { continue };
        if !is_id(cells[0]) {
            continue;
        }
        let status = cells[cells.len() - 1];
        if status.starts_with('—') {
            continue;
        }
        let unconfirmed = status.contains('?');
        assert!(
            unconfirmed || status.starts_with('✓'),
            "{path:?} {}: status {status:?} is neither ✓ nor ?",
            cells[0]
        );
        out.push((cells[0].to_string(), !unconfirmed));
    }
    out
}

#[test]
fn every_dossier_fact_is_in_the_tables_with_its_status() {
    for client in ClientId::ALL {
        let dossier = dossier_facts(client);
        let table: Vec<(String, bool)> = facts(client)
            .iter()
            .map(|f| (f.id.to_string(), f.confirmed()))
            .collect();
        assert_eq!(
            dossier,
            table,
            "{}: docs/knowledge/{}.md and core/src/clients/<client>/knowledge.rs differ",
            client.as_str(),
            client.as_str()
        );
        // Every unconfirmed fact of the table is in the dossier as unconfirmed.
        for fact in facts(client).iter().filter(|f| !f.confirmed()) {
            assert!(
                dossier.contains(&(fact.id.to_string(), false)),
                "{} {}",
                client.as_str(),
                fact.id
            );
        }
    }
}

#[test]
fn the_readme_counts_are_the_tables() {
    let text = std::fs::read_to_string(docs().join("README.md")).expect("README.md");
    let mut seen = 0;
    for line in text.lines() {
        let Some(cells) = cells(line) else { continue };
        // | [client](client.md) | facts | ✓ | ? | …
        let Some(name) = cells[0].strip_prefix('[').and_then(|c| c.split(']').next()) else {
            continue;
        };
        let Some(client) = ClientId::from_name(name) else {
            continue;
        };
        let n = |i: usize| cells[i].parse::<usize>().unwrap_or(usize::MAX);
        let counts = Counts::of(facts(client));
        assert_eq!(
            (n(1), n(2), n(3)),
            (counts.facts, counts.confirmed, counts.unconfirmed),
            "README.md's row for {name}"
        );
        seen += 1;
    }
    assert_eq!(seen, ClientId::ALL.len(), "one README row per client");
    let total = Counts::total();
    let row = format!(
        "| **total** | **{}** | **{}** | **{}** |",
        total.facts, total.confirmed, total.unconfirmed
    );
    assert!(text.contains(&row), "README.md's total row: {row}");
}
