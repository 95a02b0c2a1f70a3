//! The connection doctor's words: [`ProbeTexts`], a word table with one template per title,
//! explanation, outcome, step, role, label and verdict, and the code that picks and fills them,
//! once for every language. Each language's table is its `PROBE`
//! (`core/src/lang/<tag>/probe.rs`); a message missing in one language does not compile.

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

crate::word_table! {
    /// The connection doctor's words in one language (each language's `PROBE`,
    /// `core/src/lang/<tag>/probe.rs`).
    pub(crate) struct ProbeTexts {
        /// The title of `ProbeCode::NoAnswer` (no placeholder).
        title_no_answer,
        /// The title of `ProbeCode::Refused` (no placeholder).
        title_refused,
        /// The title of `ProbeCode::Unresolved` (no placeholder).
        title_unresolved,
        /// The title of `ProbeCode::Garbage` (no placeholder).
        title_garbage,
        /// The title of `ProbeCode::Rejected` (no placeholder).
        title_rejected,
        /// The title of `ProbeCode::DialogueFailed` (no placeholder).
        title_dialogue_failed,
        /// The title of `ProbeCode::StarttlsMissing` (no placeholder).
        title_starttls_missing,
        /// The title of `ProbeCode::TlsFailed` (no placeholder).
        title_tls_failed,
        /// The title of `ProbeCode::AuthBeforeTls` (no placeholder).
        title_auth_before_tls,
        /// The title of `ProbeCode::LoginMissing` (no placeholder).
        title_login_missing,
        /// The title of `ProbeCode::TlsLegacyAccepted` (no placeholder).
        title_tls_legacy_accepted,
        /// The title of `ProbeCode::TlsBelowMin` (no placeholder).
        title_tls_below_min,
        /// The title of `ProbeCode::CertUntrusted` (no placeholder).
        title_cert_untrusted,
        /// The title of `ProbeCode::CertName` (no placeholder).
        title_cert_name,
        /// The title of `ProbeCode::CertExpired` (no placeholder).
        title_cert_expired,
        /// The title of `ProbeCode::CertExpiring` (no placeholder).
        title_cert_expiring,
        /// The title of `ProbeCode::RetiredAnswers` (no placeholder).
        title_retired_answers,
        /// What `ProbeCode::NoAnswer` means: `{ep}`, `{observed}`.
        detail_no_answer,
        /// What `ProbeCode::Refused` means: `{observed}`.
        detail_refused,
        /// What `ProbeCode::Unresolved` means: `{observed}`.
        detail_unresolved,
        /// What `ProbeCode::Garbage` means: `{ep}`, `{observed}`, `{proto}`.
        detail_garbage,
        /// What `ProbeCode::Rejected` means: `{observed}`.
        detail_rejected,
        /// What `ProbeCode::DialogueFailed` means: `{ep}`, `{observed}`.
        detail_dialogue_failed,
        /// What `ProbeCode::StarttlsMissing` means: `{ep}`, `{observed}`.
        detail_starttls_missing,
        /// What `ProbeCode::TlsFailed` means: `{ep}`, `{observed}`.
        detail_tls_failed,
        /// What `ProbeCode::AuthBeforeTls` means: `{ep}`, `{observed}`.
        detail_auth_before_tls,
        /// What `ProbeCode::LoginMissing` means: `{ep}`.
        detail_login_missing,
        /// What `ProbeCode::TlsLegacyAccepted` means when the profile allows it: `{ep}`, `{expected}`, `{observed}`.
        detail_tls_legacy_accepted_allowed,
        /// What `ProbeCode::TlsLegacyAccepted` means: `{ep}`, `{expected}`, `{observed}`.
        detail_tls_legacy_accepted,
        /// What `ProbeCode::TlsBelowMin` means: `{ep}`, `{expected}`, `{observed}`.
        detail_tls_below_min,
        /// What `ProbeCode::CertUntrusted` means: `{ep}`, `{observed}`.
        detail_cert_untrusted,
        /// What `ProbeCode::CertName` means: `{ep}`, `{expected}`, `{observed}`.
        detail_cert_name,
        /// What `ProbeCode::CertExpired` means: `{ep}`, `{observed}`.
        detail_cert_expired,
        /// What `ProbeCode::CertExpiring` means: `{ep}`, `{observed}`.
        detail_cert_expiring,
        /// What `ProbeCode::RetiredAnswers` means: `{observed}`.
        detail_retired_answers,
        /// `Outcome::Answered` (no placeholder).
        outcome_answered,
        /// `Outcome::Unresolved` (no placeholder).
        outcome_unresolved,
        /// `Outcome::Refused` (no placeholder).
        outcome_refused,
        /// `Outcome::Timeout` (no placeholder).
        outcome_timeout,
        /// `Outcome::Failed` (no placeholder).
        outcome_failed,
        /// `Step::Resolve` (no placeholder).
        step_resolve,
        /// `Step::Connect` (no placeholder).
        step_connect,
        /// `Step::Tls` (no placeholder).
        step_tls,
        /// `Step::Greeting` (no placeholder).
        step_greeting,
        /// `Step::Capabilities` (no placeholder).
        step_capabilities,
        /// `Step::Starttls` (no placeholder).
        step_starttls,
        /// `Step::CapabilitiesTls` (no placeholder).
        step_capabilities_tls,
        /// `Step::Quit` (no placeholder).
        step_quit,
        /// `Role::Current` (no placeholder).
        role_current,
        /// `Role::Retired` (no placeholder).
        role_retired,
        /// `Role::Given` (no placeholder).
        role_given,
        /// `Label::Endpoint` (no placeholder).
        label_endpoint,
        /// `Label::Role` (no placeholder).
        label_role,
        /// `Label::Result` (no placeholder).
        label_result,
        /// `Label::Connect` (no placeholder).
        label_connect,
        /// `Label::Tls` (no placeholder).
        label_tls,
        /// `Label::Certificate` (no placeholder).
        label_certificate,
        /// `Label::LoginBeforeTls` (no placeholder).
        label_login_before_tls,
        /// `Label::LoginInsideTls` (no placeholder).
        label_login_inside_tls,
        /// `Label::Findings` (no placeholder).
        label_findings,
        /// `Label::NoFindings` (no placeholder).
        label_no_findings,
        /// `Label::DaysLeft` (no placeholder).
        label_days_left,
        /// `Label::Total` (no placeholder).
        label_total,
        /// A server-side problem confirmed: `{codes}`.
        verdict_confirmed,
        /// Between the codes of `verdict_confirmed` (no placeholder).
        codes_separator,
        /// The servers answered normally (no placeholder).
        verdict_ruled_out,
        /// The servers not checked (no placeholder).
        verdict_unknown,
    }
}

