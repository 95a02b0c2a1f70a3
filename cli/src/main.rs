//! `mail-doctor`: the command-line face of the engine.
//!
//! MINIMAL DISPATCH (export branch): only the export, import-autoconfig and advise subcommands;
//! the engine work owns this file and merges its own commands in.

mod advise;
mod cli_args;
mod export;
mod import_autoconfig;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = match args.first().map(String::as_str) {
        Some("export") => export::run(&args[1..]),
        Some("import-autoconfig") => import_autoconfig::run(&args[1..]),
        Some("advise") => advise::run(&args[1..]),
        _ => {
            eprintln!(
                "usage:\n  {}\n  {}\n  {}",
                export::USAGE,
                import_autoconfig::USAGE,
                advise::USAGE
            );
            2
        }
    };
    std::process::exit(code);
}
