//! The error decoder: every table entry has a sample that must decode to it (here or in
//! `fixtures/error_strings.tsv`, the clients' own strings with their sources, run by
//! `error_strings.rs`); multi-error pastes, noise, full width, Japanese, line breaks; meanings,
//! checks and suspects.

use mail_doctor_core::codes::{Cause, Code, OtherCause};
use mail_doctor_core::decode::{decode, entries, explain, meaning, suspects, Pat};
use mail_doctor_core::report::{ErrorMatch, Field, Finding, Side};
use mail_doctor_core::{Lang, Severity};

/// Samples per entry id: real-looking text (with some noise) that must decode to that entry.
const SAMPLES: &[(&str, &[&str])] = &[
    ("0x800ccc0d", &["Task 'pop.example.jp - Receiving' reported error (0x800CCC0D) : 'The host could not be found.'"]),
    ("0x800ccc0e", &["'Sending' reported error (0x800CCC0E) : 'Cannot connect to the server.'", "エラー番号: ０ｘ８００ＣＣＣ０Ｅ"]),
    ("0x800ccc0f", &["Server Error: 0x800CCC0F"]),
    ("0x800ccc10", &["error 0x800CCC10"]),
    ("0x800ccc18", &["0x800CCC18"]),
    ("0x800ccc19", &["Error Number: 0x800CCC19"]),
    ("0x800ccc1a", &["(0x800CCC1A)"]),
    ("0x800ccc60", &["0x800CCC60"]),
    ("0x800ccc61", &["0x800CCC61"]),
    ("0x800ccc62", &["0x800CCC62"]),
    ("0x800ccc63", &["0x800CCC63"]),
    ("0x800ccc64", &["0x800CCC64"]),
    ("0x800ccc65", &["0x800CCC65"]),
    ("0x800ccc66", &["0x800CCC66"]),
    ("0x800ccc67", &["Server Error: 421, Error Number: 0x800CCC67"]),
    ("0x800ccc68", &["0x800CCC68"]),
    ("0x800ccc69", &["Server Error: 550, Error Number: 0x800CCC69"]),
    ("0x800ccc6a", &["0x800CCC6A"]),
    ("0x800ccc6b", &["0x800CCC6B"]),
    ("0x800ccc6c", &["0x800CCC6C"]),
    ("0x800ccc6d", &["0x800CCC6D"]),
    ("0x800ccc6e", &["0x800CCC6E"]),
    ("0x800ccc6f", &["0x800CCC6F"]),
    ("0x800ccc78", &["0x800CCC78"]),
    ("0x800ccc79", &["Error Number: 0x800CCC79"]),
    ("0x800ccc7a", &["0x800CCC7A"]),
    ("0x800ccc7b", &["0x800CCC7B"]),
    ("0x800ccc7c", &["0x800CCC7C"]),
    ("0x800ccc7d", &["0x800CCC7D"]),
    ("0x800ccc7e", &["0x800CCC7E"]),
    ("0x800ccc7f", &["0x800CCC7F"]),
    ("0x800ccc80", &["0x800CCC80"]),
    ("0x800ccc90", &["0x800CCC90"]),
    ("0x800ccc91", &["0x800CCC91"]),
    ("0x800ccc92", &["'Receiving' reported error (0x800CCC92) : 'Your e-mail server rejected your login.'"]),
    ("0x80042108", &["0x80042108"]),
    ("0x80042109", &["Outlook cannot connect to your outgoing (SMTP) e-mail server. 0x80042109"]),
    ("0x8004210a", &["0x8004210A"]),
    ("0x8004210b", &["0x8004210B"]),
    ("0x80090331", &["0x80090331", "The client and server cannot communicate, because they do not possess a common algorithm.", "no common encryption algorithm(s)", "SSL_ERROR_NO_CYPHER_OVERLAP"]),
    ("smtp-421-4.4.2", &["421 4.4.2 Connection dropped due to SocketError"]),
    ("smtp-421-4.7.0", &["421 4.7.0 Try again later, closing connection."]),
    ("smtp-421", &["421 Service not available"]),
    ("smtp-450", &["450 Requested mail action not taken: mailbox unavailable"]),
    ("smtp-451-5.7.3", &["451 5.7.3 Must issue a STARTTLS command first"]),
    ("smtp-451", &["451 Requested action aborted: local error in processing"]),
    ("smtp-452-4.5.3", &["452 4.5.3 Your message has too many recipients."]),
    ("smtp-452", &["452 Requested action not taken: insufficient system storage"]),
    ("smtp-454", &["454 4.7.0 TLS not available due to local problem"]),
    ("smtp-503", &["503 5.5.1 Error: need MAIL command"]),
    ("smtp-530-5.7.57", &["530 5.7.57 Client not authenticated to send mail."]),
    ("smtp-530", &["530 5.7.0 Must issue a STARTTLS command first", "530 Authentication required"]),
    ("smtp-534-5.7.9", &["534 5.7.9 Authentication mechanism is too weak"]),
    ("smtp-535-5.7.8", &["535 5.7.8 Error: authentication failed: authentication failure"]),
    ("smtp-535-5.7.3", &["535 5.7.3 Authentication unsuccessful"]),
    ("smtp-535-5.7.139", &["535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox."]),
    ("smtp-535", &["535 5.7.0 Error: authentication failed", "535 Authentication failed"]),
    ("smtp-538-5.7.11", &["538 5.7.11 Encryption required for requested authentication mechanism"]),
    ("smtp-550-5.1.1", &["550 5.1.1 <hanako@example.jp>: Recipient address rejected: User unknown"]),
    ("smtp-550-5.7.1", &["550 5.7.1 Relaying denied", "550-5.7.1 Unauthenticated email is not accepted"]),
    ("smtp-550-5.4.5", &["550 5.4.5 Daily user sending quota exceeded."]),
    ("smtp-550-5.5.3", &["550 5.5.3 Too many recipients"]),
    ("smtp-550", &["550 Requested action not taken: mailbox unavailable", "550 5.7.0 Access denied"]),
    ("smtp-551", &["551 User not local; please try <forward-path>"]),
    ("smtp-552", &["552 5.3.4 Message size exceeds fixed limit"]),
    ("smtp-553", &["553 5.7.1 <taro@kita.aoi.example.jp>: Sender address rejected: not owned by user"]),
    ("smtp-554-5.7.1", &["554 5.7.1 <taro@kita.aoi.example.jp>: Relay access denied"]),
    ("smtp-554", &["554 Transaction failed", "554 5.7.0 Reject"]),
    ("msg-cannot-connect", &["Cannot connect to the server. If you continue to receive this message, contact your server administrator", "サーバーに接続できません。"]),
    ("msg-host-not-found", &["The host 'mail.aoi.example.jp' could not be found. Please verify that you have entered the server name correctly.", "ホスト 'mail.aoi.example.jp' が見つかりませんでした。"]),
    ("msg-smtp-not-found", &["送信 (SMTP) サーバーが見つかりませんでした。", "Outgoing server (SMTP) smtp.aoi.example.jp is unknown."]),
    ("msg-connect-failed", &["サーバーへの接続に失敗しました。", "Cannot Get Mail\nThe connection to the server failed."]),
    ("msg-login-rejected", &["Your e-mail server rejected your login.", "電子メール サーバーがログインを拒否しました。"]),
    ("msg-user-or-password", &["The user name or password for “imap.mail.example.jp” is incorrect.", "ユーザー名またはパスワードが正しくありません。", "“imap.mail.example.jp”のユーザ名またはパスワードが間違っています。"]),
    ("msg-encryption-type", &["Your server does not support the connection encryption type you have specified.", "サーバーは暗号化接続をサポートしていません。", "The server does not support SSL"]),
    ("msg-terminated", &["Your server has unexpectedly terminated the connection.", "サーバーによって接続が予期せず切断されました。"]),
    ("msg-no-auth-method", &["None of the authentication methods supported by this client are supported by your server."]),
    ("msg-pop-timeout", &["The operation timed out waiting for a response from the receiving (POP) server."]),
    ("msg-smtp-timeout", &["The operation timed out waiting for a response from the sending (SMTP) server."]),
    ("msg-recipient-rejected", &["The message could not be sent because one of the recipients was rejected by the server."]),
    ("msg-certificate", &["The server you are connected to is using a security certificate that could not be verified. The target principal name is incorrect.", "サーバの識別情報を検証できません", "Cannot Verify Server Identity", "SEC_ERROR_UNKNOWN_ISSUER"]),
    ("msg-wlm-account", &["Unable to send or receive messages for the taro (aoi) account."]),
    ("msg-settings-out-of-date", &["Your account settings are out-of-date.", "アカウントの設定が最新ではありません。"]),
    ("outlook-new-sign-in", &["We couldn't sign you in. Check your password.", "アカウントにサインインできませんでした。"]),
    ("outlook-new-sync", &["We couldn't sync your account taro@kita.aoi.example.jp.", "このアカウントを同期できません"]),
    ("outlook-couldnt-connect-in", &["Something went wrong. We couldn't connect to the incoming (IMAP) server.", "受信 (IMAP) サーバーに接続できませんでした。"]),
    ("outlook-couldnt-connect-out", &["We couldn't connect to the outgoing (SMTP) server.", "送信 (SMTP) サーバーに接続できませんでした。"]),
    ("tb-login-failed", &["Login to server imap.mail.example.jp with username taro@kita.aoi.example.jp failed."]),
    ("tb-no-starttls", &["An error occurred while sending mail: Unable to establish a secure link with Outgoing server (SMTP) smtp.mail.example.jp using STARTTLS since it doesn't advertise that feature. Switch off STARTTLS for that server or contact your service provider.", "送信 (SMTP) サーバー smtp.mail.example.jp が STARTTLS をサポートしていないため、保護された接続を確立できませんでした。"]),
    ("tb-too-many-recipients", &["The message could not be sent: too many recipients.", "受信者の許容数を超えたためメッセージを送信できませんでした。"]),
    ("tb-smtp-lost", &["The message could not be sent because the connection to Outgoing server (SMTP) smtp.mail.example.jp was lost in the middle of the transaction."]),
    ("tb-smtp-timeout", &["The message could not be sent because the connection to Outgoing server (SMTP) smtp.mail.example.jp timed out.", "送信 (SMTP) サーバー smtp.mail.example.jp との接続がタイムアウトしたため"]),
    ("tb-smtp-refused", &["The message could not be sent because connecting to Outgoing server (SMTP) smtp.mail.example.jp failed."]),
    ("tb-encrypted-password", &["The Outgoing server (SMTP) smtp.mail.example.jp does not seem to support encrypted passwords."]),
    ("tb-send-failed", &["Sending of the message failed."]),
    // Wrappers alone (the server's reply has no code the table knows).
    ("tb-smtp-from", &["An error occurred while sending mail. The mail server responded: Sender rejected. Please verify that your email address is correct in your account settings and try again."]),
    ("tb-smtp-rcpt", &["An error occurred while sending mail. The mail server responded:\nRecipient rejected.\nPlease check the message recipient \"hanako@example.jp\" and try again."]),
    ("tb-smtp-server-error", &["メールの送信中に送信 (SMTP) サーバーエラーが発生しました。サーバーからの応答: Service unavailable"]),
    ("tb-net-timeout", &["Connection to server imap.mail.example.jp timed out."]),
    ("tb-refused", &["Could not connect to server imap.mail.example.jp; the connection was refused."]),
    ("tb-reset", &["Connection to server imap.mail.example.jp was reset."]),
    ("tb-failed-to-connect", &["Failed to connect to server imap.mail.example.jp."]),
    ("tls-record-too-long", &["SSL_ERROR_RX_RECORD_TOO_LONG"]),
    ("tls-version", &["SSL_ERROR_PROTOCOL_VERSION_ALERT"]),
    ("apple-cannot-get-mail", &["Cannot Get Mail", "メールを取得できません"]),
    ("apple-cannot-send-mail", &["Cannot Send Mail"]),
    ("apple-smtp-not-responding", &["The SMTP server “smtp.mail.example.jp” is not responding.", "The connection to the outgoing server “smtp.mail.example.jp” failed."]),
    ("apple-server-not-responding", &["The mail server “imap.mail.example.jp” is not responding."]),
];

