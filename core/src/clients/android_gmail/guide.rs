//! The Gmail app on Android.

use crate::guide::Value::{Address, Protocol};
use crate::guide::{
    step, ClientGuides, GuideDef, GuideKind, StepDef, When, INCOMING, OUTGOING, SWITCH,
};
use crate::lang::Text;

const INCOMING_SCREEN: StepDef = step(
    "「受信サーバーの設定」：「ユーザー名」に「{username}」、「パスワード」にメールのパスワードをご自身で入力します。「サーバー」は「{incoming_host}」、「ポート」は「{incoming_port}」。{incoming_security} 「次へ」を選びます。",
    "Incoming server settings: type {username} in Username and your mail password in Password yourself. Server: {incoming_host}. Port: {incoming_port}. {incoming_security} Tap Next.",
)
.values(INCOMING);

// AOSP Email's words (android-gmail.md L1, `res/values-ja/strings.xml`): 「IMAPパスのプレフィックス」,
// 「手動セットアップ」, 「SMTPサーバー」; the Gmail app's own strings are not public, so they stay "like".
const IMAP_PREFIX: StepDef = step(
    "「IMAPパスのプレフィックス」のような欄があれば、空欄のままにします。",
    "If there is a box like \"IMAP path prefix\", leave it empty.",
)
.when(When::Imap);

const OUTGOING_SCREEN: StepDef = step(
    "「送信サーバーの設定」：{outgoing_auth}をオンにし、「ユーザー名」に「{outgoing_username}」、パスワードを入力します。「SMTPサーバー」は「{outgoing_host}」、「ポート」は「{outgoing_port}」。{outgoing_security} 「次へ」を選びます。",
    "Outgoing server settings: turn {outgoing_auth} on, type {outgoing_username} in Username and your password. SMTP server: {outgoing_host}. Port: {outgoing_port}. {outgoing_security} Tap Next.",
)
.values(OUTGOING);

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
        "Gmail アプリで右上のアカウントの画像 →「別のアカウントを追加」→「その他」を選びます。",
        "In the Gmail app tap your account picture (top right) → Add another account → Other.",
    ),
    step(
        "「{address}」を入力し、「手動セットアップ」のようなボタンを選びます。",
        "Type {address} and tap the button like Manual setup.",
    )
    .values(&[Address]),
    // The account-type names are unconfirmed (android-gmail.md L1): `Labels::unconfirmed` has
    // them, so `{protocol_item}` says "like" (`labels::named`).
    step("{protocol_item}を選びます。", "Select {protocol_item}.").values(&[Protocol]),
    // G2/G4/G5 (secondary reports, unconfirmed): POP may no longer be offered from 2026.
    step(
        "POP の項目がないときは、IMAP の手順で設定してください（サーバーの値が変わります）。",
        "If there is no POP item, follow the IMAP steps instead (the server values differ).",
    )
    .when(When::Pop3),
    step(
        "パスワードの画面で、メールのパスワードをご自身で入力し、「次へ」を選びます。",
        "On the password screen type your mail password yourself and tap Next.",
    ),
    INCOMING_SCREEN,
    IMAP_PREFIX,
    OUTGOING_SCREEN,
    step(
        "同期の間隔などを選んで「次へ」、アカウント名と表示名を確かめて「次へ」を選びます。",
        "Choose the sync options and tap Next; check the account and display names and tap Next.",
    )
    .expect(
        "受信トレイに「{address}」のメールが表示されます。",
        "Mail for {address} appears in the inbox.",
    ),
    TEST_MAIL,
];

const FIX_EXISTING: &[StepDef] = &[
    step("{open_settings} と進みます。", "Go to {open_settings}.").expect(
        "「受信サーバーの設定」が表示されます。",
        "Incoming server settings appear.",
    ),
    INCOMING_SCREEN,
    IMAP_PREFIX,
    step(
        "アカウントの設定画面に戻り、「送信設定」を選びます。",
        "Go back to the account settings and tap Outgoing settings.",
    ),
    OUTGOING_SCREEN,
    TEST_MAIL,
];

pub(super) static GUIDES: ClientGuides = ClientGuides {
    toggles: SWITCH,
    readd_to_fix: false,
    guides: &[
        GuideDef {
            kind: GuideKind::NewAccount,
            title: Text::table(
                "Gmail アプリ（Android）：メールアカウントを追加する（{protocol}）",
                "Gmail app (Android): add your mail account ({protocol})",
            ),
            steps: NEW_ACCOUNT,
        },
        GuideDef {
            kind: GuideKind::FixExisting,
            title: Text::table(
                "Gmail アプリ（Android）：アカウントの設定を確かめて直す",
                "Gmail app (Android): check and fix your account settings",
            ),
            steps: FIX_EXISTING,
        },
    ],
};
