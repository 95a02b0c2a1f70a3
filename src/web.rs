//! The few places the app touches the browser directly: fetching the profile, a GET with a
//! timeout (the DNS panel's resolver, the connection doctor's service), the document's language,
//! the address bar, today's date and the panic message.

use crate::i18n::strings;
use crate::profile_source::{parse_answer, Fetched};
use mail_doctor_core::{Date, Lang};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

#[wasm_bindgen]
extern "C" {
    /// static/boot.js: fetches `profile.toml` beside the page (the first call takes the request
    /// boot.js started while the wasm loaded), conditionally when given validators, with a 10 s
    /// timeout; one string answer (`profile_source::parse_answer`).
    #[wasm_bindgen(catch, js_name = mailDoctorProfile)]
    fn profile_request(etag: &str, last_modified: &str) -> Result<js_sys::Promise, JsValue>;
    /// static/boot.js: a text file beside the page, or null.
    #[cfg(feature = "english-on-demand")]
    #[wasm_bindgen(catch, js_name = mailDoctorText)]
    fn text_request(name: &str) -> Result<js_sys::Promise, JsValue>;
}

/// Why a GET of [`get_within`] failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GetFailed {
    /// The fetch was rejected: nothing listening, CORS, the page's CSP, a network error.
    Network,
    /// The time ran out (the request was aborted).
    Timeout,
}

/// A GET of `url` ended after `timeout_ms` by an `AbortController`; `read` takes the response
/// (status, headers, body) within the same time. The request is CORS without credentials or
/// referrer and carries at most an `accept` header, so it is a "simple" request: no preflight
/// (a DoH resolver or the probe service need not answer one).
pub async fn get_within<T, F, Fut>(
    url: &str,
    accept: Option<&str>,
    timeout_ms: u32,
    read: F,
) -> Result<T, GetFailed>
where
    F: FnOnce(web_sys::Response) -> Fut,
    Fut: std::future::Future<Output = Result<T, JsValue>>,
{
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let window = web_sys::window().ok_or(GetFailed::Network)?;
    let controller = web_sys::AbortController::new().map_err(|_| GetFailed::Network)?;
    let signal = controller.signal();
    let init = web_sys::RequestInit::new();
    init.set_method("GET");
    init.set_mode(web_sys::RequestMode::Cors);
    init.set_credentials(web_sys::RequestCredentials::Omit);
    init.set_referrer_policy(web_sys::ReferrerPolicy::NoReferrer);
    if let Some(accept) = accept {
        let headers = web_sys::Headers::new().map_err(|_| GetFailed::Network)?;
        headers
            .set("accept", accept)
            .map_err(|_| GetFailed::Network)?;
        init.set_headers(&headers);
    }
    init.set_signal(Some(&signal));
    let request =
        web_sys::Request::new_with_str_and_init(url, &init).map_err(|_| GetFailed::Network)?;
    let on_timeout = {
        let controller = controller.clone();
        Closure::once(move || controller.abort())
    };
    let timer = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(
            on_timeout.as_ref().unchecked_ref(),
            i32::try_from(timeout_ms).unwrap_or(i32::MAX),
        )
        .ok();
    let result = async {
        let response = JsFuture::from(window.fetch_with_request(&request)).await?;
        read(response.dyn_into()?).await
    }
    .await;
    if let Some(id) = timer {
        window.clear_timeout_with_handle(id);
    }
    drop(on_timeout);
    result.map_err(|_| {
        if signal.aborted() {
            GetFailed::Timeout
        } else {
            GetFailed::Network
        }
    })
}

/// Installs the engine's English tables (`english.toml`, the customers' page's build) unless
/// they are in already; `false` when the file could not be had (the tables then show their
/// Japanese).
#[cfg(feature = "english-on-demand")]
pub async fn load_english() -> bool {
    use mail_doctor_core::lang::english;
    if english::installed() {
        return true;
    }
    let text = match text_request("english.toml") {
        Ok(promise) => wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .ok()
            .and_then(|v| v.as_string()),
        Err(_) => None,
    };
    text.is_some_and(|t| english::install(&t).is_ok())
}

