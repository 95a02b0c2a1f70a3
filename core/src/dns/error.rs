//! Why a DNS check gave no answer, in words for the agent.

use crate::lang::Lang;
use std::fmt;

/// Everything that can stop a DoH look-up from giving an answer. NXDOMAIN is not here: "no
/// such name" is an answer ([`super::Status::NoSuchName`]), and it keeps the CNAME chain that
/// led to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DnsError {
    /// The name to look up is no DNS name (or, for PTR, no IP address).
    InvalidName { name: String },
    /// The resolver answered with an HTTP status other than 2xx.
    Http { status: u16 },
    /// No HTTP answer at all: nothing listening, no network, or the browser blocked it (CORS).
    Network,
    /// No answer within the time allowed.
    Timeout,
    /// The body is not a DNS response (an HTML page, say).
    NotDns,
    /// SERVFAIL: the resolver could not get an answer from the name's servers.
    ServFail,
    /// REFUSED: the resolver will not answer this.
    Refused,
    /// Any other failure rcode (FORMERR, NOTIMP, …).
    Rcode { code: u16, name: String },
    /// The TC bit: the answer did not fit and was cut.
    Truncated,
    /// The response answers another question than the one asked.
    WrongQuestion { asked: String, answered: String },
    /// A CNAME chain that comes back to a name already seen.
    CnameLoop { name: String },
    /// A CNAME chain longer than [`super::MAX_CNAME_CHAIN`].
    CnameChainTooLong { length: usize },
}

impl DnsError {
    /// One line for the agent, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (DnsError::InvalidName { name }, Lang::Ja) => {
                format!("「{name}」は DNS で調べられる名前ではありません。")
            }
            (DnsError::InvalidName { name }, Lang::En) => {
                format!("\"{name}\" is not a name DNS can look up.")
            }
            (DnsError::Http { status }, Lang::Ja) => format!(
                "DNS リゾルバーが HTTP {status} を返しました（リゾルバー側の障害か、URL の誤り）。"
            ),
            (DnsError::Http { status }, Lang::En) => format!(
                "The DNS resolver answered HTTP {status} (a fault at the resolver, or a wrong URL)."
            ),
            (DnsError::Network, Lang::Ja) => "DNS リゾルバーに接続できません（ネットワークがない、URL の誤り、またはブラウザーが CORS で遮断）。".into(),
            (DnsError::Network, Lang::En) => "Could not reach the DNS resolver (no network, a wrong URL, or the browser blocked it for CORS).".into(),
            (DnsError::Timeout, Lang::Ja) => "DNS リゾルバーが時間内に応答しませんでした。".into(),
            (DnsError::Timeout, Lang::En) => "The DNS resolver did not answer in time.".into(),
            (DnsError::NotDns, Lang::Ja) => "DNS リゾルバーの応答が DNS メッセージではありません（URL が DoH の入口ではない可能性）。".into(),
            (DnsError::NotDns, Lang::En) => "The resolver's reply is not a DNS message (the URL may not be a DoH endpoint).".into(),
            (DnsError::ServFail, Lang::Ja) => "SERVFAIL: リゾルバーがこの名前の DNS サーバーから答えを得られませんでした。".into(),
            (DnsError::ServFail, Lang::En) => "SERVFAIL: the resolver could not get an answer from this name's DNS servers.".into(),
            (DnsError::Refused, Lang::Ja) => "REFUSED: リゾルバーがこの問い合わせを拒否しました。".into(),
            (DnsError::Refused, Lang::En) => "REFUSED: the resolver refused this query.".into(),
            (DnsError::Rcode { code, name }, Lang::Ja) => {
                format!("DNS エラー {name}（rcode {code}）が返りました。")
            }
            (DnsError::Rcode { code, name }, Lang::En) => {
                format!("The resolver returned DNS error {name} (rcode {code}).")
            }
            (DnsError::Truncated, Lang::Ja) => "応答が途中で切れています（TC ビット）。別のリゾルバーで試してください。".into(),
            (DnsError::Truncated, Lang::En) => "The answer was cut short (TC bit). Try another resolver.".into(),
            (DnsError::WrongQuestion { asked, answered }, Lang::Ja) => format!(
                "別の質問への応答が返りました（質問: {asked}、応答: {answered}）。"
            ),
            (DnsError::WrongQuestion { asked, answered }, Lang::En) => format!(
                "The reply answers another question (asked: {asked}; answered: {answered})."
            ),
            (DnsError::CnameLoop { name }, Lang::Ja) => {
                format!("CNAME がループしています（{name} に戻る）。DNS の設定誤りです。")
            }
            (DnsError::CnameLoop { name }, Lang::En) => {
                format!("The CNAME chain loops (back to {name}): a DNS configuration mistake.")
            }
            (DnsError::CnameChainTooLong { length }, Lang::Ja) => {
                format!("CNAME のつながりが長すぎます（{length} 段以上）。")
            }
            (DnsError::CnameChainTooLong { length }, Lang::En) => {
                format!("The CNAME chain is too long ({length} or more steps).")
            }
        }
    }
}

impl fmt::Display for DnsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for DnsError {}
