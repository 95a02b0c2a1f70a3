//! The surveys' words: headings, flags, titles, definitions and the summary lines, as two word
//! tables (`SurveyWords` for the page, `SurveyTableWords` for the worker's table) whose code
//! is written once here; each language's texts are in its folder
//! (`core/src/lang/<tag>/survey.rs`), and a message missing in one language does not compile.

use super::table::Col;
use super::{ports, sending, time, Kind, Settings, Summary};
use crate::lang::Lang;

/// The parameters a definition names.
pub struct Params<'a> {
    pub floor: &'static str,
    pub window_minutes: u32,
    pub burst_min: u32,
    pub burst_gap_seconds: u32,
    pub max_recipients: Option<u32>,
    /// (messages, per minutes)
    pub send_rate: Option<(u32, u32)>,
    pub isp_networks: usize,
    pub retired: &'a [String],
    pub old_server: bool,
    pub all_clients: bool,
    pub offset: String,
}

crate::word_table! {
    /// The survey's words for its table (headings, flags, the summary), which the worker makes: each
    /// language's `SURVEY_TABLE` (`core/src/lang/<tag>/survey.rs`).
    pub(crate) struct SurveyTableWords {
        /// The heading of the column `Col::Account` (no placeholder).
        col_account,
        /// The heading of the column `Col::Client` (no placeholder).
        col_client,
        /// The heading of the column `Col::Sessions` (no placeholder).
        col_sessions,
        /// The heading of the column `Col::FirstSeen` (no placeholder).
        col_first_seen,
        /// The heading of the column `Col::LastSeen` (no placeholder).
        col_last_seen,
        /// The heading of the column `Col::ClientNames` (no placeholder).
        col_client_names,
        /// The heading of the column `Col::ClientAddresses` (no placeholder).
        col_client_addresses,
        /// The heading of the column `Col::FailedLogins` (no placeholder).
        col_failed_logins,
        /// The heading of the column `Col::BelowFloor` (no placeholder).
        col_below_floor,
        /// The heading of the column `Col::TlsVersions` (no placeholder).
        col_tls_versions,
        /// The heading of the column `Col::Services` (no placeholder).
        col_services,
        /// The heading of the column `Col::LastBelowFloor` (no placeholder).
        col_last_below_floor,
        /// The heading of the column `Col::Ciphers` (no placeholder).
        col_ciphers,
        /// The heading of the column `Col::Flags` (no placeholder).
        col_flags,
        /// The heading of the column `Col::Smtp25` (no placeholder).
        col_smtp_25,
        /// The heading of the column `Col::Submission587` (no placeholder).
        col_submission_587,
        /// The heading of the column `Col::Smtps465` (no placeholder).
        col_smtps_465,
        /// The heading of the column `Col::Imap` (no placeholder).
        col_imap,
        /// The heading of the column `Col::Pop3` (no placeholder).
        col_pop_3,
        /// The heading of the column `Col::Cloud` (no placeholder).
        col_cloud,
        /// The heading of the column `Col::LastPort25` (no placeholder).
        col_last_port_25,
        /// The heading of the column `Col::LastPop3` (no placeholder).
        col_last_pop_3,
        /// The heading of the column `Col::RetiredTargets` (no placeholder).
        col_retired_targets,
        /// The heading of the column `Col::Flagged` (no placeholder).
        col_flagged,
        /// The heading of the column `Col::Logins` (no placeholder).
        col_logins,
        /// The heading of the column `Col::Microsoft` (no placeholder).
        col_microsoft,
        /// The heading of the column `Col::IspNetworks` (no placeholder).
        col_isp_networks,
        /// The heading of the column `Col::Elsewhere` (no placeholder).
        col_elsewhere,
        /// The heading of the column `Col::ElsewhereNetworks` (no placeholder).
        col_elsewhere_networks,
        /// The heading of the column `Col::ElsewhereAddresses` (no placeholder).
        col_elsewhere_addresses,
        /// The heading of the column `Col::FlagEvidence` (no placeholder).
        col_flag_evidence,
        /// The heading of the column `Col::Messages` (no placeholder).
        col_messages,
        /// The heading of the column `Col::Recipients` (no placeholder).
        col_recipients,
        /// The heading of the column `Col::MaxRecipients` (no placeholder).
        col_max_recipients,
        /// The heading of the column `Col::OverCap` (no placeholder).
        col_over_cap,
        /// The heading of the column `Col::MostInWindow` (no placeholder).
        col_most_in_window,
        /// The heading of the column `Col::OverRate` (no placeholder).
        col_over_rate,
        /// The heading of the column `Col::FirstOver` (no placeholder).
        col_first_over,
        /// The heading of the column `Col::Bursts` (no placeholder).
        col_bursts,
        /// The heading of the column `Col::LargestBurst` (no placeholder).
        col_largest_burst,
        /// The heading of the column `Col::ShortestPause` (no placeholder).
        col_shortest_pause,
        /// Listed for port 25 (no placeholder).
        flag_port_25,
        /// Listed for POP (no placeholder).
        flag_pop,
        /// Listed for the recipients cap (no placeholder).
        flag_over_cap,
        /// Listed for the sending limit (no placeholder).
        flag_over_rate,
        /// Listed for bursts with pauses (no placeholder).
        flag_burst_then_wait,
        /// A flagged row (no placeholder).
        yes,
        /// What was read: `{lines}`, `{mb}`, `{used}`, `{ignored}`, `{unknown}`, `{sessions}`, `{messages}`, `{rows}`.
        summary_read,
        /// The time span: `{first}`, `{last}`.
        summary_period,
        /// Devices not listed: `{n}`.
        summary_unlisted,
        /// Sessions whose TLS version the log does not give: `{n}`.
        summary_tls_unknown,
        /// Events out of time order: `{n}`.
        summary_backwards,
    }
}

