//! Windows Mail: everything the project knows about it, in one folder —
//! `catalog.rs` (names, systems, versions, dates, POP, TLS), `labels.rs` (its own words for each
//! setting, per version), `guide.rs` (its setup guides), `knowledge.rs` (each fact with its
//! source, from `docs/knowledge/windows-mail.md`).

pub(crate) mod catalog;
pub(crate) mod guide;
#[cfg(feature = "knowledge")]
pub(crate) mod knowledge;
pub(crate) mod labels;

use super::Client;

pub(crate) static CLIENT: Client = Client {
    spec: &catalog::SPEC,
    labels: |_| &labels::LABELS,
    guides: |_| &guide::GUIDES,
    #[cfg(not(feature = "english-on-demand"))]
    guide_tables: &[&guide::GUIDES],
    #[cfg(feature = "knowledge")]
    facts: knowledge::FACTS,
};
