//! The fix steps and the corrected-settings table, composed once for every language: this file
//! decides *which* sentences are said, the language tables say them.

use super::{protocol_name, Ctx, FindingText, SettingLine, Words};
use crate::case::{Case, ClientId, IncomingAuth, OutgoingAuth, Security};
use crate::codes::{Code, Severity};
use crate::labels::{Labels, SecurityControl};
use crate::lang::Lang;
use crate::names::same_host;
use crate::profile::Profile;
use crate::report::{Corrected, Report};

/// Findings that ask for action (errors and warnings).
fn actionable(severity: Severity) -> bool {
    matches!(severity, Severity::Error | Severity::Warning)
}

/// The one-line headline.
pub(super) fn summary(words: &dyn Words, report: &Report, texts: &[FindingText]) -> String {
    let pairs = || report.findings.iter().zip(texts);
    let count = pairs().filter(|(f, _)| actionable(f.severity)).count();
    let first = pairs()
        .find(|(f, _)| f.severity == Severity::Error)
        .or_else(|| pairs().find(|(f, _)| f.severity == Severity::Warning));
    match first {
        Some((_, text)) => words.summary_problems(&text.title, count.saturating_sub(1)),
        None => match texts.first() {
            Some(text) => words.summary_notes(&text.title),
            None => words.summary_ok(),
        },
    }
}

