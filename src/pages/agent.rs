//! The agent console: every case field, and the diagnosis beside it, updated on each keystroke.

use crate::components::client_choice::ClientChoice;
use crate::components::console_results::ConsoleResults;
use crate::components::field::{ChoiceField, TextAreaField, TextField};
use crate::components::fix_tools::FixTools;
use crate::components::header::Header;
use crate::components::profile_notice::ProfileNotice;
use crate::components::results::security_label;
use crate::components::safety::{from_link_note, redaction_note};
use crate::components::server_check::ServerCheck;
use crate::components::{decoder_panel::DecoderPanel, export_buttons::ExportButtons};
use crate::console_web;
use crate::i18n::console::{console, Console};
use crate::i18n::{strings, Strings};
use crate::router::use_navigation;
use crate::share::{self, LinkCase};
use crate::state::{count, port, Action, Form, Input, State};
use crate::web;
use crate::ProfileContext;
use mail_doctor_core::case::{ClientId, IncomingAuth, OutgoingAuth, Security, Symptom};
use mail_doctor_core::labels::{self, Labels, SecurityControl};
use mail_doctor_core::names::parse_address;
use mail_doctor_core::profile::Endpoint;
use mail_doctor_core::{catalog, diagnose, text, Case, Lang, Profile, Report};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

fn initial_state() -> State {
    match share::case_from_hash(&web::current_hash()) {
        LinkCase::Case(case) => State {
            form: Form::from_case(&case),
            link_error: false,
            from_link: true,
        },
        LinkCase::Bad => State {
            link_error: true,
            ..State::default()
        },
        LinkCase::None => State::default(),
    }
}

