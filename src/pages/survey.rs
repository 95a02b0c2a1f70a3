//! The log survey (`#/survey`, tools.html): the operator chooses log files (Postfix/Dovecot,
//! gzip or not, or a cloud CSV export), a survey and its settings; a Web Worker
//! (`src/bin/survey_worker.rs`) reads the files in chunks and never sends them anywhere; the
//! page shows the progress, then the rows, the summary, the definition, and offers the CSV.
//! The survey's words are the engine's (`core::survey::text`), the page's own are
//! `i18n::survey`.

use crate::components::header::Header;
use crate::download::download_text;
use crate::i18n::survey::{survey_strings, SurveyStrings};
use crate::survey_job::{key, kind, SHOWN_ROWS, WORKER_URL};
use crate::ProfileContext;
use js_sys::{Array, Object, Reflect};
use mail_doctor_core::lang::fill;
use mail_doctor_core::profile::{Profile, Tls};
use mail_doctor_core::survey::{self, Kind};
use mail_doctor_core::Lang;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    File, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement, MessageEvent, Worker,
};
use yew::prelude::*;

/// The form's values (the files are kept apart: a `File` is not a value to compare).
#[derive(Clone, PartialEq)]
pub struct Form {
    pub kind: Kind,
    pub networks: String,
    pub year: String,
    pub tz: String,
    pub map: String,
    /// `None`: the profile's `min_tls`.
    pub floor: Option<Tls>,
    pub window: String,
    pub burst: String,
    pub burst_gap: String,
    pub all: bool,
    pub all_clients: bool,
    pub old_server: bool,
}

impl Default for Form {
    fn default() -> Form {
        Form {
            kind: Kind::Tls,
            networks: String::new(),
            year: String::new(),
            tz: "+09:00".into(),
            map: String::new(),
            floor: None,
            window: survey::DEFAULT_WINDOW_MINUTES.to_string(),
            burst: survey::DEFAULT_BURST_MIN.to_string(),
            burst_gap: survey::DEFAULT_BURST_GAP_SECONDS.to_string(),
            all: false,
            all_clients: false,
            old_server: false,
        }
    }
}

fn num(text: &str, default: u32) -> u32 {
    text.trim().parse().unwrap_or(default)
}

impl Form {
    /// The TLS floor: the form's, or the profile's `min_tls`.
    fn floor(&self, profile: &Profile) -> Tls {
        self.floor.unwrap_or(profile.policy.min_tls)
    }

    /// A message for the worker (`survey_job`): `describe` or `run` (with the files).
    /// The settings come from the form and the profile (its floor, limits, retired servers);
    /// the worker makes the engine's `Settings` of them.
    fn job(&self, what: &str, profile: &Profile, files: &[File]) -> Object {
        let job = Object::new();
        let set = |k: &str, v: JsValue| {
            let _ = Reflect::set(&job, &JsValue::from_str(k), &v);
        };
        set(key::TYPE, what.into());
        let strings = |items: &mut dyn Iterator<Item = String>| -> JsValue {
            items.map(JsValue::from).collect::<Array>().into()
        };
        set(key::SURVEY, self.kind.as_str().into());
        set(key::FILES, files.iter().collect::<Array>().into());
        if let Ok(y) = self.year.trim().parse::<u32>() {
            set(key::YEAR, f64::from(y).into());
        }
        set(key::TZ, self.tz.as_str().into());
        set(key::MAP, self.map.as_str().into());
        let policy = &profile.policy;
        set(key::FLOOR, self.floor(profile).as_str().into());
        let n = |text: &str, default: u32| f64::from(num(text, default));
        set(
            key::WINDOW,
            n(&self.window, survey::DEFAULT_WINDOW_MINUTES).into(),
        );
        set(key::BURST, n(&self.burst, survey::DEFAULT_BURST_MIN).into());
        set(
            key::BURST_GAP,
            n(&self.burst_gap, survey::DEFAULT_BURST_GAP_SECONDS).into(),
        );
        if let Some(cap) = policy.max_recipients_per_message {
            set(key::MAX_RECIPIENTS, f64::from(cap).into());
        }
        if let Some(rate) = policy.send_rate {
            set(key::RATE_MESSAGES, f64::from(rate.messages).into());
            set(key::RATE_MINUTES, f64::from(rate.per_minutes).into());
        }
        set(
            key::RETIRED_HOSTS,
            strings(&mut profile.retired.iter().flat_map(|r| r.hosts.iter().cloned())),
        );
        set(
            key::RETIRED_IPS,
            strings(
                &mut profile
                    .retired
                    .iter()
                    .flat_map(|r| r.ips.iter().map(|i| i.to_string())),
            ),
        );
        // The profile's `[isp] networks` and the ones typed here.
        set(
            key::NETWORKS,
            strings(
                &mut profile
                    .isp
                    .networks
                    .iter()
                    .map(|n| n.net().to_string())
                    .chain(
                        self.networks
                            .lines()
                            .map(|l| l.trim().to_string())
                            .filter(|l| !l.is_empty()),
                    ),
            ),
        );
        set(key::ALL, self.all.into());
        set(key::ALL_CLIENTS, self.all_clients.into());
        set(key::OLD_SERVER, self.old_server.into());
        job
    }
}

