//! The settings export's words (why no file could be written): a table in each language's folder
//! (`core/src/lang/<tag>/export.rs`), one field per message, filled by [`crate::lang::fill`] (see
//! `crate::word_table`).

use crate::lang::Lang;

/// The table of `lang`.
pub(super) fn words(lang: Lang) -> &'static Words {
    crate::word_table::in_lang!(lang, crate::lang => EXPORT)
}

crate::word_table! {
    /// Every message of the settings export, in one language.
    pub(crate) struct Words {
        /// [`super::ExportError::AddressInvalid`]: `{address}` (as given).
        address_invalid,
        /// [`super::ExportError::DomainUnknown`] with a close known domain: `{domain}`,
        /// `{closest}`.
        domain_unknown_closest,
        /// [`super::ExportError::DomainUnknown`] without one: `{domain}`.
        domain_unknown,
        /// [`super::ExportError::NoIncomingServer`]: `{domain}`.
        no_incoming_server,
        /// [`super::ExportError::NoOutgoingServer`]: `{domain}`.
        no_outgoing_server,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_language_has_every_message_with_the_same_placeholders() {
        crate::word_table::check(|lang| super::words(lang).all());
    }
}
