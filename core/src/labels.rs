//! Each client's own words for its settings, in Japanese and English: what the customer sees
//! on screen. Data only; one file per client, `clients/<client>/labels.rs`. The fix steps and the guides put
//! the profile's values next to these labels.
//!
//! Sources: the client dossiers in `docs/knowledge/`, each fact with its source. Each `Labels`
//! says which of its labels are unconfirmed ("?" in the dossier) in `unconfirmed`, a bitset over
//! [`Label`]; the fact that covers each one is in the `knowledge` tables (feature `knowledge`,
//! `knowledge::fact_for_label`). Steps name such a label through [`named`] ("a box like …, it
//! may read differently"), so a small difference in wording does not confuse.

use crate::case::{ClientId, Protocol, Security};
use crate::lang::{Lang, Text};
use crate::report::Field;

/// One label of [`Labels`], for the `unconfirmed` flag (the app's name is not a label on screen).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    OpenSettings,
    Protocol,
    /// The names of the IMAP and POP choices (`imap`, `pop3`).
    ProtocolChoice,
    IncomingHost,
    IncomingPort,
    /// The incoming encryption control's label (and `imap_security`'s).
    IncomingSecurity,
    Username,
    OutgoingHost,
    OutgoingPort,
    OutgoingSecurity,
    OutgoingAuth,
    OutgoingSameLogin,
    Spa,
    AuthMethod,
    Save,
    /// The further screens' and tabs' names (`screens`).
    Screens,
}

impl Label {
    pub const ALL: [Label; 16] = [
        Label::OpenSettings,
        Label::Protocol,
        Label::ProtocolChoice,
        Label::IncomingHost,
        Label::IncomingPort,
        Label::IncomingSecurity,
        Label::Username,
        Label::OutgoingHost,
        Label::OutgoingPort,
        Label::OutgoingSecurity,
        Label::OutgoingAuth,
        Label::OutgoingSameLogin,
        Label::Spa,
        Label::AuthMethod,
        Label::Save,
        Label::Screens,
    ];

    /// The field's name in `Labels` (`incoming_host`), for the CLI and the dossiers.
    pub fn as_str(self) -> &'static str {
        match self {
            Label::OpenSettings => "open_settings",
            Label::Protocol => "protocol",
            Label::ProtocolChoice => "imap/pop3",
            Label::IncomingHost => "incoming_host",
            Label::IncomingPort => "incoming_port",
            Label::IncomingSecurity => "incoming_security",
            Label::Username => "username",
            Label::OutgoingHost => "outgoing_host",
            Label::OutgoingPort => "outgoing_port",
            Label::OutgoingSecurity => "outgoing_security",
            Label::OutgoingAuth => "outgoing_auth",
            Label::OutgoingSameLogin => "outgoing_same_login",
            Label::Spa => "spa",
            Label::AuthMethod => "auth_method",
            Label::Save => "save",
            Label::Screens => "screens",
        }
    }
}

/// A set of [`Label`]s: two bytes in each `Labels`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LabelSet(u16);

impl LabelSet {
    pub const NONE: LabelSet = LabelSet(0);

    pub const fn of(labels: &[Label]) -> LabelSet {
        let mut bits = 0u16;
        let mut i = 0;
        while i < labels.len() {
            bits |= 1 << labels[i] as u16;
            i += 1;
        }
        LabelSet(bits)
    }

