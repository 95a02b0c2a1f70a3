//! The profile browser (agent-facing): search a domain → its brand, server set, username
//! format; the ISP's policies; retired hosts and IPs; every brand with its domain count.
//! Deep link: `#/profile?domain=kita.aoi.example.jp`. Look-ups are the engine's
//! (`brand_for_domain`, `closest_domain`): case, a trailing dot and punycode do not matter.

use crate::components::header::Header;
use crate::components::profile_notice::ProfileNotice;
use crate::i18n::console::{console, Console};
use crate::i18n::profile_browser::{profile_strings, ProfileStrings};
use crate::i18n::{strings, Strings};
use crate::profile_source::Source;
use crate::router::use_navigation;
use crate::web;
use crate::ProfileContext;
use mail_doctor_core::case::Security;
use mail_doctor_core::lang::fill;
use mail_doctor_core::profile::{Endpoint, UsernameFormat};
use mail_doctor_core::{Lang, Profile};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// How many edits a "did you mean" may be away.
const SUGGEST_EDITS: usize = 3;

/// The `domain` parameter of a hash such as `#/profile?domain=…`, unescaped.
pub fn domain_from_hash(hash: &str) -> String {
    hash.split_once('?')
        .and_then(|(_, q)| q.split('&').find_map(|p| p.strip_prefix("domain=")))
        .map(decode_component)
        .unwrap_or_default()
}

/// The domain to look up in what was typed: an address's part after `@`, trimmed.
pub fn domain_in(query: &str) -> &str {
    let q = query.trim();
    q.rsplit_once('@').map_or(q, |(_, d)| d.trim())
}

fn profile_hash(query: &str) -> String {
    if query.trim().is_empty() {
        "#/profile".to_string()
    } else {
        format!(
            "#/profile?domain={}",
            crate::help::percent_encode(query.trim())
        )
    }
}

#[function_component(ProfilePage)]
pub fn profile_page() -> Html {
    let lang = crate::use_lang();
    let profile_ctx = use_context::<ProfileContext>();
    let query = use_state(|| domain_from_hash(&web::current_hash()));
    let (s, c, w) = (strings(lang), console(lang), profile_strings(lang));

    // The address bar is always a link to this search. (Declared first: effects run in order,
    // so the check below sees the address bar already updated.)
    use_effect_with((*query).clone(), |q| web::replace_hash(&profile_hash(q)));
    // A deep link typed into the address bar of an open tab.
    {
        let query = query.clone();
        let navigation = use_navigation();
        use_effect_with(navigation, move |_| {
            let from_link = domain_from_hash(&web::current_hash());
            if !from_link.is_empty() && from_link != *query {
                query.set(from_link);
            }
        });
    }

    let oninput = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            query.set(input.value());
        })
    };
    let choose = |domain: String| {
        let query = query.clone();
        Callback::from(move |_: MouseEvent| query.set(domain.clone()))
    };

    let profile = profile_ctx.as_ref().and_then(|p| p.profile.clone());
    let in_use = profile_ctx.as_ref().map(|p| match p.source {
        Source::Loading => w.in_use_loading,
        // (A saved copy is said as such by the notice above.)
        Source::Published | Source::Saved { .. } => w.in_use_published,
        _ => w.in_use_demo,
    });
    let source_kind = profile_ctx.as_ref().map_or("loading", |p| match p.source {
        Source::Loading => "loading",
        Source::Published => "published",
        Source::Saved { .. } => "saved",
        _ => "demo",
    });

    html! {
        <>
            <Header skip_to="#main" skip_label={strings(lang).skip_to_main} />
            <main class="page profile-page" id="main" tabindex="-1">
                <ProfileNotice />
                <h2 id="profile-title">{ w.profile_title }</h2>
                <p class="hint">{ w.profile_intro }</p>
                if let Some(profile) = profile {
                    <section class="panel search" aria-labelledby="search-title">
                        <h3 id="search-title">{ w.search_title }</h3>
                        <div class="field">
                            <label for="p-domain">{ w.search_label }</label>
                            <input id="p-domain" type="search" autocomplete="off" autocapitalize="off"
                                spellcheck="false" value={(*query).clone()} {oninput}
                                aria-describedby="p-domain-hint" />
                            <p class="hint" id="p-domain-hint">{ w.search_hint }</p>
                        </div>
                        <div aria-live="polite">
                            { lookup(&profile, &query, lang, s, w, &choose) }
                        </div>
                    </section>

                    <section class="panel in-use" aria-labelledby="in-use-title" data-profile-source={source_kind}>
                        <h3 id="in-use-title">{ w.in_use_title }</h3>
                        <dl class="facts">
                            <div><dt>{ w.in_use_title }</dt><dd data-in-use="">{ in_use.unwrap_or_default() }</dd></div>
                            <div><dt>{ w.isp }</dt><dd>{ profile.isp.name.get(lang).to_string() }</dd></div>
                            <div><dt>{ w.effective }</dt><dd data-effective="">
                                { profile.isp.effective.map_or_else(|| w.not_set.to_string(), |d| d.to_string()) }
                            </dd></div>
                            <div><dt>{ w.support }</dt><dd>
                                { format!("{} {}", profile.isp.support_phone, profile.isp.support_url) }
                            </dd></div>
                            <div><dt>{ w.brands_title }</dt><dd>
                                { fill(w.domain_count_total, &[("brands", &profile.brands.len().to_string()), ("domains", &profile.domain_count().to_string())]) }
                            </dd></div>
                        </dl>
                    </section>

                    { policies(&profile, c, w) }
                    { retired(&profile, lang, c, w) }
                    { brand_list(&profile, lang, w, &choose) }
                }
            </main>
        </>
    }
}

