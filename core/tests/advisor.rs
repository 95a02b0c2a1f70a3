//! Sending-limit advisor: the seed's burst sender, the case file's sender, the plans, and
//! property tests (no panic, bounded, plans really comply).

use mail_doctor_core::advisor::{
    advise, advise_with, Limits, RateLimit, RefusalReason, SendPattern, Verdict, MAX_SIMULATED,
    MAX_TIMELINE_POINTS,
};
use mail_doctor_core::lang::Lang;
use mail_doctor_core::Profile;
use proptest::prelude::*;

const EXAMPLE: &str = include_str!("fixtures/profile.example.toml");

fn limits(cap: Option<u32>, n: u32, t: u32) -> Limits {
    Limits {
        max_recipients_per_message: cap,
        send_rate: Some(RateLimit {
            messages: n,
            per_minutes: t,
        }),
    }
}

/// Most messages in any closed window of `w` seconds, by brute force.
fn brute_worst(times: &[u64], w: u64) -> u64 {
    times
        .iter()
        .map(|&a| times.iter().filter(|&&b| b >= a && b <= a + w).count() as u64)
        .max()
        .unwrap_or(0)
}

#[test]
fn burst_then_wait_exactly_t_is_refused_at_the_second_burst() {
    // The seed's sender: n at once, wait t minutes, repeat — against n per t minutes.
    let profile = Profile::parse(EXAMPLE).expect("example");
    let pattern = SendPattern {
        recipients_per_message: 10,
        messages: 200,
        per_minutes: 0,
        repeat_minutes: Some(60),
        total: Some(600),
    };
    let a = advise(&pattern, &profile.policy);
    assert_eq!(a.verdict, Verdict::RateOverLimit);
    assert_eq!(
        a.worst_window,
        Some(400),
        "bursts at 0 and 60 min share [0, 60 min]"
    );
    let r = a.first_refusal.expect("refused");
    assert_eq!((r.message, r.minute, r.second), (201, 60, 3600));
    assert_eq!(r.reason, RefusalReason::Rate);
    // Burst 2 (at 60) is refused whole; burst 3 (at 120) finds only burst 2's refused
    // messages… and burst 1 is out of its window, so it goes through: 200 refused.
    assert_eq!(a.rate_refused, 200);
    assert_eq!(a.timeline.len(), 3);
    assert_eq!(a.timeline[1].minute, 60);
    assert_eq!(a.timeline[1].window, 400);
    assert_eq!(a.timeline[1].refused, 200);
    let plan = a.plan.expect("plan");
    let b = plan.batches.expect("batches");
    assert_eq!(
        (b.size, b.every_minutes, b.batches, b.total_minutes),
        (200, 61, 3, 122)
    );
    let s = plan.spaced.expect("spaced");
    assert_eq!(
        s.every_seconds, 19,
        "3600/200 = 18 s would put 201 into [0, 3600]"
    );
    let ja = a.explain(Lang::Ja);
    assert!(ja.verdict.contains("201 通目"), "{}", ja.verdict);
    assert!(ja.verdict.contains("どの 60 分間"), "{}", ja.verdict);
    assert!(ja.plan.iter().any(|p| p.contains("61 分")), "{:?}", ja.plan);
    let en = a.explain(Lang::En);
    assert!(en.verdict.contains("message 201"), "{}", en.verdict);
    assert!(
        en.plan.iter().any(|p| p.contains("19 seconds")),
        "{:?}",
        en.plan
    );
}

#[test]
fn waiting_t_plus_one_minute_complies() {
    let pattern = SendPattern {
        recipients_per_message: 10,
        messages: 200,
        per_minutes: 0,
        repeat_minutes: Some(61),
        total: Some(600),
    };
    let a = advise_with(&pattern, limits(Some(100), 200, 60));
    assert_eq!(a.verdict, Verdict::Ok);
    assert_eq!(a.worst_window, Some(200));
    assert!(a.first_refusal.is_none());
    assert!(a.explain(Lang::Ja).verdict.contains("制限内"));
    assert!(a.explain(Lang::En).verdict.contains("within the limits"));
}

