//! `mail-doctor probe`: connect to the real servers and say what they offer and what is wrong.
//!
//! ```text
//! mail-doctor probe HOST:PORT --security ssl|starttls|none [--protocol smtp|imap|pop3] [--json]
//! mail-doctor probe --domain D --profile P [--json]
//! mail-doctor probe --all --profile P [--json]
//! ```
//! Exit status 0 whatever the servers do (the findings say it); 1 an unusable profile; 2 the
//! command could not run (usage, an unreadable file). No login is attempted, no password asked.

use crate::input::{load_profile, out, usage_error, LangArg};
use crate::prober::{probe_all, ConnectArgs, Options};
use crate::words::{words, FOR_PEOPLE, FOR_PROGRAMS};
use mail_doctor_core::case::Security;
use mail_doctor_core::lang::fill;
use mail_doctor_core::names::normalize_host;
use mail_doctor_core::probe::{
    date_of, domain_targets, find_target, finding_text, label, outcome_name, profile_targets,
    server_side_verdict, severity_name, step_name, verdict_text, Label, MailProtocol, Policy,
    ProbeReport, ProbeText, Role, ServerSideVerdict, Target, VersionCheck,
};
use mail_doctor_core::profile::Profile;
use mail_doctor_core::{Lang, Severity};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Probe the ISP's real servers: one endpoint, a domain's endpoints, or the whole profile.
#[derive(clap::Args)]
pub struct Args {
    /// One endpoint: HOST:PORT (`[v6]:PORT` for IPv6).
    #[arg(value_name = "HOST:PORT", conflicts_with_all = ["domain", "all"])]
    endpoint: Option<String>,
    /// The endpoint's encryption (guessed from the port when left out: 465/993/995 ssl,
    /// 587/143/110 starttls).
    #[arg(long, value_enum)]
    security: Option<SecurityArg>,
    /// The endpoint's protocol (guessed from the port when left out).
    #[arg(long, value_enum)]
    protocol: Option<ProtocolArg>,
    /// Every current endpoint of this domain's server set (needs --profile or the demo).
    #[arg(long, value_name = "DOMAIN", conflicts_with = "all")]
    domain: Option<String>,
    /// Every current endpoint of the profile, and every retired host on the mail ports.
    #[arg(long)]
    all: bool,
    /// The profile (profile.toml); without it the built-in demo profile. Its min_tls is the
    /// floor the TLS findings measure against.
    #[arg(long, value_name = "PATH")]
    profile: Option<String>,
    /// JSON for programs instead of the table.
    #[arg(long)]
    json: bool,
    /// The language of the findings' words (Japanese by default; --json adds them only with
    /// --lang).
    #[arg(long, value_enum)]
    lang: Option<LangArg>,
    /// Endpoints probed at once (--all, --domain).
    #[arg(long, default_value_t = 16, value_name = "N")]
    concurrency: usize,
    #[command(flatten)]
    connect: ConnectArgs,
    /// The name sent with EHLO.
    #[arg(long, default_value = "mail-doctor.invalid", value_name = "NAME")]
    ehlo: String,
    /// Show progress on standard error (on by default when it is a terminal; --all, --domain).
    #[arg(long)]
    progress: bool,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum SecurityArg {
    /// TLS from the first byte (465, 993, 995)
    #[value(alias = "tls", alias = "implicit")]
    Ssl,
    /// Plain, then STARTTLS / STLS (587, 143, 110)
    Starttls,
    /// No encryption
    #[value(alias = "plain")]
    None,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ProtocolArg {
    Smtp,
    Imap,
    #[value(alias = "pop")]
    Pop3,
}

/// Everything a run needs, checked.
struct Plan {
    targets: Vec<Target>,
    options: Options,
    profile: Option<Profile>,
    scope: Scope,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Scope {
    One,
    Domain,
    All,
}

pub fn run(args: Args) -> ExitCode {
    let lang = args.lang.map(Lang::from);
    let plan = match plan(&args) {
        Ok(p) => p,
        Err((code, message)) => {
            if code == 2 {
                return usage_error(&message);
            }
            eprintln!("{message}");
            return ExitCode::from(code);
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => return usage_error(&format!("cannot start the async runtime: {e}")),
    };
    let show_progress =
        plan.scope != Scope::One && (args.progress || std::io::stderr().is_terminal());
    let concurrency = args.concurrency.clamp(1, 256);
    let started = Instant::now();
    let Plan {
        targets,
        options,
        profile,
        scope,
    } = plan;
    let reports = runtime.block_on(probe_all(
        targets,
        Arc::new(options),
        concurrency,
        |done, total, report| {
            if show_progress {
                let mut err = std::io::stderr().lock();
                let _ = write!(
                    err,
                    "\r\x1b[2K[{done:>4}/{total}] {} {}",
                    report.target.endpoint(),
                    report.outcome.as_str()
                );
                if done == total {
                    let _ = writeln!(err);
                }
                let _ = err.flush();
            }
        },
    ));
    let elapsed = started.elapsed();
    if args.json {
        out(&json(&reports, scope, lang, concurrency, elapsed));
    } else {
        out(&table(
            &reports,
            scope,
            lang.unwrap_or(FOR_PEOPLE),
            elapsed,
            profile.is_some(),
        ));
    }
    ExitCode::SUCCESS
}

fn plan(args: &Args) -> Result<Plan, (u8, String)> {
    let usage = |m: String| (2u8, m);
    let mut options = Options {
        client_name: args.ehlo.clone(),
        ..args.connect.options().map_err(usage)?
    };
    let needs_profile = args.all || args.domain.is_some() || args.profile.is_some();
    let profile = if needs_profile {
        let lang = args.lang.map(Lang::from).unwrap_or(FOR_PROGRAMS);
        Some(load_profile(args.profile.as_deref()).map_err(|e| (1u8, e.all_lines(lang)))?)
    } else {
        None
    };
    if let Some(p) = &profile {
        options.policy = Policy::from_profile(p);
    }
    let (targets, scope) = if args.all {
        let p = profile.as_ref().expect("loaded above");
        (profile_targets(p), Scope::All)
    } else if let Some(domain) = &args.domain {
        let p = profile.as_ref().expect("loaded above");
        let targets = domain_targets(p, domain);
        if targets.is_empty() {
            return Err(usage(format!(
                "the domain `{domain}` is not in the profile"
            )));
        }
        (targets, Scope::Domain)
    } else if let Some(endpoint) = &args.endpoint {
        (
            vec![one_target(args, endpoint, profile.as_ref()).map_err(usage)?],
            Scope::One,
        )
    } else {
        return Err(usage(
            "give HOST:PORT, --domain DOMAIN or --all (see mail-doctor probe --help)".to_string(),
        ));
    };
    Ok(Plan {
        targets,
        options,
        profile,
        scope,
    })
}

fn one_target(args: &Args, endpoint: &str, profile: Option<&Profile>) -> Result<Target, String> {
    let (host, port) = mail_doctor_core::probe::split_endpoint(endpoint)
        .ok_or_else(|| format!("`{endpoint}` is not HOST:PORT"))?;
    let protocol = match args.protocol {
        Some(ProtocolArg::Smtp) => MailProtocol::Smtp,
        Some(ProtocolArg::Imap) => MailProtocol::Imap,
        Some(ProtocolArg::Pop3) => MailProtocol::Pop3,
        None => MailProtocol::guess(port).ok_or_else(|| {
            format!("port {port} is not a usual mail port: give --protocol smtp|imap|pop3")
        })?,
    };
    let security = match args.security {
        Some(SecurityArg::Ssl) => Security::Ssl,
        Some(SecurityArg::Starttls) => Security::Starttls,
        Some(SecurityArg::None) => Security::None,
        None => Security::expected_for_port(port).ok_or_else(|| {
            format!("port {port} is not a usual mail port: give --security ssl|starttls|none")
        })?,
    };
    let host = normalize_host(&host);
    // A pair the profile names keeps its role: a retired host is judged as one.
    let role = profile
        .and_then(|p| {
            let targets = profile_targets(p);
            find_target(&targets, &host, port).map(|t| t.role)
        })
        .unwrap_or(Role::Given);
    Ok(Target {
        host,
        port,
        protocol,
        security,
        role,
    })
}

/// One report for programs: the report, `endpoint` and, with `--lang`, the findings' words.
#[derive(Serialize)]
pub(crate) struct ReportOut<'a> {
    endpoint: String,
    #[serde(flatten)]
    report: &'a ProbeReport,
    #[serde(skip_serializing_if = "Option::is_none")]
    texts: Option<Vec<ProbeText>>,
}

pub(crate) fn report_out(report: &ProbeReport, lang: Option<Lang>) -> ReportOut<'_> {
    ReportOut {
        endpoint: report.target.endpoint(),
        report,
        texts: lang.map(|l| {
            report
                .findings
                .iter()
                .map(|f| finding_text(f, &report.target, l))
                .collect()
        }),
    }
}

#[derive(Serialize)]
struct Summary {
    targets: usize,
    current: usize,
    retired: usize,
    answered: usize,
    /// Retired endpoints that still answer.
    retired_answering: usize,
    /// Finding code → how many endpoints have it.
    findings: BTreeMap<String, usize>,
    elapsed_ms: u64,
    concurrency: usize,
}

#[derive(Serialize)]
struct ManyOut<'a> {
    summary: Summary,
    /// Over the current endpoints: does the server side explain a failure?
    server_side: ServerSideVerdict,
    #[serde(skip_serializing_if = "Option::is_none")]
    server_side_text: Option<String>,
    results: Vec<ReportOut<'a>>,
}

fn summary(reports: &[ProbeReport], concurrency: usize, elapsed: Duration) -> Summary {
    let mut findings = BTreeMap::new();
    for r in reports {
        for f in &r.findings {
            *findings.entry(f.code.as_str().to_string()).or_insert(0) += 1;
        }
    }
    Summary {
        targets: reports.len(),
        current: reports
            .iter()
            .filter(|r| r.target.role != Role::Retired)
            .count(),
        retired: reports
            .iter()
            .filter(|r| r.target.role == Role::Retired)
            .count(),
        answered: reports
            .iter()
            .filter(|r| r.connect_ms.is_some() && r.target.role != Role::Retired)
            .count(),
        retired_answering: reports
            .iter()
            .filter(|r| r.target.role == Role::Retired && r.connect_ms.is_some())
            .count(),
        findings,
        elapsed_ms: u64::try_from(elapsed.as_millis()).unwrap_or(u64::MAX),
        concurrency,
    }
}

fn json(
    reports: &[ProbeReport],
    scope: Scope,
    lang: Option<Lang>,
    concurrency: usize,
    elapsed: Duration,
) -> String {
    let result = if scope == Scope::One {
        serde_json::to_string_pretty(&report_out(&reports[0], lang))
    } else {
        let verdict = server_side_verdict(reports);
        serde_json::to_string_pretty(&ManyOut {
            summary: summary(reports, concurrency, elapsed),
            server_side_text: lang.map(|l| verdict_text(&verdict, l)),
            server_side: verdict,
            results: reports.iter().map(|r| report_out(r, lang)).collect(),
        })
    };
    result.unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}

fn mark(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "✗",
        Severity::Warning => "!",
        Severity::Info => "i",
    }
}

