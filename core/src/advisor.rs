//! Sending-limit advisor: a sender's pattern against the profile's recipients cap and its
//! "n messages per t minutes" limit, modelled as a sliding window (any t-minute span, both ends
//! included). Pure integer arithmetic in seconds; the simulation is bounded.
//!
//! So a sender who sends n at once, waits exactly t minutes and sends n again puts 2n messages
//! into one t-minute span (`[0, t]`), and the second burst is refused.

pub(crate) mod words;

use crate::case::Sending;
use crate::lang::{fill, Lang};
use crate::profile::Policy;
use serde::{Deserialize, Serialize};
use std::collections::VecDeque;
use words::words;

/// At most this many messages are simulated; patterns repeat, so this is plenty.
pub const MAX_SIMULATED: u64 = 100_000;
/// A repeating pattern without a `total` is followed for this long.
pub const DEFAULT_HORIZON_MINUTES: u64 = 24 * 60;
/// The timeline has at most this many points (minutes with sends, in order).
pub const MAX_TIMELINE_POINTS: usize = 240;

/// How the sender sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct SendPattern {
    /// To + Cc + Bcc of one message.
    pub recipients_per_message: u32,
    /// Messages in one group…
    pub messages: u32,
    /// …spread evenly over this many minutes (0: all at once, a burst).
    pub per_minutes: u32,
    /// The group starts again every this many minutes (start to start). A value shorter than
    /// the group itself means back to back.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub repeat_minutes: Option<u32>,
    /// Messages in the whole job. Default: one group, or a day's worth when repeating.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<u64>,
}

impl SendPattern {
    /// The pattern of a case's `sending`: `messages` (one, when only the recipients are given)
    /// within `per_minutes`, then — when `wait_minutes` is given — the same again after that
    /// pause, that is every `per_minutes + wait_minutes` from start to start, for a day (the
    /// advisor's default). `None` when the case says nothing about how it sends.
    pub fn from_case(sending: &Sending) -> Option<SendPattern> {
        let messages = match (sending.messages, sending.recipients_per_message) {
            (Some(m), _) => m,
            (None, Some(_)) => 1,
            (None, None) => return None,
        };
        let per_minutes = sending.per_minutes.unwrap_or(0);
        Some(SendPattern {
            recipients_per_message: sending.recipients_per_message.unwrap_or(1),
            messages,
            per_minutes,
            repeat_minutes: sending.wait_minutes.map(|w| per_minutes.saturating_add(w)),
            total: None,
        })
    }
}

/// The profile's limits as the advisor used them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Limits {
    pub max_recipients_per_message: Option<u32>,
    pub send_rate: Option<RateLimit>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RateLimit {
    pub messages: u32,
    pub per_minutes: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// Within every limit.
    Ok,
    /// Each message has more recipients than allowed: every one is refused.
    RecipientsOverLimit,
    /// Too many messages in some t-minute span: some are refused or delayed.
    RateOverLimit,
    /// Both.
    BothOverLimit,
    /// The profile allows no sending at all (a limit of 0).
    Blocked,
}

impl Verdict {
    pub const ALL: [Verdict; 5] = [
        Verdict::Ok,
        Verdict::RecipientsOverLimit,
        Verdict::RateOverLimit,
        Verdict::BothOverLimit,
        Verdict::Blocked,
    ];

    /// The wire name (as in the CLI's JSON), without serde: the page marks its verdict with it.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Ok => "ok",
            Verdict::RecipientsOverLimit => "recipients-over-limit",
            Verdict::RateOverLimit => "rate-over-limit",
            Verdict::BothOverLimit => "both-over-limit",
            Verdict::Blocked => "blocked",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RefusalReason {
    Recipients,
    Rate,
}

/// The first message the server refuses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Refusal {
    /// 1-based index of the message in the job.
    pub message: u64,
    /// Seconds from the start of the job.
    pub second: u64,
    /// Whole minutes from the start (`second / 60`).
    pub minute: u64,
    pub reason: RefusalReason,
}

