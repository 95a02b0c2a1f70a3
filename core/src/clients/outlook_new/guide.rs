//! Outlook (new): add an IMAP or POP account, check / fix one, "Windows Update replaced my Mail
//! app", and "my login is blocked as suspicious". The advanced-settings box names are not
//! confirmed in Japanese, so the steps say "a box like …".
//!
//! Fixing a server, port or encryption: remove the account and add it again. Whether a build
//! lets an added IMAP/POP account's servers be edited under 「管理」 could not be confirmed from
//! Microsoft's own pages (not found in the stored sources; unconfirmed); removing and adding
//! again works either way, so it is the one path both the desk (`text::steps`, which uses these
//! steps) and the customers' guide give.

use crate::guide::Value::{Address, OutgoingUsername, Protocol, Username};
use crate::guide::{step, ClientGuides, GuideDef, GuideKind, StepDef, When, INCOMING, SWITCH};

const OPEN_ADD: StepDef = step(
    "新しい Outlook を開き、右上の「設定」（歯車のアイコン）→「アカウント」→「メール アカウント」→「アカウントの追加」を選びます。",
    "Open Outlook (new) and select Settings (the gear icon, top right) → Accounts → Email accounts → Add account.",
)
.expect(
    "メールアドレスを入力する画面が表示されます。",
    "A screen asking for your email address appears.",
);

const ADDRESS: StepDef = step(
    "メールアドレスの欄に「{address}」と入力し、「続行」を選びます。",
    "Type {address} in the email address box and select Continue.",
)
.values(&[Address])
.expect(
    "メールの種類（プロバイダー）を選ぶ画面が表示されます。「IMAP」や「POP」が並んでいます。",
    "A screen to choose the kind of account (provider) appears, listing IMAP and POP among others.",
);

// No build boundary for POP can be sourced (docs/knowledge/outlook-new.md A4, N6: Microsoft
// Learn "manage updates" — features are not delivered by builds); for an account type it cannot
// use, the app says "We couldn’t reach the email server. Please try again." (A2, Microsoft Learn
// "Accounts in the new Outlook for Windows"; its Japanese wording is unconfirmed (E1), so the
// Japanese step describes it and quotes Microsoft's English).
const POP_VERSION: StepDef = step(
    "一覧に「POP」がないとき、またはメールサーバーに接続できないという内容の表示（英語版では \"We couldn’t reach the email server.\"）が出たときは、この Outlook では POP を使えません。IMAP の手順で追加してください（サーバーの値が変わります）。",
    "If POP is not in the list, or you see \"We couldn’t reach the email server. Please try again.\", this Outlook cannot use POP here: follow the IMAP steps instead (the server values differ).",
)
.when(When::Pop3);

const PROTOCOL: StepDef = step(
    "{protocol_item}を選びます。",
    "Select {protocol_item}.",
)
.values(&[Protocol])
.expect(
    "メールアドレスとパスワードの欄と、「詳細設定を表示」のようなリンクが表示されます。",
    "Boxes for your email address and password appear, with a link like \"Show more\" / advanced settings.",
);

// The link and box names are unconfirmed (outlook-new.md A7: third-party guides): "like".
const INCOMING_BOXES: StepDef = step(
    "「詳細設定を表示」のようなリンクを選び、受信サーバーの欄（「{protocol} 受信サーバー」のような名前）に「{incoming_host}」、その「ポート」に「{incoming_port}」と入力します。{incoming_security}",
    "Select the link like \"Show more\" / advanced settings. In the incoming server box (named like \"{protocol} incoming server\") type {incoming_host}, and in its Port box {incoming_port}. {incoming_security}",
)
.values(INCOMING);

const USERNAME_PASSWORD: StepDef = step(
    "ユーザー名の欄に「{username}」と入力します。パスワードの欄には、メールのパスワードをご自身で入力してください。",
    "Type {username} in the username box. Type your mail password in the password box yourself.",
)
.values(&[Username]);

const OUTGOING_BOXES: StepDef = step(
    "送信の欄です。「SMTP ユーザー名」のような欄に「{outgoing_username}」、「SMTP パスワード」の欄にメールのパスワード、「SMTP 送信サーバー」のような欄に「{outgoing_host}」、その「ポート」に「{outgoing_port}」と入力します。{outgoing_security}",
    "Now the sending boxes. In the box like \"SMTP username\" type {outgoing_username}, in \"SMTP password\" your mail password, in the box like \"SMTP outgoing server\" {outgoing_host}, and in its Port box {outgoing_port}. {outgoing_security}",
)
.values(&[
    crate::guide::Value::OutgoingHost,
    crate::guide::Value::OutgoingPort,
    crate::guide::Value::OutgoingSecurity,
    OutgoingUsername,
]);

