//! The page header: the app's name, the pages (the links of the route table, src/router.rs), and
//! the language switch.

use crate::console_web;
use crate::i18n::strings;
use crate::router::use_route;
use crate::router::{nav, nav_path_of, Page, THIS_PAGE};
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
    // The page whose header this is: this build's, or in the full app the route's (the
    // customers' routes show the customers' header there too).
    let page = THIS_PAGE.unwrap_or_else(|| match route.as_ref().map(Route::page) {
        Some(Page::Every) | None => Page::Index,
        Some(page) => page,
    });
    let current_path = route.as_ref().and_then(nav_path_of);
    let links = nav().filter(|l| l.on.contains(&page)).map(|l| {
        let current = (current_path == Some(l.path)).then_some("page");
        html! {
            <a href={format!("#{}", l.path)} data-nav-page={l.path.trim_start_matches('/')}
                aria-current={current}>{ (l.label)(s) }</a>
        }
    });
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
                { for links }
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
