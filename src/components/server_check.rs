//! "Check the server now" on the agent console: the case's domain's endpoints probed by the
//! connection-doctor service (`[probe] url` of the profile), shown next to the settings
//! findings; its verdict confirms or rules out the decoder's `server-side` suspect. Without a
//! probe URL in the profile it renders nothing: the console is as it was.
//!
//! [`results_table`] is shared with the tools page's server health.

use crate::i18n::server_check::{server_check, ServerCheckStrings};
use crate::probe_client::{check_domain, CheckAnswer, CheckError, EndpointCheck, Verdict};
use crate::ProfileContext;
use mail_doctor_core::lang::fill;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ServerCheckProps {
    /// The case's domain when the profile knows it.
    pub domain: Option<AttrValue>,
    /// The verdict on the server-side suspect (`None` while nothing was checked).
    pub on_verdict: Callback<Option<Verdict>>,
}

#[derive(Clone, PartialEq)]
enum Check {
    Idle,
    Checking,
    Done(Rc<CheckAnswer>),
    Failed(CheckError),
}

#[function_component(ServerCheck)]
pub fn server_check_panel(props: &ServerCheckProps) -> Html {
    let lang = crate::use_lang();
    let url: Option<String> = use_context::<ProfileContext>()
        .and_then(|p| p.profile.clone())
        .and_then(|p| p.probe.as_ref().map(|c| c.url.clone()));
    let check = use_state(|| Check::Idle);
    let run = use_mut_ref(|| 0u64);

    // Another domain: the old answer does not apply.
    {
        let check = check.clone();
        let on_verdict = props.on_verdict.clone();
        let run = run.clone();
        use_effect_with(props.domain.clone(), move |_| {
            *run.borrow_mut() += 1;
            check.set(Check::Idle);
            on_verdict.emit(None);
        });
    }

    let Some(url) = url else {
        return Html::default();
    };
    let t = server_check(lang);
    let Some(domain) = props.domain.clone() else {
        return html! {
            <section class="panel server-check" aria-labelledby="server-check-title" data-server-check="no-domain">
                <h3 id="server-check-title">{ t.check_title }</h3>
                <p class="hint">{ t.check_no_domain }</p>
            </section>
        };
    };
    let onclick = {
        let check = check.clone();
        let on_verdict = props.on_verdict.clone();
        let run = run.clone();
        let domain = domain.to_string();
        Callback::from(move |_: MouseEvent| {
            let check = check.clone();
            let on_verdict = on_verdict.clone();
            let url = url.clone();
            let domain = domain.clone();
            let this_run = {
                let mut r = run.borrow_mut();
                *r += 1;
                *r
            };
            let run = run.clone();
            check.set(Check::Checking);
            wasm_bindgen_futures::spawn_local(async move {
                let result = check_domain(&url, &domain, lang).await;
                if *run.borrow() != this_run {
                    return;
                }
                match result {
                    Ok(answer) => {
                        on_verdict.emit(Some(answer.verdict.clone()));
                        check.set(Check::Done(Rc::new(answer)));
                    }
                    Err(e) => {
                        on_verdict.emit(None);
                        check.set(Check::Failed(e));
                    }
                }
            });
        })
    };
    let busy = *check == Check::Checking;
    let state = match &*check {
        Check::Idle => "idle",
        Check::Checking => "checking",
        Check::Done(_) => "done",
        Check::Failed(_) => "error",
    };
    html! {
        <section class="panel server-check" aria-labelledby="server-check-title"
            data-server-check={state} aria-busy={if busy { "true" } else { "false" }}>
            <h3 id="server-check-title">{ t.check_title }</h3>
            <p class="hint">{ t.check_intro }</p>
            <button type="button" class="secondary" id="server-check-run" disabled={busy} {onclick}>
                { if matches!(*check, Check::Done(_) | Check::Failed(_)) { t.check_again } else { t.check_button } }
            </button>
            <div aria-live="polite">
                { match &*check {
                    Check::Idle => Html::default(),
                    Check::Checking => html! { <p class="checking">{ t.checking }</p> },
                    Check::Failed(e) => error_line(e, t),
                    Check::Done(answer) => html! {
                        <>
                            <p class="server-verdict" data-verdict={verdict_attr(&answer.verdict)}>
                                <strong>{ t.verdict_title }{ ": " }</strong>{ answer.verdict_text.clone() }
                            </p>
                            { results_table(&answer.results, t, false) }
                        </>
                    },
                } }
            </div>
        </section>
    }
}

