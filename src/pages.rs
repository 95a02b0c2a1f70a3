pub mod agent;
pub mod dns;
pub mod guide;
pub mod login_ip;
pub mod not_found;
pub mod profile;
pub mod self_help;
