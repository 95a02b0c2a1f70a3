//! Words of the console's tools: the error decoder panel (and its customers' form) and, in a
//! table of their own, the settings-file downloads (the advisor's and the import's words are `tool_pages`'). One struct
//! per language: a field missing from a table is a compile error. `{x}` marks a value filled in
//! with [`fill`].

use mail_doctor_core::Lang;

#[cfg_attr(test, derive(serde::Serialize))]
pub struct ToolsStrings {
    // Decoder panel (agent console).
    pub decoder_title: &'static str,
    pub decoder_side: &'static str,
    pub side_incoming: &'static str,
    pub side_outgoing: &'static str,
    pub side_both: &'static str,
    pub decoder_meaning: &'static str,
    pub decoder_causes: &'static str,
    pub decoder_check: &'static str,
    pub decoder_suspects: &'static str,
    pub decoder_suspects_hint: &'static str,
    pub decoder_confirmed: &'static str,
    pub decoder_unrecognised: &'static str,
    pub decoder_paste_instead: &'static str,

    // Decoder for customers (self-help).
    pub plain_title: &'static str,
    pub plain_label: &'static str,
    pub plain_hint: &'static str,
    pub plain_side_incoming: &'static str,
    pub plain_side_outgoing: &'static str,
    pub plain_side_both: &'static str,
    pub plain_causes: &'static str,
    pub plain_unrecognised: &'static str,
    pub plain_paste_instead: &'static str,
}

pub const JA: ToolsStrings = ToolsStrings {
    decoder_title: "エラーメッセージの解読",
    decoder_side: "どちら側",
    side_incoming: "受信",
    side_outgoing: "送信",
    side_both: "受信・送信",
    decoder_meaning: "意味",
    decoder_causes: "考えられる原因（可能性の高い順）",
    decoder_check: "確かめること",
    decoder_suspects: "このケースの原因候補（順位）",
    decoder_suspects_hint: "入力された設定で確認できた原因を先に並べています。",
    decoder_confirmed: "入力内容で確認済み",
    decoder_unrecognised: "貼り付けられた文からは、登録されているエラーを見つけられませんでした。",
    decoder_paste_instead: "エラー番号（例: 0x800CCC0E）や、サーバーからの返答（例: 535 5.7.8）を、表示されたとおりに貼り付けてください。",

    plain_title: "エラーメッセージの意味を調べる",
    plain_label: "メールアプリに表示されたエラーメッセージ",
    plain_hint: "表示された文をそのまま貼り付けてください。パスワードは入力しないでください。",
    plain_side_incoming: "メールを受信するときのエラーです。",
    plain_side_outgoing: "メールを送信するときのエラーです。",
    plain_side_both: "メールの送信・受信のどちらでも出るエラーです。",
    plain_causes: "よくある原因",
    plain_unrecognised: "このメッセージは、まだ調べられませんでした。",
    plain_paste_instead: "エラー画面に出ている番号（例: 0x800CCC0E）や、「535 5.7.8」のような数字を含む文を、そのまま貼り付けてみてください。",
};

pub const EN: ToolsStrings = ToolsStrings {
    decoder_title: "Error message decoder",
    decoder_side: "Side",
    side_incoming: "incoming",
    side_outgoing: "outgoing",
    side_both: "incoming and outgoing",
    decoder_meaning: "Meaning",
    decoder_causes: "Possible causes (most likely first)",
    decoder_check: "Check",
    decoder_suspects: "Likely causes for this case (ranked)",
    decoder_suspects_hint: "Causes the entered settings confirm come first.",
    decoder_confirmed: "Confirmed by this case",
    decoder_unrecognised: "No known error was found in the pasted text.",
    decoder_paste_instead: "Please paste the error number (such as 0x800CCC0E) or the server's reply (such as 535 5.7.8) exactly as shown.",

    plain_title: "What does this error mean?",
    plain_label: "The error message your mail app shows",
    plain_hint: "Paste the message exactly as shown. Please do not enter your password.",
    plain_side_incoming: "This error happens while receiving mail.",
    plain_side_outgoing: "This error happens while sending mail.",
    plain_side_both: "This error can happen when sending or receiving mail.",
    plain_causes: "Common causes",
    plain_unrecognised: "We could not look up this message yet.",
    plain_paste_instead: "Try pasting the number on the error screen (such as 0x800CCC0E), or the sentence with numbers like \"535 5.7.8\", exactly as shown.",
};

