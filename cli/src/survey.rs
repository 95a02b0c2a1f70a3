//! `mail-doctor survey tls|ports|retired|origins|sending [--profile P] [--format table|csv|json]
//! FILE…|-`: the operator's log survey over Postfix/Dovecot logs (plain or gzip, detected by
//! their magic bytes) or a cloud service's CSV export (`--map`). The files are read in chunks
//! and streamed through the engine (`mail_doctor_core::survey`): memory stays flat in the
//! logs' size. A progress bar goes to stderr when it is a terminal.

use crate::input::{load_profile, out, usage_error, LangArg};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use mail_doctor_core::ipranges::Ranges;
use mail_doctor_core::profile::Tls;
use mail_doctor_core::survey::cloud_csv::Mapping;
use mail_doctor_core::survey::input::{Format, Reader};
use mail_doctor_core::survey::time::{self, Clock, Year};
use mail_doctor_core::survey::{text, Kind, Report, Settings, Survey};
use mail_doctor_core::Lang;
use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};
use unicode_width::UnicodeWidthStr;

/// Chunk size of the reads.
const CHUNK: usize = 1 << 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum KindArg {
    /// Who still negotiates TLS below the floor (TLS 1.0/1.1, SSLv3) or no TLS
    Tls,
    /// Who submits on port 25 rather than 587/465; who reads mail by POP
    Ports,
    /// Who still connects to a retired host or IP of the profile
    Retired,
    /// Where each account signs in from (Microsoft cloud, the ISP's networks, elsewhere)
    Origins,
    /// Who sends over the recipients cap or the n-per-t window; burst-then-wait senders
    Sending,
}