/// One language's result from the worker.
#[derive(Clone, PartialEq, Default)]
pub struct TableData {
    pub headings: Vec<String>,
    pub rows: Vec<Vec<String>>,
    pub summary: Vec<String>,
    pub csv: String,
}

#[derive(Clone, PartialEq)]
pub struct Outcome {
    pub kind: Kind,
    pub rows: usize,
    /// One table per language, in the order of `Lang::ALL` (the worker words it in each).
    pub tables: Vec<TableData>,
}

/// The engine's title and definition of a survey for the form's settings, in both languages.
#[derive(Clone, PartialEq, Default)]
pub struct Described {
    pub survey: String,
    /// (title, definition) per language, in the order of `Lang::ALL`.
    pub texts: Vec<(String, String)>,
}

#[derive(Clone, PartialEq)]
pub enum Run {
    Idle,
    Starting,
    Reading { file: String, done: f64, total: f64 },
    Done(Rc<Outcome>),
    Failed(String),
    WorkerFailed,
    Stopped,
}

fn get(v: &JsValue, k: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED)
}

fn strings(v: &JsValue) -> Vec<String> {
    Array::from(v)
        .iter()
        .filter_map(|s| s.as_string())
        .collect()
}

fn table_data(v: &JsValue) -> TableData {
    TableData {
        headings: strings(&get(v, key::HEADINGS)),
        rows: Array::from(&get(v, key::ROWS))
            .iter()
            .map(|r| strings(&r))
            .collect(),
        summary: strings(&get(v, key::SUMMARY)),
        csv: get(v, key::CSV).as_string().unwrap_or_default(),
    }
}

