//! The verdict: one answer to "is it all right?", decided once, here, for every face (the
//! console, the customers' page, the CLI's text, the copied text, the print, the customer link).
//! It cannot say "all is well" unless the case is complete and nothing is reported wrong:
//!
//! - [`VerdictKind::Problem`] — a finding asks for action (error or warning), or the customer
//!   reports a symptom, or pasted an error: the most likely cause leads (`cause`), and the
//!   settings not yet checked are listed (`missing`) as the next thing to check;
//! - [`VerdictKind::NothingChecked`] — no setting, symptom, error or sending pattern was given;
//! - [`VerdictKind::Incomplete`] — what was given is right, but some settings were not given;
//! - [`VerdictKind::AllWell`] — every setting the app needs was given, all are right, and no
//!   symptom or error was reported.
//!
//! Language-free like the report; [`crate::text`] words it.

use crate::case::{Case, ClientId, OutgoingAuth, Symptom};
use crate::catalog;
use crate::codes::{Cause, Code, OtherCause, Severity};
use crate::report::{Field, Report, Side};
use serde::{Deserialize, Serialize};

/// Which of the four answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum VerdictKind {
    #[default]
    NothingChecked,
    Incomplete,
    Problem,
    AllWell,
}

impl VerdictKind {
    pub fn as_str(self) -> &'static str {
        match self {
            VerdictKind::NothingChecked => "nothing-checked",
            VerdictKind::Incomplete => "incomplete",
            VerdictKind::Problem => "problem",
            VerdictKind::AllWell => "all-well",
        }
    }
}

/// The verdict on a case.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verdict {
    pub kind: VerdictKind,
    /// The most likely cause, for a problem: the first finding that asks for action, else the
    /// first suspect of the pasted errors, else the usual cause of the reported symptom. `None`
    /// when it cannot be told yet (then `missing` says what to check next).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub cause: Option<Cause>,
    /// The settings the app needs that the case did not give, in the order of the form.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub missing: Vec<Field>,
}

/// The settings a client needs to send and receive: a device only sends (and needs its POP
/// settings only for POP before SMTP).
pub fn required_fields(client: Option<ClientId>, case: &Case) -> Vec<Field> {
    let outgoing_auth = case.outgoing.as_ref().and_then(|o| o.auth);
    let mut fields = vec![Field::Address];
    let incoming = [
        Field::IncomingProtocol,
        Field::IncomingHost,
        Field::IncomingPort,
        Field::IncomingSecurity,
        Field::IncomingUsername,
    ];
    if client != Some(ClientId::Device) || outgoing_auth == Some(OutgoingAuth::PopBeforeSmtp) {
        fields.extend(incoming);
    }
    fields.extend([
        Field::OutgoingHost,
        Field::OutgoingPort,
        Field::OutgoingSecurity,
        Field::OutgoingAuth,
    ]);
    if outgoing_auth == Some(OutgoingAuth::Password) {
        fields.push(Field::OutgoingUsername);
    }
    fields
}

/// Whether the case gives a value for `field` (or the pasted text did).
fn given(case: &Case, report: &Report, field: Field) -> bool {
    let i = case.incoming.as_ref();
    let o = case.outgoing.as_ref();
    let pasted = report.pasted.as_ref();
    let text = |s: Option<&String>| s.is_some_and(|s| !s.trim().is_empty());
    match field {
        Field::Address => text(case.address.as_ref()),
        Field::IncomingProtocol => i.and_then(|i| i.protocol).is_some(),
        Field::IncomingHost => {
            text(i.and_then(|i| i.host.as_ref()))
                || pasted.is_some_and(|p| p.host_for(Side::Incoming).is_some())
        }
        Field::IncomingPort => i.and_then(|i| i.port).is_some(),
        Field::IncomingSecurity => i.and_then(|i| i.security).is_some(),
        Field::IncomingUsername => {
            text(i.and_then(|i| i.username.as_ref())) || pasted.is_some_and(|p| !p.users.is_empty())
        }
        Field::IncomingAuth => i.and_then(|i| i.auth).is_some(),
        Field::OutgoingHost => {
            text(o.and_then(|o| o.host.as_ref()))
                || pasted.is_some_and(|p| p.host_for(Side::Outgoing).is_some())
        }
        Field::OutgoingPort => o.and_then(|o| o.port).is_some(),
        Field::OutgoingSecurity => o.and_then(|o| o.security).is_some(),
        Field::OutgoingAuth => o.and_then(|o| o.auth).is_some(),
        Field::OutgoingUsername => text(o.and_then(|o| o.username.as_ref())),
        Field::Client => case.client.as_ref().and_then(|c| c.id).is_some(),
        Field::ClientVersion => text(case.client.as_ref().and_then(|c| c.version.as_ref())),
        Field::ClientOs => text(case.client.as_ref().and_then(|c| c.os.as_ref())),
        Field::Sending => case.sending.is_some(),
        Field::Resolved => !case.resolved.is_empty(),
    }
}

