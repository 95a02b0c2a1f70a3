//! What every page says about the profile in use (components/profile_notice.rs): which one it
//! is, how fresh, why the published one is not in use, and a newer one to switch to. One struct
//! per language: a field missing from a table is a compile error. `{name}` marks a value filled
//! in with `mail_doctor_core::lang::fill`.

use mail_doctor_core::Lang;

crate::i18n::words! {
#[cfg_attr(test, derive(serde::Serialize))]
pub struct StatusWords {
    pub id_label: &'static str,
    pub id_version: &'static str,
    pub id_no_version: &'static str,
    pub id_published: &'static str,
    pub id_fetched: &'static str,
    pub id_checked: &'static str,
    pub id_demo: &'static str,
    /// A saved copy: `{when}` it was fetched, `{why}` the server's was not used.
    pub saved_copy: &'static str,
    pub trouble_not_found: &'static str,
    pub trouble_html: &'static str,
    /// `{code}`
    pub trouble_http: &'static str,
    pub trouble_network: &'static str,
    pub trouble_timeout: &'static str,
    /// `{size}`, `{max}` (bytes)
    pub trouble_too_large: &'static str,
    pub trouble_unusable: &'static str,
    pub demo_published: &'static str,
    /// The desk, on the demo: never give these settings to a customer.
    pub demo_not_real: &'static str,
    pub retry: &'static str,
    /// `{version}`
    pub update_offer: &'static str,
    pub update_apply: &'static str,
    /// A re-check that failed: `{when}`, `{why}`.
    pub recheck_failed: &'static str,
}
}

pub fn status_words(lang: Lang) -> &'static StatusWords {
    mail_doctor_core::word_table::in_lang!(lang, StatusWords, &JA, &EN)
}

static JA: StatusWords = StatusWords {
    id_label: "設定情報",
    id_version: "版",
    id_no_version: "版の記載なし",
    id_published: "公開",
    id_fetched: "取得",
    id_checked: "最終確認",
    id_demo: "デモ用（架空の ISP）",
    saved_copy: "保存済みの設定情報（{when} 取得）を使っています。最新を取得できません：{why}",
    trouble_not_found: "profile.toml が公開されていません（HTTP 404）。",
    trouble_html: "profile.toml の代わりにウェブページ（HTML）が返りました。ファイルがないか、サーバーの設定です。",
    trouble_http: "profile.toml の取得でサーバーエラー（HTTP {code}）。",
    trouble_network: "ネットワークにつながらず profile.toml を読めません。",
    trouble_timeout: "profile.toml の応答が時間切れです。",
    trouble_too_large: "profile.toml が大きすぎます（{size} バイト、上限 {max}）。",
    trouble_unusable: "サーバーの profile.toml が使えない内容（誤りかデモ）になりました。",
    demo_published: "公開中の profile.toml はデモ用です。",
    demo_not_real: "架空の ISP のデモ設定です。お客さまに案内しないでください。",
    retry: "もう一度読み込む",
    update_offer: "新しい設定情報（版 {version}）があります。入力はそのままで切り替えられます。",
    update_apply: "新しい設定情報に切り替える",
    recheck_failed: "{when} の確認に失敗：{why}",
};

#[cfg(not(feature = "english-on-demand"))]
static EN: StatusWords = StatusWords {
    id_label: "Profile",
    id_version: "version",
    id_no_version: "no version given",
    id_published: "published",
    id_fetched: "fetched",
    id_checked: "last checked",
    id_demo: "demo (a made-up ISP)",
    saved_copy: "Using the saved profile (fetched {when}); the latest could not be fetched: {why}",
    trouble_not_found: "No profile.toml is published (HTTP 404).",
    trouble_html: "A web page (HTML) came instead of profile.toml: the file is missing, or the server is set up so.",
    trouble_http: "Server error for profile.toml (HTTP {code}).",
    trouble_network: "No network: profile.toml could not be loaded.",
    trouble_timeout: "profile.toml did not arrive in time.",
    trouble_too_large: "profile.toml is too large ({size} bytes; at most {max}).",
    trouble_unusable: "The server's profile.toml is now unusable (errors, or the demo).",
    demo_published: "The published profile.toml is the demo.",
    demo_not_real: "A made-up ISP's demo settings: do not give them to a customer.",
    retry: "Try again",
    update_offer: "A new profile (version {version}) is out. Switch to it; what you typed stays.",
    update_apply: "Switch to the new profile",
    recheck_failed: "Check at {when} failed: {why}",
};

/// The customers' page with only a saved copy older than the profile allows: `{when}`, `{isp}`,
/// `{phone}` (a function of its own: the desk's pages never say it, and do not link it).
pub fn too_old(lang: Lang, has_phone: bool) -> &'static str {
    match (lang, has_phone) {
        (Lang::Ja, true) => "この端末の設定情報は {when} 取得の古いもので、ご案内に使えません。インターネットにつないで再読み込みするか、{isp}（{phone}）にお電話ください。",
        (Lang::Ja, false) => "この端末の設定情報は {when} 取得の古いもので、ご案内に使えません。インターネットにつないで再読み込みするか、サポート窓口にお電話ください。",
        (Lang::En, true) => "The settings saved on this device (fetched {when}) are too old to guide you. Connect to the internet and reload, or call {isp} on {phone}.",
        (Lang::En, false) => "The settings saved on this device (fetched {when}) are too old to guide you. Connect to the internet and reload, or call the support desk.",
    }
}
