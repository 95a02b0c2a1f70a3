//! The agent page's box for pasted `nslookup` / `ping` / `Resolve-DnsName` output from the
//! customer's PC: read with the engine's [`parse_lookup`] into the case's "what the PC
//! resolves" rows (so the diagnosis can say the PC still reaches a retired server), with what
//! was read shown; plus the link to the DNS panel for the case's domain.

use crate::i18n::console::console;
use crate::pages::dns::dns_hash;
use crate::state::{Action, State};
use mail_doctor_core::case::Resolved;
use mail_doctor_core::decode::parse_lookup;
use mail_doctor_core::lang::fill;
use mail_doctor_core::names::{normalize_host, parse_address};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// The box for the agent page: `state` is the page's reducer, `address` the typed address.
pub fn for_agent(state: &UseReducerHandle<State>, address: &str) -> Html {
    let domain = parse_address(address).map(|a| AttrValue::from(a.domain));
    let on_read = {
        let state = state.clone();
        Callback::from(move |read: Vec<Resolved>| apply(&state, read))
    };
    html! { <LookupPaste {domain} {on_read} /> }
}

/// Puts what was read into the case: a host already in the rows gets the addresses read, a
/// new host a new row. Only the reducer's existing actions are used.
pub fn apply(state: &UseReducerHandle<State>, read: Vec<Resolved>) {
    let mut hosts: Vec<String> = state
        .form
        .resolved
        .iter()
        .map(|r| normalize_host(&r.host))
        .collect();
    for r in read {
        let addresses = r.addresses.join(" ");
        let i = match hosts.iter().position(|h| *h == r.host) {
            Some(i) => i,
            None => {
                // Reuse an empty row (the agent pressed "add" but typed nothing).
                let empty = state.form.resolved.iter().enumerate().position(|(i, row)| {
                    hosts.get(i).is_some_and(String::is_empty) && row.addresses.trim().is_empty()
                });
                match empty {
                    Some(i) => i,
                    None => {
                        state.dispatch(Action::AddResolved);
                        hosts.push(String::new());
                        hosts.len() - 1
                    }
                }
            }
        };
        if let Some(h) = hosts.get_mut(i) {
            h.clone_from(&r.host);
        }
        state.dispatch(Action::EditResolvedHost(i, r.host));
        state.dispatch(Action::EditResolvedAddresses(i, addresses));
    }
}

#[derive(Properties, PartialEq)]
pub struct LookupPasteProps {
    /// The case's mail domain, for the link to the DNS panel.
    #[prop_or_default]
    pub domain: Option<AttrValue>,
    pub on_read: Callback<Vec<Resolved>>,
}

#[function_component(LookupPaste)]
pub fn lookup_paste(props: &LookupPasteProps) -> Html {
    let lang = crate::use_lang();
    let t = console(lang);
    let text = use_state(String::new);
    // `None` before the first read.
    let read = use_state(|| None::<Vec<Resolved>>);

    let on_input = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            text.set(area.value());
        })
    };
    let on_click = {
        let text = text.clone();
        let read = read.clone();
        let on_read = props.on_read.clone();
        Callback::from(move |_: MouseEvent| {
            let rows = parse_lookup(&text);
            if !rows.is_empty() {
                on_read.emit(rows.clone());
            }
            read.set(Some(rows));
        })
    };

    let outcome = match &*read {
        None => Html::default(),
        Some(rows) if rows.is_empty() => {
            html! { <p class="error-text" data-read="none">{ t.paste_nothing }</p> }
        }
        Some(rows) => html! {
            <div class="paste-read" data-read={rows.len().to_string()}>
                <p class="ep-title">{ fill(t.paste_read_title, &[("n", &rows.len().to_string())]) }</p>
                <ul>
                    { for rows.iter().map(|r| html! {
                        <li data-host={r.host.clone()}>
                            <code>{ r.host.clone() }</code>{ " → " }<code>{ r.addresses.join(", ") }</code>
                        </li>
                    }) }
                </ul>
                <p class="hint">{ t.paste_added_note }</p>
            </div>
        },
    };

    html! {
        <div class="lookup-paste">
            <div class="field">
                <label for="f-lookup-paste">{ t.paste_label }</label>
                <textarea id="f-lookup-paste" rows="4" spellcheck="false" value={(*text).clone()}
                    maxlength={crate::components::safety::PASTE_MAX}
                    oninput={on_input} aria-describedby="f-lookup-paste-hint" />
                { crate::components::safety::paste_limit(&text, lang) }
                <p class="hint" id="f-lookup-paste-hint">{ t.paste_hint }</p>
            </div>
            <div class="buttons">
                <button type="button" class="secondary" id="f-lookup-paste-read" onclick={on_click}>{ t.paste_read }</button>
                if let Some(domain) = &props.domain {
                    <a class="button-link" id="f-open-dns" href={dns_hash(domain)}>{ t.open_dns_panel }</a>
                }
            </div>
            <div aria-live="polite">{ outcome }</div>
        </div>
    }
}