/// Fetches `profile.toml` (static/boot.js does the request: a relative URL, so any hosting path
/// works). With `etag` / `last_modified` (a re-check) the request is conditional, and a 304 is
/// [`Fetched::NotModified`]. What the service worker answered from its cache carries its reason
/// and date (sw.js's `X-Mail-Doctor-*` headers).
pub async fn fetch_profile(etag: Option<&str>, last_modified: Option<&str>) -> Fetched {
    let answer = match profile_request(etag.unwrap_or_default(), last_modified.unwrap_or_default())
    {
        Ok(promise) => wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .ok()
            .and_then(|v| v.as_string()),
        Err(_) => None,
    };
    parse_answer(answer.as_deref().unwrap_or("network"), now_ms())
}

/// Now, in ms since 1970.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// A moment (ms since 1970) in the browser's local time: `2026-12-07 09:05`.
pub fn local_time(ms: f64) -> String {
    let d = js_sys::Date::new(&JsValue::from_f64(ms));
    format!(
        "{}-{:02}-{:02} {:02}:{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes()
    )
}

/// This tab's `sessionStorage`: what a tab keeps while it moves between the app's pages (the
/// language, a DNS resolver chosen for the tab). Nothing secret is ever put there.
fn session() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.session_storage().ok().flatten())
}

pub(crate) fn session_get(key: &str) -> Option<String> {
    session().and_then(|s| s.get_item(key).ok().flatten())
}

/// Sets `key`, or with `None` removes it.
pub(crate) fn session_set(key: &str, value: Option<&str>) {
    if let Some(s) = session() {
        let _ = match value {
            Some(v) => s.set_item(key, v),
            None => s.remove_item(key),
        };
    }
}

/// `sessionStorage` key of the language chosen in this tab.
const LANG_KEY: &str = "mail-doctor.lang";

/// The language chosen in this tab, if any: a page reached from another of the app's pages
/// (the console's guide link opens `help.html`) speaks the language the user chose there.
pub fn tab_lang() -> Option<Lang> {
    session_get(LANG_KEY).and_then(|tag| Lang::from_tag(&tag))
}

/// Keeps `lang` as this tab's language (see [`tab_lang`]).
pub fn remember_lang(lang: Lang) {
    session_set(LANG_KEY, Some(lang.tag()));
}

pub fn set_document_lang(tag: &str) {
    if let Some(html) = gloo::utils::document().document_element() {
        let _ = html.set_attribute("lang", tag);
    }
}

pub fn app_root() -> Option<web_sys::Element> {
    gloo::utils::document().get_element_by_id("app")
}

/// The address bar's hash (`#/agent?case=…`).
pub fn current_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// `page` (beside this one) at the same route: where a build without a route's page sends it
/// (`help.html`'s `#/agent?case=…` to `index.html`, a tool's `#/dns` to `tools.html`; the route
/// table says which page carries a route, `router::Route::page`).
pub fn page_url(page: &str) -> String {
    format!("{page}{}", current_hash())
}

/// Opens `url` in place of this page (no history entry: Back returns to where the user was).
pub fn replace_location(url: &str) {
    let _ = gloo::utils::window().location().replace(url);
}

/// Puts `hash` in the address bar without a new history entry or a navigation.
pub fn replace_hash(hash: &str) {
    if current_hash() == hash {
        return;
    }
    if let Ok(history) = gloo::utils::window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(hash));
    }
}

/// Today in the browser's local time zone (the desk is in Japan; so are its customers).
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    let (y, m, d) = (now.get_full_year(), now.get_month() + 1, now.get_date());
    u16::try_from(y)
        .ok()
        .and_then(|y| Date::new(y, m as u8, d as u8))
        .unwrap_or_else(|| Date::from_days_since_epoch((js_sys::Date::now() / 86_400_000.0) as i64))
}

/// A panic shows a message with a reload button instead of a dead page. The message node and
/// the button's handler are in `index.html` / `boot.js`, so they work after the wasm aborted.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&info.to_string()));
        show_fatal();
    }));
}

fn show_fatal() {
    let document = gloo::utils::document();
    let Some(node) = document.get_element_by_id("fatal") else {
        return;
    };
    // Every language at once: the app could not say which one the reader chose.
    let all = |text: fn(&crate::i18n::Strings) -> &'static str| {
        Lang::ALL.map(|lang| text(strings(lang))).join(" / ")
    };
    let set = |id: &str, text: String| {
        if let Some(el) = document.get_element_by_id(id) {
            el.set_text_content(Some(&text));
        }
    };
    set("fatal-title", all(|s| s.fatal_title));
    set("fatal-detail", all(|s| s.fatal_detail));
    set("fatal-reload", all(|s| s.fatal_reload));
    let _ = node.remove_attribute("hidden");
}
