//! The fix steps and the corrected-settings table, composed once for every language: this file
//! decides *which* sentences are said, the language tables say them.

use super::{protocol_name, AgentTexts, Ctx, FindingText, Handoff, SettingLine, Side, Words};
use crate::case::{Case, IncomingAuth, OutgoingAuth, Security};
use crate::catalog::{self, OsFamily};
use crate::codes::{Cause, Code, Severity};
use crate::guide;
use crate::labels::{Label, Labels, SecurityControl};
use crate::lang::{Lang, Text};
use crate::names::same_host;
use crate::profile::Profile;
use crate::report::{Corrected, Field, Report};
use crate::verdict::{Verdict, VerdictKind};

/// Findings that ask for action (errors and warnings).
fn actionable(severity: Severity) -> bool {
    matches!(severity, Severity::Error | Severity::Warning)
}

/// The field names of `fields`, joined (at most five, then "and N more").
fn field_list(words: &dyn Words, fields: &[Field], lang: Lang) -> String {
    const SHOWN: usize = 5;
    let mut names: Vec<&str> = fields
        .iter()
        .take(SHOWN)
        .map(|f| super::field_name(*f, lang))
        .collect();
    let more;
    if fields.len() > SHOWN {
        more = super::sentences(lang).more_fields(fields.len() - SHOWN);
        names.push(&more);
    }
    words.list(&names)
}

/// What the customer reports, for the headline: the symptoms, or "the pasted error".
fn reported(words: &dyn Words, case: &Case, lang: Lang) -> String {
    let mut items: Vec<&str> = case
        .symptoms
        .iter()
        .map(|s| super::names(lang).symptom_name(*s))
        .collect();
    if case
        .error_text
        .as_deref()
        .is_some_and(|t| !t.trim().is_empty())
    {
        items.push(super::names(lang).pasted_error);
    }
    words.list(&items)
}

/// The one-line headline, worded from the verdict: it says what was checked and what was not,
/// leads a problem with its most likely cause, and says "all is well" only for
/// [`VerdictKind::AllWell`].
pub(super) fn summary(
    words: &dyn Words,
    report: &Report,
    texts: &[FindingText],
    verdict: &Verdict,
    case: &Case,
    lang: Lang,
) -> String {
    let pairs = || report.findings.iter().zip(texts);
    match verdict.kind {
        VerdictKind::NothingChecked => super::sentences(lang).summary_nothing_checked(),
        VerdictKind::Incomplete => {
            super::sentences(lang).summary_incomplete(&field_list(words, &verdict.missing, lang))
        }
        VerdictKind::AllWell => match texts.first() {
            Some(text) => super::sentences(lang).summary_notes(&text.title),
            None => super::sentences(lang).summary_ok(),
        },
        VerdictKind::Problem => {
            let count = pairs().filter(|(f, _)| actionable(f.severity)).count();
            let first = pairs()
                .find(|(f, _)| f.severity == Severity::Error)
                .or_else(|| pairs().find(|(f, _)| f.severity == Severity::Warning));
            if let Some((_, text)) = first {
                return super::sentences(lang)
                    .summary_problems(&text.title, count.saturating_sub(1));
            }
            let what = reported(words, case, lang);
            match verdict.cause {
                Some(cause) => super::sentences(lang)
                    .summary_cause(&what, cause_title(report, texts, cause, lang)),
                None => super::sentences(lang)
                    .summary_next(&what, &field_list(words, &verdict.missing, lang)),
            }
        }
    }
}

/// A cause's title: the finding's own (with its values) when the case has it.
fn cause_title<'t>(report: &Report, texts: &'t [FindingText], cause: Cause, lang: Lang) -> &'t str {
    if let Cause::Finding(code) = cause {
        let found = report
            .findings
            .iter()
            .zip(texts)
            .find(|(f, _)| f.code == code);
        if let Some((_, text)) = found {
            return &text.title;
        }
    }
    super::cause_title(cause, lang)
}

