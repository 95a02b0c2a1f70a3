//! The mail apps, one folder each: `clients/<client>/` holds everything the project knows about
//! one app (its catalog entry, its labels, its guides, its facts with sources), and the rest of
//! the engine reads it through [`entry`], the one place that matches on the client.
//!
//! Adding an app: its folder (copy one and change it), its line here and in [`entry`], its id in
//! `crate::case::ClientId`, its dossier `docs/knowledge/<client>.md` and its cases
//! (docs/architecture.md).

use crate::case::ClientId;
use crate::catalog::ClientSpec;
use crate::guide::ClientGuides;
#[cfg(feature = "knowledge")]
use crate::knowledge::Fact;
use crate::labels::Labels;

pub(crate) mod android_gmail;
pub(crate) mod apple_mail;
pub(crate) mod becky;
pub(crate) mod device;
pub(crate) mod ios_mail;
pub(crate) mod outlook_classic;
pub(crate) mod outlook_new;
pub(crate) mod thunderbird;
pub(crate) mod windows_live_mail;
pub(crate) mod windows_mail;

/// One app's parts.
pub(crate) struct Client {
    pub spec: &'static ClientSpec,
    /// Its labels at a version (an unknown or unreadable version: the current ones).
    pub labels: fn(Option<&str>) -> &'static Labels,
    /// Its guides at a version.
    pub guides: fn(Option<&str>) -> &'static ClientGuides,
    /// Every guide table it has, whatever the version (the English file lists their texts; not
    /// in the customers' page, which fetches that file).
    #[cfg(not(feature = "english-on-demand"))]
    pub guide_tables: &'static [&'static ClientGuides],
    #[cfg(feature = "knowledge")]
    pub facts: &'static [Fact],
}

/// The parts of an app.
pub(crate) fn entry(id: ClientId) -> &'static Client {
    match id {
        ClientId::OutlookNew => &outlook_new::CLIENT,
        ClientId::OutlookClassic => &outlook_classic::CLIENT,
        ClientId::WindowsMail => &windows_mail::CLIENT,
        ClientId::WindowsLiveMail => &windows_live_mail::CLIENT,
        ClientId::Thunderbird => &thunderbird::CLIENT,
        ClientId::AppleMail => &apple_mail::CLIENT,
        ClientId::IosMail => &ios_mail::CLIENT,
        ClientId::AndroidGmail => &android_gmail::CLIENT,
        ClientId::Becky => &becky::CLIENT,
        ClientId::Device => &device::CLIENT,
    }
}
