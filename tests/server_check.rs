//! Browser tests of the connection doctor in the pages: the console's "check the server now" and
//! the tools page's server health, against a REAL `mail-doctor serve-probe` on loopback whose
//! profile points at the loopback Postfix and Dovecot (scripts/test-probe starts both, with CORS
//! for this test runner's origin, and exports MAIL_DOCTOR_PROBE_URL before building this file).
//!
//! Without MAIL_DOCTOR_PROBE_URL at build time the service tests are skipped with a note (the
//! usual `cargo test --target wasm32…` run of scripts/test), unless MAIL_DOCTOR_PROBE_REQUIRED
//! was set too. The test without a probe URL (nothing changes on the console) always runs.
#![cfg(target_arch = "wasm32")]

use mail_doctor_core::Profile;
use mail_setup_doctor::profile_source::{Fetched, ProfileState, Source};
use wasm_bindgen_test::*;

mod common;
use common::Mounted;

wasm_bindgen_test_configure!(run_in_browser);

fn service() -> Option<&'static str> {
    match option_env!("MAIL_DOCTOR_PROBE_URL") {
        Some(url) if !url.trim().is_empty() => Some(url),
        _ if option_env!("MAIL_DOCTOR_PROBE_REQUIRED").is_some() => panic!(
            "MAIL_DOCTOR_PROBE_URL was not set when these tests were built: run them through \
             scripts/test-probe, which starts the loopback mail servers and serve-probe"
        ),
        _ => {
            console_log!(
                "skipped: MAIL_DOCTOR_PROBE_URL not set at build time (scripts/test-probe sets it)"
            );
            None
        }
    }
}

/// The pages' profile: the two test domains and the service's URL in `[probe]`.
fn profile_with_probe(url: &str) -> ProfileState {
    let text = format!(
        r#"[profile]
version = "loopback-test"
published = 2026-12-07T09:00:00+09:00

[isp]
name = {{ ja = "ループバック試験", en = "Loopback test" }}
support = {{ phone = "0120-000-000", url = "https://support.example.jp/" }}

[probe]
url = "{url}"

[servers.good]
imap = {{ host = "imap.mail.example.jp", port = 993, security = "ssl" }}
smtp = [ {{ host = "smtp.mail.example.jp", port = 465, security = "ssl" }} ]
username = "address"
auth = "password"

[[brands]]
id = "good"
name = {{ ja = "よい", en = "Good" }}
servers = "good"
domains = ["good.example.jp", "broken.example.jp"]
"#
    );
    Profile::parse(&text).unwrap_or_else(|e| panic!("test profile: {e:?}"));
    let state = ProfileState::from_fetch(Fetched::text(text, 0.0), 0.0);
    assert_eq!(
        state.source,
        Source::Published,
        "the test profile is the published one"
    );
    state
}

/// The agent console with an address and an Outlook error whose suspects include `server-side`
/// (0x800CCC67: 421, service not available).
async fn console_with_case(state: ProfileState, address: &str) -> Mounted {
    let app = Mounted::with_profile("#/agent", state)
        .await
        .destroy_on_drop();
    app.type_into("f-address", address).await;
    app.type_into("f-error-text", "0x800CCC67").await;
    app
}

#[wasm_bindgen_test]
async fn without_a_probe_url_the_console_is_unchanged() {
    let app = console_with_case(ProfileState::demo(), "taro@kita.aoi.example.jp").await;
    assert!(app.find(".server-check").is_none());
    assert!(app.find("#server-check-run").is_none());
    let suspect = app.get("li[data-suspect='server-side']");
    assert_eq!(suspect.get_attribute("data-server-check"), None);
    assert_eq!(
        suspect.get_attribute("data-confirmed").as_deref(),
        Some("false")
    );
}

