//! `client-tls-legacy`: the client on that OS/version does not use the profile's `min_tls` by
//! default (Outlook 2010 on Windows 7). A device's TLS cannot be told from the catalog: info.

use super::Context;
use crate::catalog::TlsSource;
use crate::codes::{Code, Severity};
use crate::report::{Field, Finding};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let Some(client) = ctx.client else {
        return;
    };
    let min = ctx.profile.policy.min_tls;
    let field = match client.tls {
        TlsSource::Os => Field::ClientOs,
        TlsSource::Own(_) => Field::ClientVersion,
        TlsSource::VendorCloud | TlsSource::Unknown => Field::Client,
    };
    match client.max_tls(ctx.client_version.as_deref(), ctx.os.as_deref()) {
        Some(max) if max < min => out.push(
            Finding::new(Code::ClientTlsLegacy, Severity::Error, field)
                .observed(max.as_str())
                .expected(min.as_str()),
        ),
        None if client.tls == TlsSource::Unknown => out.push(
            Finding::new(Code::ClientTlsLegacy, Severity::Info, field).expected(min.as_str()),
        ),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{check as run, check_with, profile_with};
    use super::check;

    #[test]
    fn old_windows_and_phones() {
        assert_eq!(
            run(
                check,
                r#"{"client": {"id": "outlook-classic", "version": "2010", "os": "windows-7"}}"#
            ),
            ["client-tls-legacy/error client.os 1.0 -> 1.2"]
        );
        assert_eq!(
            run(
                check,
                r#"{"client": {"id": "windows-live-mail", "os": "windows-vista"}}"#
            ),
            ["client-tls-legacy/error client.os 1.0 -> 1.2"]
        );
        assert_eq!(
            run(
                check,
                r#"{"client": {"id": "android-gmail", "os": "android-4.3"}}"#
            ),
            ["client-tls-legacy/error client.os 1.0 -> 1.2"]
        );
        assert_eq!(
            run(
                check,
                r#"{"client": {"id": "thunderbird", "version": "24"}}"#
            ),
            ["client-tls-legacy/error client.version 1.0 -> 1.2"]
        );
        assert_eq!(
            run(check, r#"{"client": {"id": "device"}}"#),
            ["client-tls-legacy/info client  -> 1.2"]
        );
        let strict = profile_with(|t| t.replace(r#"min_tls = "1.2""#, r#"min_tls = "1.3""#));
        assert_eq!(
            check_with(
                check,
                r#"{"client": {"id": "outlook-classic", "version": "365", "os": "windows-10"}}"#,
                &strict
            ),
            ["client-tls-legacy/error client.os 1.2 -> 1.3"]
        );
    }

    #[test]
    fn silent_for_modern_or_unknown() {
        for json in [
            r#"{"client": {"id": "thunderbird", "version": "115", "os": "windows-7"}}"#,
            r#"{"client": {"id": "outlook-new", "os": "windows-7"}}"#,
            r#"{"client": {"id": "outlook-classic", "version": "2010", "os": "windows-10"}}"#,
            r#"{"client": {"id": "outlook-classic", "version": "2010"}}"#,
            r#"{"client": {"id": "ios-mail", "os": "ios-12"}}"#,
            r#"{"client": {"os": "windows-7"}}"#,
        ] {
            assert!(run(check, json).is_empty(), "{json}");
        }
    }
}
