//! Guide pages with deep links: `#/guides` lists every app and its guides;
//! `#/guide/<client-id>/<kind>?address=…&protocol=imap|pop3&version=…` shows one guide with the
//! profile's values for the address (without one: for a sample address, with a box to type
//! the customer's own).

use crate::components::field::TextField;
use crate::components::guide_steps::GuideSteps;
use crate::components::header::Header;
use crate::components::help_bits::{MobileconfigNote, SupportContact};
use crate::components::profile_notice::{loading_placeholder, ProfileNotice};
use crate::help::{self, AddressCheck, GuideQuery};
use crate::i18n::safety;
use crate::i18n::self_help::help_strings;
use crate::i18n::strings;
use crate::router::use_location;
use crate::web;
use crate::ProfileContext;
use mail_doctor_core::case::{ClientId, Protocol};
use mail_doctor_core::guide::{self, GuideKind};
use mail_doctor_core::lang::fill;
use mail_doctor_core::{Lang, Profile};
use std::rc::Rc;
use yew::prelude::*;

#[function_component(GuideIndexPage)]
pub fn guide_index_page() -> Html {
    let lang = crate::use_lang();
    let h = help_strings(lang);
    html! {
        <>
            <Header skip_to="#main" skip_label={strings(lang).skip_to_main} />
            <main class="page help-page" id="main" data-page="guides">
                <h2>{ h.guides_title }</h2>
                <p>{ h.guides_intro }</p>
                <p><a class="tap" href="#/help">{ h.guide_start_help }</a></p>
                <ul class="guide-index">
                    { for ClientId::ALL.into_iter().map(|c| {
                        let spec = mail_doctor_core::catalog::client(c);
                        let (name, desc) = (spec.name.get(lang), spec.recognize.get(lang));
                        let heading = format!("gi-{}", c.as_str());
                        html! {
                            <li class="guide-client" data-client={c.as_str()}>
                                <h3 id={heading.clone()}>{ name }</h3>
                                <p class="hint">{ desc }</p>
                                <ul class="guide-kinds" aria-labelledby={heading}>
                                    { for guide::available(c).into_iter().map(|k| html! {
                                        <li><a class="tap" data-kind={k.as_str()}
                                            href={help::guide_link(c, k, &GuideQuery::default())}>{ h.kind(k) }</a></li>
                                    }) }
                                </ul>
                            </li>
                        }
                    }) }
                </ul>
            </main>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct GuidePageProps {
    pub client: AttrValue,
    pub kind: AttrValue,
}

#[function_component(GuidePage)]
pub fn guide_page(props: &GuidePageProps) -> Html {
    let lang = crate::use_lang();
    let state = use_context::<ProfileContext>();
    let profile: Option<Rc<Profile>> = state.as_ref().and_then(|p| p.profile.clone());
    let waiting = |lang: Lang| loading_placeholder(state.as_ref(), lang);
    let h = help_strings(lang);
    let location = use_location();
    let query = GuideQuery::parse(
        &location
            .as_ref()
            .map_or_else(String::new, |l| l.query_str().to_string()),
    );
    // The address box starts with the link's address; the link changes it when it changes.
    let address = use_state(|| query.address.clone().unwrap_or_default());
    {
        let address = address.clone();
        use_effect_with(query.address.clone(), move |a| {
            address.set(a.clone().unwrap_or_default());
        });
    }
    let protocol = use_state(|| query.protocol.unwrap_or(Protocol::Imap));
    {
        let protocol = protocol.clone();
        use_effect_with(query.protocol, move |p| {
            protocol.set(p.unwrap_or(Protocol::Imap));
        });
    }

    let found = ClientId::from_name(&props.client)
        .zip(GuideKind::from_name(&props.kind))
        .filter(|(c, k)| guide::available(*c).contains(k));
    let body = match (found, &profile) {
        (None, _) => html! {
            <div data-guide="not-found">
                <h2>{ h.guide_not_found }</h2>
                <p><a class="tap" href="#/guides">{ h.guide_back_index }</a></p>
            </div>
        },
        (Some(_), None) => waiting(lang),
        (Some((client, kind)), Some(profile)) => {
            let version = query.version.as_deref();
            let typed = address.trim().to_string();
            let check = help::check_address(profile, &typed, web::today());
            let sample = help::sample_address(profile).unwrap_or_default();
            let shown_address = if check == AddressCheck::Known {
                typed.clone()
            } else {
                sample.clone()
            };
            let pop = help::pop_offered(profile, &shown_address, client, version);
            let proto = if pop { *protocol } else { Protocol::Imap };
            let pick = help::Pick {
                client,
                version,
                kind,
                protocol: proto,
            };
            let g = help::guide_for(profile, &shown_address, pick, lang, web::today());
            // What the app and system (from the desk's link) mean before the steps.
            let notices = help::guide_notices(
                profile,
                &shown_address,
                client,
                version,
                query.os.as_deref(),
                lang,
                web::today(),
            );
            let onedit = {
                let address = address.clone();
                let rest = GuideQuery {
                    address: None,
                    ..query.clone()
                };
                Callback::from(move |v: String| {
                    // The address bar follows the box (without a history entry), so the page
                    // can be bookmarked or sent on with the customer's values in it.
                    let typed = v.trim();
                    let q = GuideQuery {
                        address: typed.contains('@').then(|| typed.to_string()),
                        ..rest.clone()
                    };
                    web::replace_hash(&help::guide_link(client, kind, &q));
                    address.set(v);
                })
            };
            // Values that came with the link are marked as such; a refused one is said.
            let link_note = if query.refused {
                Some(AttrValue::Static(safety::address_refused(lang)))
            } else if query
                .address
                .as_ref()
                .is_some_and(|a| a.trim() == address.trim())
            {
                Some(AttrValue::Static(safety::address_from_link(lang)))
            } else {
                None
            };
            let note = match &check {
                AddressCheck::Known => Html::default(),
                AddressCheck::UnknownDomain { suggestion } => {
                    let domain = typed.rsplit_once('@').map(|(_, d)| d).unwrap_or_default();
                    html! {
                        <div class="kind-note" role="status" data-address="unknown">
                            <p>{ fill(h.address_unknown, &[("domain", domain)]) }</p>
                            if let Some(s) = suggestion {
                                <p>{ fill(h.address_did_you_mean, &[("suggestion", s)]) }</p>
                                <button type="button" class="tap secondary" data-suggestion={s.clone()}
                                    onclick={{
                                        let address = address.clone();
                                        let s = s.clone();
                                        Callback::from(move |_: MouseEvent| address.set(s.clone()))
                                    }}>{ fill(h.address_use_suggestion, &[("suggestion", s)]) }</button>
                            }
                            <p class="hint">{ fill(h.guide_sample_note, &[("address", &sample)]) }</p>
                        </div>
                    }
                }
                AddressCheck::Invalid if !typed.is_empty() => html! {
                    <div class="kind-note" role="status" data-address="invalid">
                        <p>{ h.address_invalid }</p>
                        <p class="hint">{ fill(h.guide_sample_note, &[("address", &sample)]) }</p>
                    </div>
                },
                _ => html! {
                    <p class="hint" data-address="sample">{ fill(h.guide_sample_note, &[("address", &sample)]) }</p>
                },
            };
            let asks_protocol = matches!(
                kind,
                GuideKind::NewAccount | GuideKind::FixExisting | GuideKind::MailAppReplaced
            );
            let radio = |p: Protocol, text: &'static str| {
                let onchange = {
                    let protocol = protocol.clone();
                    Callback::from(move |_: Event| protocol.set(p))
                };
                let id = format!("g-protocol-{}", p.as_str());
                html! {
                    <div class="radio tap">
                        <input type="radio" name="g-protocol" id={id.clone()} value={p.as_str()}
                            checked={proto == p} {onchange} />
                        <label for={id}>{ text }</label>
                    </div>
                }
            };
            let app_name = mail_doctor_core::catalog::client(client).name.get(lang);
            html! {
                <>
                    <p class="crumbs"><a class="tap" href="#/guides">{ h.guide_back_index }</a></p>
                    <p class="guide-app">{ app_name }</p>
                    { match &g {
                        Some(g) => html! { <h2 id="guide-title">{ &g.title }</h2> },
                        None => html! { <h2 id="guide-title">{ h.kind(kind) }</h2> },
                    } }
                    if let Some(n) = notices {
                        <section class="kind-note notices" aria-labelledby="notices-title" data-notices="">
                            <h3 id="notices-title">{ h.notices_title }</h3>
                            <ul>
                                { for n.findings.iter().map(|f| html! {
                                    <li data-code={f.code.as_str()}>
                                        <strong>{ f.title.clone() }</strong>
                                        <p>{ f.detail.clone() }</p>
                                    </li>
                                }) }
                            </ul>
                            <ol class="plain-steps">
                                { for n.steps.iter().map(|st| html! { <li>{ st.clone() }</li> }) }
                            </ol>
                        </section>
                    }
                    <form class="help-form" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                        <TextField id="g-address" label={h.guide_address_label} kind="email"
                            value={(*address).clone()} {onedit} placeholder={h.address_hint}
                            hint={link_note.clone()} />
                        { note }
                        if asks_protocol && pop {
                            <fieldset class="protocol-choice">
                                <legend>{ h.protocol_q }</legend>
                                { radio(Protocol::Imap, h.protocol_imap) }
                                { radio(Protocol::Pop3, h.protocol_pop) }
                                <p class="hint">{ h.protocol_diff }</p>
                            </fieldset>
                        } else if asks_protocol && client == ClientId::OutlookNew && version.is_some() {
                            <p class="hint" data-pop="unavailable">{ h.pop_not_in_app }</p>
                        }
                    </form>
                    if kind == GuideKind::NewAccount {
                        <MobileconfigNote {client} {lang} address={AttrValue::from((*address).clone())} />
                    }
                    if let Some(g) = g {
                        <GuideSteps guide={Rc::new(g)} {lang} labelled_by="guide-title" />
                    }
                    <p class="hint">{ h.no_password_note }</p>
                    <SupportContact {lang} />
                    <p><a class="tap" href="#/help">{ h.guide_start_help }</a></p>
                </>
            }
        }
    };
    html! {
        <>
            <Header skip_to="#main" skip_label={strings(lang).skip_to_main} />
            <main class="page help-page" id="main" data-page="guide">
                <ProfileNotice />
                { body }
            </main>
        </>
    }
}
