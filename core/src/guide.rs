//! Guided setup: step-by-step walk-throughs for each client ("set up a new account", "check /
//! fix an existing account", and a few topics of their own), in the client's own words, with
//! the profile's values for the customer's address filled in.
//!
//! The steps are data (`clients/<client>/guide.rs`), written once in both languages; [`guide`] is the one
//! composer that picks a client's guide and fills its placeholders:
//!
//! | placeholder | filled with |
//! |---|---|
//! | `{address}` | the customer's address |
//! | `{protocol}` | the client's name for IMAP or POP (as it is, for titles) |
//! | `{incoming_host}` `{incoming_port}` `{username}` | the corrected incoming values |
//! | `{outgoing_host}` `{outgoing_port}` `{outgoing_username}` | the corrected outgoing values |
//! | `{incoming_security}` `{outgoing_security}` | one sentence: what to set in that client's control |
//! | `{incoming_security_value}` `{outgoing_security_value}` | the choice's name alone ("SSL/TLS", "オン") |
//! | `{app}` `{save}` `{auth_value}` | the client's labels, as they are |
//! | `{open_settings}` `{outgoing_auth}` `{outgoing_same_login}` `{spa}` `{auth_method}` `{protocol_item}` | the client's labels as a step names them, quoted: plainly, or "like" where the label is unconfirmed ([`labels::named`]) |
//! | `{device_ways_out}` | a device's ways out (firmware, local relay, replacement), shared with the desk's fix steps |
//!
//! A placeholder the client has no label for stays as written, so a test catches it. Values are
//! inserted in one pass: a value that itself contains `{…}` is never expanded. No step asks for
//! or shows a password beyond "type your password in the app".

use crate::case::{ClientId, Protocol, Security};
use crate::labels::{self, Label, Labels, SecurityControl};
use crate::lang::{fill, Lang, Text};
use crate::report::Corrected;
use serde::{Deserialize, Serialize};

/// Which walk-through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum GuideKind {
    /// Set up a new account (for a device: set up scan-to-email).
    NewAccount,
    /// Check / fix an existing account's settings.
    FixExisting,
    /// Outlook (classic): a new mail profile from the Control Panel.
    NewProfile,
    /// Outlook (classic): 「アカウント設定」→「修復」.
    RepairAccount,
    /// Outlook (new): "Windows Update replaced my Mail app".
    MailAppReplaced,
    /// Outlook (new): "my login is blocked as suspicious" (the cloud sync explained).
    LoginBlocked,
}

impl GuideKind {
    pub const ALL: [GuideKind; 6] = [
        GuideKind::NewAccount,
        GuideKind::FixExisting,
        GuideKind::NewProfile,
        GuideKind::RepairAccount,
        GuideKind::MailAppReplaced,
        GuideKind::LoginBlocked,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            GuideKind::NewAccount => "new-account",
            GuideKind::FixExisting => "fix-existing",
            GuideKind::NewProfile => "new-profile",
            GuideKind::RepairAccount => "repair-account",
            GuideKind::MailAppReplaced => "mail-app-replaced",
            GuideKind::LoginBlocked => "login-blocked",
        }
    }

    pub fn from_name(name: &str) -> Option<GuideKind> {
        GuideKind::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

/// A value a step shows for copying.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Value {
    Address,
    Protocol,
    IncomingHost,
    IncomingPort,
    IncomingSecurity,
    Username,
    OutgoingHost,
    OutgoingPort,
    OutgoingSecurity,
    OutgoingUsername,
}

impl Value {
    /// Whether the customer types it (a host, a port, a name), rather than choosing it from a
    /// list or with a switch. Only typed values are offered for copying.
    pub(crate) fn typed(self) -> bool {
        !matches!(
            self,
            Value::Protocol | Value::IncomingSecurity | Value::OutgoingSecurity
        )
    }
}

