//! Thunderbird (Mozilla's en-US and ja strings ✓; fact ids of docs/knowledge/thunderbird.md,
//! sources: `thunderbird/thunderbird-l10n` `ja/mail/…`, `mozilla/releases-comm-central`
//! `mail/locales/en-US/…`, release notes in `thunderbird/thunderbird-notes`, checked 2026-12-07).
//!
//! Two ways to add an account, by version (H8): the classic wizard (「既存のメールアドレスの
//! セットアップ」, accountSetup.ftl) up to 151 — ESR 115, 128 and 140.4+ — and the Account Hub
//! (「メールアドレスの追加」, accountHub.ftl), the only flow from 152.0 (H6) and in ESR 153 (H7).

use crate::guide::Value::{Address, Protocol, Username};
use crate::guide::{step, ClientGuides, GuideDef, GuideKind, StepDef, INCOMING, OUTGOING, SWITCH};
use crate::lang::Text;

const TEST_MAIL: StepDef = step(
    "自分のアドレス「{address}」宛てにテストメールを送り、送信と受信ができるか確かめます。",
    "Send a test message to yourself ({address}) to check sending and receiving.",
)
.expect(
    "数分のうちにテストメールが受信トレイに届きます。",
    "The test message arrives in your inbox within a few minutes.",
);

// W1: ☰ →「新しいアカウント」→「メール」 up to 151 (appmenu.ftl#appmenu-new-account-panel).
const OPEN_WIZARD: StepDef = step(
    "メニュー（☰）→「新しいアカウント」→「メール」を選びます。",
    "Select the menu (☰) → New Account → Email.",
)
.expect(
    "「既存のメールアドレスのセットアップ」の画面が表示されます。",
    "\"Set Up Your Existing Email Address\" appears.",
);

// 140–151: the Account Hub may open instead for a further account (H2, H3, H5).
const OPEN_WIZARD_OR_HUB: StepDef = step(
    "メニュー（☰）→「新しいアカウント」→「メール」を選びます。",
    "Select the menu (☰) → New Account → Email.",
)
.expect(
    "「既存のメールアドレスのセットアップ」の画面が表示されます（「メールアドレスの追加」が出たら、その画面の「氏名」「メールアドレス」を入れて「続ける」、「手動設定」（145 以降）から同じ値を入れます）。",
    "\"Set Up Your Existing Email Address\" appears (if \"Add your email address\" appears instead, fill in Full name and Email address, select Continue, then enter the same values under Configure Manually (145 and later)).",
);

// W2: accountSetup.ftl `account-setup-name-label`, `-email-label`, `-password-label`.
const WIZARD_NAME: StepDef = step(
    "「あなたのお名前」にお名前、「メールアドレス」に「{address}」を入力します。「パスワード」にはメールのパスワードをご自身で入力します。",
    "Type your name in Your full name and {address} in Email address. Type your mail password in Password yourself.",
)
.values(&[Address]);

// W2: `account-setup-button-manual-config`, `account-setup-button-continue`.
const WIZARD_MANUAL: StepDef = step(
    "「手動設定」を選びます（「続ける」のあとに表示されることもあります）。",
    "Select Configure manually (it may appear after Continue).",
)
.expect(
    "「受信サーバー」と「送信サーバー」の欄が表示されます。",
    "The Incoming Server and Outgoing Server boxes appear.",
);

// W3 / H12: the same field names in the wizard and the hub's manual configuration.
const INCOMING_STEP: StepDef = step(
    "受信サーバー：「プロトコル」は{protocol_item}、「ホスト名」は「{incoming_host}」、「ポート番号」は「{incoming_port}」。{incoming_security} {auth_method}は「{auth_value}」、「ユーザー名」は「{username}」にします。",
    "Incoming server: Protocol {protocol_item}, Hostname {incoming_host}, Port {incoming_port}. {incoming_security} Set {auth_method} to \"{auth_value}\" and Username to {username}.",
)
.values(INCOMING);