/// Entry ids that `fixtures/error_strings.tsv` has a sourced row for (its last column).
fn fixture_ids() -> Vec<&'static str> {
    include_str!("fixtures/error_strings.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("client\t"))
        .filter_map(|l| l.rsplit('\t').next())
        .flat_map(|ids| ids.split(','))
        .map(str::trim)
        .collect()
}

#[test]
fn every_entry_has_a_sample_that_decodes_to_it() {
    let mut missing = Vec::new();
    let fixture = fixture_ids();
    for entry in entries() {
        let Some((_, samples)) = SAMPLES.iter().find(|(id, _)| *id == entry.id) else {
            if !fixture.contains(&entry.id) {
                missing.push(entry.id);
            }
            continue;
        };
        for sample in *samples {
            let found = decode(sample);
            assert!(
                found.iter().any(|d| d.entry.id == entry.id),
                "{}: sample {sample:?} decoded to {:?}",
                entry.id,
                found.iter().map(|d| d.entry.id).collect::<Vec<_>>()
            );
        }
    }
    assert!(missing.is_empty(), "entries without a sample: {missing:?}");
    for (id, _) in SAMPLES {
        assert!(
            entries().iter().any(|e| e.id == *id),
            "sample for unknown entry {id}"
        );
    }
}

#[test]
fn the_table_is_consistent() {
    let mut ids: Vec<&str> = entries().iter().map(|e| e.id).collect();
    let n = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n, "duplicate ids");
    for e in entries() {
        assert!(
            !e.meaning.ja.is_empty() && !e.meaning.en.is_empty(),
            "{}",
            e.id
        );
        for (cause, text) in e.checks {
            assert!(
                e.causes.contains(cause),
                "{}: check for a cause it does not list",
                e.id
            );
            assert!(!text.ja.is_empty() && !text.en.is_empty());
        }
        if let Some(a) = e.alias_of.filter(|a| *a != "*") {
            assert!(
                entries().iter().any(|x| x.id == a),
                "{}: alias of unknown {a}",
                e.id
            );
        }
        let mut causes = e.causes.to_vec();
        causes.dedup();
        assert_eq!(causes.len(), e.causes.len(), "{}: duplicate cause", e.id);
    }
    // Every HRESULT DOMAIN.md lists is in the table.
    let hex: Vec<u32> = entries()
        .iter()
        .flat_map(|e| e.patterns.iter())
        .filter_map(|p| match p {
            Pat::Hex(v) => Some(*v),
            _ => None,
        })
        .collect();
    let listed = [0x0D, 0x0E, 0x0F, 0x10, 0x18, 0x19, 0x1A]
        .into_iter()
        .chain(0x60..=0x6F)
        .chain(0x78..=0x80)
        .chain(0x90..=0x92)
        .map(|lo| 0x800C_CC00 | lo)
        .chain(0x8004_2108..=0x8004_210B);
    for v in listed {
        assert!(hex.contains(&v), "missing 0x{v:08X}");
    }
}

