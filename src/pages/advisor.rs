//! The sending-limit advisor (`#/advisor?r=..&m=..&t=..&w=..&n=..`): a sender's pattern against
//! the profile's limits — the verdict, the compliant plan in the engine's words and a small
//! timeline picture drawn from `Advice::timeline`. The engine decides everything.

use crate::components::field::TextField;
use crate::components::header::Header;
use crate::components::profile_notice::ProfileNotice;
use crate::i18n::tool_pages::{tool_pages, ToolPageStrings};
use crate::router::use_navigation;
use crate::{web, ProfileContext};
use mail_doctor_core::advisor::{advise, Advice, RefusalReason, SendPattern, Verdict};
use mail_doctor_core::lang::fill;
use mail_doctor_core::profile::Policy;
use mail_doctor_core::Lang;
use yew::prelude::*;

/// The advisor's inputs exactly as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AdvisorForm {
    /// Recipients per message (`r`).
    pub recipients: String,
    /// Messages in one group (`m`).
    pub messages: String,
    /// Spread over this many minutes, 0 = at once (`t`).
    pub per_minutes: String,
    /// Repeat every this many minutes (`w`).
    pub repeat: String,
    /// Messages in all (`n`).
    pub total: String,
}

/// Which input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdvisorInput {
    Recipients,
    Messages,
    PerMinutes,
    Repeat,
    Total,
}

impl AdvisorInput {
    pub const ALL: [AdvisorInput; 5] = [
        AdvisorInput::Recipients,
        AdvisorInput::Messages,
        AdvisorInput::PerMinutes,
        AdvisorInput::Repeat,
        AdvisorInput::Total,
    ];

    /// The link parameter.
    pub fn key(self) -> &'static str {
        match self {
            AdvisorInput::Recipients => "r",
            AdvisorInput::Messages => "m",
            AdvisorInput::PerMinutes => "t",
            AdvisorInput::Repeat => "w",
            AdvisorInput::Total => "n",
        }
    }
}

impl AdvisorForm {
    /// The seed example: 200 at once, wait 60 minutes, repeat (1000 messages in all).
    pub fn example() -> AdvisorForm {
        AdvisorForm {
            recipients: "10".into(),
            messages: "200".into(),
            per_minutes: "0".into(),
            repeat: "60".into(),
            total: "1000".into(),
        }
    }

    pub fn get(&self, input: AdvisorInput) -> &str {
        match input {
            AdvisorInput::Recipients => &self.recipients,
            AdvisorInput::Messages => &self.messages,
            AdvisorInput::PerMinutes => &self.per_minutes,
            AdvisorInput::Repeat => &self.repeat,
            AdvisorInput::Total => &self.total,
        }
    }

    fn slot(&mut self, input: AdvisorInput) -> &mut String {
        match input {
            AdvisorInput::Recipients => &mut self.recipients,
            AdvisorInput::Messages => &mut self.messages,
            AdvisorInput::PerMinutes => &mut self.per_minutes,
            AdvisorInput::Repeat => &mut self.repeat,
            AdvisorInput::Total => &mut self.total,
        }
    }

    /// The form in a hash such as `#/advisor?r=10&m=200&t=0&w=60&n=1000` (unknown parameters
    /// are ignored; values are kept as text, so a bad one shows next to its input).
    pub fn from_hash(hash: &str) -> AdvisorForm {
        let mut form = AdvisorForm::default();
        let Some((_, query)) = hash.split_once('?') else {
            return form;
        };
        for pair in query.split('&') {
            let Some((key, value)) = pair.split_once('=') else {
                continue;
            };
            if let Some(input) = AdvisorInput::ALL.into_iter().find(|i| i.key() == key) {
                // Only digits travel in links; anything else is dropped rather than decoded.
                let value: String = value
                    .chars()
                    .filter(char::is_ascii_digit)
                    .take(12)
                    .collect();
                *form.slot(input) = value;
            }
        }
        form
    }

    /// The hash that reopens this form.
    pub fn to_hash(&self) -> String {
        let pairs: Vec<String> = AdvisorInput::ALL
            .into_iter()
            .filter_map(|i| {
                let v = self.get(i).trim();
                (!v.is_empty() && v.chars().all(|c| c.is_ascii_digit()))
                    .then(|| format!("{}={v}", i.key()))
            })
            .collect();
        if pairs.is_empty() {
            "#/advisor".to_string()
        } else {
            format!("#/advisor?{}", pairs.join("&"))
        }
    }

