//! The DNS panel: every look-up of [`checks_for`] for a domain, run in parallel over DoH, each
//! row updated as its own answer (or failure) arrives; plus a box to look up any host name the
//! customer typed. One failing query never holds up the others.

use crate::doh;
use crate::i18n::dns::{dns_strings, DnsStrings};
use crate::ProfileContext;
use mail_doctor_core::dns::{
    build_query, checks_for, classify, classify_host, current_addresses, AddressClass, Answer,
    Check, DnsError, QueryKind, Record, Status,
};
use mail_doctor_core::lang::fill;
use mail_doctor_core::names::normalize_host;
use mail_doctor_core::{Lang, Profile};
use std::net::IpAddr;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// One look-up on screen.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub name: String,
    pub kind: QueryKind,
    /// The panel's check (absent for a name the agent typed).
    pub check: Option<Check>,
    /// `None` while the query is out.
    pub result: Option<Result<Answer, DnsError>>,
}

impl Row {
    fn pending(name: String, kind: QueryKind, check: Option<Check>) -> Row {
        Row {
            name,
            kind,
            check,
            result: None,
        }
    }
}

/// Which list a row belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    Checks,
    Typed,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Runs {
    checks_run: u64,
    checks: Vec<Row>,
    typed_run: u64,
    typed: Vec<Row>,
}

pub enum RunAction {
    Start(List, u64, Vec<Row>),
    Done(List, u64, usize, Result<Answer, DnsError>),
}

impl Reducible for Runs {
    type Action = RunAction;

    fn reduce(self: Rc<Self>, action: RunAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            RunAction::Start(List::Checks, run, rows) => {
                next.checks_run = run;
                next.checks = rows;
            }
            RunAction::Start(List::Typed, run, rows) => {
                next.typed_run = run;
                next.typed = rows;
            }
            RunAction::Done(list, run, i, result) => {
                let (current, rows) = match list {
                    List::Checks => (next.checks_run, &mut next.checks),
                    List::Typed => (next.typed_run, &mut next.typed),
                };
                // An answer from an earlier run (the agent pressed "check again") is dropped.
                if run != current {
                    return self;
                }
                if let Some(row) = rows.get_mut(i) {
                    row.result = Some(result);
                }
            }
        }
        Rc::new(next)
    }
}

/// Sends every row's query at once; each answer is dispatched as it arrives.
fn launch(
    runs: &UseReducerHandle<Runs>,
    list: List,
    run: u64,
    rows: Vec<Row>,
    resolver: &str,
    timeout_ms: u32,
) {
    let queries: Vec<(String, QueryKind)> = rows.iter().map(|r| (r.name.clone(), r.kind)).collect();
    runs.dispatch(RunAction::Start(list, run, rows));
    for (i, (name, kind)) in queries.into_iter().enumerate() {
        let runs = runs.clone();
        let resolver = resolver.to_string();
        wasm_bindgen_futures::spawn_local(async move {
            let result = doh::query(&resolver, &name, kind, timeout_ms).await;
            runs.dispatch(RunAction::Done(list, run, i, result));
        });
    }
}

#[derive(Properties, PartialEq)]
pub struct DnsPanelProps {
    /// The customer's mail domain (already checked to be a name).
    pub domain: AttrValue,
    pub resolver: AttrValue,
    pub timeout_ms: u32,
    /// Changing it runs every check again.
    pub round: u32,
}

