//! The Content-Security-Policy a server configuration sends for a path: Netlify / Cloudflare
//! Pages `_headers` files and the nginx example (`deploy/nginx.conf`), read as text.

/// The CSP values `_headers` sends for `path`: one per rule that matches it (Netlify and
/// Cloudflare join a header set by several rules with a comma, which a browser reads as several
/// policies, all enforced).
pub fn headers_file_csp(text: &str, path: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut matches = false;
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        if !line.starts_with([' ', '\t']) {
            matches = glob(trimmed, path);
            continue;
        }
        if !matches {
            continue;
        }
        if let Some((name, value)) = trimmed.split_once(':') {
            if name.trim().eq_ignore_ascii_case("content-security-policy") {
                out.push(value.trim().to_string());
            }
        }
    }
    out
}

/// `_headers` path patterns: `*` matches anything (slashes too), `:name` one path segment.
fn glob(pattern: &str, path: &str) -> bool {
    let pattern = pattern.split_whitespace().next().unwrap_or_default();
    let Some(star) = pattern.find('*') else {
        return segments_match(pattern, path);
    };
    let (head, tail) = (&pattern[..star], &pattern[star + 1..]);
    path.len() >= head.len()
        && segments_match(head, &path[..head.len()])
        && (0..=path.len() - head.len())
            .filter(|&n| path.is_char_boundary(head.len() + n))
            .any(|n| glob(tail, &path[head.len() + n..]))
}

fn segments_match(pattern: &str, path: &str) -> bool {
    if !pattern.contains(':') {
        return pattern == path;
    }
    let (a, b): (Vec<&str>, Vec<&str>) = (pattern.split('/').collect(), path.split('/').collect());
    a.len() == b.len()
        && a.iter()
            .zip(&b)
            .all(|(p, s)| p == s || (p.starts_with(':') && !s.is_empty()))
}

/// What an nginx configuration sends as `Content-Security-Policy` for a path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NginxCsp {
    /// No `add_header Content-Security-Policy`.
    None,
    /// The value.
    Value(String),
    /// A `map` entry this reader cannot evaluate (a regular expression): the check says so.
    Unknown(String),
}

/// The CSP `add_header Content-Security-Policy …` sends for a request to `uri`, following a
/// `map $uri $var { … }` when the value is a variable. Exact `map` keys and `default` are
/// evaluated; a regular-expression key (`~…`) makes the answer [`NginxCsp::Unknown`].
pub fn nginx_csp(conf: &str, uri: &str) -> NginxCsp {
    let tokens = nginx_tokens(conf);
    let Some(value) = tokens
        .windows(2)
        .position(|w| w[0] == "add_header" && w[1].eq_ignore_ascii_case("content-security-policy"))
        .and_then(|i| tokens.get(i + 2))
    else {
        return NginxCsp::None;
    };
    let Some(var) = value.strip_prefix('$') else {
        return NginxCsp::Value(value.clone());
    };
    // map $uri $var { key value; … }
    let Some(start) = tokens.windows(4).position(|w| {
        w[0] == "map" && w[1] == "$uri" && w[2].strip_prefix('$') == Some(var) && w[3] == "{"
    }) else {
        return NginxCsp::Unknown(format!("${var}"));
    };
    let mut default = None;
    let mut i = start + 4;
    while i + 2 < tokens.len() && tokens[i] != "}" {
        let (key, val) = (&tokens[i], &tokens[i + 1]);
        if key == "default" {
            default = Some(val.clone());
        } else if key.starts_with('~') {
            return NginxCsp::Unknown(key.clone());
        } else if key == uri {
            return NginxCsp::Value(val.clone());
        }
        // key value ;
        i += 3;
    }
    default.map_or(NginxCsp::None, NginxCsp::Value)
}

/// nginx's configuration words: quoted strings unquoted, `;`, `{` and `}` on their own,
/// comments dropped.
fn nginx_tokens(conf: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = conf.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '#' => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            ';' | '{' | '}' => out.push(c.to_string()),
            '"' | '\'' => {
                let mut word = String::new();
                while let Some(d) = chars.next() {
                    match d {
                        '\\' => word.extend(chars.next()),
                        d if d == c => break,
                        d => word.push(d),
                    }
                }
                out.push(word);
            }
            c if c.is_whitespace() => {}
            c => {
                let mut word = c.to_string();
                while let Some(&d) = chars.peek() {
                    if d.is_whitespace() || matches!(d, ';' | '{' | '}' | '"' | '\'') {
                        break;
                    }
                    word.push(d);
                    chars.next();
                }
                out.push(word);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADERS: &str = "# comment\n/*\n  X-Content-Type-Options: nosniff\n\n/tools.html\n  Content-Security-Policy: connect-src 'self' https://dns.google\n/tools\n  Content-Security-Policy: connect-src 'self' https://dns.google\n/help*\n  Content-Security-Policy: connect-src 'self'\n/:page/x\n  Content-Security-Policy: a\n";

    #[test]
    fn headers_file_rules_match_paths() {
        assert_eq!(
            headers_file_csp(HEADERS, "/tools"),
            vec!["connect-src 'self' https://dns.google".to_string()]
        );
        assert_eq!(headers_file_csp(HEADERS, "/help.html").len(), 1);
        assert_eq!(
            headers_file_csp(HEADERS, "/index.html"),
            Vec::<String>::new()
        );
        assert_eq!(headers_file_csp(HEADERS, "/a/x"), vec!["a".to_string()]);
        assert!(glob("/*", "/"));
        assert!(glob(
            "/mail-setup-doctor-*",
            "/mail-setup-doctor-0a_bg.wasm"
        ));
        assert!(!glob("/style-*", "/x/style-1.css"));
    }

    #[test]
    fn nginx_map_and_literal() {
        let conf = r#"
map $uri $mail_doctor_csp {
    default       "default-src 'none'; connect-src 'self'";
    /tools.html   "default-src 'none'; connect-src 'self' https://dns.google";
    "/tools"      "default-src 'none'; connect-src 'self' https://dns.google";
}
server {
    add_header Content-Security-Policy $mail_doctor_csp always; # the page's policy
}"#;
        assert_eq!(
            nginx_csp(conf, "/tools"),
            NginxCsp::Value("default-src 'none'; connect-src 'self' https://dns.google".into())
        );
        assert_eq!(
            nginx_csp(conf, "/help.html"),
            NginxCsp::Value("default-src 'none'; connect-src 'self'".into())
        );
        assert_eq!(
            nginx_csp("add_header Content-Security-Policy \"x 'y'\" always;", "/"),
            NginxCsp::Value("x 'y'".into())
        );
        assert_eq!(nginx_csp("server { }", "/"), NginxCsp::None);
        let regex = conf.replace("/tools.html", "~^/tools");
        assert_eq!(
            nginx_csp(&regex, "/x"),
            NginxCsp::Unknown("~^/tools".into())
        );
    }
}
