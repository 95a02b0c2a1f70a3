//! Browser tests of the self-help page and the guide pages: the app mounted in headless
//! Chromium and driven like a customer would (typing, tapping), asserting on the guide's values,
//! the findings (`data-code`) and that no agent note ever reaches the page.
#![cfg(target_arch = "wasm32")]

use mail_doctor_core::case::ClientId;
use mail_doctor_core::{diagnose, text, Case, Date, Lang, Profile};
use mail_setup_doctor::help::{shown_case, Shown};
use wasm_bindgen_test::*;

mod common;
use common::Mounted;

wasm_bindgen_test_configure!(run_in_browser);

const ADDRESS: &str = "taro@kita.aoi.example.jp";

/// The self-help flow's helpers.
impl Mounted {
    fn values(&self) -> Vec<String> {
        self.all("code.value")
            .iter()
            .filter_map(|e| e.text_content())
            .collect()
    }

    fn screen(&self) -> String {
        self.get("[data-screen]")
            .get_attribute("data-screen")
            .unwrap_or_default()
    }

    /// Address → app → (version) → task.
    async fn walk(&self, client: &str, version: Option<&str>, task: &str) {
        self.type_into("sh-address", ADDRESS).await;
        self.click("[data-nav='next']").await;
        assert_eq!(self.screen(), "app");
        self.click(&format!("[data-client='{client}']")).await;
        if self.screen() == "version" {
            match version {
                Some(v) => self.click(&format!("[data-version='{v}']")).await,
                None => self.click("[data-nav='next']").await,
            }
        }
        assert_eq!(self.screen(), "task");
        self.click(&format!("[data-task='{task}']")).await;
    }
}

fn today() -> Date {
    Date::parse("2026-11-28").unwrap()
}

#[wasm_bindgen_test]
async fn the_flow_shows_the_guide_with_the_profile_values_for_the_address() {
    let app = Mounted::at("#/help").await;
    assert_eq!(app.screen(), "address");
    assert!(app.find("[data-nav='back']").is_none());
    app.walk("outlook-new", None, "new").await;
    assert_eq!(app.screen(), "guide");
    // Address, app, version, task, guide: the version has its own number.
    assert_eq!(
        app.get("[data-progress]")
            .get_attribute("data-progress")
            .as_deref(),
        Some("5")
    );
    let steps = app.all(".guide-step");
    assert!(steps.len() >= 3, "{} steps", steps.len());
    let values = app.values();
    for wanted in [
        ADDRESS,
        "imap.mail.example.jp",
        "993",
        "smtp.mail.example.jp",
        "465",
    ] {
        assert!(
            values.iter().any(|v| v == wanted),
            "{wanted} not in {values:?}"
        );
    }
    assert!(app.find(".step-expect").is_some());
    assert!(app.find("button.copy").is_some());
    // The demo's number is shown, but it is not a number and never a tel: link.
    assert!(app.find("[data-support-phone='0120-XXX-XXX']").is_some());
    assert!(app.find("a[href^='tel:']").is_none());
    assert!(app.find("[data-agent-only]").is_none());
    // POP is offered for this address and app; choosing it changes the values.
    app.click("#sh-protocol-pop3").await;
    assert!(app.values().iter().any(|v| v == "pop.mail.example.jp"));
    // Back goes to the previous question.
    app.click("[data-nav='back']").await;
    assert_eq!(app.screen(), "task");
}

#[wasm_bindgen_test]
async fn an_unknown_domain_is_answered_with_did_you_mean() {
    let app = Mounted::at("#/help").await;
    app.type_into("sh-address", "taro@kita.aoi.exmple.jp").await;
    app.click("[data-nav='next']").await;
    assert_eq!(app.screen(), "address");
    let suggestion = app.get("[data-suggestion]");
    assert_eq!(
        suggestion.get_attribute("data-suggestion").as_deref(),
        Some(ADDRESS)
    );
    assert!(app
        .find("[data-address='unknown'] [data-support]")
        .is_some());
    app.click("[data-suggestion]").await;
    assert!(app.find("[data-address='known']").is_some());
    app.click("[data-nav='next']").await;
    assert_eq!(app.screen(), "app");
}

