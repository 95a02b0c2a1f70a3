//! Thunderbird autoconfig (`config-v1.1.xml`) files → a profile TOML (`docs/profile.md`).
//!
//! One `[[brands]]` and one `[servers.<id>]` per `emailProvider`. The profile format holds less
//! than autoconfig can say (one IMAP and one POP3 endpoint, one username form and one
//! authentication per server set), so every setting that does not fit — or fits only with a
//! change of meaning — becomes a warning naming the file and the setting; nothing is dropped
//! silently. Placeholders the operator must review are marked `# review` in the TOML.

use crate::lang::Localized;
use crate::names::{ip_literal, is_domain_name, normalize_host};
use crate::profile::UsernameFormat;
use serde::Serialize;
use std::fmt::Write;

/// What the import produced.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ImportResult {
    /// Profile TOML in the format of `docs/profile.md`; empty when no provider could be
    /// imported (a profile needs at least one brand and server set).
    pub toml: String,
    /// Everything that was not imported as written, in file order.
    pub warnings: Vec<ImportWarning>,
    /// The providers that made it into the TOML, in the same order.
    pub providers: Vec<ImportedProvider>,
}

/// One setting that was not imported as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImportWarning {
    /// The file name as given.
    pub file: String,
    /// Where in the file (`emailProvider[biglobe.ne.jp].incomingServer[pop3].authentication`);
    /// empty for the file as a whole.
    pub setting: String,
    pub message: Localized,
}

/// One provider as it went into the profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImportedProvider {
    pub file: String,
    /// `emailProvider id` as written.
    pub source_id: String,
    /// The brand id and server-set NAME in the TOML (a bare TOML key).
    pub id: String,
    pub name: Localized,
    /// Canonical domains, each in exactly one provider.
    pub domains: Vec<String>,
    pub imap: Option<ImportedEndpoint>,
    pub pop3: Option<ImportedEndpoint>,
    pub smtp: Vec<ImportedEndpoint>,
    #[serde(serialize_with = "username_str")]
    pub username: UsernameFormat,
    /// Always `password` (plain password inside TLS), the profile's only method.
    pub auth: String,
    /// First `documentation url`, if any.
    pub documentation: Option<String>,
}

fn username_str<S: serde::Serializer>(u: &UsernameFormat, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(u.as_str())
}

/// One endpoint in profile terms (`host` may contain `{domain}`; `security` ssl|starttls|none).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImportedEndpoint {
    pub host: String,
    pub port: u16,
    pub security: String,
}

/// Imports autoconfig files (`(file name, XML text)`) into one profile TOML. Never fails: a file
/// that cannot be read is a warning, and the TOML then holds whatever could be imported.
pub fn import_autoconfig(files: &[(&str, &str)]) -> ImportResult {
    let mut warnings = Vec::new();
    let mut providers: Vec<ImportedProvider> = Vec::new();
    for (file, text) in files {
        let mut w = Warner {
            file,
            out: &mut warnings,
        };
        for mut p in read_file(file, text, &mut w) {
            claim_domains(&mut p, &providers, &mut w);
            if p.domains.is_empty() {
                w.warn(
                    &format!("emailProvider[{}]", p.source_id),
                    "このプロバイダーには取り込めるドメインが残らないため、ブランドとサーバー設定を作りません。".into(),
                    "No domain of this provider is left to import, so no brand or server set is made for it.".into(),
                );
                continue;
            }
            p.id = unique_id(&p.source_id, &providers);
            providers.push(p);
        }
    }
    let toml = if providers.is_empty() {
        warnings.push(ImportWarning {
            file: files
                .iter()
                .map(|(name, _)| *name)
                .collect::<Vec<_>>()
                .join(", "),
            setting: String::new(),
            message: Localized {
                ja: "取り込めるプロバイダー（emailProvider）がないため、プロファイルを作れません。"
                    .into(),
                en: "No provider (emailProvider) could be imported, so no profile was made.".into(),
            },
        });
        String::new()
    } else {
        write_toml(files, &providers)
    };
    ImportResult {
        toml,
        warnings,
        providers,
    }
}

