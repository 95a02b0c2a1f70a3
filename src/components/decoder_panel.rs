//! The error decoder: what each error pasted from the customer's screen means, its likely causes
//! with the check for each, and — on the agent page — the case's ranked suspects with the causes
//! this case's findings confirm. Everything comes from `core::decode` and `core::text`.
//!
//! Two faces: [`DecoderPanel`] for the agent console (driven by the case), and
//! [`PlainDecoder`] for customers (plain words, no codes, its own text box unless given one).

use crate::i18n::tools::{tools, ToolsStrings};
use mail_doctor_core::codes::OtherCause;
use mail_doctor_core::decode::{explain, meaning, suspects};
use mail_doctor_core::report::{ErrorMatch, Side};
use mail_doctor_core::{text, Case, Cause, Lang, Report};
use std::rc::Rc;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

fn side_name(side: Side, t: &ToolsStrings) -> &'static str {
    match side {
        Side::Incoming => t.side_incoming,
        Side::Outgoing => t.side_outgoing,
        Side::Both => t.side_both,
    }
}

fn side_sentence(side: Side, t: &ToolsStrings) -> &'static str {
    match side {
        Side::Incoming => t.plain_side_incoming,
        Side::Outgoing => t.plain_side_outgoing,
        Side::Both => t.plain_side_both,
    }
}

fn side_attr(side: Side) -> &'static str {
    match side {
        Side::Incoming => "incoming",
        Side::Outgoing => "outgoing",
        Side::Both => "both",
    }
}

/// What the agent panel shows for a case: the recognised errors, the ranked suspects, and which
/// of them the case's findings confirm.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    pub errors: Vec<ErrorMatch>,
    pub suspects: Vec<(Cause, bool)>,
}

/// Decodes a case's `error_text` with the engine (the report when a profile is there, the
/// decoder alone otherwise). `None` when the case has no error text.
pub fn decode_case(case: &Case, report: Option<&Report>) -> Option<Decoded> {
    let text = case
        .error_text
        .as_deref()
        .filter(|t| !t.trim().is_empty())?;
    let (errors, ranked, findings) = match report {
        Some(r) => (
            r.errors.clone().unwrap_or_else(|| explain(text)),
            r.suspects.clone(),
            r.findings.as_slice(),
        ),
        None => (explain(text), None, &[][..]),
    };
    let ranked = ranked.unwrap_or_else(|| suspects(&errors, findings));
    let confirmed = |c: &Cause| match c {
        Cause::Finding(code) => findings.iter().any(|f| f.code == *code),
        Cause::Other(_) => false,
    };
    Some(Decoded {
        suspects: ranked.into_iter().map(|c| (c, confirmed(&c))).collect(),
        errors,
    })
}

#[derive(Properties, PartialEq)]
pub struct DecoderPanelProps {
    /// The case as the agent typed it (its `error_text` drives the panel).
    pub case: Rc<Case>,
    /// The page's report for that case (computed once by the page, not again here); `None`
    /// while no profile is loaded.
    pub report: Option<Rc<Report>>,
    /// What the connection doctor said about the servers (console's "check the server now"):
    /// it confirms or rules out the `server-side` suspect.
    #[prop_or_default]
    pub server_check: Option<crate::probe_client::Verdict>,
}

/// The agent console's decoder panel (renders nothing while the error box is empty).
#[function_component(DecoderPanel)]
pub fn decoder_panel(props: &DecoderPanelProps) -> Html {
    let lang = crate::use_lang();
    let Some(decoded) = decode_case(&props.case, props.report.as_deref()) else {
        return Html::default();
    };
    let t = tools(lang);
    html! {
        <section class="panel decoder" aria-labelledby="decoder-title" data-decoder="agent">
            <h3 id="decoder-title">{ t.decoder_title }</h3>
            if decoded.errors.is_empty() {
                { unrecognised(t.decoder_unrecognised, t.decoder_paste_instead) }
            } else {
                <ol class="decoded-errors">
                    { for decoded.errors.iter().map(|e| agent_error(e, lang, t)) }
                </ol>
                if !decoded.suspects.is_empty() {
                    <h4 id="decoder-suspects-title">{ t.decoder_suspects }</h4>
                    <p class="hint">{ t.decoder_suspects_hint }</p>
                    <ol class="decoder-suspects" aria-labelledby="decoder-suspects-title">
                        { for decoded.suspects.iter().map(|(c, ok)| suspect(*c, *ok, props.server_check.as_ref(), lang, t)) }
                    </ol>
                }
            }
        </section>
    }
}

fn unrecognised(what: &'static str, instead: &'static str) -> Html {
    html! {
        <div class="decoder-none" data-decoder-none="true">
            <p>{ what }</p>
            <p class="hint">{ instead }</p>
        </div>
    }
}

