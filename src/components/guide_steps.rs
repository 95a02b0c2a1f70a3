//! A composed guide as numbered steps: what to do, the values to type (each with a copy
//! button) and what the screen should show afterwards.

use crate::i18n::self_help::help_strings;
use mail_doctor_core::guide::Guide;
use mail_doctor_core::lang::fill;
use mail_doctor_core::Lang;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GuideStepsProps {
    pub guide: Rc<Guide>,
    pub lang: Lang,
    /// The id of the heading that names the list.
    pub labelled_by: AttrValue,
}

#[function_component(GuideSteps)]
pub fn guide_steps(props: &GuideStepsProps) -> Html {
    let h = help_strings(props.lang);
    let g = &props.guide;
    html! {
        <ol class="guide-steps" aria-labelledby={props.labelled_by.clone()}
            data-guide-client={g.client.as_str()} data-guide-kind={g.kind.as_str()}>
            { for g.steps.iter().map(|step| html! {
                <li class="guide-step" data-step={step.number.to_string()}>
                    <p class="step-text">{ &step.text }</p>
                    if !step.values.is_empty() {
                        <dl class="step-values" aria-label={h.values_label}>
                            { for step.values.iter().map(|v| html! {
                                <div class="value-row">
                                    <dt>{ &v.label }</dt>
                                    <dd>
                                        <code class="value" data-value-label={v.label.clone()}>{ &v.value }</code>
                                        // Only what is typed gets a copy button: a list choice
                                        // or a switch (「SSL/TLS」, 「オン」) is not pasted anywhere.
                                        if v.typed {
                                            <CopyButton text={AttrValue::from(v.value.clone())}
                                                label={AttrValue::from(v.label.clone())} lang={props.lang} />
                                        }
                                    </dd>
                                </div>
                            }) }
                        </dl>
                    }
                    if let Some(expect) = &step.expect {
                        <p class="step-expect">
                            <span class="expect-label">{ h.expect_label }</span>
                            <span class="expect-text">{ expect }</span>
                        </p>
                    }
                </li>
            }) }
        </ol>
    }
}

#[derive(Properties, PartialEq)]
pub struct CopyButtonProps {
    pub text: AttrValue,
    /// What the value is (for the button's accessible name).
    pub label: AttrValue,
    pub lang: Lang,
}

/// Copies a value to the clipboard and says so.
#[function_component(CopyButton)]
pub fn copy_button(props: &CopyButtonProps) -> Html {
    let h = help_strings(props.lang);
    let copied = use_state(|| false);
    let onclick = {
        let text = props.text.clone();
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            copy_to_clipboard(&text);
            copied.set(true);
        })
    };
    let name = fill(h.copy_label, &[("label", props.label.as_str())]);
    html! {
        <span class="copy-wrap">
            <button type="button" class="copy secondary" aria-label={name} {onclick}
                data-copy={props.text.clone()}>{ h.copy }</button>
            <span class="copied" role="status">{ if *copied { h.copied } else { "" } }</span>
        </span>
    }
}

/// `navigator.clipboard.writeText(text)`, ignoring a browser without it (or a refusal).
fn copy_to_clipboard(text: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(navigator) = js_sys::Reflect::get(&window, &JsValue::from_str("navigator")) else {
        return;
    };
    let Ok(clipboard) = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")) else {
        return;
    };
    if clipboard.is_undefined() || clipboard.is_null() {
        return;
    }
    let Ok(write) = js_sys::Reflect::get(&clipboard, &JsValue::from_str("writeText")) else {
        return;
    };
    if let Some(write) = write.dyn_ref::<js_sys::Function>() {
        if let Ok(promise) = write.call1(&clipboard, &JsValue::from_str(text)) {
            if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
                // A refusal must not surface as an unhandled rejection.
                wasm_bindgen_futures::spawn_local(async move {
                    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
                });
            }
        }
    }
}
