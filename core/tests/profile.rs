//! The profile format end to end: the shared example, the demo, look-ups, many problems at once.

use mail_doctor_core::profile::{Profile, UsernameFormat, DEMO_TOML};
use mail_doctor_core::Date;
use std::path::Path;

fn example_text() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/spec/profile.example.toml");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

#[test]
fn shared_example_loads_unchanged() {
    let p = Profile::parse(&example_text()).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(p.isp.name.en, "Mihon Cable Group");
    assert_eq!(p.isp.effective, Date::new(2024, 3, 31));
    assert_eq!(p.brands.len(), 2);
    assert_eq!(p.domain_count(), 5);
    let cloud = &p.servers["cloud"];
    assert_eq!(cloud.smtp.len(), 2);
    assert_eq!(cloud.smtp[1].port, 587);
    assert_eq!(cloud.username, UsernameFormat::Address);
    assert_eq!(p.retired.len(), 1);
    assert_eq!(p.retired[0].ips.len(), 3);
    assert!(p.retired_host("SMTP.aoi.example.jp.").is_some());
    assert!(p.policy.foreign_login_block.microsoft_cloud_exempt);
}

#[test]
fn demo_loads_with_twelve_brands() {
    let p = Profile::parse(DEMO_TOML).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(p.brands.len(), 12);
    let n = p.domain_count();
    assert!((150..=170).contains(&n), "{n} domains");
}
