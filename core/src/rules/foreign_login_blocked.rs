//! `foreign-login-blocked`: an app that reaches the ISP from its vendor's cloud abroad (Outlook
//! (new): Microsoft's servers log in and send for it) is refused by the ISP's foreign-login
//! block — an SMTP 554 reply in the pasted text, or the customer says the login is blocked —
//! while the profile has that block on. An error either way (the mail does not go); when the
//! profile says Microsoft's cloud is exempt, the exemption did not cover this login, which the
//! operators check with the IP, the time and the account (`observed`: the first Microsoft IP of
//! the pasted text, else its first IP).
//!
//! Seen in Japan (DOMAIN.md, "Outlook (new)"): hosts that block SMTP AUTH from abroad refuse
//! Outlook (new)'s sending with SMTP 554; the operator in `seed/` relaxed its rule for Microsoft
//! cloud IPs with its vendor.

use super::Context;
use crate::case::Symptom;
use crate::codes::{Code, Severity};
use crate::report::{Field, Finding};

/// Whether the case shows the block at work: the profile blocks foreign logins, the app logs in
/// from its vendor's cloud (or the pasted text has a Microsoft cloud IP and the app is not
/// known), and the pasted text has an SMTP 554 reply or the customer says the login is blocked.
pub(crate) fn applies(ctx: &Context) -> bool {
    if !ctx.profile.policy.foreign_login_block.enabled {
        return false;
    }
    let microsoft_ip = ctx
        .pasted
        .as_ref()
        .is_some_and(|p| p.ips.iter().any(|ip| ip.microsoft));
    let cloud_app = match ctx.client {
        Some(client) => client.via_vendor_cloud,
        None => microsoft_ip,
    };
    let refused = ctx
        .errors
        .iter()
        .any(|d| d.entry.id.starts_with("smtp-554"));
    cloud_app && (refused || ctx.case.symptoms.contains(&Symptom::LoginBlocked))
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    if !applies(ctx) {
        return;
    }
    let ips = ctx.pasted.as_ref().map(|p| p.ips.as_slice()).unwrap_or(&[]);
    let ip = ips.iter().find(|ip| ip.microsoft).or(ips.first());
    let mut finding = Finding::new(Code::ForeignLoginBlocked, Severity::Error, Field::Client);
    if let Some(ip) = ip {
        finding = finding.observed(&ip.ip);
    }
    out.push(finding);
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{check as run, check_with, profile_with};
    use super::check;

    const REFUSED: &str =
        r#""error_text": "554 5.7.1 Rejected: login from abroad [52.96.56.197] at 10:45""#;

    #[test]
    fn outlook_new_refused_with_554() {
        assert_eq!(
            run(
                check,
                &format!(r#"{{"client": {{"id": "outlook-new"}}, {REFUSED}}}"#)
            ),
            ["foreign-login-blocked/error client 52.96.56.197 -> "]
        );
        // The customer says so, without a paste.
        assert_eq!(
            run(
                check,
                r#"{"client": {"id": "outlook-new"}, "symptoms": ["login-blocked"]}"#
            )
            .len(),
            1
        );
        // App not said, but the paste has Microsoft's IP.
        assert_eq!(run(check, &format!("{{{REFUSED}}}")).len(), 1);
        // Also when the profile does not exempt Microsoft's cloud.
        let strict = profile_with(|t| {
            t.replace(
                "microsoft_cloud_exempt = true",
                "microsoft_cloud_exempt = false",
            )
        });
        assert_eq!(
            check_with(
                check,
                &format!(r#"{{"client": {{"id": "outlook-new"}}, {REFUSED}}}"#),
                &strict
            )
            .len(),
            1
        );
    }

    #[test]
    fn silent_otherwise() {
        let open = profile_with(|t| {
            t.replace(
                "foreign_login_block = { enabled = true",
                "foreign_login_block = { enabled = false",
            )
        });
        assert!(check_with(
            check,
            &format!(r#"{{"client": {{"id": "outlook-new"}}, {REFUSED}}}"#),
            &open
        )
        .is_empty());
        for json in [
            // A direct app: a 554 is about something else.
            &format!(r#"{{"client": {{"id": "thunderbird"}}, {REFUSED}}}"#) as &str,
            r#"{"client": {"id": "outlook-new"}}"#,
            r#"{"client": {"id": "outlook-new"}, "error_text": "0x800CCC0E"}"#,
            r#"{"error_text": "554 5.7.1 Relay denied"}"#,
        ] {
            assert!(run(check, json).is_empty(), "{json}");
        }
    }
}
