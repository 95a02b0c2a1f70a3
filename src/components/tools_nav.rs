//! The page links in the header: the agent console and the tools.

use crate::i18n::tools::tools;
use crate::{LangContext, Route};
use mail_doctor_core::Lang;
use yew::prelude::*;
use yew_router::prelude::*;

#[function_component(ToolsNav)]
pub fn tools_nav() -> Html {
    let lang = use_context::<LangContext>().map_or(Lang::Ja, |l| *l);
    let t = tools(lang);
    let current = use_route::<Route>();
    let link = |route: Route, name: &'static str, key: &'static str| {
        let here = current.as_ref() == Some(&route)
            || (route == Route::Agent && current.as_ref() == Some(&Route::Home));
        html! {
            <li>
                <Link<Route> to={route} classes={classes!("nav-link", here.then_some("active"))}>
                    <span data-nav={key} aria-current={here.then_some("page")}>{ name }</span>
                </Link<Route>>
            </li>
        }
    };
    html! {
        <nav class="tools-nav" aria-label={t.nav_label}>
            <ul>
                { link(Route::Agent, t.nav_agent, "agent") }
                { link(Route::Advisor, t.nav_advisor, "advisor") }
                { link(Route::Import, t.nav_import, "import") }
            </ul>
        </nav>
    }
}