/// The running worker and its handlers (dropped with it).
struct Running {
    worker: Worker,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

impl Drop for Running {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}

fn mb(bytes: f64) -> String {
    format!("{:.1}", bytes / 1e6)
}

/// Starts the worker; its messages update the page's state.
fn start_worker(
    run: UseStateHandle<Run>,
    ready: UseStateHandle<bool>,
    described: UseStateHandle<Option<Rc<Described>>>,
) -> Option<Running> {
    let worker = Worker::new(WORKER_URL).ok()?;
    let on_message = {
        let run = run.clone();
        Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            let data = e.data();
            let pair = |lang: Lang| {
                let v = get(&data, lang.tag());
                let s = |k: &str| get(&v, k).as_string().unwrap_or_default();
                (s(key::TITLE), s(key::DEFINITION))
            };
            match get(&data, key::TYPE).as_string().as_deref() {
                Some(kind::READY) => ready.set(true),
                Some(kind::DESCRIBED) => described.set(Some(Rc::new(Described {
                    survey: get(&data, key::SURVEY).as_string().unwrap_or_default(),
                    texts: Lang::ALL.into_iter().map(pair).collect(),
                }))),
                Some(kind::PROGRESS) => run.set(Run::Reading {
                    file: get(&data, key::FILE).as_string().unwrap_or_default(),
                    done: get(&data, key::DONE).as_f64().unwrap_or(0.0),
                    total: get(&data, key::TOTAL).as_f64().unwrap_or(0.0),
                }),
                Some(kind::DONE) => run.set(Run::Done(Rc::new(Outcome {
                    kind: Kind::parse(&get(&data, key::SURVEY).as_string().unwrap_or_default())
                        .unwrap_or(Kind::Tls),
                    rows: get(&data, key::ROWS).as_f64().unwrap_or(0.0) as usize,
                    tables: Lang::ALL
                        .into_iter()
                        .map(|lang| table_data(&get(&data, lang.tag())))
                        .collect(),
                }))),
                Some(kind::ERROR) => run.set(Run::Failed(
                    get(&data, key::MESSAGE).as_string().unwrap_or_default(),
                )),
                _ => {}
            }
        })
    };
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_: web_sys::Event| {
        run.set(Run::WorkerFailed)
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Some(Running {
        worker,
        _on_message: on_message,
        _on_error: on_error,
    })
}

