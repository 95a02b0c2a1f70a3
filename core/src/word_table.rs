//! How message tables are declared: the engine's report names and sentences (`text`), advisor,
//! DNS checks, settings export and deployment checks, and the CLI's (`cli/src/words/`). An area
//! declares its struct with [`word_table!`], one `&'static str` template per message whose doc
//! comment names its `{placeholders}`; each language is one static of it in the language's folder
//! (`core/src/lang/<tag>/`); the area's `words(lang)` picks it with [`in_lang!`], the one match on
//! [`crate::Lang`] for every table; templates are filled in one pass by [`crate::lang::fill`] (numbers as
//! `.to_string()` first). A field missing from a table does not
//! compile, and [`check`] (run by each area's test) finds a placeholder missing from a language.

/// Declares a table struct, one `&'static str` field per message (with the struct's visibility),
/// and (for the tests of the crate that declares it) the list of every field with its name and
/// doc comment, so that no field can be left out of [`check`].
#[macro_export]
macro_rules! word_table {
    ($(#[doc = $sdoc:literal])+ $vis:vis struct $words:ident { $($(#[doc = $doc:literal])+ $name:ident,)+ }) => {
        $(#[doc = $sdoc])+
        #[repr(C)]
        $vis struct $words {
            $($(#[doc = $doc])+ $vis $name: &'static str,)+
        }

        // SAFETY: `#[repr(C)]` and every field a `&'static str`.
        unsafe impl $crate::word_table::MapTexts for $words {}

        #[cfg(test)]
        impl $words {
            /// (field name, its doc comment, its template) for every field.
            #[allow(dead_code)]
            $vis fn all(&self) -> Vec<(&'static str, &'static str, &'static str)> {
                vec![$((stringify!($name), concat!($($doc, "\n"),+), self.$name),)+]
            }
        }
    };
}

/// A field of a word table: a text, or a fixed list of texts.
///
/// # Safety
/// Only for types laid out as consecutive `&'static str`s ([`MapTexts::map_texts`] relies on it).
pub unsafe trait Texts {}
unsafe impl Texts for &'static str {}
unsafe impl<const N: usize> Texts for [&'static str; N] {}

/// A word table as its texts, one after the other: [`word_table!`] (and the app's `words!`,
/// which checks the layout at compile time) implement it.
///
/// # Safety
/// Only for `#[repr(C)]` structs whose fields are all [`Texts`], so that the struct is its
/// texts one after the other.
pub unsafe trait MapTexts: Sized {
    /// The same table with each text passed through `f`. The customers' page (feature
    /// `english-on-demand`) makes its English tables so, from the Japanese ones and
    /// `english.toml` ([`crate::lang::english::table`]). One loop over the texts rather than code
    /// per field: a field-by-field copy cost more bytes than the English it leaves out
    /// (docs/size.md).
    fn map_texts(&self, f: &dyn Fn(&'static str) -> &'static str) -> Self {
        const TEXT: usize = std::mem::size_of::<&'static str>();
        let count = std::mem::size_of::<Self>() / TEXT;
        // SAFETY: `Self` is `count` consecutive `&'static str`s (the trait's contract), which are
        // `Copy`: writing a `&'static str` for each of them makes a valid value of `Self`.
        unsafe {
            let mut out = std::mem::MaybeUninit::<Self>::uninit();
            let from = (self as *const Self).cast::<&'static str>();
            let to = out.as_mut_ptr().cast::<&'static str>();
            for i in 0..count {
                to.add(i).write(f(*from.add(i)));
            }
            out.assume_init()
        }
    }

    /// Every text of the table, in field order.
    fn texts(&self) -> Vec<&'static str> {
        let all = std::cell::RefCell::new(Vec::new());
        self.map_texts(&|text| {
            all.borrow_mut().push(text);
            text
        });
        all.into_inner()
    }
}

/// The one `match` on the language, for every table of every crate: defined beside [`crate::Lang`]
/// ([`crate::in_lang!`]).
pub use crate::in_lang;

/// Kana, kanji and full-width forms: what a table other than the Japanese must not hold (the
/// app's tables' test uses it too).
pub fn is_japanese(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}' | '\u{ff01}'..='\u{ff60}')
}

/// Checks an area's tables (`all(lang)` is its table's `all()`): every language has every message
/// with the same placeholders as the Japanese, none is empty, a language other than Japanese has
/// no Japanese, every placeholder is named in its field's doc comment, and a filled message keeps
/// no brace (`{Name}` or `{ x }` is no placeholder and would be left in the output).
pub fn check(all: impl Fn(crate::Lang) -> Vec<(&'static str, &'static str, &'static str)>) {
    use crate::lang::{fill, placeholders};
    use crate::Lang;

    let reference = all(Lang::Ja);
    assert!(!reference.is_empty());
    for lang in Lang::ALL {
        let table = all(lang);
        assert_eq!(table.len(), reference.len());
        for ((name, doc, text), (_, _, ja)) in table.iter().zip(&reference) {
            assert!(!text.trim().is_empty(), "{lang:?} {name} is empty");
            assert_eq!(
                placeholders(text),
                placeholders(ja),
                "{lang:?} {name}: {text:?} and the Japanese {ja:?} name different placeholders"
            );
            if lang != Lang::Ja {
                assert!(
                    !text.chars().any(is_japanese),
                    "{lang:?} {name} has Japanese: {text}"
                );
            }
            for p in placeholders(text) {
                assert!(
                    doc.contains(&format!("`{{{p}}}`")),
                    "{lang:?} {name}: its doc comment does not name `{{{p}}}`"
                );
            }
            let args: Vec<(&str, &str)> =
                placeholders(text).into_iter().map(|n| (n, "1")).collect();
            let filled = fill(text, &args);
            assert!(!filled.contains('{'), "{lang:?} {name}: {filled:?}");
        }
    }
}
