//! What the readers find in a log, in one form for every server: a [`Session`] (one connection
//! or one sign-in, with the account, the client, the TLS version) and a [`Message`] (one message
//! submitted, with its recipients). The surveys read only these.

use std::net::IpAddr;

/// The service a client used. The port follows from it for the standard services.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Service {
    /// SMTP on port 25 (Postfix's `postfix/smtpd`).
    Smtp,
    /// Submission on port 587 (`postfix/submission/smtpd`).
    Submission,
    /// Submission with implicit TLS on port 465 (`postfix/smtps/smtpd`).
    Smtps,
    /// IMAP (Dovecot's `imap-login`; port 143 or 993).
    Imap,
    /// POP3 (Dovecot's `pop3-login`; port 110 or 995).
    Pop3,
    /// A cloud mail service's sign-in (CSV export) with no protocol column.
    Cloud,
}

impl Service {
    pub const ALL: [Service; 6] = [
        Service::Smtp,
        Service::Submission,
        Service::Smtps,
        Service::Imap,
        Service::Pop3,
        Service::Cloud,
    ];

    /// The name in the CLI's output (`smtp-25`, `submission-587`, `smtps-465`, `imap`, `pop3`,
    /// `cloud`).
    pub fn as_str(self) -> &'static str {
        match self {
            Service::Smtp => "smtp-25",
            Service::Submission => "submission-587",
            Service::Smtps => "smtps-465",
            Service::Imap => "imap",
            Service::Pop3 => "pop3",
            Service::Cloud => "cloud",
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }

    /// Sending (SMTP) rather than receiving.
    pub fn is_smtp(self) -> bool {
        matches!(self, Service::Smtp | Service::Submission | Service::Smtps)
    }

    /// A service from a local port (Dovecot's `lport=`, a CSV column).
    pub fn from_port(port: u16) -> Option<Service> {
        Some(match port {
            25 => Service::Smtp,
            587 => Service::Submission,
            465 => Service::Smtps,
            143 | 993 => Service::Imap,
            110 | 995 => Service::Pop3,
            _ => return None,
        })
    }

    /// A cloud export's protocol name (`IMAP4`, `POP3`, `Authenticated SMTP`, `SMTP`).
    pub fn from_name(name: &str) -> Option<Service> {
        let n = name.trim().to_ascii_lowercase();
        if n.contains("pop") {
            Some(Service::Pop3)
        } else if n.contains("imap") {
            Some(Service::Imap)
        } else if n.contains("smtps") || n.contains("465") {
            Some(Service::Smtps)
        } else if n.contains("submission") || n.contains("587") || n.contains("authenticated smtp")
        {
            Some(Service::Submission)
        } else if n.contains("smtp") || n == "25" {
            Some(Service::Smtp)
        } else {
            None
        }
    }
}

/// The protection of a connection as the log tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TlsSeen {
    /// No TLS (Dovecot's `secured`, a trusted plain connection, counts here too).
    Plain,
    Ssl3,
    Tls10,
    Tls11,
    Tls12,
    Tls13,
    /// TLS, version not in the log (Dovecot's default log format says only `TLS`).
    TlsUnknown,
    /// The log does not say (a cloud sign-in export).
    NotLogged,
}

impl TlsSeen {
    pub const ALL: [TlsSeen; 8] = [
        TlsSeen::Plain,
        TlsSeen::Ssl3,
        TlsSeen::Tls10,
        TlsSeen::Tls11,
        TlsSeen::Tls12,
        TlsSeen::Tls13,
        TlsSeen::TlsUnknown,
        TlsSeen::NotLogged,
    ];

    /// The name in the output (`none`, `SSLv3`, `TLSv1`, `TLSv1.1`, `TLSv1.2`, `TLSv1.3`,
    /// `TLS`, `not-logged`): OpenSSL's names, as the servers log them.
    pub fn as_str(self) -> &'static str {
        match self {
            TlsSeen::Plain => "none",
            TlsSeen::Ssl3 => "SSLv3",
            TlsSeen::Tls10 => "TLSv1",
            TlsSeen::Tls11 => "TLSv1.1",
            TlsSeen::Tls12 => "TLSv1.2",
            TlsSeen::Tls13 => "TLSv1.3",
            TlsSeen::TlsUnknown => "TLS",
            TlsSeen::NotLogged => "not-logged",
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }

    /// OpenSSL's protocol name (`TLSv1.2`, `TLSv1`, `SSLv3`).
    pub fn from_openssl(name: &[u8]) -> Option<TlsSeen> {
        Some(match name {
            b"TLSv1.3" => TlsSeen::Tls13,
            b"TLSv1.2" => TlsSeen::Tls12,
            b"TLSv1.1" => TlsSeen::Tls11,
            b"TLSv1" | b"TLSv1.0" => TlsSeen::Tls10,
            b"SSLv3" => TlsSeen::Ssl3,
            _ => return None,
        })
    }

    /// Below a floor of `floor` (the profile's `min_tls`): no TLS, SSLv3, or an older TLS.
    /// `TLS` without a version and `not-logged` are not counted as below (unknown).
    pub fn below(self, floor: crate::profile::Tls) -> bool {
        use crate::profile::Tls;
        let v = match self {
            TlsSeen::Plain | TlsSeen::Ssl3 => return true,
            TlsSeen::Tls10 => Tls::V1_0,
            TlsSeen::Tls11 => Tls::V1_1,
            TlsSeen::Tls12 => Tls::V1_2,
            TlsSeen::Tls13 => Tls::V1_3,
            TlsSeen::TlsUnknown | TlsSeen::NotLogged => return false,
        };
        v < floor
    }
}

/// Whether the client signed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Login {
    /// No sign-in in this session (an SMTP relay without SASL, a connection that gave up).
    None,
    /// Signed in (`sasl_username=`, Dovecot's `Login:`, a successful cloud sign-in).
    Ok,
    /// Sign-in failed.
    Failed,
}

/// One connection (Postfix smtpd, Dovecot login) or one sign-in (cloud export).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// When the log last speaks of it: Postfix's `disconnect` line, Dovecot's login line, the
    /// sign-in's time. (Events then come out in the order of the log.)
    pub time: i64,
    /// The server's name from the syslog header ("" when the log has none).
    pub server: String,
    pub service: Service,
    pub client_ip: Option<IpAddr>,
    /// The client's name as the server logged it (Postfix's `name[ip]`; "" for `unknown`, or
    /// the app column of a cloud export).
    pub client_name: String,
    /// The server address the client connected to (Dovecot's `lip=`, postscreen's `to [ip]`).
    pub local_ip: Option<IpAddr>,
    /// The account (SASL user name, Dovecot's `user=`), lower-cased; "" when not known.
    pub account: String,
    pub tls: TlsSeen,
    /// The cipher, when logged.
    pub cipher: String,
    pub login: Login,
    /// Messages accepted in the session (Postfix: queue ids given).
    pub messages: u32,
    /// Refused commands (Postfix `reject:` lines).
    pub rejects: u32,
    /// Failed sign-in attempts (Postfix `SASL … authentication failed`).
    pub auth_failures: u32,
}

impl Session {
    pub fn new(time: i64, service: Service) -> Session {
        Session {
            time,
            server: String::new(),
            service,
            client_ip: None,
            client_name: String::new(),
            local_ip: None,
            account: String::new(),
            tls: TlsSeen::Plain,
            cipher: String::new(),
            login: Login::None,
            messages: 0,
            rejects: 0,
            auth_failures: 0,
        }
    }
}

/// One message submitted by a client, with its recipient count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// When the client handed it over (Postfix: the `client=` line).
    pub time: i64,
    pub service: Service,
    /// The SASL account, lower-cased ("" for an unauthenticated client).
    pub account: String,
    pub client_ip: Option<IpAddr>,
    /// To + Cc + Bcc: Postfix's `nrcpt=`, or the rows of one message in a message trace.
    pub recipients: u32,
}

/// What a reader hands on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    Session(Session),
    Message(Message),
}
