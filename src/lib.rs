//! Mail Setup Doctor, the browser face: a thin Yew app over `mail-doctor-core`.
//!
//! The app lives here (not in `main.rs`) so the browser tests can mount it.

pub mod help;
pub mod i18n;
pub mod idna;
pub mod profile_source;
pub mod share;
pub mod state;

pub mod components;
mod console_web;
pub mod doh;
pub mod download;
pub mod pages;
pub mod probe_client;
pub mod router;
pub mod survey_job;
mod web;

pub use mail_doctor_core as core;

use mail_doctor_core::Lang;
use profile_source::{ProfileAction, ProfileState};
pub use router::Route;
use router::Router;
use std::rc::Rc;
use yew::prelude::*;

/// The language in use; switching it re-renders everything.
pub type LangContext = UseStateHandle<Lang>;

/// The page's language: the one chosen, or the default outside the app (a component tested
/// alone).
#[hook]
pub fn use_lang() -> Lang {
    use_context::<LangContext>().map_or(Lang::default(), |l| *l)
}
/// The profile in use and where it came from.
pub type ProfileContext = Rc<ProfileState>;
/// What changes the profile in use (the first load, "try again", the re-checks, "switch to the
/// new profile"). It travels in the profile's context (`ProfileState::control`, set on every
/// state it makes): a second context provider would cost every page another copy of Yew's
/// component code, and so would a `use_reducer` of its own.
#[derive(Clone)]
pub struct ProfileControl {
    set: UseStateSetter<Rc<ProfileState>>,
    /// The state in use now (a handle captured by an async task sees the state of its render).
    latest: Rc<std::cell::RefCell<Rc<ProfileState>>>,
}

impl ProfileControl {
    fn dispatch(&self, action: ProfileAction) {
        use yew::Reducible;
        let current = Rc::clone(&self.latest.borrow());
        let mut next = current.reduce(action);
        if next.control.is_none() {
            Rc::make_mut(&mut next).control = Some(self.clone());
        }
        *self.latest.borrow_mut() = Rc::clone(&next);
        self.set.set(next);
    }

    /// Uses the newer profile a re-check found (nothing typed is lost: only the profile changes).
    pub fn apply(&self) {
        self.dispatch(ProfileAction::Apply);
    }

    /// Fetches `profile.toml` again, as on the page's first load.
    pub fn retry(&self) {
        let control = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let fetched = web::fetch_profile(None, None).await;
            control.dispatch(ProfileAction::Loaded(fetched, web::now_ms()));
        });
    }

    /// Asks whether the profile changed: a conditional request with the validators of the one
    /// in use (issue 12: a console open since the morning of a change).
    fn check(&self) {
        let control = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let (etag, date) = {
                let latest = control.latest.borrow();
                (latest.etag.clone(), latest.last_modified.clone())
            };
            let fetched = web::fetch_profile(etag.as_deref(), date.as_deref()).await;
            control.dispatch(ProfileAction::Checked(fetched, web::now_ms()));
        });
    }
}

/// Whether this build is one of the desk's pages (`index.html`, `tools.html`, the full app) rather
/// than the customers' (`help.html`): the desk's pages fall back to the built-in demo profile,
/// show the operator the profile's errors, and their home is the agent console.
pub const DESK_BUILD: bool = cfg!(any(feature = "desk", feature = "tools"));

/// The page `#/` shows in this build: the agent console on the desk's page (and in the full app),
/// the profile browser on the tools' page, the self-help on the customers' page. The header marks
/// that page's link as the current one.
pub const HOME: Route = if cfg!(feature = "desk") {
    Route::Agent
} else if cfg!(feature = "tools") {
    Route::Profile
} else {
    Route::Help
};

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// A profile to use instead of fetching `profile.toml` (tests).
    #[prop_or_default]
    pub profile: Option<ProfileState>,
}

/// Whether switching to `target` must first fetch the engine's English tables (the customers'
/// page's build, `english-on-demand`).
fn waits_for_english(target: Lang) -> bool {
    #[cfg(feature = "english-on-demand")]
    {
        target == Lang::En && !mail_doctor_core::lang::english::installed()
    }
    #[cfg(not(feature = "english-on-demand"))]
    {
        let _ = target;
        false
    }
}

/// Switches the page's language. In the customers' build English waits for its tables
/// (`english.toml`, web::load_english), so that no screen mixes English words with Japanese
/// steps; when the file cannot be had the switch still happens and the tables show Japanese.
pub fn choose_lang(lang: &LangContext, target: Lang) {
    #[cfg(feature = "english-on-demand")]
    if waits_for_english(target) {
        let lang = lang.clone();
        wasm_bindgen_futures::spawn_local(async move {
            web::load_english().await;
            lang.set(target);
        });
        return;
    }
    lang.set(target);
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    // Japanese unless this tab chose English on one of the app's pages (web::tab_lang); English
    // in the customers' build once its tables are in (choose_lang).
    let stored = *use_memo((), |_| web::tab_lang().unwrap_or(Lang::Ja));
    let lang = use_state(|| {
        if waits_for_english(stored) {
            Lang::Ja
        } else {
            stored
        }
    });
    {
        let lang = lang.clone();
        use_effect_with((), move |_| {
            if *lang != stored {
                choose_lang(&lang, stored);
            }
        });
    }
    let profile = {
        let given = props.profile.clone();
        use_state(move || Rc::new(given.unwrap_or_else(ProfileState::loading)))
    };
    let latest = use_mut_ref(|| Rc::clone(&*profile));
    let control = ProfileControl {
        set: profile.setter(),
        latest,
    };

    {
        let must_fetch = props.profile.is_none();
        use_effect_with((), move |_| {
            let mut keep = None;
            if must_fetch {
                control.retry();
                // An open page re-checks the profile when static/boot.js says: the tab shown
                // again, every 5 minutes.
                keep = Some(gloo::events::EventListener::new(
                    &gloo::utils::window(),
                    "mail-doctor-recheck",
                    move |_| control.check(),
                ));
            }
            move || drop(keep)
        });
    }

    use_effect_with(*lang, |lang| {
        web::set_document_lang(lang.tag());
        web::remember_lang(*lang);
    });

    html! {
        <ContextProvider<LangContext> context={lang.clone()}>
            <ContextProvider<ProfileContext> context={(*profile).clone()}>
                <Router />
            </ContextProvider<ProfileContext>>
        </ContextProvider<LangContext>>
    }
}

/// Starts the app in the page: the panic hook first, then the app into `#app`.
pub fn start() {
    web::install_panic_hook();
    idna::install();
    match web::app_root() {
        Some(root) => {
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}