/// The numbered fix steps for the whole case.
#[allow(clippy::too_many_arguments)]
pub(super) fn compose(
    words: &dyn Words,
    labels: &Labels,
    report: &Report,
    case: &Case,
    profile: &Profile,
    lang: Lang,
    verdict: &Verdict,
    app: &str,
) -> Vec<String> {
    let open = &*say(labels, Label::OpenSettings, labels.open_settings, lang);
    match verdict.kind {
        VerdictKind::AllWell => return vec![super::sentences(lang).step_settings_match()],
        VerdictKind::NothingChecked => {
            return vec![super::sentences(lang).step_read_settings(words, app, open)]
        }
        VerdictKind::Incomplete => {
            return vec![
                super::sentences(lang).step_read_missing(
                    words,
                    app,
                    open,
                    &field_list(words, &verdict.missing, lang),
                ),
                super::sentences(lang).step_compare_settings(),
            ]
        }
        VerdictKind::Problem => {}
    }
    let mut steps = Vec::new();
    let has_actionable = report.findings.iter().any(|f| actionable(f.severity));
    if !has_actionable {
        // A symptom or a pasted error, no finding: the likely cause and the next check.
        match verdict.cause {
            Some(cause) => {
                let texts: Vec<FindingText> = Vec::new();
                let title = cause_title(report, &texts, cause, lang);
                steps.push(super::sentences(lang).step_likely_cause(
                    words,
                    title,
                    &super::cause_detail(cause, lang),
                ));
            }
            None if verdict.missing.is_empty() => {
                steps.push(super::sentences(lang).step_pass_error_on())
            }
            None => {}
        }
        if !verdict.missing.is_empty() {
            steps.push(super::sentences(lang).step_read_missing(
                words,
                app,
                open,
                &field_list(words, &verdict.missing, lang),
            ));
        }
    }
    // Settings the customer has not told us at all are for the setup guide, not for a fix.
    let mut guide_steps = false;
    if has_actionable && (case.incoming.is_some() || case.outgoing.is_some()) {
        if let Some(corrected) = &report.corrected {
            let settings = settings_steps(words, labels, corrected, case, lang);
            let client = case.client.as_ref().and_then(|c| c.id);
            // Fixed by adding the account again: the customers' guide's own steps.
            let address = case
                .address
                .as_deref()
                .unwrap_or(&corrected.incoming.username)
                .trim();
            let readd = client.filter(|_| !settings.is_empty()).and_then(|id| {
                guide::readd_guide(id, corrected.incoming.protocol, corrected, address, lang)
            });
            match readd {
                Some(g) => {
                    steps.extend(g.steps.into_iter().map(|s| s.text));
                    guide_steps = true;
                }
                _ => steps.extend(settings),
            }
        }
    }
    let mut done: Vec<Code> = Vec::new();
    for finding in &report.findings {
        if done.contains(&finding.code) {
            continue;
        }
        done.push(finding.code);
        // The guide's own steps already say these (the cloud-sync consent, a build without
        // POP).
        if guide_steps && matches!(finding.code, Code::ClientCloudSync | Code::ClientNoPop) {
            continue;
        }
        let ctx = Ctx {
            finding,
            profile: Some(profile),
            case: Some(case),
            app,
            generic_app: super::is_generic(labels),
            lang,
        };
        steps.extend(cause_steps(words, &ctx, case));
    }
    // A device sent to a retired server or an IP: the path for one that cannot take a name.
    let device = family(case) == Family::Device;
    if device
        && done.iter().any(|c| {
            matches!(
                c,
                Code::HostRetired | Code::HostIpLiteral | Code::DnsRetired
            )
        })
    {
        // Its ways out are said once, in this step (not again after the TLS question).
        let min_tls = profile.policy.min_tls.as_str();
        let ways_out = crate::clients::device::guide::WAYS_OUT.get(lang);
        if let Some(ways) = super::sentences(lang).tls_device(min_tls, ways_out).get(1) {
            steps.retain(|s| s != ways);
        }
        steps.extend(super::sentences(lang).device_host_name(ways_out));
    }
    if steps.is_empty() {
        // Findings no step can fix from the values we have: compare with the table, or ask.
        steps.push(if report.corrected.is_some() {
            super::sentences(lang).step_compare_settings()
        } else {
            super::sentences(lang).step_ask_support()
        });
    }
    steps
}

