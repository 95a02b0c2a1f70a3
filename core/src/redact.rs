//! Credentials in pasted text, hidden before the text goes anywhere else.
//!
//! An agent pastes what the customer's mail app logged or showed; a protocol log carries the
//! password (`AUTH PLAIN <base64 of user and password>`, POP3 `PASS secret`, IMAP
//! `a1 LOGIN user secret`, a settings dump with `password=secret`). The app keeps the pasted text
//! in the address bar and in share links (issue 12): [`redact`] replaces every such secret with
//! [`MARK`] first, and says how many it hid so that the page can show a note.
//!
//! What is recognised, line by line (the exchanges are RFC 4954 SMTP AUTH, RFC 1939 POP3
//! USER/PASS, RFC 9051 IMAP LOGIN/AUTHENTICATE with the SASL mechanisms of RFC 4616 PLAIN,
//! the LOGIN draft, RFC 7628 OAUTHBEARER and Google's XOAUTH2):
//! - a SASL command (`AUTH` or `AUTHENTICATE` and a mechanism): its initial response on the same
//!   line, and the client's continuation lines that follow (a line holding one base64 token,
//!   after any log prefix such as `C:`, `->`, `>>>` or a time); server challenges (`334 …`,
//!   `+ …`) are kept, and any other reply or a line of prose ends the exchange;
//! - `PASS` (POP3): the rest of the line;
//! - `LOGIN user password` (IMAP): everything after the user name;
//! - `password=`, `passwd=`, `pwd=`, `pass=`, `passphrase=` (also with `:`, full-width `：`/`＝`),
//!   and `パスワード：`: the value;
//! - a URL's `user:password@`: the password.
//!
//! The function is pure (text in, text out), keeps every line and line ending, and running it
//! again on its own output changes nothing (fuzzed: `fuzz/fuzz_targets/redact.rs`). It errs on
//! the side of hiding: prose that looks like a command may lose a word.

/// What a hidden secret is replaced with.
pub const MARK: &str = "********";

/// The text with its secrets replaced by [`MARK`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Redacted {
    pub text: String,
    /// How many secrets were hidden (0: `text` is the input unchanged).
    pub count: usize,
}

/// SASL mechanisms, and how many client continuation lines each sends after the command when it
/// has no initial response (LOGIN: the user name, then the password; SCRAM and NTLM: two
/// messages).
const MECHANISMS: &[(&str, u8)] = &[
    ("PLAIN", 1),
    ("LOGIN", 2),
    ("XOAUTH2", 1),
    ("OAUTHBEARER", 1),
    ("CRAM-MD5", 1),
    ("DIGEST-MD5", 2),
    ("SCRAM-SHA-1", 2),
    ("SCRAM-SHA-256", 2),
    ("NTLM", 2),
    ("GSSAPI", 2),
];

/// Keys whose value is a secret (`key=value`, `key: value`), lower case.
const KEYS: &[&str] = &[
    "password",
    "passwd",
    "passphrase",
    "pwd",
    "pass",
    "パスワード",
];

/// Hides the credentials in `text` (see the module's comment).
pub fn redact(text: &str) -> Redacted {
    // Hiding can make a new secret-like shape (a mark where a value was, next to a key or an
    // `@`); passes repeat until nothing more changes, so that the result is a fixed point (the
    // fuzz target checks a second call changes nothing). Each changing pass turns some text that
    // is not the mark into the mark, so this ends quickly; the cap only bounds odd input.
    let mut done = pass(text);
    for _ in 0..8 {
        let next = pass(&done.text);
        if next.count == 0 {
            break;
        }
        done = Redacted {
            text: next.text,
            count: done.count + next.count,
        };
    }
    done
}

/// One pass over the lines.
fn pass(text: &str) -> Redacted {
    let mut out = String::with_capacity(text.len());
    let mut count = 0;
    // Client continuation lines still expected after a SASL command.
    let mut pending = 0u8;
    for raw in text.split_inclusive('\n') {
        let body = raw.trim_end_matches(['\n', '\r']);
        let ending = &raw[body.len()..];
        let mut ranges = Vec::new();
        line(body, &mut pending, &mut ranges);
        count += replace(body, ranges, &mut out);
        out.push_str(ending);
    }
    Redacted { text: out, count }
}

