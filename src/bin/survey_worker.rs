//! The log survey's Web Worker (tools.html `#/survey`): reads the chosen files in chunks
//! (`File.slice`), streams them through the engine's survey (gzip undone by flate2 in wasm) and
//! posts progress and the rows. Messages: `mail_setup_doctor::survey_job`. Built by Trunk as a
//! separate wasm (`data-type="worker"`), so the page's first load does not carry it.

#[cfg(target_arch = "wasm32")]
mod worker {
    use js_sys::{Array, Object, Reflect, Uint8Array};
    use mail_doctor_core::ipranges::Ranges;
    use mail_doctor_core::profile::{SendRate, Tls};
    use mail_doctor_core::survey::cloud_csv::Mapping;
    use mail_doctor_core::survey::input::{Format, Reader};
    use mail_doctor_core::survey::time::{self, Clock, Year};
    use mail_doctor_core::survey::{self, text, Kind, Report, Settings, Survey};
    use mail_doctor_core::Lang;
    use mail_setup_doctor::survey_job::{key, kind, SHOWN_ROWS};
    use std::net::IpAddr;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{DedicatedWorkerGlobalScope, File, MessageEvent};

    /// Bytes read per `File.slice`.
    const CHUNK: f64 = (1 << 20) as f64;

    fn scope() -> DedicatedWorkerGlobalScope {
        js_sys::global().unchecked_into()
    }

    fn set(obj: &Object, k: &str, v: &JsValue) {
        let _ = Reflect::set(obj, &JsValue::from_str(k), v);
    }

    fn post(fields: &[(&str, JsValue)]) {
        let obj = Object::new();
        for (k, v) in fields {
            set(&obj, k, v);
        }
        let _ = scope().post_message(&obj);
    }

    fn get(job: &JsValue, k: &str) -> JsValue {
        Reflect::get(job, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED)
    }

    fn string(job: &JsValue, k: &str) -> String {
        get(job, k).as_string().unwrap_or_default()
    }

    fn number(job: &JsValue, k: &str) -> Option<f64> {
        get(job, k).as_f64().filter(|n| n.is_finite() && *n >= 0.0)
    }

    fn strings(job: &JsValue, k: &str) -> Vec<String> {
        Array::from(&get(job, k))
            .iter()
            .filter_map(|v| v.as_string())
            .collect()
    }

