//! `#/dns?domain=…`: the DNS panel for a customer's mail domain, with the resolver setting.

use crate::components::dns_panel::DnsPanel;
use crate::components::header::Header;
use crate::components::profile_notice::ProfileNotice;
use crate::doh::{self, ResolverProblem, ResolverSource};
use crate::i18n::dns::{dns_strings, DnsStrings};
use crate::web;
use crate::ProfileContext;
use mail_doctor_core::dns::{build_query, QueryKind};
use mail_doctor_core::names::normalize_host;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The value of `key` in the query of a hash like `#/dns?domain=aoi.example.jp`.
pub fn hash_param(hash: &str, key: &str) -> Option<String> {
    let query = hash.split_once('?')?.1;
    query.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        (k == key).then(|| {
            let v = v.replace('+', " ");
            js_sys::decode_uri_component(&v)
                .ok()
                .and_then(|s| s.as_string())
                .unwrap_or(v)
        })
    })
}

/// The hash that opens the DNS panel for `domain`.
pub fn dns_hash(domain: &str) -> String {
    let encoded: String = js_sys::encode_uri_component(domain).into();
    format!("#/dns?domain={encoded}")
}

fn domain_ok(domain: &str) -> bool {
    !domain.is_empty() && domain.contains('.') && build_query(domain, QueryKind::Mx).is_ok()
}

fn problem_text(p: ResolverProblem, t: &DnsStrings) -> &'static str {
    match p {
        ResolverProblem::Empty => t.resolver_bad_empty,
        ResolverProblem::NotUrl => t.resolver_bad_url,
        ResolverProblem::HttpNotLocal => t.resolver_bad_http,
    }
}