/// One point of the picture: a minute in which the sender sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct TimelinePoint {
    /// Minutes from the start.
    pub minute: u64,
    /// Messages sent in this minute.
    pub count: u64,
    /// The most messages in any t-minute window ending in this minute (compare with the limit).
    pub window: u64,
    /// Of `count`, how many the rate limit refuses.
    pub refused: u64,
}

/// A schedule that keeps within the limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Plan {
    /// Each original message is sent as this many messages…
    pub messages_per_original: u64,
    /// …of at most this many recipients.
    pub recipients_per_message: u32,
    /// Messages in the whole job after splitting.
    pub messages: u64,
    /// Batches of `size` messages at once, one batch every `every_minutes`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub batches: Option<BatchPlan>,
    /// One message every `every_seconds`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spaced: Option<SpacedPlan>,
    /// Whether the messages must be paced at all: the pattern (after splitting) puts more than
    /// the rate limit into some window. When `false` the plan says only what else must change
    /// (no gap that is not needed: 150 recipients split into 2 messages go out at once).
    pub pacing_needed: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct BatchPlan {
    pub size: u64,
    pub every_minutes: u64,
    pub batches: u64,
    /// From the first batch to the last.
    pub total_minutes: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SpacedPlan {
    pub every_seconds: u64,
    /// From the first message to the last.
    pub total_seconds: u64,
}

/// The advisor's answer. Language-free; [`Advice::explain`] gives the words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Advice {
    pub pattern: SendPattern,
    pub limits: Limits,
    pub verdict: Verdict,
    pub recipients_over_limit: bool,
    /// Messages in the job.
    pub total_messages: u64,
    /// Messages simulated (at most [`MAX_SIMULATED`]).
    pub simulated_messages: u64,
    /// The most messages the sender puts into any t-minute window (closed); `None` without a
    /// rate limit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub worst_window: Option<u64>,
    /// Where that window starts, seconds from the start.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub worst_window_start_second: Option<u64>,
    /// The first refusal (recipients first: they refuse message 1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_refusal: Option<Refusal>,
    /// The first message the rate limit refuses (even when the recipients cap refuses first).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_rate_refusal: Option<Refusal>,
    /// Messages of the simulation the rate limit refuses.
    pub rate_refused: u64,
    pub timeline: Vec<TimelinePoint>,
    /// `None` when the limits allow no sending at all.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan: Option<Plan>,
}

/// The verdict and plan in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AdviceText {
    pub lang: Lang,
    pub verdict: String,
    pub plan: Vec<String>,
}

/// The profile's "n messages in any t minutes" as a sliding window, fed one message at a time
/// (times in seconds, never decreasing). The advisor runs it over a simulated sender; the log
/// survey (`survey::sending`) over the messages of a real log.
///
/// A window is closed at both ends: a message at second `t` shares a window with every message
/// at `t - 60·per_minutes` or later. A message is refused when the messages already *accepted*
/// in its window reach the limit (a refused message does not count against later ones, as a
/// server that refuses it never delivers it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlidingWindow {
    length: u64,
    limit: u64,
    /// Every message in the current window (accepted or not).
    sent: VecDeque<u64>,
    /// The accepted ones.
    accepted: VecDeque<u64>,
}

/// What one message did to the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WindowStep {
    /// Messages in the window that ends with this one (this one and every earlier one sent in
    /// the last `per_minutes` minutes, both ends included).
    pub in_window: u64,
    /// When that window's first message was sent.
    pub window_start: u64,
    /// The limit refuses this message.
    pub refused: bool,
}

impl SlidingWindow {
    pub fn new(rate: RateLimit) -> SlidingWindow {
        SlidingWindow {
            length: u64::from(rate.per_minutes) * 60,
            limit: u64::from(rate.messages),
            sent: VecDeque::new(),
            accepted: VecDeque::new(),
        }
    }

