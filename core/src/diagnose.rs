//! Case + profile + catalog → report. Rules live one per file under `rules/`.
//!
//! SCAFFOLD: the engine work replaces the body.

use crate::case::Case;
use crate::date::Date;
use crate::profile::Profile;
use crate::report::Report;

/// Diagnoses a case against a profile as of `today` (passed in: rules never read the clock).
pub fn diagnose(case: &Case, profile: &Profile, today: Date) -> Report {
    let _ = (case, profile, today);
    Report::default()
}
