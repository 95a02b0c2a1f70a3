//! `send-rate-over-limit`: the profile's "n messages per t minutes" is a sliding window (any
//! t-minute span). A pattern of m messages within p minutes (p = 0: a burst) puts all m into one
//! window when p ≤ t, else at most ceil(m·t/p) if evenly spread; over when that exceeds n.

use super::Context;
use crate::codes::{Code, Severity};
use crate::report::{Field, Finding};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let Some(limit) = ctx.profile.policy.send_rate else {
        return;
    };
    let Some(sending) = &ctx.case.sending else {
        return;
    };
    let (Some(messages), Some(per_minutes)) = (sending.messages, sending.per_minutes) else {
        return;
    };
    if most_in_one_window(messages, per_minutes, limit.per_minutes) > u64::from(limit.messages) {
        out.push(
            Finding::new(Code::SendRateOverLimit, Severity::Error, Field::Sending)
                .observed(format!("{messages}/{per_minutes}min"))
                .expected(format!("{}/{}min", limit.messages, limit.per_minutes)),
        );
    }
}

/// The most messages any `window`-minute span holds.
pub fn most_in_one_window(messages: u32, per_minutes: u32, window: u32) -> u64 {
    let (m, p, t) = (
        u64::from(messages),
        u64::from(per_minutes),
        u64::from(window),
    );
    if p <= t {
        m
    } else {
        (m * t).div_ceil(p)
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::check as run;
    use super::{check, most_in_one_window};

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
    }

    #[test]
    fn within_the_limit() {
        for json in [
            r#"{"sending": {"messages": 200, "per_minutes": 0}}"#,
            r#"{"sending": {"messages": 400, "per_minutes": 120}}"#,
            r#"{"sending": {"messages": 300}}"#,
            r#"{"sending": {"messages": 4294967295, "per_minutes": 4294967295}}"#,
        ] {
            assert!(run(check, json).is_empty(), "{json}");
        }
        assert_eq!(
            most_in_one_window(u32::MAX, 1, u32::MAX),
            u64::from(u32::MAX)
        );
    }
}