struct Warner<'a> {
    file: &'a str,
    out: &'a mut Vec<ImportWarning>,
}

impl Warner<'_> {
    fn warn(&mut self, setting: &str, ja: String, en: String) {
        self.out.push(ImportWarning {
            file: self.file.to_string(),
            setting: setting.to_string(),
            message: Localized { ja, en },
        });
    }

    fn not_imported(&mut self, setting: &str, what: &str) {
        self.warn(
            setting,
            format!("設定「{what}」はプロファイルの形式にないため、取り込みません。"),
            format!(
                "The setting \"{what}\" has no place in the profile format and is not imported."
            ),
        );
    }
}

/// Text of an element, trimmed (empty when it has none).
fn text_of(node: roxmltree::Node<'_, '_>) -> String {
    node.text().unwrap_or("").trim().to_string()
}

/// Short, single-line form of a value for a message.
fn shown(value: &str) -> String {
    let one_line: String = value
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let mut s: String = one_line.chars().take(80).collect();
    if one_line.chars().count() > 80 {
        s.push('…');
    }
    s
}

fn read_file(file: &str, text: &str, w: &mut Warner<'_>) -> Vec<ImportedProvider> {
    let doc = match roxmltree::Document::parse(text) {
        Ok(doc) => doc,
        Err(e) => {
            w.warn(
                "",
                format!("XML として読めないため、このファイルは取り込みません（{e}）。"),
                format!("This file is not readable XML and is not imported ({e})."),
            );
            return Vec::new();
        }
    };
    let root = doc.root_element();
    if root.tag_name().name() != "clientConfig" {
        w.warn(
            "",
            format!(
                "ルート要素が clientConfig ではなく「{}」のため、このファイルは取り込みません。",
                shown(root.tag_name().name())
            ),
            format!(
                "The root element is \"{}\", not clientConfig; this file is not imported.",
                shown(root.tag_name().name())
            ),
        );
        return Vec::new();
    }
    match root.attribute("version") {
        Some("1.1") => {}
        other => {
            let v = shown(other.unwrap_or(""));
            w.warn(
                "clientConfig@version",
                format!("clientConfig の version が 1.1 ではありません（「{v}」）。1.1 として読みます。"),
                format!("clientConfig version is not 1.1 (\"{v}\"); read as 1.1."),
            );
        }
    }
    let mut providers = Vec::new();
    for child in root.children().filter(|n| n.is_element()) {
        let name = child.tag_name().name();
        if name == "emailProvider" {
            if let Some(p) = read_provider(file, child, w) {
                providers.push(p);
            }
        } else {
            w.not_imported(&format!("clientConfig.{}", shown(name)), name);
        }
    }
    if providers.is_empty() && !root.children().any(|n| n.has_tag_name("emailProvider")) {
        w.warn(
            "clientConfig",
            "emailProvider がないため、このファイルから取り込むものはありません。".into(),
            "There is no emailProvider in this file; nothing is imported from it.".into(),
        );
    }
    providers
}

/// Security, username form and authentication of one server element.
struct ServerRead {
    endpoint: ImportedEndpoint,
    username: Option<UsernameFormat>,
}

