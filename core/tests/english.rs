//! `static/english.toml` is the English of the engine's display tables (the guides' steps, the
//! error decoder's meanings and checks), which the customers' page loads when English is chosen
//! (feature `english-on-demand`). The committed file must be the tables' current English:
//! `MAIL_DOCTOR_BLESS=1 cargo test -p mail-doctor-core --test english` writes it.

use mail_doctor_core::lang::english;
use std::collections::BTreeMap;
use std::path::Path;

#[test]
fn the_english_file_is_the_tables_current_english() {
    let pairs = english::pairs();
    // One Japanese text, one English: the page looks the English up by the Japanese.
    let mut seen: BTreeMap<&str, &str> = BTreeMap::new();
    let mut twice = Vec::new();
    for (ja, en) in &pairs {
        assert!(!ja.is_empty() && !en.is_empty(), "{ja:?} / {en:?}");
        // Both name the same values (`{protocol}`, `{label}`…), or one language loses one.
        assert_eq!(
            mail_doctor_core::lang::placeholders(ja),
            mail_doctor_core::lang::placeholders(en),
            "{ja:?} / {en:?}"
        );
        if let Some(other) = seen.insert(ja, en) {
            twice.push(format!("{ja:?}: {other:?} / {en:?}"));
        }
    }
    assert!(
        twice.is_empty(),
        "Japanese texts with two English texts:\n{}",
        twice.join("\n")
    );
    let want = english::file(&pairs);
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../static/english.toml");
    if std::env::var_os("MAIL_DOCTOR_BLESS").is_some() {
        std::fs::write(&path, &want).expect("write static/english.toml");
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "static/english.toml is not the tables' current English: \
         MAIL_DOCTOR_BLESS=1 cargo test -p mail-doctor-core --test english"
    );
    // And it reads back: every pair, as written.
    let count = english::install(&have).expect("english.toml reads");
    assert_eq!(count, pairs.len());
    for (ja, en) in &pairs {
        assert_eq!(english::lookup(ja), Some(*en), "{ja:?}");
    }
}
