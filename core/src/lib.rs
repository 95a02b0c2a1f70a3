//! Mail Setup Doctor's engine: the ISP profile, the client catalog, the diagnosis rules,
//! decoders for pasted text and settings exports. It knows nothing of any UI and runs natively
//! and in the browser alike.

pub mod advisor;
pub mod case;
pub mod catalog;
mod clients;
pub mod codes;
pub mod date;
pub mod decode;
pub mod deploy;
pub mod diagnose;
pub mod dns;
pub mod export;
#[doc(hidden)]
pub mod fuzz_entry;
pub mod guide;
pub mod import;
pub mod ipranges;
#[cfg(feature = "knowledge")]
pub mod knowledge;
pub mod labels;
pub mod lang;
pub mod limits;
pub mod names;
pub mod order;
pub mod pasted;
pub mod probe;
pub mod profile;
pub mod redact;
pub mod report;
pub mod rules;
pub mod share;
pub mod survey;
pub mod text;
pub mod verdict;
pub mod word_table;

pub use case::Case;
pub use codes::{Cause, Code, Severity};
pub use date::Date;
pub use diagnose::diagnose;
pub use lang::Lang;
pub use profile::Profile;
pub use report::{Finding, Report};
