//! Pasted error text → the errors it contains, what each means, and the checks that confirm
//! each possible cause.
//!
//! How text is matched: the paste is folded ([`super::fold`]: full width to ASCII, lower case,
//! line breaks inside a message ignored); then every table entry's patterns are looked for:
//! HRESULTs (`0x800CCC0E`, also without `0x`), SMTP replies (a 3-digit code at a word start,
//! optionally followed by an RFC 3463 enhanced code: `554 5.7.1`, `550-5.7.1`), and message
//! fragments (`*` stands for up to [`GAP`] characters, e.g. a host name). Overlapping hits keep
//! the longest; the result is in order of appearance, one per distinct error.

use super::table::ENTRIES;
use super::{fold, fold_pattern, tidy, Folded};
use crate::codes::{Cause, Code, OtherCause};
use crate::lang::{Lang, Text};
use crate::order::{descending, stable_sort_by_key};
use crate::report::{ErrorMatch, Finding, Side};
use serde::Serialize;
use std::sync::OnceLock;

/// How many characters a `*` in a message pattern may stand for.
pub const GAP: usize = 80;

/// How an entry is spotted in text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pat {
    /// An HRESULT such as `0x800CCC0E` (the `0x` is optional in the text).
    Hex(u32),
    /// An SMTP reply: basic code and, when given, the exact enhanced code. `None` matches the
    /// basic code with any enhanced code no other entry claims (or none).
    Smtp(u16, Option<&'static str>),
    /// A message fragment (folded like the text; `*` is a gap of up to [`GAP`] chars).
    Text(&'static str),
}

/// One recognised error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// Stable id (`0x800ccc0e`, `smtp-554-5.7.1`, `tb-login-failed`…).
    pub id: &'static str,
    pub patterns: &'static [Pat],
    /// The side when the context does not say otherwise.
    pub side: Side,
    /// Possible causes, most likely first.
    pub causes: &'static [Cause],
    pub meaning: Text,
    /// Checks of this entry's own, replacing [`cause_check`] for those causes.
    pub checks: &'static [(Cause, Text)],
    /// Another entry's id: when both are found, this one (the wording of that code) is dropped.
    /// `"*"` marks a wrapper ("Cannot Get Mail", "Sending of the message failed"): dropped when
    /// any other error is found, since the text after it says why.
    pub alias_of: Option<&'static str>,
    /// A connection-level error that both sides can show: the words just before it
    /// ("Receiving", 「送信」…) decide the side.
    pub general: bool,
}

/// Every entry of the table (for tests, docs and the app's "known errors" list).
pub fn entries() -> &'static [Entry] {
    ENTRIES
}

/// An error found in text, with the table entry it matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub error: ErrorMatch,
    pub entry: &'static Entry,
    /// Byte range of the match in the text.
    pub start: usize,
    pub end: usize,
}

/// Every recognised error in `text`, in order of appearance.
pub fn explain(text: &str) -> Vec<ErrorMatch> {
    decode(text).into_iter().map(|d| d.error).collect()
}

struct Hit {
    /// Folded char range.
    from: usize,
    to: usize,
    entry: usize,
}

/// Like [`explain`], keeping the entry and the position of each match.
pub fn decode(text: &str) -> Vec<Decoded> {
    let folded = fold(text);
    let mut hits: Vec<Hit> = Vec::new();
    scan_hex(&folded.chars, &mut hits);
    scan_smtp(text, &folded, &mut hits);
    scan_texts(&folded.chars, &mut hits);
    // Longest first, then earliest; a hit overlapping a kept one is dropped.
    stable_sort_by_key(&mut hits, |h| {
        (descending(h.to - h.from) << 32) | h.from as u64
    });
    let mut taken = vec![false; folded.chars.len()];
    let mut kept: Vec<Hit> = Vec::new();
    for h in hits {
        let span = taken.get(h.from..h.to).unwrap_or(&[]);
        if span.is_empty() || span.iter().any(|&t| t) {
            continue;
        }
        for t in taken.iter_mut().take(h.to).skip(h.from) {
            *t = true;
        }
        kept.push(h);
    }
    stable_sort_by_key(&mut kept, |h| h.from as u64);
    let found_ids: Vec<&str> = kept.iter().map(|h| ENTRIES[h.entry].id).collect();
    let mut out: Vec<Decoded> = Vec::new();
    for h in kept {
        let entry = &ENTRIES[h.entry];
        let dropped = match entry.alias_of {
            Some("*") => found_ids.iter().any(|id| *id != entry.id),
            Some(a) => found_ids.contains(&a),
            None => false,
        };
        if dropped {
            continue;
        }
        let (Some(&start), Some(&end)) = (folded.starts.get(h.from), folded.ends.get(h.to - 1))
        else {
            continue;
        };
        let matched = tidy(text.get(start..end).unwrap_or_default());
        let (side, causes) = side_and_causes(entry, &folded, h.from);
        let error = ErrorMatch {
            matched,
            side,
            causes,
        };
        // One per distinct error: the same code pasted twice is one error.
        let key = |m: &str| m.to_ascii_lowercase().replace('-', " ");
        if out
            .iter()
            .any(|d| d.entry.id == entry.id && key(&d.error.matched) == key(&error.matched))
        {
            continue;
        }
        out.push(Decoded {
            error,
            entry,
            start,
            end,
        });
    }
    out
}

