//! Small pieces of the self-help and guide pages: the ISP's support contact (at the end of every
//! path) and the note on installing a settings file on Apple devices.

use crate::components::export_buttons::ExportButtons;
use crate::i18n::self_help::help_strings;
use crate::ProfileContext;
use mail_doctor_core::case::ClientId;
use mail_doctor_core::catalog::{OsFamily, SettingsFile};
use mail_doctor_core::export::ExportFormat;
use mail_doctor_core::lang::fill;
use mail_doctor_core::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SupportProps {
    pub lang: Lang,
}

/// 「解決しないときは …にお電話ください」 with the profile's phone and page.
#[function_component(SupportContact)]
pub fn support_contact(props: &SupportProps) -> Html {
    let h = help_strings(props.lang);
    let state = use_context::<ProfileContext>();
    let Some(profile) = state.as_ref().and_then(|p| p.profile.clone()) else {
        return Html::default();
    };
    let isp = profile.isp.name.get(props.lang).to_string();
    let phone = profile.isp.support_phone.trim().to_string();
    let url = profile.isp.support_url.trim().to_string();
    // A tel: link only for a number that can be dialled (digits, +, and the usual separators):
    // the demo's "0120-XXX-XXX" is shown as text, and so is any number while the demo is in use.
    let dialable = !state.as_ref().is_some_and(|p| p.is_demo())
        && phone.chars().any(|c| c.is_ascii_digit())
        && phone
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '+' | '-' | ' ' | '(' | ')' | '.'));
    let tel: String = phone
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    html! {
        <aside class="support" aria-labelledby="support-title" data-support="">
            <h2 id="support-title">{ h.support_title }</h2>
            if !phone.is_empty() {
                <p>{ fill(h.support_phone, &[("isp", &isp), ("phone", &phone)]) }</p>
                if dialable {
                    <p><a class="tap tel" href={format!("tel:{tel}")} data-support-phone={phone.clone()}>{ format!("☎ {phone}") }</a></p>
                } else {
                    <p class="tel" data-support-phone={phone.clone()}>{ format!("☎ {phone}") }</p>
                }
            }
            if url.starts_with("https://") || url.starts_with("http://") {
                <p><a class="tap" href={url.clone()} rel="noopener noreferrer">{ h.support_url }</a></p>
            }
            <p class="hint">{ h.support_say }</p>
        </aside>
    }
}

#[derive(Properties, PartialEq)]
pub struct MobileconfigProps {
    pub client: ClientId,
    pub lang: Lang,
    /// The customer's address as typed (the download is for it).
    pub address: AttrValue,
}

/// For Mail on iPhone / iPad and Mac: a settings file can be installed instead of typing — the
/// `.mobileconfig` download for the customer's address, then the steps to install it.
#[function_component(MobileconfigNote)]
pub fn mobileconfig_note(props: &MobileconfigProps) -> Html {
    let spec = mail_doctor_core::catalog::client(props.client);
    if spec.settings_file != Some(SettingsFile::Mobileconfig) {
        return Html::default();
    }
    let h = help_strings(props.lang);
    html! {
        <>
        <section class="mobileconfig" aria-labelledby="mobileconfig-title" data-mobileconfig="">
            <h3 id="mobileconfig-title">{ h.mobileconfig_title }</h3>
            <p>{ h.mobileconfig_intro }</p>
            <div class="mobileconfig-slot" data-slot="mobileconfig-download">
                <ExportButtons address={props.address.clone()} only={Some(ExportFormat::Mobileconfig)}
                    id="mobileconfig-export" />
            </div>
            <ol class="plain-steps">
                { for h.mobileconfig_steps.iter().map(|s| html! { <li>{ *s }</li> }) }
            </ol>
            if spec.systems == [OsFamily::MacOs] {
                <p>{ h.mobileconfig_mac }</p>
            }
        </section>
        // The two ways are two lists, each numbered from 1: say that the second is the other
        // way, not more steps of the first.
        <p class="method-or" role="separator" data-method-or="">{ h.method_or }</p>
        <h3 class="method-title" data-method="manual">{ h.method_manual }</h3>
        </>
    }
}
