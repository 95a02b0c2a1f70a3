//! The agent page's one state: what the agent typed, exactly as typed, plus the reducer.
//!
//! The form keeps text (a half-typed port stays on screen); [`Form::to_case`] turns it into the
//! engine's [`Case`] on every render, and [`Form::from_case`] fills it from a shared link.

use mail_doctor_core::case::{
    ClientId, ClientReport, IncomingReport, OutgoingReport, Resolved, Sending, Symptom, Wire,
};
use mail_doctor_core::{catalog, Case};
use std::rc::Rc;
use yew::Reducible;

/// Every free-text or choice field of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Input {
    Address,
    Client,
    ClientVersion,
    ClientOs,
    InProtocol,
    InHost,
    InPort,
    InSecurity,
    InUsername,
    InAuth,
    OutHost,
    OutPort,
    OutSecurity,
    OutAuth,
    OutUsername,
    ErrorText,
    Recipients,
    Messages,
    PerMinutes,
    WaitMinutes,
}

/// One row of "what the customer's PC resolves".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ResolvedRow {
    pub host: String,
    /// Addresses as typed, separated by spaces or commas.
    pub addresses: String,
}

/// The form as typed. Choice fields hold the wire name (`"pop3"`, `"ssl"`) or `""`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Form {
    pub address: String,
    pub client: String,
    pub client_version: String,
    pub client_os: String,
    pub in_protocol: String,
    pub in_host: String,
    pub in_port: String,
    pub in_security: String,
    pub in_username: String,
    pub in_auth: String,
    pub out_host: String,
    pub out_port: String,
    pub out_security: String,
    pub out_auth: String,
    pub out_username: String,
    pub symptoms: Vec<Symptom>,
    pub error_text: String,
    pub recipients: String,
    pub messages: String,
    pub per_minutes: String,
    pub wait_minutes: String,
    pub resolved: Vec<ResolvedRow>,
}

impl Form {
    pub fn get(&self, input: Input) -> &str {
        match input {
            Input::Address => &self.address,
            Input::Client => &self.client,
            Input::ClientVersion => &self.client_version,
            Input::ClientOs => &self.client_os,
            Input::InProtocol => &self.in_protocol,
            Input::InHost => &self.in_host,
            Input::InPort => &self.in_port,
            Input::InSecurity => &self.in_security,
            Input::InUsername => &self.in_username,
            Input::InAuth => &self.in_auth,
            Input::OutHost => &self.out_host,
            Input::OutPort => &self.out_port,
            Input::OutSecurity => &self.out_security,
            Input::OutAuth => &self.out_auth,
            Input::OutUsername => &self.out_username,
            Input::ErrorText => &self.error_text,
            Input::Recipients => &self.recipients,
            Input::Messages => &self.messages,
            Input::PerMinutes => &self.per_minutes,
            Input::WaitMinutes => &self.wait_minutes,
        }
    }

    fn slot(&mut self, input: Input) -> &mut String {
        match input {
            Input::Address => &mut self.address,
            Input::Client => &mut self.client,
            Input::ClientVersion => &mut self.client_version,
            Input::ClientOs => &mut self.client_os,
            Input::InProtocol => &mut self.in_protocol,
            Input::InHost => &mut self.in_host,
            Input::InPort => &mut self.in_port,
            Input::InSecurity => &mut self.in_security,
            Input::InUsername => &mut self.in_username,
            Input::InAuth => &mut self.in_auth,
            Input::OutHost => &mut self.out_host,
            Input::OutPort => &mut self.out_port,
            Input::OutSecurity => &mut self.out_security,
            Input::OutAuth => &mut self.out_auth,
            Input::OutUsername => &mut self.out_username,
            Input::ErrorText => &mut self.error_text,
            Input::Recipients => &mut self.recipients,
            Input::Messages => &mut self.messages,
            Input::PerMinutes => &mut self.per_minutes,
            Input::WaitMinutes => &mut self.wait_minutes,
        }
    }

    pub fn client_id(&self) -> Option<ClientId> {
        ClientId::from_name(&self.client)
    }

