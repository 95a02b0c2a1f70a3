use super::Strings;

pub const JA: Strings = Strings {
    app_title: "メール設定ドクター",
    app_tagline: "お客さまのメール設定を確認し、正しい設定と直し方をご案内します。",
    skip_to_results: "診断結果へ移動",
    language: "表示言語",

    nav_label: "ページ",
    nav_help: "セルフチェック",
    nav_guides: "設定ガイド",
    nav_agent: "窓口用",
    nav_profile: "プロファイル一覧",
    nav_advisor: "送信数の制限チェック",
    nav_import: "プロファイルの取り込み",
    nav_dns: "DNS チェック",
    nav_login_ip: "ログイン IP の確認",
    nav_server_health: "サーバーの状態",
    nav_survey: "ログの調査",
    skip_to_main: "本文へ移動",
    to_desk_opening: "ページを開いています…",
    to_desk_link: "開かないときは、ここを押してください。",

    loading_profile: "設定プロファイルを読み込んでいます…",
    profile_errors_title: "profile.toml の誤り",
    profile_error_line: "行",
    profile_error_key: "項目",
    profile_error_message: "内容",
    profile_unusable:
        "プロファイルを読み込めないため、診断できません。入力内容はそのまま残ります。",
    profile_unusable_customer:
        "いまはメールの設定情報を読み込めません。しばらくしてから、このページを開き直してください。お急ぎの場合は、ご契約のケーブルテレビ会社の窓口にお電話ください。",



    address: "メールアドレス",
    address_hint: "例: taro@kita.aoi.example.jp",
    servers: "このアドレスのサーバー",
    server_incoming_imap: "受信 (IMAP)",
    server_incoming_pop3: "受信 (POP)",
    server_outgoing: "送信 (SMTP)",

    client: "メールアプリ",
    client_version: "バージョン",
    client_os: "OS",

    protocol: "受信方式",
    host: "サーバー名",
    port: "ポート番号",
    security: "暗号化",
    username: "ユーザー名",
    auth: "認証方式",

    error_text: "表示されたエラー（貼り付け）",

    recipients_per_message: "1 通あたりの宛先数",
    messages: "送信する通数",
    per_minutes: "何分間で送るか",


    findings_title: "見つかったこと",
    expected: "基準",




    not_found_title: "このページは見つかりません。",
    not_found_link: "診断ページへ",

    fatal_title: "申し訳ありません。画面の表示中に問題が起きました。",
    fatal_detail: "入力内容はアドレスバーのリンクに残っています。ページを再読み込みしてください。",
    fatal_reload: "再読み込み",
};
