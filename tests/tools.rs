//! Browser tests of the tools: the error decoder panel, the sending-limit advisor (verdict and
//! timeline picture), the settings-file builder behind the download buttons and the autoconfig
//! import page. Run like `tests/web.rs` (wasm-bindgen-test in headless Chromium).
#![cfg(target_arch = "wasm32")]

use mail_doctor_core::export::ExportFormat;
use mail_doctor_core::{Lang, Profile};
use mail_setup_doctor::components::decoder_panel::PlainDecoder;
use mail_setup_doctor::components::export_buttons::{build, ExportButtons};
use mail_setup_doctor::profile_source::ProfileState;
use mail_setup_doctor::{LangContext, ProfileContext};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

mod common;
use common::{settle, Mounted, Page};

wasm_bindgen_test_configure!(run_in_browser);

const BIGLOBE: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/core/tests/fixtures/ispdb-jp/biglobe.ne.jp.xml"
));

const ZOHO: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/core/tests/fixtures/ispdb-jp/zoho.jp.xml"
));

const ERRORS: &str = "送信中にエラーが発生しました。\n\
'Sending' reported error (0x800CCC0E) : 'Cannot connect to the server.'\n\
The server responded: 554 5.7.1 <taro@kita.aoi.example.jp>: Relay access denied";

#[wasm_bindgen_test]
async fn the_decoder_panel_explains_each_pasted_error_with_causes_and_checks() {
    let app = Mounted::at("#/agent").await;
    assert!(
        app.find("[data-decoder='agent']").is_none(),
        "no panel without text"
    );
    app.type_into("f-error-text", ERRORS).await;
    let matched = app.attrs("[data-decoder='agent'] [data-error]", "data-error");
    assert!(matched.iter().any(|m| m == "0x800CCC0E"), "{matched:?}");
    assert!(
        matched.iter().any(|m| m.starts_with("554 5.7.1")),
        "{matched:?}"
    );
    for entry in app.all("[data-decoder='agent'] .decoded-error") {
        let causes = entry.query_selector_all("[data-cause]").unwrap().length();
        assert!(causes > 0, "every error has causes");
        let text = entry.text_content().unwrap_or_default();
        assert!(text.contains("確かめること"), "{text}");
    }
    assert!(!app
        .attrs("[data-decoder='agent'] [data-suspect]", "data-suspect")
        .is_empty());

    // A finding of this case confirms a suspect: port 25 for sending is smtp-port-25.
    app.type_into("f-address", "taro@kita.aoi.example.jp").await;
    app.type_into("f-out-port", "25").await;
    let confirmed = app.attrs("[data-suspect][data-confirmed='true']", "data-suspect");
    assert!(!confirmed.is_empty(), "a suspect is confirmed by the case");
    // Confirmed ones come first.
    let all = app.attrs("[data-suspect]", "data-confirmed");
    assert_eq!(all.first().map(String::as_str), Some("true"));

    // English follows the language switch.
    app.click("button[data-lang='en']").await;
    assert!(app.text("[data-decoder='agent']").contains("Check"));
    app.click("button[data-lang='ja']").await;
}

#[wasm_bindgen_test]
async fn unrecognised_text_says_what_to_paste_instead() {
    let app = Mounted::at("#/agent").await;
    app.type_into("f-error-text", "なんだかうまくいかない")
        .await;
    assert!(app.find("[data-decoder-none]").is_some());
    let text = app.text("[data-decoder='agent']");
    assert!(
        text.contains("0x800CCC0E") && text.contains("535 5.7.8"),
        "{text}"
    );
}

#[wasm_bindgen_test]
async fn the_advisor_shows_the_refusal_and_hatched_bars_for_the_seed_burst() {
    let app = Mounted::at("#/advisor").await;
    app.click("#adv-example").await;
    assert_eq!(
        app.attrs("[data-first-refusal]", "data-first-refusal"),
        vec!["201".to_string()]
    );
    assert_eq!(
        app.attrs("[data-verdict]", "data-verdict"),
        vec!["rate-over-limit".to_string()]
    );
    let refused = app.all("svg.timeline-svg .bar-refused");
    assert!(!refused.is_empty(), "refused sends are drawn");
    assert!(app.find("svg.timeline-svg title").is_some());
    assert!(app.find("svg.timeline-svg .limit-line").is_some());
    assert!(app.find("svg.timeline-svg .window-line").is_some());
    let svg = app.get("svg.timeline-svg");
    assert_eq!(
        svg.get_attribute("aria-describedby").as_deref(),
        Some("adv-chart-summary")
    );
    assert!(app.text("#adv-chart-summary").contains("200"));
    assert!(!app.all(".plan li").is_empty(), "a compliant plan in words");
    // The address bar links to this very pattern.
    let hash = gloo::utils::window().location().hash().unwrap();
    assert_eq!(hash, "#/advisor?r=10&m=200&t=0&w=60&n=1000");
}

