//! The log survey over hand-written lines in the formats Postfix 3.x and Dovecot 2.3 write
//! (the real servers' own logs are surveyed by cli/tests/survey_real.rs): each survey finds
//! exactly the rows the lines hold.

use mail_doctor_core::profile::{Profile, SendRate, Tls};
use mail_doctor_core::survey::input::Format;
use mail_doctor_core::survey::time::{Clock, Year, DEFAULT_OFFSET};
use mail_doctor_core::survey::{self, Kind, Report, Settings};
use mail_doctor_core::Lang;
use serde_json::{json, Value};

/// 198.51.100.0/24 is the ISP's access network; 192.0.2.25 a retired server (demo profile);
/// 203.0.113.0/24 and 2001:db8:99::/48 are elsewhere; 52.96.56.197 is Microsoft's.
const LOG: &str = "\
Dec  7 09:00:00 mx1 postfix/submission/smtpd[100]: connect from pc-alice.example.jp[198.51.100.10]
Dec  7 09:00:00 mx1 postfix/submission/smtpd[100]: Anonymous TLS connection established from pc-alice.example.jp[198.51.100.10]: TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)
Dec  7 09:00:01 mx1 postfix/submission/smtpd[100]: 1A: client=pc-alice.example.jp[198.51.100.10], sasl_method=PLAIN, sasl_username=alice@aoi.example.jp
Dec  7 09:00:01 mx1 postfix/qmgr[9]: 1A: from=<alice@aoi.example.jp>, size=100, nrcpt=12 (queue active)
Dec  7 09:00:02 mx1 postfix/submission/smtpd[100]: disconnect from pc-alice.example.jp[198.51.100.10] ehlo=2 starttls=1 auth=1 mail=1 rcpt=12 data=1 quit=1 commands=19
Dec  7 09:05:00 mx1 postfix/smtpd[101]: connect from unknown[198.51.100.50]
Dec  7 09:05:00 mx1 postfix/smtpd[101]: 2B: client=unknown[198.51.100.50]
Dec  7 09:05:00 mx1 postfix/qmgr[9]: 2B: from=<scanner@aoi.example.jp>, size=100, nrcpt=1 (queue active)
Dec  7 09:05:01 mx1 postfix/smtpd[101]: disconnect from unknown[198.51.100.50] ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5
Dec  7 09:06:00 mx1 postfix/smtpd[102]: connect from mx.example.net[203.0.113.200]
Dec  7 09:06:01 mx1 postfix/smtpd[102]: disconnect from mx.example.net[203.0.113.200] ehlo=1 quit=1 commands=2
Dec  7 09:10:00 mx1 postfix/smtps/smtpd[103]: connect from unknown[198.51.100.77]
Dec  7 09:10:00 mx1 postfix/smtps/smtpd[103]: Anonymous TLS connection established from unknown[198.51.100.77]: TLSv1 with cipher ECDHE-RSA-AES256-SHA (256/256 bits)
Dec  7 09:10:01 mx1 postfix/smtps/smtpd[103]: 3C: client=unknown[198.51.100.77], sasl_method=LOGIN, sasl_username=carol@aoi.example.jp
Dec  7 09:10:01 mx1 postfix/qmgr[9]: 3C: from=<carol@aoi.example.jp>, size=100, nrcpt=1 (queue active)
Dec  7 09:10:02 mx1 postfix/smtps/smtpd[103]: disconnect from unknown[198.51.100.77] ehlo=1 auth=1 mail=1 rcpt=1 data=1 quit=1 commands=6
Dec  7 09:20:00 mx1 dovecot: pop3-login: Login: user=<carol@aoi.example.jp>, method=PLAIN, rip=198.51.100.77, lip=192.0.2.25, mpid=1, session=<a>
Dec  7 09:21:00 mx1 dovecot: imap-login: Login: user=<bob@aoi.example.jp>, method=PLAIN, rip=198.51.100.20, lip=192.0.2.200, mpid=2, TLS, session=<b>
Dec  7 09:22:00 mx1 dovecot: imap-login: Disconnected (auth failed, 3 attempts in 9 secs): user=<mallory@aoi.example.jp>, method=PLAIN, rip=203.0.113.66, lip=192.0.2.200, TLS, session=<c>
Dec  7 10:00:00 mx1 dovecot: imap-login: Login: user=<dave@aoi.example.jp>, method=PLAIN, rip=52.96.56.197, lip=192.0.2.200, mpid=3, TLS, session=<d>
Dec  7 10:01:00 mx1 dovecot: imap-login: Login: user=<dave@aoi.example.jp>, method=PLAIN, rip=198.51.100.30, lip=192.0.2.200, mpid=4, TLS, session=<e>
Dec  7 10:02:00 mx1 dovecot: imap-login: Login: user=<dave@aoi.example.jp>, method=PLAIN, rip=203.0.113.5, lip=192.0.2.200, mpid=5, TLS, session=<f>
Dec  7 10:32:00 mx1 dovecot: imap-login: Login: user=<dave@aoi.example.jp>, method=PLAIN, rip=2001:db8:99::5, lip=192.0.2.200, mpid=6, TLS, session=<g>
Dec  7 10:03:00 mx1 dovecot: imap-login: Login: user=<erin@aoi.example.jp>, method=PLAIN, rip=203.0.113.5, lip=192.0.2.200, mpid=7, TLS, session=<h>
Dec  7 10:50:00 mx1 dovecot: imap-login: Login: user=<erin@aoi.example.jp>, method=PLAIN, rip=203.0.113.9, lip=192.0.2.200, mpid=8, TLS, session=<i>
Dec  7 13:00:00 mx1 dovecot: imap-login: Login: user=<erin@aoi.example.jp>, method=PLAIN, rip=2001:db8:98::1, lip=192.0.2.200, mpid=9, TLS, session=<j>
this line is not a log line
";

