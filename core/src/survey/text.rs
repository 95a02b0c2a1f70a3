//! The surveys' words in Japanese and English: headings, flags, titles, definitions and the
//! summary lines. Each language implements [`Words`] in its folder (`core/src/lang/<tag>/survey.rs`),
//! a trait without default methods, so a heading or sentence missing in one language fails to
//! compile.

use super::table::Col;
use super::{ports, sending, Kind, Settings, Summary};
use crate::lang::Lang;

/// The parameters a definition names.
pub struct Params<'a> {
    pub floor: &'static str,
    pub window_minutes: u32,
    pub burst_min: u32,
    pub burst_gap_seconds: u32,
    pub max_recipients: Option<u32>,
    /// (messages, per minutes)
    pub send_rate: Option<(u32, u32)>,
    pub isp_networks: usize,
    pub retired: &'a [String],
    pub old_server: bool,
    pub all_clients: bool,
    pub offset: String,
}

pub(crate) trait Words {
    fn heading(&self, col: Col) -> &'static str;
    fn ports_flag(&self, flag: ports::Flag) -> &'static str;
    fn sending_flag(&self, flag: sending::Flag) -> &'static str;
    fn yes(&self) -> &'static str;
    /// The survey's name, as a heading.
    fn title(&self, kind: Kind) -> &'static str;
    /// What the survey counts, with its parameters.
    fn definition(&self, kind: Kind, p: &Params) -> String;
    /// Who a row is: accounts, and which devices are listed by address.
    fn subjects(&self, p: &Params) -> String;
    /// The summary lines (counts read, what was not listed, what to fix in the logs).
    fn summary(&self, s: &Summary) -> Vec<String>;
    /// No row.
    fn no_rows(&self, kind: Kind) -> &'static str;
}

/// Calls a [`Words`] method of `lang`'s table. Static dispatch (not `&dyn Words`): a build links
/// only the methods it uses (the page's first load needs the titles and definitions, not the
/// headings and summaries, which the worker makes).
macro_rules! words {
    ($lang:expr, $method:ident ( $($arg:expr),* )) => {
        crate::word_table::in_lang!($lang, crate::lang => SURVEY.$method($($arg),*))
    };
}

pub fn heading(lang: Lang, col: Col) -> &'static str {
    words!(lang, heading(col))
}

pub fn ports_flag(flag: ports::Flag, lang: Option<Lang>) -> &'static str {
    lang.map_or(flag.as_str(), |l| words!(l, ports_flag(flag)))
}

pub fn sending_flag(flag: sending::Flag, lang: Option<Lang>) -> &'static str {
    lang.map_or(flag.as_str(), |l| words!(l, sending_flag(flag)))
}

pub(crate) fn yes(b: bool, lang: Option<Lang>) -> String {
    match (b, lang) {
        (false, _) => String::new(),
        (true, None) => "yes".into(),
        (true, Some(l)) => words!(l, yes()).into(),
    }
}

pub fn title(lang: Lang, kind: Kind) -> &'static str {
    words!(lang, title(kind))
}

pub fn no_rows(lang: Lang, kind: Kind) -> &'static str {
    words!(lang, no_rows(kind))
}

fn params(s: &Settings) -> Params<'_> {
    Params {
        floor: s.floor.as_str(),
        window_minutes: s.window_minutes,
        burst_min: s.burst_min,
        burst_gap_seconds: s.burst_gap_seconds,
        max_recipients: s.max_recipients,
        send_rate: s.send_rate.map(|r| (r.messages, r.per_minutes)),
        isp_networks: s.isp_networks.len(),
        retired: &[],
        old_server: s.old_server,
        all_clients: s.all_clients,
        offset: super::time::format_offset(s.offset),
    }
}

/// The definition of `kind` with the settings' values, followed by who the rows are.
pub fn definition(lang: Lang, kind: Kind, s: &Settings) -> String {
    let retired: Vec<String> = s
        .retired_hosts
        .iter()
        .cloned()
        .chain(s.retired_ips.iter().map(|i| i.to_string()))
        .collect();
    let mut p = params(s);
    p.retired = &retired;
    let mut text = words!(lang, definition(kind, &p));
    if kind != Kind::Origins {
        text.push_str(lang.sentence_gap());
        text.push_str(&words!(lang, subjects(&p)));
    }
    text
}

/// The summary lines in `lang`.
pub fn summary(lang: Lang, s: &Summary) -> Vec<String> {
    words!(lang, summary(s))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::Profile;

    #[test]
    fn every_heading_and_definition_exists_in_both_languages() {
        let settings = Settings::new(&Profile::demo());
        for kind in Kind::ALL {
            for lang in Lang::ALL {
                assert!(!title(lang, kind).is_empty());
                assert!(
                    definition(lang, kind, &settings).len() > 80,
                    "{kind:?} {lang:?}"
                );
            }
            assert_ne!(
                definition(Lang::Ja, kind, &settings),
                definition(Lang::En, kind, &settings)
            );
        }
    }
}