const OUTGOING_STEP: StepDef = step(
    "送信サーバー：「ホスト名」は「{outgoing_host}」、「ポート番号」は「{outgoing_port}」。{outgoing_security} {auth_method}は「{auth_value}」、「ユーザー名」は「{outgoing_username}」にします。",
    "Outgoing server: Hostname {outgoing_host}, Port {outgoing_port}. {outgoing_security} Set {auth_method} to \"{auth_value}\" and Username to {outgoing_username}.",
)
.values(OUTGOING);

// W3 `account-setup-success-half-manual`; the hub has the same text (`account-hub-success-half-manual`).
const RETEST: StepDef = step("「再テスト」を選びます。", "Select Re-test.").expect(
    "「次のアカウント設定が、指定されたサーバーを調べることにより見つかりました」のような表示が出ます。",
    "A message like \"The following settings were found by probing the given server\" appears.",
);

// W3 `account-setup-success-title`.
const WIZARD_DONE: StepDef = step("「完了」を選びます。", "Select Done.").expect(
    "「アカウントの作成が完了しました」のような画面が出て、受信トレイが表示されます。",
    "A screen like \"Account successfully created\" appears, then the inbox.",
);

const NEW_ACCOUNT: &[StepDef] = &[
    OPEN_WIZARD,
    WIZARD_NAME,
    WIZARD_MANUAL,
    INCOMING_STEP,
    OUTGOING_STEP,
    RETEST,
    WIZARD_DONE,
    TEST_MAIL,
];

const NEW_ACCOUNT_140: &[StepDef] = &[
    OPEN_WIZARD_OR_HUB,
    WIZARD_NAME,
    WIZARD_MANUAL,
    INCOMING_STEP,
    OUTGOING_STEP,
    RETEST,
    WIZARD_DONE,
    TEST_MAIL,
];

