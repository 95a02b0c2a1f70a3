//! Wording: language tables keyed by code and client, and the fix steps composed from a report
//! in the chosen client's own words. Rules never hold prose; this module never decides.
//!
//! - Each language's folder (`core/src/lang/<tag>/report.rs`) holds its [`Names`] and
//!   [`sentences::Sentences`] tables and implements [`Words`], a trait without default methods
//!   (its grammar and the sentences it builds itself), so a code or sentence missing in one
//!   language fails to compile.
//! - [`steps`] composes the numbered fix steps once, for both languages.
//! - This file holds the public types and the small look-ups the UI uses.

pub(crate) mod sentences;
mod steps;

use crate::advisor::{advise, AdviceText, SendPattern};
use crate::case::{Case, Protocol, Security, Symptom};
use crate::catalog;
use crate::codes::{Cause, Code, OtherCause, Severity};
use crate::date::Date;
use crate::labels::{for_client, Labels, GENERIC};
use crate::lang::Lang;
use crate::names::{ip_literal, normalize_host};
use crate::profile::{Profile, Retired, SendRate};
use crate::report::{Field, Finding, Report};
use crate::verdict::{self, Verdict};
use serde::Serialize;

/// A finding's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FindingText {
    pub code: Code,
    /// One-line cause ("The incoming server is a retired on-prem host").
    pub title: String,
    /// Why it matters / what happens, one or two short sentences.
    pub detail: String,
    /// For the agent console only (escalation hints, history); the self-help page and the
    /// copyable text leave it out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent_note: Option<String>,
}

/// One line of the corrected settings, in the client's own words (`label: value`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SettingLine {
    pub label: String,
    pub value: String,
}

/// The report in words: one text per finding (same order) and numbered fix steps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Explained {
    pub lang: Lang,
    /// The one verdict ([`crate::verdict::decide`]) the summary and the steps are worded from.
    pub verdict: Verdict,
    pub findings: Vec<FindingText>,
    /// The fix steps, in order; the UI and [`plain_text`] number them.
    pub steps: Vec<String>,
    /// One-line headline for the whole case: what was checked and what was not; with a
    /// problem, the most likely cause; "all is well" only for a complete case with nothing
    /// reported wrong.
    pub summary: String,
    /// The sending-limit advisor's verdict and plan for the case's sending pattern (the same
    /// engine and words as the advisor page): filled by the desk's faces with
    /// [`sending_advice`] (`explain` leaves it out, so that the customers' page, which never
    /// has a sending pattern, does not carry the advisor's words).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sending: Option<AdviceText>,
    /// What to hand the mail operators (`label: value`), for the agent only: the IP, the time
    /// and the account of a refused login; the device and address of a device the desk cannot
    /// fix. Never in the copied text or the print.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub handoff: Vec<SettingLine>,
    /// The app as the customer knows it (「新しい Outlook」), or the generic words.
    pub app: String,
    /// The corrected settings in the client's words; empty when the domain is unknown.
    pub settings: Vec<SettingLine>,
    /// The ISP's name and support contact, from the profile.
    pub isp_name: String,
    pub support_phone: String,
    pub support_url: String,
}

/// Words for a report.
pub fn explain(report: &Report, case: &Case, profile: &Profile, lang: Lang) -> Explained {
    explain_with::<true>(report, case, profile, lang)
}

/// [`explain`] for the customers' page: the same texts without what is for the agent alone
/// (no [`FindingText::agent_note`], no [`Explained::handoff`]), so that the page does not carry
/// those words.
pub fn explain_for_customer(
    report: &Report,
    case: &Case,
    profile: &Profile,
    lang: Lang,
) -> Explained {
    explain_with::<false>(report, case, profile, lang)
}

fn explain_with<const AGENT: bool>(
    report: &Report,
    case: &Case,
    profile: &Profile,
    lang: Lang,
) -> Explained {
    // As the rules saw it: a host or login name from the pasted text counts as typed.
    let checked = crate::diagnose::checked_case(case, report);
    let case: &Case = &checked;
    let words = words(lang);
    let labels = case_labels(case);
    let verdict = verdict::decide(case, report);
    let app = app_name(case, labels, lang);
    let findings: Vec<FindingText> = report
        .findings
        .iter()
        .map(|finding| {
            let ctx = Ctx {
                finding,
                profile: Some(profile),
                case: Some(case),
                app: &app,
                generic_app: is_generic(labels),
                lang,
            };
            FindingText {
                code: finding.code,
                title: finding_title(words, &ctx),
                detail: sentences(lang).finding_detail(words, &ctx),
                agent_note: if AGENT {
                    agent_texts(lang).agent_note(&ctx)
                } else {
                    None
                },
            }
        })
        .collect();
    let summary = steps::summary(words, report, &findings, &verdict, case, lang);
    Explained {
        lang,
        steps: steps::compose(words, labels, report, case, profile, lang, &verdict, &app),
        settings: steps::settings_table(labels, report, case, lang),
        handoff: if AGENT {
            steps::handoff(agent_texts(lang), report, case, profile)
        } else {
            Vec::new()
        },
        sending: None,
        summary,
        verdict,
        findings,
        app,
        isp_name: profile.isp.name.get(lang).to_string(),
        support_phone: profile.isp.support_phone.clone(),
        support_url: profile.isp.support_url.clone(),
    }
}

