//! The page header: the app's name, the page navigation and the language switch.

use crate::console_web;
use crate::i18n::console::console;
use crate::i18n::strings;
use crate::{LangContext, Route};
use mail_doctor_core::Lang;
use yew::prelude::*;
use yew_router::hooks::use_route;

#[function_component(Header)]
pub fn header() -> Html {
    let Some(lang) = use_context::<LangContext>() else {
        return Html::default();
    };
    let s = strings(*lang);
    let c = console(*lang);
    let route = use_route::<Route>();
    // The hash is the router's: a plain `href="#results"` would leave the page.
    let on_skip = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        console_web::focus_first(&["results", "main"]);
    });
    // Plain links: the hash router follows the address bar (popstate), and the link can say
    // which page is the current one.
    let nav_link = |href: &'static str, text: &'static str, current: bool| {
        html! {
            <li>
                <a {href} class={classes!("nav-link", current.then_some("current"))}
                    aria-current={current.then_some("page")}>{ text }</a>
            </li>
        }
    };
    let on_agent = matches!(route, Some(Route::Home | Route::Agent | Route::Case { .. }));
    let on_profile = matches!(route, Some(Route::Profile));
    let button = |target: Lang, name: &'static str| {
        let onclick = {
            let lang = lang.clone();
            Callback::from(move |_: MouseEvent| lang.set(target))
        };
        let pressed = *lang == target;
        html! {
            <button
                type="button"
                class={classes!("lang", pressed.then_some("active"))}
                lang={target.tag()}
                data-lang={target.tag()}
                aria-pressed={if pressed { "true" } else { "false" }}
                {onclick}
            >{ name }</button>
        }
    };
    html! {
        <header class="top">
            if on_agent {
                <a class="skip" href="#results" onclick={on_skip}>{ s.skip_to_results }</a>
            } else {
                <a class="skip" href="#main" onclick={on_skip}>{ c.skip_to_main }</a>
            }
            <div class="brandline">
                <h1>{ s.app_title }</h1>
                <p class="tagline">{ s.app_tagline }</p>
            </div>
            <nav class="site-nav" aria-label={c.nav_label}>
                <ul>
                    { nav_link("#/agent", c.nav_agent, on_agent) }
                    { nav_link("#/profile", c.nav_profile, on_profile) }
                </ul>
            </nav>
            <div class="langs" role="group" aria-label={s.language}>
                { button(Lang::Ja, s.lang_name_ja) }
                { button(Lang::En, s.lang_name_en) }
            </div>
        </header>
    }
}
