//! The corrected settings next to what the customer has, in the chosen client's words. Everything
//! shown comes from the engine's report and labels.

use crate::i18n::console::Console;
use crate::i18n::Strings;
use mail_doctor_core::case::{ClientId, IncomingAuth, OutgoingAuth, Security};
use mail_doctor_core::labels::{Labels, SecurityControl};
use mail_doctor_core::names::same_host;
use mail_doctor_core::report::{Corrected, Field};
use mail_doctor_core::{Case, Lang};
use yew::prelude::*;

/// One row of the corrected settings.
struct Row {
    field: Field,
    label: &'static str,
    /// The wire value (`995`, `ssl`, `pop3`).
    value: String,
    /// How the chosen client shows it.
    shown: String,
    /// The reported wire value, compared with `value`.
    reported: Option<String>,
    /// How the chosen client shows the reported value (never a wire name like `none`).
    reported_shown: Option<String>,
    changed: bool,
}

pub(crate) fn security_word(control: &SecurityControl, security: Security, lang: Lang) -> String {
    let generic = mail_doctor_core::text::security_name(security, lang);
    let (_, choice) = control.setting(security);
    match control {
        // The client's own word is the generic one, or its start (「なし」 of 「なし（暗号化しない）」).
        SecurityControl::Choice { .. } if generic.starts_with(choice.get(lang)) => {
            generic.to_string()
        }
        SecurityControl::Choice { .. } => format!("{} ({generic})", choice.get(lang)),
        _ => format!("{} ({generic})", choice.get(lang)),
    }
}

pub fn security_label(control: &SecurityControl) -> mail_doctor_core::lang::Text {
    match *control {
        SecurityControl::Choice { label, .. }
        | SecurityControl::SslCheckbox { label }
        | SecurityControl::TlsSwitch { label } => label,
    }
}

