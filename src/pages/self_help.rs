//! The self-help page (`#/help`), for customers on a phone: one question per screen (address →
//! app → version where it matters → what they need), then the guide with their own values, or
//! "type what your app shows" with what to change. Every rule and text comes from the engine;
//! agent notes are never shown here.

use crate::components::field::{TextAreaField, TextField};
use crate::components::guide_steps::{CopyButton, GuideSteps};
use crate::components::header::Header;
use crate::components::help_bits::{MobileconfigNote, SupportContact};
use crate::components::profile_notice::{loading_placeholder, ProfileNotice};
use crate::help::{self, AddressCheck, GuideQuery, Setting, Shown};
use crate::i18n::self_help::{help_strings, HelpStrings};
use crate::i18n::strings;
use crate::state::choice;
use crate::web;
use crate::ProfileContext;
use mail_doctor_core::case::{ClientId, Protocol, Security};
use mail_doctor_core::guide::{self, GuideKind};
use mail_doctor_core::labels::{self, Labels, SecurityControl};
use mail_doctor_core::lang::fill;
use mail_doctor_core::lang::Text;
use mail_doctor_core::verdict::VerdictKind;
use mail_doctor_core::{decode, diagnose, text, Lang, Profile};
use std::rc::Rc;
use web_sys::{HtmlElement, HtmlInputElement};
use yew::prelude::*;

/// One screen of the flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Address,
    App,
    Version,
    Task,
    Guide(GuideKind),
    Check,
}

impl Screen {
    /// The question number shown in the progress line: one number per screen the customer
    /// sees (the version is a question of its own for the apps that ask it), so no number
    /// shows on two screens in a row.
    fn number(self, asks_version: bool) -> usize {
        let after_version = usize::from(asks_version);
        match self {
            Screen::Address => 1,
            Screen::App => 2,
            Screen::Version => 3,
            Screen::Task => 3 + after_version,
            Screen::Guide(_) | Screen::Check => 4 + after_version,
        }
    }
}

/// Whether the flow asks the app's version (its own screen) for `client` (the catalog says).
fn asks_version(client: Option<ClientId>) -> bool {
    client.is_some_and(|id| mail_doctor_core::catalog::client(id).asks_version)
}

/// The number of questions on the way for `client`.
fn questions(client: Option<ClientId>) -> usize {
    4 + usize::from(asks_version(client))
}

/// A field of the "what your app shows" form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShownField {
    Protocol,
    InHost,
    InPort,
    InSecurity,
    Username,
    OutHost,
    OutPort,
    OutSecurity,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Flow {
    pub screen: Screen,
    pub history: Vec<Screen>,
    pub address: String,
    pub address_tried: bool,
    pub client: Option<ClientId>,
    pub version: String,
    pub protocol: Protocol,
    pub shown: Shown,
    /// Apple's "Use SSL" switch / Outlook's SSL check box, incoming and outgoing.
    pub in_on: bool,
    pub out_on: bool,
    pub error_text: String,
}

impl Default for Flow {
    fn default() -> Flow {
        Flow {
            screen: Screen::Address,
            history: Vec::new(),
            address: String::new(),
            address_tried: false,
            client: None,
            version: String::new(),
            protocol: Protocol::Imap,
            shown: Shown::default(),
            in_on: true,
            out_on: true,
            error_text: String::new(),
        }
    }
}

pub enum Msg {
    Address(String),
    AddressTried,
    Go(Screen),
    Back,
    Client(ClientId),
    Version(String),
    Protocol(Protocol),
    Shown(ShownField, String),
    Switch { incoming: bool, on: bool },
    ErrorText(String),
    Restart,
}