#[wasm_bindgen_test]
async fn a_compliant_pattern_has_no_refused_bars() {
    let app = Mounted::at("#/advisor?r=10&m=200&t=0&w=61&n=1000").await;
    assert_eq!(app.attrs("[data-verdict]", "data-verdict"), vec!["ok"]);
    assert!(app.find("svg.timeline-svg").is_some());
    assert!(app.all("svg.timeline-svg .bar-refused").is_empty());
    assert!(app.find("[data-first-refusal]").is_none());
    // A bad number is flagged and never panics.
    app.type_into("adv-m", "2x").await;
    assert!(app.find("#adv-m[aria-invalid='true']").is_some());
    assert!(app.find("[data-verdict]").is_none());
}

#[wasm_bindgen_test]
fn the_export_builder_names_each_file_and_its_type() {
    let profile = Profile::demo();
    let address = "taro@kita.aoi.example.jp";
    let expect = [
        (
            ExportFormat::Autoconfig,
            "config-v1.1.xml",
            "application/xml",
        ),
        (
            ExportFormat::Autodiscover,
            "autodiscover.xml",
            "application/xml",
        ),
        (
            ExportFormat::Mobileconfig,
            "kita.aoi.example.jp.mobileconfig",
            "application/x-apple-aspen-config",
        ),
    ];
    for (format, name, mime) in expect {
        let file = build(format, &profile, address).unwrap();
        assert_eq!(file.filename, name);
        assert_eq!(file.mime, mime);
        assert!(file.body.contains("aoi.example.jp"));
        assert!(!file.body.to_lowercase().contains("<key>password</key>"));
    }
    assert!(build(ExportFormat::Autoconfig, &profile, "not an address").is_err());
}

#[wasm_bindgen_test]
async fn export_buttons_wait_for_a_known_address() {
    let app = Mounted::at("#/agent").await;
    // The panel appears with a case; buttons disabled with the reason until the address is known.
    app.type_into("f-address", "taro@kita.aoi.exmple.jp").await;
    let buttons = app.all("[data-export]");
    assert_eq!(buttons.len(), 3);
    assert!(buttons.iter().all(|b| b.has_attribute("disabled")));
    assert!(app.text("[data-export-reason]").contains("aoi.example.jp"));
    app.type_into("f-address", "taro@kita.aoi.example.jp").await;
    let buttons = app.all("[data-export]");
    assert!(buttons.iter().all(|b| !b.has_attribute("disabled")));
    assert!(app.find("[data-export-reason]").is_none());
}

#[wasm_bindgen_test]
async fn import_of_an_autoconfig_file_shows_toml_warnings_and_validity() {
    let app = Mounted::at("#/import").await;
    assert!(app.find("#imp-toml").is_none());
    app.type_into("imp-paste", BIGLOBE).await;
    let toml = app
        .get("#imp-toml")
        .unchecked_into::<HtmlTextAreaElement>()
        .value();
    assert!(toml.contains("biglobe.ne.jp"), "{toml}");
    assert!(toml.contains("[[brands]]"));
    assert_eq!(app.attrs("[data-valid]", "data-valid"), vec!["true"]);
    assert_eq!(app.attrs("[data-warnings]", "data-warnings"), vec!["0"]);
    // The paste stays as pasted.
    let pasted = app
        .get("#imp-paste")
        .unchecked_into::<HtmlTextAreaElement>()
        .value();
    assert_eq!(pasted, BIGLOBE);
    // A file with settings that do not fit: each is a warning row naming the file.
    app.type_into("imp-paste", ZOHO).await;
    let rows = app.attrs("tr.warning", "data-warning-file");
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|f| f == "貼り付けた XML"), "{rows:?}");
    assert!(app
        .get("#imp-toml")
        .unchecked_into::<HtmlTextAreaElement>()
        .value()
        .contains("zoho"));
    // Garbage is a warning, not a panic.
    app.type_into("imp-paste", "<clientConfig><emailProvider")
        .await;
    assert!(!app.all("tr.warning").is_empty());
}

#[wasm_bindgen_test]
async fn the_header_links_to_the_tools() {
    let app = Mounted::at("#/agent").await;
    let keys = app.attrs("[data-nav-page]", "data-nav-page");
    assert!(keys.iter().any(|k| k == "advisor"), "{keys:?}");
    assert!(keys.iter().any(|k| k == "import"), "{keys:?}");
}