/// The verdict on `case` given its `report` (the one function every face asks).
pub fn decide(case: &Case, report: &Report) -> Verdict {
    let client = case.client.as_ref().and_then(|c| c.id);
    let mut missing: Vec<Field> = required_fields(client, case)
        .into_iter()
        .filter(|f| !given(case, report, *f))
        .collect();
    // "Cannot send": the outgoing settings are the next check, before the incoming ones.
    if case.symptoms.contains(&Symptom::CannotSend)
        && !case.symptoms.contains(&Symptom::CannotReceive)
    {
        crate::order::stable_sort_by_key(&mut missing, |f| {
            u64::from(!f.as_str().starts_with("outgoing"))
        });
    }
    let actionable = report
        .findings
        .iter()
        .find(|f| f.severity == Severity::Error)
        .or_else(|| {
            report
                .findings
                .iter()
                .find(|f| f.severity == Severity::Warning)
        });
    let pasted_error = case
        .error_text
        .as_deref()
        .is_some_and(|t| !t.trim().is_empty());
    let problem = |cause: Option<Cause>| Verdict {
        kind: VerdictKind::Problem,
        cause,
        missing: missing.clone(),
    };
    if let Some(f) = actionable {
        return problem(Some(Cause::Finding(f.code)));
    }
    if pasted_error {
        // The ranked suspects put the causes this case's findings confirm first.
        let suspect = report.suspects.as_ref().and_then(|s| s.first().copied());
        return problem(suspect.or_else(|| symptom_cause(case, report, &missing)));
    }
    if !case.symptoms.is_empty() {
        return problem(symptom_cause(case, report, &missing));
    }
    let anything_given = case.incoming.is_some()
        || case.outgoing.is_some()
        || case.sending.is_some()
        || !case.resolved.is_empty();
    let kind = if !anything_given {
        VerdictKind::NothingChecked
    } else if missing.is_empty() {
        VerdictKind::AllWell
    } else {
        VerdictKind::Incomplete
    };
    Verdict {
        kind,
        cause: None,
        missing,
    }
}