/// The engine's name of an encryption choice, with what it means for SSL/TLS and STARTTLS
/// (「SSL/TLS（最初から暗号化）」).
fn security_plain(security: Security, lang: Lang, w: &ProfileStrings) -> String {
    let name = mail_doctor_core::text::security_name(security, lang);
    match security {
        Security::Ssl => format!("{name}{}", w.security_ssl_means),
        Security::Starttls => format!("{name}{}", w.security_starttls_means),
        Security::None | Security::Auto => name.to_string(),
    }
}

fn lookup(
    profile: &Profile,
    query: &str,
    lang: Lang,
    s: &Strings,
    w: &ProfileStrings,
    choose: &dyn Fn(String) -> Callback<MouseEvent>,
) -> Html {
    let domain = domain_in(query);
    if domain.is_empty() {
        return html! { <p class="hint" data-lookup="empty">{ w.search_empty }</p> };
    }
    let Some((brand, set)) = profile.servers_for_domain(domain) else {
        let suggestion = profile.closest_domain(domain, SUGGEST_EDITS);
        return html! {
            <div class="lookup unknown" data-lookup="unknown">
                <p>{ w.search_unknown }</p>
                if let Some(sug) = suggestion {
                    <p>
                        { w.did_you_mean }{ " " }
                        <button type="button" class="linklike" data-suggestion={sug.to_string()}
                            onclick={choose(sug.to_string())}>{ sug.to_string() }</button>
                    </p>
                }
            </div>
        };
    };
    let endpoint = |kind: &'static str, e: &Endpoint| {
        html! {
            <tr data-endpoint={kind}>
                <th scope="row">{ kind }</th>
                <td><code>{ e.host_for(domain) }</code></td>
                <td>{ e.port }</td>
                <td>{ security_plain(e.security, lang, w) }</td>
            </tr>
        }
    };
    let username = match set.username {
        UsernameFormat::Address => fill(w.username_address, &[("domain", domain)]),
        UsernameFormat::LocalPart => w.username_local_part.to_string(),
    };
    let auth = if set.auth == "password" {
        w.login_password.to_string()
    } else {
        set.auth.clone()
    };
    html! {
        <div class="lookup found" data-lookup="found" data-brand={brand.id.clone()}>
            <h4>{ w.brand_title }</h4>
            <dl class="facts">
                <div><dt>{ w.brand_name_ja }</dt><dd lang="ja" data-brand-name="ja">{ brand.name.get(Lang::Ja).to_string() }</dd></div>
                <div><dt>{ w.brand_name_en }</dt><dd lang="en" data-brand-name="en">{ brand.name.get(Lang::En).to_string() }</dd></div>
                <div><dt>{ w.brand_id }</dt><dd><code>{ brand.id.clone() }</code></dd></div>
                <div><dt>{ w.server_set }</dt><dd><code data-server-set="">{ brand.servers.clone() }</code></dd></div>
            </dl>
            <div class="table-wrap">
                <table class="endpoints-table">
                    <caption>{ format!("{} ({})", s.servers, brand.name.get(lang)) }</caption>
                    <thead><tr>
                        <th scope="col">{ w.col_kind }</th>
                        <th scope="col">{ w.col_host }</th>
                        <th scope="col">{ w.col_port }</th>
                        <th scope="col">{ w.col_security }</th>
                    </tr></thead>
                    <tbody>
                        { for set.imap.iter().map(|e| endpoint(s.server_incoming_imap, e)) }
                        { for set.pop3.iter().map(|e| endpoint(s.server_incoming_pop3, e)) }
                        { for set.smtp.iter().map(|e| endpoint(s.server_outgoing, e)) }
                    </tbody>
                </table>
            </div>
            <dl class="facts">
                <div><dt>{ w.username_format }</dt><dd data-username-format={set.username.as_str()}>{ username }</dd></div>
                <div><dt>{ w.login_method }</dt><dd>{ auth }</dd></div>
            </dl>
            <details class="brand-domains">
                <summary>{ format!("{} ({})", w.brand_domains, brand.domains.len()) }</summary>
                <p class="domain-list">{ brand.domains.join(" · ") }</p>
            </details>
        </div>
    }
}

