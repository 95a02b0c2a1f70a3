//! What every page says about the profile in use (components/profile_notice.rs): which one it
//! is, how fresh, why the published one is not in use, and a newer one to switch to. One struct
//! per language: a field missing from a table is a compile error. `{x}` marks a value filled in
//! with `tools::fill`.

use mail_doctor_core::Lang;

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

pub fn status_words(lang: Lang) -> &'static StatusWords {
    match lang {
        Lang::Ja => &JA,
        Lang::En => &EN,
    }
}

static JA: StatusWords = StatusWords {
    id_label: "設定情報",
    id_version: "版",
    id_no_version: "版の記載なし",
    id_published: "公開",
    id_fetched: "取得",
    id_checked: "最終確認",
    id_demo: "デモ用（架空の ISP）",
    saved_copy: "この端末に保存した設定情報（{when} 取得）を使っています。最新を受け取れませんでした：{why}",
    trouble_not_found: "profile.toml が公開されていません（HTTP 404）。",
    trouble_html: "サーバーが profile.toml の代わりにウェブページ（HTML）を返しました。ファイルがないか、ないファイルにトップページを返す設定です。",
    trouble_http: "サーバーが profile.toml にエラーを返しました（HTTP {code}）。",
    trouble_network: "ネットワークにつながらず、profile.toml を読み込めませんでした。",
    trouble_timeout: "profile.toml の応答がありませんでした（時間切れ）。",
    trouble_too_large: "profile.toml が大きすぎます（{size} バイト、上限 {max} バイト）。",
    trouble_unusable: "サーバーの profile.toml が使えない内容（誤りかデモ用）に変わりました。",
    demo_published: "公開されている profile.toml はデモ用プロファイルです。",
    demo_not_real: "いま使っているのは架空の ISP のデモ用設定です。お客さまに案内しないでください。",
    retry: "もう一度読み込む",
    update_offer: "新しい設定情報（版 {version}）が公開されました。入力はそのままで切り替えられます。",
    update_apply: "新しい設定情報に切り替える",
    recheck_failed: "{when} に最新かどうかを確かめられませんでした：{why}",
};

static EN: StatusWords = StatusWords {
    id_label: "Profile",
    id_version: "version",
    id_no_version: "no version given",
    id_published: "published",
    id_fetched: "fetched",
    id_checked: "last checked",
    id_demo: "demo (a made-up ISP)",
    saved_copy: "Using the profile saved on this device (fetched {when}); the latest could not be fetched: {why}",
    trouble_not_found: "No profile.toml is published (HTTP 404).",
    trouble_html: "The server answered profile.toml with a web page (HTML): the file is missing, or missing files get the home page.",
    trouble_http: "The server answered profile.toml with an error (HTTP {code}).",
    trouble_network: "profile.toml could not be loaded: no network.",
    trouble_timeout: "profile.toml did not arrive in time.",
    trouble_too_large: "profile.toml is too large ({size} bytes; at most {max}).",
    trouble_unusable: "The server's profile.toml changed into one that cannot be used (errors, or the demo).",
    demo_published: "The published profile.toml is the demo profile.",
    demo_not_real: "These are a made-up ISP's demo settings: do not give them to a customer.",
    retry: "Try again",
    update_offer: "A new profile has been published (version {version}). You can switch to it; what you typed stays.",
    update_apply: "Switch to the new profile",
    recheck_failed: "At {when} the page could not check that its profile is the latest: {why}",
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
