//! `client-cloud-sync`: the client reaches the ISP through its vendor's cloud (Outlook (new)),
//! so logins come from the vendor's IP addresses abroad. A warning when the ISP blocks foreign
//! logins without exempting Microsoft's cloud (they will be refused); otherwise info.

use super::Context;
use crate::codes::{Code, Severity};
use crate::report::{Field, Finding};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let (Some(client), Some(id)) = (ctx.client, ctx.client_id) else {
        return;
    };
    // One root cause, one finding: when the block refused it, `foreign-login-blocked` says so.
    if !client.via_vendor_cloud || super::foreign_login_blocked::applies(ctx) {
        return;
    }
    let block = ctx.profile.policy.foreign_login_block;
    let severity = if block.enabled && !block.microsoft_cloud_exempt {
        Severity::Warning
    } else {
        Severity::Info
    };
    out.push(Finding::new(Code::ClientCloudSync, severity, Field::Client).observed(id.as_str()));
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{check as run, check_with, profile_with};
    use super::check;

    #[test]
    fn info_when_exempt_warning_when_blocked() {
        assert_eq!(
            run(check, r#"{"client": {"id": "outlook-new"}}"#),
            ["client-cloud-sync/info client outlook-new -> "]
        );
        let blocked = profile_with(|t| {
            t.replace(
                "microsoft_cloud_exempt = true",
                "microsoft_cloud_exempt = false",
            )
        });
        assert_eq!(
            check_with(check, r#"{"client": {"id": "outlook-new"}}"#, &blocked),
            ["client-cloud-sync/warning client outlook-new -> "]
        );
        let open = profile_with(|t| {
            t.replace(
                "enabled = true, microsoft_cloud_exempt = true",
                "enabled = false, microsoft_cloud_exempt = false",
            )
        });
        assert_eq!(
            check_with(check, r#"{"client": {"id": "outlook-new"}}"#, &open),
            ["client-cloud-sync/info client outlook-new -> "]
        );
    }

    #[test]
    fn silent_for_clients_that_connect_themselves() {
        assert!(run(check, r#"{"client": {"id": "outlook-classic"}}"#).is_empty());
        assert!(run(check, r#"{"client": {"os": "windows-11"}}"#).is_empty());
    }
}
