//! `smtp-auth-off`: outgoing authentication is off (`none`, or the old POP-before-SMTP).

use super::Context;
use crate::case::OutgoingAuth;
use crate::codes::{Code, Severity};
use crate::report::{Field, Finding};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let Some(auth) = ctx.case.outgoing.as_ref().and_then(|o| o.auth) else {
        return;
    };
    if matches!(auth, OutgoingAuth::None | OutgoingAuth::PopBeforeSmtp) {
        out.push(
            Finding::new(Code::SmtpAuthOff, Severity::Error, Field::OutgoingAuth)
                .observed(auth.as_str())
                .expected(OutgoingAuth::SameAsIncoming.as_str()),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::check as run;
    use super::check;

    #[test]
    fn off_or_pop_before_smtp() {
        assert_eq!(
            run(
                check,
                r#"{"address": "a@aoi.example.jp", "outgoing": {"auth": "none"}}"#
            ),
            ["smtp-auth-off/error outgoing.auth none -> same-as-incoming"]
        );
        assert_eq!(
            run(check, r#"{"outgoing": {"auth": "pop-before-smtp"}}"#),
            ["smtp-auth-off/error outgoing.auth pop-before-smtp -> same-as-incoming"]
        );
    }

    #[test]
    fn silent_when_on() {
        for auth in ["same-as-incoming", "password"] {
            let json =
                format!(r#"{{"address": "a@aoi.example.jp", "outgoing": {{"auth": "{auth}"}}}}"#);
            assert!(run(check, &json).is_empty(), "{auth}");
        }
        assert!(run(check, r#"{"outgoing": {}}"#).is_empty());
    }
}