/// The incoming values, in the order the settings screens ask for them.
pub(crate) const INCOMING: &[Value] = &[
    Value::Protocol,
    Value::IncomingHost,
    Value::IncomingPort,
    Value::IncomingSecurity,
    Value::Username,
];

/// The outgoing values.
pub(crate) const OUTGOING: &[Value] = &[
    Value::OutgoingHost,
    Value::OutgoingPort,
    Value::OutgoingSecurity,
];

/// For which accounts a step is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum When {
    Always,
    Imap,
    Pop3,
}

/// One step as written in the tables.
#[derive(Debug, Clone, Copy)]
pub(crate) struct StepDef {
    pub text: Text,
    pub expect: Option<Text>,
    pub values: &'static [Value],
    pub when: When,
}

/// A step: what to do, in Japanese and English (with placeholders).
pub(crate) const fn step(ja: &'static str, en: &'static str) -> StepDef {
    StepDef {
        text: Text::table(ja, en),
        expect: None,
        values: &[],
        when: When::Always,
    }
}

impl StepDef {
    /// What the screen should show after the step.
    pub(crate) const fn expect(mut self, ja: &'static str, en: &'static str) -> StepDef {
        self.expect = Some(Text::table(ja, en));
        self
    }

    /// The values the step shows for copying.
    pub(crate) const fn values(mut self, values: &'static [Value]) -> StepDef {
        self.values = values;
        self
    }

    pub(crate) const fn when(mut self, when: When) -> StepDef {
        self.when = when;
        self
    }
}

/// One guide as written in the tables.
#[derive(Debug)]
pub(crate) struct GuideDef {
    pub kind: GuideKind,
    pub title: Text,
    pub steps: &'static [StepDef],
}

/// How a client's check boxes or switches are worded: "tick" or "turn on". `{label}` is the
/// control's label, quoted (「…」, "…") or worded "like" ([`labels::named`]).
#[derive(Debug)]
pub(crate) struct ToggleWords {
    pub on: Text,
    pub off: Text,
}

pub(crate) const CHECK_BOX: ToggleWords = ToggleWords {
    on: Text::table("{label}にチェックを入れます。", "Tick {label}."),
    off: Text::table("{label}のチェックを外します。", "Clear {label}."),
};

pub(crate) const SWITCH: ToggleWords = ToggleWords {
    on: Text::table("{label}をオンにします。", "Turn {label} on."),
    off: Text::table("{label}をオフにします。", "Turn {label} off."),
};

/// What to choose in a list: `{label}` the list (named as `labels::named` names it), `{choice}`
/// the item.
const CHOOSE: Text = Text::table(
    "{label}で「{choice}」を選びます。",
    "Set {label} to \"{choice}\".",
);

/// After a list whose STARTTLS item has another name (Outlook 2010/2013's "TLS"): `{starttls}`.
const STARTTLS_IS: Text = Text::table(
    "（この一覧の「{starttls}」は STARTTLS のことです。）",
    " (In this list \"{starttls}\" means STARTTLS.)",
);

/// A check box that means SSL/TLS only, for a STARTTLS server: `{label}` the box.
const SSL_ONLY: Text = Text::table(
    "この画面では STARTTLS を選べません（「{label}」は SSL/TLS 専用です）。SSL/TLS で使うポート番号を窓口にご確認ください。",
    "This screen cannot choose STARTTLS (\"{label}\" means SSL/TLS only). Ask the help desk which port to use with SSL/TLS.",
);

/// A client's guides.
#[derive(Debug)]
pub(crate) struct ClientGuides {
    pub toggles: ToggleWords,
    /// A wrong server, port or encryption is fixed by removing the account and adding it again
    /// (its "fix" guide says how); the desk's fix steps are then that guide's steps.
    pub readd_to_fix: bool,
    pub guides: &'static [GuideDef],
}

/// A composed guide.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Guide {
    pub client: ClientId,
    pub kind: GuideKind,
    pub lang: Lang,
    pub title: String,
    pub steps: Vec<Step>,
}