    /// Whether the text of an input is not a usable number.
    pub fn invalid(&self, input: AdvisorInput) -> bool {
        let v = self.get(input).trim();
        !v.is_empty() && v.parse::<u32>().is_err()
    }

    /// The pattern, once the messages per group are given and every number reads.
    pub fn pattern(&self) -> Option<SendPattern> {
        if AdvisorInput::ALL.into_iter().any(|i| self.invalid(i)) {
            return None;
        }
        let num = |s: &str| s.trim().parse::<u32>().ok();
        let messages = num(&self.messages)?;
        Some(SendPattern {
            recipients_per_message: num(&self.recipients).unwrap_or(1),
            messages,
            per_minutes: num(&self.per_minutes).unwrap_or(0),
            repeat_minutes: num(&self.repeat),
            total: num(&self.total).map(u64::from),
        })
    }
}

#[function_component(AdvisorPage)]
pub fn advisor_page() -> Html {
    let lang = crate::use_lang();
    let profile = use_context::<ProfileContext>().and_then(|p| p.profile.clone());
    let t = tool_pages(lang);
    let form = use_state(|| AdvisorForm::from_hash(&web::current_hash()));

    use_effect_with(form.to_hash(), |hash| web::replace_hash(hash));

    // Another advisor link pasted into this tab's address bar opens that pattern.
    {
        let form = form.clone();
        let navigation = use_navigation();
        use_effect_with(navigation, move |_| {
            let hash = web::current_hash();
            if hash.starts_with("#/advisor") {
                let linked = AdvisorForm::from_hash(&hash);
                if linked.to_hash() != form.to_hash() {
                    form.set(linked);
                }
            }
        });
    }

    let edit = |input: AdvisorInput| {
        let form = form.clone();
        Callback::from(move |v: String| {
            let mut next = (*form).clone();
            *next.slot(input) = v;
            form.set(next);
        })
    };
    let error = |input: AdvisorInput| {
        form.invalid(input)
            .then_some(AttrValue::Static(t.adv_number_invalid))
    };
    let on_example = {
        let form = form.clone();
        Callback::from(move |_: MouseEvent| form.set(AdvisorForm::example()))
    };
    let on_clear = {
        let form = form.clone();
        Callback::from(move |_: MouseEvent| form.set(AdvisorForm::default()))
    };

    let result = match (&profile, form.pattern()) {
        (None, _) => html! { <p class="placeholder">{ t.adv_no_profile }</p> },
        (Some(_), None) => html! { <p class="placeholder">{ t.adv_empty }</p> },
        (Some(p), Some(pattern)) => {
            let advice = advise(&pattern, &p.policy);
            advice_view(&advice, lang, t)
        }
    };

    html! {
        <>
            <Header />
            <main class="page tool-page" id="main">
                <ProfileNotice />
                <h2 class="tool-title">{ t.adv_title }</h2>
                <p class="tool-intro">{ t.adv_intro }</p>
                <div class="columns">
                    <form class="case-form advisor-form" aria-labelledby="adv-form-title"
                        onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                        <div class="form-head">
                            <h3 id="adv-form-title">{ t.adv_form_title }</h3>
                            <button type="button" class="secondary" id="adv-clear" onclick={on_clear}>{ t.adv_clear }</button>
                        </div>
                        <button type="button" class="example" id="adv-example" onclick={on_example}>{ t.adv_example }</button>
                        <TextField id="adv-r" label={t.adv_recipients} kind="numeric"
                            value={form.recipients.clone()} onedit={edit(AdvisorInput::Recipients)}
                            error={error(AdvisorInput::Recipients)} />
                        <TextField id="adv-m" label={t.adv_messages} kind="numeric"
                            value={form.messages.clone()} onedit={edit(AdvisorInput::Messages)}
                            error={error(AdvisorInput::Messages)} />
                        <TextField id="adv-t" label={t.adv_per_minutes} kind="numeric"
                            value={form.per_minutes.clone()} onedit={edit(AdvisorInput::PerMinutes)}
                            hint={t.adv_per_minutes_hint} error={error(AdvisorInput::PerMinutes)} />
                        <TextField id="adv-w" label={t.adv_repeat} kind="numeric"
                            value={form.repeat.clone()} onedit={edit(AdvisorInput::Repeat)}
                            hint={t.adv_repeat_hint} error={error(AdvisorInput::Repeat)} />
                        <TextField id="adv-n" label={t.adv_total} kind="numeric"
                            value={form.total.clone()} onedit={edit(AdvisorInput::Total)}
                            hint={t.adv_total_hint} error={error(AdvisorInput::Total)} />
                        <p class="hint">{ t.adv_link_note }</p>
                        { limits_view(profile.as_deref().map(|p| &p.policy), t) }
                    </form>
                    <section class="results advisor-result" id="results" aria-labelledby="adv-result-title" tabindex="0">
                        <h3 id="adv-result-title">{ t.adv_verdict_title }</h3>
                        { result }
                    </section>
                </div>
            </main>
        </>
    }
}