fn ids(text: &str) -> Vec<&'static str> {
    decode(text).into_iter().map(|d| d.entry.id).collect()
}

#[test]
fn the_spec_example() {
    let e = explain("0x800CCC0E ...pasted text...");
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].matched, "0x800CCC0E");
    assert_eq!(e[0].side, Side::Outgoing);
    let names: Vec<&str> = e[0].causes.iter().map(|c| c.as_str()).collect();
    assert_eq!(
        names,
        ["smtp-port-25", "host-wrong", "port-wrong", "network"]
    );
    let json = serde_json::to_string(&e[0]).unwrap();
    assert!(
        json.starts_with(r#"{"match":"0x800CCC0E","side":"outgoing","causes":["smtp-port-25""#),
        "{json}"
    );
}

#[test]
fn smtp_enhanced_codes_are_one_error() {
    let e =
        explain("The server responded: 554 5.7.1 <taro@kita.aoi.example.jp>: Relay access denied");
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].matched, "554 5.7.1");
    assert_eq!(e[0].causes[0], Cause::Finding(Code::ClientCloudSync));
    // An enhanced code the table does not list falls back to the basic entry, keeping it.
    let d = decode("554 5.2.0 STOREDRV.Submission.Exception");
    assert_eq!(d[0].entry.id, "smtp-554");
    assert_eq!(d[0].error.matched, "554 5.2.0");
    // Multi-line replies name one error.
    assert_eq!(ids("550-5.7.1 Unauthenticated\n550-5.7.1 email is not accepted\n550 5.7.1 from this domain"), ["smtp-550-5.7.1"]);
}

