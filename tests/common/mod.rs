//! The browser tests' shared harness: the app (or a component) mounted into a fresh element,
//! found by selector, typed into and clicked like a user would, and left to settle through
//! Yew's scheduler (no waiting on the clock, except `wait_for`'s bounded poll for network answers).
// Each test file compiles this module on its own and uses only some of it.
#![allow(dead_code)]

use mail_setup_doctor::doh;
use mail_setup_doctor::profile_source::ProfileState;
use mail_setup_doctor::{App, AppProps};
use std::time::Duration;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    Element, Event, EventInit, HtmlElement, HtmlInputElement, HtmlSelectElement,
    HtmlTextAreaElement,
};
use yew::AppHandle;

/// The app mounted at a hash. Dropping it removes its element; by default the app itself is
/// left alive (detached), see `destroy_on_drop`.
pub struct Mounted {
    page: Page,
    handle: Option<AppHandle<App>>,
    destroy: bool,
    reset_doh: bool,
}

/// What the helpers look into: the root element of a mounted app or component.
pub struct Page {
    pub root: Element,
}

impl std::ops::Deref for Mounted {
    type Target = Page;
    fn deref(&self) -> &Page {
        &self.page
    }
}

impl Mounted {
    /// Mounts a fresh app with the demo profile and the address bar at `hash`.
    pub async fn at(hash: &str) -> Mounted {
        Mounted::with_profile(hash, ProfileState::demo()).await
    }

    /// Mounts a fresh app with `profile` and the address bar at `hash`.
    pub async fn with_profile(hash: &str, profile: ProfileState) -> Mounted {
        set_hash(hash);
        let page = Page::fresh();
        let handle = yew::Renderer::<App>::with_root_and_props(
            page.root.clone(),
            AppProps {
                profile: Some(profile),
            },
        )
        .render();
        settle().await;
        Mounted {
            page,
            handle: Some(handle),
            destroy: false,
            reset_doh: false,
        }
    }

    /// Destroys the app on drop: a detached app would still follow the address bar.
    pub fn destroy_on_drop(mut self) -> Mounted {
        self.destroy = true;
        self
    }

    /// Resets the DoH session resolver and timeout on drop (tests that set them).
    pub fn reset_doh_on_drop(mut self) -> Mounted {
        self.reset_doh = true;
        self
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if self.destroy {
            if let Some(handle) = self.handle.take() {
                handle.destroy();
            }
        }
        self.page.root.remove();
        if self.reset_doh {
            doh::set_session_resolver(None);
            doh::set_session_timeout(None);
        }
    }
}

impl Page {
    /// A new empty `div` at the end of the body, to mount into.
    pub fn fresh() -> Page {
        let document = gloo::utils::document();
        let root = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        Page { root }
    }

    pub fn find(&self, selector: &str) -> Option<Element> {
        self.root.query_selector(selector).unwrap()
    }

    /// The element `selector` matches; panics with the hash and the start of the page if none.
    pub fn get(&self, selector: &str) -> Element {
        self.find(selector).unwrap_or_else(|| {
            let html = self.root.inner_html();
            let head: String = html.chars().take(1500).collect();
            panic!(
                "no element matches {selector} at {}: {head}",
                gloo::utils::window().location().hash().unwrap_or_default()
            )
        })
    }

    pub fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.root.query_selector_all(selector).unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| n.dyn_into::<Element>().ok())
            .collect()
    }

    /// The `attr` values of the elements `selector` matches (those that have it).
    pub fn attrs(&self, selector: &str, attr: &str) -> Vec<String> {
        self.all(selector)
            .iter()
            .filter_map(|e| e.get_attribute(attr))
            .collect()
    }

    /// The text of the element `selector` matches.
    pub fn text(&self, selector: &str) -> String {
        self.get(selector).text_content().unwrap_or_default()
    }

    /// The text of the whole page.
    pub fn page_text(&self) -> String {
        self.root.text_content().unwrap_or_default()
    }

    /// Types `value` into the control `#id` (input, select or textarea) the way a browser does:
    /// value, then a bubbling `input` event (Yew listens at the root).
    pub async fn type_into(&self, id: &str, value: &str) {
        let el = self.get(&format!("#{id}"));
        if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
            input.set_value(value);
        } else if let Some(select) = el.dyn_ref::<HtmlSelectElement>() {
            select.set_value(value);
        } else if let Some(area) = el.dyn_ref::<HtmlTextAreaElement>() {
            area.set_value(value);
        } else {
            panic!("#{id} is not a form control");
        }
        let init = EventInit::new();
        init.set_bubbles(true);
        el.dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap())
            .unwrap();
        settle().await;
    }

    pub async fn click(&self, selector: &str) {
        self.get(selector).unchecked_into::<HtmlElement>().click();
        settle().await;
    }

    /// Waits (bounded, 8 s) until `selector` matches: DoH answers arrive when they arrive.
    pub async fn wait_for(&self, selector: &str) -> Element {
        for _ in 0..800 {
            if let Some(e) = self.find(selector) {
                return e;
            }
            yew::platform::time::sleep(Duration::from_millis(10)).await;
        }
        panic!("nothing matched {selector} within 8 s");
    }
}

/// Lets Yew's scheduler run every pending render (no wall-clock waiting).
pub async fn settle() {
    for _ in 0..4 {
        yew::platform::time::sleep(Duration::ZERO).await;
    }
}

pub fn set_hash(hash: &str) {
    let history = gloo::utils::window().history().unwrap();
    history
        .replace_state_with_url(&JsValue::NULL, "", Some(hash))
        .unwrap();
}

pub fn current_hash() -> String {
    gloo::utils::window().location().hash().unwrap()
}
