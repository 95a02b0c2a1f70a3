//! Host names through UTS 46 (`names::normalize_host` with the `idna` crate): any text, no
//! panic, and the canonical form is a fixed point (core/src/fuzz_entry.rs).
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| mail_doctor_core::fuzz_entry::idn(data));
