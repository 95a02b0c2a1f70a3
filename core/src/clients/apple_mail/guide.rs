//! Mail on the Mac. Japanese labels unconfirmed: steps say "a box like …" where unsure.

use crate::guide::Value::{Address, IncomingHost, OutgoingHost, Protocol, Username};
use crate::guide::{step, ClientGuides, GuideDef, GuideKind, StepDef, SWITCH};
use crate::lang::Text;

// docs/knowledge/apple-mail.md A1–A2 (Apple HT204208 「Mac のメールで接続設定を自動的に管理する」,
// ja and en ✓): when Mail can't connect it tries other ports, with/without TLS and other
// authentication in the background, without changing the settings shown. Turned off so that
// what the desk reads is what Mail uses (Apple recommends leaving it on, A3; a user saw SMTP
// switch to port 25, A6, a report only).
const AUTO_MANAGE_OFF: StepDef = step(
    "「接続設定を自動的に管理」（受信用と送信用の両方）のチェックを外します。オンのままだと、接続できないときに別のポートや暗号化・認証を裏で試すため、画面の設定と実際の接続が違うことがあります。",
    "Clear \"Automatically manage connection settings\" (for both incoming and outgoing). Left on, when Mail can't connect it tries other ports, encryption and authentication in the background, so what it uses may differ from the settings shown.",
);

const TEST_MAIL: StepDef = step(
    "自分のアドレス「{address}」宛てにテストメールを送り、送信と受信ができるか確かめます。",
    "Send a test message to yourself ({address}) to check sending and receiving.",
)
.expect(
    "数分のうちにテストメールが受信ボックスに届きます。",
    "The test message arrives in your inbox within a few minutes.",
);

const NEW_ACCOUNT: &[StepDef] = &[
    step(
        "「メール」メニュー →「アカウントを追加」を選び、「その他のメールアカウント」を選んで「続ける」を選びます。",
        "Choose Mail → Add Account, select Other Mail Account, then Continue.",
    ),
    step(
        "「名前」にお名前、「メールアドレス」に「{address}」、「パスワード」にメールのパスワードをご自身で入力し、「サインイン」を選びます。",
        "Type your name in Name, {address} in Email Address and your mail password in Password yourself, then click Sign In.",
    )
    .values(&[Address])
    .expect(
        "「アカウント名またはパスワードを確認できません」のような表示と、サーバーの欄が出ます。",
        "A message like \"Unable to verify account name or password\" appears with server boxes.",
    ),
    step(
        "「ユーザ名」に「{username}」、「アカウントの種類」で{protocol_item}、「受信用メールサーバ」に「{incoming_host}」、「送信用メールサーバ」に「{outgoing_host}」を入力し、「サインイン」を選びます。",
        "Type {username} in User Name, choose {protocol_item} as Account Type, type {incoming_host} in Incoming Mail Server and {outgoing_host} in Outgoing Mail Server, then click Sign In.",
    )
    .values(&[Username, Protocol, IncomingHost, OutgoingHost])
    .expect(
        "使用するアプリを選ぶ画面が出たら「完了」を選びます。",
        "When asked which apps to use, click Done.",
    ),
    step(
        "ポート番号と暗号化を確かめます。{open_settings} と進みます。",
        "Now check the ports and encryption. Go to {open_settings}.",
    ),
    AUTO_MANAGE_OFF,
    step(
        "受信用：「ポート」を「{incoming_port}」にします。{incoming_security} 「認証」は「パスワード」です。",
        "Incoming: set Port to {incoming_port}. {incoming_security} Authentication: Password.",
    )
    .values(crate::guide::INCOMING),
    step(
        "送信用：「ポート」を「{outgoing_port}」にします。{outgoing_security} 「認証」は「パスワード」、「ユーザ名」は「{outgoing_username}」です。「保存」を選びます。",
        "Outgoing: set Port to {outgoing_port}. {outgoing_security} Authentication: Password, User Name: {outgoing_username}. Click Save.",
    )
    .values(crate::guide::OUTGOING),
    TEST_MAIL,
];

const FIX_EXISTING: &[StepDef] = &[
    step("{open_settings} と進みます。", "Go to {open_settings}.").expect(
        "受信用メールサーバと送信用メールサーバの設定が表示されます。",
        "The incoming and outgoing mail server settings are shown.",
    ),
    step(
        "受信用の「ユーザ名」が「{username}」、「ホスト名」が「{incoming_host}」か確かめ、違えば直します。",
        "Check that the incoming User Name is {username} and Host Name is {incoming_host}; correct them if not.",
    )
    .values(&[Username, IncomingHost]),
    AUTO_MANAGE_OFF,
    step(
        "受信用：「ポート」を「{incoming_port}」にします。{incoming_security} 「認証」は「パスワード」です。",
        "Incoming: set Port to {incoming_port}. {incoming_security} Authentication: Password.",
    )
    .values(crate::guide::INCOMING),
    step(
        "送信用：「ホスト名」を「{outgoing_host}」、「ポート」を「{outgoing_port}」にします。{outgoing_security} 「認証」は「パスワード」、「ユーザ名」は「{outgoing_username}」です。",
        "Outgoing: set Host Name to {outgoing_host} and Port to {outgoing_port}. {outgoing_security} Authentication: Password, User Name: {outgoing_username}.",
    )
    .values(&[OutgoingHost, crate::guide::Value::OutgoingPort, crate::guide::Value::OutgoingSecurity]),
    step(
        "「保存」を選びます。パスワードを聞かれたら、ご自身で入力します。",
        "Click Save. If asked for the password, type it yourself.",
    ),
    TEST_MAIL,
];

pub(super) static GUIDES: ClientGuides = ClientGuides {
    toggles: SWITCH,
    readd_to_fix: false,
    guides: &[
        GuideDef {
            kind: GuideKind::NewAccount,
            title: Text::table(
                "Mac の「メール」：メールアカウントを追加する（{protocol}）",
                "Mail on the Mac: add your mail account ({protocol})",
            ),
            steps: NEW_ACCOUNT,
        },
        GuideDef {
            kind: GuideKind::FixExisting,
            title: Text::table(
                "Mac の「メール」：アカウントの設定を確かめて直す",
                "Mail on the Mac: check and fix your account settings",
            ),
            steps: FIX_EXISTING,
        },
    ],
};