#[function_component(AgentPage)]
pub fn agent_page() -> Html {
    let lang = crate::use_lang();
    let profile_ctx = use_context::<ProfileContext>();
    let profile: Option<Rc<Profile>> = profile_ctx.as_ref().and_then(|p| p.profile.clone());
    let state = use_reducer(initial_state);
    let s = strings(lang);

    let case = Rc::new(state.form.to_case());

    // Editing keeps the address bar a link to this very case.
    let hash = share::agent_hash(&case);
    use_effect_with(hash, |hash| web::replace_hash(hash));

    // A different case link pasted into this tab's address bar opens that case.
    {
        let state = state.clone();
        let navigation = use_navigation();
        use_effect_with(navigation, move |_| {
            match share::case_from_hash(&web::current_hash()) {
                // (The address bar holds the case with its secrets hidden.)
                LinkCase::Case(c) if *c != *share::shareable(&state.form.to_case()) => {
                    state.dispatch(Action::Open(Some(c)))
                }
                LinkCase::Bad => state.dispatch(Action::Open(None)),
                _ => {}
            }
        });
    }

    let edit = |input: Input| {
        let state = state.clone();
        Callback::from(move |v: String| state.dispatch(Action::Edit(input, v)))
    };
    let form = &state.form;
    let client = form.client_id();
    // The version as the catalog reads it ("Outlook 2010" → "2010": the 2010 dialog's words).
    let version = case.client.as_ref().and_then(|c| c.version.clone());
    let words: &'static Labels = labels::for_client(client, version.as_deref());
    let w = |t: mail_doctor_core::lang::Text| AttrValue::from(t.get(lang));

    let c = console(lang);
    let show_incoming = client != Some(ClientId::Device)
        || form.out_auth == OutgoingAuth::PopBeforeSmtp.as_str()
        || case.incoming.is_some();
    // One diagnosis per render, shared by the result column and the decoder panel.
    let report: Option<Rc<Report>> = profile
        .as_ref()
        .filter(|_| *case != Case::default())
        .map(|p| Rc::new(diagnose(&case, p, web::today())));
    let results = match (&profile, &report) {
        (Some(p), Some(report)) => {
            let report = report.clone();
            let explained = Rc::new(text::Explained {
                sending: text::sending_advice(&case, p, lang),
                ..text::explain(&report, &case, p, lang)
            });
            html! {
                <ConsoleResults report={report.clone()} explained={explained.clone()} case={case.clone()}
                    profile={p.clone()} labels={words} {lang}>
                    <FixTools {report} {explained} case={case.clone()} {lang} />
                </ConsoleResults>
            }
        }
        _ => html! {
            <>
                <p class="placeholder">{ c.no_case_yet }</p>
                <p class="hint">{ c.no_result_to_share }</p>
            </>
        },
    };
    let on_jump = Callback::from(|_: MouseEvent| console_web::focus("results"));
    // Alt+R / C / L / P while the console is open.
    use_effect_with((), |_| {
        let listener = console_web::listen_console_keys();
        move || drop(listener)
    });

    let on_clear = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Clear))
    };

    // The connection doctor (only with the profile's `[probe] url`): the case's domain's servers,
    // and what they say about the decoder's server-side suspect.
    let server_verdict = use_state(|| None::<crate::probe_client::Verdict>);
    let on_verdict = {
        let server_verdict = server_verdict.clone();
        Callback::from(move |v| server_verdict.set(v))
    };
    let check_domain: Option<AttrValue> = parse_address(&form.address)
        .map(|a| a.domain)
        .filter(|d| {
            profile
                .as_ref()
                .is_some_and(|p| p.brand_for_domain(d).is_some())
        })
        .map(AttrValue::from);

    html! {
        <>
            <Header />
            <main class="page" id="main" tabindex="-1">
                <ProfileNotice />
                { keys_help(c, on_jump) }
                if state.link_error {
                    <div class="banner error" role="alert" data-link="bad">
                        <strong>{ c.link_bad }</strong>{ " " }{ c.link_bad_detail }
                    </div>
                }
                <div class="columns">
                    <form class="case-form" aria-labelledby="form-title" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                        <div class="form-head">
                            <h2 id="form-title">{ c.form_title }</h2>
                            <button type="button" class="secondary" onclick={on_clear}>{ c.clear_case }</button>
                        </div>
                        if state.from_link {
                            { from_link_note(lang) }
                        }

                        <fieldset>
                            <legend>{ c.section_customer }</legend>
                            <TextField id="f-address" label={s.address} kind="email"
                                value={form.address.clone()} onedit={edit(Input::Address)}
                                placeholder={s.address_hint} />
                            { address_info(&form.address, profile.as_deref(), lang, s, c) }
                        </fieldset>

                        <fieldset>
                            <legend>{ c.section_client }</legend>
                            <ChoiceField id="f-client" label={s.client} value={form.client.clone()}
                                empty={c.client_unknown} options={client_options(lang)}
                                onedit={edit(Input::Client)} />
                            <ClientChoice {client} {lang}
                                version={form.client_version.clone()} os={form.client_os.clone()}
                                onversion={edit(Input::ClientVersion)} onos={edit(Input::ClientOs)} />
                            if client.is_some() {
                                <p class="hint">{ c.client_words_note }</p>
                            }
                        </fieldset>

                        // A device only sends: its POP settings only for POP before SMTP.
                        if show_incoming {
                        <fieldset>
                            <legend>{ c.section_incoming }</legend>
                            <ChoiceField id="f-in-protocol" label={w(words.protocol)} value={form.in_protocol.clone()}
                                empty={c.not_reported} onedit={edit(Input::InProtocol)}
                                options={vec![
                                    (AttrValue::from("imap"), w(words.imap)),
                                    (AttrValue::from("pop3"), w(words.pop3)),
                                ]} />
                            <TextField id="f-in-host" label={w(words.incoming_host)}
                                value={form.in_host.clone()} onedit={edit(Input::InHost)} />
                            <div class="pair">
                                <TextField id="f-in-port" label={w(words.incoming_port)} kind="numeric"
                                    value={form.in_port.clone()} onedit={edit(Input::InPort)}
                                    error={port_error(&form.in_port, c)} />
                                <ChoiceField id="f-in-security" label={w(security_label(&words.incoming_security))}
                                    value={form.in_security.clone()} empty={c.not_reported}
                                    options={security_options(&words.incoming_security, lang)}
                                    onedit={edit(Input::InSecurity)} />
                            </div>
                            <TextField id="f-in-username" label={w(words.username)}
                                value={form.in_username.clone()} onedit={edit(Input::InUsername)} />
                            <ChoiceField id="f-in-auth"
                                label={words.auth_method.map_or(AttrValue::from(s.auth), |(l, _)| w(l))}
                                value={form.in_auth.clone()} empty={c.not_reported}
                                options={incoming_auth_options(words, lang, c)}
                                onedit={edit(Input::InAuth)} />
                        </fieldset>
                        }

                        <fieldset>
                            <legend>{ c.section_outgoing }</legend>
                            <TextField id="f-out-host" label={w(words.outgoing_host)}
                                value={form.out_host.clone()} onedit={edit(Input::OutHost)} />
                            <div class="pair">
                                <TextField id="f-out-port" label={w(words.outgoing_port)} kind="numeric"
                                    value={form.out_port.clone()} onedit={edit(Input::OutPort)}
                                    error={port_error(&form.out_port, c)} />
                                <ChoiceField id="f-out-security" label={w(security_label(&words.outgoing_security))}
                                    value={form.out_security.clone()} empty={c.not_reported}
                                    options={security_options(&words.outgoing_security, lang)}
                                    onedit={edit(Input::OutSecurity)} />
                            </div>
                            <ChoiceField id="f-out-auth" label={w(words.outgoing_auth)}
                                value={form.out_auth.clone()} empty={c.not_reported}
                                options={outgoing_auth_options(words, lang, c)}
                                onedit={edit(Input::OutAuth)} />
                            <TextField id="f-out-username" label={c.outgoing_username}
                                value={form.out_username.clone()} onedit={edit(Input::OutUsername)} />
                        </fieldset>

                        <fieldset>
                            <legend>{ c.section_symptoms }</legend>
                            <div class="checks">
                                { for Symptom::ALL.into_iter().map(|sym| symptom_check(&state, sym, c)) }
                            </div>
                        </fieldset>

                        <fieldset>
                            <legend>{ c.section_error_text }</legend>
                            <TextAreaField id="f-error-text" label={s.error_text}
                                value={form.error_text.clone()} onedit={edit(Input::ErrorText)}
                                hint={c.error_text_hint} />
                            { redaction_note(share::secrets_hidden(&case), lang) }
                        </fieldset>

                        <fieldset>
                            <legend>{ c.section_sending }</legend>
                            <div class="pair">
                                <TextField id="f-recipients" label={s.recipients_per_message} kind="numeric"
                                    value={form.recipients.clone()} onedit={edit(Input::Recipients)}
                                    error={count_error(&form.recipients, c)} />
                                <TextField id="f-messages" label={s.messages} kind="numeric"
                                    value={form.messages.clone()} onedit={edit(Input::Messages)}
                                    error={count_error(&form.messages, c)} />
                                <TextField id="f-per-minutes" label={s.per_minutes} kind="numeric"
                                    value={form.per_minutes.clone()} onedit={edit(Input::PerMinutes)}
                                    hint={c.per_minutes_hint} error={count_error(&form.per_minutes, c)} />
                                <TextField id="f-wait-minutes" label={c.wait_minutes} kind="numeric"
                                    value={form.wait_minutes.clone()} onedit={edit(Input::WaitMinutes)}
                                    hint={c.wait_minutes_hint} error={count_error(&form.wait_minutes, c)} />
                            </div>
                        </fieldset>

                        <fieldset>
                            <legend>{ c.section_resolved }</legend>
                            { for form.resolved.iter().enumerate().map(|(i, _)| resolved_row(&state, i, c)) }
                            <button type="button" class="secondary" id="f-resolved-add"
                                onclick={{
                                    let state = state.clone();
                                    Callback::from(move |_: MouseEvent| state.dispatch(Action::AddResolved))
                                }}>{ c.resolved_add }</button>
                            { crate::components::lookup_paste::for_agent(&state, &form.address) }
                        </fieldset>
                    </form>

                    <section class="results" id="results" aria-labelledby="results-title" tabindex="0">
                        <h2 id="results-title">{ c.results_title }</h2>
                        { results }
                        <ServerCheck domain={check_domain} {on_verdict} />
                        <DecoderPanel case={case.clone()} report={report.clone()} server_check={(*server_verdict).clone()} /><ExportButtons address={form.address.clone()} />
                    </section>
                </div>
            </main>
        </>
    }
}

