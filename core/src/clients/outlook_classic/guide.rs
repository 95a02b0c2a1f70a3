//! Outlook (classic): 2016 and later ("current") and 2010/2013, whose menus differ. New account,
//! check / fix, a new mail profile, and repair.

use crate::clients::outlook_classic::labels::{generation, Generation};
use crate::guide::Value::{
    Address, IncomingHost, IncomingPort, IncomingSecurity, OutgoingHost, OutgoingPort,
    OutgoingSecurity, Protocol, Username,
};
use crate::guide::{
    step, ClientGuides, GuideDef, GuideKind, StepDef, CHECK_BOX, INCOMING, OUTGOING,
};
use crate::lang::Text;

// Steps shared by every version: the 「詳細設定」 (More Settings) dialog and the test.

const NAMES_AND_SERVERS: StepDef = step(
    "「名前」にお名前、「電子メール アドレス」に「{address}」を入力します。「アカウントの種類」は{protocol_item}、「受信メール サーバー」は「{incoming_host}」、「送信メール サーバー (SMTP)」は「{outgoing_host}」です。",
    "Type your name in Your Name and {address} in Email Address. Account Type: {protocol_item}. Incoming mail server: {incoming_host}. Outgoing mail server (SMTP): {outgoing_host}.",
)
.values(&[Address, Protocol, IncomingHost, OutgoingHost]);

const LOGON: StepDef = step(
    "「アカウント名」に「{username}」と入力します。「パスワード」にはメールのパスワードをご自身で入力します。{spa}にチェックが入っていたら外します。",
    "Type {username} in User Name. Type your mail password in Password yourself. If {spa} is ticked, clear it.",
)
.values(&[Username]);

const OUTGOING_AUTH_TAB: StepDef = step(
    "右下の「詳細設定」を選び、「送信サーバー」タブを開きます。{outgoing_auth}にチェックを入れ、{outgoing_same_login}を選びます。",
    "Select More Settings at the bottom right and open the Outgoing Server tab. Tick {outgoing_auth} and choose {outgoing_same_login}.",
);

const ADVANCED_TAB: StepDef = step(
    "「詳細設定」タブを開きます。受信サーバーは、ポート番号「{incoming_port}」。{incoming_security} 送信サーバー (SMTP) は、ポート番号「{outgoing_port}」。{outgoing_security} 暗号化を選ぶとポート番号が自動で変わることがあるので、最後にもう一度ポート番号を確かめ、「OK」を選びます。",
    "Open the Advanced tab. Incoming server: port {incoming_port}. {incoming_security} Outgoing server (SMTP): port {outgoing_port}. {outgoing_security} Choosing the encryption may change the port by itself, so check both port numbers once more, then select OK.",
)
.values(&[IncomingPort, IncomingSecurity, OutgoingPort, OutgoingSecurity]);

const TEST_SETTINGS: StepDef = step(
    "「次へ」を選びます。設定のテストが始まります。",
    "Select Next. Outlook tests the settings.",
)
.expect(
    "「テスト アカウント設定」で、受信メール サーバーへのログオンとテスト メッセージの送信が「完了」になります。「閉じる」→「完了」を選びます。",
    "\"Test Account Settings\" shows Completed for logging on to the incoming server and for sending a test message. Select Close, then Finish.",
);

const TEST_MAIL: StepDef = step(
    "自分のアドレス「{address}」宛てにテストメールを送り、送信と受信ができるか確かめます。",
    "Send a test message to yourself ({address}) to check sending and receiving.",
)
.expect(
    "数分のうちにテストメールが受信トレイに届きます。",
    "The test message arrives in your inbox within a few minutes.",
);

const PROTOCOL_FIXED: StepDef = step(
    "「アカウントの種類」が{protocol_item}か確かめます。種類はあとから変えられないので、違うときはアカウントを新しく追加し直します。",
    "Check that Account Type is {protocol_item}. It cannot be changed later; if it is wrong, add the account again as a new one.",
)
.values(&[Protocol]);

const SERVERS_CHECK: StepDef = step(
    "「受信メール サーバー」が「{incoming_host}」、「送信メール サーバー (SMTP)」が「{outgoing_host}」になっているか確かめ、違えば直します。",
    "Check that Incoming mail server is {incoming_host} and Outgoing mail server (SMTP) is {outgoing_host}; correct them if not.",
)
.values(&[IncomingHost, OutgoingHost]);

// Control Panel 「メール」: the same in every version.

