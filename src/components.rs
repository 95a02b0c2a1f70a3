pub mod field;
pub mod guide_steps;
pub mod header;
pub mod help_bits;
pub mod profile_notice;
pub mod results;