// Microsoft's support article says "sync … to the Microsoft Cloud" (outlook-new.md C1); the
// phrase "Microsoft Sync cloud" is a press Google-translation (C2), and the dialog's own wording
// is unconfirmed (C3), so the screen is described, not quoted (C4).
const SYNC_CONSENT: StepDef = step(
    "「続行」を選びます。アカウントを Microsoft Cloud（Microsoft のクラウド）と同期することについての画面が出たら、読んでから「続行」を選びます。これを選ぶと、メールのコピーが Microsoft のデータセンターに保管され、Microsoft のサーバーがお客様の代わりにメールサーバーへログインします。そのため、ログインの通知に海外の IP アドレスが表示されることがあります。",
    "Select Continue. When a screen asks about syncing your account to the Microsoft Cloud, read it, then select Continue. With this, a copy of your mail is kept in Microsoft's data centres, and Microsoft's servers log in to your mail server for you. So login notices may show foreign IP addresses.",
)
.expect(
    "アカウントが追加されたと表示され、受信トレイにメールが表示されます。",
    "Outlook says the account was added, and your inbox shows your mail.",
);

const TEST_MAIL: StepDef = step(
    "自分のアドレス「{address}」宛てにテストメールを送り、送信と受信ができるか確かめます。",
    "Send a test message to yourself ({address}) to check sending and receiving.",
)
.expect(
    "数分のうちにテストメールが受信トレイに届きます。",
    "The test message arrives in your inbox within a few minutes.",
);

const NEW_ACCOUNT: &[StepDef] = &[
    OPEN_ADD,
    ADDRESS,
    POP_VERSION,
    PROTOCOL,
    INCOMING_BOXES,
    USERNAME_PASSWORD,
    OUTGOING_BOXES,
    SYNC_CONSENT,
    TEST_MAIL,
];

const FIX_EXISTING: &[StepDef] = &[
    step(
        "{open_settings} と進みます。",
        "Go to {open_settings}.",
    )
    .expect(
        "「{address}」のアカウントの情報が表示されます。",
        "The details of the account {address} appear.",
    ),
    step(
        "新しい Outlook では、アカウントをいったん削除して、正しい値で追加し直します。POP の場合、受信済みのメールがアカウントと一緒に消えることがあるので、大切なメールは先に保存してください。",
        "In Outlook (new), remove the account and add it again with the right values. With POP, mail already received may go with the account, so save important messages first.",
    ),
    // The buttons' names are unconfirmed (outlook-new.md A6–A8): "like".
    step(
        "「管理」のような画面で「削除」のようなボタンを選び、確認の画面で「OK」を選びます。",
        "On the screen like Manage select the button like Remove, then OK to confirm.",
    )
    .expect(
        "アカウントの一覧から「{address}」が消えます。",
        "{address} disappears from the list of accounts.",
    ),
    step(
        "同じ画面の「アカウントの追加」を選びます。",
        "Select Add account on the same screen.",
    ),
    ADDRESS,
    POP_VERSION,
    PROTOCOL,
    INCOMING_BOXES,
    USERNAME_PASSWORD,
    OUTGOING_BOXES,
    SYNC_CONSENT,
    TEST_MAIL,
];

const MAIL_APP_REPLACED: &[StepDef] = &[
    step(
        "何が起きたか：Windows の「メール」アプリは 2024 年 12 月 31 日でサポートが終わり、メールの送受信ができなくなりました。そのため Windows Update で「新しい Outlook」が入り、こちらに切り替わりました。",
        "What happened: support for the Windows Mail app ended on 31 December 2024, and it can no longer send or receive mail. Windows Update installed Outlook (new) and switched you to it.",
    ),
    step(
        "「メール」アプリに戻すことはできません。戻しても送受信はできません。メールは新しい Outlook で設定し直します。",
        "Going back to the Mail app is not possible; it could not send or receive anyway. Set your mail up again in Outlook (new).",
    ),
    step(
        "「新しい Outlook を試す」の切り替えは、Outlook（クラシック）と新しい Outlook を行き来するためのものです。「メール」アプリには戻りません。Office の Outlook（クラシック）をお持ちなら、そちらで設定することもできます。",
        "The \"Try the new Outlook\" toggle only switches between classic Outlook and Outlook (new); it does not bring back the Mail app. If you have classic Outlook from Office, you can set up your mail there instead.",
    ),
    // No POP build boundary is sourced (outlook-new.md A4, N6): say what the customer sees.
    step(
        "POP で使っていた場合：新しい Outlook で「POP」が選べないとき、またはメールサーバーに接続できないという内容の表示が出たときは、IMAP で追加します。",
        "If you used POP: when Outlook (new) does not offer POP, or you see \"We couldn’t reach the email server. Please try again.\", add the account with IMAP.",
    ),
    OPEN_ADD,
    ADDRESS,
    PROTOCOL,
    INCOMING_BOXES,
    USERNAME_PASSWORD,
    OUTGOING_BOXES,
    SYNC_CONSENT,
    TEST_MAIL,
    step(
        "「メール」アプリの中にある古いメールは、「メール」アプリから書き出す（エクスポートする）ことができます。必要なら窓口にご相談ください。",
        "Old messages kept in the Mail app can still be exported from it. Ask the help desk if you need this.",
    ),
];