/// Five messages at once, then exactly ten minutes' wait, then five more (a limit of 5 in any
/// 10 minutes): the second burst shares a window with the first.
fn bursts() -> String {
    let mut log = String::new();
    let mut n = 0;
    for minute in ["11:00", "11:10"] {
        for s in 0..5 {
            n += 1;
            log.push_str(&format!(
                "Dec  7 {minute}:0{s} mx1 postfix/submission/smtpd[200]: connect from unknown[198.51.100.90]\n\
                 Dec  7 {minute}:0{s} mx1 postfix/submission/smtpd[200]: Anonymous TLS connection established from unknown[198.51.100.90]: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\
                 Dec  7 {minute}:0{s} mx1 postfix/submission/smtpd[200]: B{n}: client=unknown[198.51.100.90], sasl_method=PLAIN, sasl_username=machine@aoi.example.jp\n\
                 Dec  7 {minute}:0{s} mx1 postfix/qmgr[9]: B{n}: from=<machine@aoi.example.jp>, size=1, nrcpt=2 (queue active)\n\
                 Dec  7 {minute}:0{s} mx1 postfix/submission/smtpd[200]: disconnect from unknown[198.51.100.90] ehlo=2 starttls=1 auth=1 mail=1 rcpt=2 data=1 quit=1 commands=9\n"
            ));
        }
    }
    log
}

fn settings() -> Settings {
    let mut s = Settings::new(&Profile::demo());
    s.isp_networks = vec!["198.51.100.0/24".parse().unwrap()];
    s.max_recipients = Some(10);
    s.send_rate = Some(SendRate {
        messages: 5,
        per_minutes: 10,
    });
    s
}

