//! Import of settings files into a profile: Thunderbird autoconfig XML → profile TOML.

pub mod autoconfig;

pub use autoconfig::{
    import_autoconfig, ImportResult, ImportWarning, ImportedEndpoint, ImportedProvider,
};
