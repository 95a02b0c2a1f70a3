//! `mail-doctor`: the command-line face of the engine.
//!
//! MINIMAL DISPATCH (decode branch) for the decoder subcommands only; the engine work owns this
//! file and will merge its own commands around these three calls.

mod classify_ips;
mod explain;
mod parse_lookup;

use std::io::Read;
use std::process::ExitCode;

const USAGE: &str = "usage: mail-doctor <command> [options] < input
  explain [--lang ja|en]                 pasted error text → {\"errors\": [...]}
  parse-lookup                           pasted nslookup/ping/dig output → {\"resolved\": [...]}
  classify-ips [--ranges FILE] [--lang ja|en]
                                         pasted IPs or log lines → {\"ips\": [...]}";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((command, rest)) = args.split_first() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let run: fn(&[String], &str) -> Result<String, String> = match command.as_str() {
        "explain" => explain::run,
        "parse-lookup" => parse_lookup::run,
        "classify-ips" => classify_ips::run,
        "-h" | "--help" | "help" => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        other => {
            eprintln!("mail-doctor: unknown command {other:?}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut bytes = Vec::new();
    if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
        eprintln!("mail-doctor {command}: cannot read stdin: {e}");
        return ExitCode::from(2);
    }
    match run(rest, &String::from_utf8_lossy(&bytes)) {
        Ok(out) => {
            println!("{out}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("mail-doctor {command}: {e}");
            ExitCode::from(2)
        }
    }
}