#[function_component(DnsPanel)]
pub fn dns_panel(props: &DnsPanelProps) -> Html {
    let lang = crate::use_lang();
    let t = dns_strings(lang);
    let profile: Option<Rc<Profile>> =
        use_context::<ProfileContext>().and_then(|p| p.profile.clone());
    let runs = use_reducer(Runs::default);
    let counter = use_mut_ref(|| 0u64);
    let typed = use_state(String::new);
    let typed_error = use_state(|| false);

    {
        let runs = runs.clone();
        let counter = counter.clone();
        let profile = profile.clone();
        let deps = (
            props.domain.clone(),
            props.resolver.clone(),
            props.timeout_ms,
            props.round,
            profile.is_some(),
        );
        use_effect_with(deps, move |(domain, resolver, timeout_ms, _, _)| {
            if let Some(profile) = profile {
                let rows: Vec<Row> = checks_for(&profile, domain)
                    .into_iter()
                    .map(|c| Row::pending(c.name.clone(), c.kind, Some(c)))
                    .collect();
                *counter.borrow_mut() += 1;
                let run = *counter.borrow();
                launch(&runs, List::Checks, run, rows, resolver, *timeout_ms);
            }
        });
    }

    let Some(profile) = profile else {
        return html! { <p class="placeholder" aria-live="polite">{ t.profile_loading }</p> };
    };

    let current = current_ips(&profile, &runs.checks);
    let domain = normalize_host(&props.domain);

    let on_typed = {
        let typed = typed.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            typed.set(input.value());
        })
    };
    let on_lookup = {
        let runs = runs.clone();
        let counter = counter.clone();
        let typed = typed.clone();
        let typed_error = typed_error.clone();
        let resolver = props.resolver.to_string();
        let timeout_ms = props.timeout_ms;
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let host = normalize_host(&typed);
            if host.is_empty() || build_query(&host, QueryKind::A).is_err() {
                typed_error.set(true);
                return;
            }
            typed_error.set(false);
            let rows = vec![
                Row::pending(host.clone(), QueryKind::A, None),
                Row::pending(host, QueryKind::Aaaa, None),
            ];
            *counter.borrow_mut() += 1;
            let run = *counter.borrow();
            launch(&runs, List::Typed, run, rows, &resolver, timeout_ms);
        })
    };

    let total = runs.checks.len();
    let done = runs.checks.iter().filter(|r| r.result.is_some()).count();
    let failed = runs
        .checks
        .iter()
        .filter(|r| matches!(r.result, Some(Err(_))))
        .count();
    let retired = count_retired(&profile, &runs.checks, &current);
    let progress = if done == total {
        fill(
            t.progress_done,
            &[
                ("total", &total.to_string()),
                ("failed", &failed.to_string()),
            ],
        )
    } else {
        fill(
            t.progress,
            &[("done", &done.to_string()), ("total", &total.to_string())],
        )
    };
    let resolver_blocked = !doh::page_allows(&props.resolver);
    // Every check failing for one reason (the resolver cannot be reached): said once, above
    // the rows, not twenty times.
    let errors: Vec<&DnsError> = runs
        .checks
        .iter()
        .filter_map(|r| r.result.as_ref().and_then(|x| x.as_ref().err()))
        .collect();
    let common_error = match errors.split_first() {
        Some((first, rest))
            if !rest.is_empty() && rest.iter().all(|e| e == first) && failed == done =>
        {
            Some((*first).clone())
        }
        _ => None,
    };
    let view = RowView {
        profile: &profile,
        domain: &domain,
        current: &current,
        lang,
        t,
        resolver_blocked,
        common_error: common_error.clone(),
    };
    let common_message = common_error.as_ref().map(|e| {
        let mut message = e.message(lang);
        if *e == DnsError::Network && resolver_blocked {
            message = format!("{message} {}", t.csp_blocked);
        }
        message
    });

    html! {
        <div class="dns-panel" data-domain={domain.clone()}>
            <div class="dns-progress" role="status" aria-live="polite"
                data-done={(done == total).to_string()}>
                <p>{ progress }</p>
                if let (Some(e), Some(message)) = (&common_error, &common_message) {
                    <div class="dns-common-error" role="alert" data-common-error={error_code(e)}>
                        <p><strong>{ fill(t.all_failed, &[("n", &failed.to_string())]) }</strong></p>
                        <p class="dns-error">{ message.clone() }</p>
                    </div>
                }
                if retired > 0 {
                    <p class="dns-retired-summary" data-retired={retired.to_string()}>
                        { fill(t.retired_summary, &[("n", &retired.to_string())]) }
                    </p>
                }
            </div>
            <ol class="dns-rows" aria-label={t.checks_title}>
                { for runs.checks.iter().map(|r| view.row(r)) }
            </ol>

            <section class="dns-lookup panel" aria-labelledby="dns-lookup-title">
                <h3 id="dns-lookup-title">{ t.lookup_title }</h3>
                <form class="inline-form" onsubmit={on_lookup}>
                    <div class={classes!("field", typed_error.then_some("has-error"))}>
                        <label for="dns-lookup-host">{ t.lookup_label }</label>
                        <input id="dns-lookup-host" type="text" autocomplete="off" spellcheck="false"
                            inputmode="url" value={(*typed).clone()} oninput={on_typed}
                            aria-describedby="dns-lookup-hint" />
                        <p class="hint" id="dns-lookup-hint">{ t.lookup_hint }</p>
                        if *typed_error {
                            <p class="error-text" role="alert">{ t.lookup_invalid }</p>
                        }
                    </div>
                    <button type="submit" id="dns-lookup-run">{ t.lookup_button }</button>
                </form>
                <ol class="dns-rows" aria-live="polite" aria-label={t.lookup_title}>
                    { for runs.typed.iter().map(|r| view.row(r)) }
                </ol>
            </section>
        </div>
    }
}

