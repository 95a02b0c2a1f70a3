//! The dialogue of one probe as a state machine: the face feeds it the bytes it reads and asks
//! it what to do next ([`Next`]): send these bytes, read more, start TLS now, or stop. It never
//! logs in: the commands are EHLO / CAPABILITY / CAPA, STARTTLS / STLS, and QUIT / LOGOUT.
//!
//! ```text
//! implicit TLS:  [TLS] greeting  caps            quit
//! STARTTLS:            greeting  caps  STARTTLS  [TLS]  caps  quit
//! plain:               greeting  caps                         quit
//! ```

use super::caps::Capabilities;
use super::lines::LineReader;
use super::{printable, ErrorKind, MailProtocol, ProbeError, Step};
use crate::case::Security;

/// What the face must do next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Next {
    /// Write these bytes.
    Send(Vec<u8>),
    /// Read from the connection and call [`Dialogue::receive`] (or [`Dialogue::closed`] at EOF).
    Read,
    /// Run the TLS handshake now, then call [`Dialogue::tls_established`] (or
    /// [`Dialogue::tls_failed`]). Bytes received before it are dropped (never read as TLS).
    StartTls,
    /// The dialogue is over: close the connection.
    Done,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Handshake,
    Greeting,
    Caps,
    Starttls,
    Done,
}

/// Lines kept of one response at most (an EHLO or CAPA reply has a few dozen).
const MAX_RESPONSE_LINES: usize = 500;

/// One probe's dialogue.
#[derive(Debug, Clone)]
pub struct Dialogue {
    protocol: MailProtocol,
    want_starttls: bool,
    greeting_only: bool,
    client_name: String,
    state: State,
    tls: bool,
    lines: LineReader,
    out: Option<Vec<u8>>,
    /// Lines of the response being read (SMTP texts, IMAP untagged capability atoms, POP3 lines).
    response: Vec<String>,
    /// POP3: inside a multi-line CAPA answer.
    multiline: bool,
    tag: u32,
    greeting: Option<String>,
    before_tls: Option<Capabilities>,
    after_tls: Option<Capabilities>,
    error: Option<ProbeError>,
}

impl Dialogue {
    /// A dialogue for `protocol` on an endpoint of `security`. `client_name` is the EHLO name
    /// (a host name or an address literal such as `[192.0.2.1]`). With `greeting_only`, the
    /// dialogue ends after the greeting (a retired host: does it still answer?).
    pub fn new(
        protocol: MailProtocol,
        security: Security,
        client_name: &str,
        greeting_only: bool,
    ) -> Dialogue {
        let name: String = client_name
            .chars()
            .filter(|c| c.is_ascii_graphic())
            .take(255)
            .collect();
        Dialogue {
            protocol,
            want_starttls: security == Security::Starttls,
            greeting_only,
            client_name: if name.is_empty() {
                "mail-doctor.invalid".to_string()
            } else {
                name
            },
            state: if security == Security::Ssl {
                State::Handshake
            } else {
                State::Greeting
            },
            tls: false,
            lines: LineReader::default(),
            out: None,
            response: Vec::new(),
            multiline: false,
            tag: 0,
            greeting: None,
            before_tls: None,
            after_tls: None,
            error: None,
        }
    }

    pub fn protocol(&self) -> MailProtocol {
        self.protocol
    }

    /// The next thing to do. Buffered lines are read first, so a reply that arrived together
    /// with an earlier one is never lost.
    pub fn next_action(&mut self) -> Next {
        if self.out.is_none()
            && matches!(self.state, State::Greeting | State::Caps | State::Starttls)
        {
            self.drain();
        }
        if let Some(bytes) = self.out.take() {
            return Next::Send(bytes);
        }
        match self.state {
            State::Handshake => Next::StartTls,
            State::Done => Next::Done,
            _ => Next::Read,
        }
    }

    /// Bytes read from the connection (plain or decrypted).
    pub fn receive(&mut self, bytes: &[u8]) {
        if self.state != State::Done {
            self.lines.push(bytes);
        }
    }

