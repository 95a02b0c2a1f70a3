pub mod console_results;
pub mod field;
pub mod fix_tools;
pub mod header;
pub mod profile_notice;
pub mod results;
