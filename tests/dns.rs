//! Browser tests of the DNS side: REAL DNS-over-HTTPS queries from headless Chromium to the
//! local test resolver (`scripts/doh-resolver`, on 127.0.0.1 only), through the app's own
//! transport (`doh::query`) and through the mounted DNS panel; plus the pasted-lookup box on
//! the agent page and the login-IP check.
//!
//! The resolver URL comes in at compile time: `MAIL_DOCTOR_DOH_URL` (scripts/test starts the
//! resolver and exports it before building these tests). Without it the DoH tests are skipped
//! with a note, except under CI (`CI` set at build time), where they fail.
#![cfg(target_arch = "wasm32")]

use mail_doctor_core::dns::{DnsError, QueryKind, Record, Status};
use mail_setup_doctor::doh;
use std::cell::Cell;
use std::net::IpAddr;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::{future_to_promise, JsFuture};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};

mod common;
use common::Mounted;

wasm_bindgen_test_configure!(run_in_browser);

/// The local resolver's URL, or `None` (the test is skipped) when it was not given at build time.
fn resolver() -> Option<&'static str> {
    match option_env!("MAIL_DOCTOR_DOH_URL") {
        Some(url) if !url.trim().is_empty() => Some(url),
        _ if option_env!("CI").is_some() => panic!(
            "MAIL_DOCTOR_DOH_URL was not set when these tests were built, but CI is: run them \
             through scripts/test, which starts scripts/doh-resolver and exports the URL"
        ),
        _ => {
            console_log!(
                "skipped: MAIL_DOCTOR_DOH_URL not set at build time (scripts/test sets it; or \
                 `scripts/doh-resolver start` and export MAIL_DOCTOR_DOH_URL=$(scripts/doh-resolver url))"
            );
            None
        }
    }
}

/// Asked to run against a resolver, the suite fails when nothing answers there (the other
/// tests would fail one by one too; this one says why).
#[wasm_bindgen_test]
async fn the_resolver_given_answers() {
    let Some(url) = resolver() else { return };
    if let Err(e) = doh::query(url, "imap.mail.example.jp", QueryKind::A, 4_000).await {
        panic!(
            "MAIL_DOCTOR_DOH_URL={url} was given, but the resolver there does not answer ({e}): \
             start it (scripts/doh-resolver start) before building these tests"
        );
    }
}

/// One of the resolver's failure endpoints: `/silent/dns-query`, `/down/dns-query`, …
fn endpoint(url: &str, name: &str) -> String {
    match url.strip_suffix("/dns-query") {
        Some(base) => format!("{base}/{name}/dns-query"),
        None => format!("{url}/{name}"),
    }
}

/// A port where nothing listens (the resolver's "dead" port, kept free by design).
fn closed_port_url() -> String {
    let port = option_env!("MAIL_DOCTOR_DOH_DEAD_PORT").unwrap_or("18084");
    format!("http://127.0.0.1:{port}/dns-query")
}

fn ip(s: &str) -> IpAddr {
    s.parse().unwrap()
}

// ---------------------------------------------------------------------------------------------
// The transport.

#[wasm_bindgen_test]
async fn a_current_host_answers_with_its_addresses() {
    let Some(url) = resolver() else { return };
    let a = doh::query(url, "imap.mail.example.jp", QueryKind::A, 4_000)
        .await
        .expect("answer");
    assert_eq!(a.status, Status::Found);
    assert_eq!(a.addresses().collect::<Vec<_>>(), [ip("203.0.113.143")]);
    let aaaa = doh::query(url, "imap.mail.example.jp", QueryKind::Aaaa, 4_000)
        .await
        .expect("answer");
    assert_eq!(
        aaaa.addresses().collect::<Vec<_>>(),
        [ip("2001:db8:cafe::143")]
    );
}

#[wasm_bindgen_test]
async fn nxdomain_and_a_cname_chain_are_answers() {
    let Some(url) = resolver() else { return };
    let nx = doh::query(url, "nosuch.aoi.example.jp", QueryKind::A, 4_000)
        .await
        .expect("answer");
    assert_eq!(nx.status, Status::NoSuchName);
    let chain = doh::query(url, "autodiscover.aoi.example.jp", QueryKind::A, 4_000)
        .await
        .expect("answer");
    assert_eq!(chain.chain, ["autodiscover.mail.example.jp"]);
    assert_eq!(
        chain.records,
        [Record::Address(ip("203.0.113.81"))],
        "{chain:?}"
    );
    let ptr = doh::query(url, "203.0.113.143", QueryKind::Ptr, 4_000)
        .await
        .expect("answer");
    assert_eq!(ptr.status, Status::Found);
}

