//! Browser tests: the app mounted in headless Chromium, driven like an agent would (typing into
//! the form), asserting on the findings (`data-code`) and the corrected settings (`data-field`).
//! Run: `cargo test --target wasm32-unknown-unknown -p mail-setup-doctor` with
//! `CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner` (scripts/test does), or
//! `wasm-pack test --headless --chrome`.
#![cfg(target_arch = "wasm32")]

use mail_doctor_core::case::Symptom;
use mail_doctor_core::{Case, Lang};
use mail_setup_doctor::i18n::strings;
use mail_setup_doctor::profile_source::{Fetched, ProfileState};
use mail_setup_doctor::share::agent_hash;
use mail_setup_doctor::state::{Form, Input};
use serde_json::Value;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlInputElement;

mod common;
use common::{current_hash, Mounted};

wasm_bindgen_test_configure!(run_in_browser);

macro_rules! shared_case {
    ($file:literal) => {
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/cases/",
            $file
        ))
    };
}

const CASES: &[(&str, &str)] = &[
    ("01", shared_case!("01-onprem-pop-outlook2010.json")),
    ("02", shared_case!("02-submission-starttls-on-465.json")),
    ("03", shared_case!("03-correct-outlook-new-imap.json")),
    ("04", shared_case!("04-domain-typo.json")),
    ("05", shared_case!("05-burst-sender.json")),
];

/// The agent form's helpers.
impl Mounted {
    async fn empty() -> Mounted {
        Mounted::at("#/agent").await
    }

    fn codes(&self) -> Vec<String> {
        self.attrs("[data-code]", "data-code")
    }

    fn corrected(&self, field: &str) -> Option<String> {
        self.find(&format!("[data-field='{field}']"))
            .and_then(|e| e.get_attribute("data-value"))
    }

    /// Types a whole case into the form, field by field.
    async fn fill(&self, case: &Case) {
        let form = Form::from_case(case);
        let ids = [
            (Input::Address, "f-address"),
            (Input::Client, "f-client"),
            (Input::ClientVersion, "f-client-version"),
            (Input::ClientOs, "f-client-os"),
            (Input::InProtocol, "f-in-protocol"),
            (Input::InHost, "f-in-host"),
            (Input::InPort, "f-in-port"),
            (Input::InSecurity, "f-in-security"),
            (Input::InUsername, "f-in-username"),
            (Input::InAuth, "f-in-auth"),
            (Input::OutHost, "f-out-host"),
            (Input::OutPort, "f-out-port"),
            (Input::OutSecurity, "f-out-security"),
            (Input::OutAuth, "f-out-auth"),
            (Input::OutUsername, "f-out-username"),
            (Input::ErrorText, "f-error-text"),
            (Input::Recipients, "f-recipients"),
            (Input::Messages, "f-messages"),
            (Input::PerMinutes, "f-per-minutes"),
        ];
        for (input, id) in ids {
            let value = form.get(input);
            if !value.is_empty() {
                self.type_into(id, value).await;
            }
        }
        for symptom in &form.symptoms {
            self.click(&format!("#f-symptom-{}", symptom.as_str()))
                .await;
        }
        for (i, row) in form.resolved.iter().enumerate() {
            self.click("#f-resolved-add").await;
            self.type_into(&format!("f-resolved-{i}-host"), &row.host)
                .await;
            self.type_into(&format!("f-resolved-{i}-addresses"), &row.addresses)
                .await;
        }
    }
}

fn example(json: &str) -> (Case, Value) {
    let v: Value = serde_json::from_str(json).unwrap();
    let case = Case::from_json(&v["case"].to_string()).unwrap();
    (case, v["expect"].clone())
}

