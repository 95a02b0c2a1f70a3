//! The app's routes: the address bar's hash (`#/agent?case=…`) names the page, so every release
//! page is one static file and a link works from any hosting path.
//!
//! **One table** (`routes!` below) says for each route its path, the release page that carries
//! it, what it shows, and its link in the header. It is read by
//! - yew-router: the `Route` enum it makes has `#[derive(Routable)]` with each row's path, so
//!   yew-router matches the address bar's path to a route and percent-decodes its parameters
//!   (`Route::from_hash_path`), and [`switch`] renders the route's page;
//! - the header's links (`components/header.rs`, [`nav`]: the rows with a link, in the table's
//!   order, on the pages the row names);
//! - the hop to the page that carries a route (`Route::page`, `pages/to_desk.rs`);
//! - e2e/tests/security.spec.js, which reads the paths here (`at "/…"`) to visit every route.
//!
//! **Adding a page** touches three files: its row here, its module line in `src/pages.rs`, and its
//! own file `src/pages/NAME.rs` (the component and its words; a header link's name is one line in
//! each language's table, `src/i18n/{ja,en}.rs`).
//!
//! What the pages rely on (tests in this file, tests/console.rs, e2e/tests/tools-page.spec.js):
//! - a hash that is not a route (none, `#main`, one the URL parser refuses) becomes `#/` when the
//!   app starts;
//! - the path and the query are what the browser's URL parser makes of the hash (`/a/../help` is
//!   `/help`); one trailing slash does not count (`#/agent/`);
//! - a parameter is one whole, non-empty segment, percent-decoded by yew-router; a segment that
//!   does not decode to UTF-8 makes the route not found;
//! - the route follows the browser's navigations (`popstate`: a link, the address bar, Back and
//!   Forward), not `history.replaceState` (`web::replace_hash`: a page puts its state in the
//!   address bar without re-rendering itself);
//! - a later hash that is not a route (`#main`) leaves the route as it was.
//!
//! **Why the listener is ours, not yew-router's `HashRouter`.** yew-router's `HashRouter` brings
//! gloo-history's browser history and its state read through `serde_wasm_bindgen` (with `f64`
//! formatting for its error messages): +28.8 KB gzip on `help.html` against +9.0 KB for
//! `Routable` alone (measured 2026-12-07, docs/size.md), more than the customers' page's budget
//! allows. It also threw a JavaScript exception on a `popstate` to a hash that is not a route
//! (`#main`). So [`HashRouter`] here is a `popstate` listener (about 60 lines) that gives the
//! pages the address bar's location (`use_location`, `use_route`) and which navigation it is at
//! ([`use_navigation`]: an effect that reads the address bar is keyed on it, so it runs once per
//! browser navigation, not when the page itself rewrote the address bar).

use crate::i18n::Strings;
use crate::pages::advisor::AdvisorPage;
use crate::pages::agent::AgentPage;
use crate::pages::dns::DnsPage;
use crate::pages::guide::{GuideIndexPage, GuidePage};
use crate::pages::import::ImportPage;
use crate::pages::login_ip::LoginIpPage;
use crate::pages::not_found::NotFound;
use crate::pages::profile::ProfilePage;
use crate::pages::self_help::SelfHelpPage;
use crate::pages::server_health::ServerHealthPage;
use crate::pages::survey::SurveyPage;
use crate::pages::to_desk::ToDesk;
use gloo::events::EventListener;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use yew::prelude::*;
use yew_router::Routable;

/// The release pages (each built with its own Cargo feature: `Cargo.toml`, `scripts/build-release`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Page {
    /// `index.html`, the desk's agent console (`desk`).
    Index,
    /// `help.html`, the customers' self-help and guides (`customers`), what phones load.
    Help,
    /// `tools.html`, the desk's profile browser and tools (`tools`).
    Tools,
    /// Every page carries it (`#/`, the not-found page).
    Every,
}

/// Headers that show a link: every page's, and the desk's pages' only (the desk's console and
/// tools stay off the customers' pages: customers have no use for them, and on a phone they would
/// push the question below the first screen).
const EVERY_PAGE: &[Page] = &[Page::Index, Page::Help, Page::Tools];
const DESK_PAGES: &[Page] = &[Page::Index, Page::Tools];