/// The byte ranges of `body` to hide; updates `pending`.
fn line(body: &str, pending: &mut u8, ranges: &mut Vec<(usize, usize)>) {
    let tokens = tokens(body);
    let first = tokens
        .iter()
        .position(|&(s, e)| !is_marker(&body[s..e]))
        .unwrap_or(tokens.len());
    let word = |i: usize| tokens.get(i).map_or("", |&(s, e)| &body[s..e]);
    if *pending > 0 {
        if first == tokens.len()
            || word(first) == "+"
            || tokens
                .iter()
                .any(|&(s, e)| reply_code(&body[s..e]) == Some(334))
        {
            // A blank line, a server challenge: the exchange goes on.
            return;
        }
        if first + 1 == tokens.len()
            && !tokens
                .iter()
                .any(|&(s, e)| reply_code(&body[s..e]).is_some())
            && is_payload(word(first))
        {
            ranges.push(tokens[first]);
            *pending -= 1;
            return;
        }
        *pending = 0;
    }
    let mut i = first;
    while i < tokens.len() {
        let w = word(i);
        let upper = w.to_ascii_uppercase();
        let at_command = i == first || i == first + 1;
        let after_code = i > 0 && reply_code(word(i - 1)).is_some();
        if (upper == "AUTH" || upper == "AUTHENTICATE") && (at_command || w == upper) && !after_code
        {
            if let Some(&(_, lines)) = MECHANISMS
                .iter()
                .find(|(m, _)| word(i + 1).eq_ignore_ascii_case(m))
            {
                let initial = word(i + 2);
                if initial.is_empty() {
                    *pending = lines;
                } else if !MECHANISMS
                    .iter()
                    .any(|(m, _)| initial.eq_ignore_ascii_case(m))
                {
                    // (Several mechanism names in a row are a capability list, not a command.)
                    if initial != "=" {
                        ranges.push(tokens[i + 2]);
                    }
                    *pending = lines - 1;
                }
                return;
            }
        }
        if upper == "PASS" && (at_command || w == "PASS") && !after_code && i + 1 < tokens.len() {
            ranges.push((tokens[i + 1].0, tokens[tokens.len() - 1].1));
            return;
        }
        if upper == "LOGIN" && at_command && i + 2 < tokens.len() {
            // The user name is an atom or a quoted string (which may hold spaces).
            let user_start = tokens[i + 1].0;
            let user_end = if body[user_start..].starts_with('"') {
                quoted_end(body, user_start)
            } else {
                tokens[i + 1].1
            };
            if let Some(&(start, _)) = tokens.iter().find(|&&(s, _)| s >= user_end) {
                ranges.push((start, tokens[tokens.len() - 1].1));
            }
            return;
        }
        i += 1;
    }
    keyed_values(body, ranges);
    url_passwords(body, ranges);
}

/// `key=value` and `key: value` secrets.
fn keyed_values(body: &str, ranges: &mut Vec<(usize, usize)>) {
    let lower = body.to_ascii_lowercase();
    for key in KEYS {
        let mut from = 0;
        while let Some(found) = lower[from..].find(key) {
            let start = from + found;
            from = start + key.len();
            let before = lower[..start].chars().next_back();
            if before.is_some_and(|c| c.is_ascii_alphanumeric()) {
                continue;
            }
            let rest = &body[from..];
            let after_spaces = rest.trim_start_matches([' ', '\t']);
            let Some(sep) = after_spaces.chars().next() else {
                continue;
            };
            if !matches!(sep, '=' | ':' | '：' | '＝') {
                continue;
            }
            let value_part = &after_spaces[sep.len_utf8()..];
            let value_trimmed = value_part.trim_start_matches([' ', '\t', '\u{3000}']);
            let value_start = body.len() - value_trimmed.len();
            let value_end = match value_trimmed.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let close = value_trimmed[1..]
                        .find(q)
                        .map_or(value_trimmed.len(), |p| p + 2);
                    value_start + close
                }
                // Already hidden (a second pass): the mark alone, not what follows it — a
                // quoted value's closing quote may have been followed by more (fuzzed).
                Some(_) if value_trimmed.starts_with(MARK) => value_start + MARK.len(),
                Some(_) => {
                    value_start
                        + value_trimmed
                            .find(|c: char| c.is_whitespace() || matches!(c, '&' | ';' | ','))
                            .unwrap_or(value_trimmed.len())
                }
                None => value_start,
            };
            if value_end > value_start {
                ranges.push((value_start, value_end));
            }
        }
    }
}

