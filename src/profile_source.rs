//! Which profile the app diagnoses against, where it came from, and how fresh it is (issue 12).
//!
//! The published `profile.toml` beside the page wins. A release ships none (scripts/build-release):
//! until the operator publishes one, the desk's pages run on the built-in demo, always shown as
//! the demo, and say why (not published, an error from the server, no network…); the customers'
//! page (help.html), which carries no demo, says it cannot help right now. A published profile
//! that is the demo (`[profile] version = "demo"`) is the demo, never real settings.
//!
//! A copy the service worker answered from its cache (the network failed, timed out or gave a
//! 5xx; sw.js marks it) is shown as a saved copy with its date; the customers' page refuses one
//! older than the profile's `offline_max_days` and says to call.
//!
//! Open pages re-check the profile (web::recheck_profile: when the tab is shown again and every
//! few minutes, conditional requests): a different published profile is offered
//! ([`ProfileState::update`]) and applied in place, so nothing typed is lost; a failed re-check
//! is shown and the profile in use stays.

use mail_doctor_core::deploy::{self, ProfileMeta};
use mail_doctor_core::lang::Localized;
use mail_doctor_core::limits::{looks_like_html, MAX_PROFILE_BYTES};
use mail_doctor_core::profile::ProfileError;
use mail_doctor_core::Profile;
use std::rc::Rc;
use yew::Reducible;

/// Why the published profile is not the one in use (or could not be re-checked).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Trouble {
    /// 404 or 410: nothing published.
    NotFound,
    /// A web page with status 200: a host's catch-all for a missing file, or a login portal.
    Html,
    /// Another status.
    Http(u16),
    /// No network (or the server refused the connection).
    Network,
    /// No answer within 10 s (static/boot.js; the service worker answers from its cache after
    /// 4 s, sw.js).
    Timeout,
    /// Larger than [`MAX_PROFILE_BYTES`] (the size in bytes).
    TooLarge(u64),
    /// (A re-check) the server now publishes a profile that cannot be used: it has errors, or it
    /// is the demo.
    Unusable,
}

/// Where the profile in use came from.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    /// Still fetching `profile.toml`.
    Loading,
    /// The published `profile.toml`, from the server.
    Published,
    /// The service worker's saved copy of the published profile: why the server's was not used
    /// (`network`, `timeout`, `http-503`… as sw.js says).
    Saved {
        why: String,
    },
    /// No usable published profile: the built-in demo (the desk's pages) or nothing (the
    /// customers' page), and why.
    DemoMissing,
    DemoNetwork(Trouble),
    /// The published `profile.toml` is invalid: its errors.
    DemoAfterErrors(Vec<ProfileError>),
    /// The published `profile.toml` is the demo itself.
    DemoPublished,
    /// The customers' page: the only copy is a saved one older than the profile allows. The
    /// old copy's ISP name and phone number, so that the page can say whom to call.
    TooOld {
        isp: Localized,
        phone: String,
    },
}

/// What fetching `profile.toml` gave.
#[derive(Debug, Clone, PartialEq)]
pub enum Fetched {
    Text {
        text: String,
        /// Set when the service worker answered from its cache (`network`, `timeout`, `http-503`…).
        offline: Option<String>,
        /// When the copy was fetched from the server (ms since 1970): now, or the saved copy's
        /// date.
        fetched_at: f64,
        /// `ETag` / `Last-Modified`, for the next conditional request.
        etag: Option<String>,
        last_modified: Option<String>,
    },
    /// 304 to a conditional request: the profile in use is still the published one.
    NotModified,
    Failed(Trouble),
}

impl Fetched {
    /// `text` as just fetched from the server (tests; `now` in ms since 1970).
    pub fn text(text: impl Into<String>, now: f64) -> Fetched {
        Fetched::Text {
            text: text.into(),
            offline: None,
            fetched_at: now,
            etag: None,
            last_modified: None,
        }
    }
}

/// The profile the page uses and everything the pages say about it.
#[derive(Clone)]
pub struct ProfileState {
    /// `None` while loading, on the customers' page without a usable profile, or if even the
    /// demo cannot be read.
    pub profile: Option<Rc<Profile>>,
    pub source: Source,
    /// The identity of the profile in use (`[profile]`; the demo's for the demo).
    pub meta: Option<ProfileMeta>,
    /// When the profile in use was fetched from the server (ms since 1970).
    pub fetched_at: Option<f64>,
    /// When the page last asked the server whether it is still current, and what it heard.
    pub checked_at: Option<f64>,
    pub recheck: Option<Trouble>,
    /// A different profile the server now publishes, offered to the user.
    pub update: Option<Rc<ProfileState>>,
    /// `ETag` / `Last-Modified` of the published text, and a digest of it (a server without
    /// validators answers the whole text again).
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    pub digest: Option<u64>,
    /// How a notice asks the app to apply the update or load again (set by the app when it
    /// provides the context; not part of the state's equality).
    pub control: Option<crate::ProfileControl>,
}

