//! Mail Setup Doctor, the browser face: a thin Yew app over `mail-doctor-core`.
//!
//! The app lives here (not in `main.rs`) so the browser tests can mount it.

pub mod help;
pub mod i18n;
pub mod profile_source;
pub mod share;
pub mod state;

pub mod components;
mod console_web;
pub mod doh;
pub mod download;
pub mod pages;
pub mod router;
mod web;

pub use mail_doctor_core as core;

use mail_doctor_core::Lang;
#[cfg(feature = "tools")]
use pages::advisor::AdvisorPage;
#[cfg(feature = "desk")]
use pages::agent::AgentPage;
#[cfg(feature = "tools")]
use pages::dns::DnsPage;
use pages::guide::{GuideIndexPage, GuidePage};
#[cfg(feature = "tools")]
use pages::import::ImportPage;
#[cfg(feature = "tools")]
use pages::login_ip::LoginIpPage;
use pages::not_found::NotFound;
#[cfg(feature = "desk")]
use pages::profile::ProfilePage;
use pages::self_help::SelfHelpPage;
#[cfg(not(feature = "tools"))]
use pages::to_desk::ToDesk;
use profile_source::ProfileState;
use router::HashRouter;
use std::rc::Rc;
use yew::prelude::*;

/// The language in use; switching it re-renders everything.
pub type LangContext = UseStateHandle<Lang>;
/// The profile in use and where it came from.
pub type ProfileContext = Rc<ProfileState>;

/// The pages; `router.rs` has their paths (`Route::from_path`).
#[derive(Clone, PartialEq, Debug)]
pub enum Route {
    /// `#/`
    Home,
    Agent,
    Dns,
    LoginIp,
    /// The short share link of a case (`#/c/<payload>`); the page reads the payload itself.
    Case {
        payload: String,
    },
    Profile,
    Help,
    Guides,
    /// `#/guide/<client>/<kind>`
    Guide {
        client: String,
        kind: String,
    },
    Advisor,
    Import,
    /// Any other path.
    NotFound,
}

/// The page for a route, in each of the three builds (Cargo.toml's features): `tools.html` (the
/// default features) has every page; `index.html` (`desk`) the agent console, the profile browser
/// and the customers' pages; `help.html` (none) the customers' pages. A route a build does not
/// carry opens the same route in the page that does (`pages/to_desk.rs`).
fn switch(route: Route) -> Html {
    match route {
        #[cfg(feature = "desk")]
        Route::Home | Route::Agent | Route::Case { .. } => html! { <AgentPage /> },
        #[cfg(feature = "desk")]
        Route::Profile => html! { <ProfilePage /> },
        #[cfg(not(feature = "desk"))]
        Route::Home => html! { <SelfHelpPage /> },
        #[cfg(not(feature = "desk"))]
        Route::Agent | Route::Case { .. } | Route::Profile => {
            html! { <ToDesk page={web::DESK_PAGE} /> }
        }
        Route::Help => html! { <SelfHelpPage /> },
        Route::Guides => html! { <GuideIndexPage /> },
        Route::Guide { client, kind } => html! { <GuidePage {client} {kind} /> },
        Route::NotFound => html! { <NotFound /> },
        #[cfg(feature = "tools")]
        Route::Dns => html! { <DnsPage /> },
        #[cfg(feature = "tools")]
        Route::LoginIp => html! { <LoginIpPage /> },
        #[cfg(feature = "tools")]
        Route::Advisor => html! { <AdvisorPage /> },
        #[cfg(feature = "tools")]
        Route::Import => html! { <ImportPage /> },
        #[cfg(not(feature = "tools"))]
        Route::Dns | Route::LoginIp | Route::Advisor | Route::Import => {
            html! { <ToDesk page={web::TOOLS_PAGE} /> }
        }
    }
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// A profile to use instead of fetching `profile.toml` (tests).
    #[prop_or_default]
    pub profile: Option<ProfileState>,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let lang = use_state(|| Lang::Ja);
    let profile = {
        let given = props.profile.clone();
        use_state(move || Rc::new(given.unwrap_or_else(ProfileState::loading)))
    };

    {
        let profile = profile.clone();
        let must_fetch = props.profile.is_none();
        use_effect_with((), move |_| {
            if must_fetch {
                wasm_bindgen_futures::spawn_local(async move {
                    let fetched = web::fetch_profile().await;
                    profile.set(Rc::new(ProfileState::from_fetch(fetched)));
                });
            }
        });
    }

    use_effect_with(*lang, |lang| web::set_document_lang(lang.tag()));

    html! {
        <ContextProvider<LangContext> context={lang.clone()}>
            <ContextProvider<ProfileContext> context={(*profile).clone()}>
                <HashRouter>
                    <Pages />
                </HashRouter>
            </ContextProvider<ProfileContext>>
        </ContextProvider<LangContext>>
    }
}

/// The page at the address bar's route.
#[function_component(Pages)]
fn pages() -> Html {
    router::use_route().map_or_else(Html::default, switch)
}

/// Starts the app in the page: the panic hook first, then the app into `#app`.
pub fn start() {
    web::install_panic_hook();
    match web::app_root() {
        Some(root) => {
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}