fn limits_view(policy: Option<&Policy>, t: &ToolPageStrings) -> Html {
    let Some(policy) = policy else {
        return Html::default();
    };
    html! {
        <div class="limits" data-limits="true">
            <h4>{ t.adv_limits_title }</h4>
            <ul>
                if let Some(cap) = policy.max_recipients_per_message {
                    <li data-limit="recipients">{ fill(t.adv_limit_recipients, &[("n", &cap.to_string())]) }</li>
                }
                { match policy.send_rate {
                    Some(r) => html! {
                        <li data-limit="rate">{ fill(t.adv_limit_rate, &[("n", &r.messages.to_string()), ("t", &r.per_minutes.to_string())]) }</li>
                    },
                    None => html! { <li data-limit="none">{ t.adv_limit_none }</li> },
                } }
            </ul>
        </div>
    }
}

fn advice_view(advice: &Advice, lang: Lang, t: &ToolPageStrings) -> Html {
    let words = advice.explain(lang);
    let ok = advice.verdict == Verdict::Ok;
    html! {
        <div class="advice" data-verdict={advice.verdict.as_str()}>
            <p class={classes!("verdict", if ok { "ok" } else { "refused" })}>
                <strong>{ if ok { t.adv_verdict_ok } else { t.adv_verdict_refused } }</strong>
            </p>
            <p class="verdict-text">{ words.verdict }</p>
            if let Some(r) = advice.first_refusal {
                <p class="first-refusal" data-first-refusal={r.message.to_string()} data-minute={r.minute.to_string()}>
                    { if r.reason == RefusalReason::Recipients {
                        t.adv_first_refusal_recipients.to_string()
                    } else {
                        fill(t.adv_first_refusal, &[("msg", &r.message.to_string()), ("min", &r.minute.to_string())])
                    } }
                </p>
            }
            if !words.plan.is_empty() {
                <h4>{ t.adv_plan_title }</h4>
                <ul class="plan">
                    { for words.plan.iter().map(|s| html! { <li>{ s.clone() }</li> }) }
                </ul>
            }
            { timeline_chart(advice, lang, t) }
        </div>
    }
}

// The picture's geometry (SVG user units; the picture scales to its box).
const W: f64 = 480.0;
const H: f64 = 240.0;
const LEFT: f64 = 46.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 28.0;
const BOTTOM: f64 = 42.0;