impl std::fmt::Debug for ProfileState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ProfileState")
            .field("source", &self.source)
            .field("meta", &self.meta)
            .field("update", &self.update.is_some())
            .finish()
    }
}

/// The same state when it holds the same loaded profile (the same `Rc`), not an equal copy: Yew
/// compares the context on every render, and comparing two 10,000-domain profiles field by field
/// would cost time (and the wasm the code of a deep comparison) for nothing.
impl PartialEq for ProfileState {
    fn eq(&self, other: &ProfileState) -> bool {
        let same_profile = match (&self.profile, &other.profile) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        };
        let same_update = match (&self.update, &other.update) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        };
        same_profile
            && same_update
            && self.source == other.source
            && self.fetched_at == other.fetched_at
            && self.checked_at == other.checked_at
            && self.recheck == other.recheck
    }
}

/// What changes the state (App's reducer).
pub enum ProfileAction {
    /// The first fetch (or "try again"): the result, and now (ms since 1970).
    Loaded(Fetched, f64),
    /// A re-check's result.
    Checked(Fetched, f64),
    /// Use the offered update.
    Apply,
}

impl Reducible for ProfileState {
    type Action = ProfileAction;

    fn reduce(self: Rc<Self>, action: ProfileAction) -> Rc<Self> {
        match action {
            ProfileAction::Loaded(fetched, now) => Rc::new(ProfileState::from_fetch(fetched, now)),
            ProfileAction::Apply => match &self.update {
                Some(next) => Rc::new(ProfileState {
                    checked_at: next.fetched_at,
                    ..(**next).clone()
                }),
                None => self,
            },
            ProfileAction::Checked(fetched, now) => Rc::new(self.checked(fetched, now)),
        }
    }
}

impl ProfileState {
    fn empty(source: Source) -> ProfileState {
        ProfileState {
            profile: None,
            source,
            meta: None,
            fetched_at: None,
            checked_at: None,
            recheck: None,
            update: None,
            etag: None,
            last_modified: None,
            digest: None,
            control: None,
        }
    }

    pub fn loading() -> ProfileState {
        ProfileState::empty(Source::Loading)
    }

    /// The built-in demo profile, as if none were published.
    pub fn demo() -> ProfileState {
        ProfileState::fallback(Source::DemoMissing)
    }

    /// The demo (the desk's pages) or nothing (the customers' page), for `source`.
    fn fallback(source: Source) -> ProfileState {
        let profile = demo_profile();
        ProfileState {
            meta: profile.as_ref().and_then(|p| deploy::meta_of(p)),
            profile,
            ..ProfileState::empty(source)
        }
    }

    /// The state for a fetch's result at `now` (ms since 1970).
    pub fn from_fetch(fetched: Fetched, now: f64) -> ProfileState {
        let Fetched::Text {
            text,
            offline,
            fetched_at,
            etag,
            last_modified,
        } = fetched
        else {
            return match fetched {
                Fetched::Failed(Trouble::NotFound) => ProfileState::demo(),
                Fetched::Failed(trouble) => ProfileState::fallback(Source::DemoNetwork(trouble)),
                // A 304 without a question: nothing to compare with.
                _ => ProfileState::fallback(Source::DemoNetwork(Trouble::Http(304))),
            };
        };
        let validators = |state: ProfileState| ProfileState {
            etag: etag.clone(),
            last_modified: last_modified.clone(),
            digest: Some(digest(&text)),
            checked_at: Some(now),
            ..state
        };
        if text.len() > MAX_PROFILE_BYTES {
            return ProfileState::fallback(Source::DemoNetwork(Trouble::TooLarge(
                text.len() as u64
            )));
        }
        if looks_like_html(&text) {
            return ProfileState::fallback(Source::DemoNetwork(Trouble::Html));
        }
        // The customers' page never shows a profile's problems: it does not write their words.
        let parsed = if crate::DESK_BUILD {
            Profile::parse(&text)
        } else {
            Profile::parse_without_messages(&text)
        };
        let profile = match parsed {
            Ok(p) => p,
            Err(errors) => {
                return validators(ProfileState::fallback(Source::DemoAfterErrors(errors)))
            }
        };
        let meta = deploy::meta_of(&profile);
        if deploy::is_demo(meta.as_ref()) {
            return validators(ProfileState::fallback(Source::DemoPublished));
        }
        let source = match offline {
            None => Source::Published,
            Some(why) => {
                let max_days = meta
                    .as_ref()
                    .map_or(deploy::DEFAULT_OFFLINE_MAX_DAYS, |m| m.offline_max_days);
                let age_days = (now - fetched_at) / 86_400_000.0;
                if !crate::DESK_BUILD && age_days > f64::from(max_days) {
                    return ProfileState::empty(Source::TooOld {
                        isp: profile.isp.name.clone(),
                        phone: profile.isp.support_phone.clone(),
                    });
                }
                Source::Saved { why }
            }
        };
        validators(ProfileState {
            profile: Some(Rc::new(profile)),
            source,
            meta,
            fetched_at: Some(fetched_at),
            ..ProfileState::empty(Source::Loading)
        })
    }