/// A route's link in the header.
#[derive(Clone, Copy)]
pub enum Nav {
    /// No link.
    None,
    /// A link named by the language table's entry, in the headers of these pages.
    Link {
        label: fn(&Strings) -> &'static str,
        on: &'static [Page],
    },
    /// No link of its own: on this route the link of that route is marked as the current page
    /// (a guide marks the guides' index, a case link the agent console).
    Under(&'static str),
}

/// One row of the table.
#[derive(Clone, Copy)]
pub struct Row {
    /// The path (`:name` is a parameter).
    pub path: &'static str,
    /// The release page that carries the route.
    pub page: Page,
    pub nav: Nav,
}

/// The table: for each route, `Variant { parameters } at "path" on Page`, what it shows
/// (`shows { … }`, with the parameters bound), and its header link (`nav …`). The header shows
/// the links in the table's order.
macro_rules! routes {
    ($(
        $(#[$attr:meta])*
        $variant:ident $({ $($field:ident),* })? at $path:literal on $page:ident
            shows $render:block nav $nav:expr;
    )*) => {
        /// The app's routes (`#[derive(Routable)]` with each row's path).
        #[derive(Clone, PartialEq, Debug, Routable)]
        pub enum Route {
            $( $(#[$attr])* #[at($path)] $variant $({ $($field: String),* })?, )*
        }

        /// Every row, in the table's order.
        pub const ROUTES: &[Row] = &[$( Row { path: $path, page: Page::$page, nav: $nav } ),*];

        /// The index of a route's row in [`ROUTES`].
        #[allow(dead_code)]
        enum RowOf { $($variant),* }

        impl Route {
            /// The route's row in the table.
            pub fn row(&self) -> &'static Row {
                match self {
                    $( Route::$variant { .. } => &ROUTES[RowOf::$variant as usize], )*
                }
            }
        }

        /// What the address bar's route shows in this build: the route's page when this build
        /// carries it, else the hop to the page that does (`pages/to_desk.rs`). A page this build
        /// does not carry is not linked into it (the branch is constant).
        #[allow(unused_variables)]
        pub fn switch(route: Route) -> Html {
            match route {
                $( Route::$variant $({ $($field),* })? => {
                    if const { Page::$page.carried() } $render else { hop(Page::$page) }
                } )*
            }
        }
    };
}

routes! {
    Home at "/" on Every shows { switch(crate::HOME) } nav Nav::None;
    Help at "/help" on Help shows { html! { <SelfHelpPage /> } }
        nav Nav::Link { label: |s| s.nav_help, on: EVERY_PAGE };
    Guides at "/guides" on Help shows { html! { <GuideIndexPage /> } }
        nav Nav::Link { label: |s| s.nav_guides, on: EVERY_PAGE };
    Guide { client, kind } at "/guide/:client/:kind" on Help
        shows { html! { <GuidePage {client} {kind} /> } } nav Nav::Under("/guides");
    Agent at "/agent" on Index shows { html! { <AgentPage /> } }
        nav Nav::Link { label: |s| s.nav_agent, on: DESK_PAGES };
    // The short share link of a case; the console reads the payload from the address bar.
    Case { payload } at "/c/:payload" on Index shows { html! { <AgentPage /> } }
        nav Nav::Under("/agent");
    Profile at "/profile" on Tools shows { html! { <ProfilePage /> } }
        nav Nav::Link { label: |s| s.nav_profile, on: DESK_PAGES };
    Advisor at "/advisor" on Tools shows { html! { <AdvisorPage /> } }
        nav Nav::Link { label: |s| s.nav_advisor, on: DESK_PAGES };
    Import at "/import" on Tools shows { html! { <ImportPage /> } }
        nav Nav::Link { label: |s| s.nav_import, on: DESK_PAGES };
    Dns at "/dns" on Tools shows { html! { <DnsPage /> } }
        nav Nav::Link { label: |s| s.nav_dns, on: DESK_PAGES };
    LoginIp at "/login-ip" on Tools shows { html! { <LoginIpPage /> } }
        nav Nav::Link { label: |s| s.nav_login_ip, on: DESK_PAGES };
    // The connection doctor over the whole profile.
    ServerHealth at "/server-health" on Tools shows { html! { <ServerHealthPage /> } }
        nav Nav::Link { label: |s| s.nav_server_health, on: DESK_PAGES };
    // The log survey.
    Survey at "/survey" on Tools shows { html! { <SurveyPage /> } }
        nav Nav::Link { label: |s| s.nav_survey, on: DESK_PAGES };
    // Any other path (yew-router's not-found route; `#/404` is one too).
    #[not_found]
    NotFound at "/404" on Every shows { html! { <NotFound /> } } nav Nav::None;
}

impl Page {
    /// The page's file, beside this one.
    pub const fn file(self) -> &'static str {
        match self {
            Page::Index | Page::Every => "index.html",
            Page::Help => "help.html",
            Page::Tools => "tools.html",
        }
    }

    /// Whether this build carries the page's routes.
    pub const fn carried(self) -> bool {
        match self {
            Page::Index => cfg!(feature = "desk"),
            Page::Help => cfg!(feature = "customers"),
            Page::Tools => cfg!(feature = "tools"),
            Page::Every => true,
        }
    }
}

/// The release page this build is; `None` for the full app (`app.html`, the browser tests).
pub const THIS_PAGE: Option<Page> = match (
    cfg!(feature = "desk"),
    cfg!(feature = "customers"),
    cfg!(feature = "tools"),
) {
    (true, false, false) => Some(Page::Index),
    (false, true, false) => Some(Page::Help),
    (false, false, true) => Some(Page::Tools),
    _ => None,
};

impl Route {
    /// The release page that carries the route.
    pub fn page(&self) -> Page {
        self.row().page
    }

    /// The route at `path` (the hash's path, without its query), as yew-router finds it.
    pub fn from_hash_path(path: &str) -> Route {
        Route::recognize(path).unwrap_or(Route::NotFound)
    }
}

/// A header link.
pub struct NavLink {
    /// The route's path (`/dns`): the link is `#/dns`.
    pub path: &'static str,
    pub label: fn(&Strings) -> &'static str,
    pub on: &'static [Page],
}

/// The header's links, in the table's order.
pub fn nav() -> impl Iterator<Item = NavLink> {
    ROUTES.iter().filter_map(|row| match row.nav {
        Nav::Link { label, on } => Some(NavLink {
            path: row.path,
            label,
            on,
        }),
        _ => None,
    })
}

/// The path of the header link that marks `route` as the current page, if any.
pub fn nav_path_of(route: &Route) -> Option<&'static str> {
    let row = route.row();
    match row.nav {
        Nav::Link { .. } => Some(row.path),
        Nav::Under(path) => Some(path),
        Nav::None => None,
    }
}

/// A route this build does not carry: the same route (its query too) in the page that does.
fn hop(page: Page) -> Html {
    html! { <ToDesk page={page.file()} /> }
}

/// Where the address bar's hash points: a path (`/guide/x/y`) and a query (`?address=…`, or
/// empty).
///
/// Two locations are equal when they come from the same navigation: an effect keyed on
/// `use_location()` runs when the browser navigates (a link, Back, a link pasted into the address
/// bar, even to the same URL), not at every render. (With yew-router no two were ever equal, so
/// such effects ran at every render and re-read the address bar: the profile search, which puts
/// its trimmed text there with `web::replace_hash`, lost a space as soon as it was typed.)
#[derive(Clone, Debug)]
pub struct Location {
    path: Rc<str>,
    query: Rc<str>,
    /// Which navigation of the router this is.
    navigation: u32,
}

impl PartialEq for Location {
    fn eq(&self, other: &Self) -> bool {
        self.navigation == other.navigation && self.path == other.path && self.query == other.query
    }
}

impl Location {
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The query with its `?` (empty when there is none).
    pub fn query_str(&self) -> &str {
        &self.query
    }