fn policies(profile: &Profile, c: &Console, w: &ProfileStrings) -> Html {
    let p = &profile.policy;
    let row = |label: &'static str, value: String, key: &'static str| {
        html! { <div data-policy={key}><dt>{ label }</dt><dd>{ value }</dd></div> }
    };
    let block = p.foreign_login_block;
    html! {
        <section class="panel" aria-labelledby="policies-title">
            <h3 id="policies-title">{ w.policies_title }</h3>
            <dl class="facts">
                { row(c.policy_min_tls, fill(c.policy_min_tls_value, &[("tls", p.min_tls.as_str())]), "min-tls") }
                { row(c.policy_recipients, p.max_recipients_per_message.map_or_else(
                    || w.not_set.to_string(),
                    |n| fill(c.policy_recipients_value, &[("n", &n.to_string())])), "recipients") }
                { row(c.policy_send_rate, p.send_rate.map_or_else(
                    || w.not_set.to_string(),
                    |r| fill(c.policy_send_rate_value, &[("messages", &r.messages.to_string()), ("minutes", &r.per_minutes.to_string())])), "send-rate") }
                { row(c.policy_op25b, (if p.op25b { c.policy_op25b_on } else { c.policy_op25b_off }).to_string(), "op25b") }
                { row(c.policy_foreign, match (block.enabled, block.microsoft_cloud_exempt) {
                    (false, _) => c.policy_foreign_off,
                    (true, true) => c.policy_foreign_exempt,
                    (true, false) => c.policy_foreign_not_exempt,
                }.to_string(), "foreign-login") }
            </dl>
        </section>
    }
}