fn is_hex(c: char) -> bool {
    c.is_ascii_hexdigit()
}

/// `0x800ccc0e` / `800ccc0e` at a word boundary, exactly 8 hex digits.
fn scan_hex(t: &[char], hits: &mut Vec<Hit>) {
    let mut i = 0;
    while i + 8 <= t.len() {
        let starts_family = t[i] == '8' && t.get(i + 1) == Some(&'0') && is_hex(t[i + 2]);
        let prev = if i > 0 { Some(t[i - 1]) } else { None };
        if !starts_family || prev.is_some_and(|p| p.is_ascii_alphanumeric() && p != 'x') {
            i += 1;
            continue;
        }
        // An `x` before must be the `0x` prefix.
        let with_prefix = prev == Some('x') && i >= 2 && t[i - 2] == '0';
        if prev == Some('x') && !with_prefix {
            i += 1;
            continue;
        }
        let digits = &t[i..i + 8];
        if !digits.iter().all(|&c| is_hex(c))
            || t.get(i + 8).is_some_and(|&c| c.is_ascii_alphanumeric())
        {
            i += 1;
            continue;
        }
        let value = digits
            .iter()
            .fold(0u32, |acc, &c| (acc << 4) | c.to_digit(16).unwrap_or(0));
        if let Some(e) = ENTRIES
            .iter()
            .position(|e| e.patterns.contains(&Pat::Hex(value)))
        {
            let from = if with_prefix { i - 2 } else { i };
            hits.push(Hit {
                from,
                to: i + 8,
                entry: e,
            });
        }
        i += 8;
    }
}

/// Reads `d.d{1,3}.d{1,3}` at `i`; returns its end.
fn enhanced_at(t: &[char], i: usize) -> Option<usize> {
    let digit = |k: usize| t.get(k).is_some_and(|c| c.is_ascii_digit());
    if !(digit(i) && t.get(i + 1) == Some(&'.')) {
        return None;
    }
    let mut k = i + 2;
    for part in 0..2 {
        let s = k;
        while digit(k) && k - s < 3 {
            k += 1;
        }
        if k == s || digit(k) {
            return None;
        }
        if part == 0 {
            if t.get(k) != Some(&'.') {
                return None;
            }
            k += 1;
        }
    }
    // Not followed by another digit or `.digit` (an IP address, a version).
    if t.get(k) == Some(&'.') && digit(k + 1) {
        return None;
    }
    Some(k)
}

