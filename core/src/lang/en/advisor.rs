//! The advisor's words in English.

use crate::advisor::words::Words;

pub(crate) static ADVISOR: Words = Words {
    seconds: "{s} s",
    minutes: "{m} min",
    minutes_seconds: "{m} min {s} s",
    hours: "{h} h",
    hours_minutes: "{h} h {m} min",
    nothing_to_send: "There is nothing to send.",
    blocked: "The profile's limit is 0, so nothing can be sent. Ask the mail operators.",
    recipients_over: "Each message has {recipients} recipients (To + Cc + Bcc), over the limit of {cap}; it is refused from the first message.",
    rate_over: "The sending limit ({n} messages in any {t} minutes) is exceeded: one {t}-minute span holds {worst} messages, and message {message} ({at} after the start) onwards is refused or held back.",
    wait_not_enough: "Waiting {t} minutes after a burst is not enough: the limit counts any {t}-minute span, not clock intervals, so the previous and the next burst fall into the same span.",
    worst_window: "at most {worst} messages in any {t} minutes (limit {n})",
    within_limits_window: "This sending pattern is within the limits ({window}).",
    within_limits: "This sending pattern is within the limits.",
    split: "Split the recipients: send each message as {parts} messages of at most {recipients} recipients (limit {cap}), {messages} messages in all.",
    batches: "Send in batches of {size} and wait {every} minutes between batches ({batches} batches, about {total} in all).",
    spaced: "Or send one message every {every} seconds or more (about {total} in all).",
    split_no_pause: "The split messages can go out without a pause (within the sending limit).",
    no_change: "This pattern can stay as it is; nothing needs to change.",
    no_rate_limit: "There is no sending-rate limit, so the messages can go at once.",
};