impl Reducible for Flow {
    type Action = Msg;

    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        let mut next = (*self).clone();
        match msg {
            Msg::Address(a) => {
                next.address = a;
                next.address_tried = false;
            }
            Msg::AddressTried => next.address_tried = true,
            Msg::Go(screen) => {
                if screen != next.screen {
                    next.history.push(next.screen);
                    next.screen = screen;
                }
            }
            Msg::Back => {
                if let Some(prev) = next.history.pop() {
                    next.screen = prev;
                }
            }
            Msg::Client(c) => {
                if next.client != Some(c) {
                    next.version.clear();
                    next.shown = Shown::default();
                    next.in_on = true;
                    next.out_on = true;
                }
                next.client = Some(c);
            }
            Msg::Version(v) => next.version = v,
            Msg::Protocol(p) => next.protocol = p,
            Msg::Shown(field, v) => {
                let s = &mut next.shown;
                let slot = match field {
                    ShownField::Protocol => &mut s.protocol,
                    ShownField::InHost => &mut s.in_host,
                    ShownField::InPort => &mut s.in_port,
                    ShownField::InSecurity => &mut s.in_security,
                    ShownField::Username => &mut s.username,
                    ShownField::OutHost => &mut s.out_host,
                    ShownField::OutPort => &mut s.out_port,
                    ShownField::OutSecurity => &mut s.out_security,
                };
                *slot = v;
            }
            Msg::Switch { incoming, on } => {
                if incoming {
                    next.in_on = on;
                } else {
                    next.out_on = on;
                }
            }
            Msg::ErrorText(t) => next.error_text = t,
            Msg::Restart => next = Flow::default(),
        }
        Rc::new(next)
    }
}

impl Flow {
    fn version(&self) -> Option<&str> {
        Some(self.version.trim()).filter(|v| !v.is_empty())
    }

    /// The form's values with the switches turned into the security they mean.
    fn shown_resolved(&self, words: &Labels) -> Shown {
        let mut shown = self.shown.clone();
        let protocol = choice(&shown.protocol).unwrap_or(Protocol::Imap);
        let incoming = words.incoming_security_for(protocol);
        if !matches!(incoming, SecurityControl::Choice { .. }) {
            shown.in_security = help::security_from_control(&incoming, self.in_on, &shown.in_port)
                .as_str()
                .to_string();
        }
        if !matches!(words.outgoing_security, SecurityControl::Choice { .. }) {
            shown.out_security =
                help::security_from_control(&words.outgoing_security, self.out_on, &shown.out_port)
                    .as_str()
                    .to_string();
        }
        shown
    }
}

#[function_component(SelfHelpPage)]
pub fn self_help_page() -> Html {
    let lang = crate::use_lang();
    let state = use_context::<ProfileContext>();
    let profile: Option<Rc<Profile>> = state.as_ref().and_then(|p| p.profile.clone());
    let waiting = |lang: Lang| loading_placeholder(state.as_ref(), lang);
    let flow = use_reducer(Flow::default);
    let heading = use_node_ref();
    let h = help_strings(lang);

    // A new screen: move the focus to its question, so a screen reader reads it out.
    {
        let heading = heading.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(flow.screen, move |_| {
            if std::mem::replace(&mut *first.borrow_mut(), false) {
                return;
            }
            if let Some(el) = heading.cast::<HtmlElement>() {
                let _ = el.focus();
            }
            gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
        });
    }

    let body = match &profile {
        None => waiting(lang),
        Some(p) => screen(&flow, p, lang, &heading),
    };
    let back = {
        let flow = flow.clone();
        Callback::from(move |_: MouseEvent| flow.dispatch(Msg::Back))
    };
    let asks = asks_version(flow.client);
    let number = flow.screen.number(asks);
    let total = questions(flow.client);
    let progress = fill(
        h.progress,
        &[("n", &number.to_string()), ("total", &total.to_string())],
    );
    html! {
        <>
            <Header skip_to="#main" skip_label={strings(lang).skip_to_main} />
            <main class="page help-page" id="main" data-page="help">
                <ProfileNotice />
                <h2 class="help-title">{ h.help_title }</h2>
                if flow.screen == Screen::Address {
                    <p class="help-intro">{ h.help_intro }</p>
                }
                <div class="help-bar">
                    if !flow.history.is_empty() {
                        <button type="button" class="secondary back tap" data-nav="back" onclick={back}>
                            { format!("← {}", h.back) }
                        </button>
                    }
                    <p class="progress" data-progress={number.to_string()}>
                        <span>{ progress }</span>
                        <span class="dots" aria-hidden="true">
                            { for (1..=total).map(|i| html! {
                                <span class={classes!("dot", (i <= number).then_some("on"))}></span>
                            }) }
                        </span>
                    </p>
                </div>
                <section class="help-screen" data-screen={screen_name(flow.screen)}>
                    { body }
                </section>
            </main>
        </>
    }
}

