//! Which profile the app diagnoses against, and where it came from.
//!
//! The published `profile.toml` beside `index.html` wins; when it is missing or unreadable the
//! built-in demo is used, and when it is invalid its errors are shown and the demo is used.
//!
//! Only the desk's build (the `desk` feature, index.html) carries the demo. The customers' page
//! (help.html) must never show the demo ISP's servers to a customer as if they were theirs: without
//! a usable published profile it says so and asks them to come back or call (and its wasm is
//! lighter by the demo's text).

use mail_doctor_core::profile::ProfileError;
use mail_doctor_core::Profile;
use std::rc::Rc;

/// Where the profile in use came from.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    /// Still fetching `profile.toml`.
    Loading,
    /// The published `profile.toml`.
    Published,
    /// No `profile.toml` is published (404): the built-in demo.
    DemoMissing,
    /// `profile.toml` could not be fetched (network, server error): the built-in demo.
    DemoNetwork,
    /// The published `profile.toml` is invalid: its errors, and the built-in demo.
    DemoAfterErrors(Vec<ProfileError>),
}

/// The profile the page uses (`None` only while loading, or if even the demo cannot be read).
#[derive(Debug, Clone)]
pub struct ProfileState {
    pub profile: Option<Rc<Profile>>,
    pub source: Source,
}

/// The same state when it holds the same loaded profile (the same `Rc`), not an equal copy: Yew
/// compares the context on every render, and comparing two 10,000-domain profiles field by field
/// would cost time (and the wasm the code of a deep comparison) for nothing. A profile is loaded
/// once per page load.
impl PartialEq for ProfileState {
    fn eq(&self, other: &ProfileState) -> bool {
        let same_profile = match (&self.profile, &other.profile) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        };
        same_profile && self.source == other.source
    }
}

/// What fetching `profile.toml` gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fetched {
    Text(String),
    NotFound,
    Failed,
}

impl ProfileState {
    pub fn loading() -> ProfileState {
        ProfileState {
            profile: None,
            source: Source::Loading,
        }
    }

    /// The built-in demo profile, as if none were published.
    pub fn demo() -> ProfileState {
        ProfileState {
            profile: demo_profile(),
            source: Source::DemoMissing,
        }
    }

    pub fn from_fetch(fetched: Fetched) -> ProfileState {
        match fetched {
            Fetched::Text(text) => match Profile::parse(&text) {
                Ok(p) => ProfileState {
                    profile: Some(Rc::new(p)),
                    source: Source::Published,
                },
                Err(errors) => ProfileState {
                    profile: demo_profile(),
                    source: Source::DemoAfterErrors(errors),
                },
            },
            Fetched::NotFound => ProfileState::demo(),
            Fetched::Failed => ProfileState {
                profile: demo_profile(),
                source: Source::DemoNetwork,
            },
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
                Source::DemoMissing | Source::DemoNetwork | Source::DemoAfterErrors(_)
            )
    }
}

/// The demo, read without `Profile::demo()`'s panic: a broken build must still show a page.
#[cfg(any(feature = "desk", feature = "tools"))]
fn demo_profile() -> Option<Rc<Profile>> {
    Profile::parse(mail_doctor_core::profile::DEMO_TOML)
        .ok()
        .map(Rc::new)
}

/// The customers' build has no demo (see the module's comment).
#[cfg(not(any(feature = "desk", feature = "tools")))]
fn demo_profile() -> Option<Rc<Profile>> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_are_equal_when_they_share_the_loaded_profile() {
        let text = mail_doctor_core::profile::DEMO_TOML;
        let a = ProfileState::from_fetch(Fetched::Text(text.into()));
        assert_eq!(a, a.clone());
        // An equal profile loaded again is a new state (Yew re-renders once; nothing compares
        // two profiles field by field).
        let b = ProfileState::from_fetch(Fetched::Text(text.into()));
        assert_ne!(a, b);
        assert_eq!(ProfileState::loading(), ProfileState::loading());
        assert_ne!(a, ProfileState::loading());
    }

    #[test]
    fn missing_and_failed_fall_back_to_the_demo() {
        assert_eq!(
            ProfileState::from_fetch(Fetched::NotFound).source,
            Source::DemoMissing
        );
        assert_eq!(
            ProfileState::from_fetch(Fetched::Failed).source,
            Source::DemoNetwork
        );
        assert!(ProfileState::from_fetch(Fetched::Failed).is_demo());
    }

    #[test]
    fn an_invalid_profile_keeps_its_errors() {
        let state = ProfileState::from_fetch(Fetched::Text("[isp\nname = 1".into()));
        match state.source {
            Source::DemoAfterErrors(errors) => assert!(!errors.is_empty()),
            other => panic!("expected errors, got {other:?}"),
        }
    }
}
