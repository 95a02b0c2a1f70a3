//! `address-invalid`: the address is there but is not an e-mail address.

use super::Context;
use crate::codes::{Code, Severity};
use crate::report::{Field, Finding};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let Some(text) = ctx.case.address.as_deref() else {
        return;
    };
    // An empty box is "not typed yet", not a wrong address (the form runs on every keystroke).
    if text.trim().is_empty() || ctx.address.is_some() {
        return;
    }
    out.push(
        Finding::new(Code::AddressInvalid, Severity::Error, Field::Address).observed(text.trim()),
    );
}

#[cfg(test)]
mod tests {
    use super::super::fixture::check as run;
    use super::check;

    #[test]
    fn fires_for_text_that_is_not_an_address() {
        assert_eq!(
            run(check, r#"{"address": "taro@aoi"}"#),
            ["address-invalid/error address taro@aoi -> "]
        );
        assert_eq!(
            run(check, r#"{"address": "taro at aoi.example.jp"}"#).len(),
            1
        );
    }

    #[test]
    fn silent_for_addresses_and_empty_boxes() {
        assert!(run(check, r#"{"address": "taro@aoi.example.jp"}"#).is_empty());
        assert!(run(check, r#"{"address": "taro@unknown.example.com"}"#).is_empty());
        assert!(run(check, r#"{"address": "  "}"#).is_empty());
        assert!(run(check, r#"{}"#).is_empty());
    }
}