/// What to hand the mail operators: for a refused foreign login, the IPs (classified), the
/// time and the account; for a device that sends to a retired server or an IP, where it sends
/// and from which address.
pub(super) fn handoff(
    words: &AgentTexts,
    report: &Report,
    case: &Case,
    profile: &Profile,
) -> Vec<SettingLine> {
    let line = |which: Handoff, value: String| SettingLine {
        label: words.handoff_label(which).to_string(),
        value,
    };
    let pasted = report.pasted.as_ref();
    let account = case
        .address
        .as_deref()
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map(String::from)
        .or_else(|| pasted.and_then(|p| p.addresses.first().cloned()));
    let mut out = Vec::new();
    if report.has(Code::ForeignLoginBlocked) {
        let ips: Vec<String> = pasted
            .map(|p| {
                p.ips
                    .iter()
                    .take(3)
                    .map(|ip| format!("{} ({})", ip.ip, words.ip_kind(ip.microsoft, ip.retired)))
                    .collect()
            })
            .unwrap_or_default();
        if !ips.is_empty() {
            out.push(line(Handoff::Ip, ips.join(", ")));
        }
        out.push(match pasted.and_then(|p| p.time.clone()) {
            Some(t) => line(Handoff::Time, t),
            None => line(Handoff::TimeAsk, String::new()),
        });
        if let Some(a) = &account {
            out.push(line(Handoff::Account, a.clone()));
        }
        let exempt = profile.policy.foreign_login_block.microsoft_cloud_exempt;
        out.push(line(
            if exempt {
                Handoff::AskForeignExempt
            } else {
                Handoff::AskForeign
            },
            String::new(),
        ));
    }
    let device_target = (family(case) == Family::Device)
        .then(|| {
            report
                .findings
                .iter()
                .find(|f| {
                    matches!(
                        f.code,
                        Code::HostRetired | Code::HostIpLiteral | Code::DnsRetired
                    )
                })
                .and_then(|f| f.observed.clone())
        })
        .flatten();
    if let Some(target) = device_target {
        out.push(line(Handoff::Device, target));
        if let Some(a) = &account {
            out.push(line(Handoff::Account, a.clone()));
        }
        out.push(line(Handoff::AskDevice, String::new()));
    }
    out
}

/// The sides to name for a pair of incoming/outgoing labels: none when they differ, both when
/// the client uses the same words for both (Outlook (new)'s two 「ポート」 boxes).
fn sides(incoming: Text, outgoing: Text) -> (Side, Side) {
    if incoming.ja == outgoing.ja || incoming.en == outgoing.en {
        (Side::Incoming, Side::Outgoing)
    } else {
        (Side::Either, Side::Either)
    }
}

fn control_label(control: &SecurityControl) -> Text {
    match *control {
        SecurityControl::Choice { label, .. }
        | SecurityControl::SslCheckbox { label }
        | SecurityControl::TlsSwitch { label } => label,
    }
}

