//! `mail-doctor`: the command-line face of the engine.
//!
//! Arguments are parsed by `clap` (derive). A subcommand is one file with an `Args` struct and
//! `pub fn run(args) -> ExitCode`, plus one variant of [`Command`]. Exit codes: 0 done (whatever
//! the findings), 1 the input has problems (`profile validate`, a broken profile for `export` /
//! `advise`), 2 the command could not run (usage, unreadable or malformed input).

mod advise;
mod check;
mod classify_ips;
mod deploy;
mod explain;
mod export;
mod import_autoconfig;
mod input;
mod knowledge;
mod parse_lookup;
mod probe;
mod prober;
mod profile;
mod serve_probe;
mod survey;
mod words;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// mail-doctor: diagnose mail-client settings against an ISP profile.
#[derive(Parser)]
#[command(name = "mail-doctor", version)]
#[command(
    after_help = "Exit status: 0 done (whatever the findings), 1 the input has problems,\n\
                        2 the command could not run (usage, unreadable or malformed input)."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Check(check::Args),
    #[command(subcommand)]
    Profile(profile::Action),
    Export(export::Args),
    ImportAutoconfig(import_autoconfig::Args),
    Advise(advise::Args),
    Explain(explain::Args),
    ParseLookup(parse_lookup::Args),
    ClassifyIps(classify_ips::Args),
    /// Check a deployment folder (dist/ with its profile.toml) before it goes live.
    #[command(subcommand)]
    Deploy(deploy::Action),
    Probe(probe::Args),
    ServeProbe(serve_probe::Args),
    Survey(survey::Args),
    Knowledge(knowledge::Args),
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // --help and --version print to stdout and succeed; usage errors exit 2.
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    match cli.command {
        Command::Check(args) => check::run(args),
        Command::Profile(action) => profile::run(action),
        Command::Export(args) => export::run(args),
        Command::ImportAutoconfig(args) => import_autoconfig::run(args),
        Command::Advise(args) => advise::run(args),
        Command::Explain(args) => explain::run(args),
        Command::ParseLookup(args) => parse_lookup::run(args),
        Command::ClassifyIps(args) => classify_ips::run(args),
        Command::Deploy(action) => deploy::run(action),
        Command::Probe(args) => probe::run(args),
        Command::ServeProbe(args) => serve_probe::run(args),
        Command::Survey(args) => survey::run(args),
        Command::Knowledge(args) => knowledge::run(args),
    }
}

#[cfg(test)]
mod tests {
    use super::Cli;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }
}