crate::i18n::words! {
/// The settings-file downloads' words: a table of their own, so that the customers' page (whose
/// only tool is the Apple profile's download) does not link the decoder panel's words.
#[cfg_attr(test, derive(serde::Serialize))]
pub struct ExportStrings {
    pub export_title: &'static str,
    pub export_intro: &'static str,
    pub export_thunderbird: &'static str,
    pub export_outlook: &'static str,
    pub export_apple: &'static str,
    pub export_need_address: &'static str,
    pub export_no_profile: &'static str,
    pub export_done: &'static str,
    pub export_failed: &'static str,
    pub export_apple_title: &'static str,
    pub export_apple_steps: [&'static str; 5],
}
}

pub const EXPORT_JA: ExportStrings = ExportStrings {
    export_title: "設定ファイルのダウンロード",
    export_intro: "メールアプリに読み込ませると、サーバーの設定が入ります。パスワードはファイルに含まれません。",
    export_thunderbird: "Thunderbird 用（autoconfig XML）",
    export_outlook: "Outlook 用（Autodiscover XML）",
    export_apple: "iPhone・iPad・Mac 用（構成プロファイル）",
    export_need_address: "メールアドレスを入力すると、ダウンロードできるようになります。",
    export_no_profile: "設定プロファイルを読み込んでいます。少しお待ちください。",
    export_done: "「{file}」をダウンロードしました。",
    export_failed: "ダウンロードできませんでした。もう一度お試しください。",
    export_apple_title: "iPhone・iPad での入れ方",
    export_apple_steps: [
        "上の「iPhone・iPad・Mac 用」ボタンでファイルをダウンロードし、確認が出たら「許可」をタップします。",
        "ホーム画面の「設定」アプリを開きます。",
        "上のほうに出る「プロファイルがダウンロードされました」をタップします。",
        "右上の「インストール」をタップし、画面の案内に沿って進めます。",
        "パスワードは、インストールの途中で iPhone・iPad が尋ねます（ファイルには入っていません）。",
    ],
};

#[cfg(not(feature = "english-on-demand"))]
pub const EXPORT_EN: ExportStrings = ExportStrings {
    export_title: "Download a settings file",
    export_intro: "Open it in the mail app to fill in the server settings. The file contains no password.",
    export_thunderbird: "For Thunderbird (autoconfig XML)",
    export_outlook: "For Outlook (Autodiscover XML)",
    export_apple: "For iPhone, iPad and Mac (configuration profile)",
    export_need_address: "Enter the e-mail address to enable the downloads.",
    export_no_profile: "The settings profile is loading. One moment, please.",
    export_done: "Downloaded \"{file}\".",
    export_failed: "The download did not work. Please try again.",
    export_apple_title: "Installing on iPhone or iPad",
    export_apple_steps: [
        "Download the file with the \"For iPhone, iPad and Mac\" button above, and tap \"Allow\" when asked.",
        "Open the Settings app from the home screen.",
        "Tap \"Profile Downloaded\" near the top.",
        "Tap \"Install\" at the top right and follow the steps on the screen.",
        "The iPhone or iPad asks for the password itself while installing (it is not in the file).",
    ],
};

/// The downloads' table for a language.
pub fn exports(lang: Lang) -> &'static ExportStrings {
    mail_doctor_core::word_table::in_lang!(lang, ExportStrings, &EXPORT_JA, &EXPORT_EN)
}

/// The tools' table for a language.
pub fn tools(lang: Lang) -> &'static ToolsStrings {
    match lang {
        Lang::Ja => &JA,
        Lang::En => &EN,
    }
}
