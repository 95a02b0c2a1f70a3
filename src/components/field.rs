//! Labelled form controls. Every control has a visible `<label>`; hints and errors are tied to
//! it with `aria-describedby`.

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    pub onedit: Callback<String>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// `text`, `email`, `numeric` (sets `inputmode`).
    #[prop_or(AttrValue::Static("text"))]
    pub kind: AttrValue,
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
    /// The id of a `<datalist>` of suggestions.
    #[prop_or_default]
    pub list: Option<AttrValue>,
}

#[function_component(TextField)]
pub fn text_field(props: &TextFieldProps) -> Html {
    let oninput = {
        let onedit = props.onedit.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            onedit.emit(input.value());
        })
    };
    let hint_id = format!("{}-hint", props.id);
    let error_id = format!("{}-error", props.id);
    let described: Vec<&str> = [
        props.hint.as_ref().map(|_| hint_id.as_str()),
        props.error.as_ref().map(|_| error_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let (input_type, inputmode) = match props.kind.as_str() {
        "email" => ("email", "email"),
        "numeric" => ("text", "numeric"),
        _ => ("text", "text"),
    };
    html! {
        <div class={classes!("field", props.error.as_ref().map(|_| "has-error"))}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <input
                id={props.id.clone()}
                type={input_type}
                inputmode={inputmode}
                autocomplete="off"
                autocapitalize="off"
                spellcheck="false"
                value={props.value.clone()}
                placeholder={props.placeholder.clone()}
                list={props.list.clone()}
                aria-invalid={props.error.as_ref().map(|_| "true")}
                aria-describedby={(!described.is_empty()).then(|| described.join(" "))}
                {oninput}
            />
            if let Some(hint) = &props.hint {
                <p class="hint" id={hint_id.clone()}>{ hint.clone() }</p>
            }
            if let Some(error) = &props.error {
                <p class="error-text" id={error_id.clone()}>{ error.clone() }</p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ChoiceFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// The chosen wire value, `""` for none.
    pub value: AttrValue,
    /// `(wire value, text)`; the empty choice comes first and is added here.
    pub options: Vec<(AttrValue, AttrValue)>,
    /// Text of the empty choice.
    pub empty: AttrValue,
    pub onedit: Callback<String>,
}

#[function_component(ChoiceField)]
pub fn choice_field(props: &ChoiceFieldProps) -> Html {
    let oninput = {
        let onedit = props.onedit.clone();
        Callback::from(move |e: InputEvent| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            onedit.emit(select.value());
        })
    };
    // A value the list does not have (from an old link) is still shown, not silently dropped.
    let known = props.value.is_empty() || props.options.iter().any(|(v, _)| *v == props.value);
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <select id={props.id.clone()} {oninput}>
                <option value="" selected={props.value.is_empty()}>{ props.empty.clone() }</option>
                { for props.options.iter().map(|(value, text)| html! {
                    <option value={value.clone()} selected={*value == props.value}>{ text.clone() }</option>
                }) }
                if !known {
                    <option value={props.value.clone()} selected=true>{ props.value.clone() }</option>
                }
            </select>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct TextAreaFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    pub onedit: Callback<String>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
}

#[function_component(TextAreaField)]
pub fn text_area_field(props: &TextAreaFieldProps) -> Html {
    let lang = crate::use_lang();
    let oninput = {
        let onedit = props.onedit.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            onedit.emit(area.value());
        })
    };
    let hint_id = format!("{}-hint", props.id);
    html! {
        <div class="field wide">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <textarea
                id={props.id.clone()}
                rows="4"
                spellcheck="false"
                maxlength={crate::components::safety::PASTE_MAX}
                value={props.value.clone()}
                aria-describedby={props.hint.as_ref().map(|_| hint_id.clone())}
                {oninput}
            />
            { crate::components::safety::paste_limit(&props.value, lang) }
            if let Some(hint) = &props.hint {
                <p class="hint" id={hint_id.clone()}>{ hint.clone() }</p>
            }
        </div>
    }
}
