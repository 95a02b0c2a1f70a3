//! iPhone / iPad Mail: one 「SSLを使用」 switch; the port decides implicit TLS or STARTTLS.

use crate::guide::Value::{Address, IncomingHost, OutgoingHost, Protocol, Username};
use crate::guide::{step, ClientGuides, GuideDef, GuideKind, StepDef, SWITCH};
use crate::lang::Text;

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
        "「設定」→「アプリ」→「メール」→「メールアカウント」→「アカウントを追加」を選びます（iOS 17 以前は「設定」→「メール」→「アカウント」→「アカウントを追加」）。",
        "Open Settings → Apps → Mail → Mail Accounts → Add Account (iOS 17 and earlier: Settings → Mail → Accounts → Add Account).",
    ),
    step(
        "「その他」→「メールアカウントを追加」を選びます。",
        "Select Other → Add Mail Account.",
    ),
    step(
        "「名前」にお名前、「メール」に「{address}」、「パスワード」にメールのパスワードをご自身で入力し、「次へ」を選びます。",
        "Type your name in Name, {address} in Email, and your mail password in Password yourself, then tap Next.",
    )
    .values(&[Address])
    .expect(
        "上に「IMAP」と「POP」が並んだ画面が表示されます。",
        "A screen with IMAP and POP at the top appears.",
    ),
    // docs/knowledge/ios-mail.md P3 (ISP manual manual.xbit.jp ✓): POP or IMAP is chosen once.
    step(
        "上の{protocol_item}を選びます（あとから変えられません）。",
        "Tap {protocol_item} at the top (it cannot be changed later).",
    )
    .values(&[Protocol]),
    step(
        "「受信メールサーバ」の「ホスト名」に「{incoming_host}」、「ユーザ名」に「{username}」を入力します。「パスワード」はご自身で入力します。",
        "Under Incoming Mail Server type {incoming_host} in Host Name and {username} in User Name. Type the password yourself.",
    )
    .values(&[IncomingHost, Username]),
    step(
        "「送信メールサーバ」の「ホスト名」に「{outgoing_host}」、「ユーザ名」に「{outgoing_username}」、「パスワード」にメールのパスワードを入力します。「オプション」と表示されていても、入力が必要です。「次へ」→「保存」を選びます。",
        "Under Outgoing Mail Server type {outgoing_host} in Host Name, {outgoing_username} in User Name and your mail password in Password. They say \"Optional\" but are needed. Tap Next, then Save.",
    )
    .values(&[OutgoingHost, crate::guide::Value::OutgoingUsername])
    .expect(
        "アカウントの一覧に「{address}」が表示されます。",
        "{address} appears in the list of accounts.",
    ),
    step(
        "ポート番号と暗号化を確かめます。{open_settings} と進み、受信の「サーバポート」（「サーバーポート」の表示もあります）を「{incoming_port}」にします。{incoming_security}",
        "Now check the port and encryption. Go to {open_settings}; set the incoming Server Port to {incoming_port}. {incoming_security}",
    )
    .values(crate::guide::INCOMING),
    step(
        "アカウントの画面に戻り、「送信メールサーバ」の「SMTP」→「プライマリサーバ」の「{outgoing_host}」を選びます。「サーバポート」を「{outgoing_port}」にします。{outgoing_security} 「認証」は「パスワード」です。「完了」を選びます。",
        "Back on the account screen, tap Outgoing Mail Server: SMTP → the primary server {outgoing_host}. Set Server Port to {outgoing_port}. {outgoing_security} Authentication: Password. Tap Done.",
    )
    .values(crate::guide::OUTGOING),
    TEST_MAIL,
];

const FIX_EXISTING: &[StepDef] = &[
    step(
        "{open_settings} と進みます。",
        "Go to {open_settings}.",
    )
    .expect(
        "「SSLを使用」「認証」「サーバポート」などが表示されます。",
        "Use SSL, Authentication, Server Port and more are shown.",
    ),
    // P3: an account set up as POP cannot be changed to IMAP (or back): add it again.
    step(
        "POP と IMAP はあとから切り替えられません。種類を変えるときは、アカウントを新しく追加し直します（「メールアカウントを追加する」の手順）。",
        "POP and IMAP cannot be switched later. To change the type, add the account again as a new one (see \"add your mail account\").",
    ),
    step(
        "受信の「サーバポート」を「{incoming_port}」にします。{incoming_security} 「認証」は「パスワード」にします。",
        "Set the incoming Server Port to {incoming_port}. {incoming_security} Set Authentication to Password.",
    )
    .values(crate::guide::INCOMING),
    step(
        "ひとつ前の画面（「アカウント」）に戻り、「受信メールサーバ」の「ホスト名」が「{incoming_host}」、「ユーザ名」が「{username}」か確かめます。",
        "Go back one screen (Account) and check that Incoming Mail Server Host Name is {incoming_host} and User Name is {username}.",
    )
    .values(&[IncomingHost, Username]),
    step(
        "「送信メールサーバ」の「SMTP」→「プライマリサーバ」を選び、「ホスト名」を「{outgoing_host}」、「ユーザ名」を「{outgoing_username}」にします。パスワードが空ならご自身で入力します。",
        "Tap Outgoing Mail Server: SMTP → the primary server. Set Host Name to {outgoing_host} and User Name to {outgoing_username}. If the password is empty, type it yourself.",
    )
    .values(&[OutgoingHost, crate::guide::Value::OutgoingUsername]),
    step(
        "同じ画面で「サーバポート」を「{outgoing_port}」にします。{outgoing_security} 「完了」を選びます。",
        "On the same screen set Server Port to {outgoing_port}. {outgoing_security} Tap Done.",
    )
    .values(crate::guide::OUTGOING)
    .expect(
        "確認が終わると、アカウントの画面に戻ります。",
        "After it verifies, you are back on the account screen.",
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
                "iPhone / iPad：メールアカウントを追加する（{protocol}）",
                "iPhone / iPad: add your mail account ({protocol})",
            ),
            steps: NEW_ACCOUNT,
        },
        GuideDef {
            kind: GuideKind::FixExisting,
            title: Text::table(
                "iPhone / iPad：アカウントの設定を確かめて直す",
                "iPhone / iPad: check and fix your account settings",
            ),
            steps: FIX_EXISTING,
        },
    ],
};
