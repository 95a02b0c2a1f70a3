#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| mail_doctor_core::fuzz_entry::probe_dialogue(data));
