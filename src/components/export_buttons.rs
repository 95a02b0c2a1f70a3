//! Settings-file downloads for one address: Thunderbird autoconfig, Outlook Autodiscover and the
//! Apple configuration profile, written by `core::export` and saved with a Blob download. No
//! password is in any of them (the engine never has one).

use crate::download::download_text;
use crate::i18n::tools::{exports, ExportStrings};
use crate::ProfileContext;
use mail_doctor_core::export::{self, Export, ExportError, ExportFormat};
use mail_doctor_core::lang::fill;
use mail_doctor_core::names::parse_address;
use mail_doctor_core::Profile;
use yew::prelude::*;

/// Builds the file for one button: exactly what the download saves.
#[cfg(any(feature = "desk", feature = "tools"))]
pub fn build(
    format: ExportFormat,
    profile: &Profile,
    address: &str,
) -> Result<Export, ExportError> {
    export::export(format, profile, address)
}

/// Builds the file for one button. The customers' page offers the Apple profile alone
/// (`help_bits`, `only`), so its build links that writer alone (docs/size.md).
#[cfg(not(any(feature = "desk", feature = "tools")))]
pub fn build(
    format: ExportFormat,
    profile: &Profile,
    address: &str,
) -> Result<Export, ExportError> {
    debug_assert_eq!(format, ExportFormat::Mobileconfig);
    export::mobileconfig(profile, address)
}

/// The button's words for a format.
pub fn button_label(format: ExportFormat, t: &ExportStrings) -> &'static str {
    match format {
        ExportFormat::Autoconfig => t.export_thunderbird,
        ExportFormat::Autodiscover => t.export_outlook,
        ExportFormat::Mobileconfig => t.export_apple,
    }
}

#[derive(Properties, PartialEq)]
pub struct ExportButtonsProps {
    /// The customer's address as typed.
    pub address: AttrValue,
    /// Customer wording: show the iPhone/iPad installation steps (self-help page).
    #[prop_or_default]
    pub plain: bool,
    /// The `id` prefix of its elements.
    #[prop_or(AttrValue::Static("export"))]
    pub id: AttrValue,
    /// Offer only this format (the iPhone/Mac self-help offers only the `.mobileconfig`).
    #[prop_or_default]
    pub only: Option<ExportFormat>,
}

/// Three download buttons; disabled with the reason while the address is missing or unknown.
#[function_component(ExportButtons)]
pub fn export_buttons(props: &ExportButtonsProps) -> Html {
    let lang = crate::use_lang();
    let t = exports(lang);
    let profile = use_context::<ProfileContext>().and_then(|p| p.profile.clone());
    let status = use_state(|| None::<String>);
    let address = props.address.trim().to_string();

    // Why the buttons are disabled, if they are.
    let reason: Option<String> = match &profile {
        None => Some(t.export_no_profile.to_string()),
        Some(_) if address.is_empty() => Some(t.export_need_address.to_string()),
        Some(_) if parse_address(&address).is_none() => Some(
            ExportError::AddressInvalid {
                address: address.clone(),
            }
            .message(lang),
        ),
        Some(p) => export::check(p, &address).err().map(|e| e.message(lang)),
    };
    // A new address clears the last download's message.
    {
        let status = status.clone();
        use_effect_with(address.clone(), move |_| status.set(None));
    }
    let id = &props.id;
    let title_id = format!("{id}-title");
    let reason_id = format!("{id}-reason");
    let button = |format: ExportFormat| {
        let onclick = {
            let profile = profile.clone();
            let address = address.clone();
            let status = status.clone();
            Callback::from(move |_: MouseEvent| {
                let Some(p) = profile.as_deref() else { return };
                let t = exports(lang);
                let message = match build(format, p, &address) {
                    Ok(file) => match download_text(&file.filename, file.mime, &file.body) {
                        Ok(()) => fill(t.export_done, &[("file", &file.filename)]),
                        Err(_) => t.export_failed.to_string(),
                    },
                    Err(e) => e.message(lang),
                };
                status.set(Some(message));
            })
        };
        html! {
            <button type="button" class="export-button" data-export={format.as_str()}
                disabled={reason.is_some()}
                aria-describedby={reason.as_ref().map(|_| reason_id.clone())}
                {onclick}>{ button_label(format, t) }</button>
        }
    };
    html! {
        <section class="panel export" aria-labelledby={title_id.clone()} data-export-panel="true">
            <h3 id={title_id}>{ t.export_title }</h3>
            <p class="hint">{ t.export_intro }</p>
            <div class="export-buttons">
                { for ExportFormat::ALL
                    .into_iter()
                    .filter(|f| props.only.is_none_or(|only| only == *f))
                    .map(button) }
            </div>
            if let Some(r) = &reason {
                <p class="export-reason hint" id={reason_id.clone()} data-export-reason="true">{ r.clone() }</p>
            }
            <p class="export-status" role="status">{ (*status).clone().unwrap_or_default() }</p>
            if props.plain {
                <h4>{ t.export_apple_title }</h4>
                <ol class="apple-steps">
                    { for t.export_apple_steps.iter().map(|s| html! { <li>{ *s }</li> }) }
                </ol>
            }
        </section>
    }
}
