//! 日本語。エラー番号は Outlook / Windows Live Mail のもの（`0x800CCCxx`、Windows のヘッダー
//! `imnxport.h`）、RFC はそれを定めている文書です。

use crate::codes::Severity;
use crate::probe::words::{exp, obs, Label, ProbeWords};
use crate::probe::{Outcome, ProbeCode, ProbeFinding, Role, ServerSideVerdict, Step, Target};

pub(crate) struct Ja;

pub(crate) static PROBE: Ja = Ja;

impl ProbeWords for Ja {
    fn title(&self, code: ProbeCode) -> &'static str {
        match code {
            ProbeCode::NoAnswer => "サーバーが応答しません",
            ProbeCode::Refused => "サーバーが接続を拒否しています",
            ProbeCode::Unresolved => "サーバー名のアドレスが見つかりません",
            ProbeCode::Garbage => "メールサーバー以外のものが応答しています",
            ProbeCode::Rejected => "サーバーが接続を断っています",
            ProbeCode::DialogueFailed => "サーバーがやり取りの途中で切断しました",
            ProbeCode::StarttlsMissing => "STARTTLS が使えません",
            ProbeCode::TlsFailed => "暗号化通信（TLS）が確立できません",
            ProbeCode::AuthBeforeTls => "暗号化の前にパスワードでのログインを受け付けています",
            ProbeCode::LoginMissing => "パスワードでのログイン方法が提供されていません",
            ProbeCode::TlsLegacyAccepted => "TLS 1.0 / 1.1 をまだ受け付けています",
            ProbeCode::TlsBelowMin => "サーバーの TLS がプロファイルの記載より古いです",
            ProbeCode::CertUntrusted => "証明書が信頼できません",
            ProbeCode::CertName => "証明書が別の名前のものです",
            ProbeCode::CertExpired => "証明書の有効期限が切れています",
            ProbeCode::CertExpiring => "証明書の有効期限がまもなく切れます",
            ProbeCode::RetiredAnswers => "停止したはずのサーバーが応答しています",
        }
    }

    fn detail(&self, f: &ProbeFinding, t: &Target) -> String {
        let ep = t.endpoint();
        let proto = t.protocol.as_str().to_ascii_uppercase();
        match f.code {
            ProbeCode::NoAnswer => format!(
                "{ep} から時間内に応答がありませんでした（{}）。お客さまのメールソフトは待ったあとタイムアウトになります（Outlook 0x800CCC19）。サーバー、またはその前のファイアウォールが停止しているか、接続を捨てています。",
                obs(f)
            ),
            ProbeCode::Refused => format!(
                "{} は接続を拒否しました。そのポートで待ち受けているサーバーがありません。この設定のお客さまは全員「接続できない」になります（Outlook 0x800CCC0E）。",
                obs(f)
            ),
            ProbeCode::Unresolved => format!(
                "{} の DNS アドレスがありません（診断サービスのリゾルバーから見て）。お客さまのメールソフトは「サーバーが見つからない」と表示します（Outlook 0x800CCC0D）。",
                obs(f)
            ),
            ProbeCode::Garbage => format!(
                "{ep} は応答しますが、{proto} サーバーとしての応答ではありません：「{}」。そのポートで別のサービスが動いているか、TLS と平文の取り違えです。",
                obs(f)
            ),
            ProbeCode::Rejected => format!(
                "サーバーが拒否のあいさつを返しました：「{}」。接続を断っています（過負荷、または診断サービスのアドレスをブロック）。",
                obs(f)
            ),
            ProbeCode::DialogueFailed => format!(
                "{ep} のサーバーがやり取りの途中で切断しました（{}）。お客さまのメールソフトでは「接続が切断された」になります（Outlook 0x800CCC0F）。",
                obs(f)
            ),
            ProbeCode::StarttlsMissing => format!(
                "プロファイルでは {ep} は STARTTLS ですが、サーバーが STARTTLS を提供していません（{}）。STARTTLS に設定したメールソフトは接続できません（Outlook 0x800CCC7D、Thunderbird では「STARTTLS をサポートしていない」旨の表示）。",
                obs(f)
            ),
            ProbeCode::TlsFailed => format!(
                "現在の設定で {ep} との TLS ハンドシェイクに失敗しました：{}。お客さまのメールソフトは「セキュリティで保護された接続のエラー」になります（Outlook 0x800CCC1A）。",
                obs(f)
            ),
            ProbeCode::AuthBeforeTls => format!(
                "{ep} は STARTTLS の前にパスワードでのログイン（{}）を受け付けています。暗号化を必須にしていないメールソフトはパスワードを平文で送るおそれがあります。RFC 8314 は平文でのメール受信・送信を時代遅れとしています。ログインは TLS の中だけで受け付けてください。",
                obs(f)
            ),
            ProbeCode::LoginMissing => format!(
                "{ep} は TLS の中でパスワードでのログイン方法を提供していません（AUTH PLAIN / LOGIN も LOGIN・USER コマンドもなし）。お客さまのログインはすべて失敗します（Outlook 0x800CCC80：使える認証方法がない）。"
            ),
            ProbeCode::TlsLegacyAccepted if f.severity == Severity::Info => format!(
                "{ep} は {} をまだ受け付けています（プロファイルの min_tls {} のとおり）。RFC 8996 は TLS 1.0 と 1.1 を廃止しています（メールについては RFC 8997）。まだ必要なお客さまと終了の計画を立ててください。",
                obs(f),
                exp(f)
            ),
            ProbeCode::TlsLegacyAccepted => format!(
                "{ep} は {} をまだ受け付けています。プロファイルでは {} より古いものは拒否することになっています（RFC 8996 は TLS 1.0 と 1.1 を廃止、メールについては RFC 8997）。古いメールソフトがこのおかげで動いているだけの可能性があり、古い TLS についての窓口の案内はこのサーバーには当てはまりません。",
                obs(f),
                exp(f)
            ),
            ProbeCode::TlsBelowMin => format!(
                "{ep} は {} で接続しました。プロファイルの {} より古く、プロファイル（と窓口の案内）どおりの動作ができていません。",
                obs(f),
                exp(f)
            ),
            ProbeCode::CertUntrusted => format!(
                "{ep} の証明書は信頼できる認証局につながっていません（{}）。メールソフトは警告を出すか、接続を拒否します。",
                obs(f)
            ),
            ProbeCode::CertName => format!(
                "{ep} の証明書は {} のもので、{} のものではありません。メールソフトは名前が違うと警告するか、接続を拒否します。",
                obs(f),
                exp(f)
            ),
            ProbeCode::CertExpired => format!(
                "{ep} の証明書は {} に有効期限が切れました。メールソフトは接続を拒否するか、起動のたびに警告を出します。",
                obs(f)
            ),
            ProbeCode::CertExpiring => format!(
                "{ep} の証明書の有効期限は {} です。それまでに更新してください。",
                obs(f)
            ),
            ProbeCode::RetiredAnswers => format!(
                "{}：停止したはずのサーバーがまだ応答しています。古い設定のままのお客さまが、はっきりしたエラーにならず中途半端に動いたり分かりにくい失敗をしたりします。停止するか、名前の向き先を変えてください。",
                obs(f)
            ),
        }
    }

    fn outcome(&self, outcome: Outcome) -> &'static str {
        match outcome {
            Outcome::Answered => "応答あり",
            Outcome::Unresolved => "アドレスなし",
            Outcome::Refused => "接続拒否",
            Outcome::Timeout => "応答なし",
            Outcome::Failed => "失敗",
        }
    }

    fn step(&self, step: Step) -> &'static str {
        match step {
            Step::Resolve => "名前解決",
            Step::Connect => "接続",
            Step::Tls => "TLS ハンドシェイク",
            Step::Greeting => "あいさつ（グリーティング）",
            Step::Capabilities => "機能一覧",
            Step::Starttls => "STARTTLS",
            Step::CapabilitiesTls => "TLS 内の機能一覧",
            Step::Quit => "終了",
        }
    }

    fn role(&self, role: Role) -> &'static str {
        match role {
            Role::Current => "現行",
            Role::Retired => "旧サーバー",
            Role::Given => "指定",
        }
    }

    fn verdict(&self, verdict: &ServerSideVerdict) -> String {
        match verdict {
            ServerSideVerdict::Confirmed { codes } => format!(
                "サーバー側の問題を確認しました（{}）。お客さまの設定ではなく、サーバーが原因の可能性が高いです。",
                codes.iter().map(|c| c.as_str()).collect::<Vec<_>>().join("、")
            ),
            ServerSideVerdict::RuledOut => "サーバーは正常に応答しました。サーバー側の原因は考えにくいので、お客さまの側を確認してください。".to_string(),
            ServerSideVerdict::Unknown => "サーバーはまだ確認していません。".to_string(),
        }
    }

    fn label(&self, label: Label) -> &'static str {
        match label {
            Label::Endpoint => "接続先",
            Label::Role => "種別",
            Label::Result => "結果",
            Label::Connect => "接続時間",
            Label::Tls => "TLS",
            Label::Certificate => "証明書",
            Label::LoginBeforeTls => "TLS 前のログイン方法",
            Label::LoginInsideTls => "TLS 内のログイン方法",
            Label::Findings => "所見",
            Label::NoFindings => "問題なし",
            Label::DaysLeft => "残り日数",
            Label::Total => "合計",
        }
    }
}