/// One step per setting that must change, between "open the settings" and "save".
fn settings_steps(
    words: &dyn Words,
    labels: &Labels,
    corrected: &Corrected,
    case: &Case,
    lang: Lang,
) -> Vec<String> {
    let t = |text: Text| text.get(lang);
    let say = |label: Label, text: Text| say(labels, label, text, lang);
    let at = |side: Side, label: Label, text: Text| target(words, labels, side, label, text, lang);
    let want_in = &corrected.incoming;
    let want_out = &corrected.outgoing;
    // A client cannot switch an account between POP and IMAP: a new account, every value typed.
    let new_account = family(case) != Family::Device
        && case
            .incoming
            .as_ref()
            .and_then(|i| i.protocol)
            .is_some_and(|p| p != want_in.protocol);
    let (have_in, have_out) = if new_account {
        (Default::default(), Default::default())
    } else {
        (
            case.incoming.clone().unwrap_or_default(),
            case.outgoing.clone().unwrap_or_default(),
        )
    };
    let in_security = labels.incoming_security_for(want_in.protocol);
    let (host_in, host_out) = sides(labels.incoming_host, labels.outgoing_host);
    let (port_in, port_out) = sides(labels.incoming_port, labels.outgoing_port);
    let (sec_in, sec_out) = sides(
        control_label(&in_security),
        control_label(&labels.outgoing_security),
    );
    // A device only sends: its POP settings matter only for POP before SMTP, which becomes
    // SMTP AUTH below (the outgoing steps say so), so it gets no incoming step at all.
    let send_only = family(case) == Family::Device;

    // Each change with the setting it is made in, so that they can be grouped by screen.
    let mut changes: Vec<(Field, String)> = Vec::new();
    if !send_only {
        changes.extend(host_and_port(
            words,
            labels,
            (Label::IncomingHost, labels.incoming_host, host_in),
            (Label::IncomingPort, labels.incoming_port, port_in),
            (have_in.host.as_deref(), have_in.port),
            (&want_in.host, want_in.port),
            (Field::IncomingHost, Field::IncomingPort),
            lang,
        ));
        changes.extend(
            security_step(
                words,
                labels,
                (&in_security, Label::IncomingSecurity),
                sec_in,
                have_in.security,
                want_in.security,
                lang,
            )
            .map(|s| (Field::IncomingSecurity, s)),
        );
        if have_in.username.as_deref().map(str::trim) != Some(want_in.username.as_str()) {
            changes.push((
                Field::IncomingUsername,
                super::sentences(lang).step_enter(
                    &at(Side::Either, Label::Username, labels.username),
                    &want_in.username,
                ),
            ));
        }
        if new_account {
            changes.push((
                Field::IncomingUsername,
                super::sentences(lang).step_type_password(),
            ));
        }
        match have_in.auth {
            Some(IncomingAuth::Password) => {}
            Some(IncomingAuth::Spa) if labels.spa.is_some() => {
                if let Some(spa) = labels.spa {
                    changes.push((
                        Field::IncomingAuth,
                        super::sentences(lang)
                            .step_check(&at(Side::Either, Label::Spa, spa), false),
                    ));
                }
            }
            _ => {
                if let Some((label, plain)) = labels.auth_method {
                    changes.push((
                        Field::IncomingAuth,
                        super::sentences(lang)
                            .step_choose(&at(Side::Either, Label::AuthMethod, label), t(plain)),
                    ));
                }
            }
        }
    }

    changes.extend(host_and_port(
        words,
        labels,
        (Label::OutgoingHost, labels.outgoing_host, host_out),
        (Label::OutgoingPort, labels.outgoing_port, port_out),
        (have_out.host.as_deref(), have_out.port),
        (&want_out.host, want_out.port),
        (Field::OutgoingHost, Field::OutgoingPort),
        lang,
    ));
    changes.extend(
        security_step(
            words,
            labels,
            (&labels.outgoing_security, Label::OutgoingSecurity),
            sec_out,
            have_out.security,
            want_out.security,
            lang,
        )
        .map(|s| (Field::OutgoingSecurity, s)),
    );
    let outgoing_login = |changes: &mut Vec<(Field, String)>, with_password: bool| {
        let login = match labels.outgoing_same_login {
            Some(same) => {
                vec![super::sentences(lang)
                    .step_check(&at(Side::Either, Label::OutgoingSameLogin, same), true)]
            }
            None => {
                let mut login = vec![super::sentences(lang).step_enter(
                    &at(
                        if send_only {
                            Side::Either
                        } else {
                            Side::Outgoing
                        },
                        Label::Username,
                        labels.username,
                    ),
                    &want_out.username,
                )];
                if with_password {
                    login.push(super::sentences(lang).step_type_password());
                }
                login
            }
        };
        changes.extend(login.into_iter().map(|s| (Field::OutgoingUsername, s)));
    };
    match have_out.auth {
        Some(OutgoingAuth::SameAsIncoming) => {}
        Some(OutgoingAuth::Password) => {
            if have_out.username.as_deref().map(str::trim) != Some(want_out.username.as_str()) {
                outgoing_login(&mut changes, false);
            }
        }
        Some(OutgoingAuth::None) | Some(OutgoingAuth::PopBeforeSmtp) | None => {
            let target = at(Side::Either, Label::OutgoingAuth, labels.outgoing_auth);
            // With "same settings as incoming" beside it, it is the classic check box; other
            // clients have a list or name and password boxes under that label.
            changes.push((
                Field::OutgoingAuth,
                if labels.outgoing_same_login.is_some() {
                    super::sentences(lang).step_check(&target, true)
                } else {
                    super::sentences(lang).step_outgoing_auth(&target)
                },
            ));
            outgoing_login(&mut changes, true);
        }
    }

    if changes.is_empty() {
        return Vec::new();
    }
    let mut steps = Vec::with_capacity(changes.len() + 6);
    if new_account {
        // A new account is typed into the app's set-up screens, in their own order.
        steps.push(super::sentences(lang).step_new_account(
            words,
            t(labels.app),
            &say(Label::Protocol, labels.protocol),
            &say(
                Label::ProtocolChoice,
                labels.protocol_name(want_in.protocol),
            ),
        ));
        steps.extend(changes.into_iter().map(|(_, step)| step));
    } else {
        steps.push(super::sentences(lang).step_open(
            words,
            t(labels.app),
            &say(Label::OpenSettings, labels.open_settings),
        ));
        steps.extend(by_screen(words, labels, changes, lang));
    }
    steps.push(super::sentences(lang).step_save(words, &say(Label::Save, labels.save), send_only));
    if new_account {
        let old = case
            .incoming
            .as_ref()
            .and_then(|i| i.protocol)
            .map(protocol_name)
            .unwrap_or_default();
        steps.push(super::sentences(lang).step_keep_old_account(old));
    }
    steps
}