/// The sending-limit advisor's verdict and plan for a case's sending pattern, in `lang` (the
/// advisor page's words), for [`Explained::sending`]; `None` when the case says nothing about
/// how it sends.
pub fn sending_advice(case: &Case, profile: &Profile, lang: Lang) -> Option<AdviceText> {
    let pattern = SendPattern::from_case(case.sending.as_ref()?)?;
    Some(advise(&pattern, &profile.policy).explain(lang))
}

/// The copyable plain-text block for a ticket or an e-mail to the customer: headline, findings,
/// corrected settings, numbered steps and the ISP's support contact. Agent notes are left out.
pub fn plain_text(explained: &Explained, report: &Report, lang: Lang) -> String {
    let mut out = String::new();
    out.push_str(&sentences(lang).heading_summary());
    out.push('\n');
    out.push_str(&explained.summary);
    out.push('\n');
    if !explained.findings.is_empty() {
        out.push('\n');
        out.push_str(&sentences(lang).heading_findings());
        out.push('\n');
        for (i, text) in explained.findings.iter().enumerate() {
            let severity = report
                .findings
                .get(i)
                .filter(|f| f.code == text.code)
                .map(|f| f.severity);
            let mark = severity.map(|s| names(lang).severity_mark(s)).unwrap_or("");
            out.push_str(&format!("{}. {}{}\n", i + 1, mark, text.title));
            if !text.detail.is_empty() {
                out.push_str(&format!("   {}\n", text.detail));
            }
        }
    }
    if !explained.settings.is_empty() {
        out.push('\n');
        out.push_str(&sentences(lang).heading_settings(&explained.app));
        out.push('\n');
        for line in &explained.settings {
            out.push_str(&format!("{}: {}\n", line.label, line.value));
        }
    }
    if !explained.steps.is_empty() {
        out.push('\n');
        out.push_str(&sentences(lang).heading_steps());
        out.push('\n');
        for (i, step) in explained.steps.iter().enumerate() {
            out.push_str(&format!("{}. {}\n", i + 1, step));
        }
    }
    if !explained.support_phone.is_empty() || !explained.support_url.is_empty() {
        out.push('\n');
        out.push_str(&sentences(lang).heading_contact());
        out.push('\n');
        out.push_str(&sentences(lang).contact(
            &explained.isp_name,
            &explained.support_phone,
            &explained.support_url,
        ));
        out.push('\n');
    }
    out
}

/// A code's short title, without values (for lists such as the error decoder's suspects).
pub fn code_title(code: Code, lang: Lang) -> &'static str {
    names(lang).code_title(code)
}

/// A code's explanation without the case's values.
pub fn code_detail(code: Code, lang: Lang) -> String {
    let finding = Finding::new(code, Severity::Warning, Field::Address);
    let ctx = Ctx {
        finding: &finding,
        profile: None,
        case: None,
        app: "",
        generic_app: true,
        lang,
    };
    sentences(lang).finding_detail(words(lang), &ctx)
}

/// The title of a cause (finding code or other cause) of a pasted error.
pub fn cause_title(cause: Cause, lang: Lang) -> &'static str {
    match cause {
        Cause::Finding(code) => code_title(code, lang),
        Cause::Other(other) => names(lang).other_title(other),
    }
}

/// What a cause means and how it is checked.
pub fn cause_detail(cause: Cause, lang: Lang) -> String {
    match cause {
        Cause::Finding(code) => code_detail(code, lang),
        Cause::Other(other) => names(lang).other_detail(other).to_string(),
    }
}

/// The generic name of an encryption choice (「SSL/TLS」, 「なし（暗号化しない）」).
pub fn security_name(security: Security, lang: Lang) -> &'static str {
    names(lang).security_name(security)
}

/// The generic name of a setting (「受信サーバーのポート番号」).
pub fn field_name(field: Field, lang: Lang) -> &'static str {
    names(lang).field_name(field)
}