fn port_error(text: &str, c: &Console) -> Option<AttrValue> {
    (!text.trim().is_empty() && port(text).is_none()).then_some(AttrValue::Static(c.port_invalid))
}

fn count_error(text: &str, c: &Console) -> Option<AttrValue> {
    (!text.trim().is_empty() && count(text).is_none())
        .then_some(AttrValue::Static(c.number_invalid))
}

fn client_options(lang: Lang) -> Vec<(AttrValue, AttrValue)> {
    ClientId::ALL
        .into_iter()
        .map(|id| {
            let name = catalog::client(id).name.get(lang);
            (AttrValue::from(id.as_str()), AttrValue::from(name))
        })
        .collect()
}

/// The encryption choices in the client's words where it has a drop-down of its own.
fn security_options(control: &SecurityControl, lang: Lang) -> Vec<(AttrValue, AttrValue)> {
    [
        Security::Ssl,
        Security::Starttls,
        Security::None,
        Security::Auto,
    ]
    .into_iter()
    .map(|sec| {
        let generic = mail_doctor_core::text::security_name(sec, lang);
        let text = match control {
            SecurityControl::Choice { .. } => {
                let word = control.setting(sec).1.get(lang);
                if generic.starts_with(word) || (sec == Security::Auto && !has_auto(control)) {
                    generic.to_string()
                } else {
                    format!("{word} ({generic})")
                }
            }
            _ => generic.to_string(),
        };
        (AttrValue::from(sec.as_str()), AttrValue::from(text))
    })
    .collect()
}