#[function_component(SurveyPage)]
pub fn survey_page() -> Html {
    let lang = crate::use_lang();
    let t = survey_strings(lang);
    let profile = use_context::<ProfileContext>()
        .and_then(|p| p.profile.clone())
        .unwrap_or_else(|| Rc::new(Profile::demo()));
    let form = use_state(Form::default);
    // The form as last typed, ahead of the next render: a field changed and "run" pressed at
    // once (before Yew re-renders) must run with the new value, and two quick changes must both
    // stay (the state handle a callback holds is the value of its render).
    let latest: Rc<RefCell<Form>> = use_mut_ref(Form::default);
    let files: Rc<RefCell<Vec<File>>> = use_mut_ref(Vec::new);
    let chosen = use_state(|| (0usize, 0f64));
    let run = use_state(|| Run::Idle);
    let ready = use_state(|| false);
    let described = use_state(|| None::<Rc<Described>>);
    let running: Rc<RefCell<Option<Running>>> = use_mut_ref(|| None);
    {
        // The worker starts with the page (for the definitions, then the runs); leaving the
        // page stops it.
        let running = running.clone();
        let (run, ready, described) = (run.clone(), ready.clone(), described.clone());
        use_effect_with((), move |_| {
            let started = start_worker(run.clone(), ready, described);
            if started.is_none() {
                run.set(Run::WorkerFailed);
            }
            *running.borrow_mut() = started;
            move || drop(running.borrow_mut().take())
        });
    }
    {
        // The definition for the current settings, from the worker.
        let running = running.clone();
        let job = form.job(kind::DESCRIBE, &profile, &[]);
        use_effect_with(
            ((*form).clone(), *ready, Rc::as_ptr(&profile) as usize),
            move |_| {
                if let Some(r) = running.borrow().as_ref() {
                    let _ = r.worker.post_message(&job);
                }
            },
        );
    }

    let update = |f: fn(&mut Form, String)| {
        let form = form.clone();
        let latest = latest.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target()
                .and_then(|t| {
                    t.dyn_ref::<HtmlInputElement>()
                        .map(|i| i.value())
                        .or_else(|| t.dyn_ref::<HtmlSelectElement>().map(|s| s.value()))
                        .or_else(|| t.dyn_ref::<HtmlTextAreaElement>().map(|a| a.value()))
                })
                .unwrap_or_default();
            let mut next = latest.borrow().clone();
            f(&mut next, value);
            *latest.borrow_mut() = next.clone();
            form.set(next);
        })
    };
    let check = |f: fn(&mut Form, bool)| {
        let form = form.clone();
        let latest = latest.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let mut next = latest.borrow().clone();
            f(&mut next, input.checked());
            *latest.borrow_mut() = next.clone();
            form.set(next);
        })
    };

    let on_files = {
        let files = files.clone();
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let list: Vec<File> = input
                .files()
                .map(|l| (0..l.length()).filter_map(|i| l.get(i)).collect())
                .unwrap_or_default();
            let size = list.iter().map(|f| f.size()).sum();
            chosen.set((list.len(), size));
            *files.borrow_mut() = list;
        })
    };

    let on_run = {
        let run = run.clone();
        let running = running.clone();
        let files = files.clone();
        let latest = latest.clone();
        let profile = profile.clone();
        Callback::from(move |_: MouseEvent| {
            let chosen: Vec<File> = files.borrow().clone();
            if chosen.is_empty() {
                run.set(Run::Failed(String::new()));
                return;
            }
            if let Some(r) = running.borrow().as_ref() {
                let _ = r
                    .worker
                    .post_message(&latest.borrow().job(kind::RUN, &profile, &chosen));
                run.set(Run::Starting);
            }
        })
    };
    let on_stop = {
        let run = run.clone();
        let running = running.clone();
        let (ready, described) = (ready.clone(), described.clone());
        Callback::from(move |_: MouseEvent| {
            // The worker is stopped in the middle of its reading; a fresh one takes the next run.
            drop(running.borrow_mut().take());
            ready.set(false);
            *running.borrow_mut() = start_worker(run.clone(), ready.clone(), described.clone());
            run.set(Run::Stopped);
        })
    };
    let busy = matches!(*run, Run::Starting | Run::Reading { .. });
    let (title, definition) = match described.as_deref() {
        Some(d) if d.survey == form.kind.as_str() && d.texts.len() == Lang::ALL.len() => {
            d.texts[lang.index()].clone()
        }
        _ => (
            t.kinds[form.kind as usize].to_string(),
            t.loading_definition.to_string(),
        ),
    };

    let profile_networks: Vec<String> = profile
        .isp
        .networks
        .iter()
        .map(|n| n.net().to_string())
        .collect();
    let networks_hint = fill(
        t.networks_hint,
        &[(
            "nets",
            &if profile_networks.is_empty() {
                t.networks_none.to_string()
            } else {
                profile_networks.join(", ")
            },
        )],
    );
    let kind_options = Kind::ALL.iter().map(|k| {
        html! {
            <option value={k.as_str()} selected={*k == form.kind}>{ t.kinds[*k as usize] }</option>
        }
    });
    let floor_now = form.floor(&profile);
    let floor_options = [Tls::V1_0, Tls::V1_1, Tls::V1_2, Tls::V1_3].iter().map(|f| {
        html! { <option value={f.as_str()} selected={*f == floor_now}>{ format!("TLS {}", f.as_str()) }</option> }
    });

    html! {
        <>
            <Header />
            <main class="page tool-page survey-page" id="main">
                <h2 class="tool-title">{ t.title }</h2>
                <p class="tool-intro">{ t.intro }</p>
                <p class="hint">{ t.privacy }</p>
                <div class="columns">
                    <form class="case-form survey-form" aria-labelledby="sv-form-title"
                        onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                        <h3 id="sv-form-title" class="visually-hidden">{ t.title }</h3>
                        <div class="field">
                            <label for="sv-kind">{ t.survey_label }</label>
                            <select id="sv-kind" onchange={update(|f, v| f.kind = Kind::parse(&v).unwrap_or(Kind::Tls))}>
                                { for kind_options }
                            </select>
                        </div>
                        <div class="field">
                            <label for="sv-files">{ t.files_label }</label>
                            <input id="sv-files" type="file" multiple=true
                                aria-describedby="sv-files-hint" onchange={on_files} />
                            <p class="hint" id="sv-files-hint">{ t.files_hint }</p>
                            if chosen.0 > 0 {
                                <p class="hint" id="sv-files-chosen">
                                    { fill(t.files_chosen, &[("n", &chosen.0.to_string()), ("mb", &mb(chosen.1))]) }
                                </p>
                            }
                        </div>
                        <fieldset class="survey-options">
                            <legend>{ t.options_title }</legend>
                            { field("sv-networks", t.networks_label, Some(networks_hint.as_str()), html! {
                                <textarea id="sv-networks" rows="3" spellcheck="false" autocomplete="off"
                                    aria-describedby="sv-networks-hint" value={form.networks.clone()}
                                    oninput={update(|f, v| f.networks = v).reform(|e: InputEvent| -> Event { e.into() })} />
                            }) }
                            { input("sv-year", "number", t.year_label, Some(t.year_hint), &form.year, update(|f, v| f.year = v)) }
                            { input("sv-tz", "text", t.tz_label, Some(t.tz_hint), &form.tz, update(|f, v| f.tz = v)) }
                            { input("sv-map", "text", t.map_label, Some(t.map_hint), &form.map, update(|f, v| f.map = v)) }
                            if form.kind == Kind::Tls {
                                { field("sv-floor", t.floor_label, None, html! {
                                    <select id="sv-floor" onchange={update(|f, v| f.floor = Tls::parse(&v))}>
                                        { for floor_options }
                                    </select>
                                }) }
                            }
                            if form.kind == Kind::Origins {
                                { input("sv-window", "number", t.window_label, None, &form.window, update(|f, v| f.window = v)) }
                            }
                            if form.kind == Kind::Sending {
                                { input("sv-burst", "number", t.burst_label, None, &form.burst, update(|f, v| f.burst = v)) }
                                { input("sv-burst-gap", "number", t.burst_gap_label, None, &form.burst_gap, update(|f, v| f.burst_gap = v)) }
                            }
                            if form.kind == Kind::Retired {
                                { checkbox("sv-old-server", t.old_server_label, form.old_server, check(|f, c| f.old_server = c)) }
                            }
                            { checkbox("sv-all", t.all_label, form.all, check(|f, c| f.all = c)) }
                            { checkbox("sv-all-clients", t.all_clients_label, form.all_clients, check(|f, c| f.all_clients = c)) }
                        </fieldset>
                        <div class="form-head">
                            <button type="button" id="sv-run" onclick={on_run} disabled={busy || !*ready}>{ t.run }</button>
                            if busy {
                                <button type="button" class="secondary" id="sv-stop" onclick={on_stop}>{ t.stop }</button>
                            }
                        </div>
                    </form>
                    <section class="results survey-result" id="results" aria-labelledby="sv-result-title" tabindex="0">
                        <h3 id="sv-result-title">{ title }</h3>
                        <h4>{ t.definition_title }</h4>
                        <p class="survey-definition" data-definition={form.kind.as_str()}>{ definition }</p>
                        { status_view(&run, lang, t) }
                    </section>
                </div>
            </main>
        </>
    }
}

