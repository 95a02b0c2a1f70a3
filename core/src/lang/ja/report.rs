//! 日本語の表。サポート窓口の話し方：短い文、入力する値をそのまま、です・ます。

use crate::text::{LabelMarks, Words};

use crate::date::Date;

pub(crate) struct Ja;

pub(crate) static REPORT: Ja = Ja;

/// 英数字で終わる語（「新しい Outlook」「Outlook 2010」）の後ろには、助詞の前に半角スペースを入れます。
fn sp(word: &str) -> String {
    match word.chars().last() {
        Some(c) if c.is_ascii_alphanumeric() || c == ')' => format!("{word} "),
        _ => word.to_string(),
    }
}

/// 英数字で始まる語の前、英数字で終わる語の後ろに半角スペースを入れます（「の Outlook 2010 は」）。
fn around(word: &str) -> String {
    match word.chars().next() {
        Some(c) if c.is_ascii_alphanumeric() => format!(" {}", sp(word)),
        _ => sp(word),
    }
}

/// 画面の名前を「」で囲みます。すでに「」を含む（手順になっている）ものはそのまま。
fn quote(label: &str) -> String {
    if label.contains('「') {
        label.to_string()
    } else {
        format!("「{label}」")
    }
}

/// 「新しい Outlook の「設定」→…」: 画面への道順。道順がアプリの名前で始まるときは繰り返しません。
fn step_path(app: &str, path: &str) -> String {
    if crate::text::path_names_app(path, app) {
        path.to_string()
    } else {
        format!("{}の{}", sp(app), path)
    }
}

/// 「（mail.aoi.example.jp）」のような補足。値がなければ空。
fn paren(value: Option<&str>) -> String {
    value.map(|v| format!("（{v}）")).unwrap_or_default()
}

/// The report's names (`crate::text::Names`).
pub(crate) static NAMES: crate::text::Names = crate::text::Names {
    title_address_invalid: "メールアドレスの形が正しくありません",
    title_domain_unknown: "メールアドレスの @ より後ろ（ドメイン）が見つかりません",
    title_host_retired: "停止した旧サーバーを指定しています",
    title_host_ip_literal: "サーバー名の代わりに IP アドレスが入っています",
    title_host_typo: "サーバー名のつづりが違います",
    title_host_wrong: "サーバー名が違います",
    title_protocol_unavailable: "この受信方式（POP / IMAP）は使えません",
    title_port_wrong: "ポート番号が違います",
    title_security_mismatch: "暗号化方法がポート番号と合っていません",
    title_security_none: "暗号化が「なし」になっています",
    title_smtp_port25: "送信に 25 番ポートを使っています",
    title_smtp_auth_off: "送信サーバーの認証（SMTP 認証）がオフです",
    title_auth_method: "ログインの方式が違います",
    title_username_format: "ユーザー名の形が違います",
    title_username_mismatch: "ユーザー名が別のアカウントになっています",
    title_client_no_pop: "お使いのメールアプリは POP を使えません",
    title_client_tls_legacy: "お使いの環境は新しい暗号化方式に対応していません",
    title_client_end_of_support: "メールアプリのサポートが終了しています",
    title_client_cloud_sync: "マイクロソフトのサーバーを経由して送受信するアプリです",
    title_recipients_over_limit: "1 通の宛先が多すぎます",
    title_send_rate_over_limit: "短い時間に送る通数が多すぎます",
    title_dns_retired: "パソコンや機器が古いサーバーのアドレスを使っています",
    title_security_auto: "暗号化方法が「自動」になっています",
    title_os_end_of_support: "パソコンやスマートフォンの OS のサポートが終了しています",
    title_foreign_login_blocked: "海外からのログイン制限で、送信が止められています",
    field_address: "メールアドレス",
    field_client: "メールアプリ",
    field_client_version: "メールアプリのバージョン",
    field_client_os: "OS（パソコンやスマートフォンの基本ソフト）",
    field_incoming_protocol: "受信方式（POP / IMAP）",
    field_incoming_host: "受信メールサーバー",
    field_incoming_port: "受信サーバーのポート番号",
    field_incoming_security: "受信サーバーの暗号化方法",
    field_incoming_username: "ユーザー名",
    field_incoming_auth: "受信サーバーの認証方式",
    field_outgoing_host: "送信メールサーバー（SMTP）",
    field_outgoing_port: "送信サーバーのポート番号",
    field_outgoing_security: "送信サーバーの暗号化方法",
    field_outgoing_username: "送信サーバーのユーザー名",
    field_outgoing_auth: "送信サーバーの認証（SMTP 認証）",
    field_sending: "送信のしかた（宛先の数・送る通数）",
    field_resolved: "パソコンが調べたサーバーのアドレス",
    security_ssl: "SSL/TLS",
    security_starttls: "STARTTLS",
    security_none: "なし（暗号化しない）",
    security_auto: "自動",
    severity_error: "要修正",
    severity_warning: "注意",
    severity_info: "お知らせ",
    mark_error: "【要修正】",
    mark_warning: "【注意】",
    mark_info: "【お知らせ】",
    other_title_password_wrong: "パスワードが違います",
    other_title_account_locked: "アカウントが一時的に止められています",
    other_title_server_side: "メールサーバー側の問題です",
    other_title_network: "インターネット接続の問題です",
    other_title_antivirus: "ウイルス対策ソフトやファイアウォールが妨げています",
    other_detail_password_wrong: "パスワードが違うとログインできません。大文字と小文字、全角と半角の違いも確かめます。忘れた場合は、パスワードの再発行を申し込みます。",
    other_detail_account_locked: "パスワードを何度も間違えたり、不正なログインが疑われたりすると、しばらくログインできなくなります。サポート窓口で状態を確かめます。",
    other_detail_server_side: "メールサーバーの障害やメンテナンスの可能性があります。障害・メンテナンス情報を確かめ、時間をおいて試します。",
    other_detail_network: "インターネットにつながっていないか、不安定です。ほかのホームページが見られるか、ルーターの電源を入れ直して試します。",
    other_detail_antivirus: "ウイルス対策ソフトのメール検査やファイアウォールが、暗号化した通信を妨げることがあります。メール検査を一時的に止めて試します。",
    symptom_cannot_send: "送信できない",
    symptom_cannot_receive: "受信できない",
    symptom_password_prompt: "パスワードを何度も聞かれる",
    symptom_slow: "送受信が遅い",
    symptom_login_blocked: "ログインが止められる",
    pasted_error: "エラーが表示される",
    on: "オン",
    off: "オフ",
};

