//! Words of the profile browser (`tools.html`'s home). Its tables are `PROFILE_BROWSER` of each
//! language's file (`ja.rs`, `en.rs`): a field missing from a table is a compile error. `{name}` placeholders are filled with `lang::fill`;
//! the policies' words are the console's (its results show them too).

use mail_doctor_core::Lang;

#[cfg_attr(test, derive(serde::Serialize))]
pub struct ProfileStrings {
    pub profile_title: &'static str,
    pub profile_intro: &'static str,
    pub search_title: &'static str,
    pub search_label: &'static str,
    pub search_hint: &'static str,
    pub search_empty: &'static str,
    pub search_unknown: &'static str,
    pub did_you_mean: &'static str,
    pub in_use_title: &'static str,
    pub in_use_published: &'static str,
    pub in_use_demo: &'static str,
    pub in_use_loading: &'static str,
    pub effective: &'static str,
    pub not_set: &'static str,
    pub support: &'static str,
    pub domain_count_total: &'static str,
    pub brand_title: &'static str,
    pub brand_id: &'static str,
    pub brand_name_ja: &'static str,
    pub brand_name_en: &'static str,
    pub brand_domains: &'static str,
    pub server_set: &'static str,
    pub col_kind: &'static str,
    pub col_host: &'static str,
    pub col_port: &'static str,
    pub col_security: &'static str,
    /// After the engine's name of the choice: what it means.
    pub security_ssl_means: &'static str,
    pub security_starttls_means: &'static str,
    pub username_format: &'static str,
    pub username_address: &'static str,
    pub username_local_part: &'static str,
    pub login_method: &'static str,
    pub login_password: &'static str,
    pub policies_title: &'static str,
    pub retired_title: &'static str,
    pub retired_none: &'static str,
    pub brands_title: &'static str,
    pub col_brand: &'static str,
    pub col_domains: &'static str,
    pub isp: &'static str,
}

/// The table for `lang`.
pub fn profile_strings(lang: Lang) -> &'static ProfileStrings {
    mail_doctor_core::word_table::in_lang!(lang, crate::i18n => PROFILE_BROWSER)
}
