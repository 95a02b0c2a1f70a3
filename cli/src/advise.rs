//! `mail-doctor advise --recipients R --messages M --per-minutes T [--repeat-minutes W]
//! [--total N] [--profile P] [--lang ja|en]`: the sending-limit advisor as JSON.

use crate::cli_args::{load_profile, Args};
use mail_doctor_core::advisor::{advise, SendPattern};

pub const USAGE: &str = "mail-doctor advise --recipients R --messages M --per-minutes T [--repeat-minutes W] [--total N] [--profile FILE] [--lang ja|en]";

pub fn run(args: &[String]) -> std::process::ExitCode {
    std::process::ExitCode::from(run_code(args))
}

fn run_code(args: &[String]) -> u8 {
    let mut a = match Args::parse(
        args,
        &[
            "--recipients",
            "--messages",
            "--per-minutes",
            "--repeat-minutes",
            "--total",
            "--profile",
            "--lang",
        ],
    ) {
        Ok(a) => a,
        Err(e) => return crate::cli_args::usage_error(&e, USAGE),
    };
    let lang = a.lang();
    let mut number = |name: &str, required: bool| -> Result<Option<u64>, String> {
        match a.take(name) {
            Some(v) => v
                .trim()
                .parse::<u64>()
                .map(Some)
                .map_err(|_| format!("{name}: \"{v}\" is not a whole number")),
            None if required => Err(format!("{name} is required")),
            None => Ok(None),
        }
    };
    let parsed = (|| -> Result<SendPattern, String> {
        let small =
            |name: &str, v: u64| u32::try_from(v).map_err(|_| format!("{name}: {v} is too large"));
        let r = number("--recipients", true)?.unwrap_or(0);
        let m = number("--messages", true)?.unwrap_or(0);
        let t = number("--per-minutes", true)?.unwrap_or(0);
        let w = number("--repeat-minutes", false)?;
        let total = number("--total", false)?;
        Ok(SendPattern {
            recipients_per_message: small("--recipients", r)?,
            messages: small("--messages", m)?,
            per_minutes: small("--per-minutes", t)?,
            repeat_minutes: w.map(|w| small("--repeat-minutes", w)).transpose()?,
            total,
        })
    })();
    let pattern = match parsed {
        Ok(p) => p,
        Err(e) => return crate::cli_args::usage_error(&e, USAGE),
    };
    let profile = match load_profile(a.take("--profile").as_deref(), lang) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{e}");
            return 1;
        }
    };
    let advice = advise(&pattern, &profile.policy);
    let text = advice.explain(lang);
    let mut json = match serde_json::to_value(&advice) {
        Ok(v) => v,
        Err(e) => {
            eprintln!("{e}");
            return 1;
        }
    };
    if let (Some(obj), Ok(t)) = (json.as_object_mut(), serde_json::to_value(&text)) {
        obj.insert("text".to_string(), t);
    }
    match serde_json::to_string_pretty(&json) {
        Ok(s) => {
            println!("{s}");
            0
        }
        Err(e) => {
            eprintln!("{e}");
            1
        }
    }
}
