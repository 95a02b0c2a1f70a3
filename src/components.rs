pub mod dns_panel;
pub mod field;
pub mod header;
pub mod lookup_paste;
pub mod profile_notice;
pub mod results;