fn has_auto(control: &SecurityControl) -> bool {
    matches!(control, SecurityControl::Choice { auto: Some(_), .. })
}

fn incoming_auth_options(words: &Labels, lang: Lang, c: &Console) -> Vec<(AttrValue, AttrValue)> {
    [
        IncomingAuth::Password,
        IncomingAuth::Spa,
        IncomingAuth::CramMd5,
        IncomingAuth::Oauth2,
        IncomingAuth::None,
    ]
    .into_iter()
    .map(|a| {
        let text = match (a, words.auth_method, words.spa) {
            (IncomingAuth::Password, Some((_, plain)), _) => plain.get(lang),
            (IncomingAuth::Spa, _, Some(spa)) => spa.get(lang),
            _ => c.incoming_auth_name(a),
        };
        (AttrValue::from(a.as_str()), AttrValue::from(text))
    })
    .collect()
}

fn outgoing_auth_options(words: &Labels, lang: Lang, c: &Console) -> Vec<(AttrValue, AttrValue)> {
    [
        OutgoingAuth::SameAsIncoming,
        OutgoingAuth::Password,
        OutgoingAuth::None,
        OutgoingAuth::PopBeforeSmtp,
    ]
    .into_iter()
    .map(|a| {
        let text = match (a, words.outgoing_same_login) {
            (OutgoingAuth::SameAsIncoming, Some(same)) => same.get(lang),
            _ => c.outgoing_auth_name(a),
        };
        (AttrValue::from(a.as_str()), AttrValue::from(text))
    })
    .collect()
}

fn symptom_check(state: &UseReducerHandle<State>, sym: Symptom, c: &Console) -> Html {
    let id = format!("f-symptom-{}", sym.as_str());
    let checked = state.form.symptoms.contains(&sym);
    let onchange = {
        let state = state.clone();
        Callback::from(move |_: Event| state.dispatch(Action::ToggleSymptom(sym)))
    };
    html! {
        <div class="check">
            <input type="checkbox" id={id.clone()} data-symptom={sym.as_str()} {checked} {onchange} />
            <label for={id}>{ c.symptom_name(sym) }</label>
        </div>
    }
}