impl From<KindArg> for Kind {
    fn from(k: KindArg) -> Kind {
        match k {
            KindArg::Tls => Kind::Tls,
            KindArg::Ports => Kind::Ports,
            KindArg::Retired => Kind::Retired,
            KindArg::Origins => Kind::Origins,
            KindArg::Sending => Kind::Sending,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// An aligned table with the definition and the summary (headings in --lang)
    Table,
    /// CSV with the JSON keys as the header (for scripts and spreadsheets)
    Csv,
    /// {"survey", "rows": [one object per account or client], "summary", "definition"}
    Json,
}

/// Survey mail-server logs: who a change will hit, who still uses the old servers, where
/// accounts sign in from, who sends over the limits.
#[derive(clap::Args)]
#[command(after_help = "\
Logs: Postfix and Dovecot lines (syslog `Dec  7 10:00:00 host tag[pid]: …`, RFC 3339 \
timestamps, or Dovecot's own log file), mixed in one file or not; gzip is detected by its magic \
bytes. Give rotated files oldest first (mail.log.2.gz mail.log.1 mail.log). A cloud service's \
CSV export needs --map, e.g. --map time=CreatedDateTime,user=UserPrincipalName,ip=IPAddress,\
status=Status,app=ClientAppUsed (keys: time user ip app status service tls local server message \
recipients recipient).

Dovecot logs the TLS version only with %k in login_log_format_elements:
  login_log_format_elements = user=<%u> method=%m rip=%r lip=%l mpid=%e lport=%a %c %k session=<%{session}>")]
pub struct Args {
    /// Which survey.
    #[arg(value_enum)]
    survey: KindArg,
    /// Log files (plain or gzip), or `-` for standard input.
    #[arg(value_name = "FILE", required = true)]
    files: Vec<String>,
    /// The profile (profile.toml): TLS floor, limits, retired servers, the ISP's networks.
    /// Without it the built-in demo profile is used.
    #[arg(long, value_name = "PATH")]
    profile: Option<String>,
    #[arg(long, value_enum, default_value = "table")]
    format: OutputFormat,
    /// The language of the table's headings, definition and summary.
    #[arg(long, value_enum, default_value = "ja")]
    lang: LangArg,
    /// The year of syslog timestamps, which have none. Default: the year that puts each line
    /// at most a day after now (a December log read in January is last year's).
    #[arg(long)]
    year: Option<i32>,
    /// The UTC offset of timestamps without one, and of the times shown (+09:00, UTC, -05:00).
    #[arg(long, value_name = "OFFSET", default_value = "+09:00")]
    tz: String,
    /// Read the files as a cloud CSV export with this column mapping (KEY=COLUMN,…).
    #[arg(long, value_name = "MAPPING")]
    map: Option<String>,
    /// tls: the floor (default: the profile's min_tls).
    #[arg(long, value_name = "1.0|1.1|1.2|1.3")]
    floor: Option<String>,
    /// origins: two sign-ins from different outside networks within this many minutes flag an
    /// account.
    #[arg(long, value_name = "MINUTES", default_value_t = mail_doctor_core::survey::DEFAULT_WINDOW_MINUTES)]
    window: u32,
    /// sending: a burst is at least this many messages…
    #[arg(long, value_name = "N", default_value_t = mail_doctor_core::survey::DEFAULT_BURST_MIN)]
    burst: u32,
    /// …each within this many seconds of the one before.
    #[arg(long, value_name = "SECONDS", default_value_t = mail_doctor_core::survey::DEFAULT_BURST_GAP_SECONDS)]
    burst_gap: u32,
    /// An ISP access network (CIDR), in addition to the profile's [isp] networks; repeatable.
    #[arg(long, value_name = "CIDR")]
    isp_network: Vec<String>,
    /// A refreshed Microsoft ranges file instead of the built-in one.
    #[arg(long, value_name = "FILE")]
    ranges: Option<String>,
    /// retired: the files are a retired server's own logs (every session counts).
    #[arg(long)]
    old_server: bool,
    /// List every account (or device), not only those the survey flags.
    #[arg(long)]
    all: bool,
    /// List devices that do not sign in from any network, not only the ISP's.
    #[arg(long)]
    all_clients: bool,
    /// No progress bar (it is shown only when stderr is a terminal).
    #[arg(long)]
    no_progress: bool,
}

fn settings(args: &Args, lang: Lang) -> Result<Settings, (ExitCode, String)> {
    let usage = |m: String| (ExitCode::from(2), m);
    let profile = load_profile(args.profile.as_deref())
        .map_err(|e| (ExitCode::from(1), e.all_lines(lang)))?;
    let mut s = Settings::new(&profile);
    for n in &args.isp_network {
        s.isp_networks.push(
            n.parse()
                .map_err(|_| usage(format!("--isp-network: `{n}` is not a CIDR")))?,
        );
    }
    if let Some(f) = &args.floor {
        s.floor =
            Tls::parse(f).ok_or_else(|| usage(format!("--floor: `{f}` (1.0|1.1|1.2|1.3)")))?;
    }
    s.window_minutes = args.window;
    s.burst_min = args.burst;
    s.burst_gap_seconds = args.burst_gap;
    s.old_server = args.old_server;
    s.all = args.all;
    s.all_clients = args.all_clients;
    s.offset = time::parse_offset(&args.tz).ok_or_else(|| {
        usage(format!(
            "--tz: `{}` is not a UTC offset (+09:00, UTC)",
            args.tz
        ))
    })?;
    if let Some(path) = &args.ranges {
        let text = std::fs::read_to_string(path).map_err(|e| usage(format!("{path}: {e}")))?;
        s.ranges = Ranges::parse(&text).map_err(|e| usage(format!("{path}: {e}")))?;
    }
    Ok(s)
}

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_secs()).unwrap_or(0))
        .unwrap_or(0)
}

