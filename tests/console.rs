//! Browser tests of the agent console and the profile browser: findings grouped by severity,
//! the values that must change highlighted, agent notes present (and only in the marked area),
//! the fix tools, and the profile browser's search. Mounted like `tests/web.rs`; no network, no
//! waiting on the clock.
#![cfg(target_arch = "wasm32")]

use mail_doctor_core::share::{agent_link, short_link};
use mail_doctor_core::text::plain_text;
use mail_doctor_core::{diagnose, text, Case, Date, Lang, Profile};
use serde_json::Value;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};

mod common;
use common::Mounted;

wasm_bindgen_test_configure!(run_in_browser);

const CASE_01: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/core/tests/cases/01-onprem-pop-outlook2010.json"
));
const CASE_03: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/core/tests/cases/03-correct-outlook-new-imap.json"
));

fn example(json: &str) -> (Case, Value) {
    let v: Value = serde_json::from_str(json).unwrap();
    (
        Case::from_json(&v["case"].to_string()).unwrap(),
        v["expect"].clone(),
    )
}

#[wasm_bindgen_test]
async fn findings_are_grouped_by_severity_in_order() {
    let (case, expect) = example(CASE_01);
    let app = Mounted::at(&agent_link(&case)).await.destroy_on_drop();
    let groups = app.attrs("[data-group]", "data-group");
    assert!(!groups.is_empty());
    let order = |g: &str| ["error", "warning", "info"].iter().position(|x| *x == g);
    let positions: Vec<_> = groups.iter().map(|g| order(g).unwrap()).collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{groups:?}");
    for group in &groups {
        let inside = app.attrs(
            &format!("[data-group='{group}'] [data-severity]"),
            "data-severity",
        );
        assert!(!inside.is_empty());
        assert!(inside.iter().all(|s| s == group), "{group}: {inside:?}");
    }
    // Every expected code is shown, with its one-line cause and its why.
    for code in expect["codes"].as_array().unwrap() {
        let code = code.as_str().unwrap();
        let finding = app.get(&format!("[data-code='{code}']"));
        assert!(finding.query_selector(".finding-title").unwrap().is_some());
    }
    assert!(app.find("[data-code] .finding-detail").is_some());
    assert!(!app.text("[data-summary]").trim().is_empty());
}

#[wasm_bindgen_test]
async fn the_values_that_must_change_are_highlighted() {
    let (case, _) = example(CASE_01);
    let app = Mounted::at(&agent_link(&case)).await.destroy_on_drop();
    let changed = app.attrs("tr.changed [data-field]", "data-field");
    for field in [
        "incoming.host",
        "incoming.port",
        "incoming.security",
        "outgoing.port",
    ] {
        assert!(changed.iter().any(|f| f == field), "{field}: {changed:?}");
    }
    // The protocol stays POP: not highlighted, but still a `data-field` value.
    let protocol = app.get("[data-field='incoming.protocol']");
    assert_eq!(
        protocol.get_attribute("data-changed").as_deref(),
        Some("false")
    );
    assert_eq!(app.all("[data-field]").len(), 11);
}

#[wasm_bindgen_test]
async fn agent_notes_are_present_and_only_in_the_marked_area() {
    let (case, _) = example(CASE_01);
    let app = Mounted::at(&agent_link(&case)).await.destroy_on_drop();
    let notes = app.get("[data-agent-only]");
    let text = notes.text_content().unwrap();
    assert!(text.contains("担当者メモ"), "{text}");
    // The retired host's history, the policies and an escalation hint.
    assert!(app.find("[data-agent-only] [data-retired]").is_some());
    assert!(text.contains("2024-03-31"), "{text}");
    assert!(text.contains("TLS 1.2"), "{text}");
    assert!(app.find("[data-agent-only] [data-escalation]").is_some());
    // Each engine agent note is shown inside the area, and nowhere else.
    let profile = Profile::demo();
    let now = js_sys::Date::new_0();
    let today = Date::new(
        now.get_full_year() as u16,
        (now.get_month() + 1) as u8,
        now.get_date() as u8,
    )
    .unwrap();
    let report = diagnose(&case, &profile, today);
    let explained = text::explain(&report, &case, &profile, Lang::Ja);
    let agent_notes: Vec<String> = explained
        .findings
        .iter()
        .filter_map(|f| f.agent_note.clone())
        .collect();
    assert!(!agent_notes.is_empty());
    for note in &agent_notes {
        assert!(text.contains(note.as_str()), "missing note {note}");
        let outside = app.text(".findings").contains(note.as_str());
        assert!(!outside, "agent note outside the agent area: {note}");
    }
    // The copyable text never carries them.
    let copy = app
        .get("#fix-text")
        .unchecked_into::<HtmlTextAreaElement>()
        .value();
    assert_eq!(copy, plain_text(&explained, &report, Lang::Ja));
    for note in &agent_notes {
        assert!(!copy.contains(note.as_str()));
    }
}

