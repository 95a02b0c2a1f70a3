//! The deployment checks' words in Japanese.

use super::Words;

pub(super) static JA: Words = Words {
    level_error: "エラー",
    level_warning: "注意",
    level_ok: "OK",
    profile_precompressed: "profile.toml の圧縮済みコピーがあります。サーバーは profile.toml を書き換えてもこちらを送り続けます。削除してください。",
    profile_missing: "profile.toml がありません。お客さま向けの help.html は「いまはご案内できません」と表示し、窓口のページはデモ用プロファイル（デモと明示）で動きます。自社のプロファイルを index.html の横に置いてください。",
    profile_too_large: "profile.toml が大きすぎて、ページが読み込みを断ります。",
    profile_not_utf8: "profile.toml が UTF-8 のテキストではありません。",
    profile_is_html: "profile.toml の中身が HTML（ウェブページ）です。",
    profile_invalid: "profile.toml に誤りがあります。窓口のページは誤りを表示してデモで動き、お客さまのページはご案内できません。",
    profile_is_demo: "公開しようとしている profile.toml はデモ用プロファイル（またはその写し）です。お客さまに架空のサーバーと電話番号を案内することになります。",
    profile_no_version: "[profile] version がありません。各ページが、どの版の設定情報を使っているかを表示できません。",
    profile_no_published: "[profile] published（公開日時）がありません。",
    profile_ok: "プロファイルは正しく読めます。",
    file_missing: "リリースのファイルがありません（scripts/build-release の dist/ をそのまま置いてください）。",
    asset_missing: "ページが読み込むファイルがありません。",
    csp_missing: "ページに Content-Security-Policy の meta がありません。",
    csp_unsafe: "script-src がインラインのスクリプトか eval を許しています。",
    csp_probe_missing: "プロファイルの [probe] url のオリジンが、このページの connect-src にありません。ページが同じオリジンから配信されるのでなければ、ブラウザーがサーバーの確認を止めます（deploy/probe/README.md）。",
    csp_resolver_missing: "DNS を調べるページの connect-src に、プロファイルの DNS-over-HTTPS リゾルバーがありません。ブラウザーが DNS の確認をすべて止めます。",
    csp_extra_connect: "このページは DNS を調べないのに、connect-src が自サイト以外への接続を許しています。",
    csp_header_unknown: "nginx の設定の CSP を評価できません（正規表現の map）。scripts/check-deploy で実際に確かめてください。",
    csp_header_missing: "このパスに Content-Security-Policy ヘッダーがありません（meta の方針だけが効き、frame-ancestors は効きません）。",
    csp_header_mismatch: "ヘッダーの CSP がページの meta の CSP と違います。ブラウザーは両方を守るので、厳しい方が黙って勝ちます。（左: meta、右: ヘッダー）",
    csp_header_twice: "このパスには CSP ヘッダーが複数付きます。ブラウザーはすべてを守ります。",
};
