//! Autoconfig import (`#/import`, operators): Thunderbird autoconfig XML files, chosen or pasted,
//! → the profile TOML from `core::import::import_autoconfig`, every warning, and whether the TOML
//! reads as a profile (`Profile::parse`). Nothing chosen or pasted is lost while working.

use crate::components::header::Header;
use crate::components::profile_notice::ProfileNotice;
use crate::download::{download_text, read_file_text};
use crate::i18n::safety;
use crate::i18n::tool_pages::{tool_pages, ToolPageStrings};
use mail_doctor_core::import::{import_autoconfig, ImportResult};
use mail_doctor_core::lang::fill;
use mail_doctor_core::limits::MAX_IMPORT_FILE_BYTES;
use mail_doctor_core::{Lang, Profile};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// What the operator has given so far.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportState {
    /// Chosen files: (name, text), in the order chosen.
    pub files: Vec<(String, String)>,
    /// Pasted XML, as pasted.
    pub pasted: String,
    /// Names of files that could not be read.
    pub failed: Vec<String>,
    /// Files not read because they are over `MAX_IMPORT_FILE_BYTES`: name and size.
    pub too_large: Vec<(String, f64)>,
    /// Files being read.
    pub reading: bool,
}

pub enum ImportAction {
    Reading,
    Add {
        files: Vec<(String, String)>,
        failed: Vec<String>,
        too_large: Vec<(String, f64)>,
    },
    Remove(usize),
    Clear,
    Paste(String),
}

impl Reducible for ImportState {
    type Action = ImportAction;

    fn reduce(self: Rc<Self>, action: ImportAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            ImportAction::Reading => next.reading = true,
            ImportAction::Add {
                files,
                failed,
                too_large,
            } => {
                next.reading = false;
                for (name, text) in files {
                    // Choosing the same file again replaces it.
                    match next.files.iter_mut().find(|(n, _)| *n == name) {
                        Some(slot) => slot.1 = text,
                        None => next.files.push((name, text)),
                    }
                }
                next.failed = failed;
                next.too_large = too_large;
            }
            ImportAction::Remove(i) => {
                if i < next.files.len() {
                    next.files.remove(i);
                }
            }
            ImportAction::Clear => {
                next.files.clear();
                next.failed.clear();
                next.too_large.clear();
            }
            ImportAction::Paste(text) => next.pasted = text,
        }
        Rc::new(next)
    }
}

impl ImportState {
    /// Everything to import: the chosen files, then the pasted XML (named `pasted_name`).
    pub fn inputs<'a>(&'a self, pasted_name: &'a str) -> Vec<(&'a str, &'a str)> {
        let mut v: Vec<(&str, &str)> = self
            .files
            .iter()
            .map(|(n, t)| (n.as_str(), t.as_str()))
            .collect();
        if !self.pasted.trim().is_empty() {
            v.push((pasted_name, self.pasted.as_str()));
        }
        v
    }
}

