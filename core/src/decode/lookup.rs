//! Pasted lookup output → what the customer's PC resolves.
pub fn parse_lookup(_text: &str) -> Vec<crate::case::Resolved> {
    Vec::new()
}