fn read_provider(
    file: &str,
    node: roxmltree::Node<'_, '_>,
    w: &mut Warner<'_>,
) -> Option<ImportedProvider> {
    let source_id = node.attribute("id").unwrap_or("").trim().to_string();
    let here = format!("emailProvider[{}]", shown(&source_id));
    let mut domains: Vec<String> = Vec::new();
    let mut display_name = String::new();
    let mut short_name = String::new();
    let mut imap: Option<ServerRead> = None;
    let mut pop3: Option<ServerRead> = None;
    let mut smtp: Vec<ServerRead> = Vec::new();
    let mut documentation: Option<String> = None;
    for child in node.children().filter(|n| n.is_element()) {
        let name = child.tag_name().name();
        match name {
            "domain" => {
                let raw = text_of(child);
                let at = format!("{here}.domain[{}]", shown(&raw));
                if let Some(purpose) = child.attribute("purpose") {
                    w.warn(
                        &at,
                        format!("purpose=\"{}\" のドメインはメールアドレスのドメインではないため、取り込みません。", shown(purpose)),
                        format!("A domain with purpose=\"{}\" is not a mail domain; not imported.", shown(purpose)),
                    );
                    continue;
                }
                let d = normalize_host(&raw);
                if !is_domain_name(&d) {
                    w.warn(
                        &at,
                        format!(
                            "「{}」はドメイン名として正しくないため、取り込みません。",
                            shown(&raw)
                        ),
                        format!(
                            "\"{}\" is not a valid domain name; not imported.",
                            shown(&raw)
                        ),
                    );
                } else if domains.contains(&d) {
                    w.warn(
                        &at,
                        format!(
                            "ドメイン「{d}」が同じプロバイダーに重複しています。1 つにまとめます。"
                        ),
                        format!("The domain \"{d}\" is listed twice in this provider; kept once."),
                    );
                } else {
                    domains.push(d);
                }
            }
            "displayName" if display_name.is_empty() => display_name = text_of(child),
            "displayShortName" if short_name.is_empty() => short_name = text_of(child),
            "incomingServer" => {
                let kind = child
                    .attribute("type")
                    .unwrap_or("")
                    .trim()
                    .to_ascii_lowercase();
                let at = format!("{here}.incomingServer[{}]", shown(&kind));
                let slot = match kind.as_str() {
                    "imap" => &mut imap,
                    "pop3" => &mut pop3,
                    _ => {
                        w.warn(
                            &at,
                            format!("受信サーバーの種類「{}」はプロファイルにないため（IMAP・POP3 のみ）、取り込みません。", shown(&kind)),
                            format!("Incoming server type \"{}\" is not in the profile format (IMAP and POP3 only); not imported.", shown(&kind)),
                        );
                        continue;
                    }
                };
                if slot.is_some() {
                    w.warn(
                        &at,
                        format!("2 つ目以降の {} 受信サーバーは取り込みません（プロファイルは種類ごとに 1 つ）。", kind.to_ascii_uppercase()),
                        format!("An additional {} incoming server is not imported (the profile holds one per type).", kind.to_ascii_uppercase()),
                    );
                    continue;
                }
                if let Some(s) = read_server(child, &at, w) {
                    *slot = Some(s);
                }
            }
            "outgoingServer" => {
                let kind = child
                    .attribute("type")
                    .unwrap_or("")
                    .trim()
                    .to_ascii_lowercase();
                let at = format!("{here}.outgoingServer[{}]", shown(&kind));
                if kind != "smtp" {
                    w.warn(
                        &at,
                        format!(
                            "送信サーバーの種類「{}」は SMTP ではないため、取り込みません。",
                            shown(&kind)
                        ),
                        format!(
                            "Outgoing server type \"{}\" is not SMTP; not imported.",
                            shown(&kind)
                        ),
                    );
                    continue;
                }
                if let Some(s) = read_server(child, &at, w) {
                    smtp.push(s);
                }
            }
            "documentation" => {
                let url = child.attribute("url").unwrap_or("").trim().to_string();
                let usable = (url.starts_with("https://") || url.starts_with("http://"))
                    && !url.chars().any(|c| c.is_whitespace() || c.is_control());
                let first = documentation.is_none() && usable;
                w.warn(
                    &format!("{here}.documentation"),
                    if first {
                        format!("説明ページ（{}）はブランドごとには取り込めません。[isp] のサポート URL の仮の値に使います。", shown(&url))
                    } else {
                        format!("説明ページ（{}）は取り込みません。", shown(&url))
                    },
                    if first {
                        format!("The documentation link ({}) has no per-brand place; it is used as the placeholder [isp] support URL.", shown(&url))
                    } else {
                        format!("The documentation link ({}) is not imported.", shown(&url))
                    },
                );
                if first {
                    documentation = Some(url);
                }
            }
            other => w.not_imported(&format!("{here}.{}", shown(other)), other),
        }
    }
    if imap.is_none() && pop3.is_none() {
        w.warn(
            &here,
            "取り込める受信サーバー（IMAP・POP3）がないため、このプロバイダーは取り込みません。"
                .into(),
            "This provider has no importable incoming server (IMAP or POP3) and is not imported."
                .into(),
        );
        return None;
    }
    if smtp.is_empty() {
        w.warn(
            &here,
            "取り込める送信サーバー（SMTP）がないため、このプロバイダーは取り込みません。".into(),
            "This provider has no importable outgoing server (SMTP) and is not imported.".into(),
        );
        return None;
    }
    // One username form per server set: the first incoming server's (IMAP first).
    let all: Vec<(&str, &ServerRead)> = imap
        .iter()
        .map(|s| ("incomingServer[imap]", s))
        .chain(pop3.iter().map(|s| ("incomingServer[pop3]", s)))
        .chain(smtp.iter().map(|s| ("outgoingServer[smtp]", s)))
        .collect();
    let chosen = all.iter().find_map(|(_, s)| s.username);
    let username = chosen.unwrap_or(UsernameFormat::Address);
    for (at, s) in &all {
        if let Some(u) = s.username {
            if u != username {
                w.warn(
                    &format!("{here}.{at}.username"),
                    format!("ユーザー名の形式（{}）がほかのサーバーと違います。プロファイルはサーバー設定ごとに 1 つの形式（{}）にまとめます。", u.as_str(), username.as_str()),
                    format!("The username form ({}) differs from the other servers'; the profile has one form per server set ({}).", u.as_str(), username.as_str()),
                );
            }
        }
    }
    let name = brand_name(&display_name, &short_name, &source_id);
    Some(ImportedProvider {
        file: file.to_string(),
        source_id,
        id: String::new(),
        name,
        domains,
        imap: imap.map(|s| s.endpoint),
        pop3: pop3.map(|s| s.endpoint),
        smtp: smtp.into_iter().map(|s| s.endpoint).collect(),
        username,
        auth: "password".to_string(),
        documentation,
    })
}