/// The name of a severity (「要修正」): the one word every face uses (the desk, the customers'
/// page, the copied text, the CLI and the connection doctor).
pub fn severity_name(severity: Severity, lang: Lang) -> &'static str {
    names(lang).severity_name(severity)
}

/// Everything a language table may use to word one finding.
struct Ctx<'a> {
    finding: &'a Finding,
    /// Absent for the value-free explanations ([`code_detail`]).
    profile: Option<&'a Profile>,
    case: Option<&'a Case>,
    /// The client's name in this language (empty when not known).
    app: &'a str,
    /// Whether `app` is the generic "your mail app" (no version is added to it).
    generic_app: bool,
    lang: Lang,
}

impl Ctx<'_> {
    fn observed(&self) -> Option<&str> {
        self.finding
            .observed
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
    }

    fn expected(&self) -> Option<&str> {
        self.finding
            .expected
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
    }

    /// The setting's generic name in this language.
    fn field(&self) -> &'static str {
        field_name(self.finding.field, self.lang)
    }

    /// The retirement record of the observed value (a host or an IP), if retired.
    fn retired(&self) -> Option<&Retired> {
        let profile = self.profile?;
        [self.observed(), self.expected()]
            .into_iter()
            .flatten()
            .find_map(|v| {
                profile
                    .retired_host(v)
                    .or_else(|| ip_literal(v).and_then(|ip| profile.retired_ip(ip)))
            })
    }

    /// The first date among the finding's values (end of support, retirement).
    fn date(&self) -> Option<Date> {
        [self.expected(), self.observed()]
            .into_iter()
            .flatten()
            .find_map(Date::parse)
    }

    /// The host and the retired address it resolves to, for `dns-retired`.
    fn stale_resolution(&self) -> (Option<String>, Option<String>) {
        let values: Vec<&str> = [self.observed(), self.expected()]
            .into_iter()
            .flatten()
            .collect();
        let mut ip = values
            .iter()
            .find(|v| ip_literal(v).is_some())
            .map(|v| v.to_string());
        let mut host = values
            .iter()
            .find(|v| ip_literal(v).is_none() && v.contains('.'))
            .map(|v| v.to_string());
        if let (Some(case), Some(profile)) = (self.case, self.profile) {
            for entry in &case.resolved {
                let retired = entry
                    .addresses
                    .iter()
                    .find(|a| ip_literal(a).is_some_and(|ip| profile.retired_ip(ip).is_some()));
                if let Some(addr) = retired {
                    if host.is_none() && !entry.host.trim().is_empty() {
                        host = Some(normalize_host(&entry.host));
                    }
                    if ip.is_none() {
                        ip = Some(addr.trim().to_string());
                    }
                    break;
                }
            }
        }
        (host, ip)
    }

    fn min_tls(&self) -> Option<&'static str> {
        self.profile.map(|p| p.policy.min_tls.as_str())
    }

    fn recipients_cap(&self) -> Option<u32> {
        self.profile
            .and_then(|p| p.policy.max_recipients_per_message)
            .or_else(|| self.expected().and_then(|e| e.parse().ok()))
    }

    fn send_rate(&self) -> Option<SendRate> {
        self.profile.and_then(|p| p.policy.send_rate)
    }

    fn isp_name(&self) -> Option<&str> {
        self.profile
            .map(|p| p.isp.name.get(self.lang))
            .filter(|s| !s.is_empty())
    }

    fn os(&self) -> Option<String> {
        let case = self.case?;
        let client = case.client.as_ref()?;
        let typed = client.os.as_deref()?;
        Some(catalog::os_display(typed, client.id)).filter(|s| !s.is_empty())
    }

    /// The app with its version ("Outlook 2010").
    fn app_version(&self) -> String {
        let version = self.case.and_then(catalog::case_version);
        let version = version.as_deref();
        match version {
            Some(v) if !self.generic_app && !self.app.is_empty() && !self.app.contains(v) => {
                format!("{} {v}", self.app)
            }
            _ => self.app.to_string(),
        }
    }
}

/// A line of what to hand the mail operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Handoff {
    Ip,
    Time,
    TimeAsk,
    Account,
    Device,
    AskForeign,
    AskForeignExempt,
    AskDevice,
}

/// Which server a label belongs to, said only where both servers' labels are the same words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Side {
    Either,
    Incoming,
    Outgoing,
}

