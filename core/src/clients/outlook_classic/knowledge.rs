//! Outlook (classic): the facts of `docs/knowledge/outlook-classic.md`, in its order. Transcribed from the
//! dossier; `core/tests/knowledge.rs` keeps the ids and statuses equal to it.

use crate::knowledge::{Fact, Status, CHECKED};

pub(super) static FACTS: &[Fact] = &[
    Fact {
        id: "N1",
        about: "Windows' Start menu on a Japanese PC names the app 「Outlook (クラシック)」",
        status: Status::Confirmed {
            source: "drpetersonfernandes/SimpleLauncher `SimpleLauncher/Services/GameScan/ScanMicrosoftStoreGames.cs` (`IgnoredAppNames`: Start-menu app names collected from users' PCs, with \"Outlook (new)\" and \"Outlook (クラシック)\"), checked 2026-12-07 — (third-party list of names Windows shows)",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "D1",
        about: "End of support: Office 2019 and 2016 2025-10-14, 2013 2023-04-11, 2010 2020-10-13, 2007 2017-10-10",
        status: Status::Confirmed {
            source: "Microsoft Learn `MicrosoftDocs/OfficeDocs-DeployOffice` `microsoft-365-apps/end-of-support/plan-upgrade-older-versions-office.md`",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "D2",
        about: "Microsoft 365 connectivity: Office LTSC 2021 until 2026-10-13, LTSC 2024 until 2029-10-13",
        status: Status::Confirmed {
            source: "`microsoft-365-apps/end-of-support/microsoft-365-services-connectivity.md` — (connectivity dates, not the lifecycle page)",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "D3",
        about: "Lifecycle end of Outlook/Office 2024 (the catalog's 2029-10-09)",
        status: Status::Unconfirmed {
            why: "no Microsoft lifecycle record found: MicrosoftDocs/lifecycle-data-pr.ja-jp (live, 2023) has no Office/Outlook 2024 yet; Microsoft Learn `office/ltsc/2024/overview.md` gives only \"five years of Mainstream Support\" (no day); connectivity until 2029-10-13 (D2); a third-party note quotes learn.microsoft.com/lifecycle/products/office-2024 as 10 Oct 2029 (a UTC rendering of the -08:00 end time?), so the day itself is open",
        },
        labels: &[],
    },
    Fact {
        id: "D4",
        about: "Classic Outlook is available and supported until at least 2029",
        status: Status::Confirmed {
            source: "`microsoft-365-apps/outlook/get-started/migration-planning.md`, `guide-product-availability.md`",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "D5",
        about: "The \"Try the new Outlook\" toggle appears from Version 2303 Build 16227.20318",
        status: Status::Confirmed {
            source: "`get-started/deployment-new-outlook.md`",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "P1",
        about: "Control Panel → Mail → Email Accounts → Change → More Settings → Advanced tab (ports, encrypted connection type); its Japanese labels",
        status: Status::Unconfirmed {
            why: "Microsoft support \"Change or update email account settings in Outlook for Windows\" (560a9065-…), as copied on mindluster.com/lesson/description/352278 — ✓ en (copy of Microsoft's text); ja: a hosting provider's Outlook 2019 screenshot (Xserver, `man_mail_setting_ol2019_9.png`) shows the 「アカウント設定」 dialog (「電子メール アカウント」, 「メール」 tab, 「変更(A)...」) reached through 「プロファイルの管理」, but not the Control Panel 「メール」 applet's button name: ja labels ? — searched 2026-12-08 (branch `facts3`): ja in part from Microsoft's HT AlchemyInsights `how-to-import-nk2-files.md` (isabella232/OfficeDocs-AlchemyInsights-pr.ja-JP @0233fcd9): 「[コントロール パネル]」→「[メール]」をダブルクリック→「[メール設定] ダイアログ ボックス」 (the dialog 「プロファイルの管理」 opens too, `create-or-edit-a-profile.md`); the 「電子メール アカウント」 button and the More Settings labels on that route not found",
        },
        labels: &[],
    },
    Fact {
        id: "P2",
        about: "In Outlook (current builds): File → Account Settings → Account Settings → the account → Change",
        status: Status::Confirmed {
            source: "isabella232/OfficeDocs-AlchemyInsights-pr.ja-JP (copy of Microsoft's MicrosoftDocs/OfficeDocs-AlchemyInsights-pr.ja-JP) @0c9a1f8b605 `AlchemyInsights/how-to-update-email-settings-in-outlook-for-pc.md` (ms.translationtype: HT, en beside ja): \"Open Outlook and select File > Account Settings > Account Settings.\" / \"Outlook を開いて、[ファイル]、[アカウント設定]、[アカウント設定] の順に選びます。\"; \"… click Change.\" / \"… [変更] をクリックします。\"; ja also jpmessaging/blog `Outlook-does-not-display-toast.md` (Microsoft Japan)",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "P3",
        about: "Microsoft 365 / 2019+ builds: Change on an IMAP account may open a simplified pane without More Settings",
        status: Status::Unconfirmed {
            why: "issue 11's observation; P1/P2 are consistent with it; a hosting provider's Outlook 2019 manual (Xserver) reaches 「詳細設定(M)」 through 「アカウント設定」→「プロファイルの管理(O)」→「変更」, and its screenshot of the 「アカウント設定」 menu also lists 「サーバーの設定(S)」; no Microsoft sentence found stating it",
        },
        labels: &[],
    },
    Fact {
        id: "P4",
        about: "The Control Panel Mail applet appears only after Outlook has run once",
        status: Status::Confirmed {
            source: "CLIENTS.md ✓ (Microsoft: \"The Mail icon in Control Panel will not appear unless you have Outlook installed and have accessed it at least once\", acs-css.com copy of Outlook 2007 help) — (en, copy)",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "P5",
        about: "2016+ add account: File → Add Account → Advanced options → Let me set up my account manually → POP / IMAP; its Japanese labels",
        status: Status::Confirmed {
            source: "en: Microsoft Community \"Basics: Adding email accounts to Outlook desktop for Windows\" (answers.microsoft.com): \"click on <Advanced Options … check the box for 'Let me set up my account manually' … click on <Connect> … select POP\"; ja: xs-kshibata/code-for-gemini-review @4debcb8fa859 `www.xserver.ne.jp_www/` (the source of Xserver's setup manual www.xserver.ne.jp/manual/ with its screenshots: a hosting provider's page, secondary) `manual/man_mail_setting_ol2019.php` and its screenshot `img/manual/man_mail_setting_ol2019_1.png`: 「詳細オプション」, 「自分で自分のアカウントを手動で設定」, 「接続」 (\"「詳細オプション」をクリック。「自分で自分のアカウントを手動で設定」にチェックを入れ、接続ボタンを押してください。\")",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "P6",
        about: "A POP account must be set up manually as POP; address and password alone configure IMAP",
        status: Status::Confirmed {
            source: "same Community article",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "P7",
        about: "Outlook 2010 / 2013: File → Info → Account Settings → Account Settings → the account → Change",
        status: Status::Confirmed {
            source: "ja: xs-kshibata/code-for-gemini-review @4debcb8fa859 `www.xserver.ne.jp_www/` (the source of Xserver's setup manual www.xserver.ne.jp/manual/ with its screenshots: a hosting provider's page, secondary) `manual/man_mail_setting_ol2010.php` (\"「アカウント設定」の中の「アカウント設定（A）」をクリック\", \"「電子メール」タブからメールアカウントを選択し、「変更」をクリック\") and screenshots `img/manual/man_mail_setting_ol2010_3.png`, `_smtp_2.png` (「ファイル」→「情報」→「アカウント設定」→「アカウント設定(A)...」); 2013: `man_mail_setting_ol2013.php` (\"「情報」をクリックし…\"); en: the same menus in English guides (makeuseof.com, \"Navigate to File > Info > Account Settings > Account Settings\"); Microsoft's P2 article names no version",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "L1",
        about: "More Settings → Advanced tab: 使用する暗号化接続の種類, サーバーのポート番号, 送信サーバー(SMTP) (Outlook 2010)",
        status: Status::Confirmed {
            source: "it.sorayori.com/gmailsetting (screenshots, Outlook 2010) — (third-party transcription)",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "L2",
        about: "Test dialog 「テスト アカウント設定」 with an 「エラー」 tab",
        status: Status::Confirmed {
            source: "same page — (third-party)",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "L3",
        about: "\"TLS\" in the 2010/2013 list means STARTTLS; the 2016+ list's choices in every build",
        status: Status::Unconfirmed {
            why: "CLIENTS.md (Microsoft developer docs ✓ for the Autodiscover `Encryption` values) — ? for every build's UI wording",
        },
        labels: &[],
    },
    Fact {
        id: "L4",
        about: "The SPA and \"use same settings\" check boxes' Japanese wording (every version); the 2010/2013 \"outgoing server requires authentication\" box (current builds: L6)",
        status: Status::Confirmed {
            source: "ja: xs-kshibata/code-for-gemini-review @4debcb8fa859 `www.xserver.ne.jp_www/` (the source of Xserver's setup manual www.xserver.ne.jp/manual/ with its screenshots: a hosting provider's page, secondary) screenshots of Outlook 2010, 2013, 2016 and 2019 (`img/manual/man_mail_setting_ol2013_7.png`, `_ol2013_9.png`, `_ol2016_14.png`, `_ol2016_15.png`, `_ol2019_10.png`, `_ol2019_11.png`, `_ol2010_6.png`): the Add/Change Account dialog's 「メール サーバーがセキュリティで保護されたパスワード認証 (SPA) に対応している場合には、チェック ボックスをオンにしてください(Q)」 (every version; the code had the newer pane's 「セキュリティで保護されたパスワード認証 (SPA) でのログオンが必要」, `_ol2019_5.png`), the 「送信サーバー」 tab's 「送信サーバー (SMTP) は認証が必要(O)」 and 「受信メール サーバーと同じ設定を使用する(U)」; en: GearHost/Docs `docs/email-outlook.md` (Outlook 2013, screenshots: \"require logon using secure password authentication (SPA)\"), sendgrid/docs `content/docs/for-developers/sending-email/outlook-2013.md` (\"My outgoing server (SMTP) requires authentication\"), English setup guides (\"Use same settings as my incoming mail server\")",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "L5",
        about: "Outlook 2003 path: Tools → E-mail Accounts → View or change → Change → More Settings",
        status: Status::Confirmed {
            source: "hehao1.seesaa.net — (third-party; history only)",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "L6",
        about: "Current builds' outgoing-authentication check box: 送信サーバー (SMTP) は認証が必要 / My outgoing server (SMTP) requires authentication",
        status: Status::Confirmed {
            source: "isabella232/OfficeDocs-AlchemyInsights-pr.ja-JP (copy of Microsoft's MicrosoftDocs/OfficeDocs-AlchemyInsights-pr.ja-JP) @0c9a1f8b605 `AlchemyInsights/how-to-update-email-settings-in-outlook-for-pc.md` (ms.translationtype: HT, en beside ja): \"ensure the My outgoing server (SMTP) requires authentication checkbox is checked\" / \"[送信サーバー (SMTP) は認証が必要] のチェックボックスがオンになっていることを確認します\"",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "E1",
        about: "0x800CCC1A \"Your server does not support the connection encryption type you have specified…\"",
        status: Status::Confirmed {
            source: "unixs.ru/?p=12038 (Outlook 2010–2019, quoted) — (third-party quote)",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "E2",
        about: "The Japanese test-dialog text for an unsupported encryption type (Outlook 2010)",
        status: Status::Confirmed {
            source: "it.sorayori.com/gmailsetting — (third-party transcription)",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "E3",
        about: "Task line \"reported error (0x800CCC0E) … Cannot connect to the server\"",
        status: Status::Confirmed {
            source: "pastebin.com/S7s8qyMN — (pasted by a user)",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "E4",
        about: "Outlook 2019 add account: \"Something went wrong. We couldn't connect to the incoming (IMAP) server…\" (classic, not new)",
        status: Status::Confirmed {
            source: "pastelpromo.com/en/private-email-outlook-2019 — (hosting provider's guide)",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "E5",
        about: "Certificate warning 「対象のプリンシパル名が間違っています。」 / \"The target principal name is incorrect.\"",
        status: Status::Confirmed {
            source: "togeonet.co.jp/post-17129 (screenshot); winerror.h text as printed by Schannel clients (curl)",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "E6",
        about: "Automatic setup: \"An encrypted connection to your mail server is not available\" (ja and en)",
        status: Status::Confirmed {
            source: "blog.treedown.net (Outlook 2016); irohastack.com (list of typical messages) — ja (blog, quoted), ✓ en (third-party list)",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "E7",
        about: "Every IXP_E_* define of imnxport.h (0x800CCCxx)",
        status: Status::Confirmed {
            source: "`imnxport.h` (Microsoft's MIDL output of `imnxport.idl`, Windows SDK / Windows CE shared-source copies in public repositories, found via the `IXP_E_IMAP_LOGINFAILURE` define); Wine `include/imnxport.idl` (general + SMTP)",
            checked: CHECKED,
        },
        labels: &[],
    },
    Fact {
        id: "E8",
        about: "Which Outlook versions still print 0x800CCCxx codes",
        status: Status::Unconfirmed {
            why: "E3 and ISP pages only — searched 2026-12-08 (branch `facts3`): MicrosoftDocs/OfficeDocs-Support @36878e0e1 `Outlook/Client/profiles-and-accounts/0x800ccc80-error-when-sending-mail-from-outlook.md` (KB 2483175, appliesto \"Outlook\", ms.date 01/30/2024) quotes \"0x800CCC80 - None of the authentication methods supported by this client are supported by your server.\" for POP3/IMAP accounts, but names no version or build",
        },
        labels: &[],
    },
    Fact {
        id: "E9",
        about: "The Japanese task-line wording of Outlook's send/receive errors",
        status: Status::Unconfirmed {
            why: "only the Outlook Express form is sourced (outlook-express rows)",
        },
        labels: &[],
    },
];
