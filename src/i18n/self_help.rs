//! The self-help page's and the guide pages' own words. One struct, a table per language: a
//! field missing from a table is a compile error. `{name}` marks a value filled in by the page.

use mail_doctor_core::guide::GuideKind;
use mail_doctor_core::Lang;

crate::i18n::words! {
#[cfg_attr(test, derive(serde::Serialize))]
pub struct HelpStrings {
    pub help_title: &'static str,
    pub help_intro: &'static str,
    /// "Question {n} of {total}".
    pub progress: &'static str,
    pub back: &'static str,
    pub next: &'static str,
    pub start_over: &'static str,

    pub q_address: &'static str,
    pub address_label: &'static str,
    pub address_hint: &'static str,
    pub address_invalid: &'static str,
    /// `{domain}`.
    pub address_unknown: &'static str,
    /// `{suggestion}`.
    pub address_did_you_mean: &'static str,
    pub address_use_suggestion: &'static str,
    pub address_unknown_none: &'static str,
    /// `{brand}`.
    pub address_known: &'static str,

    /// The question above the list of apps (each app's name and how to recognise it are in its
    /// catalog entry, `core/src/clients/<client>/catalog.rs`).
    pub q_app: &'static str,
    pub outlook_tell_title: &'static str,
    pub outlook_tell: [&'static str; 3],

    pub q_version_classic: &'static str,
    pub version_classic_help: &'static str,
    pub version_2010: &'static str,
    pub version_2013: &'static str,
    pub version_2016: &'static str,
    pub version_unknown: &'static str,
    pub q_version_new: &'static str,
    pub version_new_help: &'static str,
    pub version_new_label: &'static str,
    pub version_new_hint: &'static str,
    pub q_version_ios: &'static str,
    pub version_ios_help: &'static str,
    pub version_ios_18: &'static str,
    pub version_ios_17: &'static str,

    pub q_task: &'static str,
    pub task_new: &'static str,
    pub task_new_desc: &'static str,
    pub task_stopped: &'static str,
    pub task_stopped_desc: &'static str,
    pub task_replaced: &'static str,
    pub task_replaced_desc: &'static str,
    pub task_blocked: &'static str,
    pub task_blocked_desc: &'static str,

    pub protocol_q: &'static str,
    pub protocol_imap: &'static str,
    pub protocol_pop: &'static str,
    pub protocol_diff: &'static str,
    pub pop_not_in_app: &'static str,
    pub expect_label: &'static str,
    pub values_label: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    /// `{label}`.
    pub copy_label: &'static str,
    pub no_password_note: &'static str,
    pub other_topics: &'static str,
    pub open_guide_page: &'static str,

    pub mobileconfig_title: &'static str,
    pub mobileconfig_intro: &'static str,
    pub mobileconfig_steps: [&'static str; 4],
    pub mobileconfig_mac: &'static str,
    /// Between the two ways (settings file, typing): the word "or" and the second way's title.
    pub method_or: &'static str,
    pub method_manual: &'static str,

    pub q_check: &'static str,
    /// `{open_settings}`.
    pub check_where: &'static str,
    pub check_incoming: &'static str,
    pub check_outgoing: &'static str,
    pub choose: &'static str,
    pub switch_on: &'static str,
    pub switch_off: &'static str,
    pub result_title: &'static str,
    pub result_empty: &'static str,
    pub findings_title: &'static str,
    pub no_problem: &'static str,
    /// No finding yet, but the settings are not all typed (or a problem is reported).
    pub findings_none_yet: &'static str,
    /// Before a guide's steps: what the customer's app and system mean.
    pub notices_title: &'static str,
    pub changes_title: &'static str,
    pub change_now: &'static str,
    pub change_to: &'static str,
    pub fix_steps_title: &'static str,
    pub error_title: &'static str,
    pub error_label: &'static str,
    pub error_hint: &'static str,
    pub error_none: &'static str,
    pub error_checks: &'static str,

    pub support_title: &'static str,
    /// `{isp}`, `{phone}`.
    pub support_phone: &'static str,
    pub support_url: &'static str,
    pub support_say: &'static str,

    pub guides_title: &'static str,
    pub guides_intro: &'static str,
    pub guide_address_label: &'static str,
    /// `{address}`.
    pub guide_sample_note: &'static str,
    pub guide_not_found: &'static str,
    pub guide_back_index: &'static str,
    pub guide_start_help: &'static str,
    /// Each guide kind, in `GuideKind::ALL` order.
    pub kinds: [&'static str; 6],
}
}

pub const JA: HelpStrings = HelpStrings {
    help_title: "メール設定のセルフチェック",
    help_intro: "いくつかの質問に答えると、お使いのアプリでの設定のしかたと、直すところをご案内します。パスワードはこのページでは入力しません。",
    progress: "質問 {n} / {total}",
    back: "戻る",
    next: "次へ",
    start_over: "最初からやり直す",

    q_address: "メールアドレスを入力してください",
    address_label: "メールアドレス",
    address_hint: "例: taro@kita.aoi.example.jp",
    address_invalid: "メールアドレスの形になっていないようです。「@」の前と後ろをご確認ください。",
    address_unknown: "「{domain}」は、私たちのメールのアドレスとして見つかりませんでした。",
    address_did_you_mean: "「{suggestion}」ではありませんか？",
    address_use_suggestion: "このアドレスにする：{suggestion}",
    address_unknown_none: "つづりをもう一度ご確認ください。ご契約のときの書類にアドレスが書かれています。",
    address_known: "{brand} のメールアドレスです。",

    q_app: "どのアプリでメールを使っていますか？",
    outlook_tell_title: "Outlook は 2 種類あります（見分け方）",
    outlook_tell: [
        "右上の「新しい Outlook」の切り替えがオンになっていれば「新しい Outlook」です。",
        "左上に「ファイル」があり、右上に「新しい Outlook を試す」の切り替え（オフ）があれば「Outlook（クラシック）」です。",
        "版は、クラシックなら「ファイル」→「Office アカウント」→「Outlook のバージョン情報」、新しい Outlook なら「設定」（歯車）→「全般」→「Outlook について」で確かめられます。",
    ],

    q_version_classic: "Outlook のバージョンはどれですか？",
    version_classic_help: "「ファイル」→「Office アカウント」→「Outlook のバージョン情報」で確かめられます。画面の名前が少し違うので、版を選ぶとその版の言葉でご案内します。",
    version_2010: "Outlook 2010",
    version_2013: "Outlook 2013",
    version_2016: "Outlook 2016 以降（2019、2021、2024、Microsoft 365 も）",
    version_unknown: "わからない",
    q_version_new: "新しい Outlook のバージョン（わかれば）",
    // No POP build boundary is sourced (docs/knowledge/outlook-new.md A4): informational only.
    version_new_help: "「設定」（歯車）→「全般」→「Outlook について」に「1.2025.…」のように表示されます。窓口へのご相談のときに役立ちます。わからなければ空欄のまま「次へ」を押してください。",
    version_new_label: "バージョン",
    version_new_hint: "例: 1.2025.512.100",
    q_version_ios: "iPhone / iPad の iOS のバージョンは？",
    version_ios_help: "「設定」→「一般」→「情報」の「iOS バージョン」で確かめられます。iOS 18 から「メール」の設定の場所が変わりました。",
    version_ios_18: "iOS 18 以降",
    version_ios_17: "iOS 17 以前",

    q_task: "どうしたいですか？",
    task_new: "新しく設定する",
    task_new_desc: "このアプリにメールを初めて設定します。",
    task_stopped: "使えなくなった・設定を確かめたい",
    task_stopped_desc: "アプリの画面の設定を入力すると、直すところをお知らせします。",
    task_replaced: "Windows Update でメールアプリが変わった",
    task_replaced_desc: "「メール」アプリが新しい Outlook に置き換わったとき。",
    task_blocked: "ログインが止められた",
    task_blocked_desc: "「不審なログイン」などと通知されたとき。",

    protocol_q: "受信のしかた",
    protocol_imap: "IMAP（おすすめ）",
    protocol_pop: "POP",
    protocol_diff: "IMAP はメールをサーバーに置いたまま見るので、スマートフォンとパソコンで同じメールを見られます。POP はメールをこの機器に取り込むので、ほかの機器では見られなくなることがあります。",
    pop_not_in_app: "このアプリ（この版）は POP を使えないため、IMAP の手順を表示しています。",
    expect_label: "画面にこう表示されます",
    values_label: "入力する値",
    copy: "コピー",
    copied: "コピーしました",
    copy_label: "「{label}」の値をコピー",
    no_password_note: "パスワードは、アプリの画面でご自身で入力してください。このページでは扱いません。",
    other_topics: "ほかの手順",
    open_guide_page: "この手順だけを表示する（印刷・共有用）",

    mobileconfig_title: "方法 1：設定ファイルを入れる（入力しなくてすみます）",
    mobileconfig_intro: "設定ファイル（.mobileconfig）を入れると、サーバー名などが自動で入ります。ファイルにパスワードは入っていません。入れるときに、パスワードを聞かれます。",
    mobileconfig_steps: [
        "設定ファイルをダウンロードします（iPhone では Safari で開いてください）。",
        "「設定」アプリを開きます。",
        "上のほうに出る「プロファイルがダウンロードされました」を押します。",
        "「インストール」を押し、案内に従ってメールのパスワードを入力します。",
    ],
    mobileconfig_mac: "Mac では、ダウンロードしたあと「システム設定」→「プライバシーとセキュリティ」→「プロファイル」からインストールします。",
    method_or: "または",
    method_manual: "方法 2：ご自身で入力する",

    q_check: "アプリの画面に出ている設定を入力してください",
    check_where: "設定は {open_settings} で見られます。わかるところだけで大丈夫です。",
    check_incoming: "受信",
    check_outgoing: "送信",
    choose: "（選んでください）",
    switch_on: "オン",
    switch_off: "オフ",
    result_title: "結果",
    result_empty: "設定を入力すると、ここに結果が出ます。",
    findings_title: "見つかったこと",
    no_problem: "入力された設定に間違いは見つかりませんでした。パスワードをアプリで入力し直してみてください。",
    findings_none_yet: "入力された値には、いまのところ間違いは見つかっていません。上のまとめをご覧ください。",
    notices_title: "はじめにお読みください（お使いのパソコンやアプリについて）",
    changes_title: "ここを変えてください",
    change_now: "今",
    change_to: "正しくは",
    fix_steps_title: "直し方",
    error_title: "エラー表示を貼り付け",
    error_label: "アプリに出たエラーの文を、そのまま貼り付けてください",
    error_hint: "例: 0x800CCC0E、「サーバーに接続できません」",
    error_none: "この文からは、知っているエラーが見つかりませんでした。",
    error_checks: "確かめること",

    support_title: "解決しないときは",
    support_phone: "{isp} のサポート（{phone}）にお電話ください。",
    support_url: "サポートのページ",
    support_say: "お電話のときに、このページで見た内容をお伝えいただくと早く解決できます。",

    guides_title: "設定ガイド",
    guides_intro: "お使いのアプリと、したいことを選んでください。",
    guide_address_label: "あなたのメールアドレス",
    guide_sample_note: "例として「{address}」の値を表示しています。ご自分のアドレスを入れると、その値に変わります。",
    guide_not_found: "この手順は見つかりませんでした。",
    guide_back_index: "設定ガイドの一覧へ",
    guide_start_help: "質問に答えて調べる（セルフチェック）",
    kinds: [
        "新しく設定する",
        "設定を確かめて直す",
        "新しいプロファイルを作る",
        "アカウントを修復する",
        "メールアプリが新しい Outlook に変わった",
        "ログインが止められた",
    ],
};

#[cfg(not(feature = "english-on-demand"))]
pub const EN: HelpStrings = HelpStrings {
    help_title: "Check your mail settings",
    help_intro: "Answer a few questions and we show how to set up your app, and what to change. You never type your password on this page.",
    progress: "Question {n} of {total}",
    back: "Back",
    next: "Next",
    start_over: "Start over",

    q_address: "Your e-mail address",
    address_label: "E-mail address",
    address_hint: "For example: taro@kita.aoi.example.jp",
    address_invalid: "This does not look like an e-mail address. Please check the parts before and after the \"@\".",
    address_unknown: "We could not find \"{domain}\" among our mail addresses.",
    address_did_you_mean: "Did you mean \"{suggestion}\"?",
    address_use_suggestion: "Use this address: {suggestion}",
    address_unknown_none: "Please check the spelling. Your address is on the papers you got when you signed up.",
    address_known: "An address of {brand}.",

    q_app: "Which app do you use for mail?",
    outlook_tell_title: "There are two kinds of Outlook (how to tell)",
    outlook_tell: [
        "If the \"New Outlook\" toggle at the top right is on, it is Outlook (new).",
        "If there is \"File\" at the top left and a \"Try the new Outlook\" toggle (off) at the top right, it is Outlook (classic).",
        "The version: in classic Outlook under File → Office Account → About Outlook; in Outlook (new) under Settings (gear) → General → About Outlook.",
    ],

    q_version_classic: "Which version of Outlook?",
    version_classic_help: "See File → Office Account → About Outlook. The screens differ a little between versions, so we use your version's words.",
    version_2010: "Outlook 2010",
    version_2013: "Outlook 2013",
    version_2016: "Outlook 2016 or later (also 2019, 2021, 2024, Microsoft 365)",
    version_unknown: "I don't know",
    q_version_new: "The version of Outlook (new), if you know it",
    // No POP build boundary is sourced (docs/knowledge/outlook-new.md A4): informational only.
    version_new_help: "Settings (gear) → General → About Outlook shows a number like \"1.2025.…\". It helps the help desk. If you don't know, leave it empty and select Next.",
    version_new_label: "Version",
    version_new_hint: "For example: 1.2025.512.100",
    q_version_ios: "Which iOS does your iPhone / iPad have?",
    version_ios_help: "See Settings → General → About → iOS Version. From iOS 18 the Mail settings moved.",
    version_ios_18: "iOS 18 or later",
    version_ios_17: "iOS 17 or earlier",

    q_task: "What do you need?",
    task_new: "Set up my mail",
    task_new_desc: "Add your mail to this app for the first time.",
    task_stopped: "It stopped working / check my settings",
    task_stopped_desc: "Type the settings your app shows and we tell you what to change.",
    task_replaced: "Windows Update replaced my Mail app",
    task_replaced_desc: "When the Mail app was replaced by Outlook (new).",
    task_blocked: "My login is blocked",
    task_blocked_desc: "When you were told about a \"suspicious login\".",

    protocol_q: "How to receive",
    protocol_imap: "IMAP (recommended)",
    protocol_pop: "POP",
    protocol_diff: "IMAP keeps your mail on the server, so your phone and your PC show the same mail. POP moves your mail onto this device, so other devices may no longer see it.",
    pop_not_in_app: "This app (this version) cannot use POP, so these are the IMAP steps.",
    expect_label: "You should see",
    values_label: "Values to type",
    copy: "Copy",
    copied: "Copied",
    copy_label: "Copy the value of \"{label}\"",
    no_password_note: "Type your password in the app yourself. This page never asks for it.",
    other_topics: "Other guides",
    open_guide_page: "Show these steps on their own (to print or share)",

    mobileconfig_title: "Way 1: install a settings file (no typing)",
    mobileconfig_intro: "A settings file (.mobileconfig) fills in the server names for you. There is no password in the file: you are asked for it when you install it.",
    mobileconfig_steps: [
        "Download the settings file (on iPhone, open it in Safari).",
        "Open the Settings app.",
        "Tap \"Profile Downloaded\" near the top.",
        "Tap Install and follow the screens; type your mail password when asked.",
    ],
    mobileconfig_mac: "On a Mac, after downloading, install it from System Settings → Privacy & Security → Profiles.",
    method_or: "or",
    method_manual: "Way 2: type the settings yourself",

    q_check: "Type the settings your app shows",
    check_where: "You find them under {open_settings}. Fill in what you can.",
    check_incoming: "Incoming",
    check_outgoing: "Outgoing",
    choose: "(choose)",
    switch_on: "On",
    switch_off: "Off",
    result_title: "Result",
    result_empty: "Type your settings and the result appears here.",
    findings_title: "What we found",
    no_problem: "We found nothing wrong in these settings. Try typing your password again in the app.",
    findings_none_yet: "Nothing wrong in the values typed so far. See the summary above.",
    notices_title: "Please read first (about your computer or app)",
    changes_title: "Change these",
    change_now: "Now",
    change_to: "Should be",
    fix_steps_title: "How to fix it",
    error_title: "It says this",
    error_label: "Paste the error message your app shows",
    error_hint: "For example: 0x800CCC0E, \"Cannot connect to the server\"",
    error_none: "We did not recognise an error in this text.",
    error_checks: "What to check",

    support_title: "Still not working?",
    support_phone: "Please call {isp} support on {phone}.",
    support_url: "Support page",
    support_say: "When you call, telling us what this page showed helps us help you faster.",

    guides_title: "Setup guides",
    guides_intro: "Choose your app and what you need.",
    guide_address_label: "Your e-mail address",
    guide_sample_note: "These are the values for the example \"{address}\". Type your own address to see yours.",
    guide_not_found: "We could not find these steps.",
    guide_back_index: "All setup guides",
    guide_start_help: "Answer a few questions instead (self-help)",
    kinds: [
        "Set up my mail",
        "Check and fix my settings",
        "Make a new mail profile",
        "Repair my account",
        "My Mail app became Outlook (new)",
        "My login is blocked",
    ],
};

/// The table for a language.
pub fn help_strings(lang: Lang) -> &'static HelpStrings {
    mail_doctor_core::word_table::in_lang!(lang, HelpStrings, &JA, &EN)
}

impl HelpStrings {
    pub fn kind(&self, kind: GuideKind) -> &'static str {
        let i = GuideKind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
        self.kinds.get(i).copied().unwrap_or(self.kinds[0])
    }
}
