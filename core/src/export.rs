//! Settings export for one address: Thunderbird autoconfig (`config-v1.1.xml`), Outlook
//! Autodiscover (POX response XML) and Apple `.mobileconfig` — the profile's values for the
//! address's domain, the same ones the engine puts in its corrected settings.
//!
//! Every file is written by hand with [`xml_escape`]; nothing here ever holds a password.

mod autoconfig;
mod autodiscover;
mod mobileconfig;
pub(crate) mod words;

pub use autoconfig::{is_host_shaped, provider_id};
pub use autodiscover::{error_response as autodiscover_error, request_address, RequestProblem};

use crate::case::{Protocol, Security};
use crate::lang::{fill, Lang};
use crate::names::{normalize_host, parse_address, Address};
use crate::profile::{Brand, Endpoint, Profile, ServerSet, UsernameFormat};
use serde::{Deserialize, Serialize};
use words::words;

/// The kinds of settings file the export writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ExportFormat {
    /// Thunderbird autoconfig `config-v1.1.xml`.
    Autoconfig,
    /// Outlook Autodiscover POX response.
    Autodiscover,
    /// Apple configuration profile (`com.apple.mail.managed`).
    Mobileconfig,
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 3] = [
        ExportFormat::Autoconfig,
        ExportFormat::Autodiscover,
        ExportFormat::Mobileconfig,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ExportFormat::Autoconfig => "autoconfig",
            ExportFormat::Autodiscover => "autodiscover",
            ExportFormat::Mobileconfig => "mobileconfig",
        }
    }

    pub fn from_name(name: &str) -> Option<ExportFormat> {
        match name.trim().to_ascii_lowercase().as_str() {
            "autoconfig" | "thunderbird" | "config-v1.1" => Some(ExportFormat::Autoconfig),
            "autodiscover" | "outlook" => Some(ExportFormat::Autodiscover),
            "mobileconfig" | "apple" | "ios" => Some(ExportFormat::Mobileconfig),
            _ => None,
        }
    }
}

/// One written settings file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Export {
    /// Suggested file name (`config-v1.1.xml`, `autodiscover.xml`, `<domain>.mobileconfig`).
    pub filename: String,
    /// MIME type to serve or download it with.
    pub mime: &'static str,
    pub body: String,
}

/// Why no file could be written for an address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "error", rename_all = "kebab-case")]
pub enum ExportError {
    /// The text is not an e-mail address.
    AddressInvalid { address: String },
    /// The address's domain is in no brand of the profile.
    DomainUnknown {
        domain: String,
        /// The closest known domain (within two edits), if any.
        closest: Option<String>,
    },
    /// The domain's server set offers neither IMAP nor POP3.
    NoIncomingServer { domain: String },
    /// The domain's server set has no SMTP endpoint.
    NoOutgoingServer { domain: String },
}

impl ExportError {
    /// The message for the agent or the customer.
    pub fn message(&self, lang: Lang) -> String {
        let w = words(lang);
        match self {
            ExportError::AddressInvalid { address } => {
                fill(w.address_invalid, &[("address", address)])
            }
            ExportError::DomainUnknown {
                domain,
                closest: Some(closest),
            } => fill(
                w.domain_unknown_closest,
                &[("domain", domain), ("closest", closest)],
            ),
            ExportError::DomainUnknown {
                domain,
                closest: None,
            } => fill(w.domain_unknown, &[("domain", domain)]),
            ExportError::NoIncomingServer { domain } => {
                fill(w.no_incoming_server, &[("domain", domain)])
            }
            ExportError::NoOutgoingServer { domain } => {
                fill(w.no_outgoing_server, &[("domain", domain)])
            }
        }
    }
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ExportError {}

/// Writes the settings file of `format` for `address` from the profile.
pub fn export(
    format: ExportFormat,
    profile: &Profile,
    address: &str,
) -> Result<Export, ExportError> {
    let account = Account::resolve(profile, address)?;
    Ok(match format {
        ExportFormat::Autoconfig => autoconfig::write(&account),
        ExportFormat::Autodiscover => autodiscover::write(&account),
        ExportFormat::Mobileconfig => mobileconfig::write(&account),
    })
}

/// Whether a settings file can be written for `address`: the error [`export`] gives for every
/// format, if any (the writers themselves never fail).
pub fn check(profile: &Profile, address: &str) -> Result<(), ExportError> {
    Account::resolve(profile, address).map(|_| ())
}

/// [`export`] of the Apple configuration profile alone (a face that offers no other format
/// links no other writer).
pub fn mobileconfig(profile: &Profile, address: &str) -> Result<Export, ExportError> {
    Ok(mobileconfig::write(&Account::resolve(profile, address)?))
}

/// Everything a writer needs: the address and the profile's values for its domain.
struct Account<'a> {
    profile: &'a Profile,
    address: Address,
    brand: &'a Brand,
    set: &'a ServerSet,
}

