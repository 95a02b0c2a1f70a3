//! Arbitrary input never panics the importer, and whatever it imports still validates.

use mail_doctor_core::import::import_autoconfig;
use mail_doctor_core::Profile;
use proptest::prelude::*;

const SEED: &str = include_str!("fixtures/ispdb-jp/zoho.jp.xml");

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = import_autoconfig(&[("fuzz.xml", &text)]);
    }

    /// A real file with a slice replaced by arbitrary text: no panic, and when something is
    /// imported the TOML still validates.
    #[test]
    fn mutated_real_file_imports_or_warns(at in 0usize..2500, len in 0usize..40, junk in ".{0,40}") {
        let mut text = SEED.to_string();
        let mut start = at.min(text.len());
        while !text.is_char_boundary(start) { start -= 1; }
        let mut end = (start + len).min(text.len());
        while !text.is_char_boundary(end) { end -= 1; }
        text.replace_range(start..end, &junk);
        let result = import_autoconfig(&[("mutated.xml", &text)]);
        if !result.providers.is_empty() {
            prop_assert!(Profile::parse(&result.toml).is_ok(), "{}", result.toml);
        }
    }
}