#[wasm_bindgen_test]
async fn what_the_app_shows_gives_findings_and_changes_without_agent_notes() {
    let app = Mounted::at("#/help").await;
    app.walk("ios-mail", Some("18"), "stopped").await;
    assert_eq!(app.screen(), "check");
    // Apple's switch, not a list.
    assert_eq!(
        app.get("#sh-out-security")
            .get_attribute("data-control")
            .as_deref(),
        Some("switch")
    );
    app.type_into("sh-protocol", "pop3").await;
    app.type_into("sh-in-host", "mail.aoi.example.jp").await;
    app.type_into("sh-in-port", "110").await;
    app.type_into("sh-out-port", "25").await;
    let codes = app.attrs("[data-code]", "data-code");
    for code in ["host-retired", "smtp-port-25"] {
        assert!(codes.iter().any(|c| c == code), "{code} not in {codes:?}");
    }
    let changes = app.attrs("[data-change]", "data-change");
    assert!(changes.iter().any(|c| c == "incoming.port"), "{changes:?}");
    assert_eq!(
        app.get("[data-change='outgoing.port']")
            .get_attribute("data-wanted")
            .as_deref(),
        Some("465")
    );
    assert!(
        app.all(".guide-steps[data-guide-kind='fix-existing'] .guide-step")
            .len()
            >= 3
    );
    // No code is shown as text, and no agent note of these findings is on the page.
    let page = app.page_text();
    assert!(!page.contains("host-retired") && !page.contains("smtp-port-25"));
    assert!(app.find("[data-agent-only]").is_none());
    let profile = Profile::demo();
    let shown = Shown {
        protocol: "pop3".into(),
        in_host: "mail.aoi.example.jp".into(),
        in_port: "110".into(),
        in_security: "starttls".into(),
        out_port: "25".into(),
        out_security: "ssl".into(),
        ..Shown::default()
    };
    let case: Case = shown_case(ADDRESS, ClientId::IosMail, Some("18"), &shown, "");
    let report = diagnose(&case, &profile, today());
    for lang in [Lang::Ja] {
        let explained = text::explain(&report, &case, &profile, lang);
        let notes: Vec<String> = explained
            .findings
            .iter()
            .filter_map(|f| f.agent_note.clone())
            .filter(|n| !n.is_empty())
            .collect();
        assert!(!notes.is_empty(), "this case has agent notes to hide");
        for note in notes {
            assert!(!page.contains(&note), "agent note shown: {note}");
        }
    }
    // Pasted error text is explained in plain words.
    app.type_into("sh-error-text", "0x800CCC0E").await;
    assert!(app.find("[data-match]").is_some());
}

#[wasm_bindgen_test]
async fn a_guide_link_fills_in_the_address_and_protocol() {
    let app = Mounted::at(
        "#/guide/ios-mail/new-account?address=hanako%40kita.aoi.example.jp&protocol=pop3",
    )
    .await;
    assert!(app.all(".guide-step").len() >= 3);
    let values = app.values();
    assert!(
        values.iter().any(|v| v == "hanako@kita.aoi.example.jp"),
        "{values:?}"
    );
    assert!(
        values.iter().any(|v| v == "pop.mail.example.jp"),
        "{values:?}"
    );
    assert!(app
        .find("[data-mobileconfig] [data-slot='mobileconfig-download']")
        .is_some());
    // The settings file for this address, and only that one (no Thunderbird/Outlook files).
    assert!(app
        .find("[data-slot='mobileconfig-download'] [data-export='mobileconfig']")
        .is_some());
    assert_eq!(
        app.all("[data-slot='mobileconfig-download'] [data-export]")
            .len(),
        1
    );
    assert!(app.find("[data-support]").is_some());
}

#[wasm_bindgen_test]
async fn a_guide_without_an_address_uses_a_sample_and_a_bad_link_says_so() {
    let app = Mounted::at("#/guide/thunderbird/fix-existing").await;
    assert!(app.find("[data-address='sample']").is_some());
    assert!(app.all(".guide-step").len() >= 3);
    app.type_into("g-address", ADDRESS).await;
    assert!(app.values().iter().any(|v| v == ADDRESS));
    drop(app);
    let app = Mounted::at("#/guide/nothing/new-account").await;
    assert!(app.find("[data-guide='not-found']").is_some());
}

#[wasm_bindgen_test]
async fn the_guide_index_lists_every_app() {
    let app = Mounted::at("#/guides").await;
    assert_eq!(app.all("[data-client]").len(), ClientId::ALL.len());
    assert!(app.all("a[data-kind]").len() >= 2 * ClientId::ALL.len());
}
