//! `client-end-of-support`: the client (version) is past its vendor's end of support — a
//! warning, or an error where the app stops working altogether (Windows Mail after 2024-12-31).

use super::Context;
use crate::codes::{Code, Severity};
use crate::report::{Field, Finding};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let (Some(client), Some(id)) = (ctx.client, ctx.client_id) else {
        return;
    };
    let Some(end) = client.end_of_support(ctx.client_version.as_deref()) else {
        return;
    };
    if ctx.today <= end {
        return;
    }
    let severity = if client.stops_working_after_end {
        Severity::Error
    } else {
        Severity::Warning
    };
    let observed = match ctx.client_version.as_deref() {
        Some(v) => format!("{} {v}", id.as_str()),
        None => id.as_str().to_string(),
    };
    out.push(
        Finding::new(Code::ClientEndOfSupport, severity, Field::Client)
            .observed(observed)
            .expected(end),
    );
}

#[cfg(test)]
mod tests {
    use super::super::fixture::check as run;
    use super::check;

    #[test]
    fn past_the_date() {
        assert_eq!(
            run(
                check,
                r#"{"client": {"id": "outlook-classic", "version": "2010"}}"#
            ),
            ["client-end-of-support/warning client outlook-classic 2010 -> 2020-10-13"]
        );
        assert_eq!(
            run(
                check,
                r#"{"client": {"id": "windows-mail", "os": "windows-10"}}"#
            ),
            ["client-end-of-support/error client windows-mail -> 2024-12-31"]
        );
        assert_eq!(
            run(check, r#"{"client": {"id": "windows-live-mail"}}"#),
            ["client-end-of-support/warning client windows-live-mail -> 2017-01-10"]
        );
    }

    #[test]
    fn silent_before_the_date_or_without_one() {
        // The fixture's today is 2026-06-01: Outlook 2021 ends 2026-10-13.
        for json in [
            r#"{"client": {"id": "outlook-classic", "version": "2021"}}"#,
            r#"{"client": {"id": "outlook-classic", "version": "365"}}"#,
            r#"{"client": {"id": "outlook-classic"}}"#,
            r#"{"client": {"id": "outlook-new"}}"#,
            r#"{"client": {"id": "thunderbird", "version": "128"}}"#,
        ] {
            assert!(run(check, json).is_empty(), "{json}");
        }
    }
}
