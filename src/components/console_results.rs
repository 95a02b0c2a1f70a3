//! The agent console's result: the summary, the findings grouped by severity, the corrected
//! settings with the values to change highlighted, the numbered steps, the ISP's contact, what a
//! pasted error means, and the agent-only notes (`data-agent-only`, never printed or copied).

use crate::components::results::corrected_table;
use crate::i18n::console::{console, fill, Console};
use crate::i18n::{strings, Strings};
use mail_doctor_core::labels::Labels;
use mail_doctor_core::names::ip_literal;
use mail_doctor_core::profile::Retired;
use mail_doctor_core::report::Side;
use mail_doctor_core::text::{cause_title, Explained};
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
            <section class="panel summary" aria-labelledby="summary-title">
                <h3 id="summary-title">{ c.summary_title }</h3>
                <p class="summary-text" data-summary="">{ explained.summary.clone() }</p>
            </section>
            { props.children.clone() }
            <section class="panel findings" aria-labelledby="findings-title">
                <h3 id="findings-title">{ s.findings_title }</h3>
                if report.findings.is_empty() {
                    <p class="ok" data-empty="findings">{ s.no_findings }</p>
                } else {
                    { for SEVERITIES.into_iter().map(|sev| finding_group(props, sev, s, c)) }
                }
            </section>
            <section class="panel corrected" aria-labelledby="corrected-title">
                <h3 id="corrected-title">{ s.corrected_title }</h3>
                { match &report.corrected {
                    Some(corrected) => html! {
                        <>
                            <p class="legend"><span class="swatch" aria-hidden="true"></span>{ c.changed_legend }</p>
                            { corrected_table(corrected, &props.case, props.labels, props.lang, s) }
                        </>
                    },
                    None => html! { <p data-empty="corrected">{ s.corrected_none }</p> },
                } }
            </section>
            if !explained.steps.is_empty() {
                <section class="panel steps" aria-labelledby="steps-title">
                    <h3 id="steps-title">{ s.steps_title }</h3>
                    <ol class="step-list">
                        { for explained.steps.iter().map(|step| html! { <li class="step">{ step }</li> }) }
                    </ol>
                </section>
            }
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
            { pasted_errors(report, props.lang, s) }
            { agent_notes(props, c) }
        </>
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
                    <span class="badge">{ s.severity(f.severity) }</span>
                    <span class="finding-title">{ title }</span>
                    if let Some(detail) = detail {
                        <p class="finding-detail">{ detail }</p>
                    }
                    if f.observed.is_some() || f.expected.is_some() {
                        <dl class="finding-values">
                            if let Some(o) = &f.observed {
                                <div><dt>{ s.observed }</dt><dd><code>{ o }</code></dd></div>
                            }
                            if let Some(e) = &f.expected {
                                <div><dt>{ s.expected }</dt><dd><code>{ e }</code></dd></div>
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

fn pasted_errors(report: &Report, lang: Lang, s: &Strings) -> Html {
    let Some(errors) = report.errors.as_ref().filter(|e| !e.is_empty()) else {
        return Html::default();
    };
    let side = |side: Side| match side {
        Side::Incoming => s.side_incoming,
        Side::Outgoing => s.side_outgoing,
        Side::Both => s.side_both,
    };
    html! {
        <section class="panel pasted" aria-labelledby="errors-title">
            <h3 id="errors-title">{ s.errors_title }</h3>
            <ul class="error-list">
                { for errors.iter().map(|e| html! {
                    <li class="error-match" data-match={e.matched.clone()}>
                        <code>{ &e.matched }</code>
                        <span class="side">{ format!(" ({}: {})", s.errors_side, side(e.side)) }</span>
                        <span class="causes">{ format!(" → {}", e.causes.iter().map(|c| cause_title(*c, lang)).collect::<Vec<_>>().join(" / ")) }</span>
                    </li>
                }) }
            </ul>
            if let Some(suspects) = report.suspects.as_ref().filter(|x| !x.is_empty()) {
                <h4>{ s.suspects_title }</h4>
                <ol class="suspects">
                    { for suspects.iter().map(|c| html! { <li data-cause={c.as_str()}>{ cause_title(*c, lang) }</li> }) }
                </ol>
            }
        </section>
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
        fill(c.policy_min_tls_value, "", "", policy.min_tls.as_str())
    )];
    if let Some(cap) = policy.max_recipients_per_message {
        policies.push(format!(
            "{}: {}",
            c.policy_recipients,
            fill(c.policy_recipients_value, &cap.to_string(), "", "")
        ));
    }
    if let Some(rate) = policy.send_rate {
        policies.push(format!(
            "{}: {}",
            c.policy_send_rate,
            fill(
                c.policy_send_rate_value,
                &rate.messages.to_string(),
                &rate.per_minutes.to_string(),
                "",
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
    if report.findings.is_empty() {
        escalation.push(c.escalate_none);
    }
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
            <h4>{ c.agent_notes_escalation }</h4>
            <ul>{ for escalation.into_iter().map(|e| html! { <li data-escalation="">{ e }</li> }) }</ul>
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