/// SMTP replies: a 3-digit code at a word start, then `-`/space and an enhanced code, or a
/// space and a word (a bare `550 Requested action…`).
fn scan_smtp(text: &str, folded: &Folded, hits: &mut Vec<Hit>) {
    let t = &folded.chars[..];
    // A bare code (no enhanced code) counts only where a reply starts: at a line start or
    // after `:`, a quote or a bracket ("The server responded: 550 …"), not in "sent 421 mails".
    let reply_start = |i: usize| {
        if i == 0 {
            return true;
        }
        let gap = folded.ends.get(i - 1).zip(folded.starts.get(i));
        if gap.is_some_and(|(&a, &b)| text.get(a..b).is_some_and(|g| g.contains('\n'))) {
            return true;
        }
        let mut k = i;
        while k > 0 && t[k - 1] == ' ' {
            k -= 1;
        }
        k == 0
            || matches!(t[k - 1], ':' | '(' | '[' | '<' | '>' | '"' | '\'' | '=')
            || !t[k - 1].is_ascii()
    };
    let digit = |k: usize| t.get(k).is_some_and(|c| c.is_ascii_digit());
    let mut i = 0;
    while i + 3 <= t.len() {
        let boundary = i == 0 || {
            let p = t[i - 1];
            let glued = p.is_ascii_alphanumeric() || matches!(p, '.' | '-' | '/' | '_' | '#' | '+');
            // `10:45:21` — a time, not a reply.
            let after_digit_colon = p == ':' && i >= 2 && t[i - 2].is_ascii_digit();
            !glued && !after_digit_colon
        };
        if !(boundary && digit(i) && digit(i + 1) && digit(i + 2)) || digit(i + 3) {
            i += 1;
            continue;
        }
        let code = t[i..i + 3]
            .iter()
            .fold(0u16, |a, c| a * 10 + c.to_digit(10).unwrap_or(0) as u16);
        let sep = t.get(i + 3).copied();
        let mut found: Option<(usize, usize)> = None; // (entry, end)
        if matches!(sep, Some(' ') | Some('-')) {
            if let Some(end) = enhanced_at(t, i + 4) {
                let enh: String = t[i + 4..end].iter().collect();
                let exact = ENTRIES.iter().position(|e| {
                    e.patterns
                        .iter()
                        .any(|p| matches!(p, Pat::Smtp(c, Some(x)) if *c == code && *x == enh))
                });
                let basic = || {
                    ENTRIES.iter().position(|e| {
                        e.patterns
                            .iter()
                            .any(|p| matches!(p, Pat::Smtp(c, None) if *c == code))
                    })
                };
                found = exact.or_else(basic).map(|e| (e, end));
            } else if sep == Some(' ')
                && t.get(i + 4).is_some_and(|c| c.is_ascii_alphabetic())
                && reply_start(i)
            {
                found = ENTRIES
                    .iter()
                    .position(|e| {
                        e.patterns
                            .iter()
                            .any(|p| matches!(p, Pat::Smtp(c, None) if *c == code))
                    })
                    .map(|e| (e, i + 3));
            }
        }
        match found {
            Some((entry, end)) => {
                hits.push(Hit {
                    from: i,
                    to: end,
                    entry,
                });
                i = end;
            }
            None => i += 3,
        }
    }
}

/// A message pattern split at its `*` gaps, folded.
struct Compiled {
    entry: usize,
    /// The first char of the first part (parts are never empty).
    first: char,
    parts: Vec<Vec<char>>,
}

/// All message patterns, sorted by their first char (stable: table order within one char), so
/// the patterns that can start at a char are one run found by binary search. A sorted list
/// rather than a map keeps another B-tree out of the wasm.
fn compiled() -> &'static [Compiled] {
    static COMPILED: OnceLock<Vec<Compiled>> = OnceLock::new();
    COMPILED.get_or_init(|| {
        let mut all = Vec::new();
        for (entry, e) in ENTRIES.iter().enumerate() {
            for pat in e.patterns {
                let Pat::Text(p) = pat else { continue };
                let folded = fold_pattern(p);
                let parts: Vec<Vec<char>> = folded
                    .split(|&c| c == '*')
                    .map(|p| trim_spaces(p).to_vec())
                    .filter(|p| !p.is_empty())
                    .collect();
                if let Some(&first) = parts.first().and_then(|p| p.first()) {
                    all.push(Compiled {
                        entry,
                        first,
                        parts,
                    });
                }
            }
        }
        stable_sort_by_key(&mut all, |c| u64::from(c.first));
        all
    })
}

/// Every non-overlapping occurrence of every message pattern, in one pass over the text.
fn scan_texts(t: &[char], hits: &mut Vec<Hit>) {
    let all = compiled();
    let mut next_ok = vec![0usize; all.len()];
    for i in 0..t.len() {
        let c = t[i];
        let start = all.partition_point(|p| p.first < c);
        for (k, pat) in all.iter().enumerate().skip(start) {
            if pat.first != c {
                break;
            }
            if i < next_ok[k] {
                continue;
            }
            let first = &pat.parts[0];
            if t.get(i..i + first.len()) != Some(first.as_slice()) {
                continue;
            }
            let mut end = i + first.len();
            let mut ok = true;
            for part in &pat.parts[1..] {
                let limit = (end + GAP + part.len()).min(t.len());
                match find(t, part, end, limit) {
                    Some(p) => end = p + part.len(),
                    None => {
                        ok = false;
                        break;
                    }
                }
            }
            if ok {
                hits.push(Hit {
                    from: i,
                    to: end,
                    entry: pat.entry,
                });
                next_ok[k] = end;
            }
        }
    }
}