/// The addresses current hosts resolved to in this run.
fn current_ips(profile: &Profile, rows: &[Row]) -> Vec<IpAddr> {
    current_addresses(
        profile,
        rows.iter().filter_map(|r| match (&r.check, &r.result) {
            (Some(c), Some(Ok(a))) => Some((c, a)),
            _ => None,
        }),
    )
}

fn count_retired(profile: &Profile, rows: &[Row], current: &[IpAddr]) -> usize {
    rows.iter()
        .filter_map(|r| r.result.as_ref().and_then(|x| x.as_ref().ok()))
        .flat_map(|a| a.addresses())
        .filter(|ip| {
            matches!(
                classify(profile, *ip, current),
                AddressClass::Retired { .. }
            )
        })
        .count()
}

/// A stable word for an error (`data-error`, for tests and support notes).
pub fn error_code(e: &DnsError) -> &'static str {
    match e {
        DnsError::InvalidName { .. } => "invalid-name",
        DnsError::Http { .. } => "http",
        DnsError::Network => "network",
        DnsError::Timeout => "timeout",
        DnsError::NotDns => "not-dns",
        DnsError::ServFail => "servfail",
        DnsError::Refused => "refused",
        DnsError::Rcode { .. } => "rcode",
        DnsError::Truncated => "truncated",
        DnsError::WrongQuestion { .. } => "wrong-question",
        DnsError::CnameLoop { .. } => "cname-loop",
        DnsError::CnameChainTooLong { .. } => "cname-too-long",
    }
}

pub fn class_code(c: &AddressClass) -> &'static str {
    match c {
        AddressClass::Current => "current",
        AddressClass::Retired { .. } => "retired",
        AddressClass::Unknown => "unknown",
    }
}

fn class_label(c: &AddressClass, t: &DnsStrings) -> &'static str {
    match c {
        AddressClass::Current => t.class_current,
        AddressClass::Retired { .. } => t.class_retired,
        AddressClass::Unknown => t.class_unknown,
    }
}

struct RowView<'a> {
    profile: &'a Profile,
    domain: &'a str,
    current: &'a [IpAddr],
    lang: Lang,
    t: &'static DnsStrings,
    resolver_blocked: bool,
    /// The one error every check failed with, said once above the rows.
    common_error: Option<DnsError>,
}