#[wasm_bindgen_test]
async fn the_share_link_is_the_short_form_and_has_no_password() {
    let (case, _) = example(CASE_03);
    let app = Mounted::at(&agent_link(&case)).await.destroy_on_drop();
    let link = app
        .get("#share-link")
        .unchecked_into::<HtmlInputElement>()
        .value();
    assert!(link.ends_with(&short_link(&case)), "{link}");
    assert!(!link.to_lowercase().contains("password"));
    // The short form opens the same case.
    drop(app);
    let app = Mounted::at(&short_link(&case)).await.destroy_on_drop();
    let address = app.get("#f-address").unchecked_into::<HtmlInputElement>();
    assert_eq!(Some(address.value()), case.address);
    assert!(app.find("[data-fix-tools]").is_some());
}

#[wasm_bindgen_test]
async fn an_empty_case_has_no_tools_and_the_keys_are_documented() {
    let app = Mounted::at("#/agent").await.destroy_on_drop();
    assert!(app.find("[data-fix-tools]").is_none());
    assert!(app.find("[data-agent-only]").is_none());
    assert_eq!(
        app.get("#jump-results")
            .get_attribute("aria-keyshortcuts")
            .as_deref(),
        Some("Alt+R")
    );
    assert!(app.text(".keys").contains("Alt+C"));
    // Nav: the profile browser is linked, the current page marked.
    assert!(app.find("nav a[href='#/profile']").is_some());
    assert_eq!(
        app.get("nav a[aria-current='page']")
            .get_attribute("href")
            .as_deref(),
        Some("#/agent")
    );
}

#[wasm_bindgen_test]
async fn the_profile_browser_finds_a_domain_in_any_form() {
    let app = Mounted::at("#/profile?domain=kita.aoi.example.jp")
        .await
        .destroy_on_drop();
    let found = app.get("[data-lookup='found']");
    assert_eq!(found.get_attribute("data-brand").as_deref(), Some("aoi"));
    assert!(app
        .text("[data-lookup='found']")
        .contains("imap.mail.example.jp"));
    assert_eq!(app.all("[data-endpoint]").len(), 4);
    for typed in [
        "KITA.Aoi.Example.JP.",
        "taro@kita.aoi.example.jp",
        "xn--f9jvc5b.example.jp",
    ] {
        app.type_into("p-domain", typed).await;
        let lookup = app.get("[data-lookup]");
        assert_eq!(
            lookup.get_attribute("data-lookup").as_deref(),
            Some("found"),
            "{typed}"
        );
    }
    // The address bar follows the search.
    let hash = gloo::utils::window().location().hash().unwrap();
    assert!(hash.starts_with("#/profile?domain="), "{hash}");
}

#[wasm_bindgen_test]
async fn the_profile_browser_suggests_the_nearest_domain() {
    let app = Mounted::at("#/profile").await.destroy_on_drop();
    assert!(app.find("[data-lookup='empty']").is_some());
    app.type_into("p-domain", "kita.aoi.exmaple.jp").await;
    let suggestion = app.get("[data-suggestion]");
    assert_eq!(
        suggestion.get_attribute("data-suggestion").as_deref(),
        Some("kita.aoi.example.jp")
    );
    app.click("[data-suggestion]").await;
    assert!(app.find("[data-lookup='found']").is_some());
    // Policies, retired hosts, brands with their domain counts and the profile in use.
    assert!(app.find("[data-policy='op25b']").is_some());
    assert!(app.all(".retired-table [data-retired]").len() >= 4);
    let counts: usize = app
        .attrs("[data-domain-count]", "data-domain-count")
        .iter()
        .map(|n| n.parse::<usize>().unwrap())
        .sum();
    assert!(counts >= 100, "{counts}");
    assert_eq!(app.all("[data-brand-row]").len(), 12);
    assert_eq!(
        app.get("[data-profile-source]")
            .get_attribute("data-profile-source")
            .as_deref(),
        Some("demo")
    );
    assert_eq!(app.text("[data-effective]"), "2024-03-31");
}

