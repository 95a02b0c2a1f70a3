//! The published profile's identity: `[profile] version`, `published`, `offline_max_days`
//! (issue 12), as the profile parser reads them (`Profile::meta`, with line-accurate problems
//! like every other key; docs/profile-keys.md). [`meta_of`] is the one place the deployment
//! checks and the pages ask.

use crate::profile::Profile;
pub use crate::profile::{ProfileMeta, DEFAULT_OFFLINE_DAYS as DEFAULT_OFFLINE_MAX_DAYS};

/// The identity of a loaded profile (`None`: it has no `[profile]` table).
pub fn meta_of(profile: &Profile) -> Option<ProfileMeta> {
    profile.meta.clone()
}