#[test]
fn numbers_that_are_not_replies_are_ignored() {
    for text in [
        "port 25 and port 587, 465 or 993",
        "192.0.2.550 10:45:21 2025/01/28 550yen",
        "version 16.0.5422.1000 build 4210",
        "0x800CCC0EE is not a code, nor is X800CCC0E",
        "Sent 421 messages today",
    ] {
        assert!(explain(text).is_empty(), "{text:?} → {:?}", explain(text));
    }
    // But a bare basic code followed by words is a reply.
    assert_eq!(ids("550 Requested action not taken"), ["smtp-550"]);
}

#[test]
fn several_errors_in_one_paste_in_order_with_noise() {
    let paste = "件名: テスト\n\
        Task 'taro@kita.aoi.example.jp - Sending' reported error (0x800CCC0E) : 'Cannot connect to the server.\n\
        If you continue to receive this message, contact your server administrator or Internet service provider (ISP).'\n\
        Task 'taro@kita.aoi.example.jp - Receiving' reported error (0x800CCC92) : 'Your e-mail server rejected your login. \
        Verify your user name and password for this account in Account Settings.  The server responded: -ERR [AUTH] Authentication failed.'\n\
        ---\n535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6\n";
    assert_eq!(ids(paste), ["0x800ccc0e", "0x800ccc92", "smtp-535-5.7.8"]);
    let e = explain(paste);
    // The message behind each code is not a second error.
    assert_eq!(e.len(), 3);
    assert_eq!(e[0].side, Side::Outgoing);
    assert_eq!(e[1].side, Side::Incoming);
}