const LOGIN_BLOCKED: &[StepDef] = &[
    step(
        "新しい Outlook は、パソコンから直接メールサーバーにつながりません。Microsoft のサーバー（データセンター）が、お客様の代わりに「{incoming_host}」と「{outgoing_host}」にログインして、メールを受け取り、送ります。",
        "Outlook (new) does not connect from your PC to the mail server. Microsoft's servers (data centres) log in to {incoming_host} and {outgoing_host} for you, to receive and send your mail.",
    ),
    step(
        // Microsoft's words: "sync … to the Microsoft Cloud" (outlook-new.md C1).
        "そのとき、メールのコピーが Microsoft のデータセンターに保管されます。アカウントを追加したときに同意した「Microsoft Cloud との同期」がこれです。",
        "A copy of your mail is kept in Microsoft's data centres while it does this. This is the syncing to the Microsoft Cloud you agreed to when adding the account.",
    ),
    step(
        "Microsoft のサーバーは海外にもあります。そのため、ログインの通知や履歴に海外の IP アドレスが出ることがあり、「不審なログイン」として止められることがあります。新しい Outlook を使っているなら、多くはこのためです。",
        "Microsoft's servers are also abroad. So login notices and history may show foreign IP addresses, and the login may be blocked as suspicious. If you use Outlook (new), this is the usual reason.",
    ),
    step(
        "新しい Outlook を使っていないのに海外からのログインがある場合は、すぐにパスワードを変えて、窓口にご連絡ください。",
        "If you do not use Outlook (new) and still see foreign logins, change your password now and contact the help desk.",
    ),
    step(
        "新しい Outlook を使い続けるには、窓口に「新しい Outlook を使っている」とお伝えください。Microsoft のクラウドからのログインの扱いをご案内します。海外からのログインを止める設定をご自身でオンにしている場合、新しい Outlook では送受信できないことがあります。",
        "To keep using Outlook (new), tell the help desk you use it; they will explain how logins from the Microsoft cloud are handled. If you turned on a block for logins from abroad yourself, Outlook (new) may not be able to send or receive.",
    ),
    step(
        "Microsoft のクラウドを通したくない場合は、パソコンから直接つながるメールアプリ（Outlook（クラシック）、Thunderbird など）で設定できます。",
        "If you prefer not to go through the Microsoft cloud, set up your mail in an app that connects directly from your PC (classic Outlook, Thunderbird and others).",
    ),
];

pub(super) static GUIDES: ClientGuides = ClientGuides {
    toggles: SWITCH,
    // A server, port or encryption is fixed by removing the account and adding it again (the
    // desk's fix steps are this guide's, see `FIX_EXISTING`).
    readd_to_fix: true,
    guides: &[
        GuideDef {
            kind: GuideKind::NewAccount,
            title: crate::lang::Text::table(
                "新しい Outlook：メールアカウントを追加する（{protocol}）",
                "Outlook (new): add your mail account ({protocol})",
            ),
            steps: NEW_ACCOUNT,
        },
        GuideDef {
            kind: GuideKind::FixExisting,
            title: crate::lang::Text::table(
                "新しい Outlook：アカウントの設定を確かめて直す",
                "Outlook (new): check and fix your account settings",
            ),
            steps: FIX_EXISTING,
        },
        GuideDef {
            kind: GuideKind::MailAppReplaced,
            title: crate::lang::Text::table(
                "「メール」アプリが新しい Outlook に置き換わった",
                "Windows Update replaced my Mail app",
            ),
            steps: MAIL_APP_REPLACED,
        },
        GuideDef {
            kind: GuideKind::LoginBlocked,
            title: crate::lang::Text::table(
                "ログインが「不審なログイン」として止められた",
                "My login was blocked as suspicious",
            ),
            steps: LOGIN_BLOCKED,
        },
    ],
};