    /// The state after a re-check at `now` found `fetched`.
    fn checked(&self, fetched: Fetched, now: f64) -> ProfileState {
        let mut next = ProfileState {
            checked_at: Some(now),
            recheck: None,
            ..self.clone()
        };
        match fetched {
            Fetched::NotModified => next,
            Fetched::Failed(trouble) => {
                next.recheck = Some(trouble);
                next
            }
            Fetched::Text {
                ref text,
                ref offline,
                ..
            } => {
                let same = self.digest == Some(digest(text));
                if same {
                    if offline.is_none() && matches!(self.source, Source::Saved { .. }) {
                        // The server answers again with the same profile: no longer a saved copy.
                        next.source = Source::Published;
                        next.fetched_at = Some(now);
                    } else if let Some(why) = offline {
                        next.recheck = Some(offline_trouble(why));
                    }
                    return next;
                }
                let candidate = ProfileState::from_fetch(fetched, now);
                match candidate.source {
                    // A usable profile: offered.
                    Source::Published | Source::Saved { .. } => {
                        if self.profile.is_none() || self.is_demo() {
                            // Nothing real was in use: take it at once.
                            return candidate;
                        }
                        next.update = Some(Rc::new(candidate));
                        next
                    }
                    // The server now has a broken profile: keep what works, say so.
                    Source::DemoAfterErrors(_) | Source::DemoPublished => {
                        if self.is_demo() || self.profile.is_none() {
                            return candidate;
                        }
                        next.recheck = Some(Trouble::Unusable);
                        next
                    }
                    Source::DemoNetwork(t) => {
                        next.recheck = Some(t);
                        next
                    }
                    _ => next,
                }
            }
        }
    }

    /// Whether `profile.toml` is still being fetched (nothing to show yet, nothing wrong).
    pub fn is_loading(&self) -> bool {
        self.source == Source::Loading
    }

    /// Whether the demo is shown (never in the customers' build, which has none).
    pub fn is_demo(&self) -> bool {
        self.profile.is_some()
            && matches!(
                self.source,
                Source::DemoMissing
                    | Source::DemoNetwork(_)
                    | Source::DemoAfterErrors(_)
                    | Source::DemoPublished
            )
    }
}

/// The worker's reason for a saved copy as a trouble (`http-503` → `Http(503)`).
pub fn offline_trouble(why: &str) -> Trouble {
    match why {
        "timeout" => Trouble::Timeout,
        other => other
            .strip_prefix("http-")
            .and_then(mail_doctor_core::limits::number)
            .and_then(|c| u16::try_from(c).ok())
            .map_or(Trouble::Network, Trouble::Http),
    }
}