fn retired(profile: &Profile, lang: Lang, c: &Console, w: &ProfileStrings) -> Html {
    html! {
        <section class="panel" aria-labelledby="retired-title">
            <h3 id="retired-title">{ w.retired_title }</h3>
            if profile.retired.is_empty() {
                <p>{ w.retired_none }</p>
            } else {
                <div class="table-wrap">
                    <table class="retired-table">
                        <thead><tr>
                            <th scope="col">{ c.retired_hosts }</th>
                            <th scope="col">{ c.retired_ips }</th>
                            <th scope="col">{ c.retired_until }</th>
                            <th scope="col">{ c.retired_replaced_by }</th>
                            <th scope="col">{ c.retired_note }</th>
                        </tr></thead>
                        <tbody>
                            { for profile.retired.iter().map(|r| html! {
                                <tr data-retired="">
                                    <td>{ for r.hosts.iter().map(|h| html! { <code class="cell-item">{ h.clone() }</code> }) }</td>
                                    <td>{ for r.ips.iter().map(|ip| html! { <code class="cell-item">{ ip.to_string() }</code> }) }</td>
                                    <td class="nowrap">{ r.until.map_or_else(|| w.not_set.to_string(), |d| d.to_string()) }</td>
                                    <td><code>{ r.replaced_by.clone() }</code></td>
                                    <td>{ r.note.as_ref().map(|n| n.get(lang).to_string()).unwrap_or_default() }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
        </section>
    }
}

fn brand_list(
    profile: &Profile,
    lang: Lang,
    w: &ProfileStrings,
    choose: &dyn Fn(String) -> Callback<MouseEvent>,
) -> Html {
    html! {
        <section class="panel" aria-labelledby="brands-title">
            <h3 id="brands-title">{ w.brands_title }</h3>
            <div class="table-wrap">
                <table class="brands-table">
                    <thead><tr>
                        <th scope="col">{ w.col_brand }</th>
                        <th scope="col">{ w.brand_id }</th>
                        <th scope="col">{ w.server_set }</th>
                        <th scope="col">{ w.col_domains }</th>
                    </tr></thead>
                    <tbody>
                        { for profile.brands.iter().map(|b| {
                            let first = b.domains.first().cloned().unwrap_or_default();
                            html! {
                                <tr data-brand-row={b.id.clone()}>
                                    <th scope="row">
                                        <button type="button" class="linklike" onclick={choose(first.clone())}>
                                            { b.name.get(lang).to_string() }
                                        </button>
                                    </th>
                                    <td><code>{ b.id.clone() }</code></td>
                                    <td><code>{ b.servers.clone() }</code></td>
                                    <td data-domain-count={b.domains.len().to_string()}>{ b.domains.len() }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// Percent-decoding of a query value (`+` is a space; `percent-encoding`); a value that does not
/// decode to UTF-8 is kept as typed, and so is an escape that is not one (`%z1`).
fn decode_component(text: &str) -> String {
    percent_encoding::percent_decode_str(&text.replace('+', " "))
        .decode_utf8()
        .map_or_else(|_| text.to_string(), std::borrow::Cow::into_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_deep_link_names_its_domain() {
        assert_eq!(
            domain_from_hash("#/profile?domain=kita.aoi.example.jp"),
            "kita.aoi.example.jp"
        );
        assert_eq!(domain_from_hash("#/profile"), "");
        assert_eq!(domain_from_hash("#/profile?x=1&domain=A%2Eb"), "A.b");
        let idn = "ほたる.example.jp";
        assert_eq!(domain_from_hash(&profile_hash(idn)), idn);
        // Broken escaping is kept as typed, never a panic.
        for bad in ["%", "%z1", "%ff%fe", "%E3%81"] {
            assert_eq!(decode_component(bad), bad);
        }
    }

    #[test]
    fn an_address_is_searched_by_its_domain() {
        assert_eq!(
            domain_in(" taro@Kita.Aoi.example.jp "),
            "Kita.Aoi.example.jp"
        );
        assert_eq!(domain_in("aoi.example.jp."), "aoi.example.jp.");
        assert_eq!(domain_in(""), "");
    }
}
