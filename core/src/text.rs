//! Wording: language tables keyed by code and client, and the fix steps composed from a report
//! in the chosen client's own words. Rules never hold prose; this module never decides.
//!
//! SCAFFOLD: the wording work fills this in.

use crate::case::Case;
use crate::codes::Code;
use crate::lang::Lang;
use crate::profile::Profile;
use crate::report::Report;
use serde::Serialize;

/// A finding's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FindingText {
    pub code: Code,
    /// One-line cause ("The incoming server is a retired on-prem host").
    pub title: String,
    /// Why it matters / what happens, one or two short sentences.
    pub detail: String,
}

/// The report in words: one text per finding (same order) and numbered fix steps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Explained {
    pub lang: Lang,
    pub findings: Vec<FindingText>,
    pub steps: Vec<String>,
}

/// Words for a report.
pub fn explain(report: &Report, case: &Case, profile: &Profile, lang: Lang) -> Explained {
    let _ = (case, profile);
    Explained {
        lang,
        findings: report
            .findings
            .iter()
            .map(|f| FindingText {
                code: f.code,
                title: f.code.as_str().to_string(),
                detail: String::new(),
            })
            .collect(),
        steps: Vec::new(),
    }
}