/// The report's sentences (`crate::text::sentences::Sentences`).
pub(crate) static SENTENCES: crate::text::sentences::Sentences = crate::text::sentences::Sentences {
    summary_ok_1: "入力された設定はすべて正しい値です。このままお使いいただけます。",
    summary_notes_1: "入力された設定はすべて正しい値です。このままお使いいただけます（お知らせ：{first_title}）。",
    summary_nothing_checked_1: "まだ設定を確かめていません。お客さまのメールアプリに表示されている受信サーバー・送信サーバーの設定を入力してください。",
    summary_incomplete_1: "入力された設定は正しい値です。まだ確かめていない項目があります：{missing}。",
    summary_cause_1: "{reported}とのことです。入力された設定には誤りが見つかりません。いちばん考えられる原因：{cause}。",
    summary_next_1: "{reported}とのことです。まだ原因はわかりません。下の手順で確かめます。",
    summary_next_2: "{reported}とのことです。まだ原因はわかりません。次に確かめる項目：{missing}。",
    more_fields_1: "ほか {n} 項目",
    table_label_1: "受信サーバーの{label}",
    table_label_2: "送信サーバーの{label}",
    step_choose_1: "{target}で「{choice}」を選びます。",
    step_enter_1: "{target}に {value} と入力します。",
    step_check_1: "{target}にチェックを入れます（オンにします）。",
    step_check_2: "{target}のチェックを外します（オフにします）。",
    step_switch_1: "{target}をオンにします。",
    step_switch_2: "{target}をオフにします。",
    step_outgoing_auth_1: "{target}で、送信サーバーの認証（SMTP 認証）を使う設定にします。",
    step_type_password_1: "パスワードを入力します。",
    step_keep_old_account_1: "（{old_protocol}）",
    step_keep_old_account_2: "前のアカウント{old}は、新しいアカウントで送受信できることを確かめてから削除します。前のアカウントに残したいメールがあれば、先に移しておきます。",
    step_settings_match_1: "設定はすべて正しい値になっています。このままお使いいただけます。",
    step_compare_settings_1: "メールアプリの設定を「正しい設定」の値と一つずつ見比べ、違うところを直します。",
    step_ask_support_1: "サポート窓口にお問い合わせください。",
    step_pass_error_on_1: "画面に表示されたエラーの文言をそのまま控え、表示された時刻とあわせてサポート窓口にお伝えください。",
    dns_windows_1: "古いサーバー名",
    dns_windows_2: "スタートメニューで「cmd」と入力し、「コマンド プロンプト」を開きます。",
    dns_windows_3: "ipconfig /flushdns と入力して Enter キーを押します（パソコンが覚えているサーバーのアドレスを消します）。",
    dns_windows_4: "メモ帳を「管理者として実行」で開き、C:\\Windows\\System32\\drivers\\etc\\hosts を開きます。{target} が書かれた行があれば削除して保存します。",
    dns_windows_5: "メールアプリを閉じて開き直し、送受信を試します。",
    dns_macos_1: "古いサーバー名",
    dns_macos_2: "「アプリケーション」→「ユーティリティ」→「ターミナル」を開きます。",
    dns_macos_3: "sudo dscacheutil -flushcache; sudo killall -HUP mDNSResponder と入力して return キーを押し、Mac にログインするときのパスワードを入力します。",
    dns_macos_4: "/etc/hosts に {target} が書かれた行があれば、削除します。",
    dns_macos_5: "メールアプリを終了して開き直し、送受信を試します。",
    dns_phone_1: "機内モードをオンにして、10 秒ほど待ってからオフにします。",
    dns_phone_2: "直らないときは、スマートフォンを再起動してから送受信を試します。",
    dns_device_1: "（{host}）",
    dns_device_2: "機器の設定画面で、メールサーバーに古いサーバー名{target}や IP アドレスが入っていないか確かめ、入っていれば新しいサーバー名にします。",
    dns_device_3: "機器の DNS サーバーの設定を確かめ、機器の電源を入れ直します。",
    dns_device_4: "DNS を設定できない機器の場合は、その旨をサポート窓口にお伝えください。",
    dns_unknown_1: "古いサーバー名",
    dns_unknown_2: "パソコンやスマートフォンを再起動してから、送受信を試します。",
    dns_unknown_3: "直らないときは、hosts ファイル（Windows は C:\\Windows\\System32\\drivers\\etc\\hosts、Mac は /etc/hosts）に {target} が書かれていないか確かめます。",
    tls_windows_old_1: "{os} のメールアプリは、初期設定のままでは TLS {min_tls} で接続できません。この設定の変更はお客様にはお願いしていません。",
    tls_windows_old_2: "サポート中の OS（Windows 11 など）のパソコンで、新しいメールアプリを使います。",
    tls_phone_1: "この OS",
    tls_phone_2: "{os} では TLS {min_tls} を使えないことがあります。OS を最新に更新します。",
    tls_phone_3: "更新できない端末では、このメールは使えません。新しい端末への買い替えをお勧めします。",
    os_end_of_support_1: "この OS",
    os_end_of_support_2: "{d}に",
    os_end_of_support_3: "{os} は{when}サポートが終了しています。OS の更新か、サポート中の機器への買い替えをお勧めします。",
    client_no_pop_1: "この Outlook では POP を選べないか、メールサーバーに接続できないという表示が出ます。",
    client_no_pop_2: "その場合は、IMAP でアカウントを追加します。",
    cloud_sync_1: "アカウントを追加するとき、マイクロソフトのクラウドとの同期に同意する画面が出ます。「続行」を選ぶと使えるようになります。",
    cloud_sync_2: "メールのコピーはマイクロソフトのサーバーにも保存され、ログインは海外のアドレスから行われます。これは正常な動きです。",
    recipients_over_limit_1: "1 通に入れる宛先（宛先・CC・BCC の合計）を {cap} 件以下にします。",
    recipients_over_limit_2: "{n} 件に送る場合は、{cap} 件以下ずつ {parts} 通に分けて送ります。",
    domain_unknown_1: "メールアドレスの @ より後ろ（{d}）のつづりを確かめます。",
    domain_unknown_2: "メールアドレスの @ より後ろのつづりを確かめます。",
    domain_unknown_3: "{s} ではありませんか。正しいドメインで、もう一度調べます。",
    domain_unknown_4: "契約書類に書かれたメールアドレスと見比べます。",
    address_invalid_1: "メールアドレス（{a}）を確かめます。",
    address_invalid_2: "メールアドレスを確かめます。",
    address_invalid_3: "@ が一つだけ入っているか、空白や全角文字が混じっていないかを見ます。",
    address_invalid_4: "契約書類に書かれたメールアドレスと見比べます。",
    heading_summary_1: "■ 診断結果",
    heading_findings_1: "■ 見つかったこと",
    heading_settings_1: "■ 正しい設定",
    heading_settings_2: "■ 正しい設定（{app}）",
    heading_steps_1: "■ 直し方",
    heading_contact_1: "■ お問い合わせ",
    detail_host_ip_literal_1: "このアドレスは{date}に停止した旧サーバーのものです。",
    detail_host_ip_literal_2: "このアドレスは停止した旧サーバーのものです。",
    detail_host_ip_literal_3: "サーバー名 {e} を入力します。",
    detail_host_ip_literal_4: "サーバー名を入力します。",
    detail_host_ip_literal_5: "{retired}数字のアドレスは、サーバーの移転で使えなくなります。{now}",
    detail_host_typo_1: "{o} は {e} の入力間違いと思われます。このままではサーバーにつながりません。",
    detail_host_typo_2: "サーバー名が少し違うため、サーバーにつながりません。",
    detail_host_wrong_1: "{o} はこのアカウントの{field}ではありません。正しくは {e} です。",
    detail_host_wrong_2: "このアカウントのサーバーではないため、送受信できません。",
    detail_protocol_unavailable_1: "{protocol} で設定します。",
    detail_protocol_unavailable_2: "このメールアドレスでは {protocol} を提供していません。{now}",
    detail_protocol_unavailable_3: "この受信方式は提供していません。{now}",
    detail_port_wrong_1: "{o} 番ではつながりません。{e} 番にします。",
    detail_port_wrong_2: "このポート番号ではサーバーにつながりません。",
    detail_security_mismatch_1: "このポート番号には「{security}」が必要ですが、「{set_security}」になっています。このままでは接続が途中で切れたり、時間切れになったりします。",
    detail_security_mismatch_2: "暗号化方法とポート番号の組み合わせが違うと、接続が途中で切れたり、時間切れになったりします。",
    detail_security_none_1: "「{security}」にします。",
    detail_security_none_2: "サーバーは暗号化した接続しか受け付けません。{now}",
    detail_security_auto_1: "「{security}」を選びます。",
    detail_security_auto_2: "「自動」では暗号化せずに接続しようとして、失敗することがあります。{now}",
    detail_smtp_port25_1: "{e} 番を使います。",
    detail_smtp_port25_2: "587 番か 465 番を使います。",
    detail_smtp_port25_3: "25 番ポートは迷惑メール対策（OP25B：25 番ポートの送信制限）のため、メールの送信には使えません。{now}",
    detail_smtp_port25_4: "25 番ポートはメールソフトからの送信には使いません。{now}",
    detail_smtp_auth_off_1: "送信するときにも、ユーザー名とパスワードで確認する設定が必要です。オフのままでは送信が断られます。",
    detail_auth_method_1: "「{auth}」では",
    detail_auth_method_2: "この方式では",
    detail_auth_method_3: "{what}ログインできません。通常のパスワード認証にします（通信は暗号化されます）。",
    detail_username_format_1: "別のアカウントのユーザー名では、このメールアドレスのメールを送受信できません。",
    detail_username_format_2: "ユーザー名の形が違うと、パスワードが正しくてもログインできません。",
    detail_username_format_3: "{first}{o} ではなく {e} と入力します。",
    detail_username_format_4: "{first}{e} と入力します。",
    detail_client_no_pop_1: "初期の新しい Outlook には POP がありませんでした（2024年に対応）。アプリを更新するか、IMAP で設定します。",
    detail_client_tls_legacy_1: "サーバーは TLS {min} 以上の暗号化しか受け付けません。古い機種は対応していないことがあり、その場合は設定が正しくても送信できません。",
    detail_client_tls_legacy_2: "この環境で使えるのは TLS {o} までです。",
    detail_client_tls_legacy_3: "この環境は初期設定のままでは対応していません。",
    detail_client_tls_legacy_4: "サーバーは TLS {min} 以上の暗号化しか受け付けません。{max}そのため、設定が正しくても送受信できません。",
    detail_client_cloud_sync_1: "新しい Outlook は、パソコンからではなく、マイクロソフトのクラウドのサーバーからメールサーバーにログインします。そのため、ログインは海外の IP アドレスからになります。",
    detail_foreign_login_blocked_1: "（{ip}）",
    detail_foreign_login_blocked_2: "新しい Outlook は、マイクロソフトのサーバー{from}からメールサーバーにログインして送信します。当社の海外ログイン制限がこれを不正なログインと判断し、送信を断りました（SMTP 554）。お客さまの設定の誤りではありません。",
    detail_recipients_over_limit_1: "1 通に入れられる宛先は {cap} 件までです。超えると送信が断られます。",
    detail_recipients_over_limit_2: "1 通に入れられる宛先の数には上限があります。超えると送信が断られます。",
    detail_send_rate_over_limit_1: "送信は、どの {t} 分間をとっても {n} 通までです。まとめて送ると、途中から送信が止められます。",
    detail_send_rate_over_limit_2: "短い時間に送れる通数には上限があります。まとめて送ると、途中から送信が止められます。",
    detail_dns_retired_1: "{h} を、停止した旧サーバーのアドレス {i} として",
    detail_dns_retired_2: "{h} を、停止した旧サーバーのアドレスとして",
    detail_dns_retired_3: "停止した旧サーバーのアドレス {i} を",
    detail_dns_retired_4: "停止した旧サーバーのアドレスを",
    detail_dns_retired_5: "パソコンや機器が、{target}覚えています。古い情報（DNS のキャッシュや hosts ファイル）が残っているため、つながりません。",
    title_host_retired_1: "{field}が停止した旧サーバー{observed}です",
    title_host_ip_literal_1: "{field}にサーバー名ではなく IP アドレス{observed}が入っています",
    title_host_typo_1: "{field}のつづりが違います{observed}",
    title_host_wrong_1: "{field}が違います{observed}",
    title_protocol_unavailable_1: "受信方式 {protocol} は使えません",
    title_port_wrong_1: "{field}が違います（{o} → {e}）",
    title_port_wrong_2: "{field}が違います",
    title_security_mismatch_1: "{field}がポート番号と合っていません",
    title_security_none_1: "{field}が「なし」になっています",
    title_security_auto_1: "{field}が「自動」になっています",
    title_username_format_1: "ユーザー名はメールアドレス全体を入力します",
    title_username_format_2: "ユーザー名は @ より前の部分だけを入力します",
    title_client_tls_legacyifctx_1: "TLS {min} に対応しているか、機種ごとに確かめが必要です",
    title_os_end_of_support_1: "{os} はサポートが終了しています",
    title_recipients_over_limit_1: "1 通の宛先が多すぎます（{n} 件）",
    title_domain_unknown_1: "メールアドレスの @ より後ろが見つかりません（{e} の間違いかもしれません）",
    summary_problems_alone: "{first_title}。下の手順で直します。",
    summary_problems_one_more: "{first_title}。ほかに 1 件、直す点があります。下の手順で直します。",
    summary_problems_more: "{first_title}。ほかに {more} 件、直す点があります。下の手順で直します。",
    step_open_path: "{path}を開きます。",
    step_open_in_app: "{app}で、{path}を開きます。",
    step_new_account: "{app}にメールアカウントを新しく追加します（今のアカウントの受信方式は後から変えられません）。{label}で{protocol}を選びます。",
    target_incoming: "受信サーバーの{target}",
    target_outgoing: "送信サーバーの{target}",
    step_close_screens: "{button}を押して、最初の画面に戻ります。",
    step_save: "最後に{save}で設定を保存し、メールを送受信できるか確かめます。",
    step_save_send_only: "最後に{save}で設定を保存し、テストメールが届くか確かめます。",
    step_read_settings: "{path}を開いてもらい、表示されている受信サーバー・送信サーバーの設定（サーバー名・ポート番号・暗号化方法・ユーザー名）を読み上げてもらいます。",
    step_read_missing: "{path}を開き、次の項目を確かめます：{missing}。",
    step_likely_cause: "いちばん考えられる原因は「{title}」です。{detail}",
    tls_device_ask: "機器のメーカーに、この機種が TLS {min_tls} で送信できるか問い合わせます。",
    tls_device_ways_out: "対応していない場合は、{ways_out}。",
    tls_other: "{app}と OS を最新に更新します。それでも TLS {min_tls} で接続できない場合は、ほかのメールアプリを使います。",
    tls_other_unknown: "メールアプリと OS を最新に更新します。それでも TLS {min_tls} で接続できない場合は、ほかのメールアプリを使います。",
    this_app: "このメールアプリ",
    ended_on: "{date}に",
    client_end_of_support: "{app}は{when}サポートが終了しています。サポート中のメールアプリへの移行をお勧めします。",
    foreign_login_blocked_customer: "お客さまへ：新しい Outlook は、マイクロソフトのサーバー（海外にもあります）を通して送受信します。当社の海外ログイン制限が、それを不正なログインと判断して送信を止めました。設定の誤りではありません。",
    foreign_login_blocked_meanwhile: "当社で確認します。確認が済むまでは、パソコンから直接つながるメールアプリ（Outlook（クラシック）、Thunderbird など）で送ることができます。",
    foreign_login_blocked_exempt: "窓口：IP アドレス・時刻・アカウントを控えて、メール運用担当に例外の範囲の確認を依頼します。",
    foreign_login_blocked_not_exempt: "窓口：IP アドレス・時刻・アカウントを控えて、メール運用担当に扱いの判断を依頼します。",
    device_host_name: "機器にサーバー名を入力できない（IP アドレスしか入らない、DNS を設定できない）場合は、{ways_out}。どれも難しいときは、サポート窓口が個別にご相談に応じます。",
    send_rate_limit: "送信は、どの {t} 分間をとっても {n} 通以下にします。",
    send_rate_pace: "一度にまとめて送らず、1 通ごとに {gap_seconds} 秒以上あけて送ります。まとめて送る場合は {n} 通以下ずつにし、最後の 1 通から {next} 分以上（{t} 分ちょうどでは足りません）あけて次を送ります。",
    send_rate_unknown: "宛先や送る通数を減らし、時間をあけて送ります。",
    contact_phone: "電話 {phone}",
    contact_desk: "サポート窓口",
    contact_isp_desk: "{isp} サポート窓口",
    contact: "{who}：{ways}",
    title_client_no_pop: "{app}のこのバージョンは POP を使えません",
    title_client_tls_legacy_os: "{os} の{app}は TLS {min} で接続できません",
    title_client_tls_legacy: "{app}は TLS {min} で接続できません",
    title_client_end_of_support: "{app}はサポートが終了しています",
    title_client_cloud_sync: "{app}はマイクロソフトのサーバーを経由して送受信します",
    title_foreign_login_blocked: "海外からのログイン制限で、{app}の送信が止められています",
    detail_address_invalid_value: "{o} はメールアドレスとして読めません。@ が一つ、空白なし、@ の後ろにドメイン（例: example.jp）が必要です。",
    detail_address_invalid: "メールアドレスとして読めません。@ が一つ、空白なし、@ の後ろにドメイン（例: example.jp）が必要です。",
    detail_domains_of: "{isp}",
    detail_domains_ours: "当社",
    detail_domain_unknown_value: "{d} は{whose}のメールのドメインにありません。",
    detail_domain_unknown: "このドメインは{whose}のメールのドメインにありません。",
    detail_domain_typo: "{first}{e} の入力間違いかもしれません。",
    detail_domain_check: "{first}契約書類に書かれたメールアドレスを確かめます。",
    detail_host_retired_server: "このサーバー",
    detail_host_retired_now: "いまは {e} を使います。",
    detail_host_retired_on: "{host} は{date}に停止した旧サーバーです。つながりません。{now}",
    detail_host_retired: "{host} はすでに停止した旧サーバーです。つながりません。{now}",
    detail_client_end_of_support_on: "{app}のサポートは{date}に終了しました。安全のための更新がなく、これから使えなくなるおそれがあります。",
    detail_client_end_of_support: "{app}のサポートはすでに終了しました。安全のための更新がなく、これから使えなくなるおそれがあります。",
    detail_this_os: "この OS",
    detail_os_end_of_support_on: "{os} のサポートは{date}に終了しました。新しい暗号化方式に対応できず、これから送受信できなくなるおそれがあります。",
    detail_os_end_of_support: "{os} のサポートはすでに終了しました。新しい暗号化方式に対応できず、これから送受信できなくなるおそれがあります。",
};

