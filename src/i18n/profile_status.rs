//! What every page says about the profile in use (components/profile_notice.rs): which one it
//! is, how fresh, why the published one is not in use, and a newer one to switch to. Its tables
//! are `PROFILE_STATUS` (and `TOO_OLD_*`) of each language's file (`ja.rs`, `en.rs`): a field
//! missing from a table is a compile error. `{name}` marks a value filled
//! in with `mail_doctor_core::lang::fill`.

use mail_doctor_core::Lang;

crate::i18n::words! {
#[cfg_attr(test, derive(serde::Serialize))]
pub struct StatusWords {
    pub id_label: &'static str,
    pub id_version: &'static str,
    pub id_no_version: &'static str,
    pub id_published: &'static str,
    pub id_fetched: &'static str,
    pub id_checked: &'static str,
    pub id_demo: &'static str,
    /// A saved copy: `{when}` it was fetched, `{why}` the server's was not used.
    pub saved_copy: &'static str,
    pub trouble_not_found: &'static str,
    pub trouble_html: &'static str,
    /// `{code}`
    pub trouble_http: &'static str,
    pub trouble_network: &'static str,
    pub trouble_timeout: &'static str,
    /// `{size}`, `{max}` (bytes)
    pub trouble_too_large: &'static str,
    pub trouble_unusable: &'static str,
    pub demo_published: &'static str,
    /// The desk, on the demo: never give these settings to a customer.
    pub demo_not_real: &'static str,
    pub retry: &'static str,
    /// `{version}`
    pub update_offer: &'static str,
    pub update_apply: &'static str,
    /// A re-check that failed: `{when}`, `{why}`.
    pub recheck_failed: &'static str,
}
}

pub fn status_words(lang: Lang) -> &'static StatusWords {
    mail_doctor_core::word_table::in_lang!(lang, StatusWords, crate::i18n => PROFILE_STATUS)
}

/// The customers' page with only a saved copy older than the profile allows: `{when}`, `{isp}`,
/// `{phone}` (a function of its own: the desk's pages never say it, and do not link it).
pub fn too_old(lang: Lang, has_phone: bool) -> &'static str {
    use mail_doctor_core::word_table::in_lang;
    // The text itself in each arm (`.clone()` of the `&str`), not a reference to the static that
    // is read after the match: so the build keeps no copy of the statics (40 bytes in help.html).
    if has_phone {
        in_lang!(lang, crate::i18n => TOO_OLD_WITH_PHONE.clone())
    } else {
        in_lang!(lang, crate::i18n => TOO_OLD_NO_PHONE.clone())
    }
}
