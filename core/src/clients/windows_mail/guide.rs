//! Windows Mail (retired 2024-12-31): steps kept for checking old setups; every guide starts by
//! saying it can no longer send or receive.

use crate::guide::Value::{Address, IncomingHost, OutgoingHost, Protocol, Username};
use crate::guide::{step, ClientGuides, GuideDef, GuideKind, StepDef, CHECK_BOX};
use crate::lang::Text;

const RETIRED: StepDef = step(
    "ご注意：Windows の「メール」アプリは 2024 年 12 月 31 日でサポートが終わり、送受信できません。新しい Outlook など、ほかのメールアプリで設定してください。以下は、前の設定を確かめるための手順です。",
    "Note: support for Windows Mail ended on 31 December 2024, and it can no longer send or receive. Set up your mail in another app such as Outlook (new). The steps below are for checking the old settings.",
);

// The add-account screen ("Internet email account") and the screen for editing an account
// ("Advanced mailbox settings") word some boxes differently in Japanese (docs/knowledge/
// windows-mail.md S3, S6: a hosting provider's screenshots). `LABELS` has the editing screen's
// words, the one `open_settings` leads to; the add-account steps name that screen's boxes
// themselves.

const SERVERS: StepDef = step(
    "「受信メール サーバー」は「{incoming_host}:{incoming_port}」、「アカウントの種類」は{protocol_item}、「メールの送信 (SMTP) サーバー」は「{outgoing_host}:{outgoing_port}」です。ポート番号は、サーバー名のうしろに「:」を付けて入力します。",
    "Incoming email server: {incoming_host}:{incoming_port}. Account type: {protocol_item}. Outgoing (SMTP) email server: {outgoing_host}:{outgoing_port}. The port goes after the server name, with a colon.",
)
.values(&[IncomingHost, crate::guide::Value::IncomingPort, Protocol, OutgoingHost, crate::guide::Value::OutgoingPort]);

const AUTH_AND_SSL_NEW: StepDef = step(
    "「送信サーバーには、認証が必要です」と「送信メールに同じユーザー名とパスワードを使用する」にチェックを入れます。「受信メールには SSL が必要」と「送信メールには SSL が必要」は、それぞれの暗号化が SSL/TLS か STARTTLS ならチェックを入れ、「なし」なら外します。",
    "Tick \"Outgoing server requires authentication\" and \"Use the same user name and password for sending email\". Tick \"Require SSL for incoming email\" and \"Require SSL for outgoing email\" when that side's encryption is SSL/TLS or STARTTLS; clear them when it is none.",
)
.values(&[crate::guide::Value::IncomingSecurity, crate::guide::Value::OutgoingSecurity]);

const SERVERS_FIX: StepDef = step(
    "「受信メール サーバー」は「{incoming_host}:{incoming_port}」、「送信 (SMTP) メール サーバー」は「{outgoing_host}:{outgoing_port}」です。ポート番号は、サーバー名のうしろに「:」を付けて入力します。",
    "Incoming email server: {incoming_host}:{incoming_port}. Outgoing (SMTP) email server: {outgoing_host}:{outgoing_port}. The port goes after the server name, with a colon.",
)
.values(&[IncomingHost, crate::guide::Value::IncomingPort, OutgoingHost, crate::guide::Value::OutgoingPort]);

const AUTH_AND_SSL: StepDef = step(
    "{outgoing_auth}と{outgoing_same_login}にチェックを入れます。{incoming_security} {outgoing_security}",
    "Tick {outgoing_auth} and {outgoing_same_login}. {incoming_security} {outgoing_security}",
)
.values(&[crate::guide::Value::IncomingSecurity, crate::guide::Value::OutgoingSecurity]);

const NEW_ACCOUNT: &[StepDef] = &[
    RETIRED,
    step(
        "「設定」（歯車のアイコン）→「アカウントの管理」→「アカウントの追加」→「詳細設定」→「インターネット メール」を選びます。",
        "Select Settings (the gear icon) → Manage accounts → Add account → Advanced setup → Internet email.",
    ),
    step(
        "「メール アドレス」に「{address}」、「ユーザー名」に「{username}」を入力し、「パスワード」はご自身で入力します。",
        "Type {address} in Email address and {username} in User name; type the password yourself.",
    )
    .values(&[Address, Username]),
    SERVERS,
    AUTH_AND_SSL_NEW,
    step("「サインイン」を選びます。", "Select Sign in.").expect(
        "「すべて完了しました」のような表示が出ます。",
        "A message like \"All done!\" appears.",
    ),
];

const FIX_EXISTING: &[StepDef] = &[
    RETIRED,
    step("{open_settings} と進みます。", "Go to {open_settings}."),
    step(
        "「ユーザー名」が「{username}」か確かめます。",
        "Check that User name is {username}.",
    )
    .values(&[Username]),
    SERVERS_FIX,
    AUTH_AND_SSL,
    step("「完了」→「保存」を選びます。", "Select Done, then Save."),
];

pub(super) static GUIDES: ClientGuides = ClientGuides {
    toggles: CHECK_BOX,
    readd_to_fix: false,
    guides: &[
        GuideDef {
            kind: GuideKind::NewAccount,
            title: Text::table(
                "Windows の「メール」：アカウントを追加する（{protocol}）",
                "Windows Mail: add your mail account ({protocol})",
            ),
            steps: NEW_ACCOUNT,
        },
        GuideDef {
            kind: GuideKind::FixExisting,
            title: Text::table(
                "Windows の「メール」：アカウントの設定を確かめる",
                "Windows Mail: check your account settings",
            ),
            steps: FIX_EXISTING,
        },
    ],
};