/// One numbered step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Step {
    /// 1, 2, 3…
    pub number: usize,
    /// What to do.
    pub text: String,
    /// What the screen should show afterwards.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expect: Option<String>,
    /// The values to show, with their labels in the client's words.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<StepValue>,
}

/// A value a step shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StepValue {
    /// The setting's label in the client's words.
    pub label: String,
    pub value: String,
    /// Typed by the customer (offered for copying), rather than chosen from a list or a switch.
    pub typed: bool,
}

/// Every step's text and expectation of every client's guide tables (the English of which the
/// customers' page loads on demand: `lang::english`).
#[cfg(not(feature = "english-on-demand"))]
pub(crate) fn table_texts() -> Vec<Text> {
    let all: Vec<&'static ClientGuides> = ClientId::ALL
        .into_iter()
        .flat_map(|id| crate::clients::entry(id).guide_tables.iter().copied())
        .collect();
    let toggles = [
        CHECK_BOX.on,
        CHECK_BOX.off,
        SWITCH.on,
        SWITCH.off,
        CHOOSE,
        STARTTLS_IS,
        SSL_ONLY,
    ];
    all.iter()
        .flat_map(|c| c.guides.iter())
        .flat_map(|g| {
            std::iter::once(g.title).chain(
                g.steps
                    .iter()
                    .flat_map(|s| std::iter::once(s.text).chain(s.expect)),
            )
        })
        .chain(toggles)
        .chain(all.iter().flat_map(|c| [c.toggles.on, c.toggles.off]))
        .collect()
}

fn tables(client: ClientId, version: Option<&str>) -> &'static ClientGuides {
    (crate::clients::entry(client).guides)(version)
}

/// Whether the app's settings are fixed by removing the account and adding it again (Outlook
/// (new)); then the desk's fix steps are the app's "check and fix" guide, one source for both
/// faces.
pub fn fix_by_readding(client: ClientId, version: Option<&str>) -> bool {
    let _ = version;
    readd_tables(client).is_some()
}

/// The guides of a client fixed by adding the account again (only Outlook (new) today). A match
/// rather than [`tables`]: the desk's console links this app's guide tables only, not every
/// client's (they are the customers' page's).
fn readd_tables(client: ClientId) -> Option<&'static ClientGuides> {
    Some(tables(client, None)).filter(|g| g.readd_to_fix)
}

/// The "check and fix" guide of a client fixed by adding the account again, composed as
/// [`guide`] does (`None` for the other clients): the desk's fix steps for such an app.
pub fn readd_guide(
    client: ClientId,
    protocol: Protocol,
    settings: &Corrected,
    address: &str,
    lang: Lang,
) -> Option<Guide> {
    let tables = readd_tables(client)?;
    Some(compose(
        tables,
        client,
        None,
        GuideKind::FixExisting,
        protocol,
        settings,
        address,
        lang,
    ))
}

/// The guides a client has, in the order to offer them.
pub fn available(client: ClientId) -> Vec<GuideKind> {
    tables(client, None).guides.iter().map(|g| g.kind).collect()
}

/// The client's guides with their titles, for a topic list.
pub fn topics(
    client: ClientId,
    version: Option<&str>,
    lang: Lang,
) -> Vec<(GuideKind, &'static str)> {
    tables(client, version)
        .guides
        .iter()
        .map(|g| (g.kind, g.title.get(lang)))
        .collect()
}

/// Composes a guide for `client` at `version` (unknown version: the current one), for an
/// account of `protocol`, with the corrected `settings` for `address`. A kind the client does
/// not offer (see [`available`]) gives a guide with a title and no steps.
pub fn guide(
    client: ClientId,
    version: Option<&str>,
    kind: GuideKind,
    protocol: Protocol,
    settings: &Corrected,
    address: &str,
    lang: Lang,
) -> Guide {
    compose(
        tables(client, version),
        client,
        version,
        kind,
        protocol,
        settings,
        address,
        lang,
    )
}

