//! Entry points shared by the cargo-fuzz targets (`fuzz/`) and the corpus replay test
//! (`core/tests/fuzz_corpus.rs`): each takes arbitrary bytes and drives one parser and
//! everything downstream of it. None may panic, whatever the bytes.

use crate::case::Case;
use crate::date::Date;
use crate::lang::Lang;
use crate::profile::Profile;
use std::sync::OnceLock;

/// A fuzz entry point: arbitrary bytes in, no panic out.
pub type Entry = fn(&[u8]);

/// Every target, by the name of its corpus folder.
pub const TARGETS: &[(&str, Entry)] = &[("profile", profile), ("case", case), ("share", share)];

fn demo() -> &'static Profile {
    static DEMO: OnceLock<Option<Profile>> = OnceLock::new();
    DEMO.get_or_init(|| Profile::parse(crate::profile::DEMO_TOML).ok())
        .as_ref()
        .expect("demo profile loads")
}

const TODAY: Date = Date {
    year: 2026,
    month: 11,
    day: 28,
};

fn diagnose_and_explain(case: &Case, profile: &Profile) {
    let report = crate::diagnose(case, profile, TODAY);
    for lang in Lang::ALL {
        let _ = crate::text::explain(&report, case, profile, lang);
    }
}

/// Profile TOML: parse, validate, and when it loads, diagnose a fixed case against it.
pub fn profile(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(profile) = Profile::parse(text) {
        let case = Case::from_json(
            r#"{"address":"taro@aoi.example.jp","incoming":{"protocol":"pop3","host":"mail.aoi.example.jp","port":110,"security":"none"},"outgoing":{"host":"192.0.2.25","port":25,"auth":"none"}}"#,
        )
        .unwrap_or_default();
        diagnose_and_explain(&case, &profile);
    }
}

/// Case JSON: read, diagnose against the demo profile, explain in both languages.
pub fn case(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(case) = Case::from_json(text) {
        diagnose_and_explain(&case, demo());
    }
}

/// Share-link payloads: decode, and diagnose what they hold.
pub fn share(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(case) = crate::share::decode_case(text) {
        diagnose_and_explain(&case, demo());
    }
}
