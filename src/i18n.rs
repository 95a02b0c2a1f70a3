//! The app's own words (the engine's finding texts and fix steps come from `core::text`).
//!
//! One struct of `&'static str` per language: a field missing from a table is a compile error,
//! so no string can exist in one language only.

pub mod console;
pub mod dns;
mod en;
mod ja;
pub mod profile_browser;
pub mod profile_status;
pub mod safety;
pub mod self_help;
pub mod server_check;
pub mod survey;
pub mod tool_pages;
pub mod tools;

use mail_doctor_core::Lang;

/// Every user-visible string of the app shell.
pub struct Strings {
    pub app_title: &'static str,
    pub app_tagline: &'static str,
    pub skip_to_results: &'static str,
    pub language: &'static str,
    pub lang_name_ja: &'static str,
    pub lang_name_en: &'static str,

    /// The header's page links: every page's name is here, not in its page's own table, so
    /// that a page's build links only its own words (docs/size.md).
    pub nav_label: &'static str,
    pub nav_help: &'static str,
    pub nav_guides: &'static str,
    pub nav_agent: &'static str,
    pub nav_profile: &'static str,
    pub nav_advisor: &'static str,
    pub nav_import: &'static str,
    pub nav_dns: &'static str,
    pub nav_login_ip: &'static str,
    pub nav_server_health: &'static str,
    pub nav_survey: &'static str,
    pub skip_to_main: &'static str,
    /// A route this page does not carry opens the page that does (src/pages/to_desk.rs).
    pub to_desk_opening: &'static str,
    pub to_desk_link: &'static str,

    pub loading_profile: &'static str,
    pub profile_errors_title: &'static str,
    pub profile_error_line: &'static str,
    pub profile_error_key: &'static str,
    pub profile_error_message: &'static str,
    pub profile_unusable: &'static str,
    /// The customers' page (help.html) without a usable published profile: it has no demo.
    pub profile_unusable_customer: &'static str,

    pub address: &'static str,
    pub address_hint: &'static str,
    pub servers: &'static str,
    pub server_incoming_imap: &'static str,
    pub server_incoming_pop3: &'static str,
    pub server_outgoing: &'static str,

    pub client: &'static str,
    pub client_version: &'static str,
    pub client_os: &'static str,

    pub protocol: &'static str,
    pub host: &'static str,
    pub port: &'static str,
    pub security: &'static str,
    pub username: &'static str,
    pub auth: &'static str,

    pub error_text: &'static str,

    pub recipients_per_message: &'static str,
    pub messages: &'static str,
    pub per_minutes: &'static str,

    pub findings_title: &'static str,
    pub expected: &'static str,

    pub not_found_title: &'static str,
    pub not_found_link: &'static str,

    /// Shown by the panic hook (both languages are shown there at once).
    pub fatal_title: &'static str,
    pub fatal_detail: &'static str,
    pub fatal_reload: &'static str,
}

/// The table for a language.
pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::Ja => &ja::JA,
        Lang::En => &en::EN,
    }
}
