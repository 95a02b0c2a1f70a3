//! What a server offers, read from its capability lines: SMTP EHLO keywords (RFC 5321, RFC 3207
//! STARTTLS, RFC 4954 AUTH), IMAP CAPABILITY atoms (RFC 3501 / 9051: STARTTLS, LOGINDISABLED,
//! AUTH=), POP3 CAPA tags (RFC 2449 USER / SASL, RFC 2595 STLS).

use super::MailProtocol;
use serde::{Deserialize, Serialize};

/// Capabilities at one point of a dialogue (before or inside TLS).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Capabilities {
    /// The capability words as the server sent them (SMTP keywords with their parameters, IMAP
    /// atoms, POP3 tags), in order, at most 100.
    pub words: Vec<String>,
    /// STARTTLS (SMTP, IMAP) or STLS (POP3) is offered.
    pub starttls: bool,
    /// SASL mechanisms offered (`PLAIN`, `LOGIN`, `CRAM-MD5`, `XOAUTH2`…), upper case.
    pub sasl: Vec<String>,
    /// The protocol's own plain-text login command is allowed: IMAP `LOGIN` (no
    /// `LOGINDISABLED`), POP3 `USER`/`PASS`. Always false for SMTP (it has none).
    pub login_command: bool,
}

impl Capabilities {
    /// A password can be sent in the clear here: `PLAIN` or `LOGIN` SASL, or the login command.
    pub fn plaintext_login(&self) -> bool {
        self.login_command || self.sasl.iter().any(|m| m == "PLAIN" || m == "LOGIN")
    }

    /// Any way to log in with a password at all (plain-text or a challenge mechanism).
    pub fn any_login(&self) -> bool {
        self.login_command || !self.sasl.is_empty()
    }

    /// The login methods in one list for people: SASL mechanisms, then `LOGIN` (IMAP command) or
    /// `USER` (POP3).
    pub fn login_methods(&self, protocol: MailProtocol) -> Vec<String> {
        let mut list: Vec<String> = self.sasl.iter().map(|m| format!("AUTH {m}")).collect();
        if self.login_command {
            list.push(
                match protocol {
                    MailProtocol::Imap => "LOGIN",
                    MailProtocol::Pop3 => "USER",
                    MailProtocol::Smtp => "",
                }
                .to_string(),
            );
        }
        list.retain(|m| !m.is_empty());
        list
    }

    fn add_word(&mut self, word: &str) {
        if self.words.len() < 100 {
            self.words.push(word.to_string());
        }
    }

    fn add_mechs<'a>(&mut self, mechs: impl Iterator<Item = &'a str>) {
        for m in mechs {
            let m = m.trim().to_ascii_uppercase();
            if !m.is_empty() && !self.sasl.contains(&m) && self.sasl.len() < 50 {
                self.sasl.push(m);
            }
        }
    }

    /// From the text of an EHLO reply's lines after the first (`PIPELINING`, `AUTH PLAIN LOGIN`,
    /// `STARTTLS`…). `AUTH=PLAIN LOGIN` (the pre-RFC 4954 form some servers still send) counts
    /// too.
    pub fn from_ehlo<'a>(lines: impl Iterator<Item = &'a str>) -> Capabilities {
        let mut caps = Capabilities::default();
        for line in lines {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            caps.add_word(line);
            let mut parts = line.split_ascii_whitespace();
            let keyword = parts.next().unwrap_or("").to_ascii_uppercase();
            if keyword == "STARTTLS" {
                caps.starttls = true;
            } else if keyword == "AUTH" {
                caps.add_mechs(parts);
            } else if let Some(first) = keyword.strip_prefix("AUTH=") {
                caps.add_mechs(std::iter::once(first).chain(parts));
            }
        }
        caps
    }

    /// From IMAP capability atoms (the text after `* CAPABILITY` or inside `[CAPABILITY …]`).
    pub fn from_imap(atoms: &str) -> Capabilities {
        let mut caps = Capabilities {
            login_command: true,
            ..Capabilities::default()
        };
        for atom in atoms.split_ascii_whitespace() {
            caps.add_word(atom);
            let upper = atom.to_ascii_uppercase();
            if upper == "STARTTLS" {
                caps.starttls = true;
            } else if upper == "LOGINDISABLED" {
                caps.login_command = false;
            } else if let Some(mech) = upper.strip_prefix("AUTH=") {
                caps.add_mechs(std::iter::once(mech));
            }
        }
        caps
    }

    /// From POP3 CAPA lines (`USER`, `SASL PLAIN LOGIN`, `STLS`, …).
    pub fn from_pop3<'a>(lines: impl Iterator<Item = &'a str>) -> Capabilities {
        let mut caps = Capabilities::default();
        for line in lines {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            caps.add_word(line);
            let mut parts = line.split_ascii_whitespace();
            match parts.next().unwrap_or("").to_ascii_uppercase().as_str() {
                "STLS" => caps.starttls = true,
                "USER" => caps.login_command = true,
                "SASL" => caps.add_mechs(parts),
                _ => {}
            }
        }
        caps
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postfix_ehlo_before_and_inside_tls() {
        let before = Capabilities::from_ehlo(
            [
                "PIPELINING",
                "SIZE 10240000",
                "STARTTLS",
                "ENHANCEDSTATUSCODES",
            ]
            .into_iter(),
        );
        assert!(before.starttls);
        assert!(before.sasl.is_empty());
        assert!(!before.plaintext_login());
        let inside = Capabilities::from_ehlo(["PIPELINING", "AUTH PLAIN LOGIN"].into_iter());
        assert_eq!(inside.sasl, ["PLAIN", "LOGIN"]);
        assert!(inside.plaintext_login());
        assert_eq!(
            inside.login_methods(MailProtocol::Smtp),
            ["AUTH PLAIN", "AUTH LOGIN"]
        );
    }

    #[test]
    fn old_auth_equals_form() {
        let caps = Capabilities::from_ehlo(["AUTH=LOGIN PLAIN", "AUTH LOGIN PLAIN"].into_iter());
        assert_eq!(caps.sasl, ["LOGIN", "PLAIN"]);
    }

    #[test]
    fn dovecot_imap_logindisabled() {
        let caps = Capabilities::from_imap(
            "IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS LOGINDISABLED",
        );
        assert!(caps.starttls);
        assert!(!caps.login_command);
        assert!(!caps.plaintext_login());
        let caps = Capabilities::from_imap("IMAP4rev1 STARTTLS AUTH=PLAIN AUTH=LOGIN");
        assert!(caps.login_command);
        assert_eq!(caps.sasl, ["PLAIN", "LOGIN"]);
        assert_eq!(
            caps.login_methods(MailProtocol::Imap),
            ["AUTH PLAIN", "AUTH LOGIN", "LOGIN"]
        );
    }

    #[test]
    fn dovecot_pop3_capa() {
        let before = Capabilities::from_pop3(
            ["TOP", "UIDL", "RESP-CODES", "PIPELINING", "STLS", "SASL"].into_iter(),
        );
        assert!(before.starttls);
        assert!(!before.any_login());
        let open = Capabilities::from_pop3(["STLS", "USER", "SASL PLAIN LOGIN"].into_iter());
        assert!(open.plaintext_login());
        assert_eq!(
            open.login_methods(MailProtocol::Pop3),
            ["AUTH PLAIN", "AUTH LOGIN", "USER"]
        );
    }
}
