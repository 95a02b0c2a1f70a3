//! Small shared helpers of the export, import and advise subcommands: `--key value` options,
//! positional arguments, the profile (`--profile FILE`, else the built-in demo) and `--out`.

use mail_doctor_core::{Lang, Profile};

pub struct Args {
    options: Vec<(String, String)>,
    pub positional: Vec<String>,
}

impl Args {
    /// Splits `args` into the `known` `--key value` (or `--key=value`) options and positionals.
    pub fn parse(args: &[String], known: &[&str]) -> Result<Args, String> {
        let mut options = Vec::new();
        let mut positional = Vec::new();
        let mut it = args.iter();
        while let Some(arg) = it.next() {
            if let Some((k, v)) = arg.split_once('=').filter(|(k, _)| k.starts_with("--")) {
                if !known.contains(&k) {
                    return Err(format!("unknown option {k}"));
                }
                options.push((k.to_string(), v.to_string()));
            } else if arg.starts_with("--") {
                if !known.contains(&arg.as_str()) {
                    return Err(format!("unknown option {arg}"));
                }
                let v = it.next().ok_or_else(|| format!("{arg} needs a value"))?;
                options.push((arg.clone(), v.clone()));
            } else {
                positional.push(arg.clone());
            }
        }
        Ok(Args {
            options,
            positional,
        })
    }

    /// The last value of an option.
    pub fn take(&mut self, key: &str) -> Option<String> {
        self.options
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
    }

    /// `--lang ja|en`, Japanese by default.
    pub fn lang(&mut self) -> Lang {
        self.take("--lang")
            .and_then(|l| Lang::from_tag(&l))
            .unwrap_or_default()
    }
}

pub fn usage_error(message: &str, usage: &str) -> u8 {
    eprintln!("{message}\nusage: {usage}");
    2
}

/// The profile at `path`, or the built-in demo profile; its problems as `PATH:LINE: KEY: message`
/// lines in `lang`.
pub fn load_profile(path: Option<&str>, lang: Lang) -> Result<Profile, String> {
    let Some(path) = path else {
        return Ok(Profile::demo());
    };
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    Profile::parse(&text).map_err(|errors| {
        errors
            .iter()
            .map(|e| format!("{path}:{}: {}: {}", e.line, e.key, e.message_in(lang)))
            .collect::<Vec<_>>()
            .join("\n")
    })
}

/// Writes `body` to `out` (a file) or stdout.
pub fn write_out(out: Option<&str>, body: &str) -> u8 {
    match out {
        Some(path) => match std::fs::write(path, body) {
            Ok(()) => 0,
            Err(e) => {
                eprintln!("{path}: {e}");
                1
            }
        },
        None => {
            print!("{body}");
            0
        }
    }
}