#[function_component(ImportPage)]
pub fn import_page() -> Html {
    let lang = crate::use_lang();
    let t = tool_pages(lang);
    let state = use_reducer(ImportState::default);

    let on_files = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(list) = input.files() else { return };
            let chosen: Vec<web_sys::File> =
                (0..list.length()).filter_map(|i| list.get(i)).collect();
            // The same file can be chosen again later.
            input.set_value("");
            if chosen.is_empty() {
                return;
            }
            state.dispatch(ImportAction::Reading);
            let state = state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let mut files = Vec::new();
                let mut failed = Vec::new();
                let mut too_large = Vec::new();
                for file in chosen {
                    // Read only what an autoconfig file can be: a huge file would stall the page.
                    if file.size() > MAX_IMPORT_FILE_BYTES as f64 {
                        too_large.push((file.name(), file.size()));
                        continue;
                    }
                    match read_file_text(&file).await {
                        Ok(text) => files.push((file.name(), text)),
                        Err(_) => failed.push(file.name()),
                    }
                }
                state.dispatch(ImportAction::Add {
                    files,
                    failed,
                    too_large,
                });
            });
        })
    };
    let on_paste = {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            state.dispatch(ImportAction::Paste(area.value()));
        })
    };
    let on_clear = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(ImportAction::Clear))
    };

    let inputs = state.inputs(t.imp_pasted_name);
    let result = (!inputs.is_empty()).then(|| import_autoconfig(&inputs));

    html! {
        <>
            <Header />
            <main class="page tool-page" id="main">
                <ProfileNotice />
                <h2 class="tool-title">{ t.imp_title }</h2>
                <p class="tool-intro">{ t.imp_intro }</p>
                <div class="columns">
                    <form class="case-form import-form" aria-labelledby="imp-form-title"
                        onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                        <h3 id="imp-form-title" class="visually-hidden">{ t.imp_title }</h3>
                        <div class="field">
                            <label for="imp-files">{ t.imp_files_label }</label>
                            <input id="imp-files" type="file" multiple=true accept=".xml,application/xml,text/xml"
                                aria-describedby="imp-files-hint" onchange={on_files} />
                            <p class="hint" id="imp-files-hint">{ t.imp_files_hint }</p>
                        </div>
                        if state.reading {
                            <p role="status">{ t.imp_reading }</p>
                        }
                        { for state.failed.iter().map(|name| html! {
                            <p class="error" role="alert">{ fill(t.imp_read_failed, &[("file", name)]) }</p>
                        }) }
                        { for state.too_large.iter().map(|(name, size)| html! {
                            <p class="error" role="alert" data-file-too-large={name.clone()}>
                                { fill(safety::file_too_large(lang), &[("name", name), ("size", &size.to_string()), ("max", &MAX_IMPORT_FILE_BYTES.to_string())]) }
                            </p>
                        }) }
                        if !state.files.is_empty() {
                            <div class="imp-files">
                                <div class="form-head">
                                    <h4 id="imp-files-title">{ t.imp_files_title }</h4>
                                    <button type="button" class="secondary" id="imp-clear" onclick={on_clear}>{ t.imp_clear }</button>
                                </div>
                                <ul aria-labelledby="imp-files-title">
                                    { for state.files.iter().enumerate().map(|(i, (name, _))| {
                                        let state = state.clone();
                                        let onclick = Callback::from(move |_: MouseEvent| state.dispatch(ImportAction::Remove(i)));
                                        html! {
                                            <li data-file={name.clone()}>
                                                <code>{ name.clone() }</code>{ " " }
                                                <button type="button" class="secondary small" {onclick}
                                                    aria-label={format!("{} {name}", t.imp_remove)}>{ t.imp_remove }</button>
                                            </li>
                                        }
                                    }) }
                                </ul>
                            </div>
                        }
                        <div class="field">
                            <label for="imp-paste">{ t.imp_paste_label }</label>
                            <textarea id="imp-paste" rows="8" spellcheck="false" autocomplete="off"
                                maxlength={crate::components::safety::PASTE_MAX}
                                aria-describedby="imp-paste-hint" value={state.pasted.clone()} oninput={on_paste} />
                            { crate::components::safety::paste_limit(&state.pasted, lang) }
                            <p class="hint" id="imp-paste-hint">{ t.imp_paste_hint }</p>
                        </div>
                    </form>
                    <section class="results import-result" id="results" aria-labelledby="imp-result-title" tabindex="0">
                        <h3 id="imp-result-title">{ t.imp_toml_title }</h3>
                        { match &result {
                            None => html! { <p class="placeholder">{ t.imp_empty }</p> },
                            Some(r) => result_view(r, lang, t),
                        } }
                    </section>
                </div>
            </main>
        </>
    }
}

fn result_view(result: &ImportResult, lang: Lang, t: &ToolPageStrings) -> Html {
    let parsed = Profile::parse(&result.toml);
    let toml = result.toml.clone();
    let on_download = {
        let toml = toml.clone();
        Callback::from(move |_: MouseEvent| {
            let _ = download_text("profile.toml", "application/toml", &toml);
        })
    };
    html! {
        <div class="import-output">
            <p data-providers={result.providers.len().to_string()}>
                { fill(t.imp_providers, &[("n", &result.providers.len().to_string())]) }
            </p>
            { match &parsed {
                Ok(_) => html! { <p class="valid ok" data-valid="true">{ "✓ " }{ t.imp_valid }</p> },
                Err(errors) => html! {
                    <div class="valid bad" data-valid="false">
                        <p>{ t.imp_invalid }</p>
                        <ul>
                            { for errors.iter().map(|e| html! {
                                <li>{ format!("{} {}: {} — {}", t.imp_line, e.line, e.key, e.message) }</li>
                            }) }
                        </ul>
                    </div>
                },
            } }
            <label for="imp-toml">{ t.imp_toml_label }</label>
            <textarea id="imp-toml" class="toml" rows="16" readonly=true spellcheck="false" value={toml} />
            <p><button type="button" id="imp-download" onclick={on_download}>{ t.imp_download }</button></p>
            <h4 id="imp-warnings-title">{ t.imp_warnings_title }</h4>
            if result.warnings.is_empty() {
                <p data-warnings="0">{ t.imp_no_warnings }</p>
            } else {
                <div class="table-wrap">
                    <table class="warnings" aria-labelledby="imp-warnings-title" data-warnings={result.warnings.len().to_string()}>
                        <thead>
                            <tr>
                                <th scope="col">{ t.imp_col_file }</th>
                                <th scope="col">{ t.imp_col_setting }</th>
                                <th scope="col">{ t.imp_col_message }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for result.warnings.iter().map(|w| html! {
                                <tr class="warning" data-warning-file={w.file.clone()}>
                                    <td><code>{ w.file.clone() }</code></td>
                                    <td><code>{ if w.setting.is_empty() { t.imp_whole_file.to_string() } else { w.setting.clone() } }</code></td>
                                    <td>{ w.message.get(lang).to_string() }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
        </div>
    }
}