/// A labelled field around `control` (whose id is `id`), with its hint (`{id}-hint`).
fn field(id: &'static str, label: &'static str, hint: Option<&str>, control: Html) -> Html {
    html! {
        <div class="field">
            <label for={id}>{ label }</label>
            { control }
            if let Some(hint) = hint {
                <p class="hint" id={format!("{id}-hint")}>{ hint.to_string() }</p>
            }
        </div>
    }
}

/// A text or number input in its field.
fn input(
    id: &'static str,
    kind: &'static str,
    label: &'static str,
    hint: Option<&'static str>,
    value: &str,
    onchange: Callback<Event>,
) -> Html {
    let described = hint.map(|_| format!("{id}-hint"));
    // Every keystroke goes into the form: a re-render before the field loses focus (the worker
    // saying it is ready, the profile arriving) must not put back the old value.
    let oninput = onchange.reform(|e: InputEvent| -> Event { e.into() });
    field(
        id,
        label,
        hint,
        html! {
            <input {id} type={kind} spellcheck="false" autocomplete="off"
                aria-describedby={described} value={value.to_string()} {oninput} />
        },
    )
}

fn checkbox(
    id: &'static str,
    label: &'static str,
    checked: bool,
    onchange: Callback<Event>,
) -> Html {
    html! {
        <label class="check">
            <input {id} type="checkbox" {checked} {onchange} />
            { label }
        </label>
    }
}

