//! Languages of the product and text that exists in each of them.

use serde::{Deserialize, Serialize};

/// The engine's words in English (`lang/en/`).
pub(crate) mod en;
/// The engine's words in Japanese (`lang/ja/`).
pub(crate) mod ja;

/// A language the product speaks. Japanese is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Ja,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Ja, Lang::En];

    /// The BCP 47 tag (`ja`, `en`), for `<html lang>` and the CLI's `--lang`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }

    /// Its place in [`Lang::ALL`] (for values kept per language in that order).
    pub fn index(self) -> usize {
        self as usize
    }

    /// What goes between two sentences: nothing in Japanese, a space in English.
    pub fn sentence_gap(self) -> &'static str {
        match self {
            Lang::Ja => "",
            Lang::En => " ",
        }
    }

    /// The language's name in itself (the language switch shows each language so, whatever
    /// the page's language: a reader finds their own).
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Ja => "日本語",
            Lang::En => "English",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Lang> {
        match tag.trim().to_ascii_lowercase().as_str() {
            "ja" | "jp" | "ja-jp" => Some(Lang::Ja),
            "en" | "en-us" | "en-gb" => Some(Lang::En),
            _ => None,
        }
    }
}

/// The one `match` on the language, for every table of every crate: adding a language adds its
/// arm here (and its tables: the engine's folder `core/src/lang/<tag>/`, the app's file
/// `src/i18n/<tag>.rs`, the CLI's file `cli/src/words/<tag>.rs`). `ROOT => NAME` names the
/// static `NAME` in the language's module under `ROOT` (`ROOT::ja::NAME`, `ROOT::en::NAME`):
/// - `in_lang!(lang, Type, crate::lang => NAMES)`: a word table (a [`crate::word_table!`] or the app's
///   `words!`). Where the crate is built with `english-on-demand` (the customers' page) the
///   English table is not compiled in: it is made once from the Japanese one and `english.toml`
///   (`lang::english::table`).
/// - `in_lang!(lang, crate::lang => WORDS)`: a language's code (a unit struct implementing a
///   trait), as a reference the caller coerces (`&'static dyn Words`).
/// - `in_lang!(lang, crate::lang => SURVEY.method(args))`: a method of it, statically
///   dispatched (a build links only the methods it calls).
/// - `in_lang!(lang, text crate::i18n => PASTE_LIMIT)`: one text, a `&'static str` static per
///   language (the app's privacy notes, one each so that a page links only those it shows); on
///   the customers' page its English is looked up in `english.toml` by the Japanese.
#[macro_export]
macro_rules! in_lang {
    ($lang:expr, text $($root:ident)::+ => $name:ident) => {
        match $lang {
            $crate::Lang::Ja => $($root)::+::ja::$name,
            #[cfg(not(feature = "english-on-demand"))]
            $crate::Lang::En => $($root)::+::en::$name,
            #[cfg(feature = "english-on-demand")]
            $crate::Lang::En => $crate::lang::english::lookup($($root)::+::ja::$name)
                .unwrap_or($($root)::+::ja::$name),
        }
    };
    ($lang:expr, $table:ty, $($root:ident)::+ => $name:ident) => {
        match $lang {
            $crate::Lang::Ja => &$($root)::+::ja::$name,
            #[cfg(not(feature = "english-on-demand"))]
            $crate::Lang::En => &$($root)::+::en::$name,
            #[cfg(feature = "english-on-demand")]
            $crate::Lang::En => {
                static MADE: ::std::sync::OnceLock<$table> = ::std::sync::OnceLock::new();
                $crate::lang::english::table(&$($root)::+::ja::$name, &MADE)
            }
        }
    };
    ($lang:expr, $($root:ident)::+ => $name:ident . $method:ident ( $($arg:expr),* )) => {
        match $lang {
            $crate::Lang::Ja => $($root)::+::ja::$name.$method($($arg),*),
            $crate::Lang::En => $($root)::+::en::$name.$method($($arg),*),
        }
    };
    ($lang:expr, $($root:ident)::+ => $name:ident) => {
        match $lang {
            $crate::Lang::Ja => &$($root)::+::ja::$name,
            $crate::Lang::En => &$($root)::+::en::$name,
        }
    };
}

/// Fills a message's `{name}` placeholders in one pass: every name is looked up once, a value is
/// never read again (a value holding `{x}` stays as it is), and a name without a value stays as
/// written, so that the wording crawl (`e2e/tests/wording.spec.js`) finds it. Every face fills its
/// messages through this one function: `fill("{n} 件", &[("n", "3")])` gives `"3 件"`.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    fill_with(template, |name| {
        args.iter()
            .find(|(key, _)| *key == name)
            .map(|(_, value)| (*value).to_string())
    })
}

