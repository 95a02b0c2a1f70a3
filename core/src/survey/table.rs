//! Rows as a table (headings in Japanese or English, or the JSON keys) and as CSV.

use super::{Report, Rows};
use crate::lang::Lang;
use std::collections::BTreeMap;

/// Every column of every survey. [`Col::key`] is the row's JSON field; the headings are in
/// [`super::text`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Col {
    Account,
    Client,
    Sessions,
    FirstSeen,
    LastSeen,
    ClientNames,
    ClientAddresses,
    FailedLogins,
    // tls
    BelowFloor,
    TlsVersions,
    Services,
    LastBelowFloor,
    Ciphers,
    // ports
    Flags,
    Smtp25,
    Submission587,
    Smtps465,
    Imap,
    Pop3,
    Cloud,
    LastPort25,
    LastPop3,
    // retired
    RetiredTargets,
    // origins
    Flagged,
    Logins,
    Microsoft,
    IspNetworks,
    Elsewhere,
    ElsewhereNetworks,
    ElsewhereAddresses,
    FlagEvidence,
    // sending
    Messages,
    Recipients,
    MaxRecipients,
    OverCap,
    MostInWindow,
    OverRate,
    FirstOver,
    Bursts,
    LargestBurst,
    ShortestPause,
}

impl Col {
    /// The JSON field (and CSV header) of the column.
    pub fn key(self) -> &'static str {
        match self {
            Col::Account => "account",
            Col::Client => "client",
            Col::Sessions => "sessions",
            Col::FirstSeen => "first_seen",
            Col::LastSeen => "last_seen",
            Col::ClientNames => "client_names",
            Col::ClientAddresses => "client_addresses",
            Col::FailedLogins => "failed_logins",
            Col::BelowFloor => "below_floor",
            Col::TlsVersions => "tls_versions",
            Col::Services => "services",
            Col::LastBelowFloor => "last_below_floor",
            Col::Ciphers => "ciphers",
            Col::Flags => "flags",
            Col::Smtp25 => "smtp_25",
            Col::Submission587 => "submission_587",
            Col::Smtps465 => "smtps_465",
            Col::Imap => "imap",
            Col::Pop3 => "pop3",
            Col::Cloud => "cloud",
            Col::LastPort25 => "last_port_25",
            Col::LastPop3 => "last_pop3",
            Col::RetiredTargets => "retired",
            Col::Flagged => "flagged",
            Col::Logins => "logins",
            Col::Microsoft => "microsoft",
            Col::IspNetworks => "isp_networks",
            Col::Elsewhere => "elsewhere",
            Col::ElsewhereNetworks => "elsewhere_networks",
            Col::ElsewhereAddresses => "elsewhere_addresses",
            Col::FlagEvidence => "flag_evidence",
            Col::Messages => "messages",
            Col::Recipients => "recipients",
            Col::MaxRecipients => "max_recipients",
            Col::OverCap => "over_cap",
            Col::MostInWindow => "most_in_window",
            Col::OverRate => "over_rate",
            Col::FirstOver => "first_over",
            Col::Bursts => "bursts",
            Col::LargestBurst => "largest_burst",
            Col::ShortestPause => "shortest_pause_seconds",
        }
    }
}

/// A survey row as table cells.
pub trait TableRow {
    const COLUMNS: &'static [Col];
    /// The cells, in [`Self::COLUMNS`] order; flags in `lang`, or as codes without one.
    fn cells(&self, lang: Option<Lang>) -> Vec<String>;
}

/// Values separated by spaces, `…` when there were more.
pub fn list(items: &[String], more: bool) -> String {
    let mut s = items.join(" ");
    if more {
        s.push_str(" …");
    }
    s
}

/// `TLSv1:3 none:1`
pub fn counts(map: &BTreeMap<&'static str, u64>) -> String {
    map.iter()
        .map(|(k, v)| format!("{k}:{v}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Headings and cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub columns: Vec<Col>,
    /// In the table's language, or the keys.
    pub headings: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
}

fn table_of<R: TableRow>(rows: &[R], lang: Option<Lang>) -> Table {
    Table {
        columns: R::COLUMNS.to_vec(),
        headings: R::COLUMNS
            .iter()
            .map(|c| match lang {
                Some(l) => super::text::heading(l, *c),
                None => c.key(),
            })
            .collect(),
        rows: rows.iter().map(|r| r.cells(lang)).collect(),
    }
}

impl Report {
    /// The rows as a table: headings and flags in `lang`, or keys and codes without one (the
    /// CLI's CSV, for scripts).
    pub fn table(&self, lang: Option<Lang>) -> Table {
        match &self.rows {
            Rows::Tls(r) => table_of(r, lang),
            Rows::Ports(r) => table_of(r, lang),
            Rows::Retired(r) => table_of(r, lang),
            Rows::Origins(r) => table_of(r, lang),
            Rows::Sending(r) => table_of(r, lang),
        }
    }
}

impl Table {
    /// CSV (RFC 4180 quoting where needed, `\n` line ends), written with `csv-core`.
    pub fn csv(&self) -> String {
        let mut out = Vec::new();
        let mut w = csv_core::Writer::new();
        let mut buf = [0u8; 1024];
        let mut record = |fields: &mut dyn Iterator<Item = &str>, out: &mut Vec<u8>| {
            for (i, field) in fields.enumerate() {
                if i > 0 {
                    let (_, n) = w.delimiter(&mut buf);
                    out.extend_from_slice(&buf[..n]);
                }
                let mut input = field.as_bytes();
                loop {
                    let (res, nin, nout) = w.field(input, &mut buf);
                    out.extend_from_slice(&buf[..nout]);
                    input = &input[nin..];
                    if res == csv_core::WriteResult::InputEmpty {
                        break;
                    }
                }
            }
            loop {
                let (res, n) = w.terminator(&mut buf);
                out.extend_from_slice(&buf[..n]);
                if res == csv_core::WriteResult::InputEmpty {
                    break;
                }
            }
        };
        record(&mut self.headings.iter().copied(), &mut out);
        for row in &self.rows {
            record(&mut row.iter().map(String::as_str), &mut out);
        }
        String::from_utf8(out).unwrap_or_default()
    }
}
