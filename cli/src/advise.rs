//! `mail-doctor advise --recipients R --messages M --per-minutes T [--repeat-minutes W]
//! [--total N] [--profile P] [--lang ja|en]`: the sending-limit advisor as JSON.

use crate::input::{load_profile, LangArg};
use mail_doctor_core::advisor::{advise, SendPattern};
use mail_doctor_core::Lang;
use std::process::ExitCode;

/// The sending-limit advisor: a sender's pattern against the profile's limits (JSON).
#[derive(clap::Args)]
pub struct Args {
    /// Recipients (To + Cc + Bcc) of one message.
    #[arg(long)]
    recipients: u32,
    /// Messages in one group…
    #[arg(long)]
    messages: u32,
    /// …spread evenly over this many minutes (0: all at once).
    #[arg(long)]
    per_minutes: u32,
    /// The group starts again every this many minutes.
    #[arg(long)]
    repeat_minutes: Option<u32>,
    /// Messages in the whole job.
    #[arg(long)]
    total: Option<u64>,
    /// The profile (profile.toml); without it the built-in demo profile is used.
    #[arg(long, value_name = "PATH")]
    profile: Option<String>,
    /// The language of the text (Japanese by default).
    #[arg(long, value_enum, default_value = "ja")]
    lang: LangArg,
}

pub fn run(args: Args) -> ExitCode {
    let lang = Lang::from(args.lang);
    let pattern = SendPattern {
        recipients_per_message: args.recipients,
        messages: args.messages,
        per_minutes: args.per_minutes,
        repeat_minutes: args.repeat_minutes,
        total: args.total,
    };
    let profile = match load_profile(args.profile.as_deref()) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{}", e.all_lines(lang));
            return ExitCode::from(1);
        }
    };
    let advice = advise(&pattern, &profile.policy);
    let text = advice.explain(lang);
    let mut json = match serde_json::to_value(&advice) {
        Ok(v) => v,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(1);
        }
    };
    if let (Some(obj), Ok(t)) = (json.as_object_mut(), serde_json::to_value(&text)) {
        obj.insert("text".to_string(), t);
    }
    match serde_json::to_string_pretty(&json) {
        Ok(s) => {
            println!("{s}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(1)
        }
    }
}