#[test]
fn the_case_file_sender_is_over_both_limits() {
    // cases/05-burst-sender.json: 150 recipients, 300 messages at once, against 100 / 200 per 60.
    let profile = Profile::parse(EXAMPLE).expect("example");
    let pattern = SendPattern {
        recipients_per_message: 150,
        messages: 300,
        per_minutes: 0,
        ..SendPattern::default()
    };
    let a = advise(&pattern, &profile.policy);
    assert_eq!(a.verdict, Verdict::BothOverLimit);
    let first = a.first_refusal.expect("refused");
    assert_eq!(
        (first.message, first.reason),
        (1, RefusalReason::Recipients)
    );
    let rate = a.first_rate_refusal.expect("rate");
    assert_eq!((rate.message, rate.minute), (201, 0));
    let plan = a.plan.expect("plan");
    assert_eq!(plan.messages_per_original, 2);
    assert_eq!(plan.recipients_per_message, 75);
    assert_eq!(plan.messages, 600);
    let b = plan.batches.expect("batches");
    assert_eq!((b.batches, b.total_minutes), (3, 122));
    let ja = a.explain(Lang::Ja);
    assert!(ja.verdict.contains("150 件") && ja.verdict.contains("100 件"));
    assert!(ja.plan[0].contains("2 通"));
}

#[test]
fn spread_sending_within_the_rate_is_fine() {
    // 50 messages over 30 minutes, every 30 minutes, against 200 per 60.
    let pattern = SendPattern {
        recipients_per_message: 1,
        messages: 50,
        per_minutes: 30,
        repeat_minutes: Some(30),
        total: None,
    };
    let a = advise_with(&pattern, limits(Some(100), 200, 60));
    assert_eq!(a.verdict, Verdict::Ok);
    assert!(
        a.total_messages > 50,
        "a repeating pattern runs for a day by default"
    );
    assert!(a.worst_window.unwrap_or(0) <= 200);
}

#[test]
fn no_limits_and_nothing_to_send() {
    let none = Limits {
        max_recipients_per_message: None,
        send_rate: None,
    };
    let a = advise_with(
        &SendPattern {
            recipients_per_message: 5000,
            messages: 10_000,
            ..SendPattern::default()
        },
        none,
    );
    assert_eq!(a.verdict, Verdict::Ok);
    assert!(a.worst_window.is_none());
    assert!(a.explain(Lang::Ja).plan[0].contains("制限はない"));
    let empty = advise_with(&SendPattern::default(), limits(Some(100), 200, 60));
    assert_eq!(empty.verdict, Verdict::Ok);
    assert_eq!(empty.simulated_messages, 0);
    assert!(empty.timeline.is_empty());
    let blocked = advise_with(
        &SendPattern {
            messages: 1,
            ..SendPattern::default()
        },
        limits(Some(100), 0, 60),
    );
    assert_eq!(blocked.verdict, Verdict::Blocked);
    assert!(blocked.plan.is_none());
}

