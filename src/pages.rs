pub mod advisor;
pub mod agent;
pub mod guide;
pub mod import;
pub mod not_found;
pub mod profile;
pub mod self_help;