fn read_server(
    node: roxmltree::Node<'_, '_>,
    here: &str,
    w: &mut Warner<'_>,
) -> Option<ServerRead> {
    let mut hostname: Option<String> = None;
    let mut port: Option<String> = None;
    let mut socket: Option<String> = None;
    let mut username: Option<String> = None;
    let mut auths: Vec<String> = Vec::new();
    for child in node.children().filter(|n| n.is_element()) {
        let name = child.tag_name().name();
        let slot = match name {
            "hostname" => &mut hostname,
            "port" => &mut port,
            "socketType" => &mut socket,
            "username" => &mut username,
            "authentication" => {
                auths.push(text_of(child));
                continue;
            }
            other => {
                w.not_imported(&format!("{here}.{}", shown(other)), other);
                continue;
            }
        };
        if slot.is_some() {
            w.warn(
                &format!("{here}.{name}"),
                format!("「{name}」が 2 回以上あります。最初の値だけを使います。"),
                format!("\"{name}\" appears more than once; only the first is used."),
            );
        } else {
            *slot = Some(text_of(child));
        }
    }

    let skip = |w: &mut Warner<'_>, what: &str, ja: String, en: String| {
        w.warn(
            &format!("{here}.{what}"),
            format!("{ja}このサーバーは取り込みません。"),
            format!("{en} This server is not imported."),
        );
        None
    };

    // Host: %EMAILDOMAIN% is the profile's {domain}; any other placeholder has no equivalent.
    let raw_host = hostname.unwrap_or_default();
    let host = raw_host.replace("%EMAILDOMAIN%", "{domain}");
    if host.is_empty() {
        return skip(
            w,
            "hostname",
            "ホスト名がありません。".into(),
            "The hostname is missing.".into(),
        );
    }
    if host.contains('%') || host.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return skip(
            w,
            "hostname",
            format!("ホスト名「{}」の書き方（%EMAILDOMAIN% 以外のプレースホルダーなど）はプロファイルで表せません。", shown(&raw_host)),
            format!("The hostname \"{}\" (a placeholder other than %EMAILDOMAIN%, or a space) cannot be expressed in the profile.", shown(&raw_host)),
        );
    }
    let filled = normalize_host(&host.replace("{domain}", "example.jp"));
    if filled.contains('{')
        || filled.contains('}')
        || ip_literal(&host).is_some()
        || !is_domain_name(&filled)
    {
        return skip(
            w,
            "hostname",
            format!(
                "ホスト名「{}」はホスト名として正しくありません（IP アドレスは使えません）。",
                shown(&raw_host)
            ),
            format!(
                "The hostname \"{}\" is not a valid host name (IP addresses are not allowed).",
                shown(&raw_host)
            ),
        );
    }

    let raw_port = port.unwrap_or_default();
    let port = match raw_port.parse::<u16>() {
        Ok(p) if p > 0 => p,
        _ => {
            return skip(
                w,
                "port",
                format!(
                    "ポート番号「{}」が 1〜65535 の数ではありません。",
                    shown(&raw_port)
                ),
                format!(
                    "The port \"{}\" is not a number from 1 to 65535.",
                    shown(&raw_port)
                ),
            )
        }
    };

    let raw_socket = socket.unwrap_or_default();
    let security = match raw_socket.to_ascii_uppercase().as_str() {
        "SSL" => "ssl",
        "STARTTLS" => "starttls",
        "PLAIN" => {
            w.warn(
                &format!("{here}.socketType"),
                "socketType が plain（暗号化なし）です。security = \"none\" として取り込みます。クラウド移行後の設定として妥当か確認してください。".into(),
                "socketType is plain (no encryption); imported as security = \"none\". Review whether that is right.".into(),
            );
            "none"
        }
        _ => {
            return skip(
                w,
                "socketType",
                format!(
                    "socketType「{}」は SSL・STARTTLS・plain のどれでもありません。",
                    shown(&raw_socket)
                ),
                format!(
                    "The socketType \"{}\" is none of SSL, STARTTLS, plain.",
                    shown(&raw_socket)
                ),
            )
        }
    };

    let username = match username.as_deref() {
        Some("%EMAILADDRESS%") => Some(UsernameFormat::Address),
        Some("%EMAILLOCALPART%") => Some(UsernameFormat::LocalPart),
        Some(other) => {
            w.warn(
                &format!("{here}.username"),
                format!("ユーザー名「{}」は %EMAILADDRESS%・%EMAILLOCALPART% のどちらでもなく、プロファイルで表せません。サーバー設定の形式に従います。", shown(other)),
                format!("The username \"{}\" is neither %EMAILADDRESS% nor %EMAILLOCALPART% and cannot be expressed in the profile; the server set's form applies.", shown(other)),
            );
            None
        }
        None => {
            w.warn(
                &format!("{here}.username"),
                "ユーザー名の指定がありません。サーバー設定の形式に従います。".into(),
                "No username is given; the server set's form applies.".into(),
            );
            None
        }
    };

    if auths.is_empty() {
        w.warn(
            &format!("{here}.authentication"),
            "認証方式の指定がありません。プロファイルの \"password\"（TLS 内の平文パスワード）とします。".into(),
            "No authentication is given; the profile's \"password\" (plain password inside TLS) is used.".into(),
        );
    }
    let has_cleartext = auths.iter().any(|a| is_cleartext(a));
    for a in auths.iter().filter(|a| !is_cleartext(a)) {
        let (ja, en) = if has_cleartext {
            (
                format!("認証方式「{}」は取り込みません（password-cleartext も書かれているので \"password\" を使います）。", shown(a)),
                format!("The authentication \"{}\" is not imported (password-cleartext is also listed, so \"password\" is used).", shown(a)),
            )
        } else {
            (
                format!("認証方式「{}」はプロファイルにありません。\"password\"（TLS 内の平文パスワード）として取り込みます。サーバーが受け付けるか確認してください。", shown(a)),
                format!("The authentication \"{}\" is not in the profile format; imported as \"password\" (plain password inside TLS). Check that the server accepts it.", shown(a)),
            )
        };
        w.warn(&format!("{here}.authentication"), ja, en);
    }

    Some(ServerRead {
        endpoint: ImportedEndpoint {
            host,
            port,
            security: security.to_string(),
        },
        username,
    })
}