    /// The location in a hash without its `#` (`/agent?case=…`); `None` if it is not a route.
    fn parse(hash: &str) -> Option<Location> {
        if !hash.starts_with('/') {
            return None;
        }
        // The browser's URL parser, as yew-router used it: it resolves `..`, escapes what a path
        // may not hold, and drops a second `#…`.
        let url = gloo::utils::window()
            .location()
            .href()
            .ok()
            .and_then(|href| web_sys::Url::new_with_base(hash, &href).ok());
        Some(match url {
            Some(url) => Location {
                path: url.pathname().into(),
                query: url.search().into(),
                navigation: 0,
            },
            None => Location::split(hash),
        })
    }

    /// The path and the query of `/path?query#more`, without the URL parser (which can refuse
    /// such as `//[`; yew-router stopped there).
    fn split(hash: &str) -> Location {
        let hash = hash.split_once('#').map_or(hash, |(h, _)| h);
        let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
        Location {
            path: path.into(),
            query: if query.is_empty() {
                "".into()
            } else {
                format!("?{query}").into()
            },
            navigation: 0,
        }
    }

    fn current() -> Option<Location> {
        let hash = crate::web::current_hash();
        Location::parse(hash.strip_prefix('#').unwrap_or(&hash))
    }
}

/// The location the app shows, and how many navigations it has followed: the count tells the
/// pages that it changed (the context is compared at every render of the app).
#[derive(Clone)]
struct Navigated {
    location: Location,
    count: u32,
}

impl PartialEq for Navigated {
    fn eq(&self, other: &Self) -> bool {
        self.count == other.count
    }
}

impl Reducible for Navigated {
    type Action = ();

