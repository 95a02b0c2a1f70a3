//! Replays the committed fuzz corpora (`fuzz/corpus/<target>/*`) and every crash reproducer
//! kept under `fuzz/regressions/<target>/*` through the same entry points the fuzzers use: a
//! stable, fast smoke test that every input that ever mattered still passes.

use mail_doctor_core::fuzz_entry::TARGETS;
use std::path::Path;

#[test]
fn committed_corpora_replay_without_panic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/corpus");
    let mut replayed = 0;
    for (name, run) in TARGETS {
        let dir = root.join(name);
        let entries = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("corpus folder {} is missing: {e}", dir.display()));
        let mut count = 0;
        for entry in entries {
            let path = entry.expect("corpus entry").path();
            let data = std::fs::read(&path).expect("corpus file readable");
            run(&data);
            count += 1;
        }
        assert!(count > 0, "corpus {name} is empty");
        replayed += count;
    }
    assert!(replayed >= TARGETS.len());
}

#[test]
fn crash_reproducers_stay_fixed() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/regressions");
    let Ok(targets) = std::fs::read_dir(&root) else {
        return; // no crash has ever been kept
    };
    for target in targets {
        let dir = target.expect("regressions entry").path();
        let name = dir
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        let (_, run) = TARGETS
            .iter()
            .find(|(t, _)| *t == name)
            .unwrap_or_else(|| panic!("fuzz/regressions/{name}: no such fuzz target"));
        for entry in std::fs::read_dir(&dir).expect("regressions folder readable") {
            let path = entry.expect("reproducer").path();
            run(&std::fs::read(&path).expect("reproducer readable"));
        }
    }
}
