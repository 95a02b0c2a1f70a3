//! English. Error numbers are Outlook's / Windows Live Mail's (`0x800CCCxx`, from the Windows
//! header `imnxport.h`); the RFCs named are the ones that say it.

use crate::codes::Severity;
use crate::probe::words::{exp, obs, Label, ProbeWords};
use crate::probe::{Outcome, ProbeCode, ProbeFinding, Role, ServerSideVerdict, Step, Target};

pub(crate) struct En;

pub(crate) static PROBE: En = En;

impl ProbeWords for En {
    fn title(&self, code: ProbeCode) -> &'static str {
        match code {
            ProbeCode::NoAnswer => "The server does not answer",
            ProbeCode::Refused => "The server refuses connections",
            ProbeCode::Unresolved => "The server name has no address",
            ProbeCode::Garbage => "Something other than a mail server answers",
            ProbeCode::Rejected => "The server turns connections away",
            ProbeCode::DialogueFailed => "The server broke off the conversation",
            ProbeCode::StarttlsMissing => "STARTTLS is not available",
            ProbeCode::TlsFailed => "The encrypted connection (TLS) fails",
            ProbeCode::AuthBeforeTls => "Password login is offered before encryption",
            ProbeCode::LoginMissing => "No password login is offered",
            ProbeCode::TlsLegacyAccepted => "The server still accepts TLS 1.0 / 1.1",
            ProbeCode::TlsBelowMin => "The server's TLS is older than the profile says",
            ProbeCode::CertUntrusted => "The certificate is not trusted",
            ProbeCode::CertName => "The certificate is for another name",
            ProbeCode::CertExpired => "The certificate has expired",
            ProbeCode::CertExpiring => "The certificate expires soon",
            ProbeCode::RetiredAnswers => "A retired server still answers",
        }
    }

    fn detail(&self, f: &ProbeFinding, t: &Target) -> String {
        let ep = t.endpoint();
        let proto = t.protocol.as_str().to_ascii_uppercase();
        match f.code {
            ProbeCode::NoAnswer => format!(
                "Nothing answered at {ep} in time ({}). Customers' apps wait, then fail with a timeout (Outlook 0x800CCC19). The server, or a firewall in front of it, is down or drops the connection.",
                obs(f)
            ),
            ProbeCode::Refused => format!(
                "{} refuses connections: no server listens on that port. Every customer set to it gets \"cannot connect\" (Outlook 0x800CCC0E).",
                obs(f)
            ),
            ProbeCode::Unresolved => format!(
                "{} has no address in DNS (as the probe's resolver sees it). Customers' apps say the server cannot be found (Outlook 0x800CCC0D).",
                obs(f)
            ),
            ProbeCode::Garbage => format!(
                "{ep} answers, but not as the expected {proto} server: \"{}\". Another service is on that port, or TLS and plain text are mixed up.",
                obs(f)
            ),
            ProbeCode::Rejected => format!(
                "The server greets with a refusal: \"{}\". It turns connections away (overloaded, or blocking the probe's address).",
                obs(f)
            ),
            ProbeCode::DialogueFailed => format!(
                "The server at {ep} broke off the conversation ({}). Customers' apps report a dropped connection (Outlook 0x800CCC0F).",
                obs(f)
            ),
            ProbeCode::StarttlsMissing => format!(
                "The profile says STARTTLS on {ep}, but the server does not offer it ({}). Apps set to STARTTLS cannot connect (Outlook 0x800CCC7D, Thunderbird: the server \"doesn't advertise STARTTLS\").",
                obs(f)
            ),
            ProbeCode::TlsFailed => format!(
                "The TLS handshake with {ep} failed with current settings: {}. Customers' apps report a secure-connection error (Outlook 0x800CCC1A).",
                obs(f)
            ),
            ProbeCode::AuthBeforeTls => format!(
                "{ep} offers password login ({}) before STARTTLS, so an app that does not insist on encryption may send the password in clear text. RFC 8314 treats clear-text mail access and submission as obsolete: offer login only inside TLS.",
                obs(f)
            ),
            ProbeCode::LoginMissing => format!(
                "{ep} offers no password login inside TLS (no AUTH PLAIN / LOGIN, no LOGIN or USER command): every customer's login fails (Outlook 0x800CCC80, none of the authentication methods is supported)."
            ),
            ProbeCode::TlsLegacyAccepted if f.severity == Severity::Info => format!(
                "{ep} still accepts {}, as the profile allows (min_tls {}). RFC 8996 deprecates TLS 1.0 and 1.1 (RFC 8997 for mail): plan the end of it with the customers who still need it.",
                obs(f),
                exp(f)
            ),
            ProbeCode::TlsLegacyAccepted => format!(
                "{ep} still accepts {}, although the profile says the servers refuse anything older than {} (RFC 8996 deprecates TLS 1.0 and 1.1; RFC 8997 for mail). Old apps may be working only because of this, and the desk's advice about old TLS is wrong for this server.",
                obs(f),
                exp(f)
            ),
            ProbeCode::TlsBelowMin => format!(
                "{ep} negotiated {}, below the profile's {}: the server cannot do what the profile, and the desk, promise.",
                obs(f),
                exp(f)
            ),
            ProbeCode::CertUntrusted => format!(
                "The certificate of {ep} does not lead to a trusted authority ({}). Apps warn about it or refuse to connect.",
                obs(f)
            ),
            ProbeCode::CertName => format!(
                "The certificate of {ep} is for {}, not for {}. Apps warn about a wrong name or refuse to connect.",
                obs(f),
                exp(f)
            ),
            ProbeCode::CertExpired => format!(
                "The certificate of {ep} expired on {}. Apps refuse the connection or warn at every start.",
                obs(f)
            ),
            ProbeCode::CertExpiring => format!(
                "The certificate of {ep} ends on {}: renew it before then.",
                obs(f)
            ),
            ProbeCode::RetiredAnswers => format!(
                "{}: a retired server still answers. Customers still set to it keep working halfway (or fail in confusing ways) instead of getting a clear error; switch it off or move the name.",
                obs(f)
            ),
        }
    }

    fn outcome(&self, outcome: Outcome) -> &'static str {
        match outcome {
            Outcome::Answered => "answered",
            Outcome::Unresolved => "no address",
            Outcome::Refused => "refused",
            Outcome::Timeout => "no answer",
            Outcome::Failed => "failed",
        }
    }

    fn step(&self, step: Step) -> &'static str {
        match step {
            Step::Resolve => "name lookup",
            Step::Connect => "connect",
            Step::Tls => "TLS handshake",
            Step::Greeting => "greeting",
            Step::Capabilities => "capabilities",
            Step::Starttls => "STARTTLS",
            Step::CapabilitiesTls => "capabilities inside TLS",
            Step::Quit => "goodbye",
        }
    }

    fn role(&self, role: Role) -> &'static str {
        match role {
            Role::Current => "current",
            Role::Retired => "retired",
            Role::Given => "given",
        }
    }

    fn verdict(&self, verdict: &ServerSideVerdict) -> String {
        match verdict {
            ServerSideVerdict::Confirmed { codes } => format!(
                "Server-side problem confirmed ({}): the server, not the customer's settings, is the likely cause.",
                codes.iter().map(|c| c.as_str()).collect::<Vec<_>>().join(", ")
            ),
            ServerSideVerdict::RuledOut => "The servers answered normally: a server-side cause is unlikely; look at the customer's side.".to_string(),
            ServerSideVerdict::Unknown => "The servers have not been checked.".to_string(),
        }
    }

    fn label(&self, label: Label) -> &'static str {
        match label {
            Label::Endpoint => "endpoint",
            Label::Role => "role",
            Label::Result => "result",
            Label::Connect => "connect",
            Label::Tls => "TLS",
            Label::Certificate => "certificate",
            Label::LoginBeforeTls => "login before TLS",
            Label::LoginInsideTls => "login inside TLS",
            Label::Findings => "findings",
            Label::NoFindings => "no findings",
            Label::DaysLeft => "days left",
            Label::Total => "total",
        }
    }
}