    /// The server closed the connection (EOF).
    pub fn closed(&mut self) {
        if self.state != State::Done {
            let detail = printable(self.lines.pending(), 120);
            self.fail(ErrorKind::Closed, detail);
        }
    }

    /// The TLS handshake asked for by [`Next::StartTls`] completed.
    pub fn tls_established(&mut self) {
        if self.state != State::Handshake {
            return;
        }
        self.tls = true;
        self.lines.clear();
        if self.greeting.is_none() {
            self.state = State::Greeting;
        } else {
            self.send_capabilities();
        }
    }

    /// The TLS handshake failed (the TLS library's words in `detail`).
    pub fn tls_failed(&mut self, detail: &str) {
        self.fail(ErrorKind::TlsFailed, printable(detail.as_bytes(), 300));
    }

    /// The face's timer for the current step ran out.
    pub fn timed_out(&mut self) {
        self.fail(ErrorKind::Timeout, String::new());
    }

    /// Where the dialogue is (for an error or a timeout).
    pub fn step(&self) -> Step {
        match self.state {
            State::Handshake => Step::Tls,
            State::Greeting => Step::Greeting,
            State::Caps if self.tls => Step::CapabilitiesTls,
            State::Caps => Step::Capabilities,
            State::Starttls => Step::Starttls,
            State::Done => Step::Quit,
        }
    }

    pub fn is_done(&self) -> bool {
        self.state == State::Done
    }

    /// TLS is on (implicit, or after STARTTLS).
    pub fn tls_active(&self) -> bool {
        self.tls
    }

    /// The greeting's first line, printable.
    pub fn greeting(&self) -> Option<&str> {
        self.greeting.as_deref()
    }

    pub fn before_tls(&self) -> Option<&Capabilities> {
        self.before_tls.as_ref()
    }

    pub fn after_tls(&self) -> Option<&Capabilities> {
        self.after_tls.as_ref()
    }

    pub fn error(&self) -> Option<&ProbeError> {
        self.error.as_ref()
    }

    /// Everything learnt: greeting, capabilities before and inside TLS, the error if any.
    pub fn into_parts(
        self,
    ) -> (
        Option<String>,
        Option<Capabilities>,
        Option<Capabilities>,
        Option<ProbeError>,
    ) {
        (self.greeting, self.before_tls, self.after_tls, self.error)
    }

    // ---- internals ------------------------------------------------------------------------

    fn fail(&mut self, kind: ErrorKind, detail: String) {
        if self.error.is_none() {
            self.error = Some(ProbeError {
                step: self.step(),
                kind,
                detail,
            });
        }
        self.state = State::Done;
        self.out = None;
    }

    /// Sends the protocol's goodbye and ends the dialogue (its answer is not awaited).
    fn finish(&mut self) {
        let bye = match self.protocol {
            MailProtocol::Smtp | MailProtocol::Pop3 => b"QUIT\r\n".to_vec(),
            MailProtocol::Imap => self.tagged("LOGOUT"),
        };
        self.out = Some(bye);
        self.state = State::Done;
    }

    /// Fails with `kind`, still saying goodbye to a server that answered.
    fn fail_and_finish(&mut self, kind: ErrorKind, detail: String) {
        self.fail(kind, detail);
        self.finish();
    }

    fn tagged(&mut self, command: &str) -> Vec<u8> {
        self.tag += 1;
        format!("a{} {command}\r\n", self.tag).into_bytes()
    }

    fn current_tag(&self) -> String {
        format!("a{}", self.tag)
    }

    fn send_capabilities(&mut self) {
        self.response.clear();
        self.multiline = false;
        self.out = Some(match self.protocol {
            MailProtocol::Smtp => format!("EHLO {}\r\n", self.client_name).into_bytes(),
            MailProtocol::Imap => self.tagged("CAPABILITY"),
            MailProtocol::Pop3 => b"CAPA\r\n".to_vec(),
        });
        self.state = State::Caps;
    }

