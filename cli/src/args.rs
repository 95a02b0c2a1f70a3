//! A tiny argument reader: `--name VALUE`, `--name=VALUE`, positionals (`-` is positional).

/// Options and positionals of one subcommand.
#[derive(Debug, Default)]
pub struct Args {
    pub options: Vec<(String, String)>,
    pub positionals: Vec<String>,
}

impl Args {
    /// Reads `args`, accepting only the option names in `known` (each takes a value).
    pub fn parse(args: &[String], known: &[&str]) -> Result<Args, String> {
        let mut out = Args::default();
        let mut rest = args.iter();
        while let Some(arg) = rest.next() {
            if arg == "--" {
                out.positionals.extend(rest.by_ref().cloned());
                break;
            }
            let Some(option) = arg.strip_prefix("--") else {
                out.positionals.push(arg.clone());
                continue;
            };
            let (name, inline) = match option.split_once('=') {
                Some((n, v)) => (n, Some(v.to_string())),
                None => (option, None),
            };
            if !known.contains(&name) {
                return Err(format!("unknown option `--{name}`"));
            }
            let value = match inline {
                Some(v) => v,
                None => rest
                    .next()
                    .cloned()
                    .ok_or_else(|| format!("`--{name}` needs a value"))?,
            };
            out.options.push((name.to_string(), value));
        }
        Ok(out)
    }

    /// The last value given for an option.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.options
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}
