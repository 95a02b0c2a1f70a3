//! Becky! Internet Mail 2.

use crate::guide::Value::{
    Address, IncomingHost, IncomingPort, IncomingSecurity, OutgoingHost, OutgoingPort,
    OutgoingSecurity, Protocol, Username,
};
use crate::guide::{step, ClientGuides, GuideDef, GuideKind, StepDef, CHECK_BOX};
use crate::lang::Text;

const BASIC_TAB: StepDef = step(
    "「基本設定」タブ：「メールアドレス」は「{address}」。「受信プロトコル」で{protocol_item}を選びます。受信サーバーの欄に「{incoming_host}」、「SMTPサーバー（送信）」に「{outgoing_host}」、「ユーザーID」に「{username}」を入力します。パスワードはご自身で入力し、{auth_method}は「{auth_value}」にします。",
    "Basic tab: Email address {address}. Choose {protocol_item} as the receive protocol. Type {incoming_host} in the incoming server box, {outgoing_host} in SMTP server (outgoing) and {username} in User ID. Type the password yourself, and set {auth_method} to \"{auth_value}\".",
)
.values(&[Address, Protocol, IncomingHost, OutgoingHost, Username]);

const SSL_BOXES: StepDef = step(
    // The box means "use TLS" and the port decides how: ticking it asks 「ポート番号をSSL/TLS標準の
    // 995 に変更しますか？ 変更しない場合は STARTTLS を使用します。」 (docs/knowledge/becky.md B4).
    "同じタブの暗号化のチェック：{incoming_security} {outgoing_security} チェックを入れると、ポート番号を SSL/TLS 標準のものに変えるか聞かれます。ポート番号は次の「詳細」タブで入力するので、「はい」「いいえ」のどちらでもかまいません。",
    "Encryption boxes on the same tab: {incoming_security} {outgoing_security} Ticking a box asks whether to change the port to the SSL/TLS standard one. Either answer is fine: you type the ports on the Advanced tab next.",
)
.values(&[IncomingSecurity, OutgoingSecurity]);

const DETAIL_TAB: StepDef = step(
    "「詳細」タブ：「サーバーのポート番号」の SMTP を「{outgoing_port}」、受信（POP3 または IMAP4）を「{incoming_port}」にします。{outgoing_auth}にチェックを入れ、「ESMTPを使用」にもチェックを入れます。「POP before SMTPを使用」のチェックは外します。",
    "Advanced tab: under server port numbers set SMTP to {outgoing_port} and the incoming one (POP3 or IMAP4) to {incoming_port}. Tick {outgoing_auth} and \"Use ESMTP\". Clear \"POP before SMTP\".",
)
.values(&[OutgoingPort, IncomingPort]);

const TEST_MAIL: StepDef = step(
    "「OK」を選び、自分のアドレス「{address}」宛てにテストメールを送って、送信と受信ができるか確かめます。",
    "Click OK, then send a test message to yourself ({address}) to check sending and receiving.",
)
.expect(
    "数分のうちにテストメールが届きます。",
    "The test message arrives within a few minutes.",
);

const NEW_ACCOUNT: &[StepDef] = &[
    step(
        "「ファイル」→「メールボックス」→「新規作成」を選び、メールボックス名を入力します（初めて起動したときは、この画面から始まります）。",
        "Select File → Mailbox → New and type a mailbox name (on first start Becky! opens here).",
    )
    .expect(
        "「基本設定」と「詳細」などのタブがある画面が表示されます。",
        "A window with Basic, Advanced and other tabs appears.",
    ),
    BASIC_TAB,
    SSL_BOXES,
    DETAIL_TAB,
    TEST_MAIL,
];

const FIX_EXISTING: &[StepDef] = &[
    step("{open_settings} と進みます。", "Go to {open_settings}."),
    BASIC_TAB,
    SSL_BOXES,
    DETAIL_TAB,
    TEST_MAIL,
];

pub(super) static GUIDES: ClientGuides = ClientGuides {
    toggles: CHECK_BOX,
    readd_to_fix: false,
    guides: &[
        GuideDef {
            kind: GuideKind::NewAccount,
            title: Text::table(
                "Becky!：メールボックスを作る（{protocol}）",
                "Becky!: set up a mailbox ({protocol})",
            ),
            steps: NEW_ACCOUNT,
        },
        GuideDef {
            kind: GuideKind::FixExisting,
            title: Text::table(
                "Becky!：メールボックスの設定を確かめて直す",
                "Becky!: check and fix your mailbox settings",
            ),
            steps: FIX_EXISTING,
        },
    ],
};
