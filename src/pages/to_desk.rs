//! A route this build does not carry opens the same route in the page beside it that does: in the
//! customers' build (`help.html`) a desk route (`#/agent?case=…`, `#/c/…`) opens `index.html`;
//! there and in `help.html`, a tool's route (`#/dns?domain=…`, `#/login-ip`…) opens `tools.html`.
//! Share links and bookmarks keep working whichever page they were made on. A plain link stays on
//! the page in case the browser does not follow.

use crate::components::header::Header;
use crate::i18n::strings;
use crate::web;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ToDeskProps {
    /// The page beside this one that has the route (`index.html`, `tools.html`).
    pub page: &'static str,
}

#[function_component(ToDesk)]
pub fn to_desk(props: &ToDeskProps) -> Html {
    let lang = crate::use_lang();
    let h = strings(lang);
    let url = web::page_url(props.page);
    {
        let url = url.clone();
        use_effect_with((), move |_| web::replace_location(&url));
    }
    html! {
        <>
            <Header skip_to="#main" skip_label={h.skip_to_main} />
            <main class="page help-page" id="main" tabindex="-1">
                <p role="status">{ h.to_desk_opening }</p>
                <p><a class="tap" href={url} id="to-desk">{ h.to_desk_link }</a></p>
            </main>
        </>
    }
}