pub fn verdict_attr(v: &Verdict) -> &'static str {
    match v {
        Verdict::Confirmed(_) => "confirmed",
        Verdict::RuledOut => "ruled-out",
        Verdict::Unknown => "unknown",
    }
}

pub fn error_line(e: &CheckError, t: &ServerCheckStrings) -> Html {
    let (kind, text) = match e {
        CheckError::Csp(origin) => ("csp", fill(t.error_csp, &[("origin", origin)])),
        CheckError::Network => ("network", t.error_network.to_string()),
        CheckError::Timeout => ("timeout", t.error_timeout.to_string()),
        CheckError::Service(_, code) if code == "rate-limited" => {
            ("rate-limited", t.error_rate_limited.to_string())
        }
        CheckError::Service(_, code) if code == "busy" => ("busy", t.error_busy.to_string()),
        CheckError::Service(_, code) if code == "domain-unknown" => {
            ("domain-unknown", t.error_domain_unknown.to_string())
        }
        CheckError::Service(status, code) => (
            "service",
            fill(
                t.error_service,
                &[("status", &status.to_string()), ("code", code)],
            ),
        ),
        CheckError::BadAnswer => ("bad-answer", t.error_bad_answer.to_string()),
    };
    html! { <p class="error" role="alert" data-check-error={kind}>{ text }</p> }
}

fn outcome_word(outcome: &str, t: &ServerCheckStrings) -> &'static str {
    match outcome {
        "answered" => t.outcome_answered,
        "refused" => t.outcome_refused,
        "timeout" => t.outcome_timeout,
        "unresolved" => t.outcome_unresolved,
        _ => t.outcome_failed,
    }
}

/// One row per endpoint: result, TLS, certificate, findings (each with its `data-code`).
/// `with_role` adds the current / retired mark (the whole-profile page).
pub fn results_table(results: &[EndpointCheck], t: &ServerCheckStrings, with_role: bool) -> Html {
    html! {
        <table class="server-results">
            <thead>
                <tr>
                    <th scope="col">{ t.col_endpoint }</th>
                    <th scope="col">{ t.col_result }</th>
                    <th scope="col">{ t.col_tls }</th>
                    <th scope="col">{ t.col_certificate }</th>
                    <th scope="col">{ t.col_findings }</th>
                </tr>
            </thead>
            <tbody>
                { for results.iter().map(|r| row(r, t, with_role)) }
            </tbody>
        </table>
    }
}

fn row(r: &EndpointCheck, t: &ServerCheckStrings, with_role: bool) -> Html {
    let worst = if r.findings.iter().any(|f| f.severity == "error") {
        "error"
    } else if r.findings.iter().any(|f| f.severity == "warning") {
        "warning"
    } else {
        "ok"
    };
    html! {
        <tr data-endpoint={r.endpoint.clone()} data-outcome={r.outcome.clone()} data-worst={worst}>
            <th scope="row">
                <code>{ r.endpoint.clone() }</code>
                <span class="proto">{ format!(" {} {}", r.protocol, r.security) }</span>
                if with_role {
                    <span class="role">{ " · " }{ if r.role == "retired" { t.role_retired } else { t.role_current } }</span>
                }
            </th>
            <td>
                { outcome_word(&r.outcome, t) }
                if let Some(ms) = r.connect_ms {
                    <span class="ms">{ format!(" ({ms} ms)") }</span>
                }
            </td>
            <td>{ r.tls_version.clone().unwrap_or_else(|| "-".to_string()) }</td>
            <td>{ r.cert_days_left.map(|n| fill(t.days_left, &[("n", &n.to_string())])).unwrap_or_else(|| "-".to_string()) }</td>
            <td>
                if r.findings.is_empty() {
                    { t.no_findings }
                } else {
                    <ul class="server-findings">
                        { for r.findings.iter().map(|f| html! {
                            <li data-code={f.code.clone()} class={classes!("severity", f.severity.clone())}>
                                <strong>{ f.title.clone() }</strong>
                                <p class="detail">{ f.detail.clone() }</p>
                            </li>
                        }) }
                    </ul>
                }
            </td>
        </tr>
    }
}