fn trim_spaces(p: &[char]) -> &[char] {
    let s = p.iter().position(|&c| c != ' ').unwrap_or(p.len());
    let e = p.iter().rposition(|&c| c != ' ').map_or(s, |e| e + 1);
    p.get(s..e).unwrap_or(&[])
}

/// First occurrence of `needle` starting in `from..` and ending by `limit`.
fn find(t: &[char], needle: &[char], from: usize, limit: usize) -> Option<usize> {
    let n = needle.len();
    if n == 0 || limit > t.len() || from + n > limit {
        return None;
    }
    let first = needle[0];
    (from..=limit - n).find(|&k| t[k] == first && t[k..k + n] == *needle)
}

const INCOMING_WORDS: &[&str] = &["receiving", "incoming", "pop3", "imap", "受信"];
const OUTGOING_WORDS: &[&str] = &["sending", "outgoing", "smtp", "送信"];
const OUTGOING_ONLY: &[Cause] = &[
    Cause::Finding(Code::SmtpPort25),
    Cause::Finding(Code::SmtpAuthOff),
    Cause::Finding(Code::RecipientsOverLimit),
    Cause::Finding(Code::SendRateOverLimit),
];

/// The side of a general error from the words just before it; causes that cannot apply to
/// the incoming side are dropped when the context says "receiving".
fn side_and_causes(entry: &Entry, folded: &Folded, from: usize) -> (Side, Vec<Cause>) {
    let causes = entry.causes.to_vec();
    if !entry.general {
        return (entry.side, causes);
    }
    let window = &folded.chars[from.saturating_sub(80)..from];
    let has = |words: &[&str]| {
        words.iter().any(|w| {
            let w: Vec<char> = w.chars().collect();
            window.windows(w.len()).enumerate().any(|(k, s)| {
                // 「送受信」 (send/receive) names both sides: not evidence for either.
                s == w.as_slice() && !(w[0] == '受' && k > 0 && window[k - 1] == '送')
            })
        })
    };
    match (has(INCOMING_WORDS), has(OUTGOING_WORDS)) {
        (true, false) => {
            let kept: Vec<Cause> = causes
                .iter()
                .copied()
                .filter(|c| !OUTGOING_ONLY.contains(c))
                .collect();
            (Side::Incoming, if kept.is_empty() { causes } else { kept })
        }
        (false, true) => (Side::Outgoing, causes),
        _ => (entry.side, causes),
    }
}

/// What a recognised error means, and how to confirm each of its causes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ErrorMeaning {
    pub meaning: String,
    pub checks: Vec<CauseCheck>,
}

/// The check that confirms (or rules out) one cause.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CauseCheck {
    pub cause: Cause,
    pub check: String,
}

/// The meaning of an error found by [`explain`] and the checks for its causes (in the order
/// of `e.causes`). The entry is found again from `e.matched`; an error the table no longer
/// knows gets a generic meaning and the generic checks.
pub fn meaning(e: &ErrorMatch, lang: Lang) -> ErrorMeaning {
    let entry = decode(&e.matched).into_iter().next().map(|d| d.entry);
    let meaning = match entry {
        Some(entry) => entry.meaning.get(lang).to_string(),
        None => Text::new("認識したエラーです。", "A recognised error.")
            .get(lang)
            .to_string(),
    };
    let checks = e
        .causes
        .iter()
        .map(|&cause| {
            let own = entry.and_then(|en| en.checks.iter().find(|(c, _)| *c == cause));
            let check = own.map_or_else(|| cause_check(cause, lang), |(_, t)| t.get(lang));
            CauseCheck {
                cause,
                check: check.to_string(),
            }
        })
        .collect();
    ErrorMeaning { meaning, checks }
}

/// The generic check that confirms a cause, in the agent's words.
pub fn cause_check(cause: Cause, lang: Lang) -> &'static str {
    cause_text(cause).get(lang)
}

