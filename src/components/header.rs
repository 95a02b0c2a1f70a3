//! The page header: the app's name and the language switch.

use crate::i18n::dns::dns_strings;
use crate::i18n::strings;
use crate::LangContext;
use mail_doctor_core::Lang;
use yew::prelude::*;

#[function_component(Header)]
pub fn header() -> Html {
    let Some(lang) = use_context::<LangContext>() else {
        return Html::default();
    };
    let s = strings(*lang);
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
            <a class="skip" href="#results">{ s.skip_to_results }</a>
            <div class="brandline">
                <h1>{ s.app_title }</h1>
                <p class="tagline">{ s.app_tagline }</p>
            </div>
            { nav(*lang) }
            <div class="langs" role="group" aria-label={s.language}>
                { button(Lang::Ja, s.lang_name_ja) }
                { button(Lang::En, s.lang_name_en) }
            </div>
        </header>
    }
}

/// Links to the pages (the DNS panel and the login-IP check beside the agent console).
fn nav(lang: Lang) -> Html {
    let t = dns_strings(lang);
    html! {
        <nav class="pages-nav" aria-label={t.nav_label}>
            <a href="#/agent">{ t.nav_agent }</a>
            <a href="#/dns">{ t.nav_dns }</a>
            <a href="#/login-ip">{ t.nav_login_ip }</a>
        </nav>
    }
}