fn screen_name(s: Screen) -> &'static str {
    match s {
        Screen::Address => "address",
        Screen::App => "app",
        Screen::Version => "version",
        Screen::Task => "task",
        Screen::Guide(_) => "guide",
        Screen::Check => "check",
    }
}

fn screen(flow: &UseReducerHandle<Flow>, profile: &Profile, lang: Lang, heading: &NodeRef) -> Html {
    match flow.screen {
        Screen::Address => address_screen(flow, profile, lang, heading),
        Screen::App => app_screen(flow, lang, heading),
        Screen::Version => version_screen(flow, lang, heading),
        Screen::Task => task_screen(flow, lang, heading),
        Screen::Guide(kind) => guide_screen(flow, profile, kind, lang, heading),
        Screen::Check => check_screen(flow, profile, lang, heading),
    }
}

fn question(text: &str, heading: &NodeRef) -> Html {
    html! { <h2 id="q-title" class="question" tabindex="-1" ref={heading.clone()}>{ text.to_string() }</h2> }
}

fn address_screen(
    flow: &UseReducerHandle<Flow>,
    profile: &Profile,
    lang: Lang,
    heading: &NodeRef,
) -> Html {
    let h = help_strings(lang);
    let check = help::check_address(profile, &flow.address, web::today());
    let onedit = {
        let flow = flow.clone();
        Callback::from(move |v: String| flow.dispatch(Msg::Address(v)))
    };
    let onsubmit = {
        let flow = flow.clone();
        let known = check == AddressCheck::Known;
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if known {
                flow.dispatch(Msg::Go(Screen::App));
            } else {
                flow.dispatch(Msg::AddressTried);
            }
        })
    };
    let message = match (&check, flow.address_tried) {
        (AddressCheck::Known, _) => {
            let brand = mail_doctor_core::names::parse_address(flow.address.trim())
                .and_then(|a| profile.brand_for_domain(&a.domain))
                .map(|b| b.name.get(lang).to_string())
                .unwrap_or_default();
            html! { <p class="ok" data-address="known">{ fill(h.address_known, &[("brand", &brand)]) }</p> }
        }
        (AddressCheck::UnknownDomain { suggestion }, true) => {
            let domain = flow
                .address
                .trim()
                .rsplit_once('@')
                .map(|(_, d)| d.to_string())
                .unwrap_or_default();
            html! {
                <div class="kind-note" role="alert" data-address="unknown">
                    <p>{ fill(h.address_unknown, &[("domain", &domain)]) }</p>
                    if let Some(s) = suggestion {
                        <p>{ fill(h.address_did_you_mean, &[("suggestion", s)]) }</p>
                        <button type="button" class="tap secondary" data-suggestion={s.clone()}
                            onclick={{
                                let flow = flow.clone();
                                let s = s.clone();
                                Callback::from(move |_: MouseEvent| flow.dispatch(Msg::Address(s.clone())))
                            }}>{ fill(h.address_use_suggestion, &[("suggestion", s)]) }</button>
                    } else {
                        <p>{ h.address_unknown_none }</p>
                    }
                    <SupportContact {lang} />
                </div>
            }
        }
        (AddressCheck::Invalid | AddressCheck::Empty, true) => html! {
            <p class="kind-note" role="alert" data-address="invalid">{ h.address_invalid }</p>
        },
        _ => Html::default(),
    };
    html! {
        <form class="help-form" {onsubmit} aria-labelledby="q-title">
            { question(h.q_address, heading) }
            <TextField id="sh-address" label={h.address_label} kind="email"
                value={flow.address.clone()} {onedit} placeholder={h.address_hint} />
            { message }
            <button type="submit" class="tap primary next" data-nav="next">{ h.next }</button>
        </form>
    }
}

