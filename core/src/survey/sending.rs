//! Sending patterns: who sends over the profile's recipients cap or its "n messages in any t
//! minutes" limit — the advisor's sliding window ([`crate::advisor::SlidingWindow`]) run over
//! the real send times — and who sends in bursts and then waits (the machine sender of the
//! operator's talk: n at once, then t minutes of quiet, which a sliding window still refuses).
//!
//! Burst: at least `burst_min` messages, each within `burst_gap_seconds` of the one before.
//! Burst-then-wait: two or more bursts (with pauses between them longer than the gap).

use super::event::Message;
use super::table::{list, Col, TableRow};
use super::{time, Seen, Settings, Subjects, Who};
use crate::advisor::{RateLimit, SlidingWindow};
use crate::lang::Lang;
use serde::Serialize;

#[derive(Debug, Default)]
struct Agg {
    messages: u64,
    recipients: u64,
    max_recipients: u32,
    over_cap: u64,
    window: Option<SlidingWindow>,
    /// The window's times must not go back: a message logged out of order counts as sent
    /// with the one before.
    last_t: u64,
    worst: u64,
    refused: u64,
    first_over: Option<i64>,
    run_start: i64,
    run_last: i64,
    run_len: u64,
    bursts: u64,
    largest_burst: u64,
    last_burst_end: Option<i64>,
    shortest_pause: Option<i64>,
    seen: Seen,
    clients: super::ClientSamples,
}

#[derive(Debug)]
pub struct Sending {
    subjects: Subjects<Agg>,
    pub unlisted: u64,
}

impl Default for Sending {
    fn default() -> Self {
        Sending {
            subjects: Subjects::new(),
            unlisted: 0,
        }
    }
}

/// What a row is listed for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Flag {
    /// Messages with more recipients than the cap.
    OverCap,
    /// The sending limit refuses some messages.
    OverRate,
    /// Bursts with pauses between them.
    BurstThenWait,
}

impl Flag {
    pub fn as_str(self) -> &'static str {
        match self {
            Flag::OverCap => "over-cap",
            Flag::OverRate => "over-rate",
            Flag::BurstThenWait => "burst-then-wait",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    #[serde(flatten)]
    pub who: Who,
    pub flags: Vec<Flag>,
    pub messages: u64,
    pub recipients: u64,
    pub max_recipients: u32,
    /// Messages over the recipients cap.
    pub over_cap: u64,
    /// The most messages in any t-minute span (0 without a sending limit).
    pub most_in_window: u64,
    /// Messages the sending limit would refuse or hold back.
    pub over_rate: u64,
    /// When the first message over a limit was sent.
    pub first_over: String,
    pub bursts: u64,
    pub largest_burst: u64,
    /// The shortest pause between two bursts, in seconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shortest_pause_seconds: Option<i64>,
    pub first_seen: String,
    pub last_seen: String,
    #[serde(flatten)]
    pub clients: super::Clients,
}

impl Agg {
    fn close_run(&mut self, min: u64) {
        if self.run_len >= min.max(2) {
            if let Some(end) = self.last_burst_end {
                let pause = self.run_start - end;
                self.shortest_pause = Some(self.shortest_pause.map_or(pause, |p| p.min(pause)));
            }
            self.bursts += 1;
            self.largest_burst = self.largest_burst.max(self.run_len);
            self.last_burst_end = Some(self.run_last);
        }
        self.run_len = 0;
    }
}

impl Sending {
    pub fn message(&mut self, m: &Message, set: &Settings) {
        let Some(who) = set.who(&m.account, m.client_ip) else {
            self.unlisted += 1;
            return;
        };
        let a = self.subjects.get(who);
        a.messages += 1;
        a.recipients += u64::from(m.recipients);
        a.max_recipients = a.max_recipients.max(m.recipients);
        a.seen.add(m.time);
        a.clients.add("", m.client_ip);
        let mut over = false;
        if set.max_recipients.is_some_and(|cap| m.recipients > cap) {
            a.over_cap += 1;
            over = true;
        }
        if let Some(rate) = set.send_rate {
            let w = a.window.get_or_insert_with(|| {
                SlidingWindow::new(RateLimit {
                    messages: rate.messages,
                    per_minutes: rate.per_minutes,
                })
            });
            let t = u64::try_from(m.time).unwrap_or(0).max(a.last_t);
            a.last_t = t;
            let step = w.push(t);
            a.worst = a.worst.max(step.in_window);
            if step.refused {
                a.refused += 1;
                over = true;
            }
        }
        if over && a.first_over.is_none() {
            a.first_over = Some(m.time);
        }
        let gap = i64::from(set.burst_gap_seconds);
        if a.run_len > 0 && m.time - a.run_last <= gap && m.time >= a.run_last - gap {
            a.run_len += 1;
            a.run_last = a.run_last.max(m.time);
        } else {
            a.close_run(u64::from(set.burst_min));
            a.run_start = m.time;
            a.run_last = m.time;
            a.run_len = 1;
        }
    }