crate::word_table! {
    /// The survey's words for the page (titles, definitions): each language's `SURVEY`
    /// (`core/src/lang/<tag>/survey.rs`). Apart from the table's, so that the page's first load
    /// does not carry the headings and summaries, which the worker makes.
    pub(crate) struct SurveyWords {
        /// The title of `Kind::Tls` (no placeholder).
        title_tls,
        /// The title of `Kind::Ports` (no placeholder).
        title_ports,
        /// The title of `Kind::Retired` (no placeholder).
        title_retired,
        /// The title of `Kind::Origins` (no placeholder).
        title_origins,
        /// The title of `Kind::Sending` (no placeholder).
        title_sending,
        /// What `Kind::Tls` counts: `{floor}`, `{session_variable}` (Dovecot's own `%{session}`, given as it is).
        definition_tls,
        /// What `Kind::Ports` counts (no placeholder).
        definition_ports,
        /// No retired server in the profile (no placeholder).
        retired_none,
        /// Between the retired servers (no placeholder).
        retired_separator,
        /// What `Kind::Retired` counts: `{targets}`, `{old}`.
        definition_retired,
        /// The files are the old server's own logs (no placeholder).
        retired_old_server,
        /// What `Kind::Origins` counts: `{nets}`, `{w}`.
        definition_origins,
        /// The recipients cap: `{c}`.
        sending_cap,
        /// No recipients cap (no placeholder).
        sending_no_cap,
        /// The sending limit: `{n}`, `{t}`.
        sending_rate,
        /// No sending limit (no placeholder).
        sending_no_rate,
        /// What `Kind::Sending` counts: `{cap}`, `{rate}`, `{b}`, `{g}`.
        definition_sending,
        /// Devices listed from any network (no placeholder).
        subjects_all_clients,
        /// Devices not listed: no ISP networks (no placeholder).
        subjects_no_networks,
        /// Devices listed from the ISP's networks (no placeholder).
        subjects_isp_networks,
        /// Who a row is: `{devices}`, `{offset}`.
        subjects,
        /// No row for `Kind::Tls` (no placeholder).
        no_rows_tls,
        /// No row for `Kind::Ports` (no placeholder).
        no_rows_ports,
        /// No row for `Kind::Retired` (no placeholder).
        no_rows_retired,
        /// No row for `Kind::Origins` (no placeholder).
        no_rows_origins,
        /// No row for `Kind::Sending` (no placeholder).
        no_rows_sending,
    }
}

fn table_words(lang: Lang) -> &'static SurveyTableWords {
    crate::word_table::in_lang!(lang, crate::lang => SURVEY_TABLE)
}

fn page_words(lang: Lang) -> &'static SurveyWords {
    crate::word_table::in_lang!(lang, crate::lang => SURVEY)
}

