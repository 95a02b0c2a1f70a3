pub mod agent;
pub mod guide;
pub mod not_found;
pub mod profile;
pub mod self_help;