/// The password of a URL's `user:password@host`.
fn url_passwords(body: &str, ranges: &mut Vec<(usize, usize)>) {
    let mut from = 0;
    while let Some(found) = body[from..].find("://") {
        let start = from + found + 3;
        from = start;
        let authority_len = body[start..]
            .find(|c: char| c == '/' || c == '?' || c == '#' || c.is_whitespace())
            .unwrap_or(body.len() - start);
        let authority = &body[start..start + authority_len];
        if let Some(at) = authority.rfind('@') {
            if let Some(colon) = authority[..at].find(':') {
                if colon + 1 < at {
                    ranges.push((start + colon + 1, start + at));
                }
            }
        }
    }
}

/// Writes `body` to `out` with `ranges` replaced by [`MARK`]; returns how many secrets were
/// hidden (a range that already is the mark does not count).
fn replace(body: &str, mut ranges: Vec<(usize, usize)>, out: &mut String) -> usize {
    // An insertion sort: a line has a handful of ranges, and a sort of the standard library would
    // cost the browser build a few KB of code for them.
    for i in 1..ranges.len() {
        let mut j = i;
        while j > 0 && ranges[j - 1] > ranges[j] {
            ranges.swap(j - 1, j);
            j -= 1;
        }
    }
    let mut count = 0;
    let mut at = 0;
    let mut iter = ranges.into_iter().peekable();
    while let Some((start, mut end)) = iter.next() {
        // Overlapping or touching ranges are one secret.
        while let Some(&(s, e)) = iter.peek() {
            if s > end {
                break;
            }
            end = end.max(e);
            iter.next();
        }
        let start = start.max(at);
        if start >= end {
            continue;
        }
        out.push_str(&body[at..start]);
        if &body[start..end] != MARK {
            count += 1;
        }
        out.push_str(MARK);
        at = end;
    }
    out.push_str(&body[at..]);
    count
}

/// The byte ranges of the white-space separated words of a line.
fn tokens(body: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in body.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                out.push((s, i));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push((s, body.len()));
    }
    out
}

/// A log line's prefix rather than its content: `C:`, `S:`, `Sending:`, `->`, `<~`, `>>>`, a
/// time or a date, `[…]`.
fn is_marker(word: &str) -> bool {
    word.ends_with(':')
        || (word.starts_with('[') && word.ends_with(']'))
        // (ASCII letters: Unicode's alphabetic table would cost the browser build its size.)
        || !word.bytes().any(|b| b.is_ascii_alphabetic())
            && reply_code(word).is_none()
            && !is_payload(word)
            // A word holding a hidden secret (`パスワード：********`) is content, as it was before
            // its value was hidden: the second pass must find the same command word (fuzzed).
            && !word.contains(MARK)
}

/// A server reply code (`334`, `250-…`), as a number.
fn reply_code(word: &str) -> Option<u16> {
    let digits = word.get(..3)?;
    let rest = &word[3..];
    if !digits.bytes().all(|b| b.is_ascii_digit()) || !(rest.is_empty() || rest.starts_with('-')) {
        return None;
    }
    let code = u16::try_from(crate::limits::number(digits)?).ok()?;
    (200..600).contains(&code).then_some(code)
}

/// One base64 token (a SASL message), or `*` (a cancelled exchange), or the mark itself.
fn is_payload(word: &str) -> bool {
    word == MARK
        || word == "*"
        || word.len() >= 4
            && word
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
            && word.bytes().any(|b| b.is_ascii_alphabetic())
}

