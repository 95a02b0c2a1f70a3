//! The CLI's words in English.

use super::Words;

pub static WORDS: Words = Words {
    deploy_ready: "{dir}: ready to publish ({warnings} warning(s))",
    deploy_not_ready: "{dir}: NOT ready to publish ({errors} error(s), {warnings} warning(s))",
    export_all_written: "wrote {domains} autoconfig files (one per domain) under {dir}",
    import_done: "Imported {providers} providers with {warnings} warnings.",
    profile_more_problems: "{first} (and {more} more; run `mail-doctor profile validate {path}`)",
    profile_ok: "{path}: ok ({brands} brands, {domains} domains)",
    knowledge_no_client: "no client `{name}` ({known})",
    knowledge_heading_unconfirmed: "Unconfirmed facts, by client",
    knowledge_heading_all: "Facts and their sources, by client",
    knowledge_source: "✓ source: {source} (checked {checked})",
    knowledge_unconfirmed: "? unconfirmed: {why}",
    knowledge_labels: "labels: {labels}",
    knowledge_counts: "{unconfirmed} unconfirmed (of {facts}; {confirmed} confirmed)",
    knowledge_total: "Total: {counts}",
    probe_tls_accepted: "accepted",
    probe_tls_refused: "refused",
    probe_tls_untested: "not tried",
    probe_retired: "retired: {retired} endpoints checked, {silent} silent (as they should be), {answering} answering",
};