/// The timeline picture: messages per minute as bars (refused ones hatched), the sliding-window
/// count as a line, the limit as a horizontal line; with a title and a text summary.
pub fn timeline_chart(advice: &Advice, lang: Lang, t: &ToolPageStrings) -> Html {
    let points = &advice.timeline;
    let (Some(first), Some(last)) = (points.first(), points.last()) else {
        return Html::default();
    };
    let limit = advice.limits.send_rate;
    let window_minutes = limit.map_or(0, |r| r.per_minutes);
    let max_count = points.iter().map(|p| p.count).max().unwrap_or(0);
    let max_window = points.iter().map(|p| p.window).max().unwrap_or(0);
    let n = limit.map_or(0, |r| u64::from(r.messages));
    let y_max = nice_ceiling(max_count.max(max_window).max(n).max(1));
    // Bars are centred on their minute; the closest two points decide the bars' width, and half
    // that gap is left before the first and after the last.
    let gap = points
        .windows(2)
        .map(|w| w[1].minute.saturating_sub(w[0].minute))
        .min()
        .unwrap_or(1)
        .max(1) as f64;
    let pad = (gap / 2.0).min(30.0);
    let from = first.minute as f64 - pad;
    let span = (last.minute as f64 + pad - from).max(1.0);
    let plot_w = W - LEFT - RIGHT;
    let plot_h = H - TOP - BOTTOM;
    let x = |minute: u64| LEFT + plot_w * (minute as f64 - from) / span;
    let y = |v: u64| TOP + plot_h - plot_h * (v as f64) / (y_max as f64);
    let bar_w = (plot_w * gap / span * 0.7).clamp(1.5, 28.0);
    let base = TOP + plot_h;

    let bars = points.iter().map(|p| {
        let left = x(p.minute) - bar_w / 2.0;
        let accepted = p.count.saturating_sub(p.refused);
        // A part with messages stays visible (at least 3 units tall) however tall the axis.
        let top_ok = if accepted > 0 { y(accepted).min(base - 3.0) } else { base };
        let top_all = if p.refused > 0 { y(p.count).min(top_ok - 3.0) } else { top_ok };
        html! {
            <g data-minute={p.minute.to_string()}>
                if accepted > 0 {
                    <rect class="bar-sent" x={f(left)} y={f(top_ok)} width={f(bar_w)} height={f(base - top_ok)}
                        fill="#2f6db5" data-count={accepted.to_string()} />
                }
                if p.refused > 0 {
                    <rect class="bar-refused" x={f(left)} y={f(top_all)} width={f(bar_w)} height={f(top_ok - top_all)}
                        fill="url(#adv-hatch)" stroke="#a3001b" stroke-width="1" data-refused={p.refused.to_string()} />
                }
            </g>
        }
    });
    let window_line: Vec<String> = if limit.is_some() {
        points
            .iter()
            .map(|p| format!("{},{}", f(x(p.minute)), f(y(p.window))))
            .collect()
    } else {
        Vec::new()
    };
    let y_ticks = {
        let mut v = vec![0, y_max / 2, y_max];
        v.dedup();
        v
    };
    let x_ticks = {
        let mid = (first.minute + last.minute) / 2;
        let mut v = vec![first.minute, mid, last.minute];
        v.dedup();
        v
    };
    let refused_total: u64 = points.iter().map(|p| p.refused).sum();
    let mut summary = fill(
        t.adv_chart_summary,
        &[
            ("k", &points.len().to_string()),
            ("from", &first.minute.to_string()),
            ("to", &last.minute.to_string()),
            ("max", &max_count.to_string()),
            ("t", &window_minutes.to_string()),
            (
                "worst",
                &advice.worst_window.unwrap_or(max_count).to_string(),
            ),
            ("n", &n.to_string()),
        ],
    );
    if let Some(r) = advice.first_rate_refusal {
        summary.push_str(lang.sentence_gap());
        summary.push_str(&fill(
            t.adv_chart_summary_refused,
            &[
                ("refused", &refused_total.to_string()),
                ("min", &r.minute.to_string()),
            ],
        ));
    }
    let partial = points.len() >= mail_doctor_core::advisor::MAX_TIMELINE_POINTS
        && advice.simulated_messages > points.iter().map(|p| p.count).sum::<u64>();
    let window_label = fill(t.adv_legend_window, &[("t", &window_minutes.to_string())]);

    html! {
        <figure class="timeline" data-timeline="true">
            <figcaption id="adv-chart-title">{ t.adv_chart_title }</figcaption>
            <svg class="timeline-svg" viewBox={format!("0 0 {W} {H}")} role="img"
                aria-labelledby="adv-chart-svg-title" aria-describedby="adv-chart-summary"
                preserveAspectRatio="xMidYMid meet" focusable="false">
                <title id="adv-chart-svg-title">{ t.adv_chart_title }</title>
                <defs>
                    <pattern id="adv-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
                        <rect width="6" height="6" fill="#f7d4d9" />
                        <line x1="0" y1="0" x2="0" y2="6" stroke="#a3001b" stroke-width="3" />
                    </pattern>
                </defs>
                <g class="axes" stroke="#6b6b6b" stroke-width="1">
                    <line x1={f(LEFT)} y1={f(base)} x2={f(W - RIGHT)} y2={f(base)} />
                    <line x1={f(LEFT)} y1={f(TOP)} x2={f(LEFT)} y2={f(base)} />
                </g>
                <g class="ticks" fill="#3a3a3a" font-size="13">
                    { for y_ticks.iter().map(|v| html! {
                        <text x={f(LEFT - 6.0)} y={f(y(*v) + 4.0)} text-anchor="end">{ v.to_string() }</text>
                    }) }
                    { for x_ticks.iter().map(|m| html! {
                        <text x={f(x(*m))} y={f(base + 16.0)} text-anchor="middle">{ m.to_string() }</text>
                    }) }
                    <text x={f(LEFT + plot_w / 2.0)} y={f(H - 6.0)} text-anchor="middle">{ t.adv_axis_minutes }</text>
                    <text x="4" y="15" text-anchor="start">{ t.adv_axis_messages }</text>
                </g>
                <g class="bars">{ for bars }</g>
                if !window_line.is_empty() {
                    <polyline class="window-line" points={window_line.join(" ")} fill="none"
                        stroke="#c76a00" stroke-width="2" stroke-dasharray="6 3" />
                    { for points.iter().filter(|_| points.len() <= 30).map(|p| html! {
                        <circle cx={f(x(p.minute))} cy={f(y(p.window))} r="3" fill="#c76a00" />
                    }) }
                }
                if n > 0 {
                    <line class="limit-line" x1={f(LEFT)} y1={f(y(n))} x2={f(W - RIGHT)} y2={f(y(n))}
                        stroke="#1b1b1b" stroke-width="1.5" />
                    <text x={f(W - RIGHT - 4.0)} y={f(y(n) - 5.0)} text-anchor="end" font-size="13" fill="#1b1b1b">
                        { format!("{} {n}", t.adv_legend_limit) }
                    </text>
                }
            </svg>
            <ul class="legend">
                <li><svg class="swatch" viewBox="0 0 14 14" aria-hidden="true"><rect width="14" height="14" fill="#2f6db5" /></svg>{ t.adv_legend_sent }</li>
                <li><svg class="swatch" viewBox="0 0 14 14" aria-hidden="true"><rect width="14" height="14" fill="url(#adv-hatch)" stroke="#a3001b" /></svg>{ t.adv_legend_refused }</li>
                if limit.is_some() {
                    <li><svg class="swatch" viewBox="0 0 14 14" aria-hidden="true"><line x1="0" y1="7" x2="14" y2="7" stroke="#c76a00" stroke-width="2" stroke-dasharray="4 2" /></svg>{ window_label }</li>
                    <li><svg class="swatch" viewBox="0 0 14 14" aria-hidden="true"><line x1="0" y1="7" x2="14" y2="7" stroke="#1b1b1b" stroke-width="1.5" /></svg>{ t.adv_legend_limit }</li>
                }
            </ul>
            <p class="chart-summary" id="adv-chart-summary">{ summary }</p>
            if partial {
                <p class="hint">{ fill(t.adv_chart_partial, &[("k", &points.len().to_string())]) }</p>
            }
        </figure>
    }
}

