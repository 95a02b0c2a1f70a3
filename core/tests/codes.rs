//! The finding codes are a contract (`docs/case.md`): none may be renamed or dropped.

use mail_doctor_core::codes::Code;

const SNAPSHOT: &[&str] = &[
    "address-invalid",
    "domain-unknown",
    "host-retired",
    "host-ip-literal",
    "host-typo",
    "host-wrong",
    "protocol-unavailable",
    "port-wrong",
    "security-mismatch",
    "security-none",
    "smtp-port-25",
    "smtp-auth-off",
    "auth-method",
    "username-format",
    "username-mismatch",
    "client-no-pop",
    "client-tls-legacy",
    "client-end-of-support",
    "client-cloud-sync",
    "recipients-over-limit",
    "send-rate-over-limit",
    "dns-retired",
    "security-auto",
    "os-end-of-support",
    "foreign-login-blocked",
];

#[test]
fn code_names_are_stable() {
    let names: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
    // New codes may be appended; existing ones keep their name and place.
    assert!(
        names.len() >= SNAPSHOT.len(),
        "a code was dropped: {names:?}"
    );
    assert_eq!(&names[..SNAPSHOT.len()], SNAPSHOT);
    for name in SNAPSHOT {
        let code = Code::from_name(name).expect("known code");
        assert_eq!(
            serde_json::to_string(&code).expect("serialises"),
            format!("\"{name}\"")
        );
    }
}