#[wasm_bindgen_test]
async fn every_failure_has_its_own_error() {
    let Some(url) = resolver() else { return };
    let ask = |u: String, name: &'static str, ms: u32| async move {
        doh::query(&u, name, QueryKind::A, ms).await
    };
    assert_eq!(
        ask(endpoint(url, "silent"), "imap.mail.example.jp", 300).await,
        Err(DnsError::Timeout)
    );
    assert_eq!(
        ask(endpoint(url, "down"), "imap.mail.example.jp", 4_000).await,
        Err(DnsError::Http { status: 502 })
    );
    assert_eq!(
        ask(endpoint(url, "error500"), "imap.mail.example.jp", 4_000).await,
        Err(DnsError::Http { status: 500 })
    );
    assert_eq!(
        ask(endpoint(url, "html"), "imap.mail.example.jp", 4_000).await,
        Err(DnsError::NotDns)
    );
    assert_eq!(
        ask(closed_port_url(), "imap.mail.example.jp", 4_000).await,
        Err(DnsError::Network)
    );
    assert_eq!(
        ask(url.to_string(), "example.com", 4_000).await,
        Err(DnsError::Refused)
    );
    assert_eq!(
        ask(url.to_string(), "x.broken.example.jp", 4_000).await,
        Err(DnsError::ServFail)
    );
}

#[wasm_bindgen_test]
async fn a_query_that_never_ends_does_not_hold_up_another() {
    let Some(url) = resolver() else { return };
    let silent_done = Rc::new(Cell::new(false));
    let silent = {
        let flag = silent_done.clone();
        let silent_url = endpoint(url, "silent");
        future_to_promise(async move {
            let r = doh::query(&silent_url, "aoi.example.jp", QueryKind::Mx, 2_000).await;
            flag.set(true);
            Ok(JsValue::from_bool(r == Err(DnsError::Timeout)))
        })
    };
    let answer = doh::query(url, "aoi.example.jp", QueryKind::Mx, 2_000)
        .await
        .expect("answer");
    assert_eq!(answer.status, Status::Found);
    assert!(
        !silent_done.get(),
        "the silent query ended before the other one answered"
    );
    let timed_out = JsFuture::from(silent).await.unwrap();
    assert_eq!(timed_out, JsValue::TRUE);
}

// ---------------------------------------------------------------------------------------------
// The app, mounted.