#[wasm_bindgen_test]
async fn the_profile_search_keeps_what_is_typed_spaces_included() {
    let app = Mounted::at("#/profile").await.destroy_on_drop();
    // Typed a letter at a time: the address bar gets the trimmed search, the box keeps the space.
    for typed in ["kita", "kita ", "kita a"] {
        app.type_into("p-domain", typed).await;
        let value = app
            .get("#p-domain")
            .unchecked_into::<HtmlInputElement>()
            .value();
        assert_eq!(value, typed);
    }
    assert!(
        common::current_hash().ends_with("domain=kita%20a"),
        "{}",
        common::current_hash()
    );
    // A link pasted into the address bar of the open tab still replaces the search.
    common::set_hash("#/profile?domain=aoi.example.jp");
    let pop = web_sys::Event::new("popstate").unwrap();
    gloo::utils::window().dispatch_event(&pop).unwrap();
    common::settle().await;
    let value = app
        .get("#p-domain")
        .unchecked_into::<HtmlInputElement>()
        .value();
    assert_eq!(value, "aoi.example.jp");
}

#[wasm_bindgen_test]
async fn garbage_in_the_profile_search_never_breaks_the_page() {
    let app = Mounted::at("#/profile?domain=%E3%81")
        .await
        .destroy_on_drop();
    for typed in ["@", "@@@", "..", "%", "a@", "\u{3042}\u{3044}", " "] {
        app.type_into("p-domain", typed).await;
        assert!(app.find("[data-lookup]").is_some(), "{typed}");
    }
}

/// The console's summary, steps and copied text follow the engine's one verdict: nothing
/// checked, a symptom or a pasted error never say the settings can stay as they are.
#[wasm_bindgen_test]
async fn the_verdict_never_says_fine_without_reason() {
    let keep = "このままお使いいただけます";
    for (json, kind) in [
        (
            r#"{"address": "taro@kita.aoi.example.jp"}"#,
            "nothing-checked",
        ),
        (
            r#"{"address": "taro@kita.aoi.example.jp", "symptoms": ["cannot-receive"]}"#,
            "problem",
        ),
        (
            r#"{"address": "taro@kita.aoi.example.jp", "error_text": "0x800CCC0E"}"#,
            "problem",
        ),
        (
            r#"{"address": "taro@kita.aoi.example.jp", "incoming": {"host": "imap.mail.example.jp"}}"#,
            "incomplete",
        ),
    ] {
        let case = Case::from_json(json).unwrap();
        let app = Mounted::at(&agent_link(&case)).await.destroy_on_drop();
        let summary = app.get("[data-summary]");
        assert_eq!(
            summary.get_attribute("data-verdict").as_deref(),
            Some(kind),
            "{json}"
        );
        assert!(!app.text("[data-summary]").contains(keep), "{json}");
        assert!(!app.text(".steps").contains(keep), "{json}");
        let copied = app
            .get("#fix-text")
            .dyn_into::<HtmlTextAreaElement>()
            .unwrap()
            .value();
        assert!(!copied.contains(keep), "{json}: {copied}");
        drop(app);
    }
    // The foreign-login reply: the IP classified in place and the operator's handoff.
    let case = Case::from_json(
        r#"{"address": "taro@kita.aoi.example.jp", "client": {"id": "outlook-new"},
            "error_text": "554 5.7.1 Sending refused [52.96.56.197] 10:45"}"#,
    )
    .unwrap();
    let app = Mounted::at(&agent_link(&case)).await.destroy_on_drop();
    assert_eq!(
        app.get("[data-ip='52.96.56.197']")
            .get_attribute("data-ip-kind")
            .as_deref(),
        Some("microsoft")
    );
    assert!(app.text("[data-handoff]").contains("10:45"));
    assert!(app.find("[data-code='foreign-login-blocked']").is_some());
}