fn is_cleartext(auth: &str) -> bool {
    // `plain` is the pre-1.1 spelling of password-cleartext.
    matches!(auth.trim(), "password-cleartext" | "plain")
}

fn brand_name(display: &str, short: &str, id: &str) -> Localized {
    let ja = [display, short, id]
        .into_iter()
        .find(|s| !s.is_empty())
        .unwrap_or("(名前なし)")
        .to_string();
    let en = [display, short, id]
        .into_iter()
        .find(|s| !s.is_empty() && s.is_ascii())
        .map(str::to_string)
        .unwrap_or_else(|| ja.clone());
    Localized { ja, en }
}

/// Drops domains an earlier provider already has (every domain belongs to one brand).
fn claim_domains(p: &mut ImportedProvider, earlier: &[ImportedProvider], w: &mut Warner<'_>) {
    let here = format!("emailProvider[{}]", shown(&p.source_id));
    p.domains.retain(|d| {
        match earlier.iter().find(|e| e.domains.contains(d)) {
            Some(owner) => {
                w.warn(
                    &format!("{here}.domain[{d}]"),
                    format!("ドメイン「{d}」はすでに {}（{}）のものです。ドメインは 1 つのブランドにしか属せないため、ここでは取り込みません。", owner.source_id, owner.file),
                    format!("The domain \"{d}\" already belongs to {} ({}); a domain belongs to one brand only, so it is not imported here.", owner.source_id, owner.file),
                );
                false
            }
            None => true,
        }
    });
}

