//! Host names to their ASCII form in the browser: the platform's own UTS 46. The WHATWG URL
//! standard's host parser runs UTS 46 ToASCII (non-transitional, no STD3 rules, the same
//! settings as the `idna` crate the engine uses natively), so `new URL("http://NAME/").hostname`
//! is the name's ASCII form and the wasm carries no IDNA tables. The app hands it to the engine
//! once at startup ([`install`]); the engine knows only a `fn(&str) -> Option<String>`
//! (`mail_doctor_core::names::install_to_ascii`).

/// Gives the engine the browser's UTS 46; called by `start()`. A second call does nothing.
/// Natively the engine uses the `idna` crate and this does nothing. (The browser tests call the
/// engine without `start()`, with the crate; tests/web.rs checks [`to_ascii`] against it.)
pub fn install() {
    #[cfg(target_arch = "wasm32")]
    let _ = mail_doctor_core::names::install_to_ascii(to_ascii);
}

/// The URL parser's host step: `None` when the name is no valid host.
#[cfg(target_arch = "wasm32")]
pub fn to_ascii(name: &str) -> Option<String> {
    // What would end the host inside a URL, or is forbidden in a host, refuses the name before
    // the URL reads it (the deny list of the URL standard, as the engine applies it natively).
    let forbidden = |c: char| {
        c.is_whitespace()
            || c.is_control()
            || matches!(
                c,
                '%' | '#' | '/' | ':' | '<' | '>' | '?' | '@' | '[' | '\\' | ']' | '^' | '|'
            )
    };
    if name.is_empty() || name.chars().any(forbidden) {
        return None;
    }
    let url = web_sys::Url::new(&format!("http://{name}/")).ok()?;
    Some(url.hostname())
}
