//! `#/login-ip`: is a flagged login IP one of Microsoft's cloud-sync servers (Outlook (new))?
//! The verdict is the address-range test of the engine; the PTR name over DoH is shown as
//! supporting evidence when it arrives, and its failure changes nothing.

use crate::components::dns_panel::error_code;
use crate::components::header::Header;
use crate::components::profile_notice::ProfileNotice;
use crate::doh;
use crate::i18n::dns::dns_strings;
use crate::ProfileContext;
use mail_doctor_core::dns::{Answer, DnsError, QueryKind, Record};
use mail_doctor_core::ipranges::{classify_ips, IpVerdict, Ranges};
use mail_doctor_core::lang::fill;
use mail_doctor_core::Lang;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Debug, Clone, Default, PartialEq)]
struct Checked {
    run: u64,
    verdicts: Vec<IpVerdict>,
    /// PTR answers by IP text, sorted by it (a binary search; no hash table in the wasm).
    ptr: Vec<(String, Result<Answer, DnsError>)>,
    /// Set once the agent pressed the button (so "no IP found" is not shown before).
    asked: bool,
}

enum CheckAction {
    Start(u64, Vec<IpVerdict>),
    Ptr(u64, String, Result<Answer, DnsError>),
}

impl Reducible for Checked {
    type Action = CheckAction;

    fn reduce(self: std::rc::Rc<Self>, action: CheckAction) -> std::rc::Rc<Self> {
        let mut next = (*self).clone();
        match action {
            CheckAction::Start(run, verdicts) => {
                next = Checked {
                    run,
                    verdicts,
                    ptr: Vec::new(),
                    asked: true,
                };
            }
            CheckAction::Ptr(run, ip, result) => {
                if run != next.run {
                    return self;
                }
                match next.ptr.binary_search_by(|(k, _)| k.as_str().cmp(&ip)) {
                    Ok(at) => next.ptr[at].1 = result,
                    Err(at) => next.ptr.insert(at, (ip, result)),
                }
            }
        }
        std::rc::Rc::new(next)
    }
}

#[function_component(LoginIpPage)]
pub fn login_ip_page() -> Html {
    let lang = crate::use_lang();
    let t = dns_strings(lang);
    let profile = use_context::<ProfileContext>().and_then(|p| p.profile.clone());
    let text = use_state(String::new);
    let checked = use_reducer(Checked::default);
    let counter = use_mut_ref(|| 0u64);

    let on_input = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            text.set(area.value());
        })
    };
    let on_check = {
        let text = text.clone();
        let checked = checked.clone();
        let profile = profile.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let verdicts = classify_ips(&text, Ranges::builtin());
            *counter.borrow_mut() += 1;
            let run = *counter.borrow();
            let ips: Vec<String> = verdicts.iter().map(|v| v.ip.clone()).collect();
            checked.dispatch(CheckAction::Start(run, verdicts));
            let (resolver, _) = doh::resolver_in_use(profile.as_deref());
            let timeout_ms = doh::timeout_in_use();
            for ip in ips {
                let checked = checked.clone();
                let resolver = resolver.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let result = doh::query(&resolver, &ip, QueryKind::Ptr, timeout_ms).await;
                    checked.dispatch(CheckAction::Ptr(run, ip, result));
                });
            }
        })
    };

    let policy = match &profile {
        Some(p) => {
            let block = &p.policy.foreign_login_block;
            html! {
                <ul class="policy" data-block={block.enabled.to_string()}
                    data-exempt={block.microsoft_cloud_exempt.to_string()}>
                    <li>{ if block.enabled { t.policy_block_on } else { t.policy_block_off } }</li>
                    if block.enabled {
                        <li>{ if block.microsoft_cloud_exempt { t.policy_exempt_on } else { t.policy_exempt_off } }</li>
                    }
                </ul>
            }
        }
        None => html! { <p class="placeholder">{ t.policy_unknown }</p> },
    };

    let summary = if !checked.asked {
        String::new()
    } else if checked.verdicts.is_empty() {
        t.login_none_found.to_string()
    } else {
        fill(t.login_found, &[("n", &checked.verdicts.len().to_string())])
    };

    html! {
        <>
            <Header />
            <main class="page login-ip-page" id="main">
                <ProfileNotice />
                <h2>{ t.login_title }</h2>
                <p class="intro">{ t.login_intro }</p>
                <section class="panel" aria-labelledby="policy-title">
                    <h3 id="policy-title">{ t.policy_title }</h3>
                    { policy }
                </section>
                <form class="panel" onsubmit={on_check}>
                    <div class="field">
                        <label for="login-ip-text">{ t.login_label }</label>
                        <textarea id="login-ip-text" rows="5" spellcheck="false" value={(*text).clone()}
                            maxlength={crate::components::safety::PASTE_MAX}
                            oninput={on_input} aria-describedby="login-ip-hint" />
                        { crate::components::safety::paste_limit(&text, lang) }
                        <p class="hint" id="login-ip-hint">{ t.login_hint }</p>
                    </div>
                    <button type="submit" id="login-ip-check">{ t.login_check }</button>
                </form>
                <section class="login-ip-results" id="results" tabindex="-1" aria-label={t.login_title}>
                    <p role="status" aria-live="polite" class="login-ip-summary">{ summary }</p>
                    if !checked.verdicts.is_empty() {
                        <ol class="ip-verdicts">
                            { for checked.verdicts.iter().map(|v| verdict(v, ptr_of(&checked.ptr, &v.ip), lang)) }
                        </ol>
                        <p class="hint">{ t.login_ptr_note }</p>
                        <p class="hint">{ t.login_why }</p>
                    }
                </section>
            </main>
        </>
    }
}