    pub const fn contains(self, label: Label) -> bool {
        self.0 & (1 << label as u16) != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn iter(self) -> impl Iterator<Item = Label> {
        Label::ALL.into_iter().filter(move |l| self.contains(*l))
    }
}

/// A label as a step names it, quoted, in `lang`. A confirmed one plainly (「ポート」, "Port");
/// an unconfirmed one as a box like it whose words may differ (「ポート」のような項目（表示が違う
/// ことがあります）, "Port" (the name on screen may differ)). A path or a label that already
/// has quotes is not quoted again; unconfirmed, it gets the note alone. The one place this
/// wording lives: the desk's fix steps and the customers' guides both call it.
pub fn named(label: &str, unconfirmed: bool, lang: Lang) -> String {
    let path = label.chars().any(|c| matches!(c, '→' | '「' | '"'));
    let crate::text::LabelMarks {
        open,
        close,
        like,
        note,
    } = crate::text::label_marks(lang);
    let mut out = String::new();
    if !path {
        out.push_str(open);
    }
    out.push_str(label);
    if !path {
        out.push_str(close);
    }
    if unconfirmed {
        if !path {
            out.push_str(like);
        }
        out.push_str(note);
    }
    out
}

/// How a client lets the user choose encryption for one server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecurityControl {
    /// A drop-down (or radio group) with a name for each choice. `auto` is the name of an
    /// "Auto" choice where the client has one.
    Choice {
        label: Text,
        ssl: Text,
        starttls: Text,
        none: Text,
        auto: Option<Text>,
    },
    /// One check box meaning implicit TLS ("This server requires an encrypted connection
    /// (SSL)"): on = SSL/TLS, off = none. STARTTLS cannot be chosen.
    SslCheckbox { label: Text },
    /// One switch meaning "use TLS"; the port decides implicit TLS or STARTTLS (Apple's
    /// "Use SSL").
    TlsSwitch { label: Text },
}

impl SecurityControl {
    /// What the user sets for `security`: `(control's label, the choice or "on"/"off")`.
    pub fn setting(&self, security: Security) -> (Text, Text) {
        const ON: Text = Text::new("オン", "on");
        const OFF: Text = Text::new("オフ", "off");
        match *self {
            SecurityControl::Choice {
                label,
                ssl,
                starttls,
                none,
                auto,
            } => (
                label,
                match security {
                    Security::Ssl => ssl,
                    Security::Starttls => starttls,
                    Security::None => none,
                    Security::Auto => auto.unwrap_or(none),
                },
            ),
            SecurityControl::SslCheckbox { label } => {
                (label, if security == Security::Ssl { ON } else { OFF })
            }
            SecurityControl::TlsSwitch { label } => (
                label,
                if matches!(security, Security::Ssl | Security::Starttls) {
                    ON
                } else {
                    OFF
                },
            ),
        }
    }
}

/// The four settings an "Advanced" tab usually holds: both ports and both encryption controls.
pub(crate) const PORTS_AND_ENCRYPTION: &[Field] = &[
    Field::IncomingPort,
    Field::IncomingSecurity,
    Field::OutgoingPort,
    Field::OutgoingSecurity,
];

/// A further screen or tab of a client's account settings, reached from the first one
/// (`open_settings`), and the settings on it (as the report names them: `incoming.auth` is SPA
/// or the authentication method, `outgoing.username` the outgoing login). A setting on no such
/// screen is on the first one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Screen {
    /// How to reach it from the first screen (Outlook (classic): 「詳細設定」→「詳細設定」タブ).
    pub open: Text,
    /// How to reach it while the screen before it in `screens` is open (「詳細設定」タブ).
    pub from_previous: Text,
    pub settings: &'static [Field],
}

