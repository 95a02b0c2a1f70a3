//! Thunderbird 115 / 128 (Mozilla's strings ✓).

use super::Value::{Address, Protocol, Username};
use super::{step, ClientGuides, GuideDef, GuideKind, StepDef, INCOMING, OUTGOING, SWITCH};
use crate::lang::Text;

const TEST_MAIL: StepDef = step(
    "自分のアドレス「{address}」宛てにテストメールを送り、送信と受信ができるか確かめます。",
    "Send a test message to yourself ({address}) to check sending and receiving.",
)
.expect(
    "数分のうちにテストメールが受信トレイに届きます。",
    "The test message arrives in your inbox within a few minutes.",
);

const NEW_ACCOUNT: &[StepDef] = &[
    step(
        "メニュー（☰）→「新しいアカウント」→「メール」を選びます。",
        "Select the menu (☰) → New Account → Email.",
    )
    .expect(
        "「既存のメールアドレスのセットアップ」の画面が表示されます。",
        "\"Set Up Your Existing Email Address\" appears.",
    ),
    step(
        "「あなたのお名前」にお名前、「メールアドレス」に「{address}」を入力します。「パスワード」にはメールのパスワードをご自身で入力します。",
        "Type your name in Your full name and {address} in Email address. Type your mail password in Password yourself.",
    )
    .values(&[Address]),
    step(
        "「手動設定」を選びます（「続ける」のあとに表示されることもあります）。",
        "Select Configure manually (it may appear after Continue).",
    )
    .expect(
        "「受信サーバー」と「送信サーバー」の欄が表示されます。",
        "The Incoming Server and Outgoing Server boxes appear.",
    ),
    step(
        "受信サーバー：「プロトコル」は「{protocol}」、「ホスト名」は「{incoming_host}」、「ポート番号」は「{incoming_port}」。{incoming_security} 「{auth_method}」は「{auth_value}」、「ユーザー名」は「{username}」にします。",
        "Incoming server: Protocol {protocol}, Hostname {incoming_host}, Port {incoming_port}. {incoming_security} Set \"{auth_method}\" to \"{auth_value}\" and Username to {username}.",
    )
    .values(INCOMING),
    step(
        "送信サーバー：「ホスト名」は「{outgoing_host}」、「ポート番号」は「{outgoing_port}」。{outgoing_security} 「{auth_method}」は「{auth_value}」、「ユーザー名」は「{outgoing_username}」にします。",
        "Outgoing server: Hostname {outgoing_host}, Port {outgoing_port}. {outgoing_security} Set \"{auth_method}\" to \"{auth_value}\" and Username to {outgoing_username}.",
    )
    .values(OUTGOING),
    step("「再テスト」を選びます。", "Select Re-test.").expect(
        "「次のアカウント設定が、指定されたサーバーを調べることにより見つかりました」のような表示が出ます。",
        "A message like \"The following settings were found by probing the given server\" appears.",
    ),
    step("「完了」を選びます。", "Select Done.").expect(
        "「アカウントの作成が完了しました」のような画面が出て、受信トレイが表示されます。",
        "A screen like \"Account successfully created\" appears, then the inbox.",
    ),
    TEST_MAIL,
];

const FIX_EXISTING: &[StepDef] = &[
    step(
        "メニュー（☰）→「アカウント設定」を選び、左の一覧で「{address}」の下の「サーバー設定」を選びます。",
        "Select the menu (☰) → Account Settings, then Server Settings under {address} in the list on the left.",
    )
    .expect(
        "「サーバーの種類」に「{protocol}」のサーバーと表示されます。",
        "The server type shows a {protocol} server.",
    )
    .values(&[Protocol]),
    step(
        "「サーバー名」を「{incoming_host}」、「ポート」を「{incoming_port}」、「ユーザー名」を「{username}」にします。{incoming_security} 「{auth_method}」は「{auth_value}」にします。",
        "Set Server Name to {incoming_host}, Port to {incoming_port} and User Name to {username}. {incoming_security} Set \"{auth_method}\" to \"{auth_value}\".",
    )
    .values(INCOMING),
    step(
        "左の一覧のいちばん下、「送信 (SMTP) サーバー」（新しい版では「送信サーバー」）を選び、使っているサーバーを選んで「編集」を選びます。",
        "At the bottom of the list on the left select Outgoing Server (SMTP), select the server in use, then Edit.",
    ),
    step(
        "「サーバー名」を「{outgoing_host}」、「ポート番号」を「{outgoing_port}」にします。{outgoing_security} 「{auth_method}」は「{auth_value}」、「ユーザー名」は「{outgoing_username}」にして「OK」を選びます。",
        "Set Server Name to {outgoing_host} and Port to {outgoing_port}. {outgoing_security} Set \"{auth_method}\" to \"{auth_value}\" and User Name to {outgoing_username}, then select OK.",
    )
    .values(OUTGOING),
    step(
        "「接続の保護」を「なし」にすると、認証方式が「平文のパスワード認証 (安全でない)」と表示されます。この表示が出たら、接続の保護をもう一度確かめます。",
        "With Connection security set to None, the method reads \"Password, transmitted insecurely\". If you see it, check the connection security again.",
    ),
    step(
        "Thunderbird を再起動し、受信と送信を試します。パスワードを聞かれたら、ご自身で入力します。",
        "Restart Thunderbird and try receiving and sending. If asked for the password, type it yourself.",
    )
    .values(&[Username]),
    TEST_MAIL,
];

pub(super) static GUIDES: ClientGuides = ClientGuides {
    toggles: SWITCH,
    readd_to_fix: false,
    guides: &[
        GuideDef {
            kind: GuideKind::NewAccount,
            title: Text::new(
                "Thunderbird：メールアカウントを追加する（{protocol}）",
                "Thunderbird: add your mail account ({protocol})",
            ),
            steps: NEW_ACCOUNT,
        },
        GuideDef {
            kind: GuideKind::FixExisting,
            title: Text::new(
                "Thunderbird：アカウントの設定を確かめて直す",
                "Thunderbird: check and fix your account settings",
            ),
            steps: FIX_EXISTING,
        },
    ],
};
