//! Every guide composes in both languages with the profile's values and the client's words.

use mail_doctor_core::case::{ClientId, Protocol, Security};
use mail_doctor_core::guide::{available, guide, topics, Guide, GuideKind};
use mail_doctor_core::report::{Corrected, CorrectedIncoming, CorrectedOutgoing};
use mail_doctor_core::Lang;

mod common;

const ADDRESS: &str = "taro@kita.aoi.example.jp";

fn corrected(protocol: Protocol, out_port: u16, out_security: Security) -> Corrected {
    let (port, security) = match protocol {
        Protocol::Imap => (993, Security::Ssl),
        Protocol::Pop3 => (995, Security::Ssl),
    };
    Corrected {
        incoming: CorrectedIncoming {
            protocol,
            host: "imap.mail.example.jp".into(),
            port,
            security,
            username: ADDRESS.into(),
            auth: "password".into(),
        },
        outgoing: CorrectedOutgoing {
            host: "smtp.mail.example.jp".into(),
            port: out_port,
            security: out_security,
            username: ADDRESS.into(),
            auth: "password".into(),
        },
    }
}

const VERSIONS: [Option<&str>; 9] = [
    None,
    Some("2010"),
    Some("2013"),
    Some("365"),
    Some("17"),
    Some("??"),
    Some("128"),
    Some("140"),
    Some("153"),
];

fn all_text(g: &Guide) -> String {
    let mut out = g.title.clone();
    for s in &g.steps {
        out.push('\n');
        out.push_str(&s.text);
        if let Some(e) = &s.expect {
            out.push('\n');
            out.push_str(e);
        }
        for v in &s.values {
            out.push_str(&format!("\n{}: {}", v.label, v.value));
        }
    }
    out
}

#[test]
fn every_guide_composes_fully_in_both_languages() {
    let mut count = 0;
    for client in ClientId::ALL {
        let kinds = available(client);
        assert!(kinds.contains(&GuideKind::NewAccount), "{client:?}");
        assert!(kinds.contains(&GuideKind::FixExisting), "{client:?}");
        for version in VERSIONS {
            for kind in kinds.iter().copied() {
                for protocol in [Protocol::Imap, Protocol::Pop3] {
                    for (port, sec) in [(465, Security::Ssl), (587, Security::Starttls)] {
                        let settings = corrected(protocol, port, sec);
                        let ja = guide(
                            client,
                            version,
                            kind,
                            protocol,
                            &settings,
                            ADDRESS,
                            Lang::Ja,
                        );
                        let en = guide(
                            client,
                            version,
                            kind,
                            protocol,
                            &settings,
                            ADDRESS,
                            Lang::En,
                        );
                        for g in [&ja, &en] {
                            let text = all_text(g);
                            assert!(!g.steps.is_empty(), "{client:?} {kind:?} {version:?}");
                            assert!(
                                !text.contains('{') && !text.contains('}'),
                                "{client:?} {kind:?} {:?}: {text}",
                                g.lang
                            );
                            assert!(g.steps.iter().all(|s| !s.text.trim().is_empty()));
                            assert!(g.steps.iter().enumerate().all(|(i, s)| s.number == i + 1));
                            // Nothing collects or shows a password.
                            assert!(g.steps.iter().all(|s| s.values.iter().all(|v| !v
                                .label
                                .to_lowercase()
                                .contains("password")
                                && !v.label.contains("パスワード"))));
                        }
                        assert_eq!(
                            ja.steps.len(),
                            en.steps.len(),
                            "{client:?} {kind:?} {version:?}"
                        );
                        for (a, b) in ja.steps.iter().zip(&en.steps) {
                            assert_eq!(a.expect.is_some(), b.expect.is_some());
                            assert_eq!(a.values.len(), b.values.len());
                            assert!(a
                                .values
                                .iter()
                                .zip(&b.values)
                                .all(|(x, y)| x.typed == y.typed));
                        }
                        assert!(!ja.title.is_empty() && !en.title.is_empty());
                        count += 1;
                    }
                }
            }
        }
    }
    assert!(count > 200, "{count}");
}