impl SurveyTableWords {
    fn heading(&self, col: Col) -> &'static str {
        match col {
            Col::Account => self.col_account,
            Col::Client => self.col_client,
            Col::Sessions => self.col_sessions,
            Col::FirstSeen => self.col_first_seen,
            Col::LastSeen => self.col_last_seen,
            Col::ClientNames => self.col_client_names,
            Col::ClientAddresses => self.col_client_addresses,
            Col::FailedLogins => self.col_failed_logins,
            Col::BelowFloor => self.col_below_floor,
            Col::TlsVersions => self.col_tls_versions,
            Col::Services => self.col_services,
            Col::LastBelowFloor => self.col_last_below_floor,
            Col::Ciphers => self.col_ciphers,
            Col::Flags => self.col_flags,
            Col::Smtp25 => self.col_smtp_25,
            Col::Submission587 => self.col_submission_587,
            Col::Smtps465 => self.col_smtps_465,
            Col::Imap => self.col_imap,
            Col::Pop3 => self.col_pop_3,
            Col::Cloud => self.col_cloud,
            Col::LastPort25 => self.col_last_port_25,
            Col::LastPop3 => self.col_last_pop_3,
            Col::RetiredTargets => self.col_retired_targets,
            Col::Flagged => self.col_flagged,
            Col::Logins => self.col_logins,
            Col::Microsoft => self.col_microsoft,
            Col::IspNetworks => self.col_isp_networks,
            Col::Elsewhere => self.col_elsewhere,
            Col::ElsewhereNetworks => self.col_elsewhere_networks,
            Col::ElsewhereAddresses => self.col_elsewhere_addresses,
            Col::FlagEvidence => self.col_flag_evidence,
            Col::Messages => self.col_messages,
            Col::Recipients => self.col_recipients,
            Col::MaxRecipients => self.col_max_recipients,
            Col::OverCap => self.col_over_cap,
            Col::MostInWindow => self.col_most_in_window,
            Col::OverRate => self.col_over_rate,
            Col::FirstOver => self.col_first_over,
            Col::Bursts => self.col_bursts,
            Col::LargestBurst => self.col_largest_burst,
            Col::ShortestPause => self.col_shortest_pause,
        }
    }

    fn summary(&self, s: &Summary) -> Vec<String> {
        use crate::lang::fill_values as fill;
        let st = &s.stats;
        let mb = format!("{:.1}", st.bytes as f64 / 1e6);
        let mut lines = vec![fill(
            self.summary_read,
            &[
                ("lines", &st.lines),
                ("mb", &mb),
                ("used", &st.used),
                ("ignored", &st.ignored),
                ("unknown", &st.unknown),
                ("sessions", &st.sessions),
                ("messages", &st.messages),
                ("rows", &s.rows),
            ],
        )];
        if let (Some(f), Some(l)) = (st.first, st.last) {
            lines.push(fill(
                self.summary_period,
                &[
                    ("first", &time::format(f, s.offset_seconds)),
                    ("last", &time::format(l, s.offset_seconds)),
                ],
            ));
        }
        if s.unlisted > 0 {
            lines.push(fill(self.summary_unlisted, &[("n", &s.unlisted)]));
        }
        if st.tls_version_unknown > 0 {
            lines.push(fill(
                self.summary_tls_unknown,
                &[("n", &st.tls_version_unknown)],
            ));
        }
        if st.backwards > 0 {
            lines.push(fill(self.summary_backwards, &[("n", &st.backwards)]));
        }
        lines
    }
}

impl SurveyWords {
    fn title(&self, kind: Kind) -> &'static str {
        match kind {
            Kind::Tls => self.title_tls,
            Kind::Ports => self.title_ports,
            Kind::Retired => self.title_retired,
            Kind::Origins => self.title_origins,
            Kind::Sending => self.title_sending,
        }
    }

    fn no_rows(&self, kind: Kind) -> &'static str {
        match kind {
            Kind::Tls => self.no_rows_tls,
            Kind::Ports => self.no_rows_ports,
            Kind::Retired => self.no_rows_retired,
            Kind::Origins => self.no_rows_origins,
            Kind::Sending => self.no_rows_sending,
        }
    }

    /// What the survey counts, with its parameters.
    fn definition(&self, kind: Kind, p: &Params) -> String {
        use crate::lang::fill_values as fill;
        match kind {
            Kind::Tls => fill(
                self.definition_tls,
                &[("floor", &p.floor), ("session_variable", &"%{session}")],
            ),
            Kind::Ports => self.definition_ports.to_string(),
            Kind::Retired => {
                let targets = if p.retired.is_empty() {
                    self.retired_none.to_string()
                } else {
                    p.retired.join(self.retired_separator)
                };
                let old = if p.old_server {
                    self.retired_old_server
                } else {
                    ""
                };
                fill(
                    self.definition_retired,
                    &[("targets", &targets), ("old", &old)],
                )
            }
            Kind::Origins => fill(
                self.definition_origins,
                &[("nets", &p.isp_networks), ("w", &p.window_minutes)],
            ),
            Kind::Sending => {
                let cap = match p.max_recipients {
                    Some(c) => fill(self.sending_cap, &[("c", &c)]),
                    None => self.sending_no_cap.to_string(),
                };
                let rate = match p.send_rate {
                    Some((n, t)) => fill(self.sending_rate, &[("n", &n), ("t", &t)]),
                    None => self.sending_no_rate.to_string(),
                };
                fill(
                    self.definition_sending,
                    &[
                        ("cap", &cap),
                        ("rate", &rate),
                        ("b", &p.burst_min),
                        ("g", &p.burst_gap_seconds),
                    ],
                )
            }
        }
    }

    /// Who a row is: accounts, and which devices are listed by address.
    fn subjects(&self, p: &Params) -> String {
        let devices = if p.all_clients {
            self.subjects_all_clients
        } else if p.isp_networks == 0 {
            self.subjects_no_networks
        } else {
            self.subjects_isp_networks
        };
        crate::lang::fill_values(
            self.subjects,
            &[("devices", &devices), ("offset", &p.offset)],
        )
    }
}

