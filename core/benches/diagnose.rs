//! One diagnosis of a realistic case — example case 01: Outlook 2010 on Windows 7,
//! retired POP host on port 110 without TLS, SMTP on 25 without auth — against the demo
//! profile, alone and followed by the Japanese explanation. Budget: under 50 µs native.
//! Run with `scripts/bench`.

use criterion::{criterion_group, criterion_main, Criterion};
use mail_doctor_core::date::Date;
use mail_doctor_core::{diagnose, text, Case, Lang, Profile};
use std::hint::black_box;

/// The case part of `core/tests/cases/01-onprem-pop-outlook2010.json`, as committed in the corpus.
const CASE_01: &str = include_str!("../../fuzz/corpus/case/01-onprem-pop-outlook2010.json");

const TODAY: Date = Date {
    year: 2026,
    month: 11,
    day: 28,
};

fn diagnosis(c: &mut Criterion) {
    let profile = Profile::demo();
    let case = Case::from_json(CASE_01).expect("case 01 is valid case JSON");
    // Measure the real thing: the demo profile must see case 01's retired host.
    let report = diagnose(&case, &profile, TODAY);
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.code.as_str() == "host-retired"),
        "case 01 against the demo profile should find host-retired, got {:?}",
        report.findings
    );

    let mut group = c.benchmark_group("diagnose");
    group.bench_function("case01-demo", |b| {
        b.iter(|| diagnose(black_box(&case), black_box(&profile), TODAY))
    });
    group.bench_function("case01-demo+explain-ja", |b| {
        b.iter(|| {
            let report = diagnose(black_box(&case), black_box(&profile), TODAY);
            text::explain(&report, &case, &profile, Lang::Ja)
        })
    });
    group.finish();
}

criterion_group!(benches, diagnosis);
criterion_main!(benches);
