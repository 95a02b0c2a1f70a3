pub mod advisor;
pub mod agent;
pub mod import;
pub mod not_found;