#[test]
fn setup_guides_carry_the_corrected_values() {
    for client in ClientId::ALL {
        let settings = corrected(Protocol::Imap, 587, Security::Starttls);
        for lang in Lang::ALL {
            let g = guide(
                client,
                None,
                GuideKind::NewAccount,
                Protocol::Imap,
                &settings,
                ADDRESS,
                lang,
            );
            let text = all_text(&g);
            for needed in ["smtp.mail.example.jp", "587", ADDRESS] {
                assert!(text.contains(needed), "{client:?} {lang:?} lacks {needed}");
            }
            if client != ClientId::Device {
                for needed in ["imap.mail.example.jp", "993"] {
                    assert!(text.contains(needed), "{client:?} {lang:?} lacks {needed}");
                }
            }
        }
    }
}

#[test]
fn security_is_said_in_each_clients_words() {
    let starttls = corrected(Protocol::Imap, 587, Security::Starttls);
    let ssl = corrected(Protocol::Pop3, 465, Security::Ssl);
    let text = |client, version, protocol, settings: &Corrected, lang| {
        all_text(&guide(
            client,
            version,
            GuideKind::NewAccount,
            protocol,
            settings,
            ADDRESS,
            lang,
        ))
    };
    // iOS: the switch is on (its label is unconfirmed, ios-mail.md P5: "like").
    let ios = text(ClientId::IosMail, None, Protocol::Imap, &starttls, Lang::Ja);
    assert!(
        ios.contains("「SSLを使用」のような項目（表示が違うことがあります）をオンにします。"),
        "{ios}"
    );
    assert!(
        text(ClientId::IosMail, None, Protocol::Imap, &starttls, Lang::En)
            .contains("Turn \"Use SSL\" (the name on screen may differ) on.")
    );
    // Outlook 2010 on 587: "TLS" in the classic list, which means STARTTLS.
    let o2010 = text(
        ClientId::OutlookClassic,
        Some("2010"),
        Protocol::Pop3,
        &starttls,
        Lang::Ja,
    );
    assert!(
        o2010.contains("「使用する暗号化接続の種類」で「TLS」を選びます。"),
        "{o2010}"
    );
    assert!(o2010.contains("「TLS」は STARTTLS のことです"), "{o2010}");
    assert!(
        o2010.contains("このサーバーは暗号化された接続 (SSL) が必要」にチェックを入れます"),
        "{o2010}"
    );
    let o2010en = text(
        ClientId::OutlookClassic,
        Some("2010"),
        Protocol::Pop3,
        &starttls,
        Lang::En,
    );
    assert!(
        o2010en.contains("In this list \"TLS\" means STARTTLS."),
        "{o2010en}"
    );
    // Outlook 365 says STARTTLS and needs no note.
    let o365 = text(
        ClientId::OutlookClassic,
        Some("365"),
        Protocol::Imap,
        &starttls,
        Lang::Ja,
    );
    assert!(
        o365.contains("「STARTTLS」を選びます") && !o365.contains("のことです"),
        "{o365}"
    );
    // Thunderbird: 接続の保護 and 通常のパスワード認証.
    let tb = text(ClientId::Thunderbird, None, Protocol::Pop3, &ssl, Lang::Ja);
    assert!(
        tb.contains("「接続の保護」で「SSL/TLS」を選びます。")
            && tb.contains("通常のパスワード認証"),
        "{tb}"
    );
    // Android: セキュリティの種類 (unconfirmed, android-gmail.md L2: "like").
    let android = text(
        ClientId::AndroidGmail,
        None,
        Protocol::Imap,
        &starttls,
        Lang::Ja,
    );
    assert!(
        android.contains(
            "「セキュリティの種類」のような項目（表示が違うことがあります）で「STARTTLS」を選びます。"
        ),
        "{android}"
    );
    // Becky: SMTPS check box on 465.
    let becky = text(ClientId::Becky, None, Protocol::Pop3, &ssl, Lang::Ja);
    assert!(
        becky.contains("「SMTPS」のような項目（表示が違うことがあります）にチェックを入れます。")
            && becky.contains("SMTP認証"),
        "{becky}"
    );
    // Becky: STARTTLS on 587 is the same box ticked with the port kept (becky.md B4: the box
    // means TLS, the port decides), not "this screen cannot choose STARTTLS".
    let becky = text(ClientId::Becky, None, Protocol::Imap, &starttls, Lang::Ja);
    assert!(
        becky.contains("「SMTPS」のような項目（表示が違うことがあります）にチェックを入れます。")
            && becky.contains("「はい」「いいえ」のどちらでもかまいません")
            && becky.contains("SMTP を「587」")
            && !becky.contains("STARTTLS を選べません"),
        "{becky}"
    );
    let becky_en = text(ClientId::Becky, None, Protocol::Imap, &starttls, Lang::En);
    assert!(
        becky_en.contains("Tick \"SMTPS\" (the name on screen may differ).")
            && !becky_en.contains("cannot choose STARTTLS"),
        "{becky_en}"
    );
}