/// A client's labels for the settings the desk talks about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Labels {
    /// The app as the customer knows it (「新しい Outlook」).
    pub app: Text,
    /// How to reach an existing account's server settings, as one path
    /// (「ファイル」→「アカウント設定」→「アカウント設定」→ account →「変更」).
    pub open_settings: Text,
    /// The control that picks POP or IMAP ("Account type").
    pub protocol: Text,
    pub imap: Text,
    pub pop3: Text,
    pub incoming_host: Text,
    pub incoming_port: Text,
    pub incoming_security: SecurityControl,
    /// The incoming control for an IMAP account where it differs from `incoming_security`
    /// (Outlook (classic): POP has a check box, IMAP a list). Use [`Labels::incoming_security_for`].
    pub imap_security: Option<SecurityControl>,
    /// The login name field.
    pub username: Text,
    pub outgoing_host: Text,
    pub outgoing_port: Text,
    pub outgoing_security: SecurityControl,
    /// "My outgoing server (SMTP) requires authentication" or the client's equivalent.
    pub outgoing_auth: Text,
    /// "Use same settings as my incoming mail server", where the client has it.
    pub outgoing_same_login: Option<Text>,
    /// "Require logon using Secure Password Authentication (SPA)", where the client has it.
    pub spa: Option<Text>,
    /// The authentication method choice and its plain-password value
    /// (Thunderbird: 「認証方式」 = 「通常のパスワード認証」), where the client has one.
    pub auth_method: Option<(Text, Text)>,
    /// The button or action that saves and tests the settings.
    pub save: Text,
    /// Further screens or tabs, in the order the fix steps visit them; empty when every
    /// setting is on the first screen.
    pub screens: &'static [Screen],
    /// The button that closes those screens and returns to the first one before `save`
    /// (Outlook (classic): 「OK」), where the client has one.
    pub close_screens: Option<Text>,
    /// The labels not confirmed from the vendor ("?" in `docs/knowledge/<client>.md`; the fact
    /// behind each is in the `knowledge` tables). Steps word them with [`named`].
    pub unconfirmed: LabelSet,
}

impl Labels {
    /// Every word of these labels in `lang`: names, paths, list items, buttons (for checks that
    /// a client's steps name only what the client shows).
    pub fn texts(&self, lang: Lang) -> Vec<&'static str> {
        let mut all = vec![
            self.app,
            self.open_settings,
            self.protocol,
            self.imap,
            self.pop3,
            self.incoming_host,
            self.incoming_port,
            self.username,
            self.outgoing_host,
            self.outgoing_port,
            self.outgoing_auth,
            self.save,
        ];
        all.extend(
            [self.outgoing_same_login, self.spa, self.close_screens]
                .into_iter()
                .flatten(),
        );
        if let Some((label, value)) = self.auth_method {
            all.extend([label, value]);
        }
        for screen in self.screens {
            all.extend([screen.open, screen.from_previous]);
        }
        let controls = [
            Some(self.incoming_security),
            self.imap_security,
            Some(self.outgoing_security),
        ];
        for control in controls.into_iter().flatten() {
            match control {
                SecurityControl::Choice {
                    label,
                    ssl,
                    starttls,
                    none,
                    auto,
                } => {
                    all.extend([label, ssl, starttls, none].into_iter().chain(auto));
                }
                SecurityControl::SslCheckbox { label } | SecurityControl::TlsSwitch { label } => {
                    all.push(label)
                }
            }
        }
        all.into_iter().map(|t| t.get(lang)).collect()
    }

    pub fn protocol_name(&self, protocol: Protocol) -> Text {
        match protocol {
            Protocol::Imap => self.imap,
            Protocol::Pop3 => self.pop3,
        }
    }

    /// The screen a setting is on: `None` for the first one, or its index in `screens`.
    pub fn screen_of(&self, field: Field) -> Option<usize> {
        self.screens
            .iter()
            .position(|s| s.settings.contains(&field))
    }

    /// Whether `label` is unconfirmed in this client's words.
    pub fn is_unconfirmed(&self, label: Label) -> bool {
        self.unconfirmed.contains(label)
    }

    /// `text` (this client's `label`) as a step names it: [`named`] with its flag.
    pub fn named(&self, label: Label, text: Text, lang: Lang) -> String {
        named(text.get(lang), self.is_unconfirmed(label), lang)
    }

    /// The incoming encryption control for an account of `protocol`.
    pub fn incoming_security_for(&self, protocol: Protocol) -> SecurityControl {
        match (protocol, self.imap_security) {
            (Protocol::Imap, Some(control)) => control,
            _ => self.incoming_security,
        }
    }
}

