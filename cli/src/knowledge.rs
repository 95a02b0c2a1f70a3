//! `mail-doctor knowledge [--client ID] [--all] [--json] [--lang ja|en]`: the facts the engine
//! holds about each client (`mail_doctor_core::knowledge`, from `docs/knowledge/`), the
//! unconfirmed ones per client with their counts and a total; `--all` adds the confirmed ones
//! with their sources.

use crate::input::{out, usage_error, LangArg};
use crate::words::{words, Words};
use mail_doctor_core::case::ClientId;
use mail_doctor_core::knowledge::{self, Counts, Fact, Status};
use mail_doctor_core::lang::fill;
use mail_doctor_core::Lang;
use serde::Serialize;
use std::process::ExitCode;

/// The facts known about each client, with sources: the unconfirmed ones and their counts.
#[derive(clap::Args)]
pub struct Args {
    /// Only this client (outlook-new, outlook-classic, windows-mail, windows-live-mail,
    /// thunderbird, apple-mail, ios-mail, android-gmail, becky, device).
    #[arg(long, value_name = "ID")]
    client: Option<String>,
    /// Lists the confirmed facts too, with their sources and the date they were checked.
    #[arg(long)]
    all: bool,
    /// Prints JSON instead of text.
    #[arg(long)]
    json: bool,
    /// The language of the text (Japanese by default; the facts' descriptions are English).
    #[arg(long, value_enum, default_value = "ja")]
    lang: LangArg,
}

#[derive(Serialize)]
struct JsonCounts {
    facts: usize,
    confirmed: usize,
    unconfirmed: usize,
}

impl From<Counts> for JsonCounts {
    fn from(c: Counts) -> JsonCounts {
        JsonCounts {
            facts: c.facts,
            confirmed: c.confirmed,
            unconfirmed: c.unconfirmed,
        }
    }
}

#[derive(Serialize)]
struct JsonFact {
    id: &'static str,
    about: &'static str,
    status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    checked: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    why: Option<&'static str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    labels: Vec<&'static str>,
}

#[derive(Serialize)]
struct JsonClient {
    client: &'static str,
    dossier: String,
    #[serde(flatten)]
    counts: JsonCounts,
    /// The facts listed: the unconfirmed ones, or with `--all` every one.
    items: Vec<JsonFact>,
}

#[derive(Serialize)]
struct JsonOutput {
    clients: Vec<JsonClient>,
    total: JsonCounts,
}

pub fn run(args: Args) -> ExitCode {
    let lang = Lang::from(args.lang);
    let clients: Vec<ClientId> = match args.client.as_deref() {
        None => ClientId::ALL.to_vec(),
        Some(name) => match ClientId::from_name(name.trim()) {
            Some(id) => vec![id],
            None => {
                let known: Vec<&str> = ClientId::ALL.iter().map(|c| c.as_str()).collect();
                return usage_error(&fill(
                    words(lang).knowledge_no_client,
                    &[("name", name), ("known", &known.join(", "))],
                ));
            }
        },
    };
    let shown = |f: &&Fact| args.all || !f.confirmed();
    let total = clients
        .iter()
        .map(|c| Counts::of(knowledge::facts(*c)))
        .fold(Counts::default(), |a, b| Counts {
            facts: a.facts + b.facts,
            confirmed: a.confirmed + b.confirmed,
            unconfirmed: a.unconfirmed + b.unconfirmed,
        });
    if args.json {
        let output = JsonOutput {
            clients: clients
                .iter()
                .map(|c| JsonClient {
                    client: c.as_str(),
                    dossier: knowledge::dossier(*c),
                    counts: Counts::of(knowledge::facts(*c)).into(),
                    items: knowledge::facts(*c)
                        .iter()
                        .filter(shown)
                        .map(json_fact)
                        .collect(),
                })
                .collect(),
            total: total.into(),
        };
        return match serde_json::to_string_pretty(&output) {
            Ok(text) => {
                out(&text);
                ExitCode::SUCCESS
            }
            Err(e) => usage_error(&e.to_string()),
        };
    }
    let words = words(lang);
    out(if args.all {
        words.knowledge_heading_all
    } else {
        words.knowledge_heading_unconfirmed
    });
    for client in &clients {
        let facts = knowledge::facts(*client);
        let counts = Counts::of(facts);
        out("");
        out(&format!(
            "{} ({}): {}",
            client.as_str(),
            knowledge::dossier(*client),
            counts_line(counts, words)
        ));
        for fact in facts.iter().filter(shown) {
            out(&format!("  {:<4} {}", fact.id, fact.about));
            let status = match fact.status {
                Status::Confirmed { source, checked } => fill(
                    words.knowledge_source,
                    &[("source", source), ("checked", checked)],
                ),
                Status::Unconfirmed { why } => fill(words.knowledge_unconfirmed, &[("why", why)]),
            };
            out(&format!("       {status}"));
            if !fact.labels.is_empty() {
                let labels: Vec<&str> = fact.labels.iter().map(|l| l.as_str()).collect();
                out(&format!(
                    "       {}",
                    fill(words.knowledge_labels, &[("labels", &labels.join(", "))])
                ));
            }
        }
    }
    out("");
    out(&fill(
        words.knowledge_total,
        &[("counts", &counts_line(total, words))],
    ));
    ExitCode::SUCCESS
}

/// 「未確認 11 件（全 21 件、確認済み 10 件）」 / "11 unconfirmed (of 21; 10 confirmed)".
fn counts_line(c: Counts, words: &Words) -> String {
    fill(
        words.knowledge_counts,
        &[
            ("unconfirmed", &c.unconfirmed.to_string()),
            ("facts", &c.facts.to_string()),
            ("confirmed", &c.confirmed.to_string()),
        ],
    )
}

fn json_fact(fact: &Fact) -> JsonFact {
    let (status, source, checked, why) = match fact.status {
        Status::Confirmed { source, checked } => ("confirmed", Some(source), Some(checked), None),
        Status::Unconfirmed { why } => ("unconfirmed", None, None, Some(why)),
    };
    JsonFact {
        id: fact.id,
        about: fact.about,
        status,
        source,
        checked,
        why,
        labels: fact.labels.iter().map(|l| l.as_str()).collect(),
    }
}
