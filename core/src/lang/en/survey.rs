//! The surveys in English.

use crate::survey::table::Col;
use crate::survey::text::{Params, Words};
use crate::survey::{ports, sending, time, Kind, Summary};

pub(crate) struct En;

pub(crate) static SURVEY: En = En;

impl Words for En {
    fn heading(&self, col: Col) -> &'static str {
        match col {
            Col::Account => "Account",
            Col::Client => "Device address",
            Col::Sessions => "Sessions",
            Col::FirstSeen => "First seen",
            Col::LastSeen => "Last seen",
            Col::ClientNames => "Client names",
            Col::ClientAddresses => "Client addresses",
            Col::FailedLogins => "Failed sign-ins",
            Col::BelowFloor => "Below the floor",
            Col::TlsVersions => "TLS versions (sessions)",
            Col::Services => "Services",
            Col::LastBelowFloor => "Last below the floor",
            Col::Ciphers => "Ciphers below the floor",
            Col::Flags => "Listed for",
            Col::Smtp25 => "SMTP port 25",
            Col::Submission587 => "Submission 587",
            Col::Smtps465 => "SMTPS 465",
            Col::Imap => "IMAP",
            Col::Pop3 => "POP3",
            Col::Cloud => "Cloud sign-ins",
            Col::LastPort25 => "Last on port 25",
            Col::LastPop3 => "Last POP3",
            Col::RetiredTargets => "Retired server reached",
            Col::Flagged => "Check",
            Col::Logins => "Sign-ins",
            Col::Microsoft => "From Microsoft's cloud",
            Col::IspNetworks => "From the ISP's networks",
            Col::Elsewhere => "From elsewhere",
            Col::ElsewhereNetworks => "Outside networks",
            Col::ElsewhereAddresses => "Outside addresses",
            Col::FlagEvidence => "Why flagged",
            Col::Messages => "Messages",
            Col::Recipients => "Recipients",
            Col::MaxRecipients => "Most recipients in one message",
            Col::OverCap => "Messages over the recipients cap",
            Col::MostInWindow => "Most in one window",
            Col::OverRate => "Refused by the sending limit",
            Col::FirstOver => "First over a limit",
            Col::Bursts => "Bursts",
            Col::LargestBurst => "Largest burst",
            Col::ShortestPause => "Shortest pause (s)",
        }
    }

    fn ports_flag(&self, flag: ports::Flag) -> &'static str {
        match flag {
            ports::Flag::Port25 => "port 25",
            ports::Flag::Pop => "POP",
        }
    }

    fn sending_flag(&self, flag: sending::Flag) -> &'static str {
        match flag {
            sending::Flag::OverCap => "over the recipients cap",
            sending::Flag::OverRate => "over the sending limit",
            sending::Flag::BurstThenWait => "burst then wait",
        }
    }

    fn yes(&self) -> &'static str {
        "check"
    }

    fn title(&self, kind: Kind) -> &'static str {
        match kind {
            Kind::Tls => "TLS floor: who still uses old TLS or no TLS",
            Kind::Ports => "Port 25 and POP: who a port change or a POP switch-off will hit",
            Kind::Retired => "Retired servers: who still connects to them",
            Kind::Origins => "Sign-ins by origin",
            Kind::Sending => "Sending over the limits",
        }
    }

    fn definition(&self, kind: Kind, p: &Params) -> String {
        match kind {
            Kind::Tls => format!(
                "Who a TLS floor of TLS {floor} will hit. \"Below the floor\" counts sessions with \
                 no TLS, with SSLv3, or with a TLS version older than {floor}. \"TLS\" means TLS \
                 whose version the log does not give and is not counted as below: Dovecot logs \
                 the version only when its login_log_format_elements has %k (for example \
                 login_log_format_elements = user=<%u> method=%m rip=%r lip=%l mpid=%e lport=%a \
                 %c %k session=<%{{session}}>); Postfix always logs it. Dovecot's \"secured\" \
                 (a plain connection it trusts, such as loopback) counts as no TLS.",
                floor = p.floor
            ),
            Kind::Ports => "Who a port change or a POP switch-off will hit: accounts that send \
                 on port 25 instead of 587 or 465, devices that send on port 25 without signing \
                 in, and everyone who reads mail by POP3 (failed sign-ins are not counted). The \
                 port is known from Postfix's syslog name (postfix/smtpd is port 25, \
                 postfix/submission/smtpd 587, postfix/smtps/smtpd 465, as Debian's master.cf \
                 sets them) and from Dovecot's service (pop3-login) or its lport=%a."
                .to_string(),
            Kind::Retired => {
                let targets = if p.retired.is_empty() {
                    "the profile lists none".to_string()
                } else {
                    p.retired.join(", ")
                };
                format!(
                    "Who still connects to a retired server of the profile ({targets}). A \
                     session counts when the server address it reached is a retired IP \
                     (Dovecot's lip=, postscreen's CONNECT … to [address], a CSV's local \
                     column), or when the log's host name (the whole name) is a retired \
                     host{old}.",
                    old = if p.old_server {
                        "; and every session of these files counts, as they were given as the \
                         old server's own logs"
                    } else {
                        ""
                    }
                )
            }
            Kind::Origins => format!(
                "Where each account signs in from (successful sign-ins): Microsoft's cloud (the \
                 Exchange Online ranges that Outlook (new) and Outlook mobile sync from), the \
                 ISP's own networks (the profile's [isp] networks: {nets} listed), or elsewhere. \
                 An account is flagged (\"check\") when it signs in from two different networks \
                 outside both — a different /24 for IPv4 or /48 for IPv6 — within {w} minutes: \
                 the takeover signal, which sign-ins from Microsoft's cloud never set off. A flag \
                 is a reason to look, not a proof: a phone moving between mobile networks can \
                 set it off too. Listed: accounts with at least one sign-in from elsewhere.",
                nets = p.isp_networks,
                w = p.window_minutes
            ),
            Kind::Sending => {
                let cap = match p.max_recipients {
                    Some(c) => format!("more than {c} recipients (To + Cc + Bcc) in one message"),
                    None => "no recipients cap (the profile sets none)".to_string(),
                };
                let rate = match p.send_rate {
                    Some((n, t)) => format!(
                        "the sending limit of {n} messages in any {t} minutes, run as a sliding \
                         window over the real send times (\"Most in one window\": the most \
                         messages in any {t}-minute span; \"Refused by the sending limit\": \
                         how many the limit would refuse or hold back). A pause of {t} minutes \
                         or less after a burst still puts two bursts into one window"
                    ),
                    None => "no sending limit (the profile sets none)".to_string(),
                };
                format!(
                    "Senders over the profile's limits, measured on the log: {cap}; {rate}. \
                     Recipients per message are Postfix's nrcpt= (or the rows of one message \
                     in a message trace). A burst is at least {b} messages, each within {g} \
                     seconds of the one before; \"burst then wait\" is two or more bursts with \
                     pauses between them — the machine that sends n at once and then waits t \
                     minutes.",
                    b = p.burst_min,
                    g = p.burst_gap_seconds
                )
            }
        }
    }

    fn subjects(&self, p: &Params) -> String {
        let devices = if p.all_clients {
            "devices that do not sign in are listed by address, from any network"
        } else if p.isp_networks == 0 {
            "devices that do not sign in are not listed, as the profile lists no ISP networks \
             (listing them from any network, --all-clients, shows them)"
        } else {
            "devices that do not sign in are listed by address when the address is in the \
             ISP's own networks (the profile's [isp] networks)"
        };
        format!(
            "Each row is an account (the name it signs in with, with at least one successful \
             sign-in); {devices}. Times are at UTC{}.",
            p.offset
        )
    }

    fn summary(&self, s: &Summary) -> Vec<String> {
        let st = &s.stats;
        let mut lines = vec![format!(
            "Read {} lines ({:.1} MB): {} used, {} of other kinds, {} not understood. \
             Sessions: {}, messages: {}, rows: {}.",
            st.lines,
            st.bytes as f64 / 1e6,
            st.used,
            st.ignored,
            st.unknown,
            st.sessions,
            st.messages,
            s.rows
        )];
        if let (Some(f), Some(l)) = (st.first, st.last) {
            lines.push(format!(
                "From {} to {}.",
                time::format(f, s.offset_seconds),
                time::format(l, s.offset_seconds)
            ));
        }
        if s.unlisted > 0 {
            lines.push(format!(
                "{} sessions of devices outside the ISP's networks that did not sign in are \
                 not listed (listing devices from any network, --all-clients, shows them).",
                s.unlisted
            ));
        }
        if st.tls_version_unknown > 0 {
            lines.push(format!(
                "{} sessions used TLS but the log does not give the version: add %k to \
                 Dovecot's login_log_format_elements.",
                st.tls_version_unknown
            ));
        }
        if st.backwards > 0 {
            lines.push(format!(
                "{} events were more than a minute earlier than ones already read: give the \
                 files oldest first (mail.log.2.gz mail.log.1 mail.log); the windows assume \
                 time order.",
                st.backwards
            ));
        }
        lines
    }

    fn no_rows(&self, kind: Kind) -> &'static str {
        match kind {
            Kind::Tls => "No one below the floor.",
            Kind::Ports => "No one on port 25 or POP.",
            Kind::Retired => "No one reached a retired server.",
            Kind::Origins => "No sign-in from elsewhere.",
            Kind::Sending => "No sender over a limit.",
        }
    }
}