const PROFILE_START: &[StepDef] = &[
    step("Outlook を閉じます。", "Close Outlook."),
    step(
        "コントロール パネルを開き、「メール」（「Mail (Microsoft Outlook)」のような名前）を開きます。見つからないときは、右上の検索欄に「メール」と入力します。この項目は Outlook を一度起動したあとで表示されます。",
        "Open the Control Panel, then Mail (named like \"Mail (Microsoft Outlook)\"). If you cannot find it, type Mail in the search box at the top right. It appears only after Outlook has run once.",
    )
    .expect(
        "「メール設定 - Outlook」の画面が表示されます。",
        "The \"Mail Setup - Outlook\" window appears.",
    ),
    step(
        "「プロファイルの表示」を選び、「追加」を選びます。",
        "Select Show Profiles, then Add.",
    ),
    step(
        "「プロファイル名」に分かりやすい名前（例：「メール2」）を入力し、「OK」を選びます。",
        "Type an easy name in Profile Name (for example \"Mail2\") and select OK.",
    )
    .expect(
        "「アカウントの追加」の画面が表示されます。",
        "The Add Account window appears.",
    ),
    step(
        "「自分で電子メールやその他のサービスを使うための設定をする (手動設定)」（「手動設定」のような項目）を選んで「次へ」、「POP または IMAP」を選んで「次へ」を選びます。",
        "Select \"Manual setup or additional server types\" (an item like \"manual setup\"), then Next; select \"POP or IMAP\", then Next.",
    )
    .expect(
        "「POP と IMAP のアカウント設定」の画面が表示されます。",
        "The \"POP and IMAP Account Settings\" window appears.",
    ),
];

const PROFILE_END: &[StepDef] = &[
    step(
        "「メール設定」の画面に戻ったら、「常に使用するプロファイル」で新しいプロファイルを選び、「OK」を選びます。Outlook を起動します。",
        "Back in Mail Setup, choose \"Always use this profile\" with the new profile, then select OK. Start Outlook.",
    )
    .expect(
        "新しいプロファイルで Outlook が開き、受信トレイにメールが届きます。",
        "Outlook opens with the new profile and mail arrives in the inbox.",
    ),
    TEST_MAIL,
];

const NEW_PROFILE: &[StepDef] = &[
    PROFILE_START[0],
    PROFILE_START[1],
    PROFILE_START[2],
    PROFILE_START[3],
    PROFILE_START[4],
    NAMES_AND_SERVERS,
    LOGON,
    OUTGOING_AUTH_TAB,
    ADVANCED_TAB,
    TEST_SETTINGS,
    PROFILE_END[0],
    PROFILE_END[1],
];

const REPAIR: &[StepDef] = &[
    step(
        "「ファイル」→「アカウント設定」→「アカウント設定」を選びます。",
        "Select File → Account Settings → Account Settings.",
    ),
    step(
        "「メール」タブで「{address}」を選び、「修復」を選びます。",
        "On the Email tab select {address}, then Repair.",
    )
    .expect(
        "アカウントを修復する画面が表示されます。",
        "A window to repair the account appears.",
    ),
    step(
        "「自分で自分のアカウントを手動で修復」や「手動設定」のような項目があれば選び、「修復」または「次へ」を選びます。",
        "If there is an item like \"Let me repair my account manually\" or \"manual setup\", select it, then Repair or Next.",
    ),
    step(
        "表示された設定を次の値と比べ、違うところを直します。",
        "Compare the settings shown with these values and correct any that differ.",
    )
    .values(&[
        Protocol,
        IncomingHost,
        IncomingPort,
        IncomingSecurity,
        Username,
        OutgoingHost,
        OutgoingPort,
        OutgoingSecurity,
    ]),
    // The repair screen is the older dialog (long SPA box) or the newer pane (short one,
    // docs/knowledge/outlook-classic.md L4): name the box by the words both share.
    step(
        "「セキュリティで保護されたパスワード認証 (SPA)」を含む項目にチェックが入っていたら外します。パスワードを聞かれたら、メールのパスワードをご自身で入力し、「修復」または「接続」を選びます。",
        "If the box about Secure Password Authentication (SPA) is ticked, clear it. When asked for the password, type your mail password yourself, then select Repair or Connect.",
    )
    .expect(
        "「アカウントが正常に更新されました」のような表示が出ます。",
        "A message like \"Account successfully updated\" appears.",
    ),
    step(
        "直らないときは、「アカウントの設定を確かめて直す」の手順で、一つずつ確かめます。",
        "If it is still not working, go through \"Check and fix your account settings\" one setting at a time.",
    ),
    TEST_MAIL,
];

