//! The settings export's words in English.

use crate::export::words::Words;

pub(crate) static EXPORT: Words = Words {
    address_invalid: "\"{address}\" is not a valid e-mail address. Enter it as name@domain.",
    domain_unknown_closest: "The domain \"{domain}\" is not in this profile. Did you mean \"{closest}\"?",
    domain_unknown: "The domain \"{domain}\" is not in this profile. Check that this is one of our mail addresses.",
    no_incoming_server: "The profile has no incoming server (IMAP or POP3) for the domain \"{domain}\".",
    no_outgoing_server: "The profile has no outgoing server (SMTP) for the domain \"{domain}\".",
};
