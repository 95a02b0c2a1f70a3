//! The verdict cannot lie: each path through `verdict::decide`, worded by `text::explain` in
//! both languages and copied by `text::plain_text` — "all is well" only for a complete case
//! with nothing reported wrong; a symptom or a pasted error leads with the likely cause. Also
//! the seed's calls through the engine (the browser suite plays them in `e2e/tests/`). Uses
//! the built-in demo profile only.

use mail_doctor_core::advisor::{advise, SendPattern};
use mail_doctor_core::text::{explain, plain_text, sending_advice, Explained};
use mail_doctor_core::verdict::VerdictKind;
use mail_doctor_core::{diagnose, Case, Code, Date, Lang, Profile, Report};

fn today() -> Date {
    Date::new(2026, 12, 7).expect("a date")
}

fn run(json: &str) -> (Report, [Explained; 2]) {
    let profile = Profile::demo();
    let case = Case::from_json(json).unwrap_or_else(|e| panic!("{json}: {e}"));
    let report = diagnose(&case, &profile, today());
    let words = [Lang::Ja, Lang::En].map(|lang| Explained {
        sending: sending_advice(&case, &profile, lang),
        ..explain(&report, &case, &profile, lang)
    });
    (report, words)
}

const KEEP_USING: [&str; 2] = ["このままお使いいただけます", "can stay as they are"];

/// Nothing a face shows (summary, steps, copied text) says the settings are fine.
fn never_says_fine(report: &Report, words: &[Explained; 2]) {
    for (x, keep) in words.iter().zip(KEEP_USING) {
        let copied = plain_text(x, report, x.lang);
        assert!(!x.summary.contains(keep), "{:?}: {}", x.lang, x.summary);
        assert!(!copied.contains(keep), "{:?}: {copied}", x.lang);
        assert!(x.steps.iter().all(|s| !s.contains(keep)), "{:?}", x.steps);
    }
}

const COMPLETE: &str = r#""address": "hanako@midori.example.jp",
    "client": {"id": "thunderbird", "version": "128", "os": "windows-11"},
    "incoming": {"protocol": "imap", "host": "imap.mail.example.jp", "port": 993,
                 "security": "ssl", "username": "hanako@midori.example.jp"},
    "outgoing": {"host": "smtp.mail.example.jp", "port": 465, "security": "ssl",
                 "auth": "same-as-incoming"}"#;

