//! Words of the limits and privacy notes (issue 12): pasted text cut at its limit, passwords
//! hidden before a link, long links, values that came with a link, files too large to read.
//! One struct per language: a field missing from a table is a compile error. `{x}` marks a value
//! filled in with `tools::fill`.

use mail_doctor_core::Lang;

pub struct SafetyWords {
    /// `{max}`
    pub paste_limit: &'static str,
    /// `{n}`
    pub redacted: &'static str,
    pub case_from_link: &'static str,
    /// `{n}`, `{safe}`
    pub link_long: &'static str,
    /// `{n}`, `{max}`
    pub link_too_long: &'static str,
    pub address_from_link: &'static str,
    pub address_refused: &'static str,
    /// `{name}`, `{size}`, `{max}`
    pub file_too_large: &'static str,
}

pub fn safety_words(lang: Lang) -> &'static SafetyWords {
    match lang {
        Lang::Ja => &JA,
        Lang::En => &EN,
    }
}

static JA: SafetyWords = SafetyWords {
    paste_limit: "入力できるのは {max} 文字までです。それより後は入っていません。必要な行だけを貼り付けてください。",
    redacted: "パスワードらしき部分（{n} か所）は、アドレスバーと共有リンクでは「********」に置き換えています。",
    case_from_link: "この事例はリンクから開いたもので、値はリンクを作った人が入力しました。お客さまと確かめてください。",
    link_long: "このリンクは {n} 文字あります。{safe} 文字を超えるリンクは、メールやチャットで途中で切れることがあります。貼り付けたエラー文を短くしてください。",
    link_too_long: "このリンクは {n} 文字あり、長すぎて開けません（上限 {max} 文字）。貼り付けたエラー文を短くしてください。",
    address_from_link: "このアドレスはリンクで入力されたものです。ご自分のアドレスか確かめてください。",
    address_refused: "リンクのアドレスに見えない文字（制御文字や書式文字）が含まれていたため、使っていません。アドレスを入力してください。",
    file_too_large: "{name} は大きすぎるため読み込みませんでした（{size} バイト、上限 {max} バイト）。",
};

static EN: SafetyWords = SafetyWords {
    paste_limit: "At most {max} characters: anything after that was not pasted. Paste only the lines you need.",
    redacted: "What looks like a password ({n} place(s)) is replaced by \"********\" in the address bar and in share links.",
    case_from_link: "This case was opened from a link: its values were typed by whoever made the link. Check them with the customer.",
    link_long: "This link is {n} characters long. Links over {safe} characters may be cut off by mail and chat programs: shorten the pasted error text.",
    link_too_long: "This link is {n} characters long, too long to open (at most {max}): shorten the pasted error text.",
    address_from_link: "This address came with the link: check that it is yours.",
    address_refused: "The link's address held invisible characters (control or format characters), so it is not used. Please type your address.",
    file_too_large: "{name} was not read: it is too large ({size} bytes; at most {max}).",
};