    /// Adds a message sent at second `t` (not earlier than the one before).
    pub fn push(&mut self, t: u64) -> WindowStep {
        let from = t.saturating_sub(self.length);
        while self.sent.front().is_some_and(|&s| s < from) {
            self.sent.pop_front();
        }
        while self.accepted.front().is_some_and(|&a| a < from) {
            self.accepted.pop_front();
        }
        self.sent.push_back(t);
        let refused = self.accepted.len() as u64 >= self.limit;
        if !refused {
            self.accepted.push_back(t);
        }
        WindowStep {
            in_window: self.sent.len() as u64,
            window_start: self.sent.front().copied().unwrap_or(t),
            refused,
        }
    }
}

/// Checks a sending pattern against the profile's policy.
pub fn advise(pattern: &SendPattern, policy: &Policy) -> Advice {
    let limits = Limits {
        max_recipients_per_message: policy.max_recipients_per_message,
        send_rate: policy.send_rate.map(|r| RateLimit {
            messages: r.messages,
            per_minutes: r.per_minutes,
        }),
    };
    advise_with(pattern, limits)
}

/// As [`advise`], with the limits given directly.
pub fn advise_with(pattern: &SendPattern, limits: Limits) -> Advice {
    let group = u64::from(pattern.messages);
    let span = u64::from(pattern.per_minutes) * 60;
    let repeating = pattern.repeat_minutes.is_some();
    let period = span.max(u64::from(pattern.repeat_minutes.unwrap_or(0)) * 60);
    let total = match pattern.total {
        Some(t) => t,
        None if repeating && period > 0 => {
            group.saturating_mul(DEFAULT_HORIZON_MINUTES * 60 / period + 1)
        }
        None => group,
    };
    let simulated = total.min(MAX_SIMULATED);
    let times: Vec<u64> = if group == 0 {
        Vec::new()
    } else {
        (0..simulated)
            .map(|k| {
                let (g, j) = (k / group, k % group);
                g.saturating_mul(period)
                    .saturating_add(j.saturating_mul(span) / group)
            })
            .collect()
    };

    let recipients = pattern.recipients_per_message.max(1);
    let cap = limits.max_recipients_per_message;
    let recipients_over_limit = cap.is_some_and(|c| recipients > c) && !times.is_empty();
    let recipient_refusal = recipients_over_limit.then_some(Refusal {
        message: 1,
        second: 0,
        minute: 0,
        reason: RefusalReason::Recipients,
    });

    let mut worst_window = None;
    let mut worst_start = None;
    let mut first_rate_refusal = None;
    let mut rate_refused = 0;
    let mut timeline: Vec<TimelinePoint> = Vec::new();
    let limit = limits.send_rate.map(|r| u64::from(r.messages));

    let mut window = limits.send_rate.map(SlidingWindow::new);
    for (k, &t) in times.iter().enumerate() {
        let mut window_here = 0;
        let mut refused_here = false;
        if let Some(w) = &mut window {
            let step = w.push(t);
            window_here = step.in_window;
            if worst_window.is_none_or(|best| window_here > best) {
                worst_window = Some(window_here);
                worst_start = Some(step.window_start);
            }
            if step.refused {
                refused_here = true;
                rate_refused += 1;
                if first_rate_refusal.is_none() {
                    first_rate_refusal = Some(Refusal {
                        message: k as u64 + 1,
                        second: t,
                        minute: t / 60,
                        reason: RefusalReason::Rate,
                    });
                }
            }
        }
        let minute = t / 60;
        let full = timeline.len() >= MAX_TIMELINE_POINTS;
        match timeline.last_mut() {
            Some(p) if p.minute == minute => {
                p.count += 1;
                p.window = p.window.max(window_here);
                p.refused += u64::from(refused_here);
            }
            _ if !full => timeline.push(TimelinePoint {
                minute,
                count: 1,
                window: window_here,
                refused: u64::from(refused_here),
            }),
            _ => {}
        }
    }

    let blocked = cap == Some(0) || limit == Some(0);
    let rate_over = first_rate_refusal.is_some();
    let verdict = if blocked && !times.is_empty() {
        Verdict::Blocked
    } else {
        match (recipients_over_limit, rate_over) {
            (false, false) => Verdict::Ok,
            (true, false) => Verdict::RecipientsOverLimit,
            (false, true) => Verdict::RateOverLimit,
            (true, true) => Verdict::BothOverLimit,
        }
    };
    let plan = (!blocked).then(|| {
        let mut plan = make_plan(recipients, total, limits);
        plan.pacing_needed = rate_over
            || (plan.messages_per_original > 1 && split_needs_pacing(pattern, &plan, limits));
        plan
    });
    Advice {
        pattern: *pattern,
        limits,
        verdict,
        recipients_over_limit,
        total_messages: total,
        simulated_messages: times.len() as u64,
        worst_window,
        worst_window_start_second: worst_start,
        first_refusal: recipient_refusal.or(first_rate_refusal),
        first_rate_refusal,
        rate_refused,
        timeline,
        plan,
    }
}