#[test]
fn outlook_new_explains_pop_and_the_cloud() {
    let settings = corrected(Protocol::Pop3, 465, Security::Ssl);
    let pop = guide(
        ClientId::OutlookNew,
        None,
        GuideKind::NewAccount,
        Protocol::Pop3,
        &settings,
        ADDRESS,
        Lang::Ja,
    );
    let imap = guide(
        ClientId::OutlookNew,
        None,
        GuideKind::NewAccount,
        Protocol::Imap,
        &settings,
        ADDRESS,
        Lang::Ja,
    );
    // outlook-new.md A2/A4: no build boundary; what the customer sees decides (ja and en).
    assert!(all_text(&pop).contains("IMAP の手順で追加"));
    assert!(!all_text(&pop).contains("Outlook について"));
    assert!(!all_text(&imap).contains("POP を使えません"));
    assert_eq!(pop.steps.len(), imap.steps.len() + 1);
    assert!(all_text(&imap).contains("データセンター"));
    // C1/C2: Microsoft says "Microsoft Cloud", never the press translation "Microsoft Sync cloud".
    assert!(all_text(&imap).contains("Microsoft Cloud"));
    for kind in available(ClientId::OutlookNew) {
        for lang in [Lang::Ja, Lang::En] {
            let text = all_text(&guide(
                ClientId::OutlookNew,
                Some("1.2024.403.300"),
                kind,
                Protocol::Pop3,
                &settings,
                ADDRESS,
                lang,
            ));
            assert!(!text.contains("Sync cloud"), "{kind:?} {lang:?}");
            assert!(!text.contains("early build"), "{kind:?} {lang:?}");
            assert!(!text.contains("古い版"), "{kind:?} {lang:?}");
        }
    }
    let pop_en = all_text(&guide(
        ClientId::OutlookNew,
        None,
        GuideKind::NewAccount,
        Protocol::Pop3,
        &settings,
        ADDRESS,
        Lang::En,
    ));
    assert!(
        pop_en.contains("We couldn’t reach the email server") && pop_en.contains("Microsoft Cloud")
    );
    let replaced = all_text(&guide(
        ClientId::OutlookNew,
        None,
        GuideKind::MailAppReplaced,
        Protocol::Imap,
        &settings,
        ADDRESS,
        Lang::Ja,
    ));
    assert!(replaced.contains("2024 年 12 月 31 日") && replaced.contains("新しい Outlook を試す"));
    let blocked = all_text(&guide(
        ClientId::OutlookNew,
        None,
        GuideKind::LoginBlocked,
        Protocol::Imap,
        &settings,
        ADDRESS,
        Lang::En,
    ));
    assert!(blocked.contains("foreign IP addresses") && blocked.contains("imap.mail.example.jp"));
    let kinds: Vec<_> = topics(ClientId::OutlookNew, None, Lang::Ja)
        .into_iter()
        .map(|(k, _)| k)
        .collect();
    assert_eq!(kinds, available(ClientId::OutlookNew));
    assert!(
        kinds.contains(&GuideKind::MailAppReplaced) && kinds.contains(&GuideKind::LoginBlocked)
    );
}