    fn reduce(self: Rc<Self>, _: ()) -> Rc<Self> {
        match Location::current() {
            Some(location) => {
                let count = self.count.wrapping_add(1);
                Rc::new(Navigated {
                    location: Location {
                        navigation: count,
                        ..location
                    },
                    count,
                })
            }
            None => self,
        }
    }
}

/// A hash that is not a route (none, `#main`) becomes `#/`, in place (no history entry).
fn start_at_a_route() -> Location {
    if let Some(location) = Location::current() {
        return location;
    }
    let window = gloo::utils::window();
    if let (Ok(href), Ok(history)) = (window.location().href(), window.history()) {
        let page = href.split_once('#').map_or(href.as_str(), |(page, _)| page);
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("{page}#/")));
    }
    Location::current().unwrap_or_else(|| Location::split("/"))
}

#[derive(Properties, PartialEq)]
pub struct HashRouterProps {
    pub children: Html,
}

/// Gives its children the address bar's location (`use_location`, `use_route`) and re-renders
/// them when the browser navigates.
#[function_component(HashRouter)]
pub fn hash_router(props: &HashRouterProps) -> Html {
    let navigated = use_reducer(|| Navigated {
        location: start_at_a_route(),
        count: 0,
    });
    {
        let dispatcher = navigated.dispatcher();
        use_effect_with((), move |_| {
            // The pages' first effects may have put their state in the address bar.
            dispatcher.dispatch(());
            let window = gloo::utils::window();
            // A navigation fires `popstate` then `hashchange`: follow it once (`hashchange` only
            // in a browser that does not fire `popstate` for it).
            let popped = Rc::new(Cell::new(false));
            let on_popstate = {
                let (dispatcher, popped) = (dispatcher.clone(), popped.clone());
                EventListener::new(&window, "popstate", move |_| {
                    popped.set(true);
                    dispatcher.dispatch(());
                })
            };
            let on_hashchange = EventListener::new(&window, "hashchange", move |_| {
                if !popped.replace(false) {
                    dispatcher.dispatch(());
                }
            });
            move || drop((on_popstate, on_hashchange))
        });
    }
    html! {
        <ContextProvider<Navigated> context={(*navigated).clone()}>
            { props.children.clone() }
        </ContextProvider<Navigated>>
    }
}

/// The address bar's location (`None` outside a `HashRouter`).
#[hook]
pub fn use_location() -> Option<Location> {
    use_context::<Navigated>().map(|n| n.location)
}

/// The route in the address bar (`None` outside a `HashRouter`).
#[hook]
pub fn use_route() -> Option<Route> {
    use_location().map(|l| Route::from_hash_path(l.path()))
}

/// Which browser navigation the address bar is at: it changes when the browser navigates (a
/// link, Back, a link pasted into the address bar, even the same one again), not when a page
/// rewrites the address bar (`web::replace_hash`) and not at every render. Key an effect that
/// reads the address bar on it.
#[hook]
pub fn use_navigation() -> u32 {
    use_context::<Navigated>().map_or(0, |n| n.count)
}

/// The page at the address bar's route.
#[function_component(Pages)]
fn pages() -> Html {
    use_route().map_or_else(Html::default, switch)
}

