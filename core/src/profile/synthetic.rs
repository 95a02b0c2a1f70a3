//! Large valid profiles made up on the spot, for benchmarks and scale tests.

use std::fmt::Write;

/// Domains per generated brand.
const PER_BRAND: usize = 100;

/// A valid profile TOML with `domains` mail domains (at least one) spread over brands of up to
/// 100 domains each, one cloud server set, one per-domain (`{domain}`) set and one retired
/// generation. Names are under `example.jp`, addresses from the documentation ranges.
pub fn synthetic_toml(domains: usize) -> String {
    let domains = domains.max(1);
    let mut out = String::with_capacity(300 + domains * 30);
    out.push_str(
        r#"# Synthetic profile (generated).
[isp]
name = { ja = "合成ケーブルグループ", en = "Synthetic Cable Group" }
support = { phone = "0120-000-000", url = "https://support.example.jp/mail/" }
effective = 2024-03-31

[policy]
min_tls = "1.2"
max_recipients_per_message = 100
send_rate = { messages = 200, per_minutes = 60 }
op25b = true
foreign_login_block = { enabled = true, microsoft_cloud_exempt = true }

[servers.cloud]
imap = { host = "imap.mail.example.jp", port = 993, security = "ssl" }
pop3 = { host = "pop.mail.example.jp", port = 995, security = "ssl" }
smtp = [
  { host = "smtp.mail.example.jp", port = 465, security = "ssl" },
  { host = "smtp.mail.example.jp", port = 587, security = "starttls" },
]
username = "address"
auth = "password"

[servers.cloud-domain]
imap = { host = "imap.{domain}", port = 993, security = "ssl" }
pop3 = { host = "pop.{domain}", port = 995, security = "ssl" }
smtp = [{ host = "smtp.{domain}", port = 587, security = "starttls" }]
username = "local-part"
"#,
    );
    let brands = domains.div_ceil(PER_BRAND);
    for b in 0..brands {
        let first = b * PER_BRAND;
        let last = (first + PER_BRAND).min(domains);
        let servers = if b % 5 == 4 { "cloud-domain" } else { "cloud" };
        // Writing to a String cannot fail.
        let _ = write!(
            out,
            "\n[[brands]]\nid = \"b{b}\"\nname = {{ ja = \"ブランド{b}\", en = \"Brand {b}\" }}\n\
             servers = \"{servers}\"\ndomains = [\n"
        );
        for d in first..last {
            let _ = writeln!(out, "  \"d{d}.b{b}.example.jp\",");
        }
        out.push_str("]\n");
    }
    out.push_str("\n[[retired]]\nhosts = [");
    for b in 0..brands.min(50) {
        let _ = write!(out, "\"mail.b{b}.example.jp\", ");
    }
    out.push_str(
        "]\nips = [\"192.0.2.25\", \"198.51.100.25\", \"203.0.113.25\", \"2001:db8::25\"]\n\
         until = 2024-03-31\nreplaced_by = \"cloud\"\n\
         note = { ja = \"旧設備\", en = \"Former servers\" }\n",
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Profile;

    #[test]
    fn synthetic_profiles_parse_with_the_requested_domain_count() {
        for n in [1, 99, 100, 101, 1234] {
            let p = Profile::parse(&synthetic_toml(n)).unwrap_or_else(|e| panic!("{n}: {e:#?}"));
            assert_eq!(p.domain_count(), n);
            assert_eq!(p.brands.len(), n.div_ceil(PER_BRAND));
        }
        assert_eq!(
            Profile::parse(&synthetic_toml(0)).map(|p| p.domain_count()),
            Ok(1)
        );
    }

    #[test]
    fn ten_thousand_domains() {
        let p = Profile::parse(&synthetic_toml(10_000)).unwrap_or_else(|e| panic!("{e:#?}"));
        assert_eq!(p.domain_count(), 10_000);
        assert_eq!(
            p.brand_for_domain("D9999.B99.EXAMPLE.JP.")
                .map(|b| b.id.as_str()),
            Some("b99")
        );
    }
}