#[test]
fn outlook_classic_menus_differ_by_version() {
    let settings = corrected(Protocol::Pop3, 465, Security::Ssl);
    let g = |v| {
        all_text(&guide(
            ClientId::OutlookClassic,
            Some(v),
            GuideKind::NewAccount,
            Protocol::Pop3,
            &settings,
            ADDRESS,
            Lang::Ja,
        ))
    };
    assert!(g("365").contains("自分で自分のアカウントを手動で設定"));
    assert!(g("2010").contains("インターネット電子メール"));
    assert_ne!(g("2013"), g("2019"));
    for kind in [GuideKind::NewProfile, GuideKind::RepairAccount] {
        assert!(available(ClientId::OutlookClassic).contains(&kind));
    }
    let profile = all_text(&guide(
        ClientId::OutlookClassic,
        None,
        GuideKind::NewProfile,
        Protocol::Pop3,
        &settings,
        ADDRESS,
        Lang::Ja,
    ));
    assert!(
        profile.contains("プロファイルの表示")
            && profile.contains("送信サーバー (SMTP) は認証が必要")
    );
    // outlook-classic.md P3 (unconfirmed) / P1: 2016+ fix steps name the Control Panel route
    // for an IMAP account whose 「変更」 has no 「詳細設定」, in both languages; 2010 does not.
    let fix = |v, lang| {
        all_text(&guide(
            ClientId::OutlookClassic,
            Some(v),
            GuideKind::FixExisting,
            Protocol::Imap,
            &settings,
            ADDRESS,
            lang,
        ))
    };
    assert!(fix("365", Lang::Ja).contains("コントロール パネルの「メール」"));
    assert!(fix("365", Lang::En).contains("Control Panel → Mail → a button like Email Accounts"));
    assert!(!fix("2010", Lang::Ja).contains("コントロール パネル"));
    // One name on every face: the catalog, the guides' titles (issue 11).
    let name = mail_doctor_core::catalog::client(ClientId::OutlookClassic).name;
    assert_eq!(name.ja, "Outlook（クラシック）");
    for kind in available(ClientId::OutlookClassic) {
        for (t, lang) in [(name.ja, Lang::Ja), (name.en, Lang::En)] {
            let g = guide(
                ClientId::OutlookClassic,
                None,
                kind,
                Protocol::Imap,
                &settings,
                ADDRESS,
                lang,
            );
            assert!(g.title.starts_with(t), "{}", g.title);
        }
    }
}

