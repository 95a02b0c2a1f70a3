//! The page header: the app's name, the pages, and the language switch.

use crate::i18n::self_help::help_strings;
use crate::i18n::strings;
use crate::LangContext;
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
    let h = help_strings(*lang);
    let t = crate::i18n::tools::tools(*lang);
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
    let skip_label = props
        .skip_label
        .clone()
        .unwrap_or(AttrValue::Static(s.skip_to_results));
    html! {
        <header class="top">
            <a class="skip" href={props.skip_to.clone()}
                onclick={skip_to_main(props.skip_to.as_str())}>{ skip_label }</a>
            <div class="brandline">
                <h1>{ s.app_title }</h1>
                <p class="tagline">{ s.app_tagline }</p>
            </div>
            <nav class="pages" aria-label={h.nav_label}>
                <a href="#/help" data-nav-page="help">{ h.nav_help }</a>
                <a href="#/guides" data-nav-page="guides">{ h.nav_guides }</a>
                <a href="#/agent" data-nav-page="agent">{ h.nav_agent }</a>
                <a href="#/advisor" data-nav-page="advisor">{ t.nav_advisor }</a>
                <a href="#/import" data-nav-page="import">{ t.nav_import }</a>
            </nav>
            <div class="langs" role="group" aria-label={s.language}>
                { button(Lang::Ja, s.lang_name_ja) }
                { button(Lang::En, s.lang_name_en) }
            </div>
        </header>
    }
}

/// `#main` is not a route: the skip link moves the focus to `<main>` instead of navigating.
fn skip_to_main(target: &str) -> Option<Callback<MouseEvent>> {
    (target == "#main").then(|| {
        Callback::from(|e: MouseEvent| {
            e.prevent_default();
            if let Some(main) = gloo::utils::document().get_element_by_id("main") {
                let _ = main.set_attribute("tabindex", "-1");
                if let Ok(main) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(main) {
                    let _ = main.focus();
                }
            }
        })
    })
}
