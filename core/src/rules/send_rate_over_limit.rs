//! `send-rate-over-limit`: the profile's "n messages per t minutes" is a sliding window (any
//! t-minute span). The case's pattern — m messages within p minutes (p = 0: a burst), and,
//! with `wait_minutes`, the same again after that pause — is played through the sending-limit
//! advisor ([`crate::advisor`]), the one engine the console and the advisor page share: over
//! when the advisor refuses any message for the rate.

use super::Context;
use crate::advisor::{advise, SendPattern};
use crate::codes::{Code, Severity};
use crate::report::{Field, Finding};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let Some(limit) = ctx.profile.policy.send_rate else {
        return;
    };
    let Some(sending) = &ctx.case.sending else {
        return;
    };
    // Without the number of messages and how they are spread (or the pause after them) there
    // is no rate to check (the recipients rule may still find something).
    let (Some(messages), Some(pattern)) = (sending.messages, SendPattern::from_case(sending))
    else {
        return;
    };
    if sending.per_minutes.is_none() && sending.wait_minutes.is_none() {
        return;
    }
    if advise(&pattern, &ctx.profile.policy)
        .first_rate_refusal
        .is_none()
    {
        return;
    }
    let per = sending.per_minutes.unwrap_or(0);
    let observed = match sending.wait_minutes {
        Some(w) => format!("{messages}/{per}min+{w}min"),
        None => format!("{messages}/{per}min"),
    };
    out.push(
        Finding::new(Code::SendRateOverLimit, Severity::Error, Field::Sending)
            .observed(observed)
            .expected(format!("{}/{}min", limit.messages, limit.per_minutes)),
    );
}

#[cfg(test)]
mod tests {
    use super::super::fixture::check as run;
    use super::check;

    #[test]
    fn bursts_and_spread_patterns() {
        assert_eq!(
            run(check, r#"{"sending": {"messages": 300, "per_minutes": 0}}"#),
            ["send-rate-over-limit/error sending 300/0min -> 200/60min"]
        );
        // 250 within 30 minutes: all in one hour.
        assert_eq!(
            run(
                check,
                r#"{"sending": {"messages": 250, "per_minutes": 30}}"#
            )
            .len(),
            1
        );
        // 500 over 120 minutes: 250 in some hour.
        assert_eq!(
            run(
                check,
                r#"{"sending": {"messages": 500, "per_minutes": 120}}"#
            )
            .len(),
            1
        );
        // 400 spread evenly over 120 minutes: one every 18 s, so a closed 60-minute span
        // (both ends counted, as the advisor counts) holds 201.
        assert_eq!(
            run(
                check,
                r#"{"sending": {"messages": 400, "per_minutes": 120}}"#
            )
            .len(),
            1
        );
        // The seed's machine: 200 at once, then wait 60 minutes, again: two bursts in one
        // closed 60-minute span.
        assert_eq!(
            run(
                check,
                r#"{"sending": {"messages": 200, "per_minutes": 0, "wait_minutes": 60}}"#
            ),
            ["send-rate-over-limit/error sending 200/0min+60min -> 200/60min"]
        );
    }

    #[test]
    fn within_the_limit() {
        for json in [
            r#"{"sending": {"messages": 200, "per_minutes": 0}}"#,
            r#"{"sending": {"messages": 200, "per_minutes": 0, "wait_minutes": 61}}"#,
            r#"{"sending": {"messages": 390, "per_minutes": 120}}"#,
            r#"{"sending": {"messages": 300}}"#,
            r#"{"sending": {"recipients_per_message": 150}}"#,
            r#"{"sending": {"messages": 4294967295, "per_minutes": 4294967295}}"#,
        ] {
            assert!(run(check, json).is_empty(), "{json}");
        }
    }
}