/// A label's words for a step: as they are (the language's `target` quotes them), or, where the
/// client's label is unconfirmed, worded by [`crate::labels::named`] ("a box like …").
#[inline(never)]
fn say(labels: &Labels, label: Label, text: Text, lang: Lang) -> String {
    if labels.is_unconfirmed(label) {
        labels.named(label, text, lang)
    } else {
        text.get(lang).to_string()
    }
}

/// A setting's label as a step names it (`Words::target`), "like" where it is unconfirmed.
#[inline(never)]
fn target(
    words: &dyn Words,
    labels: &Labels,
    side: Side,
    label: Label,
    text: Text,
    lang: Lang,
) -> String {
    super::sentences(lang).target(words, side, &say(labels, label, text, lang))
}

/// The changes in the order of the client's screens: those on the first screen, then for each
/// further screen or tab that has any, "open it" and its changes; then "close" where the client
/// has such a button (Outlook (classic): 「詳細設定」's tabs, then 「OK」).
fn by_screen(
    words: &dyn Words,
    labels: &Labels,
    changes: Vec<(Field, String)>,
    lang: Lang,
) -> Vec<String> {
    let mut on_screen: Vec<Vec<String>> = vec![Vec::new(); labels.screens.len() + 1];
    for (field, step) in changes {
        on_screen[labels.screen_of(field).map_or(0, |i| i + 1)].push(step);
    }
    let mut on_screen = on_screen.into_iter();
    let mut steps = on_screen.next().unwrap_or_default();
    let mut opened = false;
    for (screen, here) in labels.screens.iter().zip(on_screen) {
        if here.is_empty() {
            continue;
        }
        let path = if opened {
            screen.from_previous
        } else {
            screen.open
        };
        steps.push(
            super::sentences(lang)
                .step_open_screen(words, &say(labels, Label::Screens, path, lang)),
        );
        steps.extend(here);
        opened = true;
    }
    if let (true, Some(close)) = (opened, labels.close_screens) {
        steps.push(super::sentences(lang).step_close_screens(words, close.get(lang)));
    }
    steps
}

/// Whether a client takes the port in the host box (Windows Mail's `server:port`): its port
/// label is the host label with a hint after it.
fn port_in_host_box(host: Text, port: Text) -> bool {
    port.ja.starts_with(host.ja) && port.en.starts_with(host.en)
}

/// The steps for one server's host and port, each only if it must change.
#[allow(clippy::too_many_arguments)]
fn host_and_port(
    words: &dyn Words,
    labels: &Labels,
    (host_which, host_label, host_side): (Label, Text, Side),
    (port_which, port_label, port_side): (Label, Text, Side),
    (have_host, have_port): (Option<&str>, Option<u16>),
    (want_host, want_port): (&str, u16),
    (host_field, port_field): (Field, Field),
    lang: Lang,
) -> Vec<(Field, String)> {
    let host_right = have_host.is_some_and(|h| same_host(h, want_host));
    let port_right = have_port == Some(want_port);
    let host_target = target(words, labels, host_side, host_which, host_label, lang);
    if port_in_host_box(host_label, port_label) {
        if host_right && port_right {
            return Vec::new();
        }
        return vec![(
            host_field,
            super::sentences(lang).step_enter(&host_target, &format!("{want_host}:{want_port}")),
        )];
    }
    let mut steps = Vec::new();
    if !host_right {
        steps.push((
            host_field,
            super::sentences(lang).step_enter(&host_target, want_host),
        ));
    }
    if !port_right {
        let port_target = target(words, labels, port_side, port_which, port_label, lang);
        steps.push((
            port_field,
            super::sentences(lang).step_enter(&port_target, &want_port.to_string()),
        ));
    }
    steps
}

/// The step that sets one server's encryption in the client's own control, if it must change.
fn security_step(
    words: &dyn Words,
    labels: &Labels,
    (control, which): (&SecurityControl, Label),
    side: Side,
    have: Option<Security>,
    want: Security,
    lang: Lang,
) -> Option<String> {
    let (label, value) = control.setting(want);
    if have.is_some_and(|h| control.setting(h) == (label, value)) {
        return None;
    }
    let target = target(words, labels, side, which, label, lang);
    let on = matches!(want, Security::Ssl | Security::Starttls);
    Some(match control {
        SecurityControl::Choice { .. } => {
            super::sentences(lang).step_choose(&target, value.get(lang))
        }
        SecurityControl::SslCheckbox { .. } => {
            super::sentences(lang).step_check(&target, want == Security::Ssl)
        }
        SecurityControl::TlsSwitch { .. } => super::sentences(lang).step_switch(&target, on),
    })
}