fn check_word(c: VersionCheck, lang: Lang) -> &'static str {
    let words = words(lang);
    match c {
        VersionCheck::Accepted => words.probe_tls_accepted,
        VersionCheck::Refused => words.probe_tls_refused,
        VersionCheck::Untested => words.probe_tls_untested,
    }
}

/// One endpoint's block of the human output.
fn block(r: &ProbeReport, lang: Lang) -> String {
    let t = &r.target;
    let mut s = format!(
        "{}  {} {}  [{}]  {}",
        t.endpoint(),
        t.protocol.as_str(),
        t.security.as_str(),
        mail_doctor_core::probe::role_name(t.role, lang),
        outcome_name(r.outcome, lang)
    );
    if let Some(ms) = r.connect_ms {
        s.push_str(&format!("  {}: {ms} ms", label(Label::Connect, lang)));
    }
    if let Some(a) = &r.address {
        s.push_str(&format!("  ({a})"));
    }
    s.push('\n');
    if let Some(e) = &r.error {
        s.push_str(&format!(
            "    {}: {}{}\n",
            step_name(e.step, lang),
            e.kind.as_str(),
            if e.detail.is_empty() {
                String::new()
            } else {
                format!(" — {}", e.detail)
            }
        ));
    }
    if let Some(g) = &r.greeting {
        s.push_str(&format!("    {g}\n"));
    }
    if let Some(tls) = &r.tls {
        s.push_str(&format!(
            "    {} {}  {}  ·  TLS 1.0 {} / 1.1 {}\n",
            label(Label::Tls, lang),
            tls.version,
            tls.cipher,
            check_word(r.legacy_tls.tls1_0, lang),
            check_word(r.legacy_tls.tls1_1, lang),
        ));
        let names = if tls.names.is_empty() {
            tls.subject.clone()
        } else {
            tls.names.join(", ")
        };
        s.push_str(&format!(
            "    {}: {names}  ← {}  ~{} ({} {})\n",
            label(Label::Certificate, lang),
            tls.issuer,
            date_of(tls.not_after),
            tls.days_left,
            label(Label::DaysLeft, lang),
        ));
    }
    let methods = |c: Option<&mail_doctor_core::probe::Capabilities>| {
        c.map(|c| {
            let m = c.login_methods(t.protocol);
            if m.is_empty() {
                "-".to_string()
            } else {
                m.join(", ")
            }
        })
    };
    if let Some(b) = methods(r.before_tls.as_ref()) {
        s.push_str(&format!(
            "    {}: {b}\n",
            label(Label::LoginBeforeTls, lang)
        ));
    }
    if let Some(a) = methods(r.after_tls.as_ref()) {
        s.push_str(&format!(
            "    {}: {a}\n",
            label(Label::LoginInsideTls, lang)
        ));
    }
    for f in &r.findings {
        let text = finding_text(f, t, lang);
        s.push_str(&format!(
            "  {} {} {}  {}\n      {}\n",
            mark(f.severity),
            severity_name(f.severity, lang),
            f.code,
            text.title,
            text.detail
        ));
    }
    s
}