/// docs/knowledge/thunderbird.md H8, W1, W2, H9–H13, S4: the classic wizard up to 151, the
/// Account Hub from 152 (and for an unknown version, the current one); each flow names only its
/// own screens; 「送信サーバー」 from 141. Both languages.
#[test]
fn thunderbird_flows_and_labels_follow_the_version() {
    let settings = corrected(Protocol::Imap, 465, Security::Ssl);
    let g = |v: Option<&str>, kind, lang| {
        all_text(&guide(
            ClientId::Thunderbird,
            v,
            kind,
            Protocol::Imap,
            &settings,
            ADDRESS,
            lang,
        ))
    };
    for v in [Some("115"), Some("128")] {
        let ja = g(v, GuideKind::NewAccount, Lang::Ja);
        let en = g(v, GuideKind::NewAccount, Lang::En);
        assert!(ja.contains("「新しいアカウント」") && ja.contains("「あなたのお名前」"));
        assert!(en.contains("New Account") && en.contains("Set Up Your Existing Email Address"));
        // The hub's screens are not in the wizard's guide.
        assert!(
            !ja.contains("メールアドレスの追加") && !ja.contains("「氏名」"),
            "{ja}"
        );
        assert!(!en.contains("Add your email address") && !en.contains("Add Account"));
    }
    // ESR 140: the wizard; the hub named as the alternative.
    let ja140 = g(Some("140"), GuideKind::NewAccount, Lang::Ja);
    assert!(
        ja140.contains("「あなたのお名前」") && ja140.contains("「メールアドレスの追加」が出たら")
    );
    for v in [None, Some("152"), Some("153"), Some("154.0.1")] {
        let ja = g(v, GuideKind::NewAccount, Lang::Ja);
        let en = g(v, GuideKind::NewAccount, Lang::En);
        assert!(
            ja.contains("「アカウントを追加」") && ja.contains("「氏名」"),
            "{ja}"
        );
        assert!(ja.contains("「アカウントの追加が完了しました」"));
        assert!(!ja.contains("「新しいアカウント」") && !ja.contains("「あなたのお名前」"));
        assert!(en.contains("Add Account") && en.contains("Full name"));
        assert!(en.contains("Account successfully added") && !en.contains("New Account"));
    }
    // S4: the outgoing section by version, in the labels and in the fix guide.
    let fix_ja = g(None, GuideKind::FixExisting, Lang::Ja);
    let fix_en = g(None, GuideKind::FixExisting, Lang::En);
    assert!(fix_ja.contains("「送信サーバー」（140 以前の版では「送信 (SMTP) サーバー」）"));
    assert!(fix_en.contains("Outgoing Server (up to version 140: Outgoing Server (SMTP))"));
}

/// apple-mail.md A1–A2 (Apple HT204208): the reason is Apple's, not "it changes the settings";
/// ios-mail.md P3: POP ↔ IMAP needs the account added again. Both languages.
#[test]
fn apple_reasons_and_ios_protocol_switch_follow_the_sources() {
    let settings = corrected(Protocol::Imap, 465, Security::Ssl);
    let text = |client, kind, lang| {
        all_text(&guide(
            client,
            None,
            kind,
            Protocol::Imap,
            &settings,
            ADDRESS,
            lang,
        ))
    };
    let mut said = 0;
    for kind in available(ClientId::AppleMail) {
        let ja = text(ClientId::AppleMail, kind, Lang::Ja);
        let en = text(ClientId::AppleMail, kind, Lang::En);
        assert!(
            !ja.contains("25 番ポート") && !en.contains("port 25"),
            "{kind:?}"
        );
        if ja.contains("接続設定を自動的に管理") {
            assert!(ja.contains("画面の設定と実際の接続が違う"), "{ja}");
            assert!(en.contains("may differ from the settings shown"), "{en}");
            said += 1;
        }
    }
    assert!(said >= 2, "both Mac guides turn the setting off");
    let fix_ja = text(ClientId::IosMail, GuideKind::FixExisting, Lang::Ja);
    let fix_en = text(ClientId::IosMail, GuideKind::FixExisting, Lang::En);
    assert!(fix_ja.contains("POP と IMAP はあとから切り替えられません"));
    assert!(fix_en.contains("add the account again as a new one"));
    // android-gmail.md G2/G4/G5: POP may no longer be offered; the POP guide says what to do.
    let pop = corrected(Protocol::Pop3, 465, Security::Ssl);
    for (lang, words) in [
        (Lang::Ja, "POP の項目がないとき"),
        (Lang::En, "no POP item"),
    ] {
        let g = |protocol, settings: &Corrected| {
            all_text(&guide(
                ClientId::AndroidGmail,
                None,
                GuideKind::NewAccount,
                protocol,
                settings,
                ADDRESS,
                lang,
            ))
        };
        assert!(g(Protocol::Pop3, &pop).contains(words));
        assert!(!g(Protocol::Imap, &settings).contains(words));
    }
}