/// A bare TOML key from a provider id, unique among the providers so far.
fn unique_id(source: &str, earlier: &[ImportedProvider]) -> String {
    let mut base = String::new();
    for c in normalize_host(source).chars() {
        if c.is_ascii_alphanumeric() {
            base.push(c);
        } else if !base.ends_with('-') {
            base.push('-');
        }
    }
    let base = base.trim_matches('-').chars().take(60).collect::<String>();
    let base = if base.is_empty() {
        "provider".to_string()
    } else {
        base
    };
    let mut id = base.clone();
    let mut n = 2;
    while earlier.iter().any(|e| e.id == id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

/// A TOML basic string.
fn toml_str(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn endpoint_toml(e: &ImportedEndpoint) -> String {
    format!(
        "{{ host = {}, port = {}, security = {} }}",
        toml_str(&e.host),
        e.port,
        toml_str(&e.security)
    )
}

fn write_toml(files: &[(&str, &str)], providers: &[ImportedProvider]) -> String {
    let mut t = String::new();
    t.push_str(
        "# Profile imported from Thunderbird autoconfig files (mail-doctor import-autoconfig).\n",
    );
    t.push_str("# Thunderbird の autoconfig ファイルから取り込んだプロファイルです。\n");
    t.push_str("# Review every line marked \"review\" before publishing. / 「review」の行は公開前に必ず確認してください。\n");
    for (file, _) in files {
        let _ = writeln!(t, "# source: {}", shown(file));
    }
    t.push('\n');

    let first_name = providers.first().map(|p| p.name.clone());
    let (ja, en) = match (first_name, providers.len()) {
        (None, _) => (
            "取り込んだプロファイル".to_string(),
            "Imported profile".to_string(),
        ),
        (Some(n), 1) => (n.ja, n.en),
        (Some(n), count) => (
            format!("{} ほか {} 社", n.ja, count - 1),
            format!("{} and {} more", n.en, count - 1),
        ),
    };
    let url = providers
        .iter()
        .find_map(|p| p.documentation.clone())
        .unwrap_or_else(|| "https://support.example.invalid/".to_string());
    t.push_str("[isp]\n");
    t.push_str("# review: placeholder names, phone and URL made by the import\n");
    let _ = writeln!(
        t,
        "name = {{ ja = {}, en = {} }}",
        toml_str(&ja),
        toml_str(&en)
    );
    let _ = writeln!(
        t,
        "support = {{ phone = {}, url = {} }}",
        toml_str("0120-000-000"),
        toml_str(&url)
    );
    t.push_str("# effective = 2024-04-01  # review: the date this profile takes effect\n\n");

    t.push_str("[policy]\n");
    t.push_str("# review: defaults, not read from the autoconfig files / autoconfig にない値の既定値です\n");
    t.push_str("min_tls = \"1.2\"  # review\n");
    t.push_str("# max_recipients_per_message = 100  # review\n");
    t.push_str("# send_rate = { messages = 200, per_minutes = 60 }  # review\n");
    t.push_str("op25b = false  # review\n");
    t.push_str(
        "foreign_login_block = { enabled = false, microsoft_cloud_exempt = false }  # review\n",
    );

    for p in providers {
        t.push('\n');
        let _ = writeln!(
            t,
            "# from {} (emailProvider id {})",
            shown(&p.file),
            shown(&p.source_id)
        );
        let _ = writeln!(t, "[servers.{}]", p.id);
        if let Some(e) = &p.imap {
            let _ = writeln!(t, "imap = {}", endpoint_toml(e));
        }
        if let Some(e) = &p.pop3 {
            let _ = writeln!(t, "pop3 = {}", endpoint_toml(e));
        }
        t.push_str("smtp = [\n");
        for e in &p.smtp {
            let _ = writeln!(t, "  {},", endpoint_toml(e));
        }
        t.push_str("]\n");
        let _ = writeln!(t, "username = {}", toml_str(p.username.as_str()));
        let _ = writeln!(t, "auth = {}", toml_str(&p.auth));
    }

    for p in providers {
        t.push('\n');
        t.push_str("[[brands]]\n");
        let _ = writeln!(t, "id = {}", toml_str(&p.id));
        let _ = writeln!(
            t,
            "name = {{ ja = {}, en = {} }}",
            toml_str(&p.name.ja),
            toml_str(&p.name.en)
        );
        let _ = writeln!(t, "servers = {}", toml_str(&p.id));
        let domains: Vec<String> = p.domains.iter().map(|d| toml_str(d)).collect();
        if domains.len() <= 4 {
            let _ = writeln!(t, "domains = [{}]", domains.join(", "));
        } else {
            t.push_str("domains = [\n");
            for d in domains {
                let _ = writeln!(t, "  {d},");
            }
            t.push_str("]\n");
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toml_strings_are_escaped() {
        assert_eq!(toml_str("a\"b\\c\u{1}"), "\"a\\\"b\\\\c\\u0001\"");
    }

    #[test]
    fn ids_are_bare_keys_and_unique() {
        assert_eq!(unique_id("biglobe.ne.jp", &[]), "biglobe-ne-jp");
        assert_eq!(unique_id("..", &[]), "provider");
    }
}