/// Whose steps apply (hosts file, clock, TLS).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Family {
    Windows,
    MacOs,
    Phone,
    Device,
    Unknown,
}

/// The system whose steps apply: the case's system when it names one, else the app's
/// (`catalog::ClientSpec::systems`; none: a device's firmware).
fn family(case: &Case) -> Family {
    let systems = case
        .client
        .as_ref()
        .and_then(|c| c.id)
        .map(|id| catalog::client(id).systems);
    if systems.is_some_and(<[OsFamily]>::is_empty) {
        return Family::Device;
    }
    // As the catalog reads it ("Windows 7", "win7" → windows-7).
    let os = catalog::case_os(case)
        .unwrap_or_default()
        .to_ascii_lowercase();
    if os.starts_with("windows") {
        return Family::Windows;
    }
    if os.starts_with("macos") || os.starts_with("mac") || os.starts_with("osx") {
        return Family::MacOs;
    }
    if os.starts_with("ios") || os.starts_with("ipados") || os.starts_with("android") {
        return Family::Phone;
    }
    match systems {
        Some([OsFamily::Windows]) => Family::Windows,
        Some([OsFamily::MacOs]) => Family::MacOs,
        Some([OsFamily::Ios | OsFamily::Android]) => Family::Phone,
        _ => Family::Unknown,
    }
}

/// Windows versions that do not use TLS 1.2 for mail by default.
fn old_windows(os: &str) -> bool {
    let os = os.trim().to_ascii_lowercase();
    ["windows-xp", "windows-vista", "windows-7", "windows-8"]
        .iter()
        .any(|old| os == *old || (os.starts_with(old) && !os.starts_with("windows-8.1")))
}

/// The steps a finding adds beyond the settings (each code once per case).
fn cause_steps(words: &dyn Words, ctx: &Ctx, case: &Case) -> Vec<String> {
    let os_id = catalog::case_os(case).unwrap_or_default();
    let os_raw = os_id.as_str();
    let os = os_display(os_raw);
    let min_tls = ctx.min_tls().unwrap_or("1.2");
    match ctx.finding.code {
        Code::DnsRetired => {
            let (host, _) = ctx.stale_resolution();
            let host = host.unwrap_or_default();
            match family(case) {
                Family::Windows => super::sentences(ctx.lang).dns_windows(&host),
                Family::MacOs => super::sentences(ctx.lang).dns_macos(&host),
                Family::Phone => super::sentences(ctx.lang).dns_phone(),
                Family::Device => super::sentences(ctx.lang).dns_device(&host),
                Family::Unknown => super::sentences(ctx.lang).dns_unknown(&host),
            }
        }
        Code::ClientTlsLegacy => match family(case) {
            Family::Device => super::sentences(ctx.lang).tls_device(
                min_tls,
                crate::clients::device::guide::WAYS_OUT.get(ctx.lang),
            ),
            Family::Windows if old_windows(os_raw) => {
                super::sentences(ctx.lang).tls_windows_old(&os, min_tls)
            }
            Family::Phone => super::sentences(ctx.lang).tls_phone(&os, min_tls),
            _ => super::sentences(ctx.lang).tls_other(words, &ctx.app_version(), min_tls),
        },
        Code::ClientEndOfSupport => {
            let date = ctx.date().map(|d| words.date(d));
            super::sentences(ctx.lang).client_end_of_support(
                words,
                &ctx.app_version(),
                date.as_deref(),
            )
        }
        Code::OsEndOfSupport => {
            let date = ctx.date().map(|d| words.date(d));
            let os = if os.is_empty() {
                ctx.observed().map(os_display).unwrap_or_default()
            } else {
                os
            };
            super::sentences(ctx.lang).os_end_of_support(&os, date.as_deref())
        }
        Code::ClientNoPop => super::sentences(ctx.lang).client_no_pop(),
        Code::ClientCloudSync => super::sentences(ctx.lang).cloud_sync(),
        Code::RecipientsOverLimit => match ctx.recipients_cap() {
            Some(cap) if cap > 0 => super::sentences(ctx.lang).recipients_over_limit(
                cap,
                case.sending.as_ref().and_then(|s| s.recipients_per_message),
            ),
            _ => super::sentences(ctx.lang).send_rate_unknown(),
        },
        Code::SendRateOverLimit => match ctx.send_rate() {
            Some(rate) if rate.messages > 0 => {
                let window = u64::from(rate.per_minutes) * 60;
                let gap = window / u64::from(rate.messages) + 1;
                // The same numbers as the sending-limit advisor's plan (a closed window of
                // `window` seconds holds `window / gap + 1` messages sent `gap` apart; batches
                // of n start t + 1 minutes apart), said in the language tables: the advisor's
                // own words are the console's (`text::sending_advice`), kept out of the
                // customers' page.
                super::sentences(ctx.lang)
                    .send_rate_over_limit(rate, u32::try_from(gap).unwrap_or(u32::MAX))
            }
            _ => super::sentences(ctx.lang).send_rate_unknown(),
        },
        Code::ForeignLoginBlocked => super::sentences(ctx.lang).foreign_login_blocked(
            ctx.profile
                .is_none_or(|p| p.policy.foreign_login_block.microsoft_cloud_exempt),
        ),
        Code::DomainUnknown => {
            super::sentences(ctx.lang).domain_unknown(ctx.observed(), ctx.expected())
        }
        Code::AddressInvalid => super::sentences(ctx.lang).address_invalid(ctx.observed()),
        // The settings steps fix these.
        Code::HostRetired
        | Code::HostIpLiteral
        | Code::HostTypo
        | Code::HostWrong
        | Code::ProtocolUnavailable
        | Code::PortWrong
        | Code::SecurityMismatch
        | Code::SecurityNone
        | Code::SmtpPort25
        | Code::SmtpAuthOff
        | Code::AuthMethod
        | Code::UsernameFormat
        | Code::UsernameMismatch
        | Code::SecurityAuto => Vec::new(),
    }
}