#[allow(clippy::too_many_arguments)]
fn compose(
    tables: &'static ClientGuides,
    client: ClientId,
    version: Option<&str>,
    kind: GuideKind,
    protocol: Protocol,
    settings: &Corrected,
    address: &str,
    lang: Lang,
) -> Guide {
    let labels = labels::for_client(Some(client), version);
    let fill = Filler {
        labels,
        toggles: &tables.toggles,
        protocol,
        settings,
        address,
        lang,
    };
    let Some(def) = tables.guides.iter().find(|g| g.kind == kind) else {
        return Guide {
            client,
            kind,
            lang,
            title: labels.app.get(lang).to_string(),
            steps: Vec::new(),
        };
    };
    let steps = def
        .steps
        .iter()
        .filter(|s| match s.when {
            When::Always => true,
            When::Imap => protocol == Protocol::Imap,
            When::Pop3 => protocol == Protocol::Pop3,
        })
        .enumerate()
        .map(|(i, s)| Step {
            number: i + 1,
            text: fill.fill(s.text.get(lang)),
            expect: s.expect.map(|e| fill.fill(e.get(lang))),
            values: s.values.iter().map(|v| fill.value(*v)).collect(),
        })
        .collect();
    Guide {
        client,
        kind,
        lang,
        title: fill.fill(def.title.get(lang)),
        steps,
    }
}

impl Guide {
    /// The guide as plain numbered text (for copying).
    pub fn to_text(&self) -> String {
        let mut out = format!("{}\n", self.title);
        for step in &self.steps {
            out.push_str(&format!("{}. {}\n", step.number, step.text));
            for v in &step.values {
                out.push_str(&format!("   {}: {}\n", v.label, v.value));
            }
            if let Some(expect) = &step.expect {
                out.push_str(&format!("   → {expect}\n"));
            }
        }
        out
    }
}

struct Filler<'a> {
    labels: &'static Labels,
    toggles: &'static ToggleWords,
    protocol: Protocol,
    settings: &'a Corrected,
    address: &'a str,
    lang: Lang,
}