fn survey(kind: Kind, settings: Settings) -> (Report, Value) {
    let log = format!("{LOG}{}", bursts());
    let (report, problems) = survey::run(
        kind,
        settings,
        Format::Logs,
        Clock::new(Year::Fixed(2026), DEFAULT_OFFSET),
        &[log.as_bytes()],
    );
    assert!(problems.is_empty(), "{problems:?}");
    let json = serde_json::to_value(&report).unwrap();
    (report, json)
}

/// The rows' subjects, in order.
fn who(json: &Value) -> Vec<String> {
    json["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            r.get("account")
                .or_else(|| r.get("client"))
                .and_then(Value::as_str)
                .unwrap()
                .to_string()
        })
        .collect()
}

#[test]
fn tls_lists_who_is_below_the_floor() {
    let (report, j) = survey(Kind::Tls, settings());
    // carol: TLS 1.0 on 465 and POP without TLS; the scanner: port 25 without TLS, in the ISP's
    // network. The outside MTA is not listed; bob's TLS without version is not below.
    assert_eq!(who(&j), ["carol@aoi.example.jp", "198.51.100.50"]);
    let carol = &j["rows"][0];
    assert_eq!(carol["below_floor"], 2);
    assert_eq!(carol["tls_versions"], json!({"none": 1, "TLSv1": 1}));
    assert_eq!(carol["services"], json!(["smtps-465", "pop3"]));
    assert_eq!(carol["last_below_floor"], "2026-12-07T09:20:00+09:00");
    assert_eq!(carol["ciphers"], json!(["ECDHE-RSA-AES256-SHA"]));
    assert_eq!(j["rows"][1]["client_names"], json!([]));
    assert_eq!(report.summary.unlisted, 1);
    assert_eq!(report.summary.stats.unknown, 1);
    // Dovecot without %k: bob, dave, erin, mallory.
    assert_eq!(report.summary.stats.tls_version_unknown, 9);

    // A floor of 1.0: only sessions without TLS.
    let mut s = settings();
    s.floor = Tls::V1_0;
    let (_, j) = survey(Kind::Tls, s);
    assert_eq!(j["rows"][0]["below_floor"], 1);
}

#[test]
fn ports_lists_port_25_and_pop() {
    let (_, j) = survey(Kind::Ports, settings());
    assert_eq!(who(&j), ["carol@aoi.example.jp", "198.51.100.50"]);
    assert_eq!(j["rows"][0]["flags"], json!(["pop"]));
    assert_eq!(j["rows"][0]["pop3"], 1);
    assert_eq!(j["rows"][0]["smtps_465"], 1);
    assert_eq!(j["rows"][1]["flags"], json!(["port-25"]));
    assert_eq!(j["rows"][1]["last_port_25"], "2026-12-07T09:05:01+09:00");
}

#[test]
fn retired_lists_who_reached_a_retired_address() {
    let (_, j) = survey(Kind::Retired, settings());
    assert_eq!(who(&j), ["carol@aoi.example.jp"]);
    assert_eq!(j["rows"][0]["retired"], json!(["192.0.2.25"]));
    assert_eq!(j["rows"][0]["services"], json!({"pop3": 1}));

    // The old server's own logs: every session counts.
    let mut s = settings();
    s.old_server = true;
    let (_, j) = survey(Kind::Retired, s);
    assert_eq!(j["rows"][0]["account"], "machine@aoi.example.jp");
    assert_eq!(j["rows"][0]["retired"], json!(["mx1"]));
    assert_eq!(j["rows"].as_array().unwrap().len(), 7);
}