/// The app's pages: the address bar's route, followed as the browser navigates.
#[function_component(Router)]
pub fn router() -> Html {
    html! {
        <HashRouter>
            <Pages />
        </HashRouter>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn guide(client: &str, kind: &str) -> Route {
        Route::Guide {
            client: client.into(),
            kind: kind.into(),
        }
    }

    fn at(path: &str) -> Route {
        Route::from_hash_path(path)
    }

    #[test]
    fn every_route() {
        for (path, route) in [
            ("/", Route::Home),
            ("/agent", Route::Agent),
            ("/dns", Route::Dns),
            ("/login-ip", Route::LoginIp),
            (
                "/c/AbC-_09",
                Route::Case {
                    payload: "AbC-_09".into(),
                },
            ),
            ("/profile", Route::Profile),
            ("/help", Route::Help),
            ("/guides", Route::Guides),
            (
                "/guide/outlook-classic/new-account",
                guide("outlook-classic", "new-account"),
            ),
            ("/advisor", Route::Advisor),
            ("/import", Route::Import),
            ("/server-health", Route::ServerHealth),
            ("/survey", Route::Survey),
            ("/404", Route::NotFound),
        ] {
            assert_eq!(at(path), route, "{path}");
            // And back: the path of the route is the same.
            assert_eq!(route.to_path(), path);
        }
        assert_eq!(ROUTES.len(), 14);
        assert_eq!(Route::routes().len(), ROUTES.len());
    }

    #[test]
    fn one_trailing_slash_does_not_count() {
        assert_eq!(at("/agent/"), Route::Agent);
        assert_eq!(at("/guide/a/b/"), guide("a", "b"));
        assert_eq!(at("//"), Route::Home);
        assert_eq!(at("/agent//"), Route::NotFound);
        assert_eq!(at("/c/"), Route::NotFound);
    }

    #[test]
    fn unknown_paths_are_not_found() {
        for path in [
            "/nope",
            "/Agent",
            "/agent/x",
            "/c",
            "/c//",
            "/c/a/b",
            "/guide",
            "/guide/a",
            "/guide//b",
            "/guide/a/b/c",
            "/guides/x",
            "/help.html",
        ] {
            assert_eq!(at(path), Route::NotFound, "{path}");
        }
    }

    #[test]
    fn parameters_are_percent_decoded() {
        assert_eq!(at("/guide/%E3%81%82/a%2Fb"), guide("あ", "a/b"));
        assert_eq!(at("/guide/a+b/100%/"), guide("a+b", "100%"));
        assert_eq!(at("/guide/%zz/%4"), guide("%zz", "%4"));
        // Not UTF-8 once decoded: not found.
        assert_eq!(at("/guide/%FF/b"), Route::NotFound);
        assert_eq!(at("/c/%C3"), Route::NotFound);
    }

    #[test]
    fn each_route_names_its_page() {
        assert_eq!(Route::Agent.page().file(), "index.html");
        assert_eq!(guide("a", "b").page().file(), "help.html");
        assert_eq!(Route::Dns.page().file(), "tools.html");
        assert_eq!(Route::Survey.page().file(), "tools.html");
        assert_eq!(Route::NotFound.page(), Page::Every);
        // The full app (the default features) carries every page.
        if THIS_PAGE.is_none() {
            assert!(ROUTES.iter().all(|r| r.page.carried()));
        }
    }

    #[test]
    fn the_header_links_come_from_the_table() {
        let links: Vec<_> = nav().map(|l| l.path).collect();
        assert_eq!(
            links,
            [
                "/help",
                "/guides",
                "/agent",
                "/profile",
                "/advisor",
                "/import",
                "/dns",
                "/login-ip",
                "/server-health",
                "/survey",
            ]
        );
        // A link's words exist in both languages; a link points at a route without parameters.
        for l in nav() {
            for lang in [mail_doctor_core::Lang::Ja, mail_doctor_core::Lang::En] {
                assert!(
                    !(l.label)(crate::i18n::strings(lang)).is_empty(),
                    "{}",
                    l.path
                );
            }
            assert!(!l.path.contains(':'), "{}", l.path);
        }
        // A route "under" another marks a link that exists.
        for row in ROUTES {
            if let Nav::Under(path) = row.nav {
                assert!(links.contains(&path), "{} under {path}", row.path);
            }
        }
        assert_eq!(nav_path_of(&guide("a", "b")), Some("/guides"));
        assert_eq!(
            nav_path_of(&Route::Case {
                payload: "x".into()
            }),
            Some("/agent")
        );
        assert_eq!(nav_path_of(&Route::NotFound), None);
    }
}
