//! 調査の日本語。

use crate::survey::table::Col;
use crate::survey::text::{Params, Words};
use crate::survey::{ports, sending, time, Kind, Summary};

pub(crate) struct Ja;

pub(crate) static SURVEY: Ja = Ja;

impl Words for Ja {
    fn heading(&self, col: Col) -> &'static str {
        match col {
            Col::Account => "アカウント",
            Col::Client => "機器のアドレス",
            Col::Sessions => "接続数",
            Col::FirstSeen => "最初",
            Col::LastSeen => "最後",
            Col::ClientNames => "クライアント名",
            Col::ClientAddresses => "接続元アドレス",
            Col::FailedLogins => "ログイン失敗",
            Col::BelowFloor => "下限未満",
            Col::TlsVersions => "TLS バージョン（接続数）",
            Col::Services => "サービス",
            Col::LastBelowFloor => "下限未満の最後",
            Col::Ciphers => "下限未満の暗号",
            Col::Flags => "該当",
            Col::Smtp25 => "SMTP 25番",
            Col::Submission587 => "サブミッション 587番",
            Col::Smtps465 => "SMTPS 465番",
            Col::Imap => "IMAP",
            Col::Pop3 => "POP3",
            Col::Cloud => "クラウドのサインイン",
            Col::LastPort25 => "25番の最後",
            Col::LastPop3 => "POP3 の最後",
            Col::RetiredTargets => "接続先の廃止サーバー",
            Col::Flagged => "要確認",
            Col::Logins => "ログイン数",
            Col::Microsoft => "Microsoft クラウドから",
            Col::IspNetworks => "自社網から",
            Col::Elsewhere => "その他から",
            Col::ElsewhereNetworks => "その他のネットワーク",
            Col::ElsewhereAddresses => "その他のアドレス",
            Col::FlagEvidence => "要確認の根拠",
            Col::Messages => "通数",
            Col::Recipients => "宛先数",
            Col::MaxRecipients => "1 通の最大宛先数",
            Col::OverCap => "宛先数上限を超えた通数",
            Col::MostInWindow => "1 区間の最大通数",
            Col::OverRate => "送信数制限で拒否される通数",
            Col::FirstOver => "最初の超過",
            Col::Bursts => "まとめ送りの回数",
            Col::LargestBurst => "最大のまとめ送り",
            Col::ShortestPause => "最短の休止（秒）",
        }
    }

    fn ports_flag(&self, flag: ports::Flag) -> &'static str {
        match flag {
            ports::Flag::Port25 => "25番ポート",
            ports::Flag::Pop => "POP",
        }
    }

    fn sending_flag(&self, flag: sending::Flag) -> &'static str {
        match flag {
            sending::Flag::OverCap => "宛先数超過",
            sending::Flag::OverRate => "送信数超過",
            sending::Flag::BurstThenWait => "まとめ送りと待機",
        }
    }

    fn yes(&self) -> &'static str {
        "要確認"
    }

    fn title(&self, kind: Kind) -> &'static str {
        match kind {
            Kind::Tls => "TLS の下限：古い TLS や暗号化なしで接続している人",
            Kind::Ports => "25番ポートと POP：ポート変更や POP 廃止の影響を受ける人",
            Kind::Retired => "廃止サーバー：まだ接続している人",
            Kind::Origins => "ログイン元の内訳",
            Kind::Sending => "送信制限を超える送り方",
        }
    }

    fn definition(&self, kind: Kind, p: &Params) -> String {
        match kind {
            Kind::Tls => format!(
                "TLS の下限を TLS {floor} にしたとき影響を受ける人の一覧です。「下限未満」は、\
                 暗号化なし・SSLv3・TLS {floor} より古い TLS で接続した回数です。「TLS」は \
                 TLS で接続したもののバージョンがログにない接続で、下限未満には数えません。\
                 Dovecot は login_log_format_elements に %k があるときだけバージョンを記録します\
                 （例：login_log_format_elements = user=<%u> method=%m rip=%r lip=%l mpid=%e \
                 lport=%a %c %k session=<%{{session}}>）。Postfix は常に記録します。Dovecot の\
                 「secured」（ループバックなど Dovecot が信頼する平文の接続）は暗号化なしに\
                 数えます。",
                floor = p.floor
            ),
            Kind::Ports => "ポート変更や POP の廃止で影響を受ける人の一覧です。587番・465番\
                 ではなく 25番で送信しているアカウント、ログインせずに 25番で送信している機器、\
                 POP3 で受信しているすべての人を挙げます（ログイン失敗は数えません）。ポートは \
                 Postfix の syslog 名（Debian の master.cf のとおり postfix/smtpd が 25番、\
                 postfix/submission/smtpd が 587番、postfix/smtps/smtpd が 465番）と Dovecot \
                 のサービス名（pop3-login）または lport=%a から判断します。"
                .to_string(),
            Kind::Retired => {
                let targets = if p.retired.is_empty() {
                    "プロファイルには登録がありません".to_string()
                } else {
                    p.retired.join("、")
                };
                format!(
                    "プロファイルの廃止サーバー（{targets}）にまだ接続している人の一覧です。\
                     接続先のサーバーアドレス（Dovecot の lip=、postscreen の CONNECT … to \
                     [アドレス]、CSV の local 列）が廃止 IP のとき、またはログのホスト名（名前全体）が\
                     廃止ホスト名のときに数えます{old}。",
                    old = if p.old_server {
                        "。また、これらのファイルは旧サーバー自身のログとして指定されたので、\
                         すべての接続を数えます"
                    } else {
                        ""
                    }
                )
            }
            Kind::Origins => format!(
                "アカウントごとのログイン元（成功したログイン）の内訳です。Microsoft のクラウド\
                 （Outlook (new) や Outlook モバイルが同期に使う Exchange Online の範囲）、\
                 自社網（プロファイルの [isp] networks：{nets} 件）、その他に分けます。\
                 両方の外にある異なるネットワーク（IPv4 は /24、IPv6 は /48 が違うもの）から \
                 {w} 分以内に 2 回ログインしたアカウントを「要確認」とします。アカウント乗っ取り\
                 の兆候で、Microsoft のクラウドからのログインでは立ちません。要確認は調べる\
                 きっかけであり、証拠ではありません（スマートフォンが携帯網を移るだけでも立つ\
                 ことがあります）。その他からのログインが 1 回以上あるアカウントを挙げます。",
                nets = p.isp_networks,
                w = p.window_minutes
            ),
            Kind::Sending => {
                let cap = match p.max_recipients {
                    Some(c) => format!("1 通の宛先（To・Cc・Bcc の合計）が {c} 件を超えるメール"),
                    None => {
                        "宛先数の上限はありません（プロファイルに設定がありません）".to_string()
                    }
                };
                let rate = match p.send_rate {
                    Some((n, t)) => format!(
                        "送信数の制限（どの {t} 分間で数えても {n} 通まで）を実際の送信時刻に\
                         スライドする区間として当てはめたもの（「1 区間の最大通数」はどの {t} \
                         分間でも最も多い通数、「送信数制限で拒否される通数」は制限で拒否または\
                         保留される通数）。まとめて送ったあと {t} 分以下しか休まないと、前後の\
                         まとまりが同じ区間に入ります"
                    ),
                    None => {
                        "送信数の制限はありません（プロファイルに設定がありません）".to_string()
                    }
                };
                format!(
                    "ログで見た、プロファイルの制限を超える送信者の一覧です。対象：{cap}。{rate}。\
                     1 通の宛先数は Postfix の nrcpt=（メッセージ追跡では同じメッセージの行数）\
                     です。「まとめ送り」は、前の 1 通から {g} 秒以内に続けて送った {b} 通以上の\
                     まとまりです。「まとめ送りと待機」は、まとめ送りが休止をはさんで 2 回以上\
                     あるもので、n 通まとめて送って t 分待つ機械の送り方です。",
                    b = p.burst_min,
                    g = p.burst_gap_seconds
                )
            }
        }
    }

    fn subjects(&self, p: &Params) -> String {
        let devices = if p.all_clients {
            "ログインしない機器は、どのネットワークからでもアドレスごとに挙げます"
        } else if p.isp_networks == 0 {
            "プロファイルに自社網（[isp] networks）がないため、ログインしない機器は挙げません\
             （自社網の外の機器も一覧にする設定、--all-clients で挙げます）"
        } else {
            "ログインしない機器は、アドレスが自社網（プロファイルの [isp] networks）にあるとき\
             アドレスごとに挙げます"
        };
        format!(
            "1 行が 1 アカウント（ログイン名。ログインに 1 回以上成功したもの）です。{devices}。\
             時刻は UTC{} で表示します。",
            p.offset
        )
    }

    fn summary(&self, s: &Summary) -> Vec<String> {
        let st = &s.stats;
        let mut lines = vec![format!(
            "{} 行（{:.1} MB）を読みました。使った行 {}、対象外の行 {}、読めなかった行 {}。\
             接続 {}、メール {}、一覧 {} 行。",
            st.lines,
            st.bytes as f64 / 1e6,
            st.used,
            st.ignored,
            st.unknown,
            st.sessions,
            st.messages,
            s.rows
        )];
        if let (Some(f), Some(l)) = (st.first, st.last) {
            lines.push(format!(
                "期間：{} から {} まで。",
                time::format(f, s.offset_seconds),
                time::format(l, s.offset_seconds)
            ));
        }
        if s.unlisted > 0 {
            lines.push(format!(
                "自社網の外からログインせずに接続した {} 回は一覧にありません（自社網の外の機器も\
                 一覧にする設定、--all-clients で挙げます）。",
                s.unlisted
            ));
        }
        if st.tls_version_unknown > 0 {
            lines.push(format!(
                "{} 回の接続は TLS ですが、ログにバージョンがありません。Dovecot の \
                 login_log_format_elements に %k を加えてください。",
                st.tls_version_unknown
            ));
        }
        if st.backwards > 0 {
            lines.push(format!(
                "{} 件が、先に読んだものより 1 分以上前の時刻でした。ファイルは古い順に指定して\
                 ください（mail.log.2.gz mail.log.1 mail.log）。区間の判定は時刻順を前提に\
                 しています。",
                st.backwards
            ));
        }
        lines
    }

    fn no_rows(&self, kind: Kind) -> &'static str {
        match kind {
            Kind::Tls => "下限未満で接続した人はいません。",
            Kind::Ports => "25番ポートや POP を使っている人はいません。",
            Kind::Retired => "廃止サーバーに接続した人はいません。",
            Kind::Origins => "その他からのログインはありません。",
            Kind::Sending => "制限を超えた送信者はいません。",
        }
    }
}
