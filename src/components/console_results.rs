//! The agent console's result: the summary, the findings grouped by severity, the corrected
//! settings with the values to change highlighted, the numbered steps, the ISP's contact and the
//! agent-only notes (`data-agent-only`, never printed or copied).

use crate::components::results::corrected_table;
use crate::i18n::console::{console, Console};
use crate::i18n::{strings, Strings};
use mail_doctor_core::advisor::SendPattern;
use mail_doctor_core::case::{ClientId, IncomingAuth, OutgoingAuth, Protocol, Security, Wire};
use mail_doctor_core::labels::Labels;
use mail_doctor_core::lang::fill;
use mail_doctor_core::names::ip_literal;
use mail_doctor_core::profile::Retired;
use mail_doctor_core::report::{Field, Side};
use mail_doctor_core::text::Explained;
use mail_doctor_core::verdict::VerdictKind;
use mail_doctor_core::{Case, Lang, Profile, Report, Severity};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ConsoleResultsProps {
    pub report: Rc<Report>,
    pub explained: Rc<Explained>,
    pub case: Rc<Case>,
    pub profile: Rc<Profile>,
    pub labels: &'static Labels,
    pub lang: Lang,
    /// The fix tools (copy, print, link), shown right after the summary.
    #[prop_or_default]
    pub children: Html,
}

const SEVERITIES: [Severity; 3] = [Severity::Error, Severity::Warning, Severity::Info];

#[function_component(ConsoleResults)]
pub fn console_results(props: &ConsoleResultsProps) -> Html {
    let (s, c) = (strings(props.lang), console(props.lang));
    let report = &props.report;
    let explained = &props.explained;
    let verdict = explained.verdict.kind;
    // What the agent reads first, without scrolling: the verdict, then the steps, then the
    // tools to pass them on; the details after.
    html! {
        <>
            <div class="print-only print-head">
                <p class="print-title">{ c.print_title }</p>
                <p>
                    { explained.isp_name.clone() }
                    if let Some(address) = &props.case.address {
                        { format!(" / {}: ", c.print_for) }<strong>{ address.clone() }</strong>
                    }
                </p>
            </div>
            <section class={classes!("panel", "summary", format!("verdict-{}", verdict.as_str()))}
                aria-labelledby="summary-title">
                <h3 id="summary-title">{ c.summary_title }</h3>
                <p class="summary-text" data-summary="" data-verdict={verdict.as_str()}>{ explained.summary.clone() }</p>
            </section>
            if !explained.steps.is_empty() {
                <section class="panel steps" aria-labelledby="steps-title">
                    <h3 id="steps-title">{ c.steps_title }</h3>
                    // A new list when the number of steps changes: Chromium kept the old
                    // numbers (9, 10, 11) on a list that lost its first items.
                    <ol class="step-list" key={explained.steps.len().to_string()}>
                        { for explained.steps.iter().map(|step| html! { <li class="step">{ step }</li> }) }
                    </ol>
                </section>
            }
            { props.children.clone() }
            { sending_panel(props, c) }
            <section class="panel findings" aria-labelledby="findings-title">
                <h3 id="findings-title">{ s.findings_title }</h3>
                if report.findings.is_empty() {
                    <p class={classes!((verdict == VerdictKind::AllWell).then_some("ok"))} data-empty="findings">
                        { if verdict == VerdictKind::AllWell { c.no_findings } else { c.no_findings_partial } }
                    </p>
                } else {
                    { for SEVERITIES.into_iter().map(|sev| finding_group(props, sev, s, c)) }
                }
            </section>
            { pasted_panel(props, c) }
            <section class="panel corrected" aria-labelledby="corrected-title">
                <h3 id="corrected-title">{ c.corrected_title }</h3>
                { match &report.corrected {
                    Some(corrected) => html! {
                        <>
                            <p class="legend"><span class="swatch" aria-hidden="true"></span>{ c.changed_legend }</p>
                            { corrected_table(corrected, &props.case, props.labels, props.lang, s, c) }
                        </>
                    },
                    None => html! { <p data-empty="corrected">{ c.corrected_none }</p> },
                } }
            </section>
            if !explained.support_phone.is_empty() || !explained.support_url.is_empty() {
                <section class="panel contact" aria-labelledby="contact-title">
                    <h3 id="contact-title">{ c.contact_title }</h3>
                    <p>
                        <strong>{ explained.isp_name.clone() }</strong>
                        if !explained.support_phone.is_empty() {
                            { format!(" {} ", c.contact_phone) }
                            <span data-contact="phone">{ explained.support_phone.clone() }</span>
                        }
                        if !explained.support_url.is_empty() {
                            { format!(" {} ", c.contact_url) }
                            <span data-contact="url">{ explained.support_url.clone() }</span>
                        }
                    </p>
                </section>
            }
            { agent_notes(props, c) }
        </>
    }
}

