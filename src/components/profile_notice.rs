//! Where the profile came from: the demo banner and a published profile's errors (the desk's
//! build); on the customers' page, which has no demo, only that it cannot help right now.

use crate::i18n::strings;
use crate::profile_source::Source;
use crate::{LangContext, ProfileContext};
use mail_doctor_core::Lang;
use yew::prelude::*;

#[function_component(ProfileNotice)]
pub fn profile_notice() -> Html {
    let lang = use_context::<LangContext>().map_or(Lang::Ja, |l| *l);
    let Some(profile) = use_context::<ProfileContext>() else {
        return Html::default();
    };
    let s = strings(lang);
    let banner = |text: &'static str| {
        html! { <p class="banner demo" data-profile="demo" role="status">{ text }</p> }
    };
    let unusable = profile.profile.is_none() && !profile.is_loading();
    // The customers' page has no demo to show, and the profile's errors are the operator's
    // business: a customer is told only that it cannot help now.
    let desk = crate::DESK_BUILD;
    html! {
        <>
            { match &profile.source {
                Source::Loading => html! {
                    <p class="banner loading" data-profile="loading" role="status">{ s.loading_profile }</p>
                },
                Source::Published => Html::default(),
                _ if !desk => Html::default(),
                Source::DemoMissing => banner(s.demo_banner),
                Source::DemoNetwork => banner(s.demo_banner_after_network),
                Source::DemoAfterErrors(errors) => html! {
                    <>
                        { banner(s.demo_banner_after_error) }
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
                <p class="banner error" data-profile="unusable" role="alert">
                    { if desk { s.profile_unusable } else { s.profile_unusable_customer } }
                </p>
            }
        </>
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