#[wasm_bindgen_test]
async fn the_customers_pages_show_only_the_customers_links() {
    for page in ["#/help", "#/guides", "#/guide/ios-mail/new-account"] {
        let app = Mounted::at(page).await;
        let keys = app.attrs("[data-nav-page]", "data-nav-page");
        // Not even the console: customers have no use for it (the verdict issue).
        assert_eq!(keys, ["help", "guides"], "{page}");
        drop(app);
    }
}

/// The self-help face, mounted on its own the way the self-help page will place it.
#[function_component(SelfHelpHost)]
fn self_help_host() -> Html {
    let lang = use_state(|| Lang::Ja);
    let profile: ProfileContext = Rc::new(ProfileState::demo());
    html! {
        <ContextProvider<LangContext> context={lang}>
            <ContextProvider<ProfileContext> context={profile}>
                <PlainDecoder />
                <ExportButtons address="hanako@aoi.example.jp" plain=true id="sh-export" />
            </ContextProvider<ProfileContext>>
        </ContextProvider<LangContext>>
    }
}

#[wasm_bindgen_test]
async fn the_self_help_decoder_and_downloads_work_on_their_own() {
    let app = Page::fresh();
    let handle = yew::Renderer::<SelfHelpHost>::with_root(app.root.clone()).render();
    settle().await;
    app.type_into("plain-decoder-text", "エラー番号: 0x800CCC0E")
        .await;
    let matched = app.attrs("[data-decoder='plain'] [data-error]", "data-error");
    assert_eq!(matched, vec!["0x800CCC0E"]);
    let text = app.text("[data-decoder='plain']");
    assert!(text.contains("送信"), "{text}");
    assert!(
        !text.contains("確かめること"),
        "no agent checks for customers"
    );
    assert!(app.find("[data-decoder='plain'] [data-cause]").is_some());
    app.type_into("plain-decoder-text", "よくわからない").await;
    assert!(app.find("[data-decoder-none]").is_some());
    // Downloads ready, with the iPhone steps.
    assert_eq!(app.all("[data-export]:not([disabled])").len(), 3);
    assert!(app
        .text(".apple-steps")
        .contains("プロファイルがダウンロードされました"));
    app.root.remove();
    drop(handle);
}

/// The log survey page (`#/survey`): its form, in both languages (the worker, with the
/// engine's definitions, is exercised by e2e/tests/survey.spec.js, as it needs Trunk's build:
/// here its script is missing and the page says so); and the engine's survey and definitions in
/// wasm, as the worker runs them.
#[wasm_bindgen_test]
async fn the_survey_page_shows_its_form_and_the_engine_surveys_in_wasm() {
    use mail_doctor_core::survey::input::Format;
    use mail_doctor_core::survey::time::{Clock, Year, DEFAULT_OFFSET};
    use mail_doctor_core::survey::{self, text, Kind, Rows, Settings};

    let app = Mounted::at("#/survey").await;
    assert!(app.find("#sv-files").is_some());
    let options = app.attrs("#sv-kind option", "value");
    assert_eq!(options, ["tls", "ports", "retired", "origins", "sending"]);
    assert_eq!(app.text("#sv-kind option"), "TLS の下限");
    app.click("button[data-lang='en']").await;
    assert_eq!(app.text("#sv-kind option"), "TLS floor");
    // The tab keeps the language: back to Japanese for the other tests.
    app.click("button[data-lang='ja']").await;
    drop(app);

    let settings = Settings::new(&Profile::demo());
    let definition = text::definition(Lang::En, Kind::Tls, &settings);
    assert!(
        definition.contains("Who a TLS floor of TLS 1.2 will hit"),
        "{definition}"
    );
    let log = "Dec  7 09:10:00 mx1 postfix/smtps/smtpd[103]: connect from unknown[198.51.100.77]\n\
Dec  7 09:10:00 mx1 postfix/smtps/smtpd[103]: Anonymous TLS connection established from unknown[198.51.100.77]: TLSv1 with cipher ECDHE-RSA-AES256-SHA (256/256 bits)\n\
Dec  7 09:10:01 mx1 postfix/smtps/smtpd[103]: 3C: client=unknown[198.51.100.77], sasl_method=LOGIN, sasl_username=carol@aoi.example.jp\n\
Dec  7 09:10:02 mx1 postfix/smtps/smtpd[103]: disconnect from unknown[198.51.100.77] ehlo=1 auth=1 mail=1 rcpt=1 data=1 quit=1 commands=6\n";
    let (report, problems) = survey::run(
        Kind::Tls,
        settings,
        Format::Logs,
        Clock::new(Year::Fixed(2026), DEFAULT_OFFSET),
        &[log.as_bytes()],
    );
    assert!(problems.is_empty());
    let Rows::Tls(rows) = &report.rows else {
        panic!("tls rows")
    };
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].who.account(), Some("carol@aoi.example.jp"));
    assert_eq!(rows[0].below_floor, 1);
}
