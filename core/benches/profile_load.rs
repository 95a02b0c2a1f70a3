//! Loading a profile: parse, validate and index. The demo profile (12 brands, ~160 domains) is
//! what every page load does; the synthetic 10,000-domain profile is the scale test.
//! Run with `scripts/bench`.

use criterion::{criterion_group, criterion_main, Criterion};
use mail_doctor_core::profile::synthetic::synthetic_toml;
use mail_doctor_core::profile::DEMO_TOML;
use mail_doctor_core::Profile;
use std::hint::black_box;

fn profile_load(c: &mut Criterion) {
    let big = synthetic_toml(10_000);
    assert!(Profile::parse(&big).is_ok(), "synthetic profile loads");

    let mut group = c.benchmark_group("profile-parse");
    // One load takes milliseconds: fewer samples keep the run short.
    group.sample_size(10);
    group.bench_function("demo", |b| {
        b.iter(|| Profile::parse(black_box(DEMO_TOML)).is_ok())
    });
    group.bench_function("synthetic-10000", |b| {
        b.iter(|| Profile::parse(black_box(&big)).is_ok())
    });
    group.finish();
}

criterion_group!(benches, profile_load);
criterion_main!(benches);