    fn send_starttls(&mut self) {
        self.response.clear();
        self.out = Some(match self.protocol {
            MailProtocol::Smtp => b"STARTTLS\r\n".to_vec(),
            MailProtocol::Imap => self.tagged("STARTTLS"),
            MailProtocol::Pop3 => b"STLS\r\n".to_vec(),
        });
        self.state = State::Starttls;
    }

    /// After the greeting: capabilities, or goodbye for a greeting-only probe.
    fn greeted(&mut self, line: &[u8]) {
        self.greeting = Some(printable(line, 200));
        if self.greeting_only {
            self.finish();
        } else {
            self.send_capabilities();
        }
    }

    /// After a capability answer: STARTTLS when wanted and not yet on, else goodbye.
    fn capabilities_read(&mut self, caps: Capabilities) {
        let offered = caps.starttls;
        if self.tls {
            self.after_tls = Some(caps);
        } else {
            self.before_tls = Some(caps);
        }
        if self.want_starttls && !self.tls {
            // POP3 servers without CAPA may still know STLS: try it.
            if offered || (self.protocol == MailProtocol::Pop3 && self.response_unsupported()) {
                self.send_starttls();
            } else {
                self.fail_and_finish(ErrorKind::StarttlsUnavailable, "not offered".to_string());
            }
        } else {
            self.finish();
        }
    }

    fn response_unsupported(&self) -> bool {
        self.response.first().is_some_and(|l| l == "-ERR")
    }

    fn drain(&mut self) {
        while self.out.is_none()
            && matches!(self.state, State::Greeting | State::Caps | State::Starttls)
        {
            match self.lines.next_line() {
                Ok(Some(line)) => {
                    if self.response.len() > MAX_RESPONSE_LINES {
                        self.fail_and_finish(
                            ErrorKind::UnexpectedReply,
                            "too many lines in one reply".to_string(),
                        );
                        return;
                    }
                    match self.protocol {
                        MailProtocol::Smtp => self.smtp_line(&line),
                        MailProtocol::Imap => self.imap_line(&line),
                        MailProtocol::Pop3 => self.pop3_line(&line),
                    }
                }
                Ok(None) => return,
                Err(too_long) => {
                    let kind = if self.greeting.is_none() {
                        ErrorKind::Garbage
                    } else {
                        ErrorKind::UnexpectedReply
                    };
                    self.fail(kind, printable(&too_long.0, 120));
                    return;
                }
            }
        }
    }

    /// A line that does not fit: garbage as a greeting, else an unexpected reply.
    fn unexpected(&mut self, line: &[u8]) {
        if self.state == State::Greeting && self.response.is_empty() {
            self.fail(ErrorKind::Garbage, printable(line, 120));
        } else {
            self.fail_and_finish(ErrorKind::UnexpectedReply, printable(line, 200));
        }
    }

    // ---- SMTP (RFC 5321 replies: "250-text" continues, "250 text" ends) ---------------------

    fn smtp_line(&mut self, line: &[u8]) {
        let code = match line.get(..3) {
            Some(d) if d.iter().all(u8::is_ascii_digit) => {
                u16::from(d[0] - b'0') * 100 + u16::from(d[1] - b'0') * 10 + u16::from(d[2] - b'0')
            }
            _ => return self.unexpected(line),
        };
        let last = match line.get(3) {
            None | Some(b' ') => true,
            Some(b'-') => false,
            Some(_) => return self.unexpected(line),
        };
        let text = String::from_utf8_lossy(line.get(4..).unwrap_or(&[])).into_owned();
        self.response.push(text);
        if !last {
            return;
        }
        match self.state {
            State::Greeting => match code {
                220 if self.response.len() > 1 => {
                    let first = format!("{code} {}", self.response[0]);
                    self.greeted(first.as_bytes());
                }
                220 => self.greeted(line),
                400..=599 => {
                    self.greeting = Some(printable(line, 200));
                    self.fail_and_finish(ErrorKind::Rejected, printable(line, 200));
                }
                _ => self.unexpected(line),
            },
            State::Caps => {
                if code == 250 {
                    let caps =
                        Capabilities::from_ehlo(self.response.iter().skip(1).map(String::as_str));
                    self.capabilities_read(caps);
                } else {
                    self.fail_and_finish(ErrorKind::UnexpectedReply, printable(line, 200));
                }
            }
            State::Starttls => {
                if code == 220 {
                    self.state = State::Handshake;
                } else {
                    self.fail_and_finish(ErrorKind::StarttlsUnavailable, printable(line, 200));
                }
            }
            State::Handshake | State::Done => {}
        }
        self.response.clear();
    }

