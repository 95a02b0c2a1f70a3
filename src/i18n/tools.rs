//! Words of the console's tools: the error decoder panel (and its customers' form) and, in a
//! table of their own, the settings-file downloads (the advisor's and the import's words are
//! `tool_pages`'). Their tables are `TOOLS` and `EXPORTS` of each language's file (`ja.rs`,
//! `en.rs`): a field missing from a table is a compile error. `{x}` marks a value filled in
//! with [`fill`].

use mail_doctor_core::Lang;

#[cfg_attr(test, derive(serde::Serialize))]
pub struct ToolsStrings {
    // Decoder panel (agent console).
    pub decoder_title: &'static str,
    pub decoder_side: &'static str,
    pub side_incoming: &'static str,
    pub side_outgoing: &'static str,
    pub side_both: &'static str,
    pub decoder_meaning: &'static str,
    pub decoder_causes: &'static str,
    pub decoder_check: &'static str,
    pub decoder_suspects: &'static str,
    pub decoder_suspects_hint: &'static str,
    pub decoder_confirmed: &'static str,
    pub decoder_unrecognised: &'static str,
    pub decoder_paste_instead: &'static str,

    // Decoder for customers (self-help).
    pub plain_title: &'static str,
    pub plain_label: &'static str,
    pub plain_hint: &'static str,
    pub plain_side_incoming: &'static str,
    pub plain_side_outgoing: &'static str,
    pub plain_side_both: &'static str,
    pub plain_causes: &'static str,
    pub plain_unrecognised: &'static str,
    pub plain_paste_instead: &'static str,
}

crate::i18n::words! {
/// The settings-file downloads' words: a table of their own, so that the customers' page (whose
/// only tool is the Apple profile's download) does not link the decoder panel's words.
#[cfg_attr(test, derive(serde::Serialize))]
pub struct ExportStrings {
    pub export_title: &'static str,
    pub export_intro: &'static str,
    pub export_thunderbird: &'static str,
    pub export_outlook: &'static str,
    pub export_apple: &'static str,
    pub export_need_address: &'static str,
    pub export_no_profile: &'static str,
    pub export_done: &'static str,
    pub export_failed: &'static str,
    pub export_apple_title: &'static str,
    pub export_apple_steps: [&'static str; 5],
}
}

/// The downloads' table for a language.
pub fn exports(lang: Lang) -> &'static ExportStrings {
    mail_doctor_core::word_table::in_lang!(lang, ExportStrings, crate::i18n => EXPORTS)
}

/// The tools' table for a language.
pub fn tools(lang: Lang) -> &'static ToolsStrings {
    mail_doctor_core::word_table::in_lang!(lang, crate::i18n => TOOLS)
}