/// The end of the quoted string starting at `start` (after its closing quote; the line's end
/// when it is not closed).
fn quoted_end(body: &str, start: usize) -> usize {
    let mut escaped = false;
    for (i, c) in body[start + 1..].char_indices() {
        match c {
            '\\' if !escaped => escaped = true,
            '"' if !escaped => return start + 1 + i + 1,
            _ => escaped = false,
        }
    }
    body.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(text: &str) -> (String, usize) {
        let out = redact(text);
        (out.text, out.count)
    }

    #[test]
    fn smtp_auth_plain_on_one_line_and_continued() {
        assert_eq!(
            r("C: AUTH PLAIN AHRhcm8Ac2VjcmV0\nS: 235 2.7.0 Authentication successful\n"),
            (
                "C: AUTH PLAIN ********\nS: 235 2.7.0 Authentication successful\n".into(),
                1
            )
        );
        assert_eq!(
            r("AUTH PLAIN\r\n334 \r\nAHRhcm8Ac2VjcmV0\r\n535 5.7.8 Error: authentication failed\r\n"),
            ("AUTH PLAIN\r\n334 \r\n********\r\n535 5.7.8 Error: authentication failed\r\n".into(), 1)
        );
    }

    #[test]
    fn smtp_auth_login_hides_both_continuation_lines() {
        let log = " -> AUTH LOGIN\n <- 334 VXNlcm5hbWU6\n -> dGFyb0BleGFtcGxlLmpw\n <- 334 UGFzc3dvcmQ6\n -> c2VjcmV0\n <~ 535 5.7.8 Error\n -> QUIT\n";
        let (text, count) = r(log);
        assert_eq!(
            text,
            " -> AUTH LOGIN\n <- 334 VXNlcm5hbWU6\n -> ********\n <- 334 UGFzc3dvcmQ6\n -> ********\n <~ 535 5.7.8 Error\n -> QUIT\n"
        );
        assert_eq!(count, 2);
        // With the user name as the initial response, one line follows.
        assert_eq!(
            r("C: AUTH LOGIN dGFybw==\nS: 334 UGFzc3dvcmQ6\nC: c2VjcmV0\nS: 235 ok").0,
            "C: AUTH LOGIN ********\nS: 334 UGFzc3dvcmQ6\nC: ********\nS: 235 ok"
        );
    }

    #[test]
    fn pop3_pass_and_imap_login() {
        assert_eq!(
            r("+OK ready\nUSER taro\n+OK\nPASS my secret pw\n-ERR [AUTH] Authentication failed.").0,
            "+OK ready\nUSER taro\n+OK\nPASS ********\n-ERR [AUTH] Authentication failed."
        );
        assert_eq!(r("C: pass hunter2").0, "C: pass ********");
        assert_eq!(
            r("a1 LOGIN taro@kita.aoi.example.jp hunter2\na1 NO [AUTHENTICATIONFAILED] Authentication failed.").0,
            "a1 LOGIN taro@kita.aoi.example.jp ********\na1 NO [AUTHENTICATIONFAILED] Authentication failed."
        );
        assert_eq!(
            r(r#"A001 LOGIN "taro yamada" "pass word""#).0,
            r#"A001 LOGIN "taro yamada" ********"#
        );
        assert_eq!(
            r("a2 AUTHENTICATE PLAIN\n+ \nAHRhcm8Ac2VjcmV0\na2 OK").0,
            "a2 AUTHENTICATE PLAIN\n+ \n********\na2 OK"
        );
    }

    #[test]
    fn keyed_values_and_urls() {
        assert_eq!(
            r("user=taro&password=s3cret&x=1").0,
            "user=taro&password=********&x=1"
        );
        assert_eq!(
            r("Password: hunter2 (typed)").0,
            "Password: ******** (typed)"
        );
        assert_eq!(r("smtp_pass = \"a b c\"").0, "smtp_pass = ********");
        assert_eq!(r("パスワード：abc123").0, "パスワード：********");
        assert_eq!(
            r("imaps://taro:hunter2@imap.example.jp/INBOX").0,
            "imaps://taro:********@imap.example.jp/INBOX"
        );
        // Not keys: a word that ends in one, an empty value.
        assert_eq!(r("bypass=1 compass: north").1, 0);
        assert_eq!(r("password=").1, 0);
    }

    #[test]
    fn capability_lists_errors_and_prose_are_kept() {
        for text in [
            "250-AUTH PLAIN LOGIN\n250 AUTH PLAIN LOGIN XOAUTH2\n",
            "* CAPABILITY IMAP4rev1 AUTH=PLAIN AUTH=LOGIN",
            "S: 250 AUTH LOGIN PLAIN",
            "0x800CCC0E 554 5.7.1 Relay access denied",
            "imap-login: Login: user=<taro@example.jp>, method=PLAIN, rip=192.0.2.1",
            "Server supports AUTH LOGIN PLAIN",
            "The message could not be sent.\n送信できませんでした。",
            "",
        ] {
            assert_eq!(r(text), (text.to_string(), 0), "{text}");
        }
        // A line of prose after a SASL command ends the exchange.
        assert_eq!(
            r("AUTH LOGIN\nthen it said something\ndGFybw==").0,
            "AUTH LOGIN\nthen it said something\ndGFybw=="
        );
    }

    #[test]
    fn redacting_twice_changes_nothing() {
        for text in [
            "AUTH LOGIN\n334 VXNlcm5hbWU6\ndGFybw==\n334 UGFzc3dvcmQ6\nc2VjcmV0\n",
            "PASS x\npassword=y\nhttps://a:b@c/",
            "a1 LOGIN \"u\\\" x\" p",
        ] {
            let once = redact(text);
            let twice = redact(&once.text);
            assert_eq!(twice.text, once.text);
            assert_eq!(twice.count, 0, "{text}");
            assert!(once.count > 0);
        }
    }
}
