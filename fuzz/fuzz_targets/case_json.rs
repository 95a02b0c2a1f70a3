//! Case JSON through serde_json and serde_path_to_error: read, written back, errors placed
//! within the text (core/src/fuzz_entry.rs).
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| mail_doctor_core::fuzz_entry::case_json(data));
