//! Windows Live Mail 2012 (support ended 2017-01-10).

use crate::guide::Value::{
    Address, IncomingHost, IncomingPort, IncomingSecurity, OutgoingHost, OutgoingPort,
    OutgoingSecurity, Protocol, Username,
};
use crate::guide::{step, ClientGuides, GuideDef, GuideKind, StepDef, CHECK_BOX};
use crate::lang::Text;

const OLD_APP: StepDef = step(
    "ご注意：Windows Live メールは 2017 年にサポートが終わっています。古い暗号化（TLS 1.0/1.1）しか使えない環境では、送受信できないことがあります。",
    "Note: Windows Live Mail support ended in 2017. Where it can only use old encryption (TLS 1.0/1.1) it may fail to send or receive.",
);

const SERVERS_TAB: StepDef = step(
    "「サーバー」タブ：受信メールは「{incoming_host}」、送信メール (SMTP) は「{outgoing_host}」、「ユーザー名」は「{username}」です。パスワードはご自身で入力します。{auth_method}は「{auth_value}」です。{spa}のチェックは外します。{outgoing_auth}にチェックを入れます。",
    "Servers tab: incoming mail {incoming_host}, outgoing mail (SMTP) {outgoing_host}, Email username {username}. Type the password yourself. {auth_method}: \"{auth_value}\". Clear {spa}. Tick {outgoing_auth}.",
)
.values(&[IncomingHost, OutgoingHost, Username]);

const ADVANCED_TAB: StepDef = step(
    "「詳細設定」タブ：送信メール (SMTP) のポート番号は「{outgoing_port}」。{outgoing_security} 受信メールのポート番号は「{incoming_port}」。{incoming_security}",
    "Advanced tab: outgoing mail (SMTP) port {outgoing_port}. {outgoing_security} Incoming mail port {incoming_port}. {incoming_security}",
)
.values(&[OutgoingPort, OutgoingSecurity, IncomingPort, IncomingSecurity]);

const TEST_MAIL: StepDef = step(
    "「適用」→「OK」を選び、自分のアドレス「{address}」宛てにテストメールを送ります。",
    "Select Apply → OK, then send a test message to yourself ({address}).",
)
.expect(
    "「送受信」でテストメールが届きます。",
    "The test message arrives when you select Send/Receive.",
);

const NEW_ACCOUNT: &[StepDef] = &[
    OLD_APP,
    step(
        "「アカウント」タブ →「電子メール」を選びます。",
        "Select the Accounts tab → Email.",
    ),
    step(
        "「電子メール アドレス」に「{address}」を入力し、パスワードはご自身で入力します。「手動でサーバー設定を構成する」にチェックを入れて「次へ」を選びます。",
        "Type {address} in Email address and your password yourself. Tick \"Manually configure server settings\", then Next.",
    )
    .values(&[Address]),
    step(
        "受信サーバー情報：「サーバーの種類」は{protocol_item}、「サーバーのアドレス」は「{incoming_host}」、「ポート」は「{incoming_port}」。{incoming_security} 「ログオン ユーザー名」は「{username}」です。",
        "Incoming server information: server type {protocol_item}, server address {incoming_host}, port {incoming_port}. {incoming_security} Logon user name {username}.",
    )
    .values(crate::guide::INCOMING),
    step(
        "送信サーバー情報：「サーバーのアドレス」は「{outgoing_host}」、「ポート」は「{outgoing_port}」。{outgoing_security} 「認証が必要」にチェックを入れ、「次へ」→「完了」を選びます。",
        "Outgoing server information: server address {outgoing_host}, port {outgoing_port}. {outgoing_security} Tick \"Requires authentication\", then Next → Finish.",
    )
    .values(crate::guide::OUTGOING),
    step(
        "念のため、{open_settings} でも確かめます。",
        "To be sure, check it again under {open_settings}.",
    )
    .values(&[Protocol]),
    SERVERS_TAB,
    ADVANCED_TAB,
    TEST_MAIL,
];

const FIX_EXISTING: &[StepDef] = &[
    OLD_APP,
    step("{open_settings} と進みます。", "Go to {open_settings}."),
    SERVERS_TAB,
    ADVANCED_TAB,
    TEST_MAIL,
];

pub(super) static GUIDES: ClientGuides = ClientGuides {
    toggles: CHECK_BOX,
    readd_to_fix: false,
    guides: &[
        GuideDef {
            kind: GuideKind::NewAccount,
            title: Text::table(
                "Windows Live メール：アカウントを追加する（{protocol}）",
                "Windows Live Mail: add your mail account ({protocol})",
            ),
            steps: NEW_ACCOUNT,
        },
        GuideDef {
            kind: GuideKind::FixExisting,
            title: Text::table(
                "Windows Live メール：アカウントの設定を確かめて直す",
                "Windows Live Mail: check and fix your account settings",
            ),
            steps: FIX_EXISTING,
        },
    ],
};
