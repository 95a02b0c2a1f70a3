//! The engine's words in Japanese: one folder, one file per area (the report, the connection
//! doctor, the log survey, the sending advisor, the DNS checks, the settings export, the
//! deployment checks). Each area declares what a language must say (a [`crate::word_table!`]
//! struct or a trait without default methods) and picks the language's table with
//! [`crate::word_table::in_lang!`]; adding a language is a folder like this one.

mod advisor;
mod deploy;
mod dns;
mod export;
mod probe;
mod profile;
mod report;
mod survey;

pub(crate) use advisor::ADVISOR;
pub(crate) use deploy::DEPLOY;
pub(crate) use dns::DNS;
pub(crate) use export::EXPORT;
pub(crate) use probe::PROBE;
#[cfg(test)]
pub(crate) use profile::SYNTAX;
pub(crate) use profile::{PROFILE, TOML_SYNTAX};
pub(crate) use report::{AGENT, REPORT};
pub(crate) use report::{NAMES, SENTENCES};
pub(crate) use survey::{SURVEY, SURVEY_TABLE};