#[test]
fn context_decides_the_side_of_general_codes() {
    let e =
        explain("'taro - 受信' がエラー (0x800CCC0E) を報告しました: 'サーバーに接続できません。'");
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].side, Side::Incoming);
    assert!(!e[0].causes.contains(&Cause::Finding(Code::SmtpPort25)));
    let e = explain("'送信' がエラー (0x800CCC0F) を報告しました");
    assert_eq!(e[0].side, Side::Outgoing);
    // 「送受信」 names both: the table's default stays.
    let e = explain("送受信エラー 0x800CCC0F");
    assert_eq!(e[0].side, Side::Both);
}

#[test]
fn japanese_full_width_and_broken_lines() {
    assert_eq!(ids("エラー：０ｘ８００ＣＣＣ９２"), ["0x800ccc92"]);
    assert_eq!(
        ids("サーバーへの接続に\n失敗しました。"),
        ["msg-connect-failed"]
    );
    assert_eq!(
        ids("Login to server\r\nimap.mail.example.jp with username\n taro failed."),
        ["tb-login-failed"]
    );
    assert_eq!(
        ids("５５４ ５．７．１ Ｒｅｊｅｃｔｅｄ"),
        ["smtp-554-5.7.1"]
    );
    // Japanese Outlook, Japanese Thunderbird and an SMTP reply in one paste.
    let paste = "送信 (SMTP) サーバーが見つかりませんでした。\nユーザー名またはパスワードが正しくありません。\nサーバーからの応答: 550 5.7.1 Relaying denied";
    assert_eq!(
        ids(paste),
        [
            "msg-smtp-not-found",
            "msg-user-or-password",
            "smtp-550-5.7.1"
        ]
    );
}