/// [`fill`] with values of any displayable type (numbers, text): the report's sentences
/// (`text/sentences.rs`), whose code is written once for every language, fill their templates
/// with it. Not generic, so that it is compiled once.
pub fn fill_values(template: &str, args: &[(&str, &dyn std::fmt::Display)]) -> String {
    fill_with(template, |name| {
        args.iter()
            .find(|(key, _)| *key == name)
            .map(|(_, value)| value.to_string())
    })
}

/// The `{name}` placeholders of a message, sorted, each once: a message's languages must name the
/// same ones (the tables' tests check it), or a value is missing from one of them.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) if is_name(&after[..close]) => {
                names.push(&after[..close]);
                rest = &after[close + 1..];
            }
            _ => rest = after,
        }
    }
    names.sort_unstable();
    names.dedup();
    names
}

/// What a placeholder's name may be: `n`, `open_settings` (not `{ $hostname }` or JSON).
fn is_name(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
}

/// [`fill`] with the values given by a function of the name (for messages whose values are
/// worked out only when asked for, as the guides' labels are).
pub fn fill_with(template: &str, mut value: impl FnMut(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after
            .find('}')
            .and_then(|close| Some((close, value(&after[..close])?)))
        {
            Some((close, filled)) => {
                out.push_str(&filled);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A piece of static text in both languages (catalog data: a client's own labels, names).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    pub ja: &'static str,
    pub en: &'static str,
}

impl Text {
    pub const fn new(ja: &'static str, en: &'static str) -> Text {
        Text { ja, en }
    }

    /// Display-only text of the engine's larger tables (the guides' steps, the error decoder's
    /// meanings and checks). With the feature `english-on-demand` (the customers' page, which
    /// phones load) the English is not compiled in: [`english::install`] gives it when English
    /// is chosen, from `english.toml` (made from these tables by [`english::file`]).
    pub const fn table(ja: &'static str, en: &'static str) -> Text {
        #[cfg(feature = "english-on-demand")]
        {
            let _ = en;
            Text { ja, en: "" }
        }
        #[cfg(not(feature = "english-on-demand"))]
        {
            Text { ja, en }
        }
    }

    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Ja => self.ja,
            // Not yet installed (or the fetch failed): the Japanese rather than nothing.
            #[cfg(feature = "english-on-demand")]
            Lang::En if self.en.is_empty() => english::lookup(self.ja).unwrap_or(self.ja),
            Lang::En => self.en,
        }
    }
}

pub mod english {
    //! The English of the engine's display tables as a file (`static/english.toml`), for the
    //! customers' page built with `english-on-demand`: one TOML table `[english]` whose keys are
    //! the Japanese texts and whose values are their English. `core/tests/english.rs` checks the
    //! committed file is the tables' current English.

    use std::sync::OnceLock;

    /// (Japanese, English), sorted by the Japanese as the file is (it is written sorted).
    static ENGLISH: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();

    /// The English of a word table that the customers' page carries in Japanese only: each
    /// text looked up by its Japanese, made once the file is in. Before that (or when the file
    /// could not be had) the Japanese table, rather than nothing.
    #[cfg(feature = "english-on-demand")]
    pub fn table<T: crate::word_table::MapTexts + Sync + Send>(
        ja: &'static T,
        made: &'static OnceLock<T>,
    ) -> &'static T {
        if !installed() {
            return ja;
        }
        made.get_or_init(|| ja.map_texts(&|text| lookup(text).unwrap_or(text)))
    }

    /// Whether the English has been installed.
    pub fn installed() -> bool {
        ENGLISH.get().is_some()
    }

    /// The English of a table's Japanese text, once installed.
    pub fn lookup(ja: &str) -> Option<&'static str> {
        let all = ENGLISH.get()?;
        all.binary_search_by(|(k, _)| (*k).cmp(ja))
            .ok()
            .map(|i| all[i].1)
    }

    /// Reads `english.toml` and installs it (once: a second call keeps the first). Returns how
    /// many texts it holds, or why it could not be read.
    pub fn install(text: &str) -> Result<usize, String> {
        let root = ::toml::de::DeTable::parse(text)
            .map_err(|_| "english.toml is not valid TOML".to_string())?;
        let root = root.get_ref();
        let table = match root.get("english").map(|v| v.get_ref()) {
            Some(::toml::de::DeValue::Table(t)) => t,
            _ => return Err("no [english] table".to_string()),
        };
        let mut all = Vec::with_capacity(table.len());
        for (key, value) in table.iter() {
            if let ::toml::de::DeValue::String(en) = value.get_ref() {
                let ja: &'static str = Box::leak(key.get_ref().to_string().into_boxed_str());
                let en: &'static str = Box::leak(en.to_string().into_boxed_str());
                all.push((ja, en));
            }
        }
        // Written sorted (`file`); a file out of order is refused rather than half found.
        if all.windows(2).any(|w| w[0].0 >= w[1].0) {
            return Err("english.toml is not sorted".to_string());
        }
        let count = all.len();
        let _ = ENGLISH.set(all);
        Ok(count)
    }

    /// Every (Japanese, English) pair of the display tables, sorted, without repeats.
    #[cfg(not(feature = "english-on-demand"))]
    pub fn pairs() -> Vec<(&'static str, &'static str)> {
        let mut all: Vec<_> = crate::guide::table_texts()
            .into_iter()
            .chain(crate::decode::table_texts())
            .chain(crate::catalog::table_texts())
            .chain(crate::text::name_texts())
            .map(|t| (t.ja, t.en))
            .collect();
        all.sort_unstable();
        all.dedup();
        all
    }

    /// The file's text for `pairs`.
    pub fn file(pairs: &[(&str, &str)]) -> String {
        let mut out = String::from(
            "# The English of the engine's guide steps and error meanings and of the page's own\n\
             # words, for the customers' page (help.html), which loads it when English is chosen.\n\
             # Made from the tables: do not edit;\n\
             # `MAIL_DOCTOR_BLESS=1 cargo test -p mail-setup-doctor --lib english_file` writes it.\n\
             [english]\n",
        );
        for (ja, en) in pairs {
            out.push_str(&quoted(ja));
            out.push_str(" = ");
            out.push_str(&quoted(en));
            out.push('\n');
        }
        out
    }

    /// A TOML basic string.
    fn quoted(s: &str) -> String {
        let mut out = String::from("\"");
        for c in s.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\t' => out.push_str("\\t"),
                c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
                c => out.push(c),
            }
        }
        out.push('"');
        out
    }
}