/// One language's words. No method has a default: a language that misses one does not build.
pub(crate) trait Words: Sync {
    /// How a step quotes a label, and what it adds when the label is unconfirmed
    /// ([`crate::labels::named`]).
    fn label_marks(&self) -> LabelMarks;
    /// A reported login method (`spa`, `cram-md5`…) as the customer would recognise it.
    fn auth_name(&self, auth: &str) -> String;
    fn date(&self, date: Date) -> String;
    /// A field's name inside a sentence (English: "the incoming port").
    fn field_in_sentence(&self, name: &str) -> String;
    /// A value in brackets after a word, or nothing (「（mail.example.jp）」, " (mail.example.jp)").
    fn paren(&self, value: Option<&str>) -> String;
    /// Joins names (「A、B、C」 / "A, B and C").
    fn list(&self, items: &[&str]) -> String;
    /// A label in the language's quotes, unless it is already a path of labels.
    fn quote(&self, label: &str) -> String;
    /// A name followed by the rest of the sentence (Japanese: a space before the particle after
    /// Latin text, 「Outlook 2010 は」).
    fn name(&self, name: &str) -> String;
    /// A name after other words (Japanese: spaces on both sides of Latin text,
    /// 「の Outlook 2010 は」).
    fn name_inside(&self, name: &str) -> String;
    /// A further screen or tab to open (English: "the Advanced tab"; a path as it is).
    fn screen(&self, path: &str) -> String;
    /// The way to the settings after other words (English: "the Settings screen").
    fn path_inside(&self, path: &str) -> String;
    /// The way to the settings in the app, the app said once (「新しい Outlook の「設定」」,
    /// "the Settings screen in Outlook (new)").
    fn path_in_app(&self, app: &str, path: &str) -> String;
    /// A finding's title as shown (English: its first letter in capitals).
    fn title_case(&self, title: String) -> String;
}

/// How a step names a client's label: the quotes around it, and for an unconfirmed label the
/// words after it (「…」のような項目（表示が違うことがあります）).
pub(crate) struct LabelMarks {
    pub open: &'static str,
    pub close: &'static str,
    /// After a quoted unconfirmed label (not after a path).
    pub like: &'static str,
    /// After any unconfirmed label.
    pub note: &'static str,
}

/// The label marks of a language.
pub(crate) fn label_marks(lang: Lang) -> LabelMarks {
    words(lang).label_marks()
}

/// The report's names in `lang` (the customers' page fetches their English: `english.toml`).
pub(crate) fn names(lang: Lang) -> &'static Names {
    crate::word_table::in_lang!(lang, Names, crate::lang => NAMES)
}

/// The report's sentences in `lang` (the customers' page fetches their English: `english.toml`).
pub(crate) fn sentences(lang: Lang) -> &'static sentences::Sentences {
    crate::word_table::in_lang!(lang, sentences::Sentences, crate::lang => SENTENCES)
}

/// Every name and sentence in both languages (for `english.toml`: [`crate::lang::english::pairs`]).
#[cfg(not(feature = "english-on-demand"))]
pub(crate) fn name_texts() -> Vec<crate::lang::Text> {
    use crate::word_table::MapTexts;
    let pairs = |ja: Vec<&'static str>, en: Vec<&'static str>| {
        ja.into_iter()
            .zip(en)
            .map(|(ja, en)| crate::lang::Text::new(ja, en))
            .collect::<Vec<_>>()
    };
    use crate::lang::{en, ja};
    let mut all = pairs(ja::NAMES.texts(), en::NAMES.texts());
    all.extend(pairs(ja::SENTENCES.texts(), en::SENTENCES.texts()));
    all
}

/// A finding's title in the language: its sentence, or the code's name.
fn finding_title(g: &dyn Words, ctx: &Ctx) -> String {
    let title = sentences(ctx.lang)
        .finding_title(g, ctx)
        .unwrap_or_else(|| names(ctx.lang).code_title(ctx.finding.code).to_string());
    g.title_case(title)
}

fn words(lang: Lang) -> &'static dyn Words {
    crate::word_table::in_lang!(lang, crate::lang => REPORT)
}