    pub fn start() {
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|e: MessageEvent| {
            let job = e.data();
            if get(&job, key::TYPE).as_string().as_deref() == Some(kind::DESCRIBE) {
                describe(&job);
                return;
            }
            wasm_bindgen_futures::spawn_local(async move {
                if let Err(message) = run(job).await {
                    post(&[
                        (key::TYPE, kind::ERROR.into()),
                        (key::MESSAGE, message.into()),
                    ]);
                }
            });
        });
        scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
        post(&[(key::TYPE, kind::READY.into())]);
    }

    fn settings(job: &JsValue) -> Result<Settings, String> {
        let floor = Tls::parse(&string(job, key::FLOOR)).unwrap_or(Tls::V1_2);
        let offset = time::parse_offset(&string(job, key::TZ))
            .ok_or_else(|| format!("UTC offset: {}", string(job, key::TZ)))?;
        let mut networks = Vec::new();
        for n in strings(job, key::NETWORKS) {
            networks.push(n.parse().map_err(|_| format!("CIDR: {n}"))?);
        }
        let retired_ips: Vec<IpAddr> = strings(job, key::RETIRED_IPS)
            .iter()
            .filter_map(|i| i.parse().ok())
            .collect();
        let rate = match (
            number(job, key::RATE_MESSAGES),
            number(job, key::RATE_MINUTES),
        ) {
            (Some(m), Some(t)) => Some(SendRate {
                messages: m as u32,
                per_minutes: t as u32,
            }),
            _ => None,
        };
        let n = |k: &str, default: u32| number(job, k).map_or(default, |v| v as u32);
        Ok(Settings {
            floor,
            window_minutes: n(key::WINDOW, survey::DEFAULT_WINDOW_MINUTES),
            burst_min: n(key::BURST, survey::DEFAULT_BURST_MIN),
            burst_gap_seconds: n(key::BURST_GAP, survey::DEFAULT_BURST_GAP_SECONDS),
            max_recipients: number(job, key::MAX_RECIPIENTS).map(|v| v as u32),
            send_rate: rate,
            isp_networks: networks,
            retired_hosts: strings(job, key::RETIRED_HOSTS)
                .iter()
                .map(|h| mail_doctor_core::names::normalize_host(h))
                .collect(),
            retired_ips,
            old_server: get(job, key::OLD_SERVER).is_truthy(),
            all: get(job, key::ALL).is_truthy(),
            all_clients: get(job, key::ALL_CLIENTS).is_truthy(),
            ranges: Ranges::builtin().clone(),
            offset,
        })
    }

    /// The survey's title and definition for these settings, in both languages.
    fn describe(job: &JsValue) {
        let (Some(kind), Ok(settings)) = (Kind::parse(&string(job, key::SURVEY)), settings(job))
        else {
            return;
        };
        let words = |lang: Lang| {
            let obj = Object::new();
            set(&obj, key::TITLE, &text::title(lang, kind).into());
            set(
                &obj,
                key::DEFINITION,
                &text::definition(lang, kind, &settings).into(),
            );
            obj
        };
        post(
            &[
                (key::TYPE, kind::DESCRIBED.into()),
                (key::SURVEY, kind.as_str().into()),
            ]
            .into_iter()
            .chain(Lang::ALL.map(|lang| (lang.tag(), words(lang).into())))
            .collect::<Vec<_>>(),
        );
    }

    async fn run(job: JsValue) -> Result<(), String> {
        let kind = Kind::parse(&string(&job, key::SURVEY)).ok_or("survey")?;
        let settings = settings(&job)?;
        let format = match string(&job, key::MAP).trim() {
            "" => Format::Logs,
            m => Format::Csv(Mapping::parse(m).map_err(|e| e.to_string())?),
        };
        let year = match number(&job, key::YEAR) {
            Some(y) if y >= 1970.0 => Year::Fixed(y as i32),
            _ => Year::Infer {
                now: (js_sys::Date::now() / 1000.0) as i64,
            },
        };
        let files: Vec<File> = Array::from(&get(&job, key::FILES))
            .iter()
            .filter_map(|f| f.dyn_into::<File>().ok())
            .collect();
        let total: f64 = files.iter().map(|f| f.size()).sum();
        let mut reader = Reader::new(format, Clock::new(year, settings.offset));
        let mut survey = Survey::new(kind, settings);
        let mut done = 0.0;
        for file in &files {
            let name = file.name();
            let mut at = 0.0;
            while at < file.size() {
                let end = (at + CHUNK).min(file.size());
                let blob = file
                    .slice_with_f64_and_f64(at, end)
                    .map_err(|_| format!("{name}: slice"))?;
                let buffer = JsFuture::from(blob.array_buffer())
                    .await
                    .map_err(|_| format!("{name}: could not be read"))?;
                let bytes = Uint8Array::new(&buffer).to_vec();
                reader.feed(&bytes, &mut survey);
                done += end - at;
                at = end;
                post(&[
                    (key::TYPE, kind::PROGRESS.into()),
                    (key::DONE, done.into()),
                    (key::TOTAL, total.into()),
                    (key::FILE, name.as_str().into()),
                ]);
            }
            reader.end_input(&mut survey);
            if let Some(problem) = reader.problems().last() {
                return Err(format!("{name}: {problem}"));
            }
        }
        reader.finish(&mut survey);
        let report = survey.report(reader.stats());
        post(
            &[
                (key::TYPE, kind::DONE.into()),
                (key::SURVEY, report.survey.as_str().into()),
                (key::ROWS, (report.rows.len() as f64).into()),
            ]
            .into_iter()
            .chain(Lang::ALL.map(|lang| (lang.tag(), table(&report, lang).into())))
            .collect::<Vec<_>>(),
        );
        Ok(())
    }

    fn array(items: impl Iterator<Item = JsValue>) -> Array {
        items.collect()
    }

    /// Headings, the first rows, the summary lines and the CSV (with a BOM, so a spreadsheet
    /// reads the Japanese as UTF-8) in `lang`.
    fn table(report: &Report, lang: Lang) -> Object {
        let t = report.table(Some(lang));
        let obj = Object::new();
        set(
            &obj,
            key::HEADINGS,
            &array(t.headings.iter().map(|h| JsValue::from_str(h))),
        );
        set(
            &obj,
            key::ROWS,
            &array(
                t.rows
                    .iter()
                    .take(SHOWN_ROWS)
                    .map(|r| array(r.iter().map(|c| JsValue::from_str(c))).into()),
            ),
        );
        set(
            &obj,
            key::SUMMARY,
            &array(
                text::summary(lang, &report.summary)
                    .iter()
                    .map(|l| JsValue::from_str(l)),
            ),
        );
        let mut csv = String::from("\u{feff}");
        csv.push_str(&t.csv());
        set(&obj, key::CSV, &JsValue::from_str(&csv));
        obj
    }
}

fn main() {
    #[cfg(target_arch = "wasm32")]
    worker::start();
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("survey-worker runs in the browser (tools.html builds it with Trunk)");
}