// The Account Hub (152+, ESR 153): W1 `appmenu-add-account-panel` 「アカウントを追加」; H9
// `account-hub-email-setup-header`, `account-hub-name-label`, `account-hub-email-label`,
// `account-hub-email-continue-button`; H5: opened on the first run from 150.
const NEW_ACCOUNT_HUB: &[StepDef] = &[
    step(
        "メニュー（☰）→「アカウントを追加」→「メール」を選びます（初めて起動したときは自動で開きます）。",
        "Select the menu (☰) → Add Account → Email (on the first start it opens by itself).",
    )
    .expect(
        "「メールアドレスの追加」の画面が表示されます（151 以前の版では「既存のメールアドレスのセットアップ」）。",
        "\"Add your email address\" appears (up to version 151: \"Set Up Your Existing Email Address\").",
    ),
    step(
        "「氏名」にお名前、「メールアドレス」に「{address}」を入力して「続ける」を選びます。",
        "Type your name in Full name and {address} in Email address, then select Continue.",
    )
    .values(&[Address]),
    // H12 `account-hub-email-manually-configure-button`, `account-hub-manual-config-*-legend`;
    // H10 `account-hub-edit-configuration`.
    step(
        "「手動設定」を選びます（見つかった設定が表示されたときは「設定を編集」を選びます）。",
        "Select Configure Manually (if settings found are shown, select Edit configuration).",
    )
    .expect(
        "受信サーバーと送信サーバーの欄が表示されます。",
        "The incoming and outgoing server boxes appear.",
    ),
    INCOMING_STEP,
    OUTGOING_STEP,
    // H12 `account-hub-email-retest-button` 「再テスト」 / "Retest"; the result text as RETEST's.
    // (「…ボタン」: the wizard's step has the same Japanese and another English, "Re-test"; the
    // customers' page looks the English up by the Japanese, core/tests/english.rs.)
    step("「再テスト」ボタンを選びます。", "Select the Retest button.").expect(
        "「次のアカウント設定が、指定されたサーバーを調べることにより見つかりました」のような表示が出ます。",
        "A message like \"The following settings were found by probing the given server\" appears.",
    ),
    // H11 `account-hub-email-enter-password`; H13 `account-hub-email-account-added-title`.
    step(
        "パスワードを聞かれたら（「メールアカウントのパスワードを入力してください」）、ご自身で入力します。「完了」を選びます。",
        "If asked (\"Enter your email account password\"), type your password yourself. Select Finish.",
    )
    .expect(
        "「アカウントの追加が完了しました」と表示されます。",
        "\"Account successfully added\" appears.",
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
        "「サーバー名」を「{incoming_host}」、「ポート」を「{incoming_port}」、「ユーザー名」を「{username}」にします。{incoming_security} {auth_method}は「{auth_value}」にします。",
        "Set Server Name to {incoming_host}, Port to {incoming_port} and User Name to {username}. {incoming_security} Set {auth_method} to \"{auth_value}\".",
    )
    .values(INCOMING),
    step(
        // S4: 「送信サーバー」 from 141, 「送信 (SMTP) サーバー」 up to 140.
        "左の一覧のいちばん下、「送信サーバー」（140 以前の版では「送信 (SMTP) サーバー」）を選び、使っているサーバーを選んで「編集」を選びます。",
        "At the bottom of the list on the left select Outgoing Server (up to version 140: Outgoing Server (SMTP)), select the server in use, then Edit.",
    ),
    step(
        "「サーバー名」を「{outgoing_host}」、「ポート番号」を「{outgoing_port}」にします。{outgoing_security} {auth_method}は「{auth_value}」、「ユーザー名」は「{outgoing_username}」にして「OK」を選びます。",
        "Set Server Name to {outgoing_host} and Port to {outgoing_port}. {outgoing_security} Set {auth_method} to \"{auth_value}\" and User Name to {outgoing_username}, then select OK.",
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

const T_NEW: Text = Text::new(
    "Thunderbird：メールアカウントを追加する（{protocol}）",
    "Thunderbird: add your mail account ({protocol})",
);
const T_FIX: Text = Text::new(
    "Thunderbird：アカウントの設定を確かめて直す",
    "Thunderbird: check and fix your account settings",
);

/// Up to 139 (ESR 115, 128): the classic wizard.
pub(super) static WIZARD: ClientGuides = ClientGuides {
    toggles: SWITCH,
    readd_to_fix: false,
    guides: &[
        GuideDef {
            kind: GuideKind::NewAccount,
            title: T_NEW,
            steps: NEW_ACCOUNT,
        },
        GuideDef {
            kind: GuideKind::FixExisting,
            title: T_FIX,
            steps: FIX_EXISTING,
        },
    ],
};

/// 140–151 (ESR 140): the classic wizard, the hub possible for a further account (H2, H3, H5).
pub(super) static WIZARD_140: ClientGuides = ClientGuides {
    toggles: SWITCH,
    readd_to_fix: false,
    guides: &[
        GuideDef {
            kind: GuideKind::NewAccount,
            title: T_NEW,
            steps: NEW_ACCOUNT_140,
        },
        GuideDef {
            kind: GuideKind::FixExisting,
            title: T_FIX,
            steps: FIX_EXISTING,
        },
    ],
};

/// 152 and later, ESR 153, and an unknown version (the current one): the Account Hub (H6, H7).
pub(super) static GUIDES: ClientGuides = ClientGuides {
    toggles: SWITCH,
    readd_to_fix: false,
    guides: &[
        GuideDef {
            kind: GuideKind::NewAccount,
            title: T_NEW,
            steps: NEW_ACCOUNT_HUB,
        },
        GuideDef {
            kind: GuideKind::FixExisting,
            title: T_FIX,
            steps: FIX_EXISTING,
        },
    ],
};

/// The guides for a version (H8): ≤ 139 the wizard, 140–151 the wizard or the hub, 152+ the hub.
pub(super) fn for_version(version: Option<&str>) -> &'static ClientGuides {
    match crate::labels::major_version(version) {
        Some(v) if v <= 139 => &WIZARD,
        Some(v) if v <= 151 => &WIZARD_140,
        _ => &GUIDES,
    }
}