crate::word_table! {
    /// The agent's words: the notes under the findings, the handoff to the mail operators, what
    /// an IP in the pasted text is. A table of their own, so that the customers' page
    /// ([`explain_for_customer`]) does not link them.
    pub(crate) struct AgentTexts {
        /// Retired equipment, at the head of its note (no placeholder).
        retired,
        /// The profile's note on it: `{note}`.
        retired_note,
        /// Its old IPs: `{ips}`.
        retired_ips,
        /// Its successor's server set: `{set}`.
        retired_replaced_by,
        /// Devices that cannot set DNS (no placeholder).
        retired_devices,
        /// Outlook (new) and the foreign-login block: off (no placeholder).
        cloud_block_off,
        /// On, Microsoft's cloud exempt (no placeholder).
        cloud_block_exempt,
        /// On, not exempt (no placeholder).
        cloud_block_not_exempt,
        /// Blocked although exempt (no placeholder).
        blocked_exempt,
        /// Blocked, not exempt (no placeholder).
        blocked_not_exempt,
        /// Outlook (new) and POP (no placeholder; docs/knowledge/outlook-new.md A2, A4).
        no_pop,
        /// Old TLS: `{min}`.
        tls_legacy,
        /// OP25B (no placeholder).
        port_25,
        /// Bulk sending from machines (no placeholder).
        bulk_sending,
        /// SPA (no placeholder).
        auth_method,
        /// A handoff label (no placeholder).
        handoff_ip,
        /// A handoff label (no placeholder).
        handoff_time,
        /// A handoff label (no placeholder).
        handoff_time_ask,
        /// A handoff label (no placeholder).
        handoff_account,
        /// A handoff label (no placeholder).
        handoff_device,
        /// A handoff request (no placeholder).
        handoff_ask_foreign,
        /// A handoff request (no placeholder).
        handoff_ask_foreign_exempt,
        /// A handoff request (no placeholder).
        handoff_ask_device,
        /// What an IP in the pasted text is (no placeholder).
        ip_microsoft,
        /// What an IP in the pasted text is (no placeholder).
        ip_retired,
        /// What an IP in the pasted text is (no placeholder).
        ip_other,
    }
}

fn agent_texts(lang: Lang) -> &'static AgentTexts {
    crate::word_table::in_lang!(lang, crate::lang => AGENT)
}

impl AgentTexts {
    /// The agent's note under a finding, where there is one.
    fn agent_note(&self, ctx: &Ctx) -> Option<String> {
        use crate::lang::fill_values as fill;
        match ctx.finding.code {
            Code::HostRetired | Code::HostIpLiteral | Code::DnsRetired => {
                let r = ctx.retired()?;
                let mut note = String::from(self.retired);
                if let Some(n) = r
                    .note
                    .as_ref()
                    .map(|n| n.get(ctx.lang))
                    .filter(|n| !n.is_empty())
                {
                    note.push_str(&fill(self.retired_note, &[("note", &n)]));
                }
                if !r.ips.is_empty() {
                    let ips: Vec<String> = r.ips.iter().map(|ip| ip.to_string()).collect();
                    note.push_str(&fill(self.retired_ips, &[("ips", &ips.join(", "))]));
                }
                if !r.replaced_by.is_empty() {
                    note.push_str(&fill(self.retired_replaced_by, &[("set", &r.replaced_by)]));
                }
                note.push_str(self.retired_devices);
                Some(note)
            }
            Code::ClientCloudSync => {
                let block = ctx.profile.map(|p| p.policy.foreign_login_block)?;
                Some(
                    if !block.enabled {
                        self.cloud_block_off
                    } else if block.microsoft_cloud_exempt {
                        self.cloud_block_exempt
                    } else {
                        self.cloud_block_not_exempt
                    }
                    .to_string(),
                )
            }
            Code::ForeignLoginBlocked => {
                let block = ctx.profile.map(|p| p.policy.foreign_login_block)?;
                Some(
                    if block.microsoft_cloud_exempt {
                        self.blocked_exempt
                    } else {
                        self.blocked_not_exempt
                    }
                    .to_string(),
                )
            }
            // No version or date is sourced (docs/knowledge/outlook-new.md A4); what the app
            // shows is (A2).
            Code::ClientNoPop => Some(self.no_pop.to_string()),
            Code::ClientTlsLegacy => ctx
                .min_tls()
                .map(|min| fill(self.tls_legacy, &[("min", &min)])),
            Code::SmtpPort25 => Some(self.port_25.to_string()),
            Code::RecipientsOverLimit | Code::SendRateOverLimit => {
                Some(self.bulk_sending.to_string())
            }
            Code::AuthMethod => Some(self.auth_method.to_string()),
            _ => None,
        }
    }

    /// The handoff's labels.
    fn handoff_label(&self, which: Handoff) -> &'static str {
        match which {
            Handoff::Ip => self.handoff_ip,
            Handoff::Time => self.handoff_time,
            Handoff::TimeAsk => self.handoff_time_ask,
            Handoff::Account => self.handoff_account,
            Handoff::Device => self.handoff_device,
            Handoff::AskForeign => self.handoff_ask_foreign,
            Handoff::AskForeignExempt => self.handoff_ask_foreign_exempt,
            Handoff::AskDevice => self.handoff_ask_device,
        }
    }

    /// What an IP found in the pasted text is.
    fn ip_kind(&self, microsoft: bool, retired: bool) -> &'static str {
        match (microsoft, retired) {
            (true, _) => self.ip_microsoft,
            (false, true) => self.ip_retired,
            (false, false) => self.ip_other,
        }
    }
}

