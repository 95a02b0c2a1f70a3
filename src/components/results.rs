//! The corrected settings next to what the customer has, in the chosen client's words. Everything
//! shown comes from the engine's report and labels.

use crate::i18n::Strings;
use mail_doctor_core::case::{OutgoingAuth, Security};
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
    reported: Option<String>,
    changed: bool,
}

fn security_word(control: &SecurityControl, security: Security, lang: Lang, s: &Strings) -> String {
    let generic = s.security_name(security);
    let (_, choice) = control.setting(security);
    match control {
        SecurityControl::Choice { .. } if choice.get(lang) != generic => {
            format!("{} ({generic})", choice.get(lang))
        }
        SecurityControl::Choice { .. } => generic.to_string(),
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

    let mut rows = vec![
        Row {
            field: Field::IncomingProtocol,
            label: text(labels.protocol),
            value: c.incoming.protocol.as_str().into(),
            shown: text(labels.protocol_name(c.incoming.protocol)).into(),
            reported: inc.protocol.map(|p| p.as_str().into()),
            changed: false,
        },
        Row {
            field: Field::IncomingHost,
            label: text(labels.incoming_host),
            value: c.incoming.host.clone(),
            shown: c.incoming.host.clone(),
            changed: host_differs(&inc.host, &c.incoming.host),
            reported: inc.host.clone(),
        },
        Row {
            field: Field::IncomingPort,
            label: text(labels.incoming_port),
            value: c.incoming.port.to_string(),
            shown: c.incoming.port.to_string(),
            reported: inc.port.map(|p| p.to_string()),
            changed: false,
        },
        Row {
            field: Field::IncomingSecurity,
            label: text(security_label(&labels.incoming_security)),
            value: c.incoming.security.as_str().into(),
            shown: security_word(&labels.incoming_security, c.incoming.security, lang, s),
            reported: inc.security.map(|x| x.as_str().into()),
            changed: false,
        },
        Row {
            field: Field::IncomingUsername,
            label: text(labels.username),
            value: c.incoming.username.clone(),
            shown: c.incoming.username.clone(),
            reported: inc.username.clone(),
            changed: false,
        },
        Row {
            field: Field::IncomingAuth,
            label: labels.auth_method.map_or(s.auth, |(l, _)| l.get(lang)),
            value: c.incoming.auth.clone(),
            shown: match (labels.auth_method, c.incoming.auth.as_str()) {
                (Some((_, plain)), "password") => plain.get(lang).into(),
                (_, "password") => s.auth_password.into(),
                (_, other) => other.into(),
            },
            reported: inc.auth.map(|a| a.as_str().into()),
            changed: false,
        },
        Row {
            field: Field::OutgoingHost,
            label: text(labels.outgoing_host),
            value: c.outgoing.host.clone(),
            shown: c.outgoing.host.clone(),
            changed: host_differs(&out.host, &c.outgoing.host),
            reported: out.host.clone(),
        },
        Row {
            field: Field::OutgoingPort,
            label: text(labels.outgoing_port),
            value: c.outgoing.port.to_string(),
            shown: c.outgoing.port.to_string(),
            reported: out.port.map(|p| p.to_string()),
            changed: false,
        },
        Row {
            field: Field::OutgoingSecurity,
            label: text(security_label(&labels.outgoing_security)),
            value: c.outgoing.security.as_str().into(),
            shown: security_word(&labels.outgoing_security, c.outgoing.security, lang, s),
            reported: out.security.map(|x| x.as_str().into()),
            changed: false,
        },
        Row {
            field: Field::OutgoingUsername,
            label: s.outgoing_username,
            value: c.outgoing.username.clone(),
            shown: c.outgoing.username.clone(),
            reported: out_user_reported,
            changed: false,
        },
        Row {
            field: Field::OutgoingAuth,
            label: text(labels.outgoing_auth),
            value: c.outgoing.auth.clone(),
            shown: if c.outgoing.auth == "password" {
                s.auth_password.into()
            } else {
                c.outgoing.auth.clone()
            },
            reported: out_auth_reported,
            changed: false,
        },
    ];
    for row in &mut rows {
        if !matches!(row.field, Field::IncomingHost | Field::OutgoingHost) {
            row.changed = differs(&row.reported, &row.value);
        }
    }

    html! {
        <div class="table-wrap">
            <table class="corrected-table">
                <thead><tr>
                    <th scope="col">{ s.corrected_setting }</th>
                    <th scope="col">{ s.corrected_value }</th>
                    <th scope="col">{ s.corrected_reported }</th>
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
                                    <span class="changed-mark">{ s.corrected_changed }</span>
                                }
                            </td>
                            <td class="reported">
                                { row.reported.clone().unwrap_or_else(|| s.not_reported.to_string()) }
                            </td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
