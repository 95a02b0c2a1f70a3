//! `#/server-health` (tools.html): every server of the profile checked by the connection-doctor
//! service (`[probe] url`): current endpoints with their findings, and the retired hosts that
//! still answer on a mail port (those that do not are counted, as they should be silent).

use crate::components::header::Header;
use crate::components::profile_notice::ProfileNotice;
use crate::components::server_check::{error_line, results_table, verdict_attr};
use crate::i18n::server_check::server_check;
use crate::probe_client::{check_all, CheckAnswer, CheckError};
use crate::ProfileContext;
use mail_doctor_core::lang::fill;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, PartialEq)]
enum Sweep {
    Idle,
    Running,
    Done(Rc<CheckAnswer>),
    Failed(CheckError),
}

#[function_component(ServerHealthPage)]
pub fn server_health_page() -> Html {
    let lang = crate::use_lang();
    let t = server_check(lang);
    let url: Option<String> = use_context::<ProfileContext>()
        .and_then(|p| p.profile.clone())
        .and_then(|p| p.probe.as_ref().map(|c| c.url.clone()));
    let sweep = use_state(|| Sweep::Idle);

    let body = match url {
        None => html! { <p class="hint" data-server-health="no-url">{ t.health_no_url }</p> },
        Some(url) => {
            let onclick = {
                let sweep = sweep.clone();
                let url = url.clone();
                Callback::from(move |_: MouseEvent| {
                    let sweep = sweep.clone();
                    let url = url.clone();
                    sweep.set(Sweep::Running);
                    wasm_bindgen_futures::spawn_local(async move {
                        sweep.set(match check_all(&url, lang).await {
                            Ok(answer) => Sweep::Done(Rc::new(answer)),
                            Err(e) => Sweep::Failed(e),
                        });
                    });
                })
            };
            let running = *sweep == Sweep::Running;
            html! {
                <>
                    <p class="hint">{ fill(t.health_service, &[("url", &url)]) }</p>
                    <button type="button" id="server-health-run" disabled={running} {onclick}>{ t.health_button }</button>
                    <div aria-live="polite" aria-busy={if running { "true" } else { "false" }}>
                        { match &*sweep {
                            Sweep::Idle => Html::default(),
                            Sweep::Running => html! { <p class="checking">{ t.checking }</p> },
                            Sweep::Failed(e) => error_line(e, t),
                            Sweep::Done(answer) => done(answer, t),
                        } }
                    </div>
                </>
            }
        }
    };
    let state = match &*sweep {
        Sweep::Idle => "idle",
        Sweep::Running => "running",
        Sweep::Done(_) => "done",
        Sweep::Failed(_) => "error",
    };
    html! {
        <>
            <Header skip_to="#main" />
            <main class="page tool-page" id="main" tabindex="-1">
                <ProfileNotice />
                <section class="panel server-health" aria-labelledby="server-health-title" data-server-health={state}>
                    <h2 id="server-health-title">{ t.health_title }</h2>
                    <p>{ t.health_intro }</p>
                    { body }
                </section>
            </main>
        </>
    }
}

fn done(answer: &CheckAnswer, t: &crate::i18n::server_check::ServerCheckStrings) -> Html {
    let (retired, current): (Vec<_>, Vec<_>) = answer
        .results
        .iter()
        .cloned()
        .partition(|r| r.role == "retired");
    let (answering, quiet): (Vec<_>, Vec<_>) =
        retired.into_iter().partition(|r| !r.findings.is_empty());
    html! {
        <>
            <p class="server-verdict" data-verdict={verdict_attr(&answer.verdict)}>
                { fill(t.health_summary, &[("n", &answer.results.len().to_string())]) }{ " " }{ answer.verdict_text.clone() }
            </p>
            <h3>{ t.health_current }</h3>
            <div data-health="current">{ results_table(&current, t, false) }</div>
            <h3>{ t.health_retired }</h3>
            <p data-retired-quiet={quiet.len().to_string()}>{ fill(t.health_retired_quiet, &[("n", &quiet.len().to_string())]) }</p>
            if !answering.is_empty() {
                <div data-health="retired">{ results_table(&answering, t, true) }</div>
            }
        </>
    }
}