/// The PTR answer for an IP, if it has arrived.
fn ptr_of<'a>(
    ptr: &'a [(String, Result<Answer, DnsError>)],
    ip: &str,
) -> Option<&'a Result<Answer, DnsError>> {
    ptr.binary_search_by(|(k, _)| k.as_str().cmp(ip))
        .ok()
        .map(|at| &ptr[at].1)
}

fn verdict(v: &IpVerdict, ptr: Option<&Result<Answer, DnsError>>, lang: Lang) -> Html {
    let t = dns_strings(lang);
    let ptr_view = match ptr {
        None => html! { <span class="ptr" data-ptr="pending">{ t.login_ptr_pending }</span> },
        Some(Ok(answer)) => {
            let names: Vec<String> = answer
                .records
                .iter()
                .filter_map(|r| match r {
                    Record::Ptr(n) => Some(n.clone()),
                    _ => None,
                })
                .collect();
            if names.is_empty() {
                html! { <span class="ptr" data-ptr="none">{ t.login_ptr_none }</span> }
            } else {
                html! { <code class="ptr" data-ptr="found">{ names.join(", ") }</code> }
            }
        }
        Some(Err(e)) => html! {
            <span class="ptr" data-ptr="error" data-error={error_code(e)}>{ e.message(lang) }</span>
        },
    };
    let (class, label) = if v.microsoft {
        ("inside", t.login_inside)
    } else {
        ("outside", t.login_outside)
    };
    html! {
        <li class={classes!("ip-verdict", class)} data-ip={v.ip.clone()} data-microsoft={v.microsoft.to_string()}>
            <div class="dns-q">
                <code class="dns-name">{ v.ip.clone() }</code>
                <span class={classes!("cls", if v.microsoft { "cl-current" } else { "cl-unknown" })}>{ label }</span>
            </div>
            if let Some(range) = &v.range {
                <p><span class="dns-label">{ t.login_range }</span>{ " " }<code data-range={range.clone()}>{ range.clone() }</code></p>
            }
            if v.found != v.ip {
                <p><span class="dns-label">{ t.login_as_written }</span>{ " " }<code>{ v.found.clone() }</code></p>
            }
            <p class="meaning">{ v.explanation(lang) }</p>
            <p><span class="dns-label">{ t.login_ptr }</span>{ " " }{ ptr_view }</p>
        </li>
    }
}