/// The numbered fix steps for the whole case.
pub(super) fn compose(
    words: &dyn Words,
    labels: &Labels,
    report: &Report,
    case: &Case,
    profile: &Profile,
    lang: Lang,
) -> Vec<String> {
    if !report.findings.iter().any(|f| actionable(f.severity)) {
        return vec![words.step_settings_match()];
    }
    let mut steps = Vec::new();
    // Settings the customer has not told us at all are for the setup guide, not for a fix.
    if case.incoming.is_some() || case.outgoing.is_some() {
        if let Some(corrected) = &report.corrected {
            steps.extend(settings_steps(words, labels, corrected, case, lang));
        }
    }
    let app = labels.app.get(lang);
    let mut done: Vec<Code> = Vec::new();
    for finding in &report.findings {
        if done.contains(&finding.code) {
            continue;
        }
        done.push(finding.code);
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
    if steps.is_empty() {
        // Findings no step can fix from the values we have: compare with the table, or ask.
        steps.push(if report.corrected.is_some() {
            words.step_compare_settings()
        } else {
            words.step_ask_support()
        });
    }
    steps
}

/// One step per setting that must change, between "open the settings" and "save".
fn settings_steps(
    words: &dyn Words,
    labels: &Labels,
    corrected: &Corrected,
    case: &Case,
    lang: Lang,
) -> Vec<String> {
    let t = |text: crate::lang::Text| text.get(lang);
    let want_in = &corrected.incoming;
    let want_out = &corrected.outgoing;
    // A client cannot switch an account between POP and IMAP: a new account, every value typed.
    let new_account = case
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

    let mut changes = Vec::new();
    if !have_in
        .host
        .as_deref()
        .is_some_and(|h| same_host(h, &want_in.host))
    {
        changes.push(words.step_enter(t(labels.incoming_host), &want_in.host));
    }
    if have_in.port != Some(want_in.port) {
        changes.push(words.step_enter(t(labels.incoming_port), &want_in.port.to_string()));
    }
    changes.extend(security_step(
        words,
        &labels.incoming_security,
        have_in.security,
        want_in.security,
        lang,
    ));
    if have_in.username.as_deref().map(str::trim) != Some(want_in.username.as_str()) {
        changes.push(words.step_enter(t(labels.username), &want_in.username));
    }
    if new_account {
        changes.push(words.step_type_password());
    }
    match have_in.auth {
        Some(IncomingAuth::Password) => {}
        Some(IncomingAuth::Spa) if labels.spa.is_some() => {
            if let Some(spa) = labels.spa {
                changes.push(words.step_check(t(spa), false));
            }
        }
        _ => {
            if let Some((label, plain)) = labels.auth_method {
                changes.push(words.step_choose(t(label), t(plain)));
            }
        }
    }

    if !have_out
        .host
        .as_deref()
        .is_some_and(|h| same_host(h, &want_out.host))
    {
        changes.push(words.step_enter(t(labels.outgoing_host), &want_out.host));
    }
    if have_out.port != Some(want_out.port) {
        changes.push(words.step_enter(t(labels.outgoing_port), &want_out.port.to_string()));
    }
    changes.extend(security_step(
        words,
        &labels.outgoing_security,
        have_out.security,
        want_out.security,
        lang,
    ));
    let same_login = |changes: &mut Vec<String>, with_password: bool| match labels
        .outgoing_same_login
    {
        Some(same) => changes.push(words.step_check(t(same), true)),
        None => {
            changes
                .push(words.step_enter_outgoing_username(t(labels.username), &want_out.username));
            if with_password {
                changes.push(words.step_type_password());
            }
        }
    };
    match have_out.auth {
        Some(OutgoingAuth::SameAsIncoming) => {}
        Some(OutgoingAuth::Password) => {
            if have_out.username.as_deref().map(str::trim) != Some(want_out.username.as_str()) {
                same_login(&mut changes, false);
            }
        }
        Some(OutgoingAuth::None) | Some(OutgoingAuth::PopBeforeSmtp) | None => {
            changes.push(words.step_check(t(labels.outgoing_auth), true));
            same_login(&mut changes, true);
        }
    }

    if changes.is_empty() {
        return changes;
    }
    let mut steps = Vec::with_capacity(changes.len() + 3);
    if new_account {
        steps.push(words.step_new_account(
            t(labels.app),
            t(labels.protocol),
            t(labels.protocol_name(want_in.protocol)),
        ));
    } else {
        steps.push(words.step_open(t(labels.app), t(labels.open_settings)));
    }
    steps.extend(changes);
    steps.push(words.step_save(t(labels.save)));
    if new_account {
        let old = case
            .incoming
            .as_ref()
            .and_then(|i| i.protocol)
            .map(protocol_name)
            .unwrap_or_default();
        steps.push(words.step_keep_old_account(old));
    }
    steps
}

/// The step that sets one server's encryption in the client's own control, if it must change.
fn security_step(
    words: &dyn Words,
    control: &SecurityControl,
    have: Option<Security>,
    want: Security,
    lang: Lang,
) -> Option<String> {
    let (label, value) = control.setting(want);
    if have.is_some_and(|h| control.setting(h) == (label, value)) {
        return None;
    }
    let on = matches!(want, Security::Ssl | Security::Starttls);
    Some(match control {
        SecurityControl::Choice { .. } => words.step_choose(label.get(lang), value.get(lang)),
        SecurityControl::SslCheckbox { .. } => {
            words.step_check(label.get(lang), want == Security::Ssl)
        }
        SecurityControl::TlsSwitch { .. } => words.step_switch(label.get(lang), on),
    })
}

/// Where the customer's mail app runs, for the steps that differ by system.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Windows,
    MacOs,
    Phone,
    Device,
    Unknown,
}

