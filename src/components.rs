pub mod field;
pub mod header;
pub mod profile_notice;
pub mod results;
