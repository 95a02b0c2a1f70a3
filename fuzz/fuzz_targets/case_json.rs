//! Case JSON against serde_json, which read and wrote cases before: both read the same case or
//! both refuse the text (on the same line), except where we refuse on purpose; what we write is
//! serde's text. The rules live in core/tests/serde_case (shared with tests/case_json_parity.rs).
#![no_main]

#[path = "../../core/tests/serde_case/mod.rs"]
mod serde_case;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let agreement = serde_case::compare(text);
        assert!(
            !matches!(agreement, serde_case::Agreement::BothRefuseLines(..)),
            "{text:?}: {agreement:?}"
        );
    }
});