    /// The case the form describes. Text that is not a valid value (a port of "99x") is left
    /// out of the case and flagged next to its input instead.
    pub fn to_case(&self) -> Case {
        // As the catalog names them ("Outlook 2016" → "2016", "win7" → "windows-7"), so that
        // links and the customer's guide carry the canonical forms; text the catalog does not
        // know stays as typed.
        let id = self.client_id();
        let version = text(&self.client_version).map(|v| {
            id.and_then(|c| catalog::client(c).recognise_version(&v))
                .and_then(|r| r.known)
                .map_or(v, |known| known.id.to_string())
        });
        let os =
            text(&self.client_os).map(|o| catalog::recognise_os(&o, id).map_or(o, |os| os.id()));
        let client = ClientReport { id, version, os };
        let incoming = IncomingReport {
            protocol: choice(&self.in_protocol),
            host: text(&self.in_host),
            port: port(&self.in_port),
            security: choice(&self.in_security),
            username: text(&self.in_username),
            auth: choice(&self.in_auth),
        };
        let outgoing = OutgoingReport {
            host: text(&self.out_host),
            port: port(&self.out_port),
            security: choice(&self.out_security),
            auth: choice(&self.out_auth),
            username: text(&self.out_username),
        };
        let sending = Sending {
            recipients_per_message: count(&self.recipients),
            messages: count(&self.messages),
            per_minutes: count(&self.per_minutes),
            wait_minutes: count(&self.wait_minutes),
        };
        let resolved = self
            .resolved
            .iter()
            .filter_map(|row| {
                let host = row.host.trim();
                let addresses: Vec<String> = row
                    .addresses
                    .split(|c: char| c == ',' || c == '、' || c.is_whitespace())
                    .filter(|a| !a.is_empty())
                    .map(str::to_string)
                    .collect();
                (!host.is_empty() || !addresses.is_empty()).then(|| Resolved {
                    host: host.to_string(),
                    addresses,
                })
            })
            .collect();
        Case {
            address: text(&self.address),
            client: (client != ClientReport::default()).then_some(client),
            incoming: (incoming != IncomingReport::default()).then_some(incoming),
            outgoing: (outgoing != OutgoingReport::default()).then_some(outgoing),
            symptoms: Symptom::ALL
                .into_iter()
                .filter(|s| self.symptoms.contains(s))
                .collect(),
            error_text: (!self.error_text.trim().is_empty()).then(|| self.error_text.clone()),
            sending: (sending != Sending::default()).then_some(sending),
            resolved,
        }
    }

    /// The form showing a case (from a shared link).
    pub fn from_case(case: &Case) -> Form {
        let client = case.client.clone().unwrap_or_default();
        let incoming = case.incoming.clone().unwrap_or_default();
        let outgoing = case.outgoing.clone().unwrap_or_default();
        let sending = case.sending.clone().unwrap_or_default();
        Form {
            address: case.address.clone().unwrap_or_default(),
            client: client
                .id
                .map(|c| c.as_str().to_string())
                .unwrap_or_default(),
            client_version: client.version.unwrap_or_default(),
            client_os: client.os.unwrap_or_default(),
            in_protocol: name_of(incoming.protocol),
            in_host: incoming.host.unwrap_or_default(),
            in_port: num_text(incoming.port),
            in_security: name_of(incoming.security),
            in_username: incoming.username.unwrap_or_default(),
            in_auth: name_of(incoming.auth),
            out_host: outgoing.host.unwrap_or_default(),
            out_port: num_text(outgoing.port),
            out_security: name_of(outgoing.security),
            out_auth: name_of(outgoing.auth),
            out_username: outgoing.username.unwrap_or_default(),
            symptoms: case.symptoms.clone(),
            error_text: case.error_text.clone().unwrap_or_default(),
            recipients: num_text(sending.recipients_per_message),
            messages: num_text(sending.messages),
            per_minutes: num_text(sending.per_minutes),
            wait_minutes: num_text(sending.wait_minutes),
            resolved: case
                .resolved
                .iter()
                .map(|r| ResolvedRow {
                    host: r.host.clone(),
                    addresses: r.addresses.join(" "),
                })
                .collect(),
        }
    }
}

fn text(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// A port as typed; `None` when empty or not a port.
pub fn port(s: &str) -> Option<u16> {
    s.trim().parse::<u16>().ok().filter(|p| *p != 0)
}

/// A count as typed; `None` when empty or not a number.
pub fn count(s: &str) -> Option<u32> {
    s.trim().parse::<u32>().ok()
}

/// A choice by its wire name (`"starttls"` → `Security::Starttls`).
pub fn choice<T: Wire>(name: &str) -> Option<T> {
    T::from_name(name)
}

/// The wire name of a choice.
pub fn name_of<T: Wire>(value: Option<T>) -> String {
    value.map(|v| v.as_str().to_string()).unwrap_or_default()
}

fn num_text<N: ToString>(n: Option<N>) -> String {
    n.map(|n| n.to_string()).unwrap_or_default()
}

/// The agent page's state.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct State {
    pub form: Form,
    /// Set when the page was opened from a link that could not be read.
    pub link_error: bool,
    /// Set when the case came with a link: its values were typed by whoever made it (the page
    /// says so until the form is cleared).
    pub from_link: bool,
}