/// The labels of a client at a version (`None` client: the generic words).
/// An unknown or unreadable version gets the client's current labels.
pub fn for_client(client: Option<ClientId>, version: Option<&str>) -> &'static Labels {
    match client {
        None => &GENERIC,
        Some(id) => (crate::clients::entry(id).labels)(version),
    }
}

/// The leading number of a version string (`"2010"` → 2010, `" 17.5"` → 17, `"365"` → 365).
pub(crate) fn major_version(version: Option<&str>) -> Option<u32> {
    let digits: String = version?
        .trim()
        .chars()
        .take_while(|c| c.is_ascii_digit())
        .take(9)
        .collect();
    digits.parse().ok()
}

/// Words for "any mail app", used before the client is known.
pub static GENERIC: Labels = Labels {
    app: Text::new("メールアプリ", "your mail app"),
    open_settings: Text::new(
        "メールアプリのアカウント設定（サーバー設定）",
        "your mail app's account settings (server settings)",
    ),
    protocol: Text::new("アカウントの種類", "Account type"),
    imap: Text::new("IMAP", "IMAP"),
    pop3: Text::new("POP", "POP"),
    incoming_host: Text::new("受信メールサーバー", "Incoming mail server"),
    incoming_port: Text::new("受信サーバーのポート番号", "Incoming port"),
    incoming_security: SecurityControl::Choice {
        label: Text::new("受信サーバーの暗号化方法", "Incoming encryption"),
        ssl: Text::new("SSL/TLS", "SSL/TLS"),
        starttls: Text::new("STARTTLS", "STARTTLS"),
        none: Text::new("なし", "None"),
        auto: None,
    },
    imap_security: None,
    username: Text::new("ユーザー名", "User name"),
    outgoing_host: Text::new("送信メールサーバー (SMTP)", "Outgoing mail server (SMTP)"),
    outgoing_port: Text::new("送信サーバーのポート番号", "Outgoing port"),
    outgoing_security: SecurityControl::Choice {
        label: Text::new("送信サーバーの暗号化方法", "Outgoing encryption"),
        ssl: Text::new("SSL/TLS", "SSL/TLS"),
        starttls: Text::new("STARTTLS", "STARTTLS"),
        none: Text::new("なし", "None"),
        auto: None,
    },
    outgoing_auth: Text::new(
        "送信サーバーの認証（SMTP 認証）",
        "Outgoing server authentication (SMTP AUTH)",
    ),
    outgoing_same_login: None,
    spa: None,
    auth_method: Some((
        Text::new("認証方式", "Authentication"),
        Text::new("通常のパスワード", "Normal password"),
    )),
    save: Text::new(
        "保存して送受信を試す",
        "Save, then try sending and receiving",
    ),
    screens: &[],
    close_screens: None,
    unconfirmed: LabelSet::NONE,
};