/// One decimal place is plenty for the picture.
fn f(v: f64) -> String {
    format!("{v:.1}")
}

/// A round number at or above `v` (1, 2, 5 × 10^k) for the top of the axis.
pub fn nice_ceiling(v: u64) -> u64 {
    let mut step = 1u64;
    loop {
        for m in [1u64, 2, 5] {
            let c = step.saturating_mul(m);
            if c >= v || c == u64::MAX {
                return c;
            }
        }
        step = step.saturating_mul(10);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_survives_a_link() {
        let form = AdvisorForm::example();
        let hash = form.to_hash();
        assert_eq!(hash, "#/advisor?r=10&m=200&t=0&w=60&n=1000");
        assert_eq!(AdvisorForm::from_hash(&hash), form);
        assert_eq!(AdvisorForm::default().to_hash(), "#/advisor");
    }

    #[test]
    fn links_carry_digits_only_and_bad_numbers_give_no_pattern() {
        let form = AdvisorForm::from_hash("#/advisor?r=1%3Cx&m=abc&zz=3&t");
        assert_eq!(form.recipients, "13");
        assert_eq!(form.messages, "");
        assert_eq!(form.pattern(), None);
        let bad = AdvisorForm {
            messages: "5".into(),
            repeat: "99999999999999".into(),
            ..AdvisorForm::default()
        };
        assert!(bad.invalid(AdvisorInput::Repeat));
        assert_eq!(bad.pattern(), None);
    }

    #[test]
    fn axis_tops_are_round() {
        assert_eq!(nice_ceiling(1), 1);
        assert_eq!(nice_ceiling(3), 5);
        assert_eq!(nice_ceiling(400), 500);
        assert_eq!(nice_ceiling(201), 500);
        assert_eq!(nice_ceiling(u64::MAX), u64::MAX);
    }
}
