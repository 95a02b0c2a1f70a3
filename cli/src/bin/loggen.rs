//! `mail-doctor-loggen [--size BYTES] [--seed N] [--mix postfix|mail] [--accounts N]`: writes a
//! synthetic mail log of about BYTES (suffixes K, M, G) to standard output, for the log
//! survey's speed and memory figures (`scripts/bench-survey`). Deterministic: the same seed and
//! size give the same bytes. The lines are those of `mail_doctor_core::survey::synthetic`.

use clap::Parser;
use mail_doctor_core::survey::synthetic::{Generator, Mix};
use std::io::Write;
use std::process::ExitCode;

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum MixArg {
    /// Postfix lines only (what pflogsumm reads)
    Postfix,
    /// Postfix and Dovecot lines in one syslog file
    Mail,
}

/// Writes a synthetic mail log to standard output.
#[derive(Parser)]
#[command(name = "mail-doctor-loggen", version)]
struct Args {
    /// About this many bytes (1000000, 200M, 1G).
    #[arg(long, default_value = "100M")]
    size: String,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    #[arg(long, value_enum, default_value = "postfix")]
    mix: MixArg,
    /// Customer accounts that appear.
    #[arg(long, default_value_t = 20_000)]
    accounts: u32,
}

fn bytes(text: &str) -> Option<u64> {
    let t = text.trim();
    let (num, unit) = match t.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        Some((i, _)) => t.split_at(i),
        None => (t, ""),
    };
    let n: u64 = num.parse().ok()?;
    let m = match unit.to_ascii_uppercase().as_str() {
        "" | "B" => 1,
        "K" | "KB" => 1_000,
        "M" | "MB" => 1_000_000,
        "G" | "GB" => 1_000_000_000,
        _ => return None,
    };
    n.checked_mul(m)
}

fn main() -> ExitCode {
    let args = Args::parse();
    let Some(total) = bytes(&args.size) else {
        eprintln!(
            "mail-doctor-loggen: --size: `{}` (e.g. 200M, 1G)",
            args.size
        );
        return ExitCode::from(2);
    };
    let mix = match args.mix {
        MixArg::Postfix => Mix::Postfix,
        MixArg::Mail => Mix::Mail,
    };
    let mut generator = Generator::new(args.seed, mix, args.accounts);
    let mut out = std::io::stdout().lock();
    let mut written = 0u64;
    let mut buf = String::with_capacity(1 << 21);
    while written < total {
        buf.clear();
        let want = (total - written).min(1 << 20) as usize;
        generator.fill(&mut buf, want);
        if out.write_all(buf.as_bytes()).is_err() {
            // A closed pipe (`| head`): done.
            return ExitCode::SUCCESS;
        }
        written += buf.len() as u64;
    }
    ExitCode::SUCCESS
}
