//! The CLI's words in Japanese.

use super::Words;

pub static WORDS: Words = Words {
    deploy_ready: "{dir}: 公開できます（注意 {warnings} 件）",
    deploy_not_ready: "{dir}: このままでは公開できません（エラー {errors} 件、注意 {warnings} 件）",
    export_all_written: "{dir} に {domains} ドメインの autoconfig ファイルを書き出しました",
    import_done: "{providers} 件のプロバイダーを取り込みました。警告 {warnings} 件。",
    profile_more_problems: "{first}（ほかに {more} 件あります。`mail-doctor profile validate --lang ja {path}` ですべて確認できます）",
    profile_ok: "{path}: 問題ありません（ブランド {brands} 件、ドメイン {domains} 件）",
    knowledge_no_client: "クライアント `{name}` はありません（{known}）",
    knowledge_heading_unconfirmed: "未確認の事実（クライアントごと）",
    knowledge_heading_all: "事実と出典（クライアントごと）",
    knowledge_source: "✓ 出典: {source}（{checked} 確認）",
    knowledge_unconfirmed: "? 未確認: {why}",
    knowledge_labels: "ラベル: {labels}",
    knowledge_counts: "未確認 {unconfirmed} 件（全 {facts} 件、確認済み {confirmed} 件）",
    knowledge_total: "合計: {counts}",
    probe_tls_accepted: "受け付ける",
    probe_tls_refused: "拒否",
    probe_tls_untested: "未確認",
    probe_retired: "旧サーバー: {retired} 件を確認、応答なし {silent} 件（正常）、応答あり {answering} 件",
};
