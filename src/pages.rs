pub mod agent;
pub mod dns;
pub mod login_ip;
pub mod not_found;
