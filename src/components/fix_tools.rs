//! The fix-instructions tools of one case: copy as plain text (`core::text::plain_text`, the
//! async Clipboard API, falling back to a selected read-only text box), print (the print
//! stylesheet keeps one A4 page), the share link (`#/c/…`; a case never holds a password) and
//! the link to send the customer (`help.html` with their app's guide and values).

use crate::console_web;
use crate::i18n::console::console;
use mail_doctor_core::text::{plain_text, Explained};
use mail_doctor_core::{Case, Lang, Report};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FixToolsProps {
    pub report: Rc<Report>,
    pub explained: Rc<Explained>,
    pub case: Rc<Case>,
    pub lang: Lang,
}

/// What the last copy did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Status {
    Idle,
    TextCopied,
    TextSelected,
    LinkCopied,
    LinkSelected,
    CustomerLinkCopied,
    CustomerLinkSelected,
}

const TEXT_ID: &str = "fix-text";
const TEXT_BOX_ID: &str = "fix-text-box";
const LINK_ID: &str = "share-link";
const CUSTOMER_LINK_ID: &str = "customer-link";

#[function_component(FixTools)]
pub fn fix_tools(props: &FixToolsProps) -> Html {
    let c = console(props.lang);
    let status = use_state(|| Status::Idle);
    let text = plain_text(&props.explained, &props.report, props.lang);
    let link = crate::share::short_hash(&props.case)
        .map(|route| format!("{}{route}", console_web::page_address()))
        .unwrap_or_default();
    let link_chars = link.len();
    let customer_link = format!(
        "{}{}",
        console_web::page_folder(),
        crate::help::customer_link(&props.case, &props.report)
    );

    // A new case or language: the old "copied" is no longer true.
    {
        let status = status.clone();
        use_effect_with(text.clone(), move |_| status.set(Status::Idle));
    }

    let on_copy = {
        let (status, text) = (status.clone(), text.clone());
        Callback::from(move |_: MouseEvent| {
            let (status, text) = (status.clone(), text.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if console_web::copy_text(&text).await {
                    status.set(Status::TextCopied);
                } else {
                    console_web::open_details(TEXT_BOX_ID);
                    status.set(if console_web::select_and_copy(TEXT_ID) {
                        Status::TextCopied
                    } else {
                        Status::TextSelected
                    });
                }
            });
        })
    };
    let on_copy_link = {
        let (status, link) = (status.clone(), link.clone());
        Callback::from(move |_: MouseEvent| {
            let (status, link) = (status.clone(), link.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if console_web::copy_text(&link).await {
                    status.set(Status::LinkCopied);
                } else {
                    status.set(if console_web::select_and_copy(LINK_ID) {
                        Status::LinkCopied
                    } else {
                        Status::LinkSelected
                    });
                }
            });
        })
    };
    let on_copy_customer_link = {
        let (status, link) = (status.clone(), customer_link.clone());
        Callback::from(move |_: MouseEvent| {
            let (status, link) = (status.clone(), link.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if console_web::copy_text(&link).await {
                    status.set(Status::CustomerLinkCopied);
                } else {
                    status.set(if console_web::select_and_copy(CUSTOMER_LINK_ID) {
                        Status::CustomerLinkCopied
                    } else {
                        Status::CustomerLinkSelected
                    });
                }
            });
        })
    };
    let on_print = Callback::from(|_: MouseEvent| console_web::print());

    let message = match *status {
        Status::Idle => "",
        Status::TextCopied => c.copied,
        Status::LinkCopied => c.link_copied,
        Status::CustomerLinkCopied => c.customer_link_copied,
        Status::TextSelected | Status::LinkSelected | Status::CustomerLinkSelected => c.copy_failed,
    };
    html! {
        <section class="panel fix-tools" aria-labelledby="fix-title" data-fix-tools="">
            <h3 id="fix-title">{ c.fix_title }</h3>
            <div class="tool-row">
                <button type="button" id="copy-text" onclick={on_copy}
                    aria-keyshortcuts="Alt+C">{ c.copy_text }</button>
                <button type="button" id="print" class="secondary" onclick={on_print}
                    aria-keyshortcuts="Alt+P">{ c.print }</button>
                <p class={classes!("copy-status", (*status == Status::Idle).then_some("empty"))}
                    role="status" data-status={format!("{:?}", *status)}>{ message }</p>
            </div>
            <details id={TEXT_BOX_ID} class="text-box">
                <summary>{ c.text_preview }</summary>
                <label for={TEXT_ID}>{ c.text_label }</label>
                <textarea id={TEXT_ID} readonly=true rows="10" value={text} />
            </details>
            <div class="field share">
                <label for={LINK_ID}>{ c.share_label }</label>
                <div class="share-row">
                    <input id={LINK_ID} type="text" readonly=true value={link}
                        aria-describedby="share-hint" spellcheck="false" />
                    <button type="button" id="copy-link" class="secondary"
                        onclick={on_copy_link} aria-keyshortcuts="Alt+L">{ c.copy_link }</button>
                </div>
                <p class="hint" id="share-hint">{ c.share_hint }</p>
                { crate::components::safety::link_length(link_chars, props.lang) }
            </div>
            <div class="field share">
                <label for={CUSTOMER_LINK_ID}>{ c.customer_link_label }</label>
                <div class="share-row">
                    <input id={CUSTOMER_LINK_ID} type="text" readonly=true value={customer_link}
                        aria-describedby="customer-link-hint" spellcheck="false" />
                    <button type="button" id="copy-customer-link" class="secondary"
                        onclick={on_copy_customer_link}>{ c.copy_customer_link }</button>
                </div>
                <p class="hint" id="customer-link-hint">{ c.customer_link_hint }</p>
            </div>
        </section>
    }
}
