//! The page header: the app's name, the pages, and the language switch.

use crate::console_web;
use crate::i18n::strings;
use crate::router::use_route;
use crate::{LangContext, Route};
use mail_doctor_core::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// Where the skip link goes (the agent console: its results).
    #[prop_or(AttrValue::Static("#results"))]
    pub skip_to: AttrValue,
    /// The skip link's text (default: "to the results").
    #[prop_or_default]
    pub skip_label: Option<AttrValue>,
}

#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    let Some(lang) = use_context::<LangContext>() else {
        return Html::default();
    };
    let s = strings(*lang);
    // `#/` is this build's home page (crate::HOME).
    let route = use_route().map(|r| if r == Route::Home { crate::HOME } else { r });
    // help.html (the customers' build) has only the customers' pages.
    let end_user_page = !crate::DESK_BUILD
        || matches!(
            route,
            Some(Route::Help | Route::Guides | Route::Guide { .. })
        );
    let current = |page: &str| {
        let on = match page {
            "help" => matches!(route, Some(Route::Help)),
            "guides" => matches!(route, Some(Route::Guides | Route::Guide { .. })),
            "agent" => matches!(route, Some(Route::Agent | Route::Case { .. })),
            "profile" => matches!(route, Some(Route::Profile)),
            "advisor" => matches!(route, Some(Route::Advisor)),
            "import" => matches!(route, Some(Route::Import)),
            "survey" => matches!(route, Some(Route::Survey)),
            "dns" => matches!(route, Some(Route::Dns)),
            "login-ip" => matches!(route, Some(Route::LoginIp)),
            "server-health" => matches!(route, Some(Route::ServerHealth)),
            _ => false,
        };
        on.then_some("page")
    };
    let button = |target: Lang| {
        let onclick = {
            let lang = lang.clone();
            Callback::from(move |_: MouseEvent| crate::choose_lang(&lang, target))
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
            >{ target.native_name() }</button>
        }
    };
    let skip_label = props
        .skip_label
        .clone()
        .unwrap_or(AttrValue::Static(s.skip_to_results));
    html! {
        <header class="top">
            <a class="skip" href={props.skip_to.clone()}
                onclick={skip_to(props.skip_to.as_str())}>{ skip_label }</a>
            <div class="brandline">
                // Element Timing: e2e/tests/first-paint.spec.js knows the app's first frame has
                // been painted and timed when this entry arrives (no waiting on a clock).
                <h1 elementtiming="app">{ s.app_title }</h1>
                <p class="tagline">{ s.app_tagline }</p>
            </div>
            <nav class="pages" aria-label={s.nav_label}>
                <a href="#/help" data-nav-page="help" aria-current={current("help")}>{ s.nav_help }</a>
                <a href="#/guides" data-nav-page="guides" aria-current={current("guides")}>{ s.nav_guides }</a>
                // The desk's console and tools stay off the customers' pages: customers have no
                // use for them, and on a phone they would push the question below the first
                // screen.
                if !end_user_page {
                    <a href="#/agent" data-nav-page="agent" aria-current={current("agent")}>{ s.nav_agent }</a>
                    <a href="#/profile" data-nav-page="profile" aria-current={current("profile")}>{ s.nav_profile }</a>
                    <a href="#/advisor" data-nav-page="advisor" aria-current={current("advisor")}>{ s.nav_advisor }</a>
                    <a href="#/import" data-nav-page="import" aria-current={current("import")}>{ s.nav_import }</a>
                    <a href="#/dns" data-nav-page="dns" aria-current={current("dns")}>{ s.nav_dns }</a>
                    <a href="#/login-ip" data-nav-page="login-ip" aria-current={current("login-ip")}>{ s.nav_login_ip }</a>
                    <a href="#/server-health" data-nav-page="server-health" aria-current={current("server-health")}>{ s.nav_server_health }</a>
                    <a href="#/survey" data-nav-page="survey" aria-current={current("survey")}>{ s.nav_survey }</a>
                }
            </nav>
            <div class="langs" role="group" aria-label={s.language}>
                { for Lang::ALL.into_iter().map(button) }
            </div>
        </header>
    }
}

/// `#main` and `#results` are not routes: the skip link moves the focus there instead of
/// navigating (to `<main>` when the target is not on the page).
fn skip_to(target: &str) -> Option<Callback<MouseEvent>> {
    let id = target.strip_prefix('#')?.to_string();
    (!id.starts_with('/')).then(|| {
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            console_web::focus_first(&[id.as_str(), "main"]);
        })
    })
}
