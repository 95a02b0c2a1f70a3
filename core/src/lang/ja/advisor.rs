//! The advisor's words in Japanese.

use crate::advisor::words::Words;

pub(crate) static ADVISOR: Words = Words {
    seconds: "{s} 秒",
    minutes: "{m} 分",
    minutes_seconds: "{m} 分 {s} 秒",
    hours: "{h} 時間",
    hours_minutes: "{h} 時間 {m} 分",
    nothing_to_send: "送信するメールがありません。",
    blocked: "プロファイルの制限が 0 のため、送信できません。運用担当に確認してください。",
    recipients_over: "1 通の宛先（To・Cc・Bcc の合計）が {recipients} 件で、上限の {cap} 件を超えています。1 通目から送信を拒否されます。",
    rate_over: "送信数の制限（どの {t} 分間で数えても {n} 通まで）を超えます。ある {t} 分間に {worst} 通が入り、{message} 通目（開始から {at}後）から拒否または保留されます。",
    wait_not_enough: "まとめて送ってから {t} 分待つだけでは足りません。制限は時計の区切りではなく「どの {t} 分間でも」数えるので、前のまとまりと次のまとまりが同じ {t} 分間に入ります。",
    worst_window: "どの {t} 分間でも最大 {worst} 通（上限 {n} 通）",
    within_limits_window: "この送り方は制限内です（{window}）。",
    within_limits: "この送り方は制限内です。",
    split: "宛先を分けて、1 通を {parts} 通（1 通あたり {recipients} 件以下、上限 {cap} 件）にします。全部で {messages} 通になります。",
    batches: "{size} 通ずつまとめて送り、次のまとまりまで {every} 分あけます（{batches} 回、全体で約 {total}）。",
    spaced: "または 1 通ずつ {every} 秒以上の間隔で送ります（全体で約 {total}）。",
    split_no_pause: "分けたメールは、間隔をあけずに送れます（送信数の制限内です）。",
    no_change: "この送り方のままで送れます。変える必要はありません。",
    no_rate_limit: "送信数の制限はないので、まとめて送れます。",
};