/// [`cause_check`] in both languages (display only: the customers' page loads the English on
/// demand, `lang::english`).
pub(crate) fn cause_text(cause: Cause) -> Text {
    match cause {
        Cause::Other(o) => match o {
            OtherCause::PasswordWrong => Text::table(
                "同じユーザー名とパスワードで Web メールにログインできるか。できればアプリのパスワードを入れ直す。",
                "Can the customer log in to webmail with the same user name and password? If so, retype the password in the app.",
            ),
            OtherCause::AccountLocked => Text::table(
                "運用担当にアカウントのロック（ログイン失敗の繰り返し・不正ログイン検知）がないか確認。",
                "Ask the operators whether the account is locked (repeated failed logins, unauthorised-login detection).",
            ),
            OtherCause::ServerSide => Text::table(
                "障害情報を確認し、時間をおいて再試行。同じ時間帯に同様の問い合わせがないか。",
                "Check the service status and retry later; are other customers calling about the same thing?",
            ),
            OtherCause::Network => Text::table(
                "Web サイトは見られるか。別の回線（スマートフォンのテザリング等）では送受信できるか。",
                "Do web sites open? Does mail work over another connection (e.g. phone tethering)?",
            ),
            OtherCause::Antivirus => Text::table(
                "ウイルス対策ソフトのメール検査・SSL 検査を一時的に止めて再試行。",
                "Turn the antivirus's mail scanning / SSL scanning off for a moment and retry.",
            ),
        },
        Cause::Finding(code) => code_check(code),
    }
}

fn code_check(code: Code) -> Text {
    match code {
        Code::AddressInvalid => Text::table("アカウントのメールアドレス（差出人）が正しい形式か。", "Is the account's own address (From) a valid address?"),
        Code::DomainUnknown => Text::table("メールアドレスのドメインがプロファイルにあるか（綴り）。", "Is the address's domain in the profile (spelling)?"),
        Code::HostRetired => Text::table("サーバー名が廃止済みの旧サーバーでないか。", "Is the server name a retired on-prem host?"),
        Code::HostIpLiteral => Text::table("サーバー名の欄が IP アドレスになっていないか。", "Is the server field an IP address instead of the host name?"),
        Code::HostTypo => Text::table("サーバー名に打ち間違いがないか（一字ずつ読み上げ）。", "Any typo in the server name? (Read it out letter by letter.)"),
        Code::HostWrong => Text::table("サーバー名がプロファイルの現行ホスト名と一字一句同じか。", "Is the server name exactly the profile's current host name?"),
        Code::ProtocolUnavailable => Text::table("選んだ受信方式（POP/IMAP）が提供されているか。", "Is the chosen protocol (POP/IMAP) offered?"),
        Code::PortWrong => Text::table("ポート番号がプロファイルの値か（受信 993/995、送信 465/587）。", "Is the port the profile's (incoming 993/995, outgoing 465/587)?"),
        Code::SecurityMismatch => Text::table("暗号化とポートの組み合わせ：465/993/995 は SSL/TLS、587/143/110 は STARTTLS。", "Encryption fits the port? 465/993/995 need SSL/TLS; 587/143/110 need STARTTLS."),
        Code::SecurityNone => Text::table("暗号化が「なし」になっていないか。", "Is encryption set to none?"),
        Code::SmtpPort25 => Text::table("送信ポートが 25 になっていないか（OP25B で遮断。587 か 465 にする）。", "Is the outgoing port 25? (Blocked by OP25B; use 587 or 465.)"),
        Code::SmtpAuthOff => Text::table("「送信サーバーは認証が必要」（SMTP 認証）がオンか。", "Is \"My outgoing server requires authentication\" (SMTP AUTH) on?"),
        Code::AuthMethod => Text::table("「セキュリティで保護されたパスワード認証（SPA）」や暗号化パスワードがオフで、通常のパスワード認証か。", "Is SPA / encrypted password off, using normal password authentication?"),
        Code::UsernameFormat => Text::table("ユーザー名がプロファイルの形式か（多くはメールアドレス全体）。", "Is the user name in the profile's form (usually the full address)?"),
        Code::UsernameMismatch => Text::table("ユーザー名・差出人が別のアカウントになっていないか。", "Are the user name and From the same account?"),
        // No POP build boundary is sourced (docs/knowledge/outlook-new.md A4): ask what it shows (A2).
        Code::ClientNoPop => Text::table("Outlook (new) で POP が選べるか、接続できないという表示（\"We couldn’t reach the email server\"）が出ていないか。", "Does Outlook (new) offer POP, or does it say \"We couldn’t reach the email server\"?"),
        Code::ClientTlsLegacy => Text::table("アプリと OS のバージョン：TLS 1.2 が使えるか（Windows 7・古いスマートフォン・複合機）。", "App and OS version: can they use TLS 1.2 (Windows 7, old phones, printers)?"),
        Code::ClientEndOfSupport => Text::table("アプリがサポート終了済みでないか。", "Is the app past its end of support?"),
        Code::ClientCloudSync => Text::table("アプリが Outlook (new) か。ログイン元 IP が Microsoft のもの（classify-ips）で、海外ログイン制限に掛かっていないか。", "Is the app Outlook (new)? Are logins from Microsoft IPs (classify-ips) caught by the foreign-login block?"),
        Code::RecipientsOverLimit => Text::table("1 通の宛先数（To/Cc/Bcc 合計）が上限を超えていないか。", "Recipients per message (To+Cc+Bcc) over the limit?"),
        Code::SendRateOverLimit => Text::table("短時間にまとめて送っていないか（n 通 / t 分の上限）。", "Many messages sent in a short time (the n per t minutes limit)?"),
        Code::DnsRetired => Text::table("お客様の PC でサーバー名が旧 IP アドレスに解決されていないか（nslookup）。", "Does the customer's PC resolve the host to a retired IP (nslookup)?"),
        Code::SecurityAuto => Text::table("暗号化が「自動」になっていないか（明示的に指定する）。", "Is encryption set to Auto? (Set it explicitly.)"),
        Code::OsEndOfSupport => Text::table("OS がサポート終了済みでないか。", "Is the OS past its end of support?"),
        Code::ForeignLoginBlocked => Text::table("アプリが Outlook (new) で、エラーが SMTP 554 か。IP がマイクロソフトのクラウドか（貼り付けた文中の IP の判定）と、時刻・アカウントを運用担当へ。", "Is the app Outlook (new) and the error an SMTP 554? Is the IP Microsoft's cloud (the IPs in the pasted text are classified)? Hand the IP, time and account to the operators."),
    }
}