impl<'a> Account<'a> {
    fn resolve(profile: &'a Profile, text: &str) -> Result<Account<'a>, ExportError> {
        let address = parse_address(text).ok_or_else(|| ExportError::AddressInvalid {
            address: text.trim().to_string(),
        })?;
        let (brand, set) = profile.servers_for_domain(&address.domain).ok_or_else(|| {
            ExportError::DomainUnknown {
                domain: address.domain.clone(),
                closest: profile
                    .closest_domain(&address.domain, 2)
                    .map(str::to_string),
            }
        })?;
        if set.imap.is_none() && set.pop3.is_none() {
            return Err(ExportError::NoIncomingServer {
                domain: address.domain.clone(),
            });
        }
        if set.smtp.is_empty() {
            return Err(ExportError::NoOutgoingServer {
                domain: address.domain.clone(),
            });
        }
        Ok(Account {
            profile,
            address,
            brand,
            set,
        })
    }

    /// The canonical address (domain normalised, local part as typed).
    fn email(&self) -> String {
        self.address.canonical()
    }

    fn domain(&self) -> &str {
        &self.address.domain
    }

    /// The login name, per the profile's username format.
    fn username(&self) -> String {
        match self.set.username {
            UsernameFormat::Address => self.email(),
            UsernameFormat::LocalPart => self.address.local.clone(),
        }
    }

    /// Incoming endpoints offered, IMAP first.
    fn incoming(&self) -> Vec<(Protocol, &'a Endpoint)> {
        let mut list = Vec::new();
        if let Some(e) = &self.set.imap {
            list.push((Protocol::Imap, e));
        }
        if let Some(e) = &self.set.pop3 {
            list.push((Protocol::Pop3, e));
        }
        list
    }

    /// The preferred incoming endpoint (IMAP when offered).
    fn preferred_incoming(&self) -> Option<(Protocol, &'a Endpoint)> {
        self.incoming().into_iter().next()
    }

    /// The host of an endpoint for this address's domain.
    fn host(&self, endpoint: &Endpoint) -> String {
        endpoint.host_for(self.domain())
    }

    fn isp_name(&self, lang: Lang) -> &str {
        self.profile.isp.name.get(lang)
    }

    fn brand_name(&self, lang: Lang) -> &str {
        self.brand.name.get(lang)
    }
}

/// Escapes text for XML character data and attribute values (`&<>"'`); drops characters XML
/// 1.0 cannot carry at all (most control characters).
pub fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Thunderbird's name for a security (`socketType`).
pub(crate) fn socket_type(security: Security) -> &'static str {
    match security {
        Security::Ssl => "SSL",
        Security::Starttls => "STARTTLS",
        // `Auto` never comes from a validated profile; plain is the honest fallback.
        Security::None | Security::Auto => "plain",
    }
}

/// A file-name-safe form of a name (letters, digits, `.`, `-`, `_`).
fn file_safe(name: &str) -> String {
    let s: String = normalize_host(name)
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    if s.is_empty() {
        "mail".to_string()
    } else {
        s
    }
}
