//! `os-end-of-support`: the OS is past its vendor's end of support (Windows 7, 8.1, 10…).

use super::Context;
use crate::catalog::os_end_of_support;
use crate::codes::{Code, Severity};
use crate::report::{Field, Finding};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let Some(os) = ctx.os.as_deref() else {
        return;
    };
    let Some(end) = os_end_of_support(os) else {
        return;
    };
    if ctx.today > end {
        out.push(
            Finding::new(Code::OsEndOfSupport, Severity::Warning, Field::ClientOs)
                .observed(os)
                .expected(end),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::check as run;
    use super::check;

    #[test]
    fn old_windows() {
        assert_eq!(
            run(
                check,
                r#"{"client": {"id": "outlook-classic", "os": "windows-7"}}"#
            ),
            ["os-end-of-support/warning client.os windows-7 -> 2020-01-14"]
        );
        assert_eq!(
            run(check, r#"{"client": {"os": "windows-10"}}"#),
            ["os-end-of-support/warning client.os windows-10 -> 2025-10-14"]
        );
    }

    #[test]
    fn silent_for_supported_or_unknown() {
        for os in ["windows-11", "macos-14", "ios-12", "plan9-4", ""] {
            let json = format!(r#"{{"client": {{"os": "{os}"}}}}"#);
            assert!(run(check, &json).is_empty(), "{os}");
        }
    }
}