pub fn run(args: Args) -> ExitCode {
    let lang = Lang::from(args.lang);
    let settings = match settings(&args, lang) {
        Ok(s) => s,
        Err((code, message)) => {
            eprintln!("mail-doctor: {message}");
            return code;
        }
    };
    let format = match &args.map {
        Some(m) => match Mapping::parse(m) {
            Ok(m) => Format::Csv(m),
            Err(e) => return usage_error(&e.to_string()),
        },
        None => Format::Logs,
    };
    let year = match args.year {
        Some(y) => Year::Fixed(y),
        None => Year::Infer { now: now() },
    };
    let clock = Clock::new(year, settings.offset);
    let kind = Kind::from(args.survey);
    let mut reader = Reader::new(format, clock);
    let mut survey = Survey::new(kind, settings);

    let total: u64 = args
        .files
        .iter()
        .filter(|f| *f != "-")
        .filter_map(|f| std::fs::metadata(f).ok().map(|m| m.len()))
        .sum();
    let bar = if args.no_progress || !std::io::stderr().is_terminal() {
        ProgressBar::hidden()
    } else {
        let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template(
                "{bar:40} {bytes}/{total_bytes} {bytes_per_sec} {eta} {msg}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar
    };

    let mut buf = vec![0u8; CHUNK];
    for path in &args.files {
        let mut file: Box<dyn Read> = if path == "-" {
            Box::new(std::io::stdin().lock())
        } else {
            match std::fs::File::open(path) {
                Ok(f) => Box::new(f),
                Err(e) => return usage_error(&format!("{path}: {e}")),
            }
        };
        bar.set_message(path.clone());
        loop {
            let n = match file.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return usage_error(&format!("{path}: {e}")),
            };
            reader.feed(&buf[..n], &mut survey);
            bar.inc(n as u64);
        }
        reader.end_input(&mut survey);
        if let Some(problem) = reader.problems().last() {
            bar.finish_and_clear();
            return usage_error(&format!("{path}: {problem}"));
        }
    }
    reader.finish(&mut survey);
    bar.finish_and_clear();
    let definition = text::definition(lang, survey.kind(), survey.settings());
    let report = survey.report(reader.stats());
    print_report(&report, &definition, args.format, lang)
}

/// `definition`: what the survey counts, in `lang` (the table's text; JSON carries both).
fn print_report(report: &Report, definition: &str, format: OutputFormat, lang: Lang) -> ExitCode {
    match format {
        OutputFormat::Json => match serde_json::to_string_pretty(report) {
            Ok(s) => out(&s),
            Err(e) => return usage_error(&e.to_string()),
        },
        OutputFormat::Csv => {
            let csv = report.table(None).csv();
            let _ = std::io::stdout().lock().write_all(csv.as_bytes());
        }
        OutputFormat::Table => {
            let mut text = String::new();
            text.push_str(text::title(lang, report.survey));
            text.push_str("\n\n");
            text.push_str(definition);
            text.push_str("\n\n");
            if report.rows.is_empty() {
                text.push_str(text::no_rows(lang, report.survey));
                text.push('\n');
            } else {
                text.push_str(&render(&report.table(Some(lang))));
            }
            text.push('\n');
            for line in text::summary(lang, &report.summary) {
                text.push_str(&line);
                text.push('\n');
            }
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
        }
    }
    ExitCode::SUCCESS
}

/// An aligned text table (display width: Japanese characters take two columns).
fn render(table: &mail_doctor_core::survey::table::Table) -> String {
    let mut widths: Vec<usize> = table.headings.iter().map(|h| h.width()).collect();
    for row in &table.rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.width());
        }
    }
    let line = |cells: &mut dyn Iterator<Item = &str>| {
        let mut s = String::new();
        for (i, (cell, w)) in cells.zip(&widths).enumerate() {
            if i > 0 {
                s.push_str("  ");
            }
            s.push_str(cell);
            s.extend(std::iter::repeat_n(' ', w - cell.width()));
        }
        s.truncate(s.trim_end().len());
        s.push('\n');
        s
    };
    let mut text = line(&mut table.headings.iter().copied());
    text.push_str(&line(
        &mut widths
            .iter()
            .map(|w| "-".repeat(*w))
            .collect::<Vec<_>>()
            .iter()
            .map(String::as_str),
    ));
    for row in &table.rows {
        text.push_str(&line(&mut row.iter().map(String::as_str)));
    }
    text
}