pub(crate) fn corrected_table(
    c: &Corrected,
    case: &Case,
    labels: &Labels,
    lang: Lang,
    s: &Strings,
    w: &Console,
) -> Html {
    let inc = case.incoming.clone().unwrap_or_default();
    let out = case.outgoing.clone().unwrap_or_default();
    let text = |t: mail_doctor_core::lang::Text| t.get(lang);
    let differs =
        |reported: &Option<String>, value: &str| reported.as_deref().is_some_and(|r| r != value);
    let host_differs = |reported: &Option<String>, value: &str| {
        reported.as_deref().is_some_and(|r| !same_host(r, value))
    };

    // What the outgoing login effectively is, for comparison.
    let out_auth_reported = out.auth.map(|a| match a {
        OutgoingAuth::SameAsIncoming | OutgoingAuth::Password => "password".to_string(),
        other => other.as_str().to_string(),
    });
    let out_user_reported = match out.auth {
        Some(OutgoingAuth::Password) => out.username.clone(),
        Some(OutgoingAuth::SameAsIncoming) => inc.username.clone(),
        _ => out.username.clone(),
    };

    let auth_in_word = |a: IncomingAuth| -> String {
        match (a, labels.auth_method, labels.spa) {
            (IncomingAuth::Password, Some((_, plain)), _) => plain.get(lang).into(),
            (IncomingAuth::Spa, _, Some(spa)) => spa.get(lang).into(),
            _ => w.incoming_auth_name(a).into(),
        }
    };
    let auth_out_word = |a: OutgoingAuth| -> String {
        match (a, labels.outgoing_same_login) {
            (OutgoingAuth::SameAsIncoming, Some(same)) => same.get(lang).into(),
            _ => w.outgoing_auth_name(a).into(),
        }
    };
    let in_control = labels.incoming_security_for(c.incoming.protocol);
    let mut rows = vec![
        Row {
            field: Field::IncomingProtocol,
            label: text(labels.protocol),
            value: c.incoming.protocol.as_str().into(),
            shown: text(labels.protocol_name(c.incoming.protocol)).into(),
            reported: inc.protocol.map(|p| p.as_str().into()),
            reported_shown: inc.protocol.map(|p| text(labels.protocol_name(p)).into()),
            changed: false,
        },
        Row {
            field: Field::IncomingHost,
            label: text(labels.incoming_host),
            value: c.incoming.host.clone(),
            shown: c.incoming.host.clone(),
            changed: host_differs(&inc.host, &c.incoming.host),
            reported: inc.host.clone(),
            reported_shown: inc.host.clone(),
        },
        Row {
            field: Field::IncomingPort,
            label: text(labels.incoming_port),
            value: c.incoming.port.to_string(),
            shown: c.incoming.port.to_string(),
            reported: inc.port.map(|p| p.to_string()),
            reported_shown: inc.port.map(|p| p.to_string()),
            changed: false,
        },
        Row {
            field: Field::IncomingSecurity,
            label: text(security_label(&in_control)),
            value: c.incoming.security.as_str().into(),
            shown: security_word(&in_control, c.incoming.security, lang),
            reported: inc.security.map(|x| x.as_str().into()),
            reported_shown: inc.security.map(|x| security_word(&in_control, x, lang)),
            changed: false,
        },
        Row {
            field: Field::IncomingUsername,
            label: text(labels.username),
            value: c.incoming.username.clone(),
            shown: c.incoming.username.clone(),
            reported: inc.username.clone(),
            reported_shown: inc.username.clone(),
            changed: false,
        },
        Row {
            field: Field::IncomingAuth,
            label: labels.auth_method.map_or(s.auth, |(l, _)| l.get(lang)),
            value: c.incoming.auth.clone(),
            shown: match (labels.auth_method, c.incoming.auth.as_str()) {
                (Some((_, plain)), "password") => plain.get(lang).into(),
                (_, "password") => w.auth_password.into(),
                (_, other) => other.into(),
            },
            reported: inc.auth.map(|a| a.as_str().into()),
            reported_shown: inc.auth.map(auth_in_word),
            changed: false,
        },
        Row {
            field: Field::OutgoingHost,
            label: text(labels.outgoing_host),
            value: c.outgoing.host.clone(),
            shown: c.outgoing.host.clone(),
            changed: host_differs(&out.host, &c.outgoing.host),
            reported: out.host.clone(),
            reported_shown: out.host.clone(),
        },
        Row {
            field: Field::OutgoingPort,
            label: text(labels.outgoing_port),
            value: c.outgoing.port.to_string(),
            shown: c.outgoing.port.to_string(),
            reported: out.port.map(|p| p.to_string()),
            reported_shown: out.port.map(|p| p.to_string()),
            changed: false,
        },
        Row {
            field: Field::OutgoingSecurity,
            label: text(security_label(&labels.outgoing_security)),
            value: c.outgoing.security.as_str().into(),
            shown: security_word(&labels.outgoing_security, c.outgoing.security, lang),
            reported: out.security.map(|x| x.as_str().into()),
            reported_shown: out
                .security
                .map(|x| security_word(&labels.outgoing_security, x, lang)),
            changed: false,
        },
        Row {
            field: Field::OutgoingUsername,
            label: w.outgoing_username,
            value: c.outgoing.username.clone(),
            shown: c.outgoing.username.clone(),
            reported_shown: out_user_reported.clone(),
            reported: out_user_reported,
            changed: false,
        },
        Row {
            field: Field::OutgoingAuth,
            label: text(labels.outgoing_auth),
            value: c.outgoing.auth.clone(),
            // In the app's words where it names the plain password (a device: 「SMTP 認証」).
            shown: if c.outgoing.auth == "password" {
                labels
                    .auth_method
                    .map_or(w.auth_password, |(_, plain)| plain.get(lang))
                    .into()
            } else {
                c.outgoing.auth.clone()
            },
            reported: out_auth_reported,
            reported_shown: out.auth.map(auth_out_word),
            changed: false,
        },
    ];
    // A device only sends: its POP rows only when it uses POP before SMTP.
    let device = case.client.as_ref().and_then(|c| c.id) == Some(ClientId::Device);
    if device && out.auth != Some(OutgoingAuth::PopBeforeSmtp) {
        rows.retain(|r| !r.field.as_str().starts_with("incoming"));
    }
    for row in &mut rows {
        if !matches!(row.field, Field::IncomingHost | Field::OutgoingHost) {
            row.changed = differs(&row.reported, &row.value);
        }
    }

    html! {
        <div class="table-wrap">
            <table class="corrected-table">
                <thead><tr>
                    <th scope="col">{ w.corrected_setting }</th>
                    <th scope="col">{ w.corrected_value }</th>
                    <th scope="col">{ w.corrected_reported }</th>
                </tr></thead>
                <tbody>
                    { for rows.into_iter().map(|row| html! {
                        <tr class={classes!(row.changed.then_some("changed"))}>
                            <th scope="row">{ row.label }</th>
                            <td data-field={row.field.as_str()}
                                data-value={row.value.clone()}
                                data-changed={if row.changed { "true" } else { "false" }}>
                                <strong>{ row.shown }</strong>
                                if row.changed {
                                    <span class="changed-mark">{ w.corrected_changed }</span>
                                }
                            </td>
                            <td class="reported">
                                { row.reported_shown.clone().unwrap_or_else(|| w.not_reported.to_string()) }
                            </td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