#[function_component(DnsPage)]
pub fn dns_page() -> Html {
    let lang = crate::use_lang();
    let t = dns_strings(lang);
    let profile = use_context::<ProfileContext>().and_then(|p| p.profile.clone());

    let from_link = hash_param(&web::current_hash(), "domain")
        .map(|d| normalize_host(&d))
        .unwrap_or_default();
    let typed_domain = use_state(|| from_link.clone());
    let domain = use_state(|| Some(from_link).filter(|d| domain_ok(d)));
    let domain_error = use_state(|| false);
    let round = use_state(|| 0u32);
    // Bumped when the tab's resolver changes (it lives in sessionStorage).
    let resolver_version = use_state(|| 0u32);
    let (resolver, source) = doh::resolver_in_use(profile.as_deref());
    let typed_resolver = use_state(|| resolver.clone());
    let resolver_problem = use_state(|| None::<ResolverProblem>);
    let timeout_ms = doh::timeout_in_use();

    let on_domain_input = {
        let typed_domain = typed_domain.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            typed_domain.set(input.value());
        })
    };
    let on_run = {
        let typed_domain = typed_domain.clone();
        let domain = domain.clone();
        let domain_error = domain_error.clone();
        let round = round.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let wanted = normalize_host(&typed_domain);
            if !domain_ok(&wanted) {
                domain_error.set(true);
                return;
            }
            domain_error.set(false);
            web::replace_hash(&dns_hash(&wanted));
            if domain.as_deref() == Some(wanted.as_str()) {
                round.set(round.wrapping_add(1));
            } else {
                domain.set(Some(wanted));
            }
        })
    };
    let on_resolver_input = {
        let typed_resolver = typed_resolver.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            typed_resolver.set(input.value());
        })
    };
    let on_resolver_apply = {
        let typed_resolver = typed_resolver.clone();
        let resolver_problem = resolver_problem.clone();
        let resolver_version = resolver_version.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match doh::validate_resolver(&typed_resolver) {
                Ok(url) => {
                    doh::set_session_resolver(Some(&url));
                    resolver_problem.set(None);
                    resolver_version.set(resolver_version.wrapping_add(1));
                }
                Err(p) => resolver_problem.set(Some(p)),
            }
        })
    };
    let on_resolver_reset = {
        let typed_resolver = typed_resolver.clone();
        let resolver_problem = resolver_problem.clone();
        let resolver_version = resolver_version.clone();
        let profile = profile.clone();
        Callback::from(move |_: MouseEvent| {
            doh::set_session_resolver(None);
            resolver_problem.set(None);
            typed_resolver.set(doh::resolver_in_use(profile.as_deref()).0);
            resolver_version.set(resolver_version.wrapping_add(1));
        })
    };

    let source_text = match source {
        ResolverSource::Session => t.resolver_from_session,
        ResolverSource::Profile => t.resolver_from_profile,
        ResolverSource::Default => t.resolver_from_default,
    };
    let blocked = !doh::page_allows(&resolver);

    html! {
        <>
            <Header />
            <main class="page dns-page" id="main">
                <ProfileNotice />
                <h2>{ t.dns_title }</h2>
                <p class="intro">{ t.dns_intro }</p>
                <div class="dns-settings">
                    <form class="panel inline-form" onsubmit={on_run} aria-label={t.domain_label}>
                        <div class={classes!("field", domain_error.then_some("has-error"))}>
                            <label for="dns-domain">{ t.domain_label }</label>
                            <input id="dns-domain" type="text" autocomplete="off" spellcheck="false"
                                inputmode="url" value={(*typed_domain).clone()} oninput={on_domain_input}
                                aria-describedby="dns-domain-hint" />
                            <p class="hint" id="dns-domain-hint">{ t.domain_hint }</p>
                            if *domain_error {
                                <p class="error-text" role="alert">{ t.domain_invalid }</p>
                            }
                        </div>
                        <button type="submit" id="dns-run">
                            { if domain.is_some() { t.rerun } else { t.run } }
                        </button>
                    </form>

                    <details class="panel dns-resolver">
                        <summary>
                            { t.resolver_title }{ ": " }
                            <code id="dns-resolver-in-use" data-source={source_name(source)}>{ resolver.clone() }</code>
                            { " " }{ source_text }
                        </summary>
                        <form class="inline-form" onsubmit={on_resolver_apply}>
                            <div class={classes!("field", resolver_problem.is_some().then_some("has-error"))}>
                                <label for="dns-resolver">{ t.resolver_label }</label>
                                <input id="dns-resolver" type="text" inputmode="url" autocomplete="off" spellcheck="false"
                                    value={(*typed_resolver).clone()} oninput={on_resolver_input}
                                    aria-describedby="dns-resolver-hint" />
                                <p class="hint" id="dns-resolver-hint">{ t.resolver_hint }</p>
                                if let Some(p) = *resolver_problem {
                                    <p class="error-text" role="alert" data-problem={format!("{p:?}")}>{ problem_text(p, t) }</p>
                                }
                            </div>
                            <div class="buttons">
                                <button type="submit" id="dns-resolver-apply">{ t.resolver_apply }</button>
                                <button type="button" class="secondary" onclick={on_resolver_reset}>{ t.resolver_reset }</button>
                            </div>
                        </form>
                        <p class="hint">{ t.csp_note }</p>
                    </details>
                    if blocked {
                        <p class="banner error" role="alert" data-csp="blocked">{ t.csp_blocked }{ " " }{ t.csp_note }</p>
                    }
                </div>

                <section class="dns-results" id="results" tabindex="-1" aria-labelledby="dns-results-title">
                    <h2 id="dns-results-title">{ t.checks_title }</h2>
                    {
                        match &*domain {
                            Some(d) => html! {
                                <DnsPanel domain={AttrValue::from(d.clone())} resolver={AttrValue::from(resolver.clone())}
                                    {timeout_ms} round={*round} />
                            },
                            None => html! { <p class="placeholder">{ t.no_domain }</p> },
                        }
                    }
                </section>
            </main>
        </>
    }
}

fn source_name(s: ResolverSource) -> &'static str {
    match s {
        ResolverSource::Session => "session",
        ResolverSource::Profile => "profile",
        ResolverSource::Default => "default",
    }
}