/// Everything that changes the state.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Edit(Input, String),
    ToggleSymptom(Symptom),
    AddResolved,
    RemoveResolved(usize),
    EditResolvedHost(usize, String),
    EditResolvedAddresses(usize, String),
    /// Opened from a link: the case, or `None` when the link was bad.
    Open(Option<Box<Case>>),
    Clear,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Edit(input, value) => *next.form.slot(input) = value,
            Action::ToggleSymptom(s) => {
                if let Some(i) = next.form.symptoms.iter().position(|x| *x == s) {
                    next.form.symptoms.remove(i);
                } else {
                    next.form.symptoms.push(s);
                }
            }
            Action::AddResolved => next.form.resolved.push(ResolvedRow::default()),
            Action::RemoveResolved(i) => {
                if i < next.form.resolved.len() {
                    next.form.resolved.remove(i);
                }
            }
            Action::EditResolvedHost(i, v) => {
                if let Some(row) = next.form.resolved.get_mut(i) {
                    row.host = v;
                }
            }
            Action::EditResolvedAddresses(i, v) => {
                if let Some(row) = next.form.resolved.get_mut(i) {
                    row.addresses = v;
                }
            }
            Action::Open(Some(case)) => {
                next.form = Form::from_case(&case);
                next.link_error = false;
                next.from_link = true;
            }
            Action::Open(None) => {
                next.form = Form::default();
                next.link_error = true;
            }
            Action::Clear => next = State::default(),
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_case_survives_the_form_both_ways() {
        let case = Case::from_json(
            r#"{ "address": "taro@kita.aoi.example.jp",
                 "client": { "id": "outlook-classic", "version": "2010", "os": "windows-7" },
                 "incoming": { "protocol": "pop3", "host": "mail.aoi.example.jp", "port": 110,
                               "security": "none", "username": "taro", "auth": "spa" },
                 "outgoing": { "host": "smtp.aoi.example.jp", "port": 25, "security": "none",
                               "auth": "pop-before-smtp" },
                 "symptoms": ["cannot-send", "slow"],
                 "error_text": "0x800CCC0E",
                 "sending": { "recipients_per_message": 250, "messages": 50, "per_minutes": 0, "wait_minutes": 60 },
                 "resolved": [ { "host": "imap.mail.example.jp", "addresses": ["192.0.2.110", "192.0.2.111"] } ] }"#,
        )
        .unwrap();
        assert_eq!(Form::from_case(&case).to_case(), case);
    }

    #[test]
    fn version_and_system_are_read_as_typed() {
        let form = Form {
            client: "outlook-classic".into(),
            client_version: "Outlook 2016".into(),
            client_os: "win7".into(),
            ..Form::default()
        };
        let client = form.to_case().client.expect("client");
        assert_eq!(client.version.as_deref(), Some("2016"));
        assert_eq!(client.os.as_deref(), Some("windows-7"));
        let form = Form {
            client: "outlook-new".into(),
            client_version: "1.2024.403.300".into(),
            client_os: "Windows 98".into(),
            ..Form::default()
        };
        let client = form.to_case().client.expect("client");
        assert_eq!(client.version.as_deref(), Some("1.2024.403.300"));
        assert_eq!(client.os.as_deref(), Some("Windows 98"));
    }

    #[test]
    fn text_that_is_not_a_value_stays_in_the_form_only() {
        let mut form = Form {
            in_port: "99x".into(),
            out_port: "70000".into(),
            in_security: "tls9".into(),
            ..Form::default()
        };
        assert_eq!(form.to_case(), Case::default());
        form.in_port = " 993 ".into();
        assert_eq!(form.to_case().incoming.and_then(|i| i.port), Some(993));
    }

    #[test]
    fn the_reducer_ignores_rows_that_do_not_exist() {
        let s = Rc::new(State::default());
        let s = s.reduce(Action::RemoveResolved(3));
        let s = s.reduce(Action::EditResolvedHost(1, "x".into()));
        assert_eq!(*s, State::default());
    }
}