#[test]
fn wrappers_give_way_to_the_specific_error() {
    // Thunderbird (ja): the timeout is the error; "could not send" is its wrapper.
    assert_eq!(
        ids("送信 (SMTP) サーバー smtp.mail.example.jp との接続がタイムアウトしたため、メッセージを送信できませんでした。"),
        ["tb-smtp-timeout"]
    );
    assert_eq!(
        ids("Cannot Get Mail\nThe user name or password for “imap.mail.example.jp” is incorrect."),
        ["msg-user-or-password"]
    );
    assert_eq!(
        ids("Unable to send or receive messages for the taro account.\n  Server Error: 0x800CCC0F"),
        ["0x800ccc0f"]
    );
    // Alone, a wrapper is still an error.
    assert_eq!(ids("Sending of the message failed."), ["tb-send-failed"]);
}

#[test]
fn duplicates_are_one_error() {
    assert_eq!(explain("0x800CCC0E\n0x800ccc0e\n0x800CCC0E").len(), 1);
}

#[test]
fn meanings_and_checks_in_both_languages() {
    let e = explain("554 5.7.1 rejected");
    let ja = meaning(&e[0], Lang::Ja);
    let en = meaning(&e[0], Lang::En);
    assert!(ja.meaning.contains("554 5.7.1"), "{}", ja.meaning);
    assert!(en.meaning.contains("Outlook (new)"), "{}", en.meaning);
    assert_eq!(ja.checks.len(), e[0].causes.len());
    assert_eq!(ja.checks[0].cause, Cause::Finding(Code::ClientCloudSync));
    assert!(en.checks[0].check.contains("foreign-login"));
    for d in decode("0x800CCC0E 0x800CCC92 535 5.7.8 x SSL_ERROR_RX_RECORD_TOO_LONG 同期エラー")
    {
        for lang in Lang::ALL {
            let m = meaning(&d.error, lang);
            assert!(!m.meaning.is_empty());
            assert!(m.checks.iter().all(|c| !c.check.is_empty()));
        }
    }
    // Something the table does not know still gets the generic checks.
    let unknown = ErrorMatch {
        matched: "???".into(),
        side: Side::Both,
        causes: vec![Cause::Other(OtherCause::Network)],
    };
    let m = meaning(&unknown, Lang::En);
    assert_eq!(m.checks.len(), 1);
}

#[test]
fn suspects_rank_confirmed_first_then_by_likelihood() {
    let errors = explain("0x800CCC0E\n0x80042109\nCannot Send Mail");
    // No findings: smtp-port-25 leads (first in two errors, fourth in the third).
    let s = suspects(&errors, &[]);
    assert_eq!(s[0], Cause::Finding(Code::SmtpPort25));
    let mut dedup = s.clone();
    dedup.sort();
    dedup.dedup();
    assert_eq!(dedup.len(), s.len(), "duplicates in {s:?}");
    // A finding confirms a cause: it comes first.
    let findings = [Finding::new(
        Code::PortWrong,
        Severity::Error,
        Field::OutgoingPort,
    )];
    let s = suspects(&errors, &findings);
    assert_eq!(s[0], Cause::Finding(Code::PortWrong));
    assert_eq!(s[1], Cause::Finding(Code::SmtpPort25));
    // A more specific finding stands in for the general cause it confirms.
    let findings = [Finding::new(
        Code::HostRetired,
        Severity::Error,
        Field::OutgoingHost,
    )];
    let s = suspects(&errors, &findings);
    assert_eq!(s[0], Cause::Finding(Code::HostRetired));
    assert!(s.contains(&Cause::Finding(Code::HostWrong)));
    // Spec example: one error, no findings → its causes in order.
    let s = suspects(&explain("0x800CCC0E"), &[]);
    let names: Vec<&str> = s.iter().map(|c| c.as_str()).collect();
    assert_eq!(
        names,
        ["smtp-port-25", "host-wrong", "port-wrong", "network"]
    );
    assert!(suspects(&[], &findings).is_empty());
}
