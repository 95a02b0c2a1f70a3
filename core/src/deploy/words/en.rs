//! The deployment checks' words in English.

use super::Words;

pub(super) static EN: Words = Words {
    level_error: "ERROR",
    level_warning: "warning",
    level_ok: "ok",
    profile_precompressed: "A precompressed copy of profile.toml exists: the server goes on sending it after profile.toml is edited. Delete it.",
    profile_missing: "No profile.toml: the customers' help.html says it cannot help right now, and the desk's pages run on the demo profile (shown as the demo). Put your own profile next to index.html.",
    profile_too_large: "profile.toml is larger than the pages accept.",
    profile_not_utf8: "profile.toml is not UTF-8 text.",
    profile_is_html: "profile.toml holds HTML (a web page).",
    profile_invalid: "profile.toml does not validate: the desk's pages list its problems and run on the demo; the customers' page cannot help.",
    profile_is_demo: "The profile.toml to be published is the demo profile (or a copy of it): customers would be given made-up servers and a made-up phone number.",
    profile_no_version: "No [profile] version: the pages cannot say which profile is in use.",
    profile_no_published: "No [profile] published (date and time).",
    profile_ok: "The profile validates.",
    file_missing: "A file of the release is missing (upload scripts/build-release's dist/ as it is).",
    asset_missing: "A file the page loads is missing.",
    csp_missing: "The page has no Content-Security-Policy meta tag.",
    csp_unsafe: "script-src allows inline script or eval.",
    csp_probe_missing: "The profile's [probe] url origin is not in this page's connect-src: unless the pages are served from that origin, the browser blocks the server check (deploy/probe/README.md).",
    csp_resolver_missing: "The DNS page's connect-src lacks the profile's DNS-over-HTTPS resolver: the browser blocks every DNS check.",
    csp_extra_connect: "This page runs no DNS check, yet its connect-src allows connections beyond its own site.",
    csp_header_unknown: "Cannot evaluate nginx's CSP (a regular-expression map entry): check it served, with scripts/check-deploy.",
    csp_header_missing: "No Content-Security-Policy header for this path (only the page's meta policy applies, without frame-ancestors).",
    csp_header_mismatch: "The header's CSP differs from the page's meta CSP: browsers enforce both, so the stricter one silently wins (left: meta, right: header).",
    csp_header_twice: "This path gets several CSP headers: browsers enforce all of them.",
};