    pub fn rows(self, set: &Settings) -> Vec<Row> {
        let min = u64::from(set.burst_min);
        let mut rows: Vec<Row> = self
            .subjects
            .into_rows()
            .filter_map(|(who, mut a)| {
                a.close_run(min);
                let mut flags = Vec::new();
                if a.over_cap > 0 {
                    flags.push(Flag::OverCap);
                }
                if a.refused > 0 {
                    flags.push(Flag::OverRate);
                }
                if a.bursts >= 2 {
                    flags.push(Flag::BurstThenWait);
                }
                if flags.is_empty() && !set.all {
                    return None;
                }
                Some(Row {
                    who,
                    flags,
                    messages: a.messages,
                    recipients: a.recipients,
                    max_recipients: a.max_recipients,
                    over_cap: a.over_cap,
                    most_in_window: a.worst,
                    over_rate: a.refused,
                    first_over: a
                        .first_over
                        .map(|t| time::format(t, set.offset))
                        .unwrap_or_default(),
                    bursts: a.bursts,
                    largest_burst: a.largest_burst,
                    shortest_pause_seconds: a.shortest_pause,
                    first_seen: a.seen.first(set.offset),
                    last_seen: a.seen.last(set.offset),
                    clients: a.clients.into_clients(),
                })
            })
            .collect();
        rows.sort_by(|x, y| {
            y.flags
                .len()
                .cmp(&x.flags.len())
                .then_with(|| (y.over_rate + y.over_cap).cmp(&(x.over_rate + x.over_cap)))
                .then_with(|| y.messages.cmp(&x.messages))
                .then_with(|| x.who.cmp(&y.who))
        });
        rows
    }
}

impl TableRow for Row {
    const COLUMNS: &'static [Col] = &[
        Col::Account,
        Col::Client,
        Col::Flags,
        Col::Messages,
        Col::Recipients,
        Col::MaxRecipients,
        Col::OverCap,
        Col::MostInWindow,
        Col::OverRate,
        Col::FirstOver,
        Col::Bursts,
        Col::LargestBurst,
        Col::ShortestPause,
        Col::FirstSeen,
        Col::LastSeen,
        Col::ClientAddresses,
    ];

    fn cells(&self, lang: Option<Lang>) -> Vec<String> {
        vec![
            self.who.account().unwrap_or("").to_string(),
            self.who.client().unwrap_or_default(),
            self.flags
                .iter()
                .map(|f| super::text::sending_flag(*f, lang))
                .collect::<Vec<_>>()
                .join(" "),
            self.messages.to_string(),
            self.recipients.to_string(),
            self.max_recipients.to_string(),
            self.over_cap.to_string(),
            self.most_in_window.to_string(),
            self.over_rate.to_string(),
            self.first_over.clone(),
            self.bursts.to_string(),
            self.largest_burst.to_string(),
            self.shortest_pause_seconds
                .map(|s| s.to_string())
                .unwrap_or_default(),
            self.first_seen.clone(),
            self.last_seen.clone(),
            list(
                &self.clients.client_addresses,
                self.clients.more_client_addresses,
            ),
        ]
    }
}
