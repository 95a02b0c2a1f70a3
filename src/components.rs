pub mod console_results;
pub mod field;
pub mod fix_tools;
pub mod guide_steps;
pub mod header;
pub mod help_bits;
pub mod profile_notice;
pub mod results;