/// boot.js's answer to a profile request (static/boot.js, `profileRequest`): `ok` and, one a
/// line, the service worker's offline reason (empty when from the server), the copy's date (ms
/// since 1970), `ETag`, `Last-Modified` and the text; or `304`, `404`, `http CODE`,
/// `large BYTES`, `html`, `timeout`, `network`. `now` is when it arrived.
pub fn parse_answer(answer: &str, now: f64) -> Fetched {
    let mut lines = answer.splitn(6, '\n');
    let head = lines.next().unwrap_or_default();
    let (kind, value) = head.split_once(' ').unwrap_or((head, ""));
    let number = || mail_doctor_core::limits::number(value).unwrap_or(0);
    let trouble = match kind {
        "ok" => {
            let mut next = || lines.next().filter(|l| !l.is_empty()).map(str::to_string);
            let offline = next();
            // Whole milliseconds: an integer parse (f64's would cost every page ~10 KB of wasm).
            let fetched_at = next()
                .and_then(|t| mail_doctor_core::limits::number(&t))
                .map_or(now, |ms| ms as f64);
            let (etag, last_modified) = (next(), next());
            return Fetched::Text {
                text: lines.next().unwrap_or_default().to_string(),
                offline,
                fetched_at,
                etag,
                last_modified,
            };
        }
        "304" => return Fetched::NotModified,
        "404" => Trouble::NotFound,
        "http" => Trouble::Http(u16::try_from(number()).unwrap_or(0)),
        "large" => Trouble::TooLarge(number()),
        "html" => Trouble::Html,
        "timeout" => Trouble::Timeout,
        _ => Trouble::Network,
    };
    Fetched::Failed(trouble)
}