#[wasm_bindgen_test]
async fn a_good_domain_rules_out_the_server_side_suspect() {
    let Some(url) = service() else { return };
    let app = console_with_case(profile_with_probe(url), "taro@good.example.jp").await;
    assert_eq!(
        app.get(".server-check")
            .get_attribute("data-server-check")
            .as_deref(),
        Some("idle")
    );
    app.click("#server-check-run").await;
    app.wait_for(".server-check[data-server-check='done']")
        .await;
    let rows = app.all(".server-results tbody tr");
    assert_eq!(rows.len(), 4, "{}", app.page_text());
    assert!(
        app.all(".server-results [data-code]").is_empty(),
        "{}",
        app.page_text()
    );
    assert_eq!(
        app.attrs(".server-results tbody tr", "data-outcome"),
        ["answered"; 4]
    );
    assert_eq!(
        app.get(".server-verdict")
            .get_attribute("data-verdict")
            .as_deref(),
        Some("ruled-out")
    );
    let suspect = app.get("li[data-suspect='server-side']");
    assert_eq!(
        suspect.get_attribute("data-server-check").as_deref(),
        Some("ruled-out")
    );
    assert_eq!(
        suspect.get_attribute("data-confirmed").as_deref(),
        Some("false")
    );
    assert!(app
        .text(".server-results")
        .contains("imap.mail.example.jp:"));
}

#[wasm_bindgen_test]
async fn a_broken_domain_confirms_it_with_the_findings() {
    let Some(url) = service() else { return };
    let app = console_with_case(profile_with_probe(url), "hanako@broken.example.jp").await;
    app.click("#server-check-run").await;
    app.wait_for(".server-check[data-server-check='done']")
        .await;
    let codes = app.attrs(".server-results [data-code]", "data-code");
    assert_eq!(
        codes,
        ["probe-cert-expired", "probe-refused"],
        "{}",
        app.page_text()
    );
    // The service's words, in the page's language (Japanese by default).
    assert!(app
        .text("[data-code='probe-cert-expired']")
        .contains("証明書の有効期限が切れています"));
    assert_eq!(
        app.get(".server-verdict")
            .get_attribute("data-verdict")
            .as_deref(),
        Some("confirmed")
    );
    let suspect = app.get("li[data-suspect='server-side']");
    assert_eq!(
        suspect.get_attribute("data-server-check").as_deref(),
        Some("confirmed")
    );
    assert_eq!(
        suspect.get_attribute("data-confirmed").as_deref(),
        Some("true")
    );
    // Another domain typed: the old answer goes.
    app.type_into("f-address", "taro@good.example.jp").await;
    assert_eq!(
        app.get(".server-check")
            .get_attribute("data-server-check")
            .as_deref(),
        Some("idle")
    );
    assert_eq!(
        app.get("li[data-suspect='server-side']")
            .get_attribute("data-server-check"),
        None
    );
}

#[wasm_bindgen_test]
async fn the_tools_page_checks_every_server() {
    let Some(url) = service() else { return };
    let app = Mounted::with_profile("#/server-health", profile_with_probe(url))
        .await
        .destroy_on_drop();
    app.click("#server-health-run").await;
    for _ in 0..6 {
        // A whole-profile sweep takes a few seconds on loopback (wait_for gives 8 s a time).
        if app
            .find(".server-health[data-server-health='done']")
            .is_some()
        {
            break;
        }
        app.wait_for(
            ".server-health[data-server-health='done'], .server-health[data-server-health='error']",
        )
        .await;
    }
    assert_eq!(
        app.get(".server-health")
            .get_attribute("data-server-health")
            .as_deref(),
        Some("done"),
        "{}",
        app.page_text()
    );
    // The service's profile: 6 current endpoints; the retired host answers on 5 ports.
    assert_eq!(
        app.all("[data-health='current'] tbody tr").len(),
        6,
        "{}",
        app.page_text()
    );
    assert_eq!(app.all("[data-health='retired'] tbody tr").len(), 5);
    let retired_codes = app.attrs("[data-health='retired'] [data-code]", "data-code");
    assert_eq!(retired_codes, ["probe-retired-answers"; 5]);
    let current_codes = app.attrs("[data-health='current'] [data-code]", "data-code");
    assert_eq!(current_codes, ["probe-cert-expired", "probe-refused"]);
    assert_eq!(
        app.get("[data-retired-quiet]")
            .get_attribute("data-retired-quiet")
            .as_deref(),
        Some("8")
    );
}

#[wasm_bindgen_test]
async fn the_tools_page_without_a_probe_url_says_how_to_set_one() {
    let app = Mounted::at("#/server-health").await.destroy_on_drop();
    assert!(app.find("[data-server-health='no-url']").is_some());
    assert!(app.find("#server-health-run").is_none());
}
