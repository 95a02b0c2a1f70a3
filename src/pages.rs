pub mod agent;
pub mod not_found;
pub mod profile;