fn case_labels(case: &Case) -> &'static Labels {
    let client = case.client.as_ref();
    for_client(
        client.and_then(|c| c.id),
        catalog::case_version(case).as_deref(),
    )
}

/// The app as the customer knows it: the catalog's name of the version when the version is
/// one it knows ("Outlook 2016", not the labels' "Outlook（Microsoft 365 / 2016 以降）", which
/// would say Microsoft 365 is out of support when 2016 is), else the labels' name.
fn app_name(case: &Case, labels: &Labels, lang: Lang) -> String {
    let known = case.client.as_ref().and_then(|c| {
        let id = c.id?;
        catalog::client(id)
            .recognise_version(c.version.as_deref()?)?
            .known
    });
    match known {
        Some(v) => v.name.get(lang).to_string(),
        None => labels.app.get(lang).to_string(),
    }
}

/// Whether a settings path already starts from the app ("Gmail アプリ → …"), so that
/// "in the app, open …" would say the app twice.
pub(crate) fn path_names_app(path: &str, app: &str) -> bool {
    let core = app.split(['（', '(']).next().unwrap_or("").trim();
    path.contains(app) || (!core.is_empty() && path.starts_with(core))
}

/// Whether the labels are the generic words (the client's own are not known yet).
fn is_generic(labels: &Labels) -> bool {
    std::ptr::eq(labels, &GENERIC)
}

/// `pop3` → `POP`, `imap` → `IMAP` (names of protocols are the same in both languages).
fn protocol_display(value: &str) -> String {
    match value.trim().to_ascii_lowercase().as_str() {
        "pop3" | "pop" => "POP".to_string(),
        "imap" | "imap4" => "IMAP".to_string(),
        other => other.to_ascii_uppercase(),
    }
}

fn protocol_name(protocol: Protocol) -> &'static str {
    match protocol {
        Protocol::Imap => "IMAP",
        Protocol::Pop3 => "POP",
    }
}

/// A security value as written in a finding (`ssl`), named in `lang`; other text as is.
fn security_display(value: &str, lang: Lang) -> String {
    match value.trim().to_ascii_lowercase().as_str() {
        "ssl" => security_name(Security::Ssl, lang).to_string(),
        "starttls" => security_name(Security::Starttls, lang).to_string(),
        "none" => security_name(Security::None, lang).to_string(),
        "auto" => security_name(Security::Auto, lang).to_string(),
        _ => value.trim().to_string(),
    }
}

