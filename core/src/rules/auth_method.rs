//! `auth-method`: SPA, CRAM-MD5, OAuth2 (or no login at all) chosen for incoming mail where the
//! profile does a plain password inside TLS.

use super::Context;
use crate::case::IncomingAuth;
use crate::codes::{Code, Severity};
use crate::report::{Field, Finding};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let Some(servers) = ctx.servers else {
        return;
    };
    let Some(auth) = ctx.case.incoming.as_ref().and_then(|i| i.auth) else {
        return;
    };
    if servers.auth == "password" && auth != IncomingAuth::Password {
        out.push(
            Finding::new(Code::AuthMethod, Severity::Error, Field::IncomingAuth)
                .observed(auth.as_str())
                .expected(IncomingAuth::Password.as_str()),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::check as run;
    use super::check;

    #[test]
    fn anything_but_a_plain_password() {
        for auth in ["spa", "cram-md5", "oauth2", "none"] {
            let json =
                format!(r#"{{"address": "a@aoi.example.jp", "incoming": {{"auth": "{auth}"}}}}"#);
            assert_eq!(
                run(check, &json),
                [format!(
                    "auth-method/error incoming.auth {auth} -> password"
                )]
            );
        }
    }

    #[test]
    fn silent_for_password_or_unknown_domain() {
        assert!(run(
            check,
            r#"{"address": "a@aoi.example.jp", "incoming": {"auth": "password"}}"#
        )
        .is_empty());
        assert!(run(
            check,
            r#"{"address": "a@nowhere.example.jp", "incoming": {"auth": "spa"}}"#
        )
        .is_empty());
    }
}