fn attr(e: &Element, name: &str) -> String {
    e.get_attribute(name).unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_dns_panel_classifies_a_whole_domain() {
    let Some(url) = resolver() else { return };
    doh::set_session_resolver(Some(url));
    let app = Mounted::at("#/dns?domain=aoi.example.jp")
        .await
        .reset_doh_on_drop();
    assert_eq!(
        attr(&app.get("#dns-resolver-in-use"), "data-source"),
        "session"
    );
    app.wait_for(".dns-progress[data-done='true']").await;

    // MX answered, its exchanges are not in the profile's host list (they are the domain's MX).
    let mx = app.get("[data-check='aoi.example.jp MX']");
    assert_eq!(attr(&mx, "data-status"), "found");
    assert_eq!(mx.query_selector_all("[data-record]").unwrap().length(), 2);

    // The current cloud host: its address is current.
    let imap = app.get("[data-check='imap.mail.example.jp A']");
    assert_eq!(attr(&imap, "data-status"), "found");
    let rec = imap
        .query_selector("[data-record='203.0.113.143']")
        .unwrap()
        .unwrap();
    assert_eq!(attr(&rec, "data-class"), "current");

    // The retired on-prem name still resolves to the retired IP.
    let old = app.get("[data-check='mail.aoi.example.jp A']");
    let rec = old
        .query_selector("[data-record='192.0.2.25']")
        .unwrap()
        .unwrap();
    assert_eq!(attr(&rec, "data-class"), "retired");
    let old6 = app.get("[data-check='mail.aoi.example.jp AAAA']");
    assert!(old6
        .query_selector("[data-class='retired']")
        .unwrap()
        .is_some());
    assert!(app.find(".dns-retired-summary").is_some());

    // A retired name that is gone: NXDOMAIN, "not registered".
    let gone = app.get("[data-check='smtp.aoi.example.jp A']");
    assert_eq!(attr(&gone, "data-status"), "nxdomain");

    // The CNAME chain of the automatic-setup name is shown.
    let auto = app.get("[data-check='autoconfig.aoi.example.jp A']");
    let chain = attr(
        &auto.query_selector(".dns-chain").unwrap().unwrap(),
        "data-chain",
    );
    assert!(
        chain.starts_with("autoconfig.aoi.example.jp → ") && chain.matches('→').count() == 2,
        "{chain}"
    );
    assert!(auto
        .query_selector("[data-record='203.0.113.80']")
        .unwrap()
        .is_some());

    // SRV: the service offered points at a current host; the one not offered says so.
    let imaps = app.get("[data-check='_imaps._tcp.aoi.example.jp SRV']");
    let target = imaps
        .query_selector("[data-record='imap.mail.example.jp']")
        .unwrap()
        .unwrap();
    assert_eq!(attr(&target, "data-class"), "current");
    let imap_plain = app.get("[data-check='_imap._tcp.aoi.example.jp SRV']");
    assert!(imap_plain
        .query_selector("[data-record='.']")
        .unwrap()
        .is_some());

    // No row is left pending, and nothing failed on this healthy resolver except by design.
    assert!(app.find("[data-status='pending']").is_none());

    // The lookup box: a failing name fails on its own row, beside the answered ones.
    app.type_into("dns-lookup-host", "x.broken.example.jp")
        .await;
    app.click("#dns-lookup-run").await;
    let failed = app
        .wait_for("[data-check='x.broken.example.jp A'][data-status='error']")
        .await;
    assert_eq!(
        attr(
            &failed.query_selector(".dns-error").unwrap().unwrap(),
            "data-error"
        ),
        "servfail"
    );
    assert!(app
        .find("[data-check='imap.mail.example.jp A'][data-status='found']")
        .is_some());

    // … and a name the customer typed, classified.
    app.type_into("dns-lookup-host", "POP.aoi.example.jp.")
        .await;
    app.click("#dns-lookup-run").await;
    let typed = app
        .wait_for("[data-check='pop.aoi.example.jp A'][data-status='found']")
        .await;
    assert_eq!(
        attr(
            &typed.query_selector("[data-record]").unwrap().unwrap(),
            "data-class"
        ),
        "retired"
    );
}

#[wasm_bindgen_test]
async fn a_resolver_that_never_answers_times_out_on_every_row() {
    let Some(url) = resolver() else { return };
    doh::set_session_resolver(Some(&endpoint(url, "silent")));
    doh::set_session_timeout(Some(300));
    let app = Mounted::at("#/dns?domain=aoi.example.jp")
        .await
        .reset_doh_on_drop();
    app.wait_for(".dns-progress[data-done='true']").await;
    let rows = app.all(".dns-row");
    assert!(rows.len() > 10);
    for row in rows {
        assert_eq!(attr(&row, "data-status"), "error");
        let err = row.query_selector(".dns-error").unwrap().unwrap();
        assert_eq!(attr(&err, "data-error"), "timeout");
    }
    // The one reason is said once, above the rows, not on every row.
    assert_eq!(app.all("[data-common-error]").len(), 1);
    let common = app.get("[data-common-error='timeout']");
    assert!(common
        .text_content()
        .unwrap()
        .contains(&DnsError::Timeout.message(mail_doctor_core::Lang::Ja)));
    let messages = app.all(".dns-rows .dns-error");
    assert!(messages.iter().all(|m| !m
        .text_content()
        .unwrap()
        .contains(&DnsError::Timeout.message(mail_doctor_core::Lang::Ja))));
}

#[wasm_bindgen_test]
async fn a_broken_resolver_and_a_closed_port_show_their_errors() {
    let Some(url) = resolver() else { return };
    for (resolver, code, words) in [
        (endpoint(url, "down"), "http", "502"),
        (endpoint(url, "html"), "not-dns", "DNS"),
        (closed_port_url(), "network", "CORS"),
    ] {
        doh::set_session_resolver(Some(&resolver));
        let app = Mounted::at("#/dns?domain=kogane.example.jp")
            .await
            .reset_doh_on_drop();
        app.wait_for(".dns-progress[data-done='true']").await;
        let err = app.get("[data-check='kogane.example.jp MX'] .dns-error");
        assert_eq!(attr(&err, "data-error"), code, "{resolver}");
        // Every check failed for this one reason: said once, above the rows.
        let common = app.get("[data-common-error]");
        assert_eq!(attr(&common, "data-common-error"), code, "{resolver}");
        assert!(common.text_content().unwrap().contains(words), "{resolver}");
        drop(app);
    }
}

#[wasm_bindgen_test]
async fn a_resolver_url_is_checked_before_use() {
    let app = Mounted::at("#/dns?domain=aoi.example.jp")
        .await
        .reset_doh_on_drop();
    app.type_into("dns-resolver", "http://dns.example.net/dns-query")
        .await;
    app.click("#dns-resolver-apply").await;
    assert_eq!(
        attr(&app.get("[data-problem]"), "data-problem"),
        "HttpNotLocal"
    );
    assert_eq!(
        attr(&app.get("#dns-resolver-in-use"), "data-source"),
        "default"
    );
}

// ---------------------------------------------------------------------------------------------
// The pasted lookup output (agent page) and the login-IP check. No network needed.

const NSLOOKUP_JA: &str = "サーバー:  UnKnown
Address:  192.168.0.1

権限のない回答:
名前:    imap.mail.example.jp
Address:  192.0.2.110
";

#[wasm_bindgen_test]
async fn pasted_japanese_nslookup_fills_the_rows_and_finds_the_retired_ip() {
    let app = Mounted::at("#/agent").await.reset_doh_on_drop();
    app.type_into("f-address", "taro@aoi.example.jp").await;
    assert!(attr(&app.get("#f-open-dns"), "href").ends_with("#/dns?domain=aoi.example.jp"));
    app.type_into("f-lookup-paste", NSLOOKUP_JA).await;
    let before = app.get("#f-lookup-paste");
    app.click("#f-lookup-paste-read").await;
    // The box keeps its text (it is not re-created when rows are added above it).
    assert!(before.is_same_node(Some(&app.get("#f-lookup-paste"))));
    assert_eq!(
        app.get("#f-resolved-0-host")
            .unchecked_into::<HtmlInputElement>()
            .value(),
        "imap.mail.example.jp"
    );
    assert_eq!(
        app.get("#f-resolved-0-addresses")
            .unchecked_into::<HtmlInputElement>()
            .value(),
        "192.0.2.110"
    );
    assert!(
        app.find("[data-host='imap.mail.example.jp']").is_some(),
        "{}",
        app.get(".lookup-paste").inner_html()
    );
    assert!(app.find("[data-code='dns-retired']").is_some());
    // Read again: the same host is updated, not added twice.
    app.click("#f-lookup-paste-read").await;
    assert!(app.find("#f-resolved-1-host").is_none());

    app.type_into("f-lookup-paste", "何も関係のない文字").await;
    app.click("#f-lookup-paste-read").await;
    assert!(app.find("[data-read='none']").is_some());
}

#[wasm_bindgen_test]
async fn login_ips_are_classified_against_microsofts_ranges() {
    // PTR look-ups go to a closed port: they fail on their own line, the verdicts stand.
    doh::set_session_resolver(Some(&closed_port_url()));
    let app = Mounted::at("#/login-ip").await.reset_doh_on_drop();
    assert_eq!(attr(&app.get(".policy"), "data-exempt"), "true");
    app.type_into(
        "login-ip-text",
        "2025-05-01 10:00:01 imapd: login ok user=taro rip=[2603:1026:c03:6046::5]\n\
         2025-05-01 10:00:02 pop3d: login ok user=taro rip=52.96.56.197\n\
         2025-05-01 10:00:03 pop3d: login failed rip=192.0.2.1",
    )
    .await;
    app.click("#login-ip-check").await;
    let inside = |ip: &str| attr(&app.get(&format!("[data-ip='{ip}']")), "data-microsoft");
    assert_eq!(inside("2603:1026:c03:6046::5"), "true");
    assert_eq!(inside("52.96.56.197"), "true");
    assert_eq!(inside("192.0.2.1"), "false");
    assert!(app.find("[data-ip='52.96.56.197'] [data-range]").is_some());
    assert!(app.find("[data-ip='192.0.2.1'] [data-range]").is_none());
    app.wait_for("[data-ip='192.0.2.1'] [data-ptr='error']")
        .await;
    assert!(app.text(".login-ip-summary").contains('3'));
}

#[wasm_bindgen_test]
async fn login_ip_ptr_names_arrive_over_doh() {
    let Some(url) = resolver() else { return };
    doh::set_session_resolver(Some(url));
    let app = Mounted::at("#/login-ip").await.reset_doh_on_drop();
    app.type_into("login-ip-text", "rip=203.0.113.143").await;
    app.click("#login-ip-check").await;
    let ptr = app
        .wait_for("[data-ip='203.0.113.143'] [data-ptr='found']")
        .await;
    assert!(!ptr.text_content().unwrap().is_empty());
}
