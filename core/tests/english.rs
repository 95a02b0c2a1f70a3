//! `static/english.toml` is the English that the customers' page loads when English is chosen
//! (feature `english-on-demand`): the engine's display tables' (the guides' steps, the error
//! decoder's meanings and checks) and the page's own words'. The app's test
//! (`src/i18n.rs`, `the_english_file_is_the_tables_current_english`) writes and checks the whole
//! file: `MAIL_DOCTOR_BLESS=1 cargo test -p mail-setup-doctor --lib english_file`. This test sees
//! that the engine's part is in it, as the tables have it now.

use mail_doctor_core::lang::english;
use std::path::Path;

#[test]
fn the_english_file_has_the_tables_current_english() {
    let pairs = english::pairs();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../static/english.toml");
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    let count = english::install(&have).expect("english.toml reads");
    assert!(count >= pairs.len());
    let stale: Vec<_> = pairs
        .iter()
        .filter(|(ja, en)| english::lookup(ja) != Some(*en))
        .map(|(ja, en)| format!("{ja:?} = {en:?}"))
        .collect();
    assert!(
        stale.is_empty(),
        "static/english.toml does not have the tables' current English \
         (MAIL_DOCTOR_BLESS=1 cargo test -p mail-setup-doctor --lib english_file):\n{}",
        stale.join("\n")
    );
}