/// Whether the pattern, each message split as the plan says, would go over the rate limit.
fn split_needs_pacing(pattern: &SendPattern, plan: &Plan, limits: Limits) -> bool {
    let Some(parts) = u32::try_from(plan.messages_per_original).ok() else {
        return true;
    };
    let split = SendPattern {
        recipients_per_message: plan.recipients_per_message,
        messages: pattern.messages.saturating_mul(parts),
        total: pattern.total.map(|t| t.saturating_mul(u64::from(parts))),
        ..*pattern
    };
    let limits = Limits {
        max_recipients_per_message: None,
        ..limits
    };
    advise_with(&split, limits).first_rate_refusal.is_some()
}

fn make_plan(recipients: u32, total: u64, limits: Limits) -> Plan {
    let (parts, per_message) = match limits.max_recipients_per_message {
        Some(cap) if cap > 0 && recipients > cap => {
            let parts = u64::from(recipients).div_ceil(u64::from(cap));
            let per = u64::from(recipients).div_ceil(parts);
            (parts, u32::try_from(per).unwrap_or(cap))
        }
        _ => (1, recipients),
    };
    let messages = total.saturating_mul(parts);
    let (batches, spaced) = match limits.send_rate {
        Some(r) if r.messages > 0 => {
            let n = u64::from(r.messages);
            let window = u64::from(r.per_minutes) * 60;
            // A closed window of `window` seconds holds floor(window / d) + 1 messages sent
            // d seconds apart: that must stay ≤ n.
            let every_seconds = window / n + 1;
            let every_minutes = u64::from(r.per_minutes) + 1;
            let count = messages.div_ceil(n);
            (
                Some(BatchPlan {
                    size: n.min(messages.max(1)),
                    every_minutes,
                    batches: count,
                    total_minutes: count.saturating_sub(1).saturating_mul(every_minutes),
                }),
                Some(SpacedPlan {
                    every_seconds,
                    total_seconds: messages.saturating_sub(1).saturating_mul(every_seconds),
                }),
            )
        }
        _ => (None, None),
    };
    Plan {
        messages_per_original: parts,
        recipients_per_message: per_message,
        messages,
        batches,
        spaced,
        pacing_needed: false,
    }
}

fn duration(seconds: u64, lang: Lang) -> String {
    let w = words(lang);
    let (h, m, s) = (seconds / 3600, seconds % 3600 / 60, seconds % 60);
    let template = match (h, m, s) {
        (0, 0, _) => w.seconds,
        (0, _, 0) => w.minutes,
        (0, _, _) => w.minutes_seconds,
        (_, 0, _) => w.hours,
        _ => w.hours_minutes,
    };
    let (h, m, s) = (h.to_string(), m.to_string(), s.to_string());
    fill(template, &[("h", &h), ("m", &m), ("s", &s)])
}

impl Advice {
    /// The verdict and the plan in `lang`.
    pub fn explain(&self, lang: Lang) -> AdviceText {
        AdviceText {
            lang,
            verdict: self.verdict_text(lang),
            plan: self.plan_text(lang),
        }
    }

