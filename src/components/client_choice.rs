//! The client's version and operating system as choices (the catalog's lists, with "don't
//! know" and "other"), tolerant of what an agent types under "other" ("Windows 7", "win7", "7",
//! "Outlook 2016"), and saying what the engine recognised. The engine reads the words
//! (`catalog::recognise_os`, `ClientSpec::recognise_version`); this only lays them out.

use crate::components::field::{ChoiceField, TextField};
use crate::i18n::console::console;
use crate::i18n::strings;
use mail_doctor_core::case::ClientId;
use mail_doctor_core::catalog::{self, OsFamily};
use mail_doctor_core::lang::fill;
use mail_doctor_core::Lang;
use yew::prelude::*;

/// The "other" choice's value (never a catalog id).
const OTHER: &str = "other";

#[derive(Properties, PartialEq)]
pub struct ClientChoiceProps {
    pub client: Option<ClientId>,
    /// As typed or chosen (a catalog id, or free text).
    pub version: AttrValue,
    pub os: AttrValue,
    pub onversion: Callback<String>,
    pub onos: Callback<String>,
    pub lang: Lang,
}

#[function_component(ClientChoice)]
pub fn client_choice(props: &ClientChoiceProps) -> Html {
    let (s, c) = (strings(props.lang), console(props.lang));
    let lang = props.lang;
    // "Other" chosen with nothing typed yet: remembered here, not in the case.
    let typing_version = use_state(|| false);
    let typing_os = use_state(|| false);

    // The version: a list where the catalog has one, else a box (Outlook (new)'s build).
    let spec = props.client.map(catalog::client);
    let versions = spec.map_or(&[][..], |spec| spec.versions);
    let typed_version = props.version.trim();
    let known_version = spec
        .and_then(|spec| spec.recognise_version(typed_version))
        .and_then(|v| v.known);
    let version_other = !versions.is_empty()
        && (*typing_version
            || (!typed_version.is_empty()
                && known_version.filter(|v| v.id == typed_version).is_none()));
    let version_field = if versions.is_empty() {
        html! {
            <TextField id="f-client-version" label={s.client_version}
                value={props.version.clone()} onedit={props.onversion.clone()}
                placeholder={c.client_version_hint} />
        }
    } else {
        let exact = known_version.filter(|v| v.id == typed_version);
        let other = *typing_version || (!typed_version.is_empty() && exact.is_none());
        let chosen = match (other, exact) {
            (true, _) => AttrValue::Static(OTHER),
            (false, Some(v)) => AttrValue::Static(v.id),
            (false, None) => AttrValue::Static(""),
        };
        let onchoose = {
            let (typing, onversion) = (typing_version.clone(), props.onversion.clone());
            Callback::from(move |v: String| {
                typing.set(v == OTHER);
                onversion.emit(if v == OTHER { String::new() } else { v });
            })
        };
        let mut options: Vec<(AttrValue, AttrValue)> = versions
            .iter()
            .map(|v| (AttrValue::Static(v.id), AttrValue::Static(v.name.get(lang))))
            .collect();
        options.push((AttrValue::Static(OTHER), AttrValue::Static(c.choice_other)));
        html! {
            <>
                <ChoiceField id="f-client-version" label={s.client_version} value={chosen}
                    empty={c.choice_unknown} {options} onedit={onchoose} />
                if other {
                    <TextField id="f-client-version-typed" label={c.version_typed}
                        value={props.version.clone()} onedit={props.onversion.clone()}
                        placeholder={c.client_version_hint} hint={c.typed_hint} />
                }
            </>
        }
    };
    let version_note = if typed_version.is_empty() || !(version_other || versions.is_empty()) {
        Html::default()
    } else {
        recognised(
            "f-client-version-recognised",
            known_version.map(|v| v.name.get(lang).to_string()),
            versions.is_empty(),
            c,
        )
    };

    // The system: the families the app runs on (none for a printer).
    let families = OsFamily::of_client(props.client);
    let typed_os = props.os.trim();
    let known_os = catalog::recognise_os(typed_os, props.client);
    let os_field = if families.is_empty() && typed_os.is_empty() {
        Html::default()
    } else {
        let choices: Vec<catalog::Os> = catalog::os_choices(props.client).collect();
        let exact = known_os.filter(|os| os.id() == typed_os && choices.contains(os));
        let other = *typing_os || (!typed_os.is_empty() && exact.is_none());
        let chosen = match (other, exact) {
            (true, _) => AttrValue::Static(OTHER),
            (false, Some(os)) => AttrValue::from(os.id()),
            (false, None) => AttrValue::Static(""),
        };
        let onchoose = {
            let (typing, onos) = (typing_os.clone(), props.onos.clone());
            Callback::from(move |v: String| {
                typing.set(v == OTHER);
                onos.emit(if v == OTHER { String::new() } else { v });
            })
        };
        let mut options: Vec<(AttrValue, AttrValue)> = choices
            .iter()
            .map(|os| (AttrValue::from(os.id()), AttrValue::from(os.name())))
            .collect();
        options.push((AttrValue::Static(OTHER), AttrValue::Static(c.choice_other)));
        html! {
            <>
                <ChoiceField id="f-client-os" label={s.client_os} value={chosen}
                    empty={c.choice_unknown} {options} onedit={onchoose} />
                if other {
                    <TextField id="f-client-os-typed" label={c.os_typed}
                        value={props.os.clone()} onedit={props.onos.clone()}
                        placeholder={c.client_os_hint} hint={c.typed_hint} />
                }
                if other && !typed_os.is_empty() {
                    { recognised("f-client-os-recognised", known_os.map(|os| os.name()), false, c) }
                }
            </>
        }
    };
    html! {
        <>
            <div class="pair">
                <div>{ version_field }{ version_note }</div>
                <div>{ os_field }</div>
            </div>
        </>
    }
}

/// "Recognised: Windows 7", or that it was not (a free box's text is taken as typed).
fn recognised(
    id: &'static str,
    name: Option<String>,
    free_text: bool,
    c: &crate::i18n::console::Console,
) -> Html {
    match name {
        Some(name) => html! {
            <p class="hint recognised" id={id} data-recognised={name.clone()}>
                { fill(c.recognised, &[("value", &name)]) }
            </p>
        },
        None if free_text => Html::default(),
        None => html! {
            <p class="hint not-recognised" id={id} data-recognised="">{ c.not_recognised }</p>
        },
    }
}