/// FNV-1a of the text: tells a changed profile from the same one answered again.
fn digest(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The demo, read without `Profile::demo()`'s panic: a broken build must still show a page.
#[cfg(any(feature = "desk", feature = "tools"))]
fn demo_profile() -> Option<Rc<Profile>> {
    // (Without its comments: the same profile, smaller in the page, core::deploy::DEMO_COMPACT.)
    Profile::parse(deploy::DEMO_COMPACT).ok().map(Rc::new)
}

/// The customers' build has no demo (see the module's comment).
#[cfg(not(any(feature = "desk", feature = "tools")))]
fn demo_profile() -> Option<Rc<Profile>> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use mail_doctor_core::profile::DEMO_TOML;

    const NOW: f64 = 1_796_601_600_000.0;
    const DAY: f64 = 86_400_000.0;

    /// The demo as an ISP's own published profile.
    fn published(version: &str) -> String {
        DEMO_TOML.replace("version = \"demo\"", &format!("version = \"{version}\""))
    }

    fn saved(text: String, why: &str, age_days: f64) -> Fetched {
        Fetched::Text {
            text,
            offline: Some(why.into()),
            fetched_at: NOW - age_days * DAY,
            etag: None,
            last_modified: None,
        }
    }

    #[test]
    fn states_are_equal_when_they_share_the_loaded_profile() {
        let a = ProfileState::from_fetch(Fetched::text(published("1"), NOW), NOW);
        assert_eq!(a, a.clone());
        let b = ProfileState::from_fetch(Fetched::text(published("1"), NOW), NOW);
        assert_ne!(a, b);
        assert_eq!(ProfileState::loading(), ProfileState::loading());
        assert_ne!(a, ProfileState::loading());
        assert_eq!(a.source, Source::Published);
        assert_eq!(a.meta.as_ref().map(|m| m.version.as_str()), Some("1"));
        assert_eq!(a.fetched_at, Some(NOW));
    }

    #[test]
    fn every_failure_is_said_and_the_desk_falls_back_to_the_demo() {
        let missing = ProfileState::from_fetch(Fetched::Failed(Trouble::NotFound), NOW);
        assert_eq!(missing.source, Source::DemoMissing);
        for trouble in [
            Trouble::Http(500),
            Trouble::Network,
            Trouble::Timeout,
            Trouble::Html,
        ] {
            let state = ProfileState::from_fetch(Fetched::Failed(trouble.clone()), NOW);
            assert_eq!(state.source, Source::DemoNetwork(trouble));
            assert_eq!(state.is_demo(), crate::DESK_BUILD);
        }
        let html = ProfileState::from_fetch(Fetched::text("<!doctype html><p>index", NOW), NOW);
        assert_eq!(html.source, Source::DemoNetwork(Trouble::Html));
        let huge = "#".repeat(MAX_PROFILE_BYTES + 1);
        let big = ProfileState::from_fetch(Fetched::text(huge, NOW), NOW);
        assert_eq!(
            big.source,
            Source::DemoNetwork(Trouble::TooLarge(MAX_PROFILE_BYTES as u64 + 1))
        );
    }

    #[test]
    fn the_demo_published_is_the_demo() {
        let state = ProfileState::from_fetch(Fetched::text(DEMO_TOML, NOW), NOW);
        assert_eq!(state.source, Source::DemoPublished);
        assert_eq!(state.is_demo(), crate::DESK_BUILD);
    }

    #[test]
    fn an_invalid_profile_keeps_its_errors() {
        let state = ProfileState::from_fetch(Fetched::text("[isp\nname = 1", NOW), NOW);
        match state.source {
            Source::DemoAfterErrors(errors) => assert!(!errors.is_empty()),
            other => panic!("expected errors, got {other:?}"),
        }
    }

    #[test]
    fn a_saved_copy_is_marked_and_the_customers_page_refuses_an_old_one() {
        let fresh = ProfileState::from_fetch(saved(published("1"), "network", 2.0), NOW);
        assert_eq!(
            fresh.source,
            Source::Saved {
                why: "network".into()
            }
        );
        assert_eq!(fresh.fetched_at, Some(NOW - 2.0 * DAY));
        // The demo's offline_max_days is 7.
        let old = ProfileState::from_fetch(saved(published("1"), "timeout", 8.0), NOW);
        if crate::DESK_BUILD {
            assert_eq!(
                old.source,
                Source::Saved {
                    why: "timeout".into()
                }
            );
        } else {
            assert!(matches!(old.source, Source::TooOld { .. }));
            assert!(old.profile.is_none());
        }
    }

    #[test]
    fn a_recheck_offers_a_new_profile_and_keeps_the_one_in_use() {
        let state = Rc::new(ProfileState::from_fetch(
            Fetched::text(published("1"), NOW),
            NOW,
        ));
        let in_use = state.profile.clone().expect("loaded");
        // The same text again: nothing new.
        let same = state.clone().reduce(ProfileAction::Checked(
            Fetched::text(published("1"), NOW + 1.0),
            NOW + 1.0,
        ));
        assert!(same.update.is_none());
        assert_eq!(same.checked_at, Some(NOW + 1.0));
        // 304.
        let not_modified = state
            .clone()
            .reduce(ProfileAction::Checked(Fetched::NotModified, NOW + 2.0));
        assert!(not_modified.update.is_none() && not_modified.recheck.is_none());
        // A failure is said; the profile stays.
        let failed = state.clone().reduce(ProfileAction::Checked(
            Fetched::Failed(Trouble::Http(503)),
            NOW + 3.0,
        ));
        assert_eq!(failed.recheck, Some(Trouble::Http(503)));
        assert!(Rc::ptr_eq(failed.profile.as_ref().unwrap(), &in_use));
        // A new version: offered, then applied.
        let offered = state.clone().reduce(ProfileAction::Checked(
            Fetched::text(published("2"), NOW + 4.0),
            NOW + 4.0,
        ));
        assert!(Rc::ptr_eq(offered.profile.as_ref().unwrap(), &in_use));
        let update = offered.update.clone().expect("offered");
        assert_eq!(update.meta.as_ref().map(|m| m.version.as_str()), Some("2"));
        let applied = offered.reduce(ProfileAction::Apply);
        assert_eq!(applied.meta.as_ref().map(|m| m.version.as_str()), Some("2"));
        assert!(applied.update.is_none());
    }

    #[test]
    fn boot_js_answers() {
        assert_eq!(
            parse_answer(
                "ok\n\n1796601600000\n\"abc\"\n\n[isp]\nname = 1\n",
                NOW + 5.0
            ),
            Fetched::Text {
                text: "[isp]\nname = 1\n".into(),
                offline: None,
                fetched_at: NOW,
                etag: Some("\"abc\"".into()),
                last_modified: None,
            }
        );
        let saved = parse_answer("ok\nhttp-503\n1\n\nMon, 07 Dec 2026 00:00:00 GMT\n", NOW);
        assert!(
            matches!(saved, Fetched::Text { ref offline, fetched_at, .. } if offline.as_deref() == Some("http-503") && fetched_at == 1.0)
        );
        assert_eq!(parse_answer("304", NOW), Fetched::NotModified);
        for (answer, trouble) in [
            ("404", Trouble::NotFound),
            ("http 500", Trouble::Http(500)),
            ("large 8388608", Trouble::TooLarge(8_388_608)),
            ("html", Trouble::Html),
            ("timeout", Trouble::Timeout),
            ("network", Trouble::Network),
            ("", Trouble::Network),
        ] {
            assert_eq!(
                parse_answer(answer, NOW),
                Fetched::Failed(trouble),
                "{answer}"
            );
        }
    }

    #[test]
    fn offline_reasons() {
        assert_eq!(offline_trouble("timeout"), Trouble::Timeout);
        assert_eq!(offline_trouble("http-503"), Trouble::Http(503));
        assert_eq!(offline_trouble("network"), Trouble::Network);
    }
}