/// The sending-limit advisor's verdict and plan for the case's pattern (the same engine and
/// words as the advisor page), with a link that opens that page on the same pattern.
fn sending_panel(props: &ConsoleResultsProps, c: &Console) -> Html {
    let Some(advice) = &props.explained.sending else {
        return Html::default();
    };
    let link = props
        .case
        .sending
        .as_ref()
        .and_then(SendPattern::from_case)
        .map(|p| {
            let mut q = format!(
                "#/advisor?r={}&m={}&t={}",
                p.recipients_per_message, p.messages, p.per_minutes
            );
            if let Some(w) = p.repeat_minutes {
                q.push_str(&format!("&w={w}"));
            }
            q
        });
    html! {
        <section class="panel sending" aria-labelledby="sending-title" data-sending="">
            <h3 id="sending-title">{ c.sending_title }</h3>
            <p class="verdict-text" data-advice-verdict="">{ advice.verdict.clone() }</p>
            if !advice.plan.is_empty() {
                <ul class="plan">
                    { for advice.plan.iter().map(|p| html! { <li>{ p.clone() }</li> }) }
                </ul>
            }
            if let Some(link) = link {
                <p data-agent-only=""><a href={link} data-advisor-link="">{ c.sending_open_advisor }</a></p>
            }
        </section>
    }
}

/// What the pasted text mentions: its IPs classified in place (Microsoft's cloud, a retired
/// server of ours, or neither), the server names it names, the time.
fn pasted_panel(props: &ConsoleResultsProps, c: &Console) -> Html {
    let Some(pasted) = &props.report.pasted else {
        return Html::default();
    };
    if pasted.ips.is_empty() && pasted.hosts.is_empty() && pasted.time.is_none() {
        return Html::default();
    }
    let side = |side: Option<Side>| match side {
        Some(Side::Incoming) => c.side_incoming,
        Some(Side::Outgoing) => c.side_outgoing,
        _ => c.side_both,
    };
    html! {
        <section class="panel pasted-read" aria-labelledby="pasted-title" data-pasted="">
            <h3 id="pasted-title">{ c.pasted_title }</h3>
            if !pasted.ips.is_empty() {
                <h4>{ c.pasted_ips }</h4>
                <ul class="pasted-ips">
                    { for pasted.ips.iter().map(|ip| {
                        let (kind, text) = if ip.microsoft {
                            ("microsoft", c.ip_microsoft)
                        } else if ip.retired {
                            ("retired", c.ip_retired)
                        } else {
                            ("other", c.ip_other)
                        };
                        html! {
                            <li data-ip={ip.ip.clone()} data-ip-kind={kind}>
                                <code>{ ip.ip.clone() }</code>{ " — " }{ text }
                                if let Some(range) = &ip.range {
                                    { format!(" ({range})") }
                                }
                            </li>
                        }
                    }) }
                </ul>
            }
            if !pasted.hosts.is_empty() {
                <h4>{ c.pasted_hosts }</h4>
                <ul class="pasted-hosts">
                    { for pasted.hosts.iter().map(|h| html! {
                        <li data-host={h.host.clone()}><code>{ h.host.clone() }</code>{ format!(" ({})", side(h.side)) }</li>
                    }) }
                </ul>
                <p class="hint">{ c.pasted_hosts_hint }</p>
            }
            if let Some(time) = &pasted.time {
                <p data-pasted-time={time.clone()}><span class="ep-label">{ c.pasted_time }</span>{ " " }{ time.clone() }</p>
            }
        </section>
    }
}

