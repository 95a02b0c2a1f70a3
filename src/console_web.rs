//! The browser calls of the console pages: the clipboard, printing, focus, the page's own
//! address and URI escaping. Every call is guarded: a browser without an API gets `false` or a
//! fallback, never a panic.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Writes `text` to the clipboard with the async Clipboard API. `false` when the API is missing
/// or the browser refused (no permission, page not focused).
pub async fn copy_text(text: &str) -> bool {
    let navigator = gloo::utils::window().navigator();
    let Ok(clipboard) = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")) else {
        return false;
    };
    if clipboard.is_undefined() || clipboard.is_null() {
        return false;
    }
    let clipboard: web_sys::Clipboard = clipboard.unchecked_into();
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// The fallback: selects the read-only text box `id` (the agent presses Ctrl+C) and tries the
/// old `execCommand("copy")`. `true` if the browser says it copied.
pub fn select_and_copy(id: &str) -> bool {
    let document = gloo::utils::document();
    let Some(el) = document.get_element_by_id(id) else {
        return false;
    };
    if let Some(area) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        let _ = area.focus();
        area.select();
    } else if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        let _ = input.focus();
        input.select();
    } else {
        return false;
    }
    document
        .dyn_into::<web_sys::HtmlDocument>()
        .ok()
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false)
}

/// Opens the browser's print dialog.
pub fn print() {
    let _ = gloo::utils::window().print();
}

/// Moves the keyboard focus to the element `id` and scrolls it into view.
pub fn focus(id: &str) {
    if let Some(el) = gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        // `<main>` and other containers take the focus only with a tabindex.
        if !el.has_attribute("tabindex") {
            let _ = el.set_attribute("tabindex", "-1");
        }
        let _ = el.focus();
        el.scroll_into_view();
    }
}

/// Focuses the first of `ids` that is on the page.
pub fn focus_first(ids: &[&str]) {
    let document = gloo::utils::document();
    if let Some(id) = ids
        .iter()
        .find(|id| document.get_element_by_id(id).is_some())
    {
        focus(id);
    }
}

/// The page's address without its hash (`https://host/path/index.html`), so that a route
/// (`#/c/…`) appended to it is a whole link.
pub fn page_address() -> String {
    let location = gloo::utils::window().location();
    let href = location.href().unwrap_or_default();
    match href.split_once('#') {
        Some((base, _)) => base.to_string(),
        None => href,
    }
}

/// The folder of the page (`https://host/path/`), for links to the other page beside it
/// (`help.html`).
pub fn page_folder() -> String {
    let address = page_address();
    let without_query = address.split('?').next().unwrap_or_default();
    match without_query.rfind('/') {
        Some(i) => without_query[..=i].to_string(),
        None => String::new(),
    }
}

/// Opens the `<details>` element `id` (Yew does not manage its `open` attribute).
pub fn open_details(id: &str) {
    if let Some(el) = gloo::utils::document().get_element_by_id(id) {
        let _ = el.set_attribute("open", "");
    }
}

/// The console's keys: Alt (Option on a Mac) with R jumps to the results, C copies the text,
/// L copies the share link, P prints. `code` is used, not `key`: Option+R on a Mac types "®".
/// Dropping the listener removes it.
pub fn listen_console_keys() -> gloo::events::EventListener {
    let document = gloo::utils::document();
    gloo::events::EventListener::new(&document, "keydown", |event| {
        let Some(e) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
            return;
        };
        if !e.alt_key() || e.ctrl_key() || e.meta_key() {
            return;
        }
        let handled = match e.code().as_str() {
            "KeyR" => {
                focus("results");
                true
            }
            "KeyC" => click("copy-text"),
            "KeyL" => click("copy-link"),
            "KeyP" => {
                print();
                true
            }
            _ => false,
        };
        if handled {
            e.prevent_default();
        }
    })
}

/// Clicks the button `id`; `false` when it is not on the page.
fn click(id: &str) -> bool {
    match gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        Some(el) => {
            el.click();
            true
        }
        None => false,
    }
}
