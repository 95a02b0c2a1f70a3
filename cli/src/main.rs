//! `mail-doctor`: the command-line face of the engine.
//!
//! A subcommand is one file with `pub fn run(args: &[String]) -> ExitCode` and one line in
//! [`SUBCOMMANDS`]. Exit codes: 0 done (whatever the findings), 1 the input has problems
//! (`profile validate`), 2 the command could not run (usage, unreadable or malformed input).

mod advise;
mod args;
mod check;
mod classify_ips;
mod cli_args;
mod explain;
mod export;
mod import_autoconfig;
mod input;
mod parse_lookup;
mod profile;

use std::process::ExitCode;

/// `(name, one-line summary, run)`, in the order `--help` lists them.
type Subcommand = (&'static str, &'static str, fn(&[String]) -> ExitCode);

const SUBCOMMANDS: &[Subcommand] = &[
    (
        "check",
        "diagnose a case (JSON) against a profile; print the report",
        check::run,
    ),
    (
        "profile",
        "profile validate [--lang ja|en] PATH: check a profile.toml, listing every problem",
        profile::run,
    ),
    (
        "export",
        "settings file (autoconfig|autodiscover|mobileconfig) for one address",
        export::run,
    ),
    (
        "import-autoconfig",
        "Thunderbird autoconfig XML files -> profile TOML (warnings on stderr)",
        import_autoconfig::run,
    ),
    (
        "advise",
        "sending-limit advisor: a sender's pattern against the profile's limits (JSON)",
        advise::run,
    ),
    (
        "explain",
        "pasted error text (stdin) → {\"errors\": [...]} with causes",
        explain::command,
    ),
    (
        "parse-lookup",
        "pasted nslookup/Resolve-DnsName/ping/dig/host output (stdin) → {\"resolved\": [...]}",
        parse_lookup::command,
    ),
    (
        "classify-ips",
        "pasted login IPs or log lines (stdin) → Microsoft cloud-sync range or not",
        classify_ips::command,
    ),
];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(first) = args.first() else {
        eprintln!("{}", help().trim_end());
        return ExitCode::from(2);
    };
    match first.as_str() {
        "-h" | "--help" | "help" => {
            input::out(help().trim_end());
            ExitCode::SUCCESS
        }
        "-V" | "--version" => {
            input::out(&format!("mail-doctor {}", env!("CARGO_PKG_VERSION")));
            ExitCode::SUCCESS
        }
        name => match SUBCOMMANDS.iter().find(|(n, _, _)| *n == name) {
            Some((_, _, run)) => run(&args[1..]),
            None => input::usage_error(&format!("unknown command `{name}` (see --help)")),
        },
    }
}

fn help() -> String {
    let mut text = String::from(
        "mail-doctor: diagnose mail-client settings against an ISP profile\n\n\
         Usage: mail-doctor <command> [options]\n\nCommands:\n",
    );
    for (name, summary, _) in SUBCOMMANDS {
        text.push_str(&format!("  {name:<18} {summary}\n"));
    }
    text.push_str(
        "\nmail-doctor check [--profile PATH] [--lang ja|en] [--today YYYY-MM-DD] CASE.json|-\n\
         \x20 Prints the report as JSON. Without --profile the built-in demo profile is used;\n\
         \x20 --lang adds the findings' text and fix steps under \"text\"; --today defaults to\n\
         \x20 the system date. `-` reads the case from standard input.\n\
         mail-doctor profile validate [--lang ja|en] PATH\n\
         \x20 Prints `PATH: ok (N brands, M domains)`, or every problem as `PATH:LINE: KEY: message`\n\
         \x20 (in English without --lang).\n\
         mail-doctor explain [--lang ja|en] < TEXT\n\
         \x20 Every recognised error in the text; --lang adds each error's meaning and checks.\n\
         mail-doctor parse-lookup < TEXT\n\
         \x20 What the customer's PC resolves, in the case's `resolved` form.\n\
         mail-doctor classify-ips [--ranges FILE] [--lang ja|en] < TEXT\n\
         \x20 Each IP in the text: inside Microsoft's sync ranges or not (--ranges: a refreshed file).\n\
         \nExit status: 0 done (whatever the findings), 1 the profile has problems,\n\
         2 the command could not run (usage, unreadable or malformed input).\n",
    );
    text
}