fn finding_group(
    props: &ConsoleResultsProps,
    severity: Severity,
    s: &Strings,
    c: &Console,
) -> Html {
    let items: Vec<Html> = props
        .report
        .findings
        .iter()
        .enumerate()
        .filter(|(_, f)| f.severity == severity)
        .map(|(i, f)| {
            let text = props.explained.findings.get(i).filter(|t| t.code == f.code);
            let title = text.map_or_else(|| f.code.as_str().to_string(), |t| t.title.clone());
            let detail = text.map(|t| t.detail.clone()).filter(|d| !d.is_empty());
            html! {
                <li class={classes!("finding", format!("sev-{}", f.severity.as_str()))}
                    data-code={f.code.as_str()}
                    data-severity={f.severity.as_str()}
                    data-finding-field={f.field.as_str()}>
                    <span class="badge">{ mail_doctor_core::text::severity_name(f.severity, props.lang) }</span>
                    <span class="finding-title">{ title }</span>
                    if let Some(detail) = detail {
                        <p class="finding-detail">{ detail }</p>
                    }
                    if f.observed.is_some() || f.expected.is_some() {
                        <dl class="finding-values">
                            if let Some(o) = &f.observed {
                                <div><dt>{ c.observed }</dt><dd><code data-raw={o.clone()}>{ shown_value(f.field, o, props, c) }</code></dd></div>
                            }
                            if let Some(e) = &f.expected {
                                <div><dt>{ s.expected }</dt><dd><code data-raw={e.clone()}>{ shown_value(f.field, e, props, c) }</code></dd></div>
                            }
                        </dl>
                    }
                </li>
            }
        })
        .collect();
    if items.is_empty() {
        return Html::default();
    }
    let (heading, id) = match severity {
        Severity::Error => (c.group_error, "group-error"),
        Severity::Warning => (c.group_warning, "group-warning"),
        Severity::Info => (c.group_info, "group-info"),
    };
    html! {
        <div class={classes!("finding-group", format!("group-{}", severity.as_str()))}
             data-group={severity.as_str()} role="group" aria-labelledby={id}>
            <h4 id={id}>{ format!("{heading} ({})", items.len()) }</h4>
            <ul class="finding-list">{ for items }</ul>
        </div>
    }
}

/// A finding's value as the agent reads it: a choice by its name in the app's words (`ssl` →
/// 「SSL/TLS」, `pop3` → 「POP3」, `same-as-incoming`, `outlook-new` → 「新しい Outlook」), an OS
/// by its name; hosts, ports, dates and numbers as they are.
fn shown_value(field: Field, value: &str, props: &ConsoleResultsProps, c: &Console) -> String {
    let lang = props.lang;
    let labels = props.labels;
    let (head, rest) = value.split_once(' ').unwrap_or((value, ""));
    let with_rest = |name: &str| {
        if rest.is_empty() {
            name.to_string()
        } else {
            format!("{name} {rest}")
        }
    };
    match field {
        Field::IncomingSecurity | Field::OutgoingSecurity => match Security::from_name(value) {
            Some(sec) => {
                let control = if field == Field::IncomingSecurity {
                    labels.incoming_security
                } else {
                    labels.outgoing_security
                };
                crate::components::results::security_word(&control, sec, lang)
            }
            None => value.to_string(),
        },
        Field::IncomingProtocol => match Protocol::from_name(head) {
            Some(p) => with_rest(labels.protocol_name(p).get(lang)),
            None => value.to_string(),
        },
        Field::IncomingAuth => IncomingAuth::from_name(value).map_or_else(
            || value.to_string(),
            |a| c.incoming_auth_name(a).to_string(),
        ),
        Field::OutgoingAuth => OutgoingAuth::from_name(value).map_or_else(
            || value.to_string(),
            |a| c.outgoing_auth_name(a).to_string(),
        ),
        Field::Client | Field::ClientVersion => match ClientId::from_name(head) {
            Some(id) => with_rest(mail_doctor_core::catalog::client(id).name.get(lang)),
            None => value.to_string(),
        },
        Field::ClientOs => mail_doctor_core::catalog::os_display(value, None),
        _ => value.to_string(),
    }
}

/// The retirement records of every host and address the case mentions, without repeats.
fn retired_in_case<'p>(case: &Case, profile: &'p Profile) -> Vec<&'p Retired> {
    let mut names: Vec<&str> = Vec::new();
    if let Some(h) = case.incoming.as_ref().and_then(|i| i.host.as_deref()) {
        names.push(h);
    }
    if let Some(h) = case.outgoing.as_ref().and_then(|o| o.host.as_deref()) {
        names.push(h);
    }
    for r in &case.resolved {
        names.push(&r.host);
        names.extend(r.addresses.iter().map(String::as_str));
    }
    let mut found: Vec<&Retired> = Vec::new();
    for name in names {
        let record = profile
            .retired_host(name)
            .or_else(|| ip_literal(name).and_then(|ip| profile.retired_ip(ip)));
        if let Some(r) = record {
            if !found.iter().any(|x| std::ptr::eq(*x, r)) {
                found.push(r);
            }
        }
    }
    found
}