/// The corrected settings as `label: value` lines in the client's words.
pub(super) fn settings_table(
    labels: &Labels,
    report: &Report,
    case: &Case,
    lang: Lang,
) -> Vec<SettingLine> {
    let Some(c) = &report.corrected else {
        return Vec::new();
    };
    // A device sends only; its POP settings are shown only when it uses POP before SMTP.
    let incoming_shown = family(case) != Family::Device
        || case.outgoing.as_ref().and_then(|o| o.auth) == Some(OutgoingAuth::PopBeforeSmtp);
    let t = |text: Text| text.get(lang).to_string();
    let line = |side: Side, label: Text, value: String| SettingLine {
        label: super::sentences(lang).table_label(side, label.get(lang)),
        value,
    };
    let in_security = labels.incoming_security_for(c.incoming.protocol);
    let (host_in, host_out) = sides(labels.incoming_host, labels.outgoing_host);
    let (port_in, port_out) = sides(labels.incoming_port, labels.outgoing_port);
    let (sec_in, sec_out) = sides(
        control_label(&in_security),
        control_label(&labels.outgoing_security),
    );
    let security = |side: Side, control: &SecurityControl, security: Security| {
        let (label, value) = control.setting(security);
        let value = match control {
            SecurityControl::Choice { .. } => t(value),
            SecurityControl::SslCheckbox { .. } => super::names(lang)
                .on_off(security == Security::Ssl)
                .to_string(),
            SecurityControl::TlsSwitch { .. } => super::names(lang)
                .on_off(matches!(security, Security::Ssl | Security::Starttls))
                .to_string(),
        };
        line(side, label, value)
    };
    let mut lines = Vec::new();
    if incoming_shown {
        lines.extend([
            line(
                Side::Either,
                labels.protocol,
                t(labels.protocol_name(c.incoming.protocol)),
            ),
            line(host_in, labels.incoming_host, c.incoming.host.clone()),
            line(port_in, labels.incoming_port, c.incoming.port.to_string()),
            security(sec_in, &in_security, c.incoming.security),
            line(Side::Either, labels.username, c.incoming.username.clone()),
        ]);
        if let Some(spa) = labels.spa {
            lines.push(line(
                Side::Either,
                spa,
                super::names(lang).on_off(false).to_string(),
            ));
        }
    }
    if let Some((label, plain)) = labels.auth_method {
        lines.push(line(Side::Either, label, t(plain)));
    }
    lines.push(line(
        host_out,
        labels.outgoing_host,
        c.outgoing.host.clone(),
    ));
    lines.push(line(
        port_out,
        labels.outgoing_port,
        c.outgoing.port.to_string(),
    ));
    lines.push(security(
        sec_out,
        &labels.outgoing_security,
        c.outgoing.security,
    ));
    lines.push(line(
        Side::Either,
        labels.outgoing_auth,
        super::names(lang).on_off(true).to_string(),
    ));
    match labels.outgoing_same_login {
        Some(same) => lines.push(line(
            Side::Either,
            same,
            super::names(lang).on_off(true).to_string(),
        )),
        None => lines.push(line(
            if incoming_shown {
                Side::Outgoing
            } else {
                Side::Either
            },
            labels.username,
            c.outgoing.username.clone(),
        )),
    }
    lines
}