fn agent_error(e: &ErrorMatch, lang: Lang, t: &ToolsStrings) -> Html {
    let m = meaning(e, lang);
    html! {
        <li class="decoded-error" data-error={e.matched.clone()} data-side={side_attr(e.side)}>
            <p class="decoded-head">
                <code class="matched">{ e.matched.clone() }</code>
                <span class="side">{ format!(" {}: {}", t.decoder_side, side_name(e.side, t)) }</span>
            </p>
            <p class="decoded-meaning"><span class="dp-label">{ t.decoder_meaning }{ ": " }</span>{ m.meaning }</p>
            if !m.checks.is_empty() {
                <p class="dp-label">{ t.decoder_causes }</p>
                <ol class="decoded-causes">
                    { for m.checks.iter().map(|c| html! {
                        <li data-cause={c.cause.as_str()}>
                            <strong>{ text::cause_title(c.cause, lang) }</strong>
                            <p class="dp-check"><span class="dp-label">{ t.decoder_check }{ ": " }</span>{ c.check.clone() }</p>
                        </li>
                    }) }
                </ol>
            }
        </li>
    }
}

fn suspect(
    cause: Cause,
    confirmed: bool,
    server: Option<&crate::probe_client::Verdict>,
    lang: Lang,
    t: &ToolsStrings,
) -> Html {
    use crate::probe_client::Verdict;
    // The server check speaks to the server-side suspect only.
    let server = server.filter(|_| cause == Cause::Other(OtherCause::ServerSide));
    let confirmed = confirmed || matches!(server, Some(Verdict::Confirmed(_)));
    let ruled_out = matches!(server, Some(Verdict::RuledOut));
    let s = crate::i18n::server_check::server_check(lang);
    html! {
        <li data-suspect={cause.as_str()} data-confirmed={if confirmed { "true" } else { "false" }}
            data-server-check={server.map(crate::components::server_check::verdict_attr)}
            class={classes!(confirmed.then_some("confirmed"), ruled_out.then_some("ruled-out"))}>
            { text::cause_title(cause, lang) }
            if confirmed {
                { " " }<span class="dp-badge">{ "✓ " }{ if server.is_some() { s.suspect_confirmed } else { t.decoder_confirmed } }</span>
            }
            if ruled_out {
                { " " }<span class="dp-badge ruled-out">{ "✗ " }{ s.suspect_ruled_out }</span>
            }
        </li>
    }
}

#[derive(Properties, PartialEq)]
pub struct PlainDecoderProps {
    /// Text to decode. Without it the component shows its own text box.
    #[prop_or_default]
    pub text: Option<AttrValue>,
    /// The `id` prefix of its elements (two on one page need different ones).
    #[prop_or(AttrValue::Static("plain-decoder"))]
    pub id: AttrValue,
}

/// The decoder in the customer's words: what the message means, which side, the common causes.
/// No codes, no agent checks. For the self-help page.
#[function_component(PlainDecoder)]
pub fn plain_decoder(props: &PlainDecoderProps) -> Html {
    let lang = crate::use_lang();
    let t = tools(lang);
    let own = use_state(String::new);
    let text: String = match &props.text {
        Some(given) => given.to_string(),
        None => (*own).clone(),
    };
    let errors = if text.trim().is_empty() {
        None
    } else {
        Some(explain(&text))
    };
    let id = &props.id;
    let title_id = format!("{id}-title");
    let box_id = format!("{id}-text");
    let hint_id = format!("{id}-hint");
    let oninput = {
        let own = own.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            own.set(area.value());
        })
    };
    html! {
        <section class="panel decoder plain" aria-labelledby={title_id.clone()} data-decoder="plain">
            <h3 id={title_id}>{ t.plain_title }</h3>
            if props.text.is_none() {
                <div class="field">
                    <label for={box_id.clone()}>{ t.plain_label }</label>
                    <textarea id={box_id} rows="4" spellcheck="false" autocomplete="off"
                        maxlength={crate::components::safety::PASTE_MAX}
                        aria-describedby={hint_id.clone()} value={(*own).clone()} {oninput} />
                    { crate::components::safety::paste_limit(&own, lang) }
                    <p class="hint" id={hint_id}>{ t.plain_hint }</p>
                </div>
            }
            <div aria-live="polite">
                { match errors {
                    None => Html::default(),
                    Some(errors) if errors.is_empty() => unrecognised(t.plain_unrecognised, t.plain_paste_instead),
                    Some(errors) => html! {
                        <ul class="decoded-errors">
                            { for errors.iter().map(|e| plain_error(e, lang, t)) }
                        </ul>
                    },
                } }
            </div>
        </section>
    }
}

fn plain_error(e: &ErrorMatch, lang: Lang, t: &ToolsStrings) -> Html {
    let m = meaning(e, lang);
    html! {
        <li class="decoded-error" data-error={e.matched.clone()} data-side={side_attr(e.side)}>
            <p class="decoded-head"><code class="matched">{ e.matched.clone() }</code></p>
            <p>{ side_sentence(e.side, t) }{ " " }{ m.meaning }</p>
            if !e.causes.is_empty() {
                <p class="dp-label">{ t.plain_causes }</p>
                <ul class="decoded-causes">
                    { for e.causes.iter().map(|c| html! {
                        <li data-cause={c.as_str()}>{ text::cause_title(*c, lang) }</li>
                    }) }
                </ul>
            }
        </li>
    }
}