/// Every label set a client has (one per version range), for the tests and the `knowledge`
/// tables' check.
pub fn variants(client: ClientId) -> Vec<&'static Labels> {
    let mut all: Vec<&'static Labels> = Vec::new();
    for version in [None, Some("2010"), Some("2013"), Some("140"), Some("17")] {
        let labels = for_client(Some(client), version);
        if !all.iter().any(|l| std::ptr::eq(*l, labels)) {
            all.push(labels);
        }
    }
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    fn control_texts(control: SecurityControl) -> Vec<Text> {
        match control {
            SecurityControl::Choice {
                label,
                ssl,
                starttls,
                none,
                auto,
            } => [label, ssl, starttls, none]
                .into_iter()
                .chain(auto)
                .collect(),
            SecurityControl::SslCheckbox { label } | SecurityControl::TlsSwitch { label } => {
                vec![label]
            }
        }
    }

    fn all_texts(l: &Labels) -> Vec<Text> {
        let mut texts = vec![
            l.app,
            l.open_settings,
            l.protocol,
            l.imap,
            l.pop3,
            l.incoming_host,
            l.incoming_port,
            l.username,
            l.outgoing_host,
            l.outgoing_port,
            l.outgoing_auth,
            l.save,
        ];
        texts.extend(control_texts(l.incoming_security));
        texts.extend(l.imap_security.map(control_texts).unwrap_or_default());
        texts.extend(control_texts(l.outgoing_security));
        texts.extend(l.outgoing_same_login);
        texts.extend(l.spa);
        if let Some((label, value)) = l.auth_method {
            texts.extend([label, value]);
        }
        texts
    }

    #[test]
    fn every_client_has_its_own_complete_words() {
        let mut seen: Vec<&'static Labels> = vec![&GENERIC];
        for client in ClientId::ALL {
            let labels = for_client(Some(client), None);
            for text in all_texts(labels) {
                assert!(
                    !text.ja.trim().is_empty() && !text.en.trim().is_empty(),
                    "{client:?}: {text:?}"
                );
                // English text uses English quotes, not 「」.
                assert!(!text.en.contains('「'), "{client:?}: {text:?}");
            }
            assert!(
                labels.open_settings.ja.contains('→') && labels.open_settings.en.contains('→'),
                "{client:?}: open_settings is a menu path"
            );
            assert!(
                !seen.iter().any(|other| **other == *labels),
                "{client:?} shares its labels with another client"
            );
            seen.push(labels);
        }
    }

    #[test]
    fn outlook_classic_versions_have_their_own_dialogs() {
        let current = for_client(Some(ClientId::OutlookClassic), Some("365"));
        let o2010 = for_client(Some(ClientId::OutlookClassic), Some("2010"));
        let o2013 = for_client(Some(ClientId::OutlookClassic), Some("2013"));
        assert_ne!(current, o2010);
        // 2010/2013: the SMTP list's "TLS" is STARTTLS, and POP has the SSL check box.
        for labels in [o2010, o2013] {
            let (label, value) = labels.outgoing_security.setting(Security::Starttls);
            assert_eq!((label.ja, value.ja), ("使用する暗号化接続の種類", "TLS"));
            assert!(matches!(
                labels.incoming_security_for(Protocol::Pop3),
                SecurityControl::SslCheckbox { label } if label.en.contains("(SSL)")
            ));
            assert_eq!(labels.spa.map(|t| t.en.contains("SPA")), Some(true));
        }
        let (_, value) = current.outgoing_security.setting(Security::Starttls);
        assert_eq!(value.en, "STARTTLS");
        let (_, value) = current
            .incoming_security_for(Protocol::Imap)
            .setting(Security::Ssl);
        assert_eq!(value.en, "SSL/TLS");
        for version in [
            "2016",
            "2019",
            "2021",
            "2024",
            "16.0.17928",
            "",
            "  ",
            "x",
            "99999999999999",
        ] {
            assert_eq!(
                for_client(Some(ClientId::OutlookClassic), Some(version)),
                current
            );
        }
        assert_eq!(
            for_client(Some(ClientId::OutlookClassic), Some("14.0.7")),
            o2010
        );
    }

    #[test]
    fn apple_has_one_switch_and_thunderbird_its_list() {
        for client in [ClientId::IosMail, ClientId::AppleMail] {
            let labels = for_client(Some(client), None);
            assert!(matches!(
                labels.incoming_security,
                SecurityControl::TlsSwitch { .. }
            ));
            let (_, on) = labels.outgoing_security.setting(Security::Starttls);
            assert_eq!(on.ja, "オン");
        }
        let ios = for_client(Some(ClientId::IosMail), None);
        let (label, _) = ios.incoming_security.setting(Security::Ssl);
        assert_eq!(label.ja, "SSLを使用");
        assert_ne!(for_client(Some(ClientId::IosMail), Some("16.7")), ios);
        // Three menu paths by version (docs/knowledge/ios-mail.md P1, unconfirmed).
        for (version, path) in [
            ("12.5.7", "「設定」→「パスワードとアカウント」"),
            ("13", "「設定」→「パスワードとアカウント」"),
            ("14.8", "「設定」→「メール」→「アカウント」"),
            ("17.6", "「設定」→「メール」→「アカウント」"),
            ("18.1", "「設定」→「アプリ」→「メール」"),
        ] {
            let labels = for_client(Some(ClientId::IosMail), Some(version));
            assert!(labels.open_settings.ja.starts_with(path), "{version}");
        }
        let tb = for_client(Some(ClientId::Thunderbird), Some("128"));
        let (label, value) = tb.incoming_security.setting(Security::Ssl);
        assert_eq!((label.ja, value.ja), ("接続の保護", "SSL/TLS"));
        assert_eq!(
            tb.auth_method.map(|(_, v)| v.ja),
            Some("通常のパスワード認証")
        );
        // docs/knowledge/thunderbird.md S4: 「送信サーバー」 from 141, 「送信 (SMTP) サーバー」 up to 140.
        for (version, ja, en) in [
            (
                Some("128"),
                "「送信 (SMTP) サーバー」",
                "Outgoing Server (SMTP)",
            ),
            (
                Some("140"),
                "「送信 (SMTP) サーバー」",
                "Outgoing Server (SMTP)",
            ),
            (Some("141"), "「送信サーバー」", "Outgoing Server →"),
            (Some("153"), "「送信サーバー」", "Outgoing Server →"),
            (None, "「送信サーバー」", "Outgoing Server →"),
        ] {
            let l = for_client(Some(ClientId::Thunderbird), version);
            assert!(l.open_settings.ja.contains(ja), "{version:?}");
            assert!(l.open_settings.en.contains(en), "{version:?}");
        }
        let android = for_client(Some(ClientId::AndroidGmail), None);
        assert_eq!(
            android.outgoing_security.setting(Security::None).0.ja,
            "セキュリティの種類"
        );
        let becky = for_client(Some(ClientId::Becky), None);
        assert_eq!(becky.outgoing_auth.ja, "SMTP認証");
    }

    #[test]
    fn a_confirmed_label_is_quoted_plainly_an_unconfirmed_one_may_read_differently() {
        assert_eq!(named("ポート", false, Lang::Ja), "「ポート」");
        assert_eq!(named("Port", false, Lang::En), "\"Port\"");
        assert_eq!(
            named("ポート", true, Lang::Ja),
            "「ポート」のような項目（表示が違うことがあります）"
        );
        assert_eq!(
            named("Port", true, Lang::En),
            "\"Port\" (the name on screen may differ)"
        );
        // A path keeps its own quotes; unconfirmed, it gets the note.
        assert_eq!(
            named("「設定」→「アカウント」", false, Lang::Ja),
            "「設定」→「アカウント」"
        );
        assert_eq!(
            named("Settings → Accounts", true, Lang::En),
            "Settings → Accounts (the name on screen may differ)"
        );
        // The flags: Thunderbird's labels are Mozilla's own, Becky!'s from ISP pages.
        let tb = for_client(Some(ClientId::Thunderbird), None);
        let becky = for_client(Some(ClientId::Becky), None);
        assert!(tb.unconfirmed.is_empty());
        for lang in Lang::ALL {
            assert_eq!(
                tb.named(Label::IncomingPort, tb.incoming_port, lang),
                named(tb.incoming_port.get(lang), false, lang)
            );
            let said = becky.named(Label::IncomingPort, becky.incoming_port, lang);
            assert!(
                said.contains("表示が違う") || said.contains("may differ"),
                "{said}"
            );
        }
    }

    #[test]
    fn major_version_reads_leading_digits_only() {
        assert_eq!(major_version(Some(" 2010 SP2")), Some(2010));
        assert_eq!(major_version(Some("1.2024.403.300")), Some(1));
        assert_eq!(major_version(Some("")), None);
        assert_eq!(major_version(Some("９９")), None);
        assert_eq!(major_version(None), None);
    }
}
