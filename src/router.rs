//! The app's router: the route is in the address bar's hash (`#/agent?case=…`), so every page is
//! one static file and a link works from any hosting path.
//!
//! It replaces `yew-router` (its `HashRouter`, `Switch` and hooks) and keeps its behaviour:
//! - a hash that is not a route (no hash, `#main`) becomes `#/` when the app starts;
//! - the path and the query are what the browser's URL parser makes of the hash (so `/a/../help`
//!   is `/help`, and a space is `%20`); one trailing slash does not count (`#/agent/`);
//! - a parameter is one whole, non-empty segment, percent-decoded; a segment that does not decode
//!   to UTF-8 makes the route not found;
//! - the route follows the browser's navigations (`popstate`: a link, the address bar, Back and
//!   Forward), not `history.replaceState` (`web::replace_hash`: a page puts its state in the
//!   address bar without re-rendering itself);
//! - a later hash that is not a route (`#main`) leaves the route as it was.

use crate::Route;
use gloo::events::EventListener;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use yew::prelude::*;

/// Every route: its path (`:name` is a parameter) and how it is built from its parameters.
/// (e2e/tests/security.spec.js reads the paths here, so that a new route is checked at once.)
const ROUTES: &[(&str, Build)] = &[
    ("/", |_| Route::Home),
    ("/agent", |_| Route::Agent),
    ("/dns", |_| Route::Dns),
    ("/login-ip", |_| Route::LoginIp),
    ("/c/:payload", |p| Route::Case { payload: p.next() }),
    ("/profile", |_| Route::Profile),
    ("/help", |_| Route::Help),
    ("/guides", |_| Route::Guides),
    ("/guide/:client/:kind", |p| Route::Guide {
        client: p.next(),
        kind: p.next(),
    }),
    ("/advisor", |_| Route::Advisor),
    ("/import", |_| Route::Import),
    ("/server-health", |_| Route::ServerHealth),
    ("/survey", |_| Route::Survey),
];

/// Builds a route from its parameters.
type Build = fn(&mut Params) -> Route;

/// A route's parameters, in the order of its path.
struct Params(std::vec::IntoIter<String>);

impl Params {
    fn next(&mut self) -> String {
        self.0.next().unwrap_or_default()
    }
}

impl Route {
    /// The route at `path` (the hash's path, without its query); `NotFound` when none matches.
    pub fn from_path(path: &str) -> Route {
        let path = trim_slashes(path);
        ROUTES
            .iter()
            .find_map(|(pattern, build)| {
                let params = match_path(trim_slashes(pattern), path)?;
                Some(build(&mut Params(params.into_iter())))
            })
            .unwrap_or(Route::NotFound)
    }
}

/// One trailing and one leading slash do not count (as in yew-router: `/agent/` is `/agent`).
fn trim_slashes(path: &str) -> &str {
    let path = path.strip_suffix('/').unwrap_or(path);
    path.strip_prefix('/').unwrap_or(path)
}

/// The parameters of `path` if it matches `pattern` segment by segment.
fn match_path(pattern: &str, path: &str) -> Option<Vec<String>> {
    let mut params = Vec::new();
    let mut segments = path.split('/');
    for wanted in pattern.split('/') {
        let segment = segments.next()?;
        if wanted.starts_with(':') {
            if segment.is_empty() {
                return None;
            }
            params.push(percent_decode(segment)?);
        } else if wanted != segment {
            return None;
        }
    }
    segments.next().is_none().then_some(params)
}

/// `%XX` escapes decoded (anything else, `+` and a lone `%` included, is kept: `percent-encoding`);
/// `None` when the result is not UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    percent_encoding::percent_decode_str(text)
        .decode_utf8()
        .ok()
        .map(std::borrow::Cow::into_owned)
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
    use_location().map(|l| Route::from_path(l.path()))
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
        ] {
            assert_eq!(Route::from_path(path), route, "{path}");
        }
        assert_eq!(ROUTES.len(), 13);
    }

    #[test]
    fn one_trailing_slash_does_not_count() {
        assert_eq!(Route::from_path("/agent/"), Route::Agent);
        assert_eq!(Route::from_path("/guide/a/b/"), guide("a", "b"));
        assert_eq!(Route::from_path(""), Route::Home);
        assert_eq!(Route::from_path("//"), Route::Home);
        assert_eq!(Route::from_path("/agent//"), Route::NotFound);
        assert_eq!(Route::from_path("/c/"), Route::NotFound);
    }

    #[test]
    fn unknown_paths_are_not_found() {
        for path in [
            "/404",
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
            assert_eq!(Route::from_path(path), Route::NotFound, "{path}");
        }
    }

    #[test]
    fn parameters_are_percent_decoded() {
        assert_eq!(
            Route::from_path("/guide/%E3%81%82/a%2Fb"),
            guide("あ", "a/b")
        );
        assert_eq!(Route::from_path("/guide/a+b/100%/"), guide("a+b", "100%"));
        assert_eq!(Route::from_path("/guide/%zz/%4"), guide("%zz", "%4"));
        // Not UTF-8 once decoded: not found (yew-router's `decode(..).ok()?`).
        assert_eq!(Route::from_path("/guide/%FF/b"), Route::NotFound);
        assert_eq!(Route::from_path("/c/%C3"), Route::NotFound);
    }

    #[test]
    fn the_query_is_split_off() {
        let l = Location::split("/agent?case=AbC-_&x=1");
        assert_eq!((l.path(), l.query_str()), ("/agent", "?case=AbC-_&x=1"));
        let l = Location::split("/guide/a/b?address=x%40y#more?not");
        assert_eq!((l.path(), l.query_str()), ("/guide/a/b", "?address=x%40y"));
        let l = Location::split("/help?");
        assert_eq!((l.path(), l.query_str()), ("/help", ""));
        let l = Location::split("/c/AbC-_09");
        assert_eq!((l.path(), l.query_str()), ("/c/AbC-_09", ""));
    }
}