fn status_view(run: &Run, lang: Lang, t: &SurveyStrings) -> Html {
    match run {
        Run::Idle => html! { <p class="placeholder">{ t.empty }</p> },
        Run::Starting => html! {
            <div class="survey-progress" role="status">
                <progress aria-label={t.progress_label} />
                <p>{ t.starting }</p>
            </div>
        },
        Run::Reading { file, done, total } => html! {
            <div class="survey-progress" role="status">
                <progress aria-label={t.progress_label} max={total.max(1.0).to_string()} value={done.to_string()} />
                <p>{ fill(t.reading, &[("file", file), ("done", &mb(*done)), ("total", &mb(*total))]) }</p>
            </div>
        },
        Run::Failed(m) if m.is_empty() => {
            html! { <p class="error" role="alert">{ t.no_files }</p> }
        }
        Run::Failed(m) => {
            html! { <p class="error" role="alert">{ fill(t.failed, &[("message", m)]) }</p> }
        }
        Run::WorkerFailed => html! { <p class="error" role="alert">{ t.worker_failed }</p> },
        Run::Stopped => html! { <p role="status">{ t.stopped }</p> },
        Run::Done(outcome) => result_view(outcome, lang, t),
    }
}

fn result_view(outcome: &Rc<Outcome>, lang: Lang, t: &SurveyStrings) -> Html {
    let Some(data) = outcome.tables.get(lang.index()) else {
        return Html::default();
    };
    let on_download = {
        let csv = data.csv.clone();
        let name = format!("survey-{}-{}.csv", outcome.kind.as_str(), lang.tag());
        Callback::from(move |_: MouseEvent| {
            let _ = download_text(&name, "text/csv;charset=utf-8", &csv);
        })
    };
    html! {
        <div class="survey-output" data-survey={outcome.kind.as_str()} data-rows={outcome.rows.to_string()}>
            <h4>{ t.summary_title }</h4>
            <ul class="survey-summary">
                { for data.summary.iter().map(|l| html! { <li>{ l.clone() }</li> }) }
            </ul>
            <div class="form-head">
                <h4 id="sv-table-title">{ t.result_title }{ " — " }{ fill(t.rows_found, &[("n", &outcome.rows.to_string())]) }</h4>
                <button type="button" class="secondary" id="sv-download" onclick={on_download}>{ t.download }</button>
            </div>
            if outcome.rows == 0 {
                <p class="placeholder">{ t.no_rows }</p>
            } else {
                if outcome.rows > SHOWN_ROWS {
                    <p class="hint">{ fill(t.shown_first, &[("n", &SHOWN_ROWS.to_string())]) }</p>
                }
                // Wide tables scroll sideways: the region takes the keyboard focus to scroll.
                <div class="table-wrap" tabindex="0" role="region" aria-labelledby="sv-table-title">
                    <table class="survey-table" aria-labelledby="sv-result-title">
                        <thead><tr>{ for data.headings.iter().map(|h| html! { <th scope="col">{ h.clone() }</th> }) }</tr></thead>
                        <tbody>
                            { for data.rows.iter().map(|r| html! {
                                <tr>{ for r.iter().map(|c| html! { <td>{ c.clone() }</td> }) }</tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
        </div>
    }
}
