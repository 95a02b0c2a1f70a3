use crate::components::header::Header;
use crate::i18n::strings;
use crate::{LangContext, Route};
use mail_doctor_core::Lang;
use yew::prelude::*;
use yew_router::prelude::*;

/// Where the link goes: the diagnosis page, or in the customers' build (`help.html`) the self-help.
#[cfg(feature = "desk")]
const HOME: Route = Route::Agent;
#[cfg(not(feature = "desk"))]
const HOME: Route = Route::Help;

#[function_component(NotFound)]
pub fn not_found() -> Html {
    let lang = use_context::<LangContext>().map_or(Lang::Ja, |l| *l);
    let s = strings(lang);
    html! {
        <>
            <Header />
            <main class="page" id="main" tabindex="-1">
                <p>{ s.not_found_title }</p>
                <p><Link<Route> to={HOME}>{ s.not_found_link }</Link<Route>></p>
            </main>
        </>
    }
}
