//! Deterministic fuzz-style test: arbitrary strings (multibyte, control characters, fragments
//! of real inputs, huge ones) never panic `explain`, `meaning`, `suspects`, `parse_lookup` or
//! `classify_ips`. A fixed-seed generator, so failures reproduce; no timing assertions, but the
//! huge inputs would time out if something were quadratic.

use mail_doctor_core::decode::{decode, explain, meaning, parse_lookup, suspects};
use mail_doctor_core::ipranges::{classify_ips, Ranges};
use mail_doctor_core::Lang;

/// xorshift64*: small, deterministic, good enough to pick pieces.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const PIECES: &[&str] = &[
    "0x800CCC0E",
    "０ｘ８００ＣＣＣ９２",
    "800ccc",
    "0x",
    "554 5.7.1",
    "550-5.7.1",
    "535 ",
    "5.7.",
    "421",
    "Login to server ",
    " with username ",
    " failed",
    "*",
    "サーバーへの接続に",
    "失敗しました",
    "受信",
    "送受信",
    "送信 (SMTP) サーバー",
    "が見つかりません",
    "“",
    "”",
    "Server:",
    "サーバー:",
    "Address:",
    "Addresses:",
    "Aliases:",
    "Name:",
    "名前：",
    "Non-authoritative answer:",
    "権限のない回答:",
    "canonical name =",
    " has address ",
    " is an alias for ",
    "Pinging ",
    "[",
    "]",
    "(",
    ")",
    "に ping を送信しています",
    "PING ",
    ";; ANSWER SECTION:",
    " IN A ",
    " CNAME ",
    "Section : Additional",
    "IP4Address : ",
    "NameHost : ",
    "192.0.2.1",
    "52.96.56.197",
    "2603:1026:c03:6046::5",
    "::ffff:",
    "::",
    ":",
    ".",
    "..",
    "255.255.255.256",
    "1.2024.403.300",
    ":51234",
    "mail.aoi.example.jp",
    "imap.mail.example.jp.",
    "\n",
    "\r\n",
    "\t",
    " ",
    "　",
    "\u{200b}",
    "\u{feff}",
    "\u{0}",
    "😀",
    "é",
    "ｱ",
    "\u{10FFFF}",
    "a",
    "Z",
    "9",
    "-",
    "#",
    "%",
    "=",
    "'",
    "\"",
];

fn random_text(rng: &mut Rng, pieces: usize) -> String {
    let mut s = String::new();
    for _ in 0..pieces {
        if rng.below(4) == 0 {
            // A random scalar value (any plane).
            let c = char::from_u32(rng.next() as u32 % 0x11_0000).unwrap_or('\u{fffd}');
            s.push(c);
        } else {
            s.push_str(PIECES[rng.below(PIECES.len())]);
        }
    }
    s
}

fn exercise(text: &str) {
    let errors = explain(text);
    for e in &errors {
        let _ = meaning(e, Lang::Ja);
        let _ = meaning(e, Lang::En);
    }
    let _ = suspects(&errors, &[]);
    for d in decode(text) {
        // Byte offsets are on char boundaries.
        assert!(text.get(d.start..d.end).is_some());
    }
    for r in parse_lookup(text) {
        assert!(!r.host.is_empty());
        assert!(!r.addresses.is_empty());
    }
    for v in classify_ips(text, Ranges::builtin()) {
        assert_eq!(v.microsoft, v.range.is_some());
    }
}

#[test]
fn arbitrary_text_never_panics() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for round in 0..3000 {
        let len = 1 + rng.below(40 + round % 60);
        let text = random_text(&mut rng, len);
        exercise(&text);
    }
}

#[test]
fn edge_inputs_never_panic() {
    for text in [
        "",
        " ",
        "\n",
        "0",
        "0x",
        "0x800CCC0",
        "800CCC0E",
        "554",
        "554 ",
        "554 5",
        "554 5.",
        "554 5.7.",
        "554 5.7.1",
        "[",
        "[]",
        "[::]",
        "::",
        ":::",
        "1.1.1.1:",
        "1.1.1.1:x",
        "Name:",
        "Addresses:\n ",
        "Aliases:\n a.b",
        "Pinging [",
        "PING (",
        "x canonical name =",
        "に ping を送信しています",
        "Login to server *",
        "*",
        "**",
        "\u{FF5E}\u{FF01}",
        "\u{3000}\u{3000}",
    ] {
        exercise(text);
    }
}

#[test]
fn huge_inputs_never_panic() {
    let mut rng = Rng(42);
    let text = random_text(&mut rng, 40_000);
    exercise(&text);
    // Long runs of one thing: codes, digits, colons, a multibyte char, a name without end.
    for piece in [
        "554 5.7.1 ",
        "0x800CCC0E",
        "1",
        ":",
        ".",
        "あ",
        "Login to server ",
        "Name: a.b\nAddress: 192.0.2.1\n",
    ] {
        exercise(&piece.repeat(200_000 / piece.len()));
    }
}