crate::word_table! {
    /// The report's names, one language: codes' titles, fields, encryption choices,
    /// severities, other causes of a pasted error, symptoms. One field per name; the
    /// accessors below are the one place that maps the engine's enums to them.
    pub(crate) struct Names {
        /// [`Code::AddressInvalid`]'s title, without values.
        title_address_invalid,
        /// [`Code::DomainUnknown`]'s title, without values.
        title_domain_unknown,
        /// [`Code::HostRetired`]'s title, without values.
        title_host_retired,
        /// [`Code::HostIpLiteral`]'s title, without values.
        title_host_ip_literal,
        /// [`Code::HostTypo`]'s title, without values.
        title_host_typo,
        /// [`Code::HostWrong`]'s title, without values.
        title_host_wrong,
        /// [`Code::ProtocolUnavailable`]'s title, without values.
        title_protocol_unavailable,
        /// [`Code::PortWrong`]'s title, without values.
        title_port_wrong,
        /// [`Code::SecurityMismatch`]'s title, without values.
        title_security_mismatch,
        /// [`Code::SecurityNone`]'s title, without values.
        title_security_none,
        /// [`Code::SmtpPort25`]'s title, without values.
        title_smtp_port25,
        /// [`Code::SmtpAuthOff`]'s title, without values.
        title_smtp_auth_off,
        /// [`Code::AuthMethod`]'s title, without values.
        title_auth_method,
        /// [`Code::UsernameFormat`]'s title, without values.
        title_username_format,
        /// [`Code::UsernameMismatch`]'s title, without values.
        title_username_mismatch,
        /// [`Code::ClientNoPop`]'s title, without values.
        title_client_no_pop,
        /// [`Code::ClientTlsLegacy`]'s title, without values.
        title_client_tls_legacy,
        /// [`Code::ClientEndOfSupport`]'s title, without values.
        title_client_end_of_support,
        /// [`Code::ClientCloudSync`]'s title, without values.
        title_client_cloud_sync,
        /// [`Code::RecipientsOverLimit`]'s title, without values.
        title_recipients_over_limit,
        /// [`Code::SendRateOverLimit`]'s title, without values.
        title_send_rate_over_limit,
        /// [`Code::DnsRetired`]'s title, without values.
        title_dns_retired,
        /// [`Code::SecurityAuto`]'s title, without values.
        title_security_auto,
        /// [`Code::OsEndOfSupport`]'s title, without values.
        title_os_end_of_support,
        /// [`Code::ForeignLoginBlocked`]'s title, without values.
        title_foreign_login_blocked,
        /// The generic name of [`Field::Address`].
        field_address,
        /// The generic name of [`Field::Client`].
        field_client,
        /// The generic name of [`Field::ClientVersion`].
        field_client_version,
        /// The generic name of [`Field::ClientOs`].
        field_client_os,
        /// The generic name of [`Field::IncomingProtocol`].
        field_incoming_protocol,
        /// The generic name of [`Field::IncomingHost`].
        field_incoming_host,
        /// The generic name of [`Field::IncomingPort`].
        field_incoming_port,
        /// The generic name of [`Field::IncomingSecurity`].
        field_incoming_security,
        /// The generic name of [`Field::IncomingUsername`].
        field_incoming_username,
        /// The generic name of [`Field::IncomingAuth`].
        field_incoming_auth,
        /// The generic name of [`Field::OutgoingHost`].
        field_outgoing_host,
        /// The generic name of [`Field::OutgoingPort`].
        field_outgoing_port,
        /// The generic name of [`Field::OutgoingSecurity`].
        field_outgoing_security,
        /// The generic name of [`Field::OutgoingUsername`].
        field_outgoing_username,
        /// The generic name of [`Field::OutgoingAuth`].
        field_outgoing_auth,
        /// The generic name of [`Field::Sending`].
        field_sending,
        /// The generic name of [`Field::Resolved`].
        field_resolved,
        /// The generic name of [`Security::Ssl`].
        security_ssl,
        /// The generic name of [`Security::Starttls`].
        security_starttls,
        /// The generic name of [`Security::None`].
        security_none,
        /// The generic name of [`Security::Auto`].
        security_auto,
        /// The name of [`Severity::Error`]: the one word every face uses.
        severity_error,
        /// The name of [`Severity::Warning`]: the one word every face uses.
        severity_warning,
        /// The name of [`Severity::Info`]: the one word every face uses.
        severity_info,
        /// [`Severity::Error`] before a finding in the copied text.
        mark_error,
        /// [`Severity::Warning`] before a finding in the copied text.
        mark_warning,
        /// [`Severity::Info`] before a finding in the copied text.
        mark_info,
        /// The title of [`OtherCause::PasswordWrong`].
        other_title_password_wrong,
        /// The title of [`OtherCause::AccountLocked`].
        other_title_account_locked,
        /// The title of [`OtherCause::ServerSide`].
        other_title_server_side,
        /// The title of [`OtherCause::Network`].
        other_title_network,
        /// The title of [`OtherCause::Antivirus`].
        other_title_antivirus,
        /// What [`OtherCause::PasswordWrong`] means and how it is checked.
        other_detail_password_wrong,
        /// What [`OtherCause::AccountLocked`] means and how it is checked.
        other_detail_account_locked,
        /// What [`OtherCause::ServerSide`] means and how it is checked.
        other_detail_server_side,
        /// What [`OtherCause::Network`] means and how it is checked.
        other_detail_network,
        /// What [`OtherCause::Antivirus`] means and how it is checked.
        other_detail_antivirus,
        /// [`Symptom::CannotSend`], in a list of what the customer reported.
        symptom_cannot_send,
        /// [`Symptom::CannotReceive`], in a list of what the customer reported.
        symptom_cannot_receive,
        /// [`Symptom::PasswordPrompt`], in a list of what the customer reported.
        symptom_password_prompt,
        /// [`Symptom::Slow`], in a list of what the customer reported.
        symptom_slow,
        /// [`Symptom::LoginBlocked`], in a list of what the customer reported.
        symptom_login_blocked,
        /// What the customer reported when an error message was pasted (a symptom).
        pasted_error,
        /// A switch or box that is on.
        on,
        /// A switch or box that is off.
        off,
    }
}