fn agent_notes(props: &ConsoleResultsProps, c: &Console) -> Html {
    let lang = props.lang;
    // Two findings of one code (incoming and outgoing host retired) carry the same note.
    let mut notes: Vec<(String, &str)> = Vec::new();
    for t in &props.explained.findings {
        if let Some(note) = &t.agent_note {
            if !notes.iter().any(|(n, _)| n == note) {
                notes.push((note.clone(), t.code.as_str()));
            }
        }
    }
    let retired = retired_in_case(&props.case, &props.profile);
    let policy = &props.profile.policy;
    let mut policies = vec![format!(
        "{}: {}",
        c.policy_min_tls,
        fill(c.policy_min_tls_value, &[("tls", policy.min_tls.as_str())])
    )];
    if let Some(cap) = policy.max_recipients_per_message {
        policies.push(format!(
            "{}: {}",
            c.policy_recipients,
            fill(c.policy_recipients_value, &[("n", &cap.to_string())])
        ));
    }
    if let Some(rate) = policy.send_rate {
        policies.push(format!(
            "{}: {}",
            c.policy_send_rate,
            fill(
                c.policy_send_rate_value,
                &[
                    ("messages", &rate.messages.to_string()),
                    ("minutes", &rate.per_minutes.to_string()),
                ],
            )
        ));
    }
    policies.push(format!(
        "{}: {}",
        c.policy_op25b,
        if policy.op25b {
            c.policy_op25b_on
        } else {
            c.policy_op25b_off
        }
    ));
    let block = policy.foreign_login_block;
    policies.push(format!(
        "{}: {}",
        c.policy_foreign,
        match (block.enabled, block.microsoft_cloud_exempt) {
            (false, _) => c.policy_foreign_off,
            (true, true) => c.policy_foreign_exempt,
            (true, false) => c.policy_foreign_not_exempt,
        }
    ));
    let report = &props.report;
    let mut escalation: Vec<&str> = Vec::new();
    if report.corrected.is_none() {
        escalation.push(c.escalate_unknown_domain);
    }
    if !retired.is_empty() {
        escalation.push(c.escalate_retired);
    }
    if report
        .findings
        .iter()
        .any(|f| f.severity == Severity::Error)
    {
        escalation.push(c.escalate_errors);
    }
    let verdict = props.explained.verdict.kind;
    if verdict == VerdictKind::Problem
        && !report
            .findings
            .iter()
            .any(|f| f.severity == Severity::Error)
    {
        escalation.push(c.escalate_problem);
    }
    if report.findings.is_empty() && verdict != VerdictKind::Problem {
        escalation.push(c.escalate_none);
    }
    let handoff = &props.explained.handoff;
    html! {
        <aside class="agent-notes" data-agent-only="" aria-labelledby="agent-notes-title">
            <h3 id="agent-notes-title">{ c.agent_notes_title }<span class="agent-mark">{ c.internal_mark }</span></h3>
            <p class="hint">{ c.agent_notes_hint }</p>
            if !notes.is_empty() {
                <h4>{ c.agent_notes_findings }</h4>
                <ul>
                    { for notes.into_iter().map(|(note, code)| html! {
                        <li data-note-code={code}><code>{ code }</code>{ " " }{ note }</li>
                    }) }
                </ul>
            }
            if !retired.is_empty() {
                <h4>{ c.agent_notes_history }</h4>
                <ul>
                    { for retired.iter().map(|r| retired_line(r, lang, c)) }
                </ul>
            }
            <h4>{ c.agent_notes_policies }</h4>
            <ul>{ for policies.into_iter().map(|p| html! { <li>{ p }</li> }) }</ul>
            if !handoff.is_empty() {
                <h4>{ c.handoff_title }</h4>
                <ul class="handoff" data-handoff="">
                    { for handoff.iter().map(|l| html! {
                        <li>
                            { l.label.clone() }
                            if !l.value.is_empty() {
                                { c.handoff_separator }<strong>{ l.value.clone() }</strong>
                            }
                        </li>
                    }) }
                </ul>
            }
            if !escalation.is_empty() {
                <h4>{ c.agent_notes_escalation }</h4>
                <ul>{ for escalation.into_iter().map(|e| html! { <li data-escalation="">{ e }</li> }) }</ul>
            }
        </aside>
    }
}

fn retired_line(r: &Retired, lang: Lang, c: &Console) -> Html {
    let mut parts: Vec<String> = Vec::new();
    if !r.hosts.is_empty() {
        parts.push(format!("{}: {}", c.retired_hosts, r.hosts.join(", ")));
    }
    if !r.ips.is_empty() {
        let ips: Vec<String> = r.ips.iter().map(|ip| ip.to_string()).collect();
        parts.push(format!("{}: {}", c.retired_ips, ips.join(", ")));
    }
    if let Some(until) = r.until {
        parts.push(format!("{}: {until}", c.retired_until));
    }
    if !r.replaced_by.is_empty() {
        parts.push(format!(
            "{}: servers.{}",
            c.retired_replaced_by, r.replaced_by
        ));
    }
    if let Some(note) = r
        .note
        .as_ref()
        .map(|n| n.get(lang))
        .filter(|n| !n.is_empty())
    {
        parts.push(format!("{}: {note}", c.retired_note));
    }
    html! { <li data-retired="">{ parts.join(" / ") }</li> }
}
