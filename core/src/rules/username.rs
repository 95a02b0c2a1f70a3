//! The login name: `username-format` (the local part where the full address is required, or
//! vice versa) or `username-mismatch` (some other account). Incoming always; outgoing only when
//! it has its own login (`auth: password`) with a username.

use super::Context;
use crate::case::OutgoingAuth;
use crate::codes::{Code, Severity};
use crate::names::{parse_address, same_host, Address};
use crate::report::{Field, Finding};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let (Some(corrected), Some(address)) = (ctx.corrected.as_ref(), ctx.address.as_ref()) else {
        return;
    };
    let expected = corrected.incoming.username.as_str();
    if let Some(name) = ctx
        .case
        .incoming
        .as_ref()
        .and_then(|i| i.username.as_deref())
    {
        check_name(name, expected, address, Field::IncomingUsername, out);
    }
    if let Some(outgoing) = &ctx.case.outgoing {
        if outgoing.auth == Some(OutgoingAuth::Password) {
            if let Some(name) = outgoing.username.as_deref() {
                check_name(name, expected, address, Field::OutgoingUsername, out);
            }
        }
    }
}

fn check_name(name: &str, expected: &str, address: &Address, field: Field, out: &mut Vec<Finding>) {
    let name = name.trim();
    // An empty box is "not typed yet".
    if name.is_empty() || name.eq_ignore_ascii_case(expected) {
        return;
    }
    let is_local_part = name.eq_ignore_ascii_case(&address.local);
    let is_address = parse_address(name).is_some_and(|a| {
        a.local.eq_ignore_ascii_case(&address.local) && same_host(&a.domain, &address.domain)
    });
    let code = if is_local_part || is_address {
        Code::UsernameFormat
    } else {
        Code::UsernameMismatch
    };
    out.push(
        Finding::new(code, Severity::Error, field)
            .observed(name)
            .expected(expected),
    );
}

#[cfg(test)]
mod tests {
    use super::super::fixture::check as run;
    use super::check;

    #[test]
    fn local_part_where_the_address_is_required_and_vice_versa() {
        assert_eq!(
            run(
                check,
                r#"{"address": "taro@kita.aoi.example.jp", "incoming": {"username": "taro"}}"#
            ),
            ["username-format/error incoming.username taro -> taro@kita.aoi.example.jp"]
        );
        assert_eq!(
            run(
                check,
                r#"{"address": "taro@yama.example.jp", "incoming": {"username": "Taro@Yama.example.jp"}}"#
            ),
            ["username-format/error incoming.username Taro@Yama.example.jp -> taro"]
        );
    }

    #[test]
    fn another_account() {
        assert_eq!(
            run(
                check,
                r#"{"address": "taro@aoi.example.jp", "incoming": {"username": "hanako@aoi.example.jp"},
                    "outgoing": {"auth": "password", "username": "taro@aoi.example.jp.old"}}"#
            ),
            [
                "username-mismatch/error incoming.username hanako@aoi.example.jp -> taro@aoi.example.jp",
                "username-mismatch/error outgoing.username taro@aoi.example.jp.old -> taro@aoi.example.jp",
            ]
        );
    }

    #[test]
    fn silent_when_right_or_not_its_own_login() {
        for json in [
            r#"{"address": "taro@aoi.example.jp", "incoming": {"username": "TARO@aoi.example.jp"}}"#,
            r#"{"address": "taro@yama.example.jp", "incoming": {"username": "taro"}}"#,
            r#"{"address": "taro@aoi.example.jp", "outgoing": {"auth": "same-as-incoming", "username": "x"}}"#,
            r#"{"address": "taro@aoi.example.jp", "incoming": {"username": ""}}"#,
            r#"{"address": "taro@nowhere.example.jp", "incoming": {"username": "x"}}"#,
        ] {
            assert!(run(check, json).is_empty(), "{json}");
        }
    }
}