#[test]
fn odd_input_never_panics_or_expands_twice() {
    let mut settings = corrected(Protocol::Imap, 587, Security::None);
    settings.incoming.host = "{address}".into();
    settings.outgoing.host = "{".into();
    settings.incoming.username = "}{username}".into();
    settings.outgoing.username = "u".into();
    for client in ClientId::ALL {
        for kind in GuideKind::ALL {
            let g = guide(
                client,
                Some("\u{0}"),
                kind,
                Protocol::Imap,
                &settings,
                "{outgoing_host}",
                Lang::En,
            );
            if !available(client).contains(&kind) {
                assert!(g.steps.is_empty());
            }
            let text = g.to_text();
            assert!(!text.contains("taro@"), "values are never expanded again");
        }
    }
}

#[test]
#[ignore = "preview: cargo test --test guides print_sample -- --ignored --nocapture"]
fn print_sample() {
    let s = corrected(Protocol::Pop3, 587, Security::Starttls);
    for (c, v) in [
        (ClientId::OutlookClassic, Some("2010")),
        (ClientId::WindowsLiveMail, None),
    ] {
        println!(
            "{}",
            guide(
                c,
                v,
                GuideKind::FixExisting,
                Protocol::Pop3,
                &s,
                ADDRESS,
                Lang::Ja
            )
            .to_text()
        );
    }
}

/// A confirmed label is quoted plainly; an unconfirmed one (`Labels::unconfirmed`) is worded
/// "like … (it may read differently)", in both languages, by the same helper as the desk's steps.
#[test]
fn unconfirmed_labels_are_worded_like_in_both_languages() {
    let settings = corrected(Protocol::Pop3, 995, Security::Ssl);
    let text = |client, lang| {
        all_text(&guide(
            client,
            None,
            GuideKind::NewAccount,
            Protocol::Pop3,
            &settings,
            ADDRESS,
            lang,
        ))
    };
    // Thunderbird: 「認証方式」 is Mozilla's own string (thunderbird.md S2).
    let ja = text(ClientId::Thunderbird, Lang::Ja);
    assert!(
        ja.contains("「認証方式」は「通常のパスワード認証」"),
        "{ja}"
    );
    assert!(!ja.contains("表示が違うことがあります"), "{ja}");
    let en = text(ClientId::Thunderbird, Lang::En);
    assert!(en.contains("Set \"Authentication method\" to"), "{en}");
    assert!(!en.contains("may differ"), "{en}");
    // Becky!: 「認証方式」 comes from ISP pages (becky.md B2).
    let ja = text(ClientId::Becky, Lang::Ja);
    assert!(
        ja.contains("「認証方式」のような項目（表示が違うことがあります）は「標準」"),
        "{ja}"
    );
    let en = text(ClientId::Becky, Lang::En);
    assert!(
        en.contains("set \"Authentication\" (the name on screen may differ) to \"Standard\""),
        "{en}"
    );
}

/// Issue 11 item 5: a client's guides name only labels that client has. Every quoted name in a
/// guide of every client, version, kind, protocol and language is checked against the other
/// clients' labels: a name that only another app shows (「接続の保護」 in an Outlook guide) fails.
#[test]
fn each_clients_guides_name_only_its_own_labels() {
    let mut checked = 0;
    let mut wrong = std::collections::BTreeSet::new();
    for lang in Lang::ALL {
        for client in ClientId::ALL {
            for version in VERSIONS {
                for kind in available(client) {
                    for protocol in [Protocol::Imap, Protocol::Pop3] {
                        for (port, sec) in [(465, Security::Ssl), (587, Security::Starttls)] {
                            let settings = corrected(protocol, port, sec);
                            let g =
                                guide(client, version, kind, protocol, &settings, ADDRESS, lang);
                            let (foreign, looked_at) =
                                common::foreign_labels(client, lang, &all_text(&g));
                            wrong.extend(
                                foreign
                                    .into_iter()
                                    .map(|name| format!("{client:?} {lang:?}: {name:?}")),
                            );
                            checked += looked_at;
                        }
                    }
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "guides naming another app's label:\n{}",
        wrong.into_iter().collect::<Vec<_>>().join("\n")
    );
    assert!(checked > 1000, "{checked}");
}
