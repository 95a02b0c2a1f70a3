//! `recipients-over-limit`: more recipients in one message than the profile's cap.

use super::Context;
use crate::codes::{Code, Severity};
use crate::report::{Field, Finding};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let Some(cap) = ctx.profile.policy.max_recipients_per_message else {
        return;
    };
    let Some(recipients) = ctx
        .case
        .sending
        .as_ref()
        .and_then(|s| s.recipients_per_message)
    else {
        return;
    };
    if recipients > cap {
        out.push(
            Finding::new(Code::RecipientsOverLimit, Severity::Error, Field::Sending)
                .observed(recipients)
                .expected(cap),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::check as run;
    use super::check;

    #[test]
    fn over_the_cap() {
        assert_eq!(
            run(check, r#"{"sending": {"recipients_per_message": 101}}"#),
            ["recipients-over-limit/error sending 101 -> 100"]
        );
    }

    #[test]
    fn at_or_under_the_cap() {
        assert!(run(check, r#"{"sending": {"recipients_per_message": 100}}"#).is_empty());
        assert!(run(check, r#"{"sending": {"messages": 5}}"#).is_empty());
    }
}