impl Words for Ja {
    fn paren(&self, value: Option<&str>) -> String {
        paren(value)
    }

    fn field_in_sentence(&self, name: &str) -> String {
        name.to_string()
    }

    fn label_marks(&self) -> LabelMarks {
        LabelMarks {
            open: "「",
            close: "」",
            like: "のような項目",
            note: "（表示が違うことがあります）",
        }
    }

    fn auth_name(&self, auth: &str) -> String {
        match auth.trim().to_ascii_lowercase().as_str() {
            "spa" => "セキュリティで保護されたパスワード認証（SPA）".to_string(),
            "cram-md5" => "暗号化されたパスワード認証（CRAM-MD5）".to_string(),
            "oauth2" => "OAuth2".to_string(),
            "none" => "認証なし".to_string(),
            "password" => "通常のパスワード認証".to_string(),
            other => other.to_string(),
        }
    }

    fn date(&self, date: Date) -> String {
        format!("{}年{}月{}日", date.year, date.month, date.day)
    }

    fn list(&self, items: &[&str]) -> String {
        items.join("、")
    }

    fn quote(&self, label: &str) -> String {
        quote(label)
    }

    fn name(&self, name: &str) -> String {
        sp(name)
    }

    fn name_inside(&self, name: &str) -> String {
        around(name)
    }