    // ---- IMAP (RFC 3501 / 9051) -----------------------------------------------------------

    fn imap_line(&mut self, line: &[u8]) {
        let text = String::from_utf8_lossy(line).into_owned();
        let mut words = text.splitn(3, ' ');
        let first = words.next().unwrap_or("");
        let second = words.next().unwrap_or("").to_ascii_uppercase();
        let rest = words.next().unwrap_or("");
        match self.state {
            State::Greeting => {
                if first != "*" {
                    return self.unexpected(line);
                }
                match second.as_str() {
                    "OK" | "PREAUTH" => {
                        // Capabilities in the greeting's response code are asked for again
                        // below anyway (some servers send fewer there).
                        self.greeted(line);
                    }
                    "BYE" => {
                        self.greeting = Some(printable(line, 200));
                        self.fail(ErrorKind::Rejected, printable(line, 200));
                    }
                    _ => self.unexpected(line),
                }
            }
            State::Caps | State::Starttls => {
                if first == "*" {
                    if second == "CAPABILITY" && self.state == State::Caps {
                        self.response.push(rest.to_string());
                    } else if second == "BYE" {
                        self.fail(ErrorKind::Closed, printable(line, 200));
                    }
                    // Other untagged data ("* OK Waiting for authentication process…") is
                    // neither an answer nor an error.
                    return;
                }
                if first != self.current_tag() {
                    if first == "+" {
                        return self.unexpected(line);
                    }
                    return;
                }
                let ok = second == "OK";
                if self.state == State::Caps {
                    if ok {
                        let atoms = self.response.join(" ");
                        self.response.clear();
                        self.capabilities_read(Capabilities::from_imap(&atoms));
                    } else {
                        self.fail_and_finish(ErrorKind::UnexpectedReply, printable(line, 200));
                    }
                } else if ok {
                    self.state = State::Handshake;
                } else {
                    self.fail_and_finish(ErrorKind::StarttlsUnavailable, printable(line, 200));
                }
            }
            State::Handshake | State::Done => {}
        }
    }

    // ---- POP3 (RFC 1939, 2449 CAPA, 2595 STLS) -------------------------------------------

