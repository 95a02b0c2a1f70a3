//! The deployment checks' words (each note's message, the levels): a table in each language's folder
//! (`core/src/lang/<tag>/deploy.rs`), one field per message, filled by [`crate::lang::fill`] (see
//! `crate::word_table`). A [`super::Note`] keeps its message in every language, taken from each
//! table by [`text`]: this file is the only place the checks name a language.

use crate::lang::{Lang, Localized, Text};

/// The table of `lang`.
pub(super) fn words(lang: Lang) -> &'static Words {
    crate::word_table::in_lang!(lang, crate::lang => DEPLOY)
}

/// A message of the tables, in every language (`message` picks it: `|w| w.profile_ok`).
pub(super) fn text(message: fn(&Words) -> &'static str) -> Text {
    Text::new(message(words(Lang::Ja)), message(words(Lang::En)))
}

/// Owned text made in every language (a detail worded by another area, such as the profile's
/// problems).
pub(super) fn localized(make: impl Fn(Lang) -> String) -> Localized {
    Localized {
        ja: make(Lang::Ja),
        en: make(Lang::En),
    }
}

crate::word_table! {
    /// Every message of the deployment checks, in one language.
    pub(crate) struct Words {
        /// [`super::Level::Error`], before a note's code (no placeholder).
        level_error,
        /// [`super::Level::Warning`], before a note's code (no placeholder).
        level_warning,
        /// [`super::Level::Ok`], before a note's code (no placeholder).
        level_ok,
        /// `profile-precompressed`: a `profile.toml.gz`/`.br` beside the profile (no placeholder).
        profile_precompressed,
        /// `profile-missing`: no `profile.toml` (no placeholder).
        profile_missing,
        /// `profile-too-large` (the sizes are its detail) (no placeholder).
        profile_too_large,
        /// `profile-not-utf8` (no placeholder).
        profile_not_utf8,
        /// `profile-is-html` (no placeholder).
        profile_is_html,
        /// `profile-invalid` (the profile's problems are its detail) (no placeholder).
        profile_invalid,
        /// `profile-is-demo` (why it is the demo is its detail) (no placeholder).
        profile_is_demo,
        /// `profile-no-version` (no placeholder).
        profile_no_version,
        /// `profile-no-published` (no placeholder).
        profile_no_published,
        /// `profile-ok` (the profile's identity is its detail) (no placeholder).
        profile_ok,
        /// `file-missing`: a page or file every release ships (no placeholder).
        file_missing,
        /// `asset-missing`: a file a page loads (its name is the detail) (no placeholder).
        asset_missing,
        /// `csp-missing`: a page without its policy's meta tag (no placeholder).
        csp_missing,
        /// `csp-unsafe` (the page's `script-src` is its detail) (no placeholder).
        csp_unsafe,
        /// `csp-probe-missing` (the probe's origin is its detail) (no placeholder).
        csp_probe_missing,
        /// `csp-resolver-missing` (the resolver's origin is its detail) (no placeholder).
        csp_resolver_missing,
        /// `csp-extra-connect` (the other connections are its detail) (no placeholder).
        csp_extra_connect,
        /// `csp-header-unknown`: nginx's policy cannot be evaluated (no placeholder).
        csp_header_unknown,
        /// `csp-header-missing`: no policy header for a path (no placeholder).
        csp_header_missing,
        /// `csp-header-mismatch` (the differences are its detail) (no placeholder).
        csp_header_mismatch,
        /// `csp-header-twice` (the headers are its detail) (no placeholder).
        csp_header_twice,
        /// `profile-too-large`'s detail: `{size}` and `{max}` in bytes.
        detail_too_large,
        /// `profile-is-demo`'s detail: its `[profile]` `{version}` is the demo's.
        detail_demo_version,
        /// `profile-is-demo`'s detail: the demo's ISP `{name}`.
        detail_demo_name,
        /// `profile-is-demo`'s detail: the demo's support `{phone}`.
        detail_demo_phone,
        /// `profile-is-demo`'s detail: one of the demo's `{domain}`s.
        detail_demo_domain,
        /// `profile-ok`'s detail, the profile's identity: `{version}`, `{published}`, `{days}`
        /// (`offline_max_days`; the profile's own key names, as operators write them).
        detail_identity,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_language_has_every_message_with_the_same_placeholders() {
        crate::word_table::check(|lang| super::words(lang).all());
    }
}