impl Names {
    pub(crate) fn code_title(&self, code: Code) -> &'static str {
        match code {
            Code::AddressInvalid => self.title_address_invalid,
            Code::DomainUnknown => self.title_domain_unknown,
            Code::HostRetired => self.title_host_retired,
            Code::HostIpLiteral => self.title_host_ip_literal,
            Code::HostTypo => self.title_host_typo,
            Code::HostWrong => self.title_host_wrong,
            Code::ProtocolUnavailable => self.title_protocol_unavailable,
            Code::PortWrong => self.title_port_wrong,
            Code::SecurityMismatch => self.title_security_mismatch,
            Code::SecurityNone => self.title_security_none,
            Code::SmtpPort25 => self.title_smtp_port25,
            Code::SmtpAuthOff => self.title_smtp_auth_off,
            Code::AuthMethod => self.title_auth_method,
            Code::UsernameFormat => self.title_username_format,
            Code::UsernameMismatch => self.title_username_mismatch,
            Code::ClientNoPop => self.title_client_no_pop,
            Code::ClientTlsLegacy => self.title_client_tls_legacy,
            Code::ClientEndOfSupport => self.title_client_end_of_support,
            Code::ClientCloudSync => self.title_client_cloud_sync,
            Code::RecipientsOverLimit => self.title_recipients_over_limit,
            Code::SendRateOverLimit => self.title_send_rate_over_limit,
            Code::DnsRetired => self.title_dns_retired,
            Code::SecurityAuto => self.title_security_auto,
            Code::OsEndOfSupport => self.title_os_end_of_support,
            Code::ForeignLoginBlocked => self.title_foreign_login_blocked,
        }
    }

    pub(crate) fn field_name(&self, field: Field) -> &'static str {
        match field {
            Field::Address => self.field_address,
            Field::Client => self.field_client,
            Field::ClientVersion => self.field_client_version,
            Field::ClientOs => self.field_client_os,
            Field::IncomingProtocol => self.field_incoming_protocol,
            Field::IncomingHost => self.field_incoming_host,
            Field::IncomingPort => self.field_incoming_port,
            Field::IncomingSecurity => self.field_incoming_security,
            Field::IncomingUsername => self.field_incoming_username,
            Field::IncomingAuth => self.field_incoming_auth,
            Field::OutgoingHost => self.field_outgoing_host,
            Field::OutgoingPort => self.field_outgoing_port,
            Field::OutgoingSecurity => self.field_outgoing_security,
            Field::OutgoingUsername => self.field_outgoing_username,
            Field::OutgoingAuth => self.field_outgoing_auth,
            Field::Sending => self.field_sending,
            Field::Resolved => self.field_resolved,
        }
    }

    pub(crate) fn security_name(&self, security: Security) -> &'static str {
        match security {
            Security::Ssl => self.security_ssl,
            Security::Starttls => self.security_starttls,
            Security::None => self.security_none,
            Security::Auto => self.security_auto,
        }
    }

    pub(crate) fn severity_name(&self, severity: Severity) -> &'static str {
        match severity {
            Severity::Error => self.severity_error,
            Severity::Warning => self.severity_warning,
            Severity::Info => self.severity_info,
        }
    }

    pub(crate) fn severity_mark(&self, severity: Severity) -> &'static str {
        match severity {
            Severity::Error => self.mark_error,
            Severity::Warning => self.mark_warning,
            Severity::Info => self.mark_info,
        }
    }

    pub(crate) fn other_title(&self, cause: OtherCause) -> &'static str {
        match cause {
            OtherCause::PasswordWrong => self.other_title_password_wrong,
            OtherCause::AccountLocked => self.other_title_account_locked,
            OtherCause::ServerSide => self.other_title_server_side,
            OtherCause::Network => self.other_title_network,
            OtherCause::Antivirus => self.other_title_antivirus,
        }
    }

    pub(crate) fn other_detail(&self, cause: OtherCause) -> &'static str {
        match cause {
            OtherCause::PasswordWrong => self.other_detail_password_wrong,
            OtherCause::AccountLocked => self.other_detail_account_locked,
            OtherCause::ServerSide => self.other_detail_server_side,
            OtherCause::Network => self.other_detail_network,
            OtherCause::Antivirus => self.other_detail_antivirus,
        }
    }

    pub(crate) fn symptom_name(&self, symptom: Symptom) -> &'static str {
        match symptom {
            Symptom::CannotSend => self.symptom_cannot_send,
            Symptom::CannotReceive => self.symptom_cannot_receive,
            Symptom::PasswordPrompt => self.symptom_password_prompt,
            Symptom::Slow => self.symptom_slow,
            Symptom::LoginBlocked => self.symptom_login_blocked,
        }
    }

    pub(crate) fn on_off(&self, on: bool) -> &'static str {
        if on {
            self.on
        } else {
            self.off
        }
    }
}

#[cfg(test)]
mod names_tests {
    #[test]
    fn every_language_has_every_name() {
        crate::word_table::check(|lang| super::names(lang).all());
    }
}

#[cfg(test)]
mod sentences_tests {
    #[test]
    fn every_language_has_every_sentence_with_the_same_placeholders() {
        crate::word_table::check(|lang| super::sentences(lang).all());
    }
}

#[cfg(test)]
mod agent_tests {
    #[test]
    fn every_language_has_every_agent_text_with_the_same_placeholders() {
        crate::word_table::check(|lang| super::agent_texts(lang).all());
    }
}