fn resolved_row(state: &UseReducerHandle<State>, i: usize, c: &Console) -> Html {
    let Some(row) = state.form.resolved.get(i) else {
        return Html::default();
    };
    let on_host = {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            state.dispatch(Action::EditResolvedHost(i, input.value()));
        })
    };
    let on_addrs = {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            state.dispatch(Action::EditResolvedAddresses(i, input.value()));
        })
    };
    let on_remove = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::RemoveResolved(i)))
    };
    let n = i + 1;
    html! {
        <div class="resolved-row" role="group" aria-label={format!("{} {n}", c.resolved_row)}>
            <div class="field">
                <label for={format!("f-resolved-{i}-host")}>{ format!("{} ({n})", c.resolved_host) }</label>
                <input id={format!("f-resolved-{i}-host")} type="text" autocomplete="off" spellcheck="false"
                    value={row.host.clone()} oninput={on_host} />
            </div>
            <div class="field">
                <label for={format!("f-resolved-{i}-addresses")}>{ format!("{} ({n})", c.resolved_addresses) }</label>
                <input id={format!("f-resolved-{i}-addresses")} type="text" autocomplete="off" spellcheck="false"
                    placeholder={c.resolved_addresses_hint}
                    value={row.addresses.clone()} oninput={on_addrs} />
            </div>
            <button type="button" class="secondary small" onclick={on_remove}
                aria-label={format!("{} ({n})", c.resolved_remove)}>{ "×" }</button>
        </div>
    }
}

/// The brand and the servers of the typed address, as soon as its domain is known.
fn address_info(
    address: &str,
    profile: Option<&Profile>,
    lang: Lang,
    s: &Strings,
    c: &Console,
) -> Html {
    let (Some(addr), Some(profile)) = (parse_address(address), profile) else {
        return Html::default();
    };
    let Some((brand, set)) = profile.servers_for_domain(&addr.domain) else {
        return html! { <p class="address-info unknown" data-domain-known="false">{ c.domain_not_in_profile }</p> };
    };
    let endpoint = |label: &'static str, e: &Endpoint| {
        html! {
            <li>
                <span class="ep-label">{ label }</span>{ " " }
                <code>{ e.host_for(&addr.domain) }</code>
                { format!(" : {} / {}", e.port, mail_doctor_core::text::security_name(e.security, lang)) }
            </li>
        }
    };
    html! {
        <div class="address-info" data-brand={brand.id.clone()} data-domain-known="true">
            <p><span class="ep-label">{ c.brand }</span>{ " " }<strong>{ brand.name.get(lang).to_string() }</strong></p>
            <p class="ep-title">{ s.servers }</p>
            <ul class="endpoints">
                { for set.imap.iter().map(|e| endpoint(s.server_incoming_imap, e)) }
                { for set.pop3.iter().map(|e| endpoint(s.server_incoming_pop3, e)) }
                { for set.smtp.iter().map(|e| endpoint(s.server_outgoing, e)) }
            </ul>
        </div>
    }
}

/// The keys of the console, documented on the page, and the jump to the results.
fn keys_help(c: &Console, on_jump: Callback<MouseEvent>) -> Html {
    html! {
        <div class="keys" role="note" aria-labelledby="keys-title">
            <button type="button" class="secondary small" id="jump-results"
                aria-keyshortcuts="Alt+R" onclick={on_jump}>{ c.jump_to_results }</button>
            <span class="keys-title" id="keys-title">{ c.keys_title }</span>
            <ul class="keys-list">
                <li><kbd>{ c.key_results }</kbd></li>
                <li><kbd>{ c.key_copy }</kbd></li>
                <li><kbd>{ c.key_link }</kbd></li>
                <li><kbd>{ c.key_print }</kbd></li>
            </ul>
            <span class="keys-note">{ c.keys_modifier }</span>
        </div>
    }
}