fn app_screen(flow: &UseReducerHandle<Flow>, lang: Lang, heading: &NodeRef) -> Html {
    let h = help_strings(lang);
    let choose = |client: ClientId| {
        let flow = flow.clone();
        Callback::from(move |_: MouseEvent| {
            flow.dispatch(Msg::Client(client));
            let next = if asks_version(Some(client)) {
                Screen::Version
            } else {
                Screen::Task
            };
            flow.dispatch(Msg::Go(next));
        })
    };
    html! {
        <>
            { question(h.q_app, heading) }
            <ul class="choices" aria-labelledby="q-title">
                { for ClientId::ALL.into_iter().map(|c| {
                    let spec = mail_doctor_core::catalog::client(c);
                        let (name, desc) = (spec.name.get(lang), spec.recognize.get(lang));
                    html! {
                        <li>
                            <button type="button" class={classes!("choice", (flow.client == Some(c)).then_some("chosen"))}
                                data-client={c.as_str()} onclick={choose(c)}>
                                <span class="choice-name">{ name }</span>
                                <span class="choice-desc">{ desc }</span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
            <details class="tell">
                <summary>{ h.outlook_tell_title }</summary>
                <ul>{ for h.outlook_tell.iter().map(|t| html! { <li>{ *t }</li> }) }</ul>
            </details>
        </>
    }
}

fn version_screen(flow: &UseReducerHandle<Flow>, lang: Lang, heading: &NodeRef) -> Html {
    let h = help_strings(lang);
    let pick = |v: &'static str| {
        let flow = flow.clone();
        Callback::from(move |_: MouseEvent| {
            flow.dispatch(Msg::Version(v.to_string()));
            flow.dispatch(Msg::Go(Screen::Task));
        })
    };
    let buttons = |items: &[(&'static str, &'static str)]| {
        html! {
            <ul class="choices" aria-labelledby="q-title">
                { for items.iter().map(|(v, text)| html! {
                    <li><button type="button" class="choice" data-version={*v} onclick={pick(v)}>
                        <span class="choice-name">{ *text }</span>
                    </button></li>
                }) }
            </ul>
        }
    };
    match flow.client {
        Some(ClientId::OutlookClassic) => html! {
            <>
                { question(h.q_version_classic, heading) }
                <p class="hint">{ h.version_classic_help }</p>
                { buttons(&[("2010", h.version_2010), ("2013", h.version_2013),
                            ("2016", h.version_2016), ("", h.version_unknown)]) }
            </>
        },
        Some(ClientId::IosMail) => html! {
            <>
                { question(h.q_version_ios, heading) }
                <p class="hint">{ h.version_ios_help }</p>
                { buttons(&[("18", h.version_ios_18), ("17", h.version_ios_17), ("", h.version_unknown)]) }
            </>
        },
        _ => {
            let onedit = {
                let flow = flow.clone();
                Callback::from(move |v: String| flow.dispatch(Msg::Version(v)))
            };
            let onsubmit = {
                let flow = flow.clone();
                Callback::from(move |e: SubmitEvent| {
                    e.prevent_default();
                    flow.dispatch(Msg::Go(Screen::Task));
                })
            };
            html! {
                <form class="help-form" {onsubmit} aria-labelledby="q-title">
                    { question(h.q_version_new, heading) }
                    <p class="hint">{ h.version_new_help }</p>
                    <TextField id="sh-version" label={h.version_new_label}
                        value={flow.version.clone()} {onedit} placeholder={h.version_new_hint} />
                    <button type="submit" class="tap primary next" data-nav="next">{ h.next }</button>
                </form>
            }
        }
    }
}

fn task_screen(flow: &UseReducerHandle<Flow>, lang: Lang, heading: &NodeRef) -> Html {
    let h = help_strings(lang);
    let Some(client) = flow.client else {
        return Html::default();
    };
    let go = |screen: Screen| {
        let flow = flow.clone();
        Callback::from(move |_: MouseEvent| flow.dispatch(Msg::Go(screen)))
    };
    let kinds = guide::available(client);
    let mut items = vec![
        (
            "new",
            h.task_new,
            h.task_new_desc,
            Screen::Guide(GuideKind::NewAccount),
        ),
        (
            "stopped",
            h.task_stopped,
            h.task_stopped_desc,
            Screen::Check,
        ),
    ];
    if kinds.contains(&GuideKind::MailAppReplaced) {
        items.push((
            "replaced",
            h.task_replaced,
            h.task_replaced_desc,
            Screen::Guide(GuideKind::MailAppReplaced),
        ));
    }
    if kinds.contains(&GuideKind::LoginBlocked) {
        items.push((
            "blocked",
            h.task_blocked,
            h.task_blocked_desc,
            Screen::Guide(GuideKind::LoginBlocked),
        ));
    }
    html! {
        <>
            { question(h.q_task, heading) }
            <ul class="choices" aria-labelledby="q-title">
                { for items.into_iter().map(|(id, name, desc, screen)| html! {
                    <li><button type="button" class="choice" data-task={id} onclick={go(screen)}>
                        <span class="choice-name">{ name }</span>
                        <span class="choice-desc">{ desc }</span>
                    </button></li>
                }) }
            </ul>
        </>
    }
}

fn guide_screen(
    flow: &UseReducerHandle<Flow>,
    profile: &Profile,
    kind: GuideKind,
    lang: Lang,
    heading: &NodeRef,
) -> Html {
    let h = help_strings(lang);
    let Some(client) = flow.client else {
        return Html::default();
    };
    let version = flow.version();
    let pop = help::pop_offered(profile, &flow.address, client, version);
    let protocol = if pop { flow.protocol } else { Protocol::Imap };
    let pick = help::Pick {
        client,
        version,
        kind,
        protocol,
    };
    let Some(g) = help::guide_for(profile, &flow.address, pick, lang, web::today()) else {
        return Html::default();
    };
    let asks_protocol = matches!(
        kind,
        GuideKind::NewAccount | GuideKind::FixExisting | GuideKind::MailAppReplaced
    );
    let query = GuideQuery {
        address: Some(flow.address.trim().to_string()),
        protocol: Some(protocol),
        version: version.map(str::to_string),
        os: None,
        refused: false,
    };
    html! {
        <>
            <h2 id="q-title" class="question" tabindex="-1" ref={heading.clone()}>{ &g.title }</h2>
            if asks_protocol && pop {
                { protocol_choice(flow, protocol, lang) }
            } else if asks_protocol && client == ClientId::OutlookNew && version.is_some() {
                <p class="hint" data-pop="unavailable">{ h.pop_not_in_app }</p>
            }
            if kind == GuideKind::NewAccount {
                <MobileconfigNote {client} {lang} address={AttrValue::from(flow.address.trim().to_string())} />
            }
            <GuideSteps guide={Rc::new(g)} {lang} labelled_by="q-title" />
            <p class="hint">{ h.no_password_note }</p>
            { other_topics(client, kind, &query, lang) }
            <p><a class="tap" href={help::guide_link(client, kind, &query)} data-guide-link="">{ h.open_guide_page }</a></p>
            <SupportContact {lang} />
            { restart(flow, h) }
        </>
    }
}

/// IMAP (recommended) or POP, with one sentence on the difference.
fn protocol_choice(flow: &UseReducerHandle<Flow>, protocol: Protocol, lang: Lang) -> Html {
    let h = help_strings(lang);
    let option = |p: Protocol, text: &'static str| {
        let onchange = {
            let flow = flow.clone();
            Callback::from(move |_: Event| flow.dispatch(Msg::Protocol(p)))
        };
        let id = format!("sh-protocol-{}", p.as_str());
        html! {
            <div class="radio tap">
                <input type="radio" name="sh-protocol" id={id.clone()} value={p.as_str()}
                    checked={protocol == p} {onchange} />
                <label for={id}>{ text }</label>
            </div>
        }
    };
    html! {
        <fieldset class="protocol-choice">
            <legend>{ h.protocol_q }</legend>
            { option(Protocol::Imap, h.protocol_imap) }
            { option(Protocol::Pop3, h.protocol_pop) }
            <p class="hint">{ h.protocol_diff }</p>
        </fieldset>
    }
}

fn other_topics(client: ClientId, current: GuideKind, query: &GuideQuery, lang: Lang) -> Html {
    let h = help_strings(lang);
    let others: Vec<GuideKind> = guide::available(client)
        .into_iter()
        .filter(|k| *k != current)
        .collect();
    if others.is_empty() {
        return Html::default();
    }
    html! {
        <nav class="other-topics" aria-label={h.other_topics}>
            <h3>{ h.other_topics }</h3>
            <ul>
                { for others.into_iter().map(|k| html! {
                    <li><a class="tap" href={help::guide_link(client, k, query)}>{ h.kind(k) }</a></li>
                }) }
            </ul>
        </nav>
    }
}

fn restart(flow: &UseReducerHandle<Flow>, h: &HelpStrings) -> Html {
    let flow = flow.clone();
    let onclick = Callback::from(move |_: MouseEvent| flow.dispatch(Msg::Restart));
    html! {
        <p><button type="button" class="secondary tap" data-nav="restart" {onclick}>{ h.start_over }</button></p>
    }
}

fn check_screen(
    flow: &UseReducerHandle<Flow>,
    profile: &Profile,
    lang: Lang,
    heading: &NodeRef,
) -> Html {
    let h = help_strings(lang);
    let Some(client) = flow.client else {
        return Html::default();
    };
    let version = flow.version();
    let words: &'static Labels = labels::for_client(Some(client), version);
    let w = |t: Text| AttrValue::from(t.get(lang));
    let edit = |field: ShownField| {
        let flow = flow.clone();
        Callback::from(move |v: String| flow.dispatch(Msg::Shown(field, v)))
    };
    let shown_protocol = choice(&flow.shown.protocol).unwrap_or(Protocol::Imap);
    let in_control = words.incoming_security_for(shown_protocol);
    let protocol_edit = edit(ShownField::Protocol);
    let protocol_select = html! {
        <div class="field">
            <label for="sh-protocol">{ words.protocol.get(lang) }</label>
            <select id="sh-protocol" oninput={Callback::from(move |e: InputEvent| {
                let el: web_sys::HtmlSelectElement = e.target_unchecked_into();
                protocol_edit.emit(el.value());
            })}>
                <option value="" selected={flow.shown.protocol.is_empty()}>{ h.choose }</option>
                <option value="imap" selected={flow.shown.protocol == "imap"}>{ words.imap.get(lang) }</option>
                <option value="pop3" selected={flow.shown.protocol == "pop3"}>{ words.pop3.get(lang) }</option>
            </select>
        </div>
    };
    let open_settings = words.open_settings.get(lang);
    let shown = flow.shown_resolved(words);
    let case = help::shown_case(&flow.address, client, version, &shown, &flow.error_text);
    let typed = !shown.is_empty();
    let result = if !typed {
        html! { <p class="placeholder" data-result="empty">{ h.result_empty }</p> }
    } else {
        let report = diagnose(&case, profile, web::today());
        let explained = text::explain_for_customer(&report, &case, profile, lang);
        let changes = help::changes(&case, &report);
        let corrected = report.corrected.clone();
        let fix = corrected.as_ref().map(|c| {
            Rc::new(guide::guide(
                client,
                version,
                GuideKind::FixExisting,
                c.incoming.protocol,
                c,
                flow.address.trim(),
                lang,
            ))
        });
        let fix_protocol = corrected
            .as_ref()
            .map_or(Protocol::Imap, |c| c.incoming.protocol);
        html! {
            <>
                <p class="help-summary" data-summary="" data-verdict={explained.verdict.kind.as_str()}>
                    { explained.summary.clone() }
                </p>
                <h3 id="findings-title">{ h.findings_title }</h3>
                if report.findings.is_empty() && explained.verdict.kind == VerdictKind::AllWell {
                    <p class="ok" data-empty="findings">{ h.no_problem }</p>
                } else if report.findings.is_empty() {
                    <p data-empty="findings">{ h.findings_none_yet }</p>
                } else {
                    <ul class="help-findings" aria-labelledby="findings-title">
                        { for report.findings.iter().enumerate().map(|(i, f)| {
                            let t = explained.findings.get(i).filter(|t| t.code == f.code);
                            html! {
                                <li class={classes!("help-finding", format!("sev-{}", f.severity.as_str()))}
                                    data-code={f.code.as_str()}>
                                    <span class="badge">{ mail_doctor_core::text::severity_name(f.severity, lang) }</span>
                                    <strong class="finding-title">{ t.map(|t| t.title.clone()).unwrap_or_default() }</strong>
                                    if let Some(d) = t.map(|t| t.detail.clone()).filter(|d| !d.is_empty()) {
                                        <p class="finding-detail">{ d }</p>
                                    }
                                </li>
                            }
                        }) }
                    </ul>
                }
                if !changes.is_empty() {
                    <h3 id="changes-title">{ h.changes_title }</h3>
                    <ul class="changes" aria-labelledby="changes-title">
                        { for changes.iter().map(|c| change_row(c, words, fix_protocol, lang)) }
                    </ul>
                }
                if let Some(fix) = fix.filter(|_| !changes.is_empty() || !report.findings.is_empty()) {
                    <h3 id="fix-title">{ h.fix_steps_title }</h3>
                    <GuideSteps guide={fix} {lang} labelled_by="fix-title" />
                }
            </>
        }
    };
    let errors = error_box(flow, lang);
    html! {
        <>
            { question(h.q_check, heading) }
            <p class="hint">{ fill(h.check_where, &[("open_settings", open_settings)]) }</p>
            <form class="help-form shown-form" aria-labelledby="q-title"
                onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <fieldset>
                    <legend>{ h.check_incoming }</legend>
                    { protocol_select }
                    <TextField id="sh-in-host" label={w(words.incoming_host)}
                        value={flow.shown.in_host.clone()} onedit={edit(ShownField::InHost)} />
                    <TextField id="sh-in-port" label={w(words.incoming_port)} kind="numeric"
                        value={flow.shown.in_port.clone()} onedit={edit(ShownField::InPort)} />
                    { security_control("sh-in-security", &in_control, flow, true, lang) }
                    <TextField id="sh-username" label={w(words.username)}
                        value={flow.shown.username.clone()} onedit={edit(ShownField::Username)} />
                </fieldset>
                <fieldset>
                    <legend>{ h.check_outgoing }</legend>
                    <TextField id="sh-out-host" label={w(words.outgoing_host)}
                        value={flow.shown.out_host.clone()} onedit={edit(ShownField::OutHost)} />
                    <TextField id="sh-out-port" label={w(words.outgoing_port)} kind="numeric"
                        value={flow.shown.out_port.clone()} onedit={edit(ShownField::OutPort)} />
                    { security_control("sh-out-security", &words.outgoing_security, flow, false, lang) }
                </fieldset>
            </form>
            <section class="help-result" aria-labelledby="result-title" data-result="">
                <h2 id="result-title">{ h.result_title }</h2>
                { result }
            </section>
            { errors }
            <SupportContact {lang} />
            { restart(flow, h) }
        </>
    }
}

/// The encryption control in the app's own style: a list, Apple's switch, Outlook's check box.
fn security_control(
    id: &'static str,
    control: &SecurityControl,
    flow: &UseReducerHandle<Flow>,
    incoming: bool,
    lang: Lang,
) -> Html {
    let h = help_strings(lang);
    match *control {
        SecurityControl::Choice {
            label,
            ssl,
            starttls,
            none,
            auto,
        } => {
            let value = if incoming {
                flow.shown.in_security.clone()
            } else {
                flow.shown.out_security.clone()
            };
            let field = if incoming {
                ShownField::InSecurity
            } else {
                ShownField::OutSecurity
            };
            let oninput = {
                let flow = flow.clone();
                Callback::from(move |e: InputEvent| {
                    let el: web_sys::HtmlSelectElement = e.target_unchecked_into();
                    flow.dispatch(Msg::Shown(field, el.value()));
                })
            };
            let mut options = vec![
                (Security::Ssl, ssl),
                (Security::Starttls, starttls),
                (Security::None, none),
            ];
            if let Some(a) = auto {
                options.push((Security::Auto, a));
            }
            html! {
                <div class="field">
                    <label for={id}>{ label.get(lang) }</label>
                    <select {id} {oninput} data-control="list">
                        <option value="" selected={value.is_empty()}>{ h.choose }</option>
                        { for options.into_iter().map(|(sec, text)| html! {
                            <option value={sec.as_str()} selected={value == sec.as_str()}>{ text.get(lang) }</option>
                        }) }
                    </select>
                </div>
            }
        }
        SecurityControl::TlsSwitch { label } | SecurityControl::SslCheckbox { label } => {
            let switch = matches!(control, SecurityControl::TlsSwitch { .. });
            let on = if incoming { flow.in_on } else { flow.out_on };
            let onchange = {
                let flow = flow.clone();
                Callback::from(move |e: Event| {
                    let el: HtmlInputElement = e.target_unchecked_into();
                    flow.dispatch(Msg::Switch {
                        incoming,
                        on: el.checked(),
                    });
                })
            };
            html! {
                <div class={classes!("toggle", "tap", switch.then_some("switch"))}>
                    <input type="checkbox" {id} role={switch.then_some("switch")}
                        checked={on} {onchange} data-control={if switch { "switch" } else { "checkbox" }} />
                    <label for={id}>{ label.get(lang) }</label>
                    if switch {
                        <span class="switch-state" aria-hidden="true">{ if on { h.switch_on } else { h.switch_off } }</span>
                    }
                </div>
            }
        }
    }
}

fn change_row(c: &help::Change, words: &Labels, protocol: Protocol, lang: Lang) -> Html {
    let h = help_strings(lang);
    let security = |control: SecurityControl, wire: &str| -> (String, String) {
        let (label, value) = match choice::<Security>(wire) {
            Some(sec) => {
                let (l, v) = control.setting(sec);
                (l.get(lang).to_string(), v.get(lang).to_string())
            }
            None => (String::new(), wire.to_string()),
        };
        (label, value)
    };
    let (label, now, wanted) = match c.setting {
        Setting::Protocol => {
            let name = |wire: &str| {
                choice::<Protocol>(wire).map_or(wire.to_string(), |p| {
                    words.protocol_name(p).get(lang).to_string()
                })
            };
            (
                words.protocol.get(lang).to_string(),
                name(&c.now),
                name(&c.wanted),
            )
        }
        Setting::IncomingHost => (
            words.incoming_host.get(lang).to_string(),
            c.now.clone(),
            c.wanted.clone(),
        ),
        Setting::IncomingPort => (
            words.incoming_port.get(lang).to_string(),
            c.now.clone(),
            c.wanted.clone(),
        ),
        Setting::Username => (
            words.username.get(lang).to_string(),
            c.now.clone(),
            c.wanted.clone(),
        ),
        Setting::OutgoingHost => (
            words.outgoing_host.get(lang).to_string(),
            c.now.clone(),
            c.wanted.clone(),
        ),
        Setting::OutgoingPort => (
            words.outgoing_port.get(lang).to_string(),
            c.now.clone(),
            c.wanted.clone(),
        ),
        Setting::IncomingSecurity => {
            let control = words.incoming_security_for(protocol);
            let (label, now) = security(control, &c.now);
            let (_, wanted) = security(control, &c.wanted);
            (label, now, wanted)
        }
        Setting::OutgoingSecurity => {
            let (label, now) = security(words.outgoing_security, &c.now);
            let (_, wanted) = security(words.outgoing_security, &c.wanted);
            (label, now, wanted)
        }
    };
    html! {
        <li class="change" data-change={c.setting.as_str()} data-wanted={c.wanted.clone()}>
            <p class="change-label">{ label.clone() }</p>
            <p class="change-now"><span class="tag">{ h.change_now }</span>{ " " }<s>{ now }</s></p>
            <p class="change-to"><span class="tag">{ h.change_to }</span>{ " " }<code class="value">{ wanted.clone() }</code>
                <CopyButton text={AttrValue::from(wanted)} label={AttrValue::from(label)} {lang} /></p>
        </li>
    }
}

/// "It says this": pasted error text, decoded in plain words.
fn error_box(flow: &UseReducerHandle<Flow>, lang: Lang) -> Html {
    let h = help_strings(lang);
    let onedit = {
        let flow = flow.clone();
        Callback::from(move |v: String| flow.dispatch(Msg::ErrorText(v)))
    };
    let text = flow.error_text.trim();
    let found = if text.is_empty() {
        Html::default()
    } else {
        let errors = decode::explain(text);
        if errors.is_empty() {
            html! { <p class="hint" data-errors="none">{ h.error_none }</p> }
        } else {
            html! {
                <ul class="decoded">
                    { for errors.iter().map(|e| {
                        let m = decode::meaning(e, lang);
                        html! {
                            <li class="decoded-error" data-match={e.matched.clone()}>
                                <p><q>{ &e.matched }</q></p>
                                <p>{ m.meaning }</p>
                                if !m.checks.is_empty() {
                                    <p class="tag">{ h.error_checks }</p>
                                    <ul>{ for m.checks.iter().map(|c| html! { <li>{ &c.check }</li> }) }</ul>
                                }
                            </li>
                        }
                    }) }
                </ul>
            }
        }
    };
    html! {
        <section class="error-box" aria-labelledby="error-title">
            <h2 id="error-title">{ h.error_title }</h2>
            <TextAreaField id="sh-error-text" label={h.error_label} value={flow.error_text.clone()}
                {onedit} hint={h.error_hint} />
            { found }
        </section>
    }
}