fn family(case: &Case) -> Family {
    let client = case.client.as_ref();
    if client.and_then(|c| c.id) == Some(ClientId::Device) {
        return Family::Device;
    }
    let os = client
        .and_then(|c| c.os.as_deref())
        .unwrap_or("")
        .trim()
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
    match client.and_then(|c| c.id) {
        Some(
            ClientId::OutlookNew
            | ClientId::OutlookClassic
            | ClientId::WindowsMail
            | ClientId::WindowsLiveMail
            | ClientId::Becky,
        ) => Family::Windows,
        Some(ClientId::AppleMail) => Family::MacOs,
        Some(ClientId::IosMail | ClientId::AndroidGmail) => Family::Phone,
        Some(ClientId::Device) => Family::Device,
        Some(ClientId::Thunderbird) | None => Family::Unknown,
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
    let os_raw = case
        .client
        .as_ref()
        .and_then(|c| c.os.as_deref())
        .unwrap_or("");
    let os = os_display(os_raw);
    let min_tls = ctx.min_tls().unwrap_or("1.2");
    match ctx.finding.code {
        Code::DnsRetired => {
            let (host, _) = ctx.stale_resolution();
            let host = host.unwrap_or_default();
            match family(case) {
                Family::Windows => words.dns_windows(&host),
                Family::MacOs => words.dns_macos(&host),
                Family::Phone => words.dns_phone(),
                Family::Device => words.dns_device(&host),
                Family::Unknown => words.dns_unknown(&host),
            }
        }
        Code::ClientTlsLegacy => match family(case) {
            Family::Device => words.tls_device(min_tls),
            Family::Windows if old_windows(os_raw) => words.tls_windows_old(&os, min_tls),
            Family::Phone => words.tls_phone(&os, min_tls),
            _ => words.tls_other(&ctx.app_version(), min_tls),
        },
        Code::ClientEndOfSupport => {
            let date = ctx.date().map(|d| words.date(d));
            words.client_end_of_support(&ctx.app_version(), date.as_deref())
        }
        Code::OsEndOfSupport => {
            let date = ctx.date().map(|d| words.date(d));
            let os = if os.is_empty() {
                ctx.observed().map(os_display).unwrap_or_default()
            } else {
                os
            };
            words.os_end_of_support(&os, date.as_deref())
        }
        Code::ClientNoPop => words.client_no_pop(),
        Code::ClientCloudSync => words.cloud_sync(),
        Code::RecipientsOverLimit => match ctx.recipients_cap() {
            Some(cap) if cap > 0 => words.recipients_over_limit(
                cap,
                case.sending.as_ref().and_then(|s| s.recipients_per_message),
            ),
            _ => words.send_rate_unknown(),
        },
        Code::SendRateOverLimit => match ctx.send_rate() {
            Some(rate) if rate.messages > 0 => {
                let window = u64::from(rate.per_minutes) * 60;
                let gap = window / u64::from(rate.messages) + 1;
                words.send_rate_over_limit(rate, u32::try_from(gap).unwrap_or(u32::MAX))
            }
            _ => words.send_rate_unknown(),
        },
        Code::DomainUnknown => words.domain_unknown(ctx.observed(), ctx.expected()),
        Code::AddressInvalid => words.address_invalid(ctx.observed()),
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
    words: &dyn Words,
    labels: &Labels,
    report: &Report,
    lang: Lang,
) -> Vec<SettingLine> {
    let Some(c) = &report.corrected else {
        return Vec::new();
    };
    let t = |text: crate::lang::Text| text.get(lang).to_string();
    let line = |label: String, value: String| SettingLine { label, value };
    let security = |control: &SecurityControl, security: Security| {
        let (label, value) = control.setting(security);
        line(t(label), t(value))
    };
    let mut lines = vec![
        line(
            t(labels.protocol),
            t(labels.protocol_name(c.incoming.protocol)),
        ),
        line(t(labels.incoming_host), c.incoming.host.clone()),
        line(t(labels.incoming_port), c.incoming.port.to_string()),
        security(&labels.incoming_security, c.incoming.security),
        line(t(labels.username), c.incoming.username.clone()),
    ];
    if let Some(spa) = labels.spa {
        lines.push(line(t(spa), words.on_off(false).to_string()));
    }
    if let Some((label, plain)) = labels.auth_method {
        lines.push(line(t(label), t(plain)));
    }
    lines.push(line(t(labels.outgoing_host), c.outgoing.host.clone()));
    lines.push(line(t(labels.outgoing_port), c.outgoing.port.to_string()));
    lines.push(security(&labels.outgoing_security, c.outgoing.security));
    lines.push(line(
        t(labels.outgoing_auth),
        words.on_off(true).to_string(),
    ));
    match labels.outgoing_same_login {
        Some(same) => lines.push(line(t(same), words.on_off(true).to_string())),
        None => lines.push(line(
            words.outgoing_label(&t(labels.username)),
            c.outgoing.username.clone(),
        )),
    }
    lines
}

/// `windows-7` → `Windows 7`, `macos-14` → `macOS 14`, `android-4.3` → `Android 4.3`.
pub(super) fn os_display(os: &str) -> String {
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
    use crate::lang::Text;

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
        Lang::ALL.map(|lang| security_step(super::super::words(lang), control, have, want, lang))
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
