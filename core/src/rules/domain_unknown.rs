//! `domain-unknown`: the address's domain is not in the profile; `expected` is the closest
//! known domain within two edits, if there is one.

use super::Context;
use crate::codes::{Code, Severity};
use crate::report::{Field, Finding};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let Some(domain) = ctx.domain.as_deref() else {
        return;
    };
    if ctx.brand.is_some() {
        return;
    }
    let mut finding =
        Finding::new(Code::DomainUnknown, Severity::Error, Field::Address).observed(domain);
    if let Some(closest) = ctx.profile.closest_domain(domain, 2) {
        finding = finding.expected(closest);
    }
    out.push(finding);
}

#[cfg(test)]
mod tests {
    use super::super::fixture::check as run;
    use super::check;

    #[test]
    fn suggests_the_closest_domain() {
        assert_eq!(
            run(check, r#"{"address": "saburo@midri.example.jp"}"#),
            ["domain-unknown/error address midri.example.jp -> midori.example.jp"]
        );
        assert_eq!(
            run(check, r#"{"address": "saburo@gmail.com"}"#),
            ["domain-unknown/error address gmail.com -> "]
        );
    }

    #[test]
    fn silent_for_known_domains_in_any_case() {
        assert!(run(check, r#"{"address": "saburo@Midori.Example.JP."}"#).is_empty());
        assert!(run(check, r#"{"address": "not an address"}"#).is_empty());
    }
}