#[test]
fn json_has_the_numbers_and_the_timeline() {
    let a = advise_with(
        &SendPattern {
            recipients_per_message: 1,
            messages: 3,
            per_minutes: 0,
            repeat_minutes: Some(1),
            total: Some(6),
        },
        limits(None, 3, 1),
    );
    let v = serde_json::to_value(&a).expect("json");
    assert_eq!(v["verdict"], "rate-over-limit");
    for verdict in Verdict::ALL {
        assert_eq!(
            serde_json::to_value(verdict).expect("json"),
            verdict.as_str(),
            "the page's verdict name is serde's"
        );
    }
    assert_eq!(v["worst_window"], 6);
    assert_eq!(v["first_refusal"]["message"], 4);
    assert_eq!(v["timeline"][1]["minute"], 1);
    assert_eq!(v["timeline"][1]["count"], 3);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Any pattern and limits: no panic, bounded work, consistent numbers.
    #[test]
    fn any_pattern_is_answered(
        r in any::<u32>(), m in any::<u32>(), t in any::<u32>(),
        w in proptest::option::of(any::<u32>()), total in proptest::option::of(any::<u64>()),
        cap in proptest::option::of(any::<u32>()), n in any::<u32>(), lt in any::<u32>(),
    ) {
        let pattern = SendPattern { recipients_per_message: r, messages: m, per_minutes: t,
            repeat_minutes: w, total };
        let a = advise_with(&pattern, limits(cap, n, lt));
        prop_assert!(a.simulated_messages <= MAX_SIMULATED);
        prop_assert!(a.timeline.len() <= MAX_TIMELINE_POINTS);
        prop_assert!(a.rate_refused <= a.simulated_messages);
        let _ = a.explain(Lang::Ja);
        let _ = a.explain(Lang::En);
    }

    /// Small patterns: the worst window equals a brute-force count, and refusals happen
    /// exactly when the worst window is over the limit.
    #[test]
    fn worst_window_matches_brute_force(
        m in 1u32..30, t in 0u32..10, w in proptest::option::of(0u32..20),
        total in 1u64..120, n in 1u32..40, lt in 0u32..15,
    ) {
        let pattern = SendPattern { recipients_per_message: 1, messages: m, per_minutes: t,
            repeat_minutes: w, total: Some(total) };
        let a = advise_with(&pattern, limits(None, n, lt));
        let span = u64::from(t) * 60;
        let period = span.max(u64::from(w.unwrap_or(0)) * 60);
        let times: Vec<u64> = (0..total)
            .map(|k| (k / u64::from(m)) * period + (k % u64::from(m)) * span / u64::from(m))
            .collect();
        let worst = brute_worst(&times, u64::from(lt) * 60);
        prop_assert_eq!(a.worst_window, Some(worst));
        prop_assert_eq!(a.first_rate_refusal.is_some(), worst > u64::from(n));
    }

    /// The plans comply: the batch plan passes the advisor, the spaced plan a brute-force
    /// count, and one second less would not.
    #[test]
    fn plans_comply(n in 1u32..60, lt in 0u32..30, total in 1u64..300, r in 1u32..500,
                    cap in 1u32..200) {
        let a = advise_with(
            &SendPattern { recipients_per_message: r, messages: 1, per_minutes: 0,
                repeat_minutes: None, total: Some(total) },
            limits(Some(cap), n, lt));
        let plan = a.plan.expect("plan");
        prop_assert!(plan.recipients_per_message <= cap);
        prop_assert!(u64::from(plan.recipients_per_message) * plan.messages_per_original
            >= u64::from(r));
        let b = plan.batches.expect("batches");
        let as_sent = advise_with(
            &SendPattern { recipients_per_message: plan.recipients_per_message,
                messages: u32::try_from(b.size).expect("size"), per_minutes: 0,
                repeat_minutes: Some(u32::try_from(b.every_minutes).expect("minutes")),
                total: Some(plan.messages) },
            limits(Some(cap), n, lt));
        prop_assert_eq!(as_sent.verdict, Verdict::Ok);
        let s = plan.spaced.expect("spaced");
        let count = plan.messages.min(3 * u64::from(n) + 3);
        let times: Vec<u64> = (0..count).map(|k| k * s.every_seconds).collect();
        prop_assert!(brute_worst(&times, u64::from(lt) * 60) <= u64::from(n));
        if s.every_seconds > 1 && count > u64::from(n) {
            let tighter: Vec<u64> = (0..count).map(|k| k * (s.every_seconds - 1)).collect();
            prop_assert!(brute_worst(&tighter, u64::from(lt) * 60) > u64::from(n));
        }
    }
}

#[test]
fn a_huge_burst_is_simulated_quickly_and_bounded() {
    let a = advise_with(
        &SendPattern {
            recipients_per_message: 1,
            messages: u32::MAX,
            per_minutes: 0,
            repeat_minutes: Some(0),
            total: Some(u64::MAX),
        },
        limits(Some(1), 1, u32::MAX),
    );
    assert_eq!(a.simulated_messages, MAX_SIMULATED);
    assert_eq!(a.worst_window, Some(MAX_SIMULATED));
    assert_eq!(a.rate_refused, MAX_SIMULATED - 1);
    assert_eq!(a.timeline.len(), 1);
}
