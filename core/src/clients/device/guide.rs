//! Multifunction printers, scanners and NAS: the typical scan-to-email (SMTP) screen. Makers
//! word it differently, so the steps say "a box like …".

use crate::guide::Value::{
    Address, OutgoingHost, OutgoingPort, OutgoingSecurity, OutgoingUsername,
};
use crate::guide::{step, ClientGuides, GuideDef, GuideKind, StepDef, SWITCH};
use crate::lang::Text;

const OPEN: StepDef = step(
    "{open_settings} を開きます。管理者のパスワードが必要なことがあります。",
    "Open {open_settings}. It may need the administrator password.",
);

const SMTP_SERVER: StepDef = step(
    "「SMTP サーバーアドレス」のような欄に「{outgoing_host}」、ポート番号の欄に「{outgoing_port}」を入力します。IP アドレスではなく、このサーバー名を入力します。",
    "In a box like \"SMTP server address\" type {outgoing_host}, and {outgoing_port} in the port box. Type this server name, not an IP address.",
)
.values(&[OutgoingHost, OutgoingPort]);

const ENCRYPTION: StepDef = step(
    "暗号化の欄（「SSL/TLS」「SMTP over SSL」「Start TLS」のような選択肢）：{outgoing_security}",
    "The encryption setting (choices like \"SSL/TLS\", \"SMTP over SSL\", \"Start TLS\"): {outgoing_security}",
)
.values(&[OutgoingSecurity]);

const AUTH: StepDef = step(
    "認証の欄で{outgoing_auth}を選び、アカウント（ユーザー名）に「{outgoing_username}」、パスワードにメールのパスワードを入力します。「POP before SMTP」は選びません。",
    "In the authentication setting choose {outgoing_auth}, type {outgoing_username} as the account (user name) and the mail password. Do not choose POP before SMTP.",
)
.values(&[OutgoingUsername]);

const SENDER: StepDef = step(
    "送信元（差出人）メールアドレスの欄に「{address}」を入力します。",
    "Type {address} in the sender (From) address box.",
)
.values(&[Address]);

const TEST_SEND: StepDef = step(
    "設定を保存し、テスト送信（またはスキャンしてメール送信）を試します。",
    "Save the settings and send a test (or scan to email).",
)
.expect(
    "数分のうちに、送信先にメールが届きます。",
    "The message reaches the recipient within a few minutes.",
);

/// The ways out for a device that cannot do what the cloud service needs (TLS 1.2, a host name
/// instead of an IP address): one text for the customers' guide (`{device_ways_out}`) and the
/// desk's fix steps (`text::steps`), so both faces offer the same three. Source: CLIENTS.md,
/// "Multifunction printers" (firmware update, replacement, or a local relay the ISP's policy
/// allows).
pub(crate) const WAYS_OUT: Text = Text::new(
    "ファームウェアを最新にする（対応する機種があります）、社内に中継用のメールサーバーを置き、機器はそこへ送る、機器を買い替える、のいずれかになります",
    "the ways out are a firmware update (some models gain it), a local relay mail server in the office that the device sends to, or a replacement",
);

const OLD_TLS: StepDef = step(
    "送れないときは、機器が TLS 1.2 に対応しているか確かめます。古い機種やファームウェアは TLS 1.2 が使えず、送信できません。その場合は、{device_ways_out}。機器のメーカーか窓口にご相談ください。",
    "If it cannot send, check that the device supports TLS 1.2. Old models and firmware cannot use TLS 1.2 and cannot send here: {device_ways_out}. Ask the maker or the help desk.",
);

const NO_HOST_NAME: StepDef = step(
    "機器にサーバー名を入力できない（IP アドレスしか入らない、DNS を設定できない）場合は、{device_ways_out}。どれも難しいときは窓口にご相談ください。個別にご相談に応じます。",
    "If the device cannot take a server name (only an IP address, or its DNS cannot be set): {device_ways_out}. If none of these is possible, contact the help desk; such devices are handled one by one.",
);

const NEW_ACCOUNT: &[StepDef] = &[
    OPEN,
    SMTP_SERVER,
    ENCRYPTION,
    AUTH,
    SENDER,
    TEST_SEND,
    OLD_TLS,
];

const FIX_EXISTING: &[StepDef] = &[
    OPEN,
    step(
        "SMTP サーバーの欄が、古いサーバー名や IP アドレスになっていないか確かめます。IP アドレスが入っていたら、次の手順でサーバー名に直します。",
        "Check whether the SMTP server box holds an old server name or an IP address. If it has an IP address, change it to the server name in the next step.",
    ),
    SMTP_SERVER,
    NO_HOST_NAME,
    ENCRYPTION,
    AUTH,
    SENDER,
    TEST_SEND,
    OLD_TLS,
];

pub(super) static GUIDES: ClientGuides = ClientGuides {
    toggles: SWITCH,
    readd_to_fix: false,
    guides: &[
        GuideDef {
            kind: GuideKind::NewAccount,
            title: Text::table(
                "複合機・スキャナー・NAS：スキャン to メールを設定する",
                "Printer / scanner / NAS: set up scan to email",
            ),
            steps: NEW_ACCOUNT,
        },
        GuideDef {
            kind: GuideKind::FixExisting,
            title: Text::table(
                "複合機・スキャナー・NAS：メール送信の設定を確かめて直す",
                "Printer / scanner / NAS: check and fix the email settings",
            ),
            steps: FIX_EXISTING,
        },
    ],
};