fn table(
    reports: &[ProbeReport],
    scope: Scope,
    lang: Lang,
    elapsed: Duration,
    from_profile: bool,
) -> String {
    let mut s = String::new();
    let quiet_retired: Vec<&ProbeReport> = reports
        .iter()
        .filter(|r| r.target.role == Role::Retired && r.findings.is_empty())
        .collect();
    for r in reports {
        if scope != Scope::One && r.target.role == Role::Retired && r.findings.is_empty() {
            continue;
        }
        s.push_str(&block(r, lang));
        s.push('\n');
    }
    if scope != Scope::One {
        let sum = summary(reports, 0, elapsed);
        let retired_line = fill(
            words(lang).probe_retired,
            &[
                ("retired", &sum.retired.to_string()),
                ("silent", &quiet_retired.len().to_string()),
                ("answering", &sum.retired_answering.to_string()),
            ],
        );
        if sum.retired > 0 {
            s.push_str(&retired_line);
            s.push('\n');
        }
        let codes: Vec<String> = sum
            .findings
            .iter()
            .map(|(c, n)| format!("{c} ×{n}"))
            .collect();
        s.push_str(&format!(
            "{}: {} · {:.1} s · {}: {}\n",
            label(Label::Total, lang),
            sum.targets,
            elapsed.as_secs_f64(),
            label(Label::Findings, lang),
            if codes.is_empty() {
                label(Label::NoFindings, lang).to_string()
            } else {
                codes.join(", ")
            }
        ));
        if from_profile {
            s.push_str(&verdict_text(&server_side_verdict(reports), lang));
            s.push('\n');
        }
    }
    s.trim_end().to_string()
}