/// Codes whose finding confirms a more general cause named by an error.
fn kin(cause: Cause) -> &'static [Code] {
    match cause {
        Cause::Finding(Code::HostWrong) => &[
            Code::HostRetired,
            Code::HostTypo,
            Code::HostIpLiteral,
            Code::DnsRetired,
            Code::DomainUnknown,
        ],
        Cause::Finding(Code::HostRetired) | Cause::Finding(Code::HostIpLiteral) => {
            &[Code::DnsRetired]
        }
        Cause::Finding(Code::SecurityMismatch) => &[Code::SecurityNone, Code::SecurityAuto],
        Cause::Finding(Code::SecurityNone) => &[Code::SecurityMismatch],
        Cause::Finding(Code::PortWrong) => &[Code::SmtpPort25, Code::SecurityMismatch],
        Cause::Finding(Code::ClientTlsLegacy) => &[Code::ClientEndOfSupport, Code::OsEndOfSupport],
        Cause::Finding(Code::ClientCloudSync) => &[Code::ForeignLoginBlocked],
        Cause::Finding(Code::UsernameFormat) => &[Code::UsernameMismatch],
        _ => &[],
    }
}

/// One ranked list of causes for a case: causes the findings confirm first (a finding of the
/// cause itself, or of a more specific code — `host-retired` confirms an error's `host-wrong`
/// and is listed in its place), then the rest by likelihood: a cause scores 10 minus its
/// position for each error naming it (so earlier positions and more errors rank higher); ties
/// keep the order of first appearance. No duplicates.
pub fn suspects(errors: &[ErrorMatch], findings: &[Finding]) -> Vec<Cause> {
    let mut ranked: Vec<(Cause, u32, usize)> = Vec::new(); // cause, score, first seen
    let mut seen = 0;
    for e in errors {
        for (pos, &cause) in e.causes.iter().enumerate() {
            let score = 10u32.saturating_sub(pos as u32).max(1);
            match ranked.iter_mut().find(|r| r.0 == cause) {
                Some(r) => r.1 += score,
                None => {
                    ranked.push((cause, score, seen));
                    seen += 1;
                }
            }
        }
    }
    stable_sort_by_key(&mut ranked, |r| descending(r.1 as usize));
    let has = |code: Code| findings.iter().any(|f| f.code == code);
    let mut out: Vec<Cause> = Vec::new();
    for &(cause, _, _) in &ranked {
        let confirmed: Vec<Cause> = match cause {
            Cause::Finding(code) if has(code) => vec![cause],
            _ => findings
                .iter()
                .map(|f| f.code)
                .filter(|c| kin(cause).contains(c))
                .map(Cause::Finding)
                .collect(),
        };
        for c in confirmed {
            if !out.contains(&c) {
                out.push(c);
            }
        }
    }
    for &(cause, _, _) in &ranked {
        if !out.contains(&cause) {
            out.push(cause);
        }
    }
    out
}