    fn pop3_line(&mut self, line: &[u8]) {
        let status_ok = line.starts_with(b"+OK");
        let status_err = line.starts_with(b"-ERR");
        match self.state {
            State::Greeting => {
                if status_ok {
                    self.greeted(line);
                } else if status_err {
                    self.greeting = Some(printable(line, 200));
                    self.fail_and_finish(ErrorKind::Rejected, printable(line, 200));
                } else {
                    self.unexpected(line);
                }
            }
            State::Caps => {
                if self.multiline {
                    if line == b"." {
                        self.multiline = false;
                        let caps =
                            Capabilities::from_pop3(self.response.iter().map(String::as_str));
                        self.response.clear();
                        self.capabilities_read(caps);
                    } else {
                        // Dot-stuffing: a leading "." doubled.
                        let line = line.strip_prefix(b".").unwrap_or(line);
                        self.response
                            .push(String::from_utf8_lossy(line).into_owned());
                    }
                } else if status_ok {
                    self.multiline = true;
                    self.response.clear();
                } else if status_err {
                    // No CAPA (an old server): nothing known; STLS is still tried.
                    self.response = vec!["-ERR".to_string()];
                    self.capabilities_read(Capabilities::default());
                    self.response.clear();
                } else {
                    self.unexpected(line);
                }
            }
            State::Starttls => {
                if status_ok {
                    self.state = State::Handshake;
                } else {
                    self.fail_and_finish(ErrorKind::StarttlsUnavailable, printable(line, 200));
                }
            }
            State::Handshake | State::Done => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs a dialogue against scripted server output: each entry is what the server says after
    /// the client's previous action (the first is the greeting, `None` = TLS handshake ok).
    fn run(dialogue: &mut Dialogue, server: &[Option<&str>]) -> Vec<String> {
        let mut sent = Vec::new();
        let mut script = server.iter();
        loop {
            match dialogue.next_action() {
                Next::Send(bytes) => sent.push(String::from_utf8(bytes).unwrap()),
                Next::Read => match script.next() {
                    Some(Some(text)) => dialogue.receive(text.as_bytes()),
                    Some(None) => panic!("script expected TLS, dialogue reads"),
                    None => {
                        dialogue.closed();
                    }
                },
                Next::StartTls => {
                    sent.push("<TLS>".to_string());
                    match script.next() {
                        Some(None) => dialogue.tls_established(),
                        _ => dialogue.tls_failed("handshake failure"),
                    }
                }
                Next::Done => return sent,
            }
        }
    }

    const POSTFIX_EHLO_PLAIN: &str = "250-mail.example.jp\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250-STARTTLS\r\n250-ENHANCEDSTATUSCODES\r\n250 CHUNKING\r\n";
    const POSTFIX_EHLO_TLS: &str =
        "250-mail.example.jp\r\n250-PIPELINING\r\n250-AUTH PLAIN LOGIN\r\n250 CHUNKING\r\n";

    #[test]
    fn smtp_starttls_submission() {
        let mut d = Dialogue::new(
            MailProtocol::Smtp,
            Security::Starttls,
            "probe.example",
            false,
        );
        let sent = run(
            &mut d,
            &[
                Some("220 mail.example.jp ESMTP Postfix\r\n"),
                Some(POSTFIX_EHLO_PLAIN),
                Some("220 2.0.0 Ready to start TLS\r\n"),
                None,
                Some(POSTFIX_EHLO_TLS),
            ],
        );
        assert_eq!(
            sent,
            [
                "EHLO probe.example\r\n",
                "STARTTLS\r\n",
                "<TLS>",
                "EHLO probe.example\r\n",
                "QUIT\r\n"
            ]
        );
        assert_eq!(d.greeting(), Some("220 mail.example.jp ESMTP Postfix"));
        assert!(d.before_tls().unwrap().starttls);
        assert!(!d.before_tls().unwrap().plaintext_login());
        assert_eq!(d.after_tls().unwrap().sasl, ["PLAIN", "LOGIN"]);
        assert!(d.error().is_none());
    }

    #[test]
    fn smtp_implicit_tls_starts_with_the_handshake() {
        let mut d = Dialogue::new(MailProtocol::Smtp, Security::Ssl, "probe.example", false);
        assert_eq!(d.next_action(), Next::StartTls);
        assert_eq!(d.step(), Step::Tls);
        d.tls_established();
        d.receive(b"220 mail ESMTP\r\n");
        assert_eq!(
            d.next_action(),
            Next::Send(b"EHLO probe.example\r\n".to_vec())
        );
        d.receive(POSTFIX_EHLO_TLS.as_bytes());
        assert_eq!(d.next_action(), Next::Send(b"QUIT\r\n".to_vec()));
        assert_eq!(d.next_action(), Next::Done);
        assert!(d.before_tls().is_none());
        assert!(d.after_tls().unwrap().plaintext_login());
    }

    #[test]
    fn smtp_replies_split_anywhere_and_joined() {
        let mut d = Dialogue::new(MailProtocol::Smtp, Security::None, "x", false);
        for chunk in ["2", "20 hi\r", "\n"] {
            assert_eq!(d.next_action(), Next::Read);
            d.receive(chunk.as_bytes());
        }
        assert_eq!(d.next_action(), Next::Send(b"EHLO x\r\n".to_vec()));
        // A multi-line answer in one read.
        d.receive(b"250-a\r\n250 AUTH PLAIN\r\n");
        assert_eq!(d.next_action(), Next::Send(b"QUIT\r\n".to_vec()));
        assert!(d.before_tls().unwrap().plaintext_login());
    }

    #[test]
    fn smtp_starttls_missing() {
        let mut d = Dialogue::new(MailProtocol::Smtp, Security::Starttls, "x", false);
        run(
            &mut d,
            &[Some("220 old\r\n"), Some("250-old\r\n250 AUTH LOGIN\r\n")],
        );
        let e = d.error().unwrap();
        assert_eq!(e.kind, ErrorKind::StarttlsUnavailable);
        assert_eq!(e.step, Step::Capabilities);
    }

    #[test]
    fn smtp_rejecting_greeting() {
        let mut d = Dialogue::new(MailProtocol::Smtp, Security::Starttls, "x", false);
        let sent = run(&mut d, &[Some("554 5.7.1 no service for you\r\n")]);
        assert_eq!(sent, ["QUIT\r\n"]);
        assert_eq!(d.error().unwrap().kind, ErrorKind::Rejected);
    }

    #[test]
    fn garbage_greetings() {
        for protocol in MailProtocol::ALL {
            let mut d = Dialogue::new(protocol, Security::Starttls, "x", false);
            run(&mut d, &[Some("SSH-2.0-OpenSSH_9.2p1\r\n\x00\x7f")]);
            let e = d.error().unwrap();
            assert_eq!(e.kind, ErrorKind::Garbage, "{protocol}");
            assert_eq!(e.step, Step::Greeting);
            assert!(e.detail.starts_with("SSH-2.0"));
        }
        // An HTTP server's answer, without a line end, longer than any greeting.
        let mut d = Dialogue::new(MailProtocol::Imap, Security::None, "x", false);
        d.receive(&vec![b'<'; 9000]);
        d.next_action();
        assert_eq!(d.error().unwrap().kind, ErrorKind::Garbage);
    }

    #[test]
    fn early_close_is_an_error_with_its_step() {
        let mut d = Dialogue::new(MailProtocol::Pop3, Security::Starttls, "x", false);
        run(&mut d, &[Some("+OK ready\r\n")]);
        let e = d.error().unwrap();
        assert_eq!((e.step, e.kind), (Step::Capabilities, ErrorKind::Closed));
    }

    #[test]
    fn imap_starttls_dovecot() {
        let mut d = Dialogue::new(MailProtocol::Imap, Security::Starttls, "x", false);
        let sent = run(
            &mut d,
            &[
                Some("* OK Waiting for authentication process to respond..\r\n"),
                Some("* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] Dovecot (Debian) ready.\r\n* CAPABILITY IMAP4rev1 SASL-IR STARTTLS LOGINDISABLED\r\na1 OK Pre-login capabilities listed.\r\n"),
                Some("a2 OK Begin TLS negotiation now.\r\n"),
                None,
                Some("* CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN AUTH=LOGIN\r\na3 OK Pre-login capabilities listed.\r\n"),
            ],
        );
        assert_eq!(
            sent,
            [
                "a1 CAPABILITY\r\n",
                "a2 STARTTLS\r\n",
                "<TLS>",
                "a3 CAPABILITY\r\n",
                "a4 LOGOUT\r\n"
            ]
        );
        let before = d.before_tls().unwrap();
        assert!(before.starttls && !before.plaintext_login());
        let after = d.after_tls().unwrap();
        assert!(after.login_command);
        assert_eq!(after.sasl, ["PLAIN", "LOGIN"]);
        assert!(d.error().is_none());
    }

    #[test]
    fn imap_bye_greeting_and_refused_starttls() {
        let mut d = Dialogue::new(MailProtocol::Imap, Security::Ssl, "x", false);
        run(&mut d, &[None, Some("* BYE too many connections\r\n")]);
        assert_eq!(d.error().unwrap().kind, ErrorKind::Rejected);

        let mut d = Dialogue::new(MailProtocol::Imap, Security::Starttls, "x", false);
        run(
            &mut d,
            &[
                Some("* OK ready\r\n"),
                Some("* CAPABILITY IMAP4rev1 STARTTLS\r\na1 OK done\r\n"),
                Some("a2 NO TLS is not available right now\r\n"),
            ],
        );
        let e = d.error().unwrap();
        assert_eq!(
            (e.step, e.kind),
            (Step::Starttls, ErrorKind::StarttlsUnavailable)
        );
    }

    #[test]
    fn pop3_stls_with_dot_stuffing() {
        let mut d = Dialogue::new(MailProtocol::Pop3, Security::Starttls, "x", false);
        let sent = run(
            &mut d,
            &[
                Some("+OK Dovecot (Debian) ready.\r\n"),
                Some("+OK\r\nCAPA\r\nTOP\r\n..odd\r\nSTLS\r\nSASL\r\n.\r\n"),
                Some("+OK Begin TLS negotiation now.\r\n"),
                None,
                Some("+OK\r\nCAPA\r\nUSER\r\nSASL PLAIN LOGIN\r\n.\r\n"),
            ],
        );
        assert_eq!(
            sent,
            ["CAPA\r\n", "STLS\r\n", "<TLS>", "CAPA\r\n", "QUIT\r\n"]
        );
        assert!(d.before_tls().unwrap().words.contains(&".odd".to_string()));
        assert!(!d.before_tls().unwrap().any_login());
        assert!(d.after_tls().unwrap().plaintext_login());
    }

    #[test]
    fn pop3_without_capa_still_tries_stls() {
        let mut d = Dialogue::new(MailProtocol::Pop3, Security::Starttls, "x", false);
        let sent = run(
            &mut d,
            &[
                Some("+OK old server\r\n"),
                Some("-ERR unknown command\r\n"),
                Some("-ERR no TLS\r\n"),
            ],
        );
        assert_eq!(sent, ["CAPA\r\n", "STLS\r\n", "QUIT\r\n"]);
        assert_eq!(d.error().unwrap().kind, ErrorKind::StarttlsUnavailable);
    }

    #[test]
    fn greeting_only_for_retired_hosts() {
        let mut d = Dialogue::new(MailProtocol::Pop3, Security::Starttls, "x", true);
        let sent = run(&mut d, &[Some("+OK still here\r\n")]);
        assert_eq!(sent, ["QUIT\r\n"]);
        assert_eq!(d.greeting(), Some("+OK still here"));
        assert!(d.error().is_none());
    }

    #[test]
    fn plaintext_before_starttls_is_never_read_as_tls_data() {
        let mut d = Dialogue::new(MailProtocol::Smtp, Security::Starttls, "x", false);
        d.receive(b"220 hi\r\n");
        d.next_action();
        d.receive(POSTFIX_EHLO_PLAIN.as_bytes());
        d.next_action();
        // An attacker's injected line right after the 220 (CVE-2011-0411 style).
        d.receive(b"220 go ahead\r\n250 AUTH PLAIN\r\n");
        assert_eq!(d.next_action(), Next::StartTls);
        d.tls_established();
        assert_eq!(d.next_action(), Next::Send(b"EHLO x\r\n".to_vec()));
        assert_eq!(d.next_action(), Next::Read);
    }

    #[test]
    fn timeouts_and_tls_failures_name_their_step() {
        let mut d = Dialogue::new(MailProtocol::Imap, Security::Ssl, "x", false);
        d.tls_failed("wrong version number");
        let e = d.error().unwrap();
        assert_eq!((e.step, e.kind), (Step::Tls, ErrorKind::TlsFailed));
        assert_eq!(d.next_action(), Next::Done);

        let mut d = Dialogue::new(MailProtocol::Smtp, Security::None, "x", false);
        assert_eq!(d.next_action(), Next::Read);
        d.timed_out();
        let e = d.error().unwrap();
        assert_eq!((e.step, e.kind), (Step::Greeting, ErrorKind::Timeout));
    }
}