    fn verdict_text(&self, lang: Lang) -> String {
        let w = words(lang);
        let r = self.pattern.recipients_per_message.max(1);
        let mut parts: Vec<String> = Vec::new();
        if self.simulated_messages == 0 {
            return w.nothing_to_send.into();
        }
        if self.verdict == Verdict::Blocked {
            return w.blocked.into();
        }
        if let (true, Some(cap)) = (
            self.recipients_over_limit,
            self.limits.max_recipients_per_message,
        ) {
            let (r, cap) = (r.to_string(), cap.to_string());
            parts.push(fill(
                w.recipients_over,
                &[("recipients", &r), ("cap", &cap)],
            ));
        }
        if let (Some(rate), Some(worst), Some(refusal)) = (
            self.limits.send_rate,
            self.worst_window,
            self.first_rate_refusal,
        ) {
            let t = rate.per_minutes;
            let at = duration(refusal.second, lang);
            let (n, minutes) = (rate.messages.to_string(), t.to_string());
            let (worst, message) = (worst.to_string(), refusal.message.to_string());
            parts.push(fill(
                w.rate_over,
                &[
                    ("t", &minutes),
                    ("n", &n),
                    ("worst", &worst),
                    ("message", &message),
                    ("at", &at),
                ],
            ));
            if self.pattern.per_minutes == 0
                && self
                    .pattern
                    .repeat_minutes
                    .is_some_and(|w| u64::from(w) <= u64::from(t))
            {
                parts.push(fill(w.wait_not_enough, &[("t", &minutes)]));
            }
        }
        if parts.is_empty() {
            return match self.worst_window.zip(self.limits.send_rate) {
                Some((worst, rate)) => {
                    let (worst, t) = (worst.to_string(), rate.per_minutes.to_string());
                    let n = rate.messages.to_string();
                    let window = fill(w.worst_window, &[("worst", &worst), ("t", &t), ("n", &n)]);
                    fill(w.within_limits_window, &[("window", &window)])
                }
                None => w.within_limits.into(),
            };
        }
        parts.join(lang.sentence_gap())
    }

    fn plan_text(&self, lang: Lang) -> Vec<String> {
        let Some(plan) = self.plan else {
            return Vec::new();
        };
        let mut steps = Vec::new();
        if plan.messages_per_original > 1 {
            let (k, p) = (plan.recipients_per_message, plan.messages_per_original);
            let cap = self.limits.max_recipients_per_message.unwrap_or(k);
            let (k, p, cap) = (k.to_string(), p.to_string(), cap.to_string());
            let messages = plan.messages.to_string();
            steps.push(fill(
                words(lang).split,
                &[
                    ("parts", &p),
                    ("recipients", &k),
                    ("cap", &cap),
                    ("messages", &messages),
                ],
            ));
        }
        steps.extend(self.pacing_text(lang));
        steps
    }

    /// The plan's words about pacing alone: batches or spacing when the pattern needs them
    /// (after any split), else that no pause is needed (the desk's fix steps use these after
    /// their own words on the limit).
    pub fn pacing_text(&self, lang: Lang) -> Vec<String> {
        let Some(plan) = self.plan else {
            return Vec::new();
        };
        let w = words(lang);
        let mut steps = Vec::new();
        match (plan.batches, plan.spaced) {
            (Some(b), Some(s)) if plan.pacing_needed => {
                let bt = duration(b.total_minutes.saturating_mul(60), lang);
                let st = duration(s.total_seconds, lang);
                let (size, every) = (b.size.to_string(), b.every_minutes.to_string());
                let batches = b.batches.to_string();
                steps.push(fill(
                    w.batches,
                    &[
                        ("size", &size),
                        ("every", &every),
                        ("batches", &batches),
                        ("total", &bt),
                    ],
                ));
                let every = s.every_seconds.to_string();
                steps.push(fill(w.spaced, &[("every", &every), ("total", &st)]));
            }
            (Some(_), Some(_)) if plan.messages_per_original > 1 => {
                steps.push(w.split_no_pause.into())
            }
            (Some(_), Some(_)) => steps.push(w.no_change.into()),
            _ => steps.push(w.no_rate_limit.into()),
        }
        steps
    }
}