/// Owned text in both languages (from a profile: `name = { ja = "…", en = "…" }`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Localized {
    pub ja: String,
    pub en: String,
}

impl Localized {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ja if !self.ja.is_empty() => &self.ja,
            Lang::En if !self.en.is_empty() => &self.en,
            // One language missing: show the other rather than nothing.
            _ if self.ja.is_empty() => &self.en,
            _ => &self.ja,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{fill, fill_with, placeholders};

    #[test]
    fn fills_named_values_in_one_pass() {
        assert_eq!(
            fill("{n} 件・{m} 分", &[("n", "3"), ("m", "10")]),
            "3 件・10 分"
        );
        // The same name twice, and a value that looks like a placeholder: not read again.
        assert_eq!(fill("{x}/{x}", &[("x", "{y}"), ("y", "no")]), "{y}/{y}");
    }

    #[test]
    fn keeps_what_it_cannot_fill() {
        assert_eq!(fill("{missing} {n}", &[("n", "1")]), "{missing} 1");
        assert_eq!(fill("open { and } close", &[]), "open { and } close");
        assert_eq!(fill("{", &[]), "{");
        assert_eq!(fill("{n", &[("n", "1")]), "{n");
        assert_eq!(fill("", &[]), "");
    }

    #[test]
    fn each_language_knows_its_place() {
        for (i, lang) in super::Lang::ALL.into_iter().enumerate() {
            assert_eq!(lang.index(), i);
            assert_eq!(super::Lang::from_tag(lang.tag()), Some(lang));
        }
    }

    #[test]
    fn lists_the_names_a_message_takes() {
        assert_eq!(placeholders("{n} 件・{m} 分・{n}"), ["m", "n"]);
        assert_eq!(placeholders("{ $hostname } {x"), Vec::<&str>::new());
        assert_eq!(
            placeholders("「{label}」{open_settings}"),
            ["label", "open_settings"]
        );
    }

    #[test]
    fn asks_once_per_placeholder() {
        let mut asked = Vec::new();
        let out = fill_with("{a}{b}{a}", |name| {
            asked.push(name.to_string());
            Some(name.to_uppercase())
        });
        assert_eq!(out, "ABA");
        assert_eq!(asked, ["a", "b", "a"]);
    }
}