#[test]
fn only_an_address_checks_nothing() {
    let (report, [ja, en]) = run(r#"{"address": "taro@kita.aoi.example.jp"}"#);
    assert_eq!(report.verdict.kind, VerdictKind::NothingChecked);
    assert!(
        ja.summary.starts_with("まだ設定を確かめていません"),
        "{}",
        ja.summary
    );
    assert!(
        en.summary.starts_with("Nothing checked yet"),
        "{}",
        en.summary
    );
    never_says_fine(&report, &[ja, en]);
}

#[test]
fn partial_settings_say_what_is_not_checked() {
    let (report, [ja, en]) = run(r#"{"address": "taro@kita.aoi.example.jp",
            "incoming": {"protocol": "imap", "host": "imap.mail.example.jp"}}"#);
    assert_eq!(report.verdict.kind, VerdictKind::Incomplete);
    assert!(
        ja.summary.contains("まだ確かめていない項目"),
        "{}",
        ja.summary
    );
    assert!(
        ja.summary.contains("受信サーバーのポート番号"),
        "{}",
        ja.summary
    );
    assert!(en.summary.contains("Not checked yet"), "{}", en.summary);
    never_says_fine(&report, &[ja, en]);
}

#[test]
fn complete_and_right_is_the_only_all_well() {
    let (report, [ja, en]) = run(&format!("{{{COMPLETE}}}"));
    assert_eq!(report.verdict.kind, VerdictKind::AllWell);
    assert!(ja.summary.contains(KEEP_USING[0]));
    assert!(en.summary.contains(KEEP_USING[1]));
}

#[test]
fn a_symptom_leads_with_the_likely_cause() {
    let (report, words) = run(&format!(
        r#"{{{COMPLETE}, "symptoms": ["cannot-receive"]}}"#
    ));
    assert_eq!(report.verdict.kind, VerdictKind::Problem);
    let [ja, en] = &words;
    assert!(ja.summary.contains("受信できない"), "{}", ja.summary);
    assert!(
        ja.summary.contains("パスワードが違います"),
        "{}",
        ja.summary
    );
    assert!(
        ja.steps[0].contains("いちばん考えられる原因"),
        "{:?}",
        ja.steps
    );
    assert!(en.summary.contains("Most likely cause"), "{}", en.summary);
    never_says_fine(&report, &words);
    // The symptom without the settings read out: those are the next check.
    let (report, words) =
        run(r#"{"address": "taro@kita.aoi.example.jp", "symptoms": ["cannot-send"]}"#);
    assert_eq!(report.verdict.cause, None);
    assert!(
        words[0].summary.contains("次に確かめる項目"),
        "{}",
        words[0].summary
    );
    assert!(
        words[0].summary.contains("送信メールサーバー"),
        "{}",
        words[0].summary
    );
    never_says_fine(&report, &words);
}

#[test]
fn a_pasted_error_is_never_fine() {
    for error in ["0x800CCC0E", "an error nobody knows"] {
        let (report, words) = run(&format!(r#"{{{COMPLETE}, "error_text": "{error}"}}"#));
        assert_eq!(report.verdict.kind, VerdictKind::Problem, "{error}");
        never_says_fine(&report, &words);
    }
}

#[test]
fn outlook_new_refused_by_the_foreign_login_block() {
    let (report, words) = run(r#"{"address": "taro@kita.aoi.example.jp",
            "client": {"id": "outlook-new", "os": "windows-11"},
            "symptoms": ["cannot-send"],
            "error_text": "2026-12-07 10:45:21 +0900 554 5.7.1 Sending refused [52.96.56.197]"}"#);
    assert!(
        report.has(Code::ForeignLoginBlocked),
        "{:?}",
        report.codes()
    );
    let pasted = report.pasted.as_ref().expect("pasted");
    assert!(pasted.ips[0].microsoft);
    let [ja, en] = &words;
    assert!(
        ja.summary.contains("海外からのログイン制限"),
        "{}",
        ja.summary
    );
    assert!(ja.steps[0].starts_with("お客さまへ"), "{:?}", ja.steps);
    // What to hand the operator: IP (classified), time, account — agent only.
    let handoff: Vec<String> = ja
        .handoff
        .iter()
        .map(|l| format!("{}: {}", l.label, l.value))
        .collect();
    assert!(handoff
        .iter()
        .any(|l| l.contains("52.96.56.197") && l.contains("マイクロソフト")));
    assert!(handoff
        .iter()
        .any(|l| l.contains("2026-12-07 10:45:21 +0900")));
    assert!(handoff
        .iter()
        .any(|l| l.contains("taro@kita.aoi.example.jp")));
    let copied = plain_text(en, &report, Lang::En);
    assert!(!copied.contains("Request:"), "{copied}");
    never_says_fine(&report, &words);
}

#[test]
fn a_host_inside_a_thunderbird_error_is_checked() {
    // Thunderbird's Japanese `unknownHostError` (messenger.properties, thunderbird-l10n ja).
    let (report, [ja, _]) = run(
        r#"{"address": "hanako@aoi.example.jp", "client": {"id": "thunderbird"},
            "error_text": "サーバー mail.aoi.example.jp との接続に失敗しました。"}"#,
    );
    assert!(report.has(Code::HostRetired), "{:?}", report.codes());
    assert!(ja.summary.contains("停止した旧サーバー"), "{}", ja.summary);
    // Its fix step, as for a typed host.
    assert!(
        ja.steps
            .iter()
            .any(|s| s.contains("imap.mail.example.jp と入力")),
        "{:?}",
        ja.steps
    );
}

#[test]
fn os_and_version_as_typed() {
    for os in ["Windows 7", "win7", "7", "windows-7"] {
        let (report, [ja, _]) = run(&format!(
            r#"{{"address": "taro@kita.aoi.example.jp",
                "client": {{"id": "outlook-classic", "version": "Outlook 2016", "os": "{os}"}}}}"#
        ));
        assert!(
            report.has(Code::ClientTlsLegacy),
            "{os}: {:?}",
            report.codes()
        );
        assert!(report.has(Code::ClientEndOfSupport), "{os}");
        let all = format!("{}\n{}", ja.summary, ja.steps.join("\n"));
        assert!(all.contains("Windows 7"), "{os}: {all}");
        assert!(all.contains("Outlook 2016"), "{os}: {all}");
        // Not "Outlook (Microsoft 365 / 2016 or later) is out of support".
        assert!(!all.contains("Microsoft 365"), "{os}: {all}");
    }
}

#[test]
fn a_device_gets_send_only_steps_and_the_host_name_path() {
    let (report, [ja, en]) = run(
        r#"{"address": "scan@aoi.example.jp", "client": {"id": "device"},
            "outgoing": {"host": "192.0.2.25", "port": 25, "security": "none", "auth": "none"}}"#,
    );
    assert!(report.has(Code::HostIpLiteral), "{:?}", report.codes());
    let steps = ja.steps.join("\n");
    assert!(!steps.contains("POP3"), "{steps}");
    assert!(!steps.contains("993") && !steps.contains("995"), "{steps}");
    assert!(steps.contains("smtp.mail.example.jp"), "{steps}");
    assert!(
        steps.contains("ファームウェア") && steps.contains("中継"),
        "{steps}"
    );
    assert!(
        ja.settings.iter().all(|l| !l.label.contains("POP3")),
        "{:?}",
        ja.settings
    );
    assert!(en.steps.join("\n").contains("local relay"));
    assert!(
        ja.handoff.iter().any(|l| l.value == "192.0.2.25"),
        "{:?}",
        ja.handoff
    );
    // POP before SMTP chosen: its POP settings show in the table.
    let (_, [ja, _]) = run(
        r#"{"address": "scan@aoi.example.jp", "client": {"id": "device"},
            "outgoing": {"host": "smtp.mail.example.jp", "port": 25, "auth": "pop-before-smtp"}}"#,
    );
    assert!(
        ja.settings.iter().any(|l| l.label.contains("POP3")),
        "{:?}",
        ja.settings
    );
}