fn check_expectations(app: &Mounted, name: &str, expect: &Value) {
    let codes = app.codes();
    for code in expect["codes"].as_array().into_iter().flatten() {
        let code = code.as_str().unwrap();
        assert!(
            codes.iter().any(|c| c == code),
            "case {name}: {code} missing from {codes:?}"
        );
    }
    if expect["no_errors"] == Value::Bool(true) {
        assert!(
            app.find("[data-severity='error']").is_none(),
            "case {name}: an error finding is shown"
        );
    }
    if let Some(corrected) = expect["corrected"].as_object() {
        for side in ["incoming", "outgoing"] {
            for (key, want) in corrected[side].as_object().unwrap() {
                let want = match want {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                let field = format!("{side}.{key}");
                assert_eq!(
                    app.corrected(&field).as_deref(),
                    Some(want.as_str()),
                    "case {name}: {field}"
                );
            }
        }
    }
}

#[wasm_bindgen_test]
async fn the_empty_page_invites_input_and_has_no_findings() {
    let app = Mounted::empty().await;
    assert!(app.find("#f-address").is_some());
    assert!(app.codes().is_empty());
    assert!(app.find("[data-profile='demo']").is_some(), "demo banner");
    // No password field anywhere, ever.
    assert!(app.find("input[type='password']").is_none());
}

#[wasm_bindgen_test]
async fn typing_each_shared_case_shows_its_findings_and_corrected_settings() {
    for (name, json) in CASES {
        let (case, expect) = example(json);
        let app = Mounted::empty().await;
        app.fill(&case).await;
        check_expectations(&app, name, &expect);
        // The address bar now reopens the same case.
        assert_eq!(
            current_hash(),
            agent_hash(&Form::from_case(&case).to_case()),
            "case {name}"
        );
    }
}

#[wasm_bindgen_test]
async fn a_case_link_opens_the_same_case() {
    for (name, json) in CASES {
        let (case, expect) = example(json);
        let app = Mounted::at(&agent_hash(&case)).await;
        check_expectations(&app, name, &expect);
        let address = app.get("#f-address").unchecked_into::<HtmlInputElement>();
        assert_eq!(Some(address.value()), case.address, "case {name}");
    }
}

#[wasm_bindgen_test]
async fn the_address_shows_brand_and_servers_at_once() {
    let app = Mounted::empty().await;
    app.type_into("f-address", "taro@kita.aoi.example.jp").await;
    let info = app.get("[data-domain-known='true']");
    assert_eq!(info.get_attribute("data-brand").as_deref(), Some("aoi"));
    assert!(info.text_content().unwrap().contains("mail.example.jp"));
}

#[wasm_bindgen_test]
async fn a_retired_host_is_found_and_the_fix_names_the_new_host() {
    let app = Mounted::empty().await;
    app.type_into("f-address", "taro@kita.aoi.example.jp").await;
    app.type_into("f-in-protocol", "pop3").await;
    app.type_into("f-in-host", "mail.aoi.example.jp").await;
    let finding = app.get("[data-code='host-retired']");
    assert_eq!(
        finding.get_attribute("data-severity").as_deref(),
        Some("error")
    );
    let new_host = app.corrected("incoming.host").unwrap();
    assert_eq!(new_host, "pop.mail.example.jp");
    let changed = app.get("[data-field='incoming.host']");
    assert_eq!(
        changed.get_attribute("data-changed").as_deref(),
        Some("true")
    );
    let steps = app.get(".step-list").text_content().unwrap();
    assert!(steps.contains(&new_host), "steps: {steps}");
}

#[wasm_bindgen_test]
async fn the_language_switch_changes_the_page_and_html_lang() {
    let app = Mounted::empty().await;
    let html = gloo::utils::document().document_element().unwrap();
    assert_eq!(html.get_attribute("lang").as_deref(), Some("ja"));
    assert_eq!(
        app.get("h1").text_content().unwrap(),
        strings(Lang::Ja).app_title
    );
    app.type_into("f-address", "taro@kita.aoi.example.jp").await;
    app.type_into("f-in-host", "mail.aoi.example.jp").await;
    let title_ja = app
        .get("[data-code='host-retired'] .finding-title")
        .text_content();

    app.click("button[data-lang='en']").await;
    assert_eq!(html.get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(
        app.get("h1").text_content().unwrap(),
        strings(Lang::En).app_title
    );
    let title_en = app
        .get("[data-code='host-retired'] .finding-title")
        .text_content();
    assert_ne!(title_ja, title_en, "finding text follows the language");
    // What was typed stays.
    let address = app.get("#f-address").unchecked_into::<HtmlInputElement>();
    assert_eq!(address.value(), "taro@kita.aoi.example.jp");

    app.click("button[data-lang='ja']").await;
    assert_eq!(html.get_attribute("lang").as_deref(), Some("ja"));
}

#[wasm_bindgen_test]
async fn a_bad_link_shows_a_message_and_an_empty_form() {
    for bad in [
        "#/agent?case=%%%",
        "#/agent?case=eyJhZGRyZXNzIjoxfQ",
        "#/agent?case=\u{3042}",
    ] {
        let app = Mounted::at(bad).await;
        assert!(app.find("[data-link='bad']").is_some(), "{bad}");
        let address = app.get("#f-address").unchecked_into::<HtmlInputElement>();
        assert_eq!(address.value(), "");
        assert!(app.codes().is_empty());
        // Typing still works after a bad link.
        app.type_into("f-address", "x@aoi.example.jp").await;
        assert!(app.find("[data-field='incoming.host']").is_some());
    }
}

#[wasm_bindgen_test]
async fn symptoms_and_half_typed_numbers_never_break_the_page() {
    let app = Mounted::empty().await;
    app.type_into("f-address", "taro@aoi.example.jp").await;
    app.type_into("f-in-port", "99x").await;
    assert!(
        app.find("#f-in-port-error").is_some(),
        "the port is flagged"
    );
    app.click(&format!("#f-symptom-{}", Symptom::CannotSend.as_str()))
        .await;
    app.type_into("f-recipients", "-3").await;
    assert!(app.find("#f-recipients-error").is_some());
    let input = app.get("#f-in-port").unchecked_into::<HtmlInputElement>();
    assert_eq!(input.value(), "99x", "what was typed stays");
    assert!(current_hash().starts_with("#/agent?case="));
}

#[wasm_bindgen_test]
async fn an_invalid_published_profile_shows_its_errors_and_uses_the_demo() {
    let state = ProfileState::from_fetch(Fetched::Text("[isp]\nname = 1\n".into()));
    let app = Mounted::with_profile("#/agent", state).await;
    assert!(app.find("[data-profile='demo']").is_some());
    assert!(!app.all(".profile-error").is_empty());
    app.type_into("f-address", "taro@kita.aoi.example.jp").await;
    assert!(
        app.find("[data-field='incoming.host']").is_some(),
        "the demo still diagnoses"
    );
}

#[wasm_bindgen_test]
async fn a_published_profile_shows_no_demo_banner() {
    let state =
        ProfileState::from_fetch(Fetched::Text(mail_doctor_core::profile::DEMO_TOML.into()));
    let app = Mounted::with_profile("#/agent", state).await;
    assert!(app.find("[data-profile]").is_none());
}

/// The page's host names (the browser's URL parser, handed to the engine at startup) give what
/// the `idna` crate gives natively: what people in Japan type, German and Greek names.
#[wasm_bindgen_test]
fn the_browsers_uts46_gives_the_crates_ascii_forms() {
    use mail_doctor_core::names::IDN_EXAMPLES;
    for (typed, ascii) in IDN_EXAMPLES {
        let trimmed = typed.trim_end_matches(['.', '。']);
        let got = mail_setup_doctor::idna::to_ascii(trimmed);
        assert_eq!(got.as_deref(), Some(*ascii), "{typed}");
    }
    for refused in ["メール example.jp", "taro@ほたる.jp", "ほたる/x.jp", ""] {
        assert_eq!(
            mail_setup_doctor::idna::to_ascii(refused),
            None,
            "{refused:?}"
        );
    }
}