pub fn heading(lang: Lang, col: Col) -> &'static str {
    table_words(lang).heading(col)
}

pub fn ports_flag(flag: ports::Flag, lang: Option<Lang>) -> &'static str {
    lang.map_or(flag.as_str(), |l| {
        let w = table_words(l);
        match flag {
            ports::Flag::Port25 => w.flag_port_25,
            ports::Flag::Pop => w.flag_pop,
        }
    })
}

pub fn sending_flag(flag: sending::Flag, lang: Option<Lang>) -> &'static str {
    lang.map_or(flag.as_str(), |l| {
        let w = table_words(l);
        match flag {
            sending::Flag::OverCap => w.flag_over_cap,
            sending::Flag::OverRate => w.flag_over_rate,
            sending::Flag::BurstThenWait => w.flag_burst_then_wait,
        }
    })
}

pub(crate) fn yes(b: bool, lang: Option<Lang>) -> String {
    match (b, lang) {
        (false, _) => String::new(),
        (true, None) => "yes".into(),
        (true, Some(l)) => table_words(l).yes.into(),
    }
}

pub fn title(lang: Lang, kind: Kind) -> &'static str {
    page_words(lang).title(kind)
}

pub fn no_rows(lang: Lang, kind: Kind) -> &'static str {
    page_words(lang).no_rows(kind)
}

fn params(s: &Settings) -> Params<'_> {
    Params {
        floor: s.floor.as_str(),
        window_minutes: s.window_minutes,
        burst_min: s.burst_min,
        burst_gap_seconds: s.burst_gap_seconds,
        max_recipients: s.max_recipients,
        send_rate: s.send_rate.map(|r| (r.messages, r.per_minutes)),
        isp_networks: s.isp_networks.len(),
        retired: &[],
        old_server: s.old_server,
        all_clients: s.all_clients,
        offset: super::time::format_offset(s.offset),
    }
}

/// The definition of `kind` with the settings' values, followed by who the rows are.
pub fn definition(lang: Lang, kind: Kind, s: &Settings) -> String {
    let retired: Vec<String> = s
        .retired_hosts
        .iter()
        .cloned()
        .chain(s.retired_ips.iter().map(|i| i.to_string()))
        .collect();
    let mut p = params(s);
    p.retired = &retired;
    let words = page_words(lang);
    let mut text = words.definition(kind, &p);
    if kind != Kind::Origins {
        text.push_str(lang.sentence_gap());
        text.push_str(&words.subjects(&p));
    }
    text
}

/// The summary lines in `lang`.
pub fn summary(lang: Lang, s: &Summary) -> Vec<String> {
    table_words(lang).summary(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::Profile;

    #[test]
    fn every_language_has_every_message_with_the_same_placeholders() {
        crate::word_table::check(|lang| table_words(lang).all());
        crate::word_table::check(|lang| page_words(lang).all());
    }

    #[test]
    fn every_heading_and_definition_exists_in_both_languages() {
        let settings = Settings::new(&Profile::demo());
        for kind in Kind::ALL {
            for lang in Lang::ALL {
                assert!(!title(lang, kind).is_empty());
                assert!(
                    definition(lang, kind, &settings).len() > 80,
                    "{kind:?} {lang:?}"
                );
            }
            assert_ne!(
                definition(Lang::Ja, kind, &settings),
                definition(Lang::En, kind, &settings)
            );
        }
    }
}