#[test]
fn the_sending_pattern_and_the_advisor_agree() {
    let (report, [ja, en]) = run(r#"{"address": "office@aoi.example.jp",
            "sending": {"recipients_per_message": 10, "messages": 200, "per_minutes": 0,
                        "wait_minutes": 60}}"#);
    assert!(report.has(Code::SendRateOverLimit));
    let advice = ja.sending.as_ref().expect("advice");
    assert!(advice.verdict.contains("201 通目"), "{}", advice.verdict);
    assert!(
        advice.verdict.contains("時間後") || advice.verdict.contains("分後"),
        "{}",
        advice.verdict
    );
    assert!(!advice.verdict.contains(" 後"), "{}", advice.verdict);
    // The steps give the advisor's numbers: 61 minutes (not 60), 19 seconds.
    let steps = ja.steps.join("\n");
    assert!(
        steps.contains("61 分") && steps.contains("19 秒"),
        "{steps}"
    );
    assert!(en.sending.is_some());
    // 150 recipients in one message: split in two, no needless gap.
    let (report, [ja, _]) =
        run(r#"{"address": "office@aoi.example.jp", "sending": {"recipients_per_message": 150}}"#);
    assert!(report.has(Code::RecipientsOverLimit));
    let plan = ja.sending.expect("advice").plan.join("\n");
    assert!(plan.contains("2 通"), "{plan}");
    assert!(!plan.contains("61 分"), "{plan}");
    let pattern = SendPattern {
        recipients_per_message: 150,
        messages: 1,
        ..SendPattern::default()
    };
    let advice = advise(&pattern, &Profile::demo().policy);
    assert!(!advice.plan.expect("plan").pacing_needed);
}