impl ProbeTexts {
    fn title(&self, code: ProbeCode) -> &'static str {
        match code {
            ProbeCode::NoAnswer => self.title_no_answer,
            ProbeCode::Refused => self.title_refused,
            ProbeCode::Unresolved => self.title_unresolved,
            ProbeCode::Garbage => self.title_garbage,
            ProbeCode::Rejected => self.title_rejected,
            ProbeCode::DialogueFailed => self.title_dialogue_failed,
            ProbeCode::StarttlsMissing => self.title_starttls_missing,
            ProbeCode::TlsFailed => self.title_tls_failed,
            ProbeCode::AuthBeforeTls => self.title_auth_before_tls,
            ProbeCode::LoginMissing => self.title_login_missing,
            ProbeCode::TlsLegacyAccepted => self.title_tls_legacy_accepted,
            ProbeCode::TlsBelowMin => self.title_tls_below_min,
            ProbeCode::CertUntrusted => self.title_cert_untrusted,
            ProbeCode::CertName => self.title_cert_name,
            ProbeCode::CertExpired => self.title_cert_expired,
            ProbeCode::CertExpiring => self.title_cert_expiring,
            ProbeCode::RetiredAnswers => self.title_retired_answers,
        }
    }

    /// One or two sentences: what was seen, what it does to customers.
    fn detail(&self, f: &ProbeFinding, t: &Target) -> String {
        let template = match f.code {
            ProbeCode::NoAnswer => self.detail_no_answer,
            ProbeCode::Refused => self.detail_refused,
            ProbeCode::Unresolved => self.detail_unresolved,
            ProbeCode::Garbage => self.detail_garbage,
            ProbeCode::Rejected => self.detail_rejected,
            ProbeCode::DialogueFailed => self.detail_dialogue_failed,
            ProbeCode::StarttlsMissing => self.detail_starttls_missing,
            ProbeCode::TlsFailed => self.detail_tls_failed,
            ProbeCode::AuthBeforeTls => self.detail_auth_before_tls,
            ProbeCode::LoginMissing => self.detail_login_missing,
            ProbeCode::TlsLegacyAccepted if f.severity == Severity::Info => {
                self.detail_tls_legacy_accepted_allowed
            }
            ProbeCode::TlsLegacyAccepted => self.detail_tls_legacy_accepted,
            ProbeCode::TlsBelowMin => self.detail_tls_below_min,
            ProbeCode::CertUntrusted => self.detail_cert_untrusted,
            ProbeCode::CertName => self.detail_cert_name,
            ProbeCode::CertExpired => self.detail_cert_expired,
            ProbeCode::CertExpiring => self.detail_cert_expiring,
            ProbeCode::RetiredAnswers => self.detail_retired_answers,
        };
        crate::lang::fill_values(
            template,
            &[
                ("ep", &t.endpoint()),
                ("proto", &t.protocol.as_str().to_ascii_uppercase()),
                ("observed", &obs(f)),
                ("expected", &exp(f)),
            ],
        )
    }

    fn outcome(&self, outcome: Outcome) -> &'static str {
        match outcome {
            Outcome::Answered => self.outcome_answered,
            Outcome::Unresolved => self.outcome_unresolved,
            Outcome::Refused => self.outcome_refused,
            Outcome::Timeout => self.outcome_timeout,
            Outcome::Failed => self.outcome_failed,
        }
    }

    fn step(&self, step: Step) -> &'static str {
        match step {
            Step::Resolve => self.step_resolve,
            Step::Connect => self.step_connect,
            Step::Tls => self.step_tls,
            Step::Greeting => self.step_greeting,
            Step::Capabilities => self.step_capabilities,
            Step::Starttls => self.step_starttls,
            Step::CapabilitiesTls => self.step_capabilities_tls,
            Step::Quit => self.step_quit,
        }
    }

    fn role(&self, role: Role) -> &'static str {
        match role {
            Role::Current => self.role_current,
            Role::Retired => self.role_retired,
            Role::Given => self.role_given,
        }
    }

    fn verdict(&self, verdict: &ServerSideVerdict) -> String {
        match verdict {
            ServerSideVerdict::Confirmed { codes } => {
                let codes: Vec<&str> = codes.iter().map(|c| c.as_str()).collect();
                crate::lang::fill_values(
                    self.verdict_confirmed,
                    &[("codes", &codes.join(self.codes_separator))],
                )
            }
            ServerSideVerdict::RuledOut => self.verdict_ruled_out.to_string(),
            ServerSideVerdict::Unknown => self.verdict_unknown.to_string(),
        }
    }

    fn label(&self, label: Label) -> &'static str {
        match label {
            Label::Endpoint => self.label_endpoint,
            Label::Role => self.label_role,
            Label::Result => self.label_result,
            Label::Connect => self.label_connect,
            Label::Tls => self.label_tls,
            Label::Certificate => self.label_certificate,
            Label::LoginBeforeTls => self.label_login_before_tls,
            Label::LoginInsideTls => self.label_login_inside_tls,
            Label::Findings => self.label_findings,
            Label::NoFindings => self.label_no_findings,
            Label::DaysLeft => self.label_days_left,
            Label::Total => self.label_total,
        }
    }
}

fn words(lang: Lang) -> &'static ProbeTexts {
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
fn obs(finding: &ProbeFinding) -> &str {
    finding.observed.as_deref().unwrap_or("-")
}

fn exp(finding: &ProbeFinding) -> &str {
    finding.expected.as_deref().unwrap_or("-")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::Security;
    use crate::probe::MailProtocol;

    #[test]
    fn every_language_has_every_message_with_the_same_placeholders() {
        crate::word_table::check(|lang| words(lang).all());
    }

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