impl RowView<'_> {
    fn row(&self, row: &Row) -> Html {
        let t = self.t;
        let what_for = match &row.check {
            Some(c) => c.purpose.what_for(self.lang),
            None => t.lookup_what_for.to_string(),
        };
        let (status, label, body) = match &row.result {
            None => ("pending", t.status_pending, Html::default()),
            Some(Err(e)) if self.common_error.as_ref() == Some(e) => (
                "error",
                t.status_error,
                html! { <p class="dns-error same" data-error={error_code(e)}>{ t.same_error }</p> },
            ),
            Some(Err(e)) => {
                let mut message = e.message(self.lang);
                if *e == DnsError::Network && self.resolver_blocked {
                    message = format!("{message} {}", t.csp_blocked);
                }
                (
                    "error",
                    t.status_error,
                    html! { <p class="dns-error" data-error={error_code(e)}>{ message }</p> },
                )
            }
            Some(Ok(answer)) => {
                let (status, label) = match answer.status {
                    Status::Found => ("found", t.status_found),
                    Status::NoData => ("nodata", t.status_nodata),
                    Status::NoSuchName => ("nxdomain", t.status_nxdomain),
                };
                (status, label, self.answer(answer))
            }
        };
        html! {
            <li class={classes!("dns-row", format!("st-{status}"))}
                data-check={format!("{} {}", row.name, row.kind.as_str())} data-status={status}>
                <div class="dns-q">
                    <code class="dns-name">{ row.name.clone() }</code>
                    <span class="dns-kind">{ row.kind.as_str() }</span>
                    <span class={classes!("dns-state", format!("st-{status}"))}>{ label }</span>
                </div>
                <p class="dns-why">{ what_for }</p>
                { body }
            </li>
        }
    }

    fn answer(&self, answer: &Answer) -> Html {
        let t = self.t;
        let chain = (!answer.chain.is_empty()).then(|| {
            let text = std::iter::once(answer.asked.as_str())
                .chain(answer.chain.iter().map(String::as_str))
                .collect::<Vec<_>>()
                .join(" → ");
            html! {
                <p class="dns-chain" data-chain={text.clone()}>
                    <span class="dns-label">{ t.chain_label }</span>{ " " }<code>{ text }</code>
                </p>
            }
        });
        let status_line = match answer.status {
            Status::Found => None,
            s => Some(html! { <p class="dns-note">{ s.message(self.lang) }</p> }),
        };
        html! {
            <>
                { for chain }
                { for status_line }
                if !answer.records.is_empty() {
                    <ul class="dns-records" aria-label={t.records_label}>
                        { for answer.records.iter().map(|r| self.record(r)) }
                    </ul>
                }
            </>
        }
    }

    fn classified(&self, shown: Html, value: String, class: AddressClass) -> Html {
        let code = class_code(&class);
        html! {
            <li class={classes!("dns-record", format!("cl-{code}"))} data-class={code} data-record={value}>
                { shown }{ " " }
                <span class={classes!("cls", format!("cl-{code}"))}>{ class_label(&class, self.t) }</span>
                <span class="meaning">{ class.meaning(self.lang) }</span>
            </li>
        }
    }

    fn host_class(&self, host: &str) -> AddressClass {
        classify_host(self.profile, self.domain, host)
    }

    fn record(&self, record: &Record) -> Html {
        let t = self.t;
        match record {
            Record::Address(ip) => self.classified(
                html! { <code>{ ip.to_string() }</code> },
                ip.to_string(),
                classify(self.profile, *ip, self.current),
            ),
            Record::Mx {
                preference,
                exchange,
            } => self.classified(
                html! { <><code>{ exchange.clone() }</code>{ format!(" ({} {preference})", t.mx_preference) }</> },
                exchange.clone(),
                self.host_class(exchange),
            ),
            Record::Srv {
                priority,
                port,
                target,
                ..
            } if target == "." => html! {
                <li class="dns-record" data-record=".">
                    <code>{ "." }</code>{ format!(" ({} {port}, {} {priority}) ", t.srv_port, t.srv_priority) }
                    <span class="meaning">{ t.srv_not_offered }</span>
                </li>
            },
            Record::Srv {
                priority,
                port,
                target,
                ..
            } => self.classified(
                html! { <><code>{ target.clone() }</code>{ format!(" ({} {port}, {} {priority})", t.srv_port, t.srv_priority) }</> },
                target.clone(),
                self.host_class(target),
            ),
            Record::Cname(target) => self.classified(
                html! { <code>{ target.clone() }</code> },
                target.clone(),
                self.host_class(target),
            ),
            Record::Ptr(name) => html! {
                <li class="dns-record" data-record={name.clone()}><code>{ name.clone() }</code></li>
            },
            Record::Txt(parts) => {
                let text = parts.join("");
                html! { <li class="dns-record" data-record={text.clone()}><code>{ text }</code></li> }
            }
        }
    }
}
