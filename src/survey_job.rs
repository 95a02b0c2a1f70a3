//! The log survey's messages between the page (`#/survey`, `pages::survey`) and its Web Worker
//! (`src/bin/survey_worker.rs`, built by Trunk as `survey-worker.js` + `survey-worker_bg.wasm`,
//! started through `survey-worker_loader.js`). The worker has its own wasm, so the page's first
//! load does not carry the readers; it loads only when a survey runs.
//!
//! The page starts the worker when it opens and keeps it for its runs. Worker → page first:
//! `{type: "ready"}` (a message posted before would be lost). Page → worker: a job object (keys
//! below) with `type: "describe"` — the worker answers `{type: "described", survey, ja: {title,
//! definition}, en: {…}}`, the engine's words for the settings, so the page's own wasm does not
//! carry them — or with `type: "run"` and the chosen `File`s, which the worker reads in chunks
//! with `File.slice` and never sends anywhere: it answers `{type: "progress", done, total,
//! file}` per chunk, then `{type: "done", rows, ja: TABLE, en: TABLE}` or `{type: "error",
//! message}`. TABLE is `{headings: [..], rows: [[..]], summary: [..], csv}` (at most
//! [`SHOWN_ROWS`] rows; the CSV has all).

/// The worker's script, beside the page.
pub const WORKER_URL: &str = "survey-worker_loader.js";
/// Rows sent for the page's table (the CSV download has every row).
pub const SHOWN_ROWS: usize = 500;

pub mod key {
    pub const TYPE: &str = "type";
    pub const SURVEY: &str = "survey";
    pub const FILES: &str = "files";
    pub const YEAR: &str = "year";
    pub const TZ: &str = "tz";
    pub const MAP: &str = "map";
    pub const FLOOR: &str = "floor";
    pub const WINDOW: &str = "window";
    pub const BURST: &str = "burst";
    pub const BURST_GAP: &str = "burstGap";
    pub const MAX_RECIPIENTS: &str = "maxRecipients";
    pub const RATE_MESSAGES: &str = "rateMessages";
    pub const RATE_MINUTES: &str = "rateMinutes";
    pub const RETIRED_HOSTS: &str = "retiredHosts";
    pub const RETIRED_IPS: &str = "retiredIps";
    pub const NETWORKS: &str = "networks";
    pub const ALL: &str = "all";
    pub const ALL_CLIENTS: &str = "allClients";
    pub const OLD_SERVER: &str = "oldServer";
    pub const DONE: &str = "done";
    pub const TOTAL: &str = "total";
    pub const FILE: &str = "file";
    pub const ROWS: &str = "rows";
    pub const MESSAGE: &str = "message";
    pub const HEADINGS: &str = "headings";
    pub const SUMMARY: &str = "summary";
    pub const CSV: &str = "csv";
    pub const TITLE: &str = "title";
    pub const DEFINITION: &str = "definition";
}

/// Values of [`key::TYPE`].
pub mod kind {
    pub const READY: &str = "ready";
    pub const DESCRIBE: &str = "describe";
    pub const DESCRIBED: &str = "described";
    pub const RUN: &str = "run";
    pub const PROGRESS: &str = "progress";
    pub const DONE: &str = "done";
    pub const ERROR: &str = "error";
}