/// `windows-7` → `Windows 7`, `macos-14` → `macOS 14`, `android-4.3` → `Android 4.3` (as the
/// catalog names them; other text by its parts).
pub(super) fn os_display(os: &str) -> String {
    if let Some(known) = catalog::recognise_os(os, None) {
        return known.name();
    }
    let os = os.trim();
    let (name, version) = os.split_once('-').unwrap_or((os, ""));
    let name = match name.to_ascii_lowercase().as_str() {
        "windows" => "Windows".to_string(),
        "macos" | "mac" | "osx" => "macOS".to_string(),
        "ios" => "iOS".to_string(),
        "ipados" => "iPadOS".to_string(),
        "android" => "Android".to_string(),
        _ => name.to_string(),
    };
    let version = version.replace('-', " ");
    if version.is_empty() {
        name
    } else {
        format!("{name} {version}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::labels::GENERIC;

    #[test]
    fn os_names_read_naturally() {
        assert_eq!(os_display("windows-7"), "Windows 7");
        assert_eq!(os_display("macos-14"), "macOS 14");
        assert_eq!(os_display("android-4.3"), "Android 4.3");
        assert_eq!(os_display("ios-12"), "iOS 12");
        assert_eq!(os_display("windows"), "Windows");
        assert_eq!(os_display(""), "");
    }

    const SWITCH: SecurityControl = SecurityControl::TlsSwitch {
        label: Text::new("SSL を使用", "Use SSL"),
    };
    const CHECKBOX: SecurityControl = SecurityControl::SslCheckbox {
        label: Text::new(
            "このサーバーは暗号化された接続 (SSL) が必要",
            "This server requires an encrypted connection (SSL)",
        ),
    };

    fn step(
        control: &SecurityControl,
        have: Option<Security>,
        want: Security,
    ) -> [Option<String>; 2] {
        [Lang::Ja, Lang::En].map(|lang| {
            security_step(
                super::super::words(lang),
                &GENERIC,
                (control, Label::IncomingSecurity),
                Side::Either,
                have,
                want,
                lang,
            )
        })
    }

    #[test]
    fn apples_switch_changes_only_between_on_and_off() {
        // STARTTLS → SSL/TLS: the switch stays on; the port step does the rest.
        assert_eq!(
            step(&SWITCH, Some(Security::Starttls), Security::Ssl),
            [None, None]
        );
        let [ja, en] = step(&SWITCH, Some(Security::None), Security::Ssl);
        assert_eq!(ja.as_deref(), Some("「SSL を使用」をオンにします。"));
        assert_eq!(en.as_deref(), Some("Turn \"Use SSL\" on."));
        // Not reported: say it.
        assert!(step(&SWITCH, None, Security::Starttls)[0].is_some());
    }

    #[test]
    fn the_old_ssl_check_box_is_ticked_for_ssl() {
        let [ja, en] = step(&CHECKBOX, Some(Security::None), Security::Ssl);
        assert_eq!(
            ja.as_deref(),
            Some("「このサーバーは暗号化された接続 (SSL) が必要」にチェックを入れます（オンにします）。")
        );
        assert!(en.is_some_and(|s| s.starts_with("Tick ")));
        assert_eq!(
            step(&CHECKBOX, Some(Security::Ssl), Security::Ssl),
            [None, None]
        );
    }

    #[test]
    fn drop_downs_name_the_choice() {
        let [ja, en] = step(
            &GENERIC.outgoing_security,
            Some(Security::Auto),
            Security::Starttls,
        );
        assert_eq!(
            ja.as_deref(),
            Some("「送信サーバーの暗号化方法」で「STARTTLS」を選びます。")
        );
        assert_eq!(
            en.as_deref(),
            Some("For \"Outgoing encryption\", choose \"STARTTLS\".")
        );
    }

    #[test]
    fn old_windows_is_seven_and_before() {
        assert!(old_windows("windows-7"));
        assert!(old_windows("Windows-Vista"));
        assert!(old_windows("windows-8"));
        assert!(!old_windows("windows-8.1"));
        assert!(!old_windows("windows-10"));
        assert!(!old_windows("windows-11"));
    }
}
