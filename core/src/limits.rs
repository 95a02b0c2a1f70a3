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