/// The usual cause of what the customer says, when no finding names one: the settings the
/// customer has not read out yet come first (they are the next check, `None` here); with the
/// settings complete and right, the account itself (password, lock) or the app's cloud.
fn symptom_cause(case: &Case, report: &Report, missing: &[Field]) -> Option<Cause> {
    let has = |c: Code| report.findings.iter().any(|f| f.code == c);
    let symptom = |s: Symptom| case.symptoms.contains(&s);
    let cloud = has(Code::ClientCloudSync)
        || case
            .client
            .as_ref()
            .and_then(|c| c.id)
            .is_some_and(|id| catalog::client(id).via_vendor_cloud);
    if symptom(Symptom::LoginBlocked) {
        return Some(if cloud {
            Cause::Finding(Code::ClientCloudSync)
        } else {
            Cause::Other(OtherCause::AccountLocked)
        });
    }
    if symptom(Symptom::PasswordPrompt) {
        return Some(Cause::Other(OtherCause::PasswordWrong));
    }
    let side_missing = |side: &[Field]| missing.iter().any(|f| side.contains(f));
    const INCOMING: &[Field] = &[
        Field::IncomingProtocol,
        Field::IncomingHost,
        Field::IncomingPort,
        Field::IncomingSecurity,
        Field::IncomingUsername,
    ];
    const OUTGOING: &[Field] = &[
        Field::OutgoingHost,
        Field::OutgoingPort,
        Field::OutgoingSecurity,
        Field::OutgoingAuth,
        Field::OutgoingUsername,
    ];
    let send = symptom(Symptom::CannotSend);
    let receive = symptom(Symptom::CannotReceive);
    if (send && side_missing(OUTGOING)) || (receive && side_missing(INCOMING)) {
        return None;
    }
    if (send || receive) && cloud {
        return Some(Cause::Finding(Code::ClientCloudSync));
    }
    if send || receive {
        return Some(Cause::Other(OtherCause::PasswordWrong));
    }
    if symptom(Symptom::Slow) {
        return Some(Cause::Other(OtherCause::ServerSide));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::fixture::report;

    fn verdict(json: &str) -> Verdict {
        report(json).verdict
    }

    const COMPLETE: &str = r#""address": "hanako@midori.example.jp",
        "client": {"id": "thunderbird", "version": "128", "os": "windows-11"},
        "incoming": {"protocol": "imap", "host": "imap.mail.example.jp", "port": 993,
                     "security": "ssl", "username": "hanako@midori.example.jp"},
        "outgoing": {"host": "smtp.mail.example.jp", "port": 465, "security": "ssl",
                     "auth": "same-as-incoming"}"#;

    #[test]
    fn only_an_address_is_nothing_checked() {
        let v = verdict(r#"{"address": "taro@kita.aoi.example.jp"}"#);
        assert_eq!(v.kind, VerdictKind::NothingChecked);
        assert!(v.missing.contains(&Field::IncomingHost));
        assert_eq!(verdict("{}").kind, VerdictKind::NothingChecked);
    }

    #[test]
    fn right_but_partial_is_incomplete() {
        let v = verdict(
            r#"{"address": "taro@kita.aoi.example.jp",
                "incoming": {"host": "imap.mail.example.jp"}}"#,
        );
        assert_eq!(v.kind, VerdictKind::Incomplete);
        assert_eq!(v.missing[0], Field::IncomingProtocol);
        assert!(!v.missing.contains(&Field::IncomingHost));
        assert!(v.missing.contains(&Field::OutgoingAuth));
    }

    #[test]
    fn complete_and_right_is_all_well() {
        let v = verdict(&format!("{{{COMPLETE}}}"));
        assert_eq!(
            v,
            Verdict {
                kind: VerdictKind::AllWell,
                cause: None,
                missing: vec![]
            }
        );
    }

    #[test]
    fn a_symptom_or_an_error_is_never_all_well() {
        let v = verdict(&format!(
            r#"{{{COMPLETE}, "symptoms": ["cannot-receive"]}}"#
        ));
        assert_eq!(v.kind, VerdictKind::Problem);
        assert_eq!(v.cause, Some(Cause::Other(OtherCause::PasswordWrong)));
        let v = verdict(&format!(r#"{{{COMPLETE}, "error_text": "0x800CCC0E"}}"#));
        assert_eq!(v.kind, VerdictKind::Problem);
        assert!(v.cause.is_some());
        // An error no one recognises is still a problem.
        let v = verdict(&format!(r#"{{{COMPLETE}, "error_text": "something odd"}}"#));
        assert_eq!(v.kind, VerdictKind::Problem);
        // Not read out yet: the next check is the settings of that side.
        let v = verdict(r#"{"address": "taro@kita.aoi.example.jp", "symptoms": ["cannot-send"]}"#);
        assert_eq!((v.kind, v.cause), (VerdictKind::Problem, None));
        assert!(v.missing.contains(&Field::OutgoingHost));
    }

    #[test]
    fn findings_lead() {
        let v = verdict(
            r#"{"address": "taro@kita.aoi.example.jp",
                "incoming": {"host": "mail.aoi.example.jp"}}"#,
        );
        assert_eq!(v.kind, VerdictKind::Problem);
        assert_eq!(v.cause, Some(Cause::Finding(Code::HostRetired)));
        // A device sends only: no incoming settings are missing.
        let v = verdict(
            r#"{"address": "scan@aoi.example.jp", "client": {"id": "device"},
                "outgoing": {"host": "smtp.mail.example.jp", "port": 587,
                             "security": "starttls", "auth": "password",
                             "username": "scan@aoi.example.jp"}}"#,
        );
        assert_eq!(v.kind, VerdictKind::AllWell, "{v:?}");
    }
}
