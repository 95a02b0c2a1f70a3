//! The connection doctor's words: [`ProbeWords`], a trait without default methods, implemented
//! by each language in its folder (`core/src/lang/<tag>/probe.rs`), so a code missing in one
//! language fails to compile (as `crate::text` does for the report).

use super::{Outcome, ProbeCode, ProbeFinding, Role, ServerSideVerdict, Step, Target};
use crate::codes::Severity;
use crate::lang::Lang;
use serde::{Deserialize, Serialize};

/// A finding in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProbeText {
    pub code: ProbeCode,
    pub severity: Severity,
    pub title: String,
    pub detail: String,
}

/// Fixed labels of the probe's output (table columns, summary lines).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    Endpoint,
    Role,
    Result,
    Connect,
    Tls,
    Certificate,
    LoginBeforeTls,
    LoginInsideTls,
    Findings,
    NoFindings,
    DaysLeft,
    Total,
}

pub(crate) trait ProbeWords: Sync {
    fn title(&self, code: ProbeCode) -> &'static str;
    /// One or two sentences: what was seen, what it does to customers.
    fn detail(&self, finding: &ProbeFinding, target: &Target) -> String;
    fn outcome(&self, outcome: Outcome) -> &'static str;
    fn step(&self, step: Step) -> &'static str;
    fn role(&self, role: Role) -> &'static str;
    fn verdict(&self, verdict: &ServerSideVerdict) -> String;
    fn label(&self, label: Label) -> &'static str;
}

fn words(lang: Lang) -> &'static dyn ProbeWords {
    crate::word_table::in_lang!(lang, crate::lang => PROBE)
}

/// A finding's title and detail in `lang`.
pub fn finding_text(finding: &ProbeFinding, target: &Target, lang: Lang) -> ProbeText {
    let w = words(lang);
    ProbeText {
        code: finding.code,
        severity: finding.severity,
        title: w.title(finding.code).to_string(),
        detail: w.detail(finding, target),
    }
}

pub fn outcome_name(outcome: Outcome, lang: Lang) -> &'static str {
    words(lang).outcome(outcome)
}

pub fn step_name(step: Step, lang: Lang) -> &'static str {
    words(lang).step(step)
}

pub fn role_name(role: Role, lang: Lang) -> &'static str {
    words(lang).role(role)
}

/// The severity's name: the engine's one word for it ([`crate::text::severity_name`]).
pub fn severity_name(severity: Severity, lang: Lang) -> &'static str {
    crate::text::severity_name(severity, lang)
}

pub fn verdict_text(verdict: &ServerSideVerdict, lang: Lang) -> String {
    words(lang).verdict(verdict)
}

pub fn label(label: Label, lang: Lang) -> &'static str {
    words(lang).label(label)
}

/// `observed`, or a dash.
pub(crate) fn obs(finding: &ProbeFinding) -> &str {
    finding.observed.as_deref().unwrap_or("-")
}

pub(crate) fn exp(finding: &ProbeFinding) -> &str {
    finding.expected.as_deref().unwrap_or("-")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::Security;
    use crate::probe::MailProtocol;

    #[test]
    fn every_code_has_words_in_both_languages() {
        let target = Target {
            host: "imap.mail.example.jp".into(),
            port: 993,
            protocol: MailProtocol::Imap,
            security: Security::Ssl,
            role: Role::Current,
        };
        for &code in ProbeCode::ALL {
            for severity in [Severity::Error, Severity::Warning, Severity::Info] {
                let f = ProbeFinding::new(code, severity)
                    .observed("OBS")
                    .expected("EXP");
                let ja = finding_text(&f, &target, Lang::Ja);
                let en = finding_text(&f, &target, Lang::En);
                assert!(!ja.title.is_empty() && !en.title.is_empty());
                assert!(!ja.detail.is_empty() && !en.detail.is_empty());
                assert_ne!(ja.title, en.title);
                assert!(!ja.title.is_ascii(), "{code}: {}", ja.title);
                assert!(en.title.is_ascii(), "{code}: {}", en.title);
                // What was seen is in the words (except for codes that have none).
                if code != ProbeCode::LoginMissing {
                    assert!(en.detail.contains("OBS"), "{code}: {}", en.detail);
                    assert!(ja.detail.contains("OBS"), "{code}: {}", ja.detail);
                }
            }
        }
    }

    #[test]
    fn verdicts_in_both_languages() {
        let v = ServerSideVerdict::Confirmed {
            codes: vec![ProbeCode::CertExpired],
        };
        assert!(verdict_text(&v, Lang::En).contains("probe-cert-expired"));
        assert!(verdict_text(&v, Lang::Ja).contains("probe-cert-expired"));
        assert_ne!(
            verdict_text(&ServerSideVerdict::RuledOut, Lang::Ja),
            verdict_text(&ServerSideVerdict::RuledOut, Lang::En)
        );
    }
}
