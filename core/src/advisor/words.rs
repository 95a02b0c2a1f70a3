//! The sending-limit advisor's words: a table in each language's folder
//! (`core/src/lang/<tag>/advisor.rs`), one field per message, filled by [`crate::lang::fill`] (see `crate::word_table`).

use crate::lang::Lang;

/// The table of `lang`.
pub(super) fn words(lang: Lang) -> &'static Words {
    crate::word_table::in_lang!(lang, crate::lang => ADVISOR)
}

crate::word_table! {
    /// Every message of the advisor, in one language.
    pub(crate) struct Words {
        /// A duration under a minute: `{s}` (seconds).
        seconds,
        /// A duration of whole minutes: `{m}`.
        minutes,
        /// A duration in minutes and seconds: `{m}`, `{s}`.
        minutes_seconds,
        /// A duration of whole hours (seconds left out): `{h}`.
        hours,
        /// A duration in hours and minutes (seconds left out): `{h}`, `{m}`.
        hours_minutes,
        /// The verdict when the pattern sends nothing (no placeholder).
        nothing_to_send,
        /// The verdict when a limit of the profile is 0 (no placeholder).
        blocked,
        /// Each message has too many recipients: `{recipients}`, `{cap}` (the limit).
        recipients_over,
        /// The sending limit is exceeded: `{t}` (the limit's minutes), `{n}` (its messages),
        /// `{worst}` (the most messages in one span), `{message}` (the first one refused),
        /// `{at}` (when it is sent, a duration).
        rate_over,
        /// After [`Words::rate_over`], when bursts are only `{t}` minutes apart.
        wait_not_enough,
        /// Within the limits, the busiest span: `{worst}`, `{t}`, `{n}` (as in
        /// [`Words::rate_over`]).
        worst_window,
        /// The verdict within the limits, with `{window}` (a [`Words::worst_window`]).
        within_limits_window,
        /// The verdict within the limits without a sending limit (no placeholder).
        within_limits,
        /// The plan's split: `{parts}` (messages per original message), `{recipients}` (at most
        /// per message), `{cap}` (the limit), `{messages}` (in all).
        split,
        /// The plan's batches: `{size}`, `{every}` (minutes between batches), `{batches}` (how
        /// many), `{total}` (a duration).
        batches,
        /// The plan's spacing: `{every}` (seconds between messages), `{total}` (a duration).
        spaced,
        /// The split messages need no pacing (no placeholder).
        split_no_pause,
        /// The pattern needs no change (no placeholder).
        no_change,
        /// The profile has no sending-rate limit (no placeholder).
        no_rate_limit,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_language_has_every_message_with_the_same_placeholders() {
        crate::word_table::check(|lang| super::words(lang).all());
    }
}
