//! What the project knows about each client, fact by fact, with its provenance: the dossiers of
//! `docs/knowledge/<client>.md` as tables the code and the CLI (`mail-doctor knowledge`) read.
//! Each fact has its dossier id (`H1`), a short description, and either the source it was copied
//! from with the date it was checked, or why it is unconfirmed. An unconfirmed fact that covers
//! labels of `clients/<client>/labels.rs` names them (`Fact::labels`); those labels carry the flag
//! `Labels::unconfirmed`, and the steps word them "like" (`labels::named`).
//!
//! Behind the feature `knowledge` (on by default and in the CLI; the pages build the engine
//! without it, so the tables cost the customers' page nothing). `core/tests/knowledge.rs` reads
//! the dossiers and checks every id and status against these tables, and the counts in
//! `docs/knowledge/README.md`.
//!
//! Adding a fact: a row in the dossier (id, fact, source, ✓ or ?), then the same id here in
//! `clients/<client>/knowledge.rs`, in the dossier's order; an unconfirmed label also goes into that
//! client's `unconfirmed` set in `clients/<client>/labels.rs` and into the fact's `labels`.

use crate::case::ClientId;
use crate::labels::{self, Label};

/// The day every fact of the dossiers was last checked against its source.
pub const CHECKED: &str = "2026-12-07";

/// The day of branch `facts2`: the facts confirmed then carry it (their dossier rows say so).
pub const CHECKED_FACTS2: &str = "2026-12-08";

/// Where a fact stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Copied from `source` (a repository, path and key, or a page), checked on `checked`.
    Confirmed {
        source: &'static str,
        checked: &'static str,
    },
    /// Not confirmed: what the dossier has for it, and what is missing (a fact confirmed in one
    /// language only counts as unconfirmed).
    Unconfirmed { why: &'static str },
}

/// One fact of a client's dossier.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fact {
    /// The dossier's id (`H1`), unique within the client.
    pub id: &'static str,
    /// What it says, in short (English).
    pub about: &'static str,
    pub status: Status,
    /// The client's labels this fact covers (only for unconfirmed ones: the labels flagged in
    /// `Labels::unconfirmed` because of it).
    pub labels: &'static [Label],
}

impl Fact {
    pub fn confirmed(&self) -> bool {
        matches!(self.status, Status::Confirmed { .. })
    }
}

/// A client's facts, in its dossier's order.
pub fn facts(client: ClientId) -> &'static [Fact] {
    crate::clients::entry(client).facts
}

/// The dossier a client's facts come from, relative to the repository.
pub fn dossier(client: ClientId) -> String {
    format!("docs/knowledge/{}.md", client.as_str())
}

/// How many facts a client has, and how many of them are confirmed and unconfirmed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    pub facts: usize,
    pub confirmed: usize,
    pub unconfirmed: usize,
}

impl Counts {
    pub fn of(facts: &[Fact]) -> Counts {
        let confirmed = facts.iter().filter(|f| f.confirmed()).count();
        Counts {
            facts: facts.len(),
            confirmed,
            unconfirmed: facts.len() - confirmed,
        }
    }

    /// The sum over every client.
    pub fn total() -> Counts {
        ClientId::ALL
            .iter()
            .map(|c| Counts::of(facts(*c)))
            .fold(Counts::default(), |a, b| Counts {
                facts: a.facts + b.facts,
                confirmed: a.confirmed + b.confirmed,
                unconfirmed: a.unconfirmed + b.unconfirmed,
            })
    }
}

/// The unconfirmed fact behind a client's unconfirmed `label` (`None` for a confirmed label).
pub fn fact_for_label(client: ClientId, label: Label) -> Option<&'static Fact> {
    facts(client)
        .iter()
        .find(|f| !f.confirmed() && f.labels.contains(&label))
}

/// The labels a client marks unconfirmed in any of its version ranges.
pub fn unconfirmed_labels(client: ClientId) -> Vec<Label> {
    Label::ALL
        .into_iter()
        .filter(|l| {
            labels::variants(client)
                .iter()
                .any(|v| v.is_unconfirmed(*l))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_the_date_is_the_dossiers() {
        for client in ClientId::ALL {
            let all = facts(client);
            assert!(!all.is_empty(), "{client:?}");
            for (i, f) in all.iter().enumerate() {
                assert!(
                    !all[..i].iter().any(|g| g.id == f.id),
                    "{client:?} {}",
                    f.id
                );
                assert!(!f.about.trim().is_empty(), "{client:?} {}", f.id);
                match f.status {
                    Status::Confirmed { source, checked } => {
                        assert!(!source.trim().is_empty(), "{client:?} {}", f.id);
                        assert!(
                            checked == CHECKED || checked == CHECKED_FACTS2,
                            "{client:?} {}: checked {checked}",
                            f.id
                        );
                        assert!(f.labels.is_empty(), "{client:?} {}", f.id);
                    }
                    Status::Unconfirmed { why } => {
                        assert!(!why.trim().is_empty(), "{client:?} {}", f.id)
                    }
                }
            }
        }
    }

    /// Every label a client flags unconfirmed has its fact, and every label a fact names is
    /// flagged: the flag and the tables cannot drift.
    #[test]
    fn every_unconfirmed_label_has_its_fact_and_back() {
        for client in ClientId::ALL {
            let flagged = unconfirmed_labels(client);
            for label in &flagged {
                assert!(
                    fact_for_label(client, *label).is_some(),
                    "{client:?}: {} is unconfirmed but no fact names it",
                    label.as_str()
                );
            }
            for fact in facts(client) {
                for label in fact.labels {
                    assert!(
                        flagged.contains(label),
                        "{client:?} {}: {} is not flagged in labels/",
                        fact.id,
                        label.as_str()
                    );
                }
            }
        }
    }

    #[test]
    fn the_totals_are_the_dossiers() {
        assert_eq!(
            Counts::total(),
            Counts {
                facts: 139,
                confirmed: 87,
                unconfirmed: 52
            }
        );
    }
}
