//! What every page says about its profile (issue 12): which one is in use (version, published,
//! fetched, last checked), a saved copy as such with its date, why the published profile is not
//! in use (the desk: an alert naming the cause, a "try again" button, and the demo shown as the
//! demo; the customers' page, which has no demo: that it cannot help right now, or that its saved
//! copy is too old and whom to call), a newer profile to switch to, a re-check that failed.

use crate::i18n::profile_status::{status_words, StatusWords};
use crate::i18n::strings;
use crate::profile_source::{offline_trouble, ProfileState, Source, Trouble};
use crate::{web, ProfileContext};
use mail_doctor_core::lang::fill;
use mail_doctor_core::limits::MAX_PROFILE_BYTES;
use mail_doctor_core::Lang;
use yew::prelude::*;

#[function_component(ProfileNotice)]
pub fn profile_notice() -> Html {
    let lang = crate::use_lang();
    let Some(profile) = use_context::<ProfileContext>() else {
        return Html::default();
    };
    let control = profile.control.clone();
    let s = strings(lang);
    let w = status_words(lang);
    let desk = crate::DESK_BUILD;
    // One shape for every one-line notice: `<p class=… data-profile=… role=…>`.
    let note = |class: &'static str, kind: &'static str, role: &'static str, text: String| {
        html! { <p {class} data-profile={kind} {role}>{ text }</p> }
    };
    let demo = note("banner demo", "demo", "status", w.demo_not_real.to_string());
    let retry = control.clone().map(|c| {
        let onclick = Callback::from(move |_: MouseEvent| c.retry());
        html! { <button type="button" class="secondary small" data-profile-retry="" {onclick}>{ w.retry }</button> }
    });
    let alert = |code: &'static str, text: String| {
        html! {
            <>
                <div class="banner error" role="alert" data-profile-error={code}>
                    <p>{ text }</p>
                    { retry.clone().unwrap_or_default() }
                </div>
                { demo.clone() }
            </>
        }
    };
    let when = |ms: Option<f64>| ms.map(web::local_time).unwrap_or_default();
    let unusable = profile.profile.is_none()
        && !profile.is_loading()
        && !matches!(profile.source, Source::TooOld { .. });
    html! {
        <>
            { match &profile.source {
                Source::Loading => note("banner loading", "loading", "status", s.loading_profile.to_string()),
                Source::Published => Html::default(),
                Source::Saved { why } => note("banner demo", "saved", "status",
                    fill(w.saved_copy, &[("when", &when(profile.fetched_at)), ("why", &trouble_text(w, &offline_trouble(why)))])),
                Source::TooOld { isp, phone } => note("banner error", "too-old", "alert",
                    fill(crate::i18n::profile_status::too_old(lang, !phone.is_empty()),
                        &[("when", &when(profile.fetched_at)), ("isp", isp.get(lang)), ("phone", phone)])),
                // The customers' page has no demo to show, and the profile's errors are the
                // operator's business: a customer is told only that it cannot help now (below).
                _ if !desk => Html::default(),
                Source::DemoMissing => alert("not-found", w.trouble_not_found.to_string()),
                Source::DemoNetwork(t) => alert(trouble_code(t), trouble_text(w, t)),
                Source::DemoPublished => alert("demo", w.demo_published.to_string()),
                Source::DemoAfterErrors(errors) => html! {
                    <>
                        { alert("invalid", s.profile_errors_title.to_string()) }
                        <section class="panel profile-errors" aria-labelledby="profile-errors-title">
                            <h2 id="profile-errors-title">{ s.profile_errors_title }</h2>
                            <table>
                                <thead><tr>
                                    <th scope="col">{ s.profile_error_line }</th>
                                    <th scope="col">{ s.profile_error_key }</th>
                                    <th scope="col">{ s.profile_error_message }</th>
                                </tr></thead>
                                <tbody>
                                    { for errors.iter().map(|e| html! {
                                        <tr class="profile-error">
                                            <td>{ if e.line > 0 { e.line.to_string() } else { "—".to_string() } }</td>
                                            <td><code>{ &e.key }</code></td>
                                            <td>{ e.message_in(lang) }</td>
                                        </tr>
                                    }) }
                                </tbody>
                            </table>
                        </section>
                    </>
                },
            } }
            if unusable {
                { note("banner error", "unusable", "alert",
                    (if desk { s.profile_unusable } else { s.profile_unusable_customer }).to_string()) }
                if !desk {
                    { retry.clone().unwrap_or_default() }
                }
            }
            if let (Some(next), Some(control)) = (&profile.update, control) {
                <div class="banner update" data-profile-update="" role="status">
                    <p>{ fill(w.update_offer, &[("version", next.meta.as_ref().map_or(w.id_no_version, |m| m.version.as_str()))]) }</p>
                    <button type="button" data-profile-apply="" onclick={Callback::from(move |_: MouseEvent| control.apply())}>
                        { w.update_apply }
                    </button>
                </div>
            }
            if let Some(t) = &profile.recheck {
                <p class="hint" data-profile-recheck={trouble_code(t)} role="status">
                    { fill(w.recheck_failed, &[("when", &when(profile.checked_at)), ("why", &trouble_text(w, t))]) }
                </p>
            }
            { identity(&profile, w) }
        </>
    }
}