#[test]
fn origins_flags_two_outside_networks_within_the_window() {
    let (_, j) = survey(Kind::Origins, settings());
    assert_eq!(who(&j), ["dave@aoi.example.jp", "erin@aoi.example.jp"]);
    let dave = &j["rows"][0];
    assert_eq!(dave["flagged"], true);
    assert_eq!(
        (
            dave["microsoft"].clone(),
            dave["isp_networks"].clone(),
            dave["elsewhere"].clone()
        ),
        (json!(1), json!(1), json!(2))
    );
    assert_eq!(
        dave["flag_evidence"],
        "203.0.113.5 2026-12-07T10:02:00+09:00, 2001:db8:99::5 2026-12-07T10:32:00+09:00"
    );
    assert_eq!(
        dave["elsewhere_networks"],
        json!(["203.0.113.0/24", "2001:db8:99::/48"])
    );
    // erin: the same /24 twice, and another network two hours later: not flagged.
    assert_eq!(j["rows"][1]["flagged"], false);
    assert_eq!(j["rows"][1]["elsewhere"], 3);

    // A 20-minute window: dave's two outside sign-ins are 30 minutes apart.
    let mut s = settings();
    s.window_minutes = 20;
    let (_, j) = survey(Kind::Origins, s);
    assert!(j["rows"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["flagged"] == false));
    assert_eq!(who(&j), ["erin@aoi.example.jp", "dave@aoi.example.jp"]);
}

#[test]
fn sending_finds_the_cap_the_window_and_burst_then_wait() {
    let (report, j) = survey(Kind::Sending, settings());
    assert_eq!(who(&j), ["machine@aoi.example.jp", "alice@aoi.example.jp"]);
    let m = &j["rows"][0];
    assert_eq!(m["flags"], json!(["over-rate", "burst-then-wait"]));
    assert_eq!(
        (m["messages"].clone(), m["recipients"].clone()),
        (json!(10), json!(20))
    );
    // 11:10:00 shares the closed window [11:00:00, 11:10:00] with the whole first burst.
    assert_eq!(m["most_in_window"], 6);
    assert_eq!(m["over_rate"], 1);
    assert_eq!(m["first_over"], "2026-12-07T11:10:00+09:00");
    assert_eq!(
        (m["bursts"].clone(), m["largest_burst"].clone()),
        (json!(2), json!(5))
    );
    assert_eq!(m["shortest_pause_seconds"], 596);
    let a = &j["rows"][1];
    assert_eq!(a["flags"], json!(["over-cap"]));
    assert_eq!(
        (a["max_recipients"].clone(), a["over_cap"].clone()),
        (json!(12), json!(1))
    );
    assert_eq!(report.summary.stats.messages, 13);

    // Everyone with --all; the unauthenticated scanner is in the ISP's network.
    let mut s = settings();
    s.all = true;
    let (_, j) = survey(Kind::Sending, s);
    assert_eq!(j["rows"].as_array().unwrap().len(), 4);
}

#[test]
fn tables_and_csv_in_both_languages() {
    let (report, _) = survey(Kind::Sending, settings());
    let ja = report.table(Some(Lang::Ja));
    assert_eq!(ja.headings[0], "アカウント");
    assert_eq!(ja.rows[0][2], "送信数超過 まとめ送りと待機");
    let en = report.table(Some(Lang::En));
    assert_eq!(en.rows[0][2], "over the sending limit burst then wait");
    let csv = report.table(None).csv();
    let mut lines = csv.lines();
    assert!(lines
        .next()
        .unwrap()
        .starts_with("account,client,flags,messages,"));
    assert!(lines
        .next()
        .unwrap()
        .starts_with("machine@aoi.example.jp,,over-rate burst-then-wait,10,20,2,0,6,1,"));
    assert!(report
        .definition
        .ja
        .contains("どの 10 分間で数えても 5 通まで"));
    assert!(report
        .definition
        .en
        .contains("5 messages in any 10 minutes"));
}

#[test]
fn input_in_any_order_of_files_counts_what_went_back() {
    let (report, _) = {
        let (r, p) = survey::run(
            Kind::Tls,
            settings(),
            Format::Logs,
            Clock::new(Year::Fixed(2026), DEFAULT_OFFSET),
            &[bursts().as_bytes(), LOG.as_bytes()],
        );
        assert!(p.is_empty());
        (r, ())
    };
    assert!(report.summary.stats.backwards > 0);
}