// 2016 and later.

const CURRENT_NEW: &[StepDef] = &[
    step(
        "Outlook を起動し、「ファイル」→「アカウントの追加」を選びます。初めて起動したときは「Outlook へようこそ」の画面になります。",
        "Start Outlook and select File → Add Account. On first start you see \"Welcome to Outlook\" instead.",
    )
    .expect(
        "メールアドレスを入力する画面が表示されます。",
        "A screen asking for your email address appears.",
    ),
    step(
        "メールアドレスの欄に「{address}」と入力します。",
        "Type {address} in the email address box.",
    )
    .values(&[Address]),
    step(
        "「詳細オプション」を選び、「自分で自分のアカウントを手動で設定」にチェックを入れて、「接続」を選びます。",
        "Select Advanced options, tick \"Let me set up my account manually\", then select Connect.",
    )
    .expect(
        "アカウントの種類を選ぶ画面が表示されます。",
        "A screen to choose the account type appears.",
    ),
    step(
        "{protocol_item}を選びます（ボタンの表示は「POP」または「IMAP」です）。",
        "Select {protocol_item} (the buttons say POP and IMAP).",
    )
    .values(&[Protocol])
    .expect(
        "「POP アカウントの設定」または「IMAP アカウントの設定」の画面が表示されます。",
        "The \"POP Account Settings\" or \"IMAP Account Settings\" screen appears.",
    ),
    step(
        "「受信メール」の「サーバー」に「{incoming_host}」、「ポート」に「{incoming_port}」と入力します。暗号化は次のとおりにします（この画面では「暗号化方法」と表示されることがあります）：{incoming_security}",
        "Under Incoming mail, type {incoming_host} in Server and {incoming_port} in Port. Set the encryption (on this screen it may be called \"Encryption method\"): {incoming_security}",
    )
    .values(INCOMING),
    step(
        "「送信メール」の「サーバー」に「{outgoing_host}」、「ポート」に「{outgoing_port}」と入力します。暗号化は次のとおりにします（「暗号化方法」と表示されることがあります）：{outgoing_security}",
        "Under Outgoing mail, type {outgoing_host} in Server and {outgoing_port} in Port. Set the encryption (it may be called \"Encryption method\"): {outgoing_security}",
    )
    .values(OUTGOING),
    // The newer "POP Account Settings" pane words the SPA box shortly (docs/knowledge/
    // outlook-classic.md L4: Xserver's Outlook 2019 screenshots); `spa` is the Change dialog's.
    step(
        "「セキュリティで保護されたパスワード認証 (SPA) でのログオンが必要」にチェックが入っていたら外し、「次へ」を選びます。",
        "If \"Require logon using Secure Password Authentication (SPA)\" is ticked, clear it, then select Next.",
    ),
    step(
        "パスワードの画面で、メールのパスワードをご自身で入力し、「接続」を選びます。",
        "On the password screen, type your mail password yourself and select Connect.",
    )
    .expect(
        "「アカウントが正常に追加されました」と表示されます。「完了」を選びます。",
        "\"Account successfully added\" appears. Select Done.",
    ),
    step(
        "ユーザー名と送信の認証を確かめます。{open_settings} と進み、「アカウント名」が「{username}」か確かめます。",
        "Now check the user name and sending authentication. Go to {open_settings} and check that User Name is {username}.",
    )
    .values(&[Username]),
    OUTGOING_AUTH_TAB,
    step(
        "「OK」→「次へ」を選びます。",
        "Select OK, then Next.",
    )
    .expect(
        "「テスト アカウント設定」で両方の項目が「完了」になります。「閉じる」→「完了」を選びます。",
        "\"Test Account Settings\" shows Completed for both tasks. Select Close, then Finish.",
    ),
    TEST_MAIL,
];

const CURRENT_FIX: &[StepDef] = &[
    step("{open_settings} と進みます。", "Go to {open_settings}.").expect(
        "「POP と IMAP のアカウント設定」の画面が表示されます。",
        "The \"POP and IMAP Account Settings\" window appears.",
    ),
    PROTOCOL_FIXED,
    SERVERS_CHECK,
    LOGON,
    OUTGOING_AUTH_TAB,
    ADVANCED_TAB,
    TEST_SETTINGS,
    TEST_MAIL,
];

// 2010 and 2013.