/// "Profile: version 2026-12-07.1 · published … · fetched … · last checked …".
fn identity(profile: &ProfileState, w: &StatusWords) -> Html {
    if profile.profile.is_none() {
        return Html::default();
    }
    let (kind, mut parts) = if profile.is_demo() {
        ("demo", vec![w.id_demo.to_string()])
    } else {
        let kind = if matches!(profile.source, Source::Saved { .. }) {
            "saved"
        } else {
            "published"
        };
        let mut parts = vec![match &profile.meta {
            Some(m) => format!("{} {}", w.id_version, m.version),
            None => w.id_no_version.to_string(),
        }];
        if let Some(p) = profile.meta.as_ref().and_then(|m| m.published) {
            parts.push(format!("{} {p}", w.id_published));
        }
        if let Some(t) = profile.fetched_at {
            parts.push(format!("{} {}", w.id_fetched, web::local_time(t)));
        }
        (kind, parts)
    };
    if let Some(t) = profile.checked_at.filter(|_| kind != "demo") {
        parts.push(format!("{} {}", w.id_checked, web::local_time(t)));
    }
    html! {
        <p class="profile-id hint" data-profile-id={kind}
            data-profile-version={profile.meta.as_ref().map(|m| m.version.clone())}>
            { format!("{}: {}", w.id_label, parts.join(" · ")) }
        </p>
    }
}

/// A stable name for a trouble (`data-profile-error`, the e2e fault suite).
fn trouble_code(t: &Trouble) -> &'static str {
    match t {
        Trouble::NotFound => "not-found",
        Trouble::Html => "html",
        Trouble::Http(_) => "http",
        Trouble::Network => "network",
        Trouble::Timeout => "timeout",
        Trouble::TooLarge(_) => "too-large",
        Trouble::Unusable => "unusable",
    }
}

fn trouble_text(w: &StatusWords, t: &Trouble) -> String {
    match t {
        Trouble::NotFound => w.trouble_not_found.to_string(),
        Trouble::Html => w.trouble_html.to_string(),
        Trouble::Http(code) => fill(w.trouble_http, &[("code", &code.to_string())]),
        Trouble::Network => w.trouble_network.to_string(),
        Trouble::Timeout => w.trouble_timeout.to_string(),
        Trouble::TooLarge(size) => fill(
            w.trouble_too_large,
            &[
                ("size", &size.to_string()),
                ("max", &MAX_PROFILE_BYTES.to_string()),
            ],
        ),
        Trouble::Unusable => w.trouble_unusable.to_string(),
    }
}

/// What a page shows in place of its content while it has no profile: "loading" while
/// `profile.toml` loads; after that nothing, as [`ProfileNotice`] says why.
pub fn loading_placeholder(state: Option<&ProfileContext>, lang: Lang) -> Html {
    if state.is_some_and(|p| p.is_loading()) {
        html! { <p class="placeholder">{ strings(lang).loading_profile }</p> }
    } else {
        Html::default()
    }
}
