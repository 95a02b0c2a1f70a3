//! Size limits of what the pages take in (issue 12), and how to tell a web page from a file.
//!
//! Each limit comes with a clear message in the app (never a page killed by running out of
//! memory): pasted text is cut at its box's limit and the page says so; an imported file, a
//! profile or a link over its limit is refused with its size and the limit.

/// Characters a pasted-text box keeps (error messages, logs, `nslookup` output, XML). A long
/// protocol log is a few thousand; 100,000 keeps the page responsive on a phone.
pub const MAX_PASTE_CHARS: usize = 100_000;

/// Bytes of one settings file the import reads (Thunderbird autoconfig XML files are a few KB).
pub const MAX_IMPORT_FILE_BYTES: u64 = 1024 * 1024;

/// Bytes of a profile the pages load (the synthetic 10,000-domain profile of the performance
/// tests is about 0.4 MB).
pub const MAX_PROFILE_BYTES: usize = 4 * 1024 * 1024;

/// Characters of a share link the tools produce without a warning. Chromium itself opens links
/// of up to 2 MiB (measured: docs/deployment.md), but links are sent through mail and chat
/// programs that cut or refuse long ones; 8,000 is the length RFC 9110 §4.1 recommends that
/// every recipient supports.
pub const SAFE_LINK_CHARS: usize = 8_000;

/// A decimal number of ASCII digits (a size, a status, milliseconds), `None` for anything else
/// or an overflow. (`str::parse::<u64>` would bring its own code into the browser build.)
pub fn number(text: &str) -> Option<u64> {
    if text.is_empty() {
        return None;
    }
    text.bytes().try_fold(0u64, |n, b| {
        b.is_ascii_digit()
            .then(|| n.checked_mul(10)?.checked_add(u64::from(b - b'0')))
            .flatten()
    })
}

/// Whether `text` is an HTML page rather than a file's contents: what a static host's
/// catch-all (or a login portal) answers with status 200 for a file that is missing.
pub fn looks_like_html(text: &str) -> bool {
    let start = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    let head: String = start
        .chars()
        .take(15)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.starts_with("<head")
        || head.starts_with("<!--") && start.to_ascii_lowercase().contains("<html")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(number("1796601600000"), Some(1_796_601_600_000));
        assert_eq!(number("0"), Some(0));
        for bad in ["", "-1", "1.5", " 1", "18446744073709551616", "１"] {
            assert_eq!(number(bad), None, "{bad}");
        }
        assert_eq!(number("18446744073709551615"), Some(u64::MAX));
    }

    #[test]
    fn html_pages_are_told_from_toml() {
        for page in [
            "<!DOCTYPE html><html>",
            "\n  <html lang=\"ja\">",
            "\u{feff}<!doctype HTML>",
            "<!-- x --><html>",
        ] {
            assert!(looks_like_html(page), "{page}");
        }
        for toml in [
            "[isp]\nname = \"<html>\"",
            "# <!doctype html>",
            "",
            "<!-- not a page -->",
        ] {
            assert!(!looks_like_html(toml), "{toml}");
        }
    }
}