impl Filler<'_> {
    /// Replaces every known `{name}` in one pass; unknown names stay as written.
    fn fill(&self, template: &str) -> String {
        crate::lang::fill_with(template, |name| self.placeholder(name))
    }

    fn placeholder(&self, name: &str) -> Option<String> {
        let l = self.labels;
        let lang = self.lang;
        let incoming = &self.settings.incoming;
        let outgoing = &self.settings.outgoing;
        let text = |t: Text| Some(t.get(lang).to_string());
        let named = |label: Label, t: Text| Some(l.named(label, t, lang));
        match name {
            "address" => Some(self.address.to_string()),
            "protocol" => text(l.protocol_name(self.protocol)),
            "protocol_item" => named(Label::ProtocolChoice, l.protocol_name(self.protocol)),
            "incoming_host" => Some(incoming.host.clone()),
            "incoming_port" => Some(incoming.port.to_string()),
            "username" => Some(incoming.username.clone()),
            "outgoing_host" => Some(outgoing.host.clone()),
            "outgoing_port" => Some(outgoing.port.to_string()),
            "outgoing_username" => Some(outgoing.username.clone()),
            "incoming_security" => Some(self.security_sentence(
                l.incoming_security_for(self.protocol),
                l.is_unconfirmed(Label::IncomingSecurity),
                incoming.security,
            )),
            "outgoing_security" => Some(self.security_sentence(
                l.outgoing_security,
                l.is_unconfirmed(Label::OutgoingSecurity),
                outgoing.security,
            )),
            "incoming_security_value" => text(
                l.incoming_security_for(self.protocol)
                    .setting(incoming.security)
                    .1,
            ),
            "outgoing_security_value" => text(l.outgoing_security.setting(outgoing.security).1),
            "app" => text(l.app),
            "open_settings" => named(Label::OpenSettings, l.open_settings),
            "save" => text(l.save),
            "outgoing_auth" => named(Label::OutgoingAuth, l.outgoing_auth),
            "outgoing_same_login" => l
                .outgoing_same_login
                .and_then(|t| named(Label::OutgoingSameLogin, t)),
            "spa" => l.spa.and_then(|t| named(Label::Spa, t)),
            "auth_method" => l
                .auth_method
                .and_then(|(label, _)| named(Label::AuthMethod, label)),
            "auth_value" => l.auth_method.and_then(|(_, value)| text(value)),
            "device_ways_out" => text(crate::clients::device::guide::WAYS_OUT),
            _ => None,
        }
    }

    /// One sentence: what to set in `control` for `security`, in the client's words.
    fn security_sentence(
        &self,
        control: SecurityControl,
        unconfirmed: bool,
        security: Security,
    ) -> String {
        let lang = self.lang;
        match control {
            SecurityControl::Choice {
                label, starttls, ..
            } => {
                let (_, choice) = control.setting(security);
                let label = labels::named(label.get(lang), unconfirmed, lang);
                let mut out = fill(
                    CHOOSE.get(lang),
                    &[("label", &label), ("choice", choice.get(lang))],
                );
                // Outlook 2010/2013: the list's "TLS" is STARTTLS; say so where it is chosen.
                if security == Security::Starttls && !starttls.en.contains("STARTTLS") {
                    out.push_str(&fill(
                        STARTTLS_IS.get(lang),
                        &[("starttls", starttls.get(lang))],
                    ));
                }
                out
            }
            SecurityControl::SslCheckbox { label } => match security {
                Security::Starttls => fill(SSL_ONLY.get(lang), &[("label", label.get(lang))]),
                Security::Ssl => self.toggle(true, label, unconfirmed),
                Security::None | Security::Auto => self.toggle(false, label, unconfirmed),
            },
            SecurityControl::TlsSwitch { label } => {
                let (_, value) = control.setting(security);
                self.toggle(value.en == "on", label, unconfirmed)
            }
        }
    }

    fn toggle(&self, on: bool, label: Text, unconfirmed: bool) -> String {
        let words = if on {
            self.toggles.on
        } else {
            self.toggles.off
        };
        fill(
            words.get(self.lang),
            &[(
                "label",
                &labels::named(label.get(self.lang), unconfirmed, self.lang),
            )],
        )
    }

    fn value(&self, value: Value) -> StepValue {
        let l = self.labels;
        let lang = self.lang;
        let incoming = &self.settings.incoming;
        let outgoing = &self.settings.outgoing;
        let (label, shown): (&str, String) = match value {
            Value::Address => (
                Text::new("メールアドレス", "Email address").get(lang),
                self.address.to_string(),
            ),
            Value::Protocol => (
                l.protocol.get(lang),
                l.protocol_name(self.protocol).get(lang).to_string(),
            ),
            Value::IncomingHost => (l.incoming_host.get(lang), incoming.host.clone()),
            Value::IncomingPort => (l.incoming_port.get(lang), incoming.port.to_string()),
            Value::IncomingSecurity => {
                let (label, choice) = l
                    .incoming_security_for(self.protocol)
                    .setting(incoming.security);
                (label.get(lang), choice.get(lang).to_string())
            }
            Value::Username => (l.username.get(lang), incoming.username.clone()),
            Value::OutgoingHost => (l.outgoing_host.get(lang), outgoing.host.clone()),
            Value::OutgoingPort => (l.outgoing_port.get(lang), outgoing.port.to_string()),
            Value::OutgoingSecurity => {
                let (label, choice) = l.outgoing_security.setting(outgoing.security);
                (label.get(lang), choice.get(lang).to_string())
            }
            Value::OutgoingUsername => (l.username.get(lang), outgoing.username.clone()),
        };
        StepValue {
            label: label.to_string(),
            value: shown,
            typed: value.typed(),
        }
    }
}