const LEGACY_NEW: &[StepDef] = &[
    step(
        "Outlook を起動し、「ファイル」→「情報」→「アカウントの追加」を選びます。",
        "Start Outlook and select File → Info → Add Account.",
    )
    .expect(
        "「アカウントの追加」（自動アカウント セットアップ）の画面が表示されます。",
        "The Add Account (Auto Account Setup) window appears.",
    ),
    step(
        "2013 は「自分で電子メールやその他のサービスを使うための設定をする (手動設定)」、2010 は「サーバー設定または追加のサーバーの種類を手動で構成する」を選び、「次へ」を選びます。",
        "Select \"Manual setup or additional server types\" (2013) or \"Manually configure server settings or additional server types\" (2010), then Next.",
    ),
    step(
        "2013 は「POP または IMAP」、2010 は「インターネット電子メール」を選び、「次へ」を選びます。",
        "Select \"POP or IMAP\" (2013) or \"Internet E-mail\" (2010), then Next.",
    )
    .expect(
        "「POP と IMAP のアカウント設定」（2010 は「インターネット電子メール設定」）の画面が表示されます。",
        "The \"POP and IMAP Account Settings\" window (2010: \"Internet E-mail Settings\") appears.",
    ),
    NAMES_AND_SERVERS,
    LOGON,
    OUTGOING_AUTH_TAB,
    ADVANCED_TAB,
    step(
        "Windows 7 でお使いの場合、暗号化の接続で失敗することがあります（TLS 1.2 が初期状態でオフのため）。次のテストで「暗号化」や「接続」のエラーが出たら、窓口にご相談ください。",
        "On Windows 7 the encrypted connection may fail (TLS 1.2 is off there by default). If the next test shows an encryption or connection error, contact the help desk.",
    ),
    TEST_SETTINGS,
    TEST_MAIL,
];

const LEGACY_FIX: &[StepDef] = &[
    step("{open_settings} と進みます。", "Go to {open_settings}.").expect(
        "「アカウントの変更」（「POP と IMAP のアカウント設定」）の画面が表示されます。",
        "The Change Account (\"POP and IMAP Account Settings\") window appears.",
    ),
    PROTOCOL_FIXED,
    SERVERS_CHECK,
    LOGON,
    OUTGOING_AUTH_TAB,
    ADVANCED_TAB,
    TEST_SETTINGS,
    TEST_MAIL,
];

const T_NEW: Text = Text::table(
    "Outlook（クラシック）：メールアカウントを追加する（{protocol}）",
    "Outlook (classic): add your mail account ({protocol})",
);
const T_FIX: Text = Text::table(
    "Outlook（クラシック）：アカウントの設定を確かめて直す",
    "Outlook (classic): check and fix your account settings",
);
const T_PROFILE: Text = Text::table(
    "Outlook（クラシック）：新しいプロファイルを作って設定する",
    "Outlook (classic): set up a new mail profile",
);
const T_REPAIR: Text = Text::table(
    "Outlook（クラシック）：アカウントを修復する",
    "Outlook (classic): repair the account",
);

pub(super) static CURRENT: ClientGuides = ClientGuides {
    toggles: CHECK_BOX,
    readd_to_fix: false,
    guides: &[
        GuideDef {
            kind: GuideKind::NewAccount,
            title: T_NEW,
            steps: CURRENT_NEW,
        },
        GuideDef {
            kind: GuideKind::FixExisting,
            title: T_FIX,
            steps: CURRENT_FIX,
        },
        GuideDef {
            kind: GuideKind::NewProfile,
            title: T_PROFILE,
            steps: NEW_PROFILE,
        },
        GuideDef {
            kind: GuideKind::RepairAccount,
            title: T_REPAIR,
            steps: REPAIR,
        },
    ],
};

pub(super) static LEGACY: ClientGuides = ClientGuides {
    toggles: CHECK_BOX,
    readd_to_fix: false,
    guides: &[
        GuideDef {
            kind: GuideKind::NewAccount,
            title: T_NEW,
            steps: LEGACY_NEW,
        },
        GuideDef {
            kind: GuideKind::FixExisting,
            title: T_FIX,
            steps: LEGACY_FIX,
        },
        GuideDef {
            kind: GuideKind::NewProfile,
            title: T_PROFILE,
            steps: NEW_PROFILE,
        },
        GuideDef {
            kind: GuideKind::RepairAccount,
            title: T_REPAIR,
            steps: REPAIR,
        },
    ],
};

pub(super) fn for_version(version: Option<&str>) -> &'static ClientGuides {
    match generation(version) {
        Generation::Outlook2010 | Generation::Outlook2013 => &LEGACY,
        Generation::Current => &CURRENT,
    }
}