    fn screen(&self, path: &str) -> String {
        sp(path)
    }

    fn path_inside(&self, path: &str) -> String {
        sp(path)
    }

    fn path_in_app(&self, app: &str, path: &str) -> String {
        step_path(app, path)
    }

    fn title_case(&self, title: String) -> String {
        title
    }
}

/// The agent's words (`crate::text::AgentTexts`).
pub(crate) static AGENT: crate::text::AgentTexts = crate::text::AgentTexts {
    retired: "旧設備",
    retired_note: "：{note}",
    retired_ips: "。旧 IP: {ips}",
    retired_replaced_by: "。移行先: servers.{set}",
    retired_devices: "。DNS を設定できない機器（複合機など）は個別対応のため、メール運用担当へ連絡します。",
    cloud_block_off: "海外ログイン制限は無効です。ログイン元がマイクロソフトの IP でも止まりません。",
    cloud_block_exempt: "海外ログイン制限は有効ですが、マイクロソフトのクラウドの IP は対象外です。ログに海外 IP があっても、マイクロソフトの範囲なら正規のログインです（IP 判定ツールで確認）。",
    cloud_block_not_exempt: "海外ログイン制限が有効で、マイクロソフトのクラウドは対象外になっていません。ログインや送信（SMTP 554）が止められます。制限の扱いはメール運用担当へ相談します。",
    blocked_exempt: "マイクロソフトのクラウドは海外ログイン制限の対象外のはずですが、止められました。IP・時刻・アカウントをメール運用担当に渡し、例外の範囲（IP の一覧）を確かめてもらいます。",
    blocked_not_exempt: "海外ログイン制限はマイクロソフトのクラウドも止めます。新しい Outlook を使うには、メール運用担当が例外にするかどうかを判断します。IP・時刻・アカウントを渡します。",
    no_pop: "新しい Outlook がどのバージョンから POP を使えるかは、マイクロソフトの資料で確認できていません。POP が選べないとき、またはメールサーバーに接続できないという内容の表示が出たときは、IMAP で設定します。バージョンは「設定」→「全般」→「Outlook について」で確認できます。",
    tls_legacy: "サーバー側で TLS {min} 未満は無効化済みで、個別の例外はできません。Windows 7 のレジストリ変更はお客様作業としては案内しません。",
    port_25: "OP25B：当社回線からの 25 番ポート送信は止めています。他社回線でも多くが同様です。",
    bulk_sending: "複合機や業務システムなど機械からの一斉送信が多い例です。送信側の設定（分割・間隔）の変更をお願いします。",
    auth_method: "Outlook の SPA（NTLM）がオンだと 0x800CCC18 などのログオンエラーになります。",
    handoff_ip: "IP アドレス",
    handoff_time: "時刻",
    handoff_time_ask: "時刻：エラーが出た時刻をお客さまに伺います",
    handoff_account: "アカウント",
    handoff_device: "機器の送信先",
    handoff_ask_foreign: "依頼：海外ログイン制限でマイクロソフトのクラウドを例外にするかの判断",
    handoff_ask_foreign_exempt: "依頼：マイクロソフトのクラウドの例外が効かなかった理由の確認（IP の一覧）",
    handoff_ask_device: "依頼：サーバー名や DNS を設定できない機器の個別対応",
    ip_microsoft: "マイクロソフトのクラウド",
    ip_retired: "当社の停止した旧サーバー",
    ip_other: "マイクロソフトのクラウド以外",
};
