use crate::components::header::Header;
use crate::i18n::strings;
use yew::prelude::*;

/// Where the link goes: the diagnosis page, or in the customers' build (`help.html`) the self-help.
const HOME: &str = if crate::DESK_BUILD {
    "#/agent"
} else {
    "#/help"
};

#[function_component(NotFound)]
pub fn not_found() -> Html {
    let lang = crate::use_lang();
    let s = strings(lang);
    html! {
        <>
            <Header />
            <main class="page" id="main" tabindex="-1">
                <p>{ s.not_found_title }</p>
                <p><a href={HOME}>{ s.not_found_link }</a></p>
            </main>
        </>
    }
}
