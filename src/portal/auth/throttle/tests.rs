//! Tests of the login throttle, replaying failures as an attacker or a
//! forgetful officer would make them.

use chrono::NaiveDate;

use super::*;

fn start() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 20)
        .and_then(|d| d.and_hms_opt(9, 0, 0))
        .unwrap()
}

fn secs(n: i64) -> Duration {
    Duration::seconds(n)
}

/// The counter after `n` failures one second apart, starting at `start()`.
fn failed(policy: &Policy, n: u32) -> Failures {
    let mut counter = None;
    for i in 0..n {
        counter = Some(policy.record_failure(counter.as_ref(), start() + secs(i64::from(i))));
    }
    counter.unwrap()
}

#[test]
fn no_failures_means_no_wait() {
    assert_eq!(Policy::default().decide(None, start()), Decision::Allowed);
}

#[test]
fn the_first_five_failures_cost_nothing() {
    let policy = Policy::default();
    for n in 1..=5 {
        let counter = failed(&policy, n);
        assert_eq!(
            policy.decide(Some(&counter), counter.last_at),
            Decision::Allowed,
            "after {n} failures"
        );
    }
}

#[test]
fn from_the_sixth_failure_the_wait_doubles() {
    let policy = Policy::default();
    for (n, wait) in [(6, 1), (7, 2), (8, 4), (9, 8), (10, 16), (15, 512)] {
        let counter = failed(&policy, n);
        let last = counter.last_at;
        assert_eq!(
            policy.decide(Some(&counter), last),
            Decision::WaitUntil(last + secs(wait)),
            "after {n} failures"
        );
        assert_eq!(
            policy.decide(
                Some(&counter),
                last + secs(wait) - Duration::milliseconds(1)
            ),
            Decision::WaitUntil(last + secs(wait))
        );
        assert_eq!(
            policy.decide(Some(&counter), last + secs(wait)),
            Decision::Allowed
        );
    }
}

#[test]
fn the_wait_never_exceeds_fifteen_minutes() {
    let policy = Policy::default();
    for n in [16, 40, 1_000, u32::MAX] {
        let counter = Failures {
            count: n,
            last_at: start(),
        };
        assert_eq!(
            policy.decide(Some(&counter), start()),
            Decision::WaitUntil(start() + Duration::minutes(15)),
            "after {n} failures"
        );
    }
}

#[test]
fn after_a_quiet_hour_the_count_starts_again() {
    let policy = Policy::default();
    let counter = failed(&policy, 12);
    let later = counter.last_at + Duration::hours(1);
    assert_eq!(policy.decide(Some(&counter), later), Decision::Allowed);
    let fresh = policy.record_failure(Some(&counter), later);
    assert_eq!(fresh.count, 1);
    assert_eq!(policy.decide(Some(&fresh), later), Decision::Allowed);
}

#[test]
fn a_guesser_who_keeps_trying_at_the_cap_never_gets_a_fresh_start() {
    let policy = Policy::default();
    let mut counter = failed(&policy, 20);
    for _ in 0..8 {
        let Decision::WaitUntil(until) = policy.decide(Some(&counter), counter.last_at) else {
            panic!("a guesser at the cap must wait");
        };
        assert_eq!(until - counter.last_at, Duration::minutes(15));
        counter = policy.record_failure(Some(&counter), until);
    }
    assert_eq!(counter.count, 28);
}

#[test]
fn a_failure_within_the_window_adds_to_the_count() {
    let policy = Policy::default();
    let counter = failed(&policy, 3);
    let next = policy.record_failure(Some(&counter), counter.last_at + Duration::minutes(59));
    assert_eq!(next.count, 4);
}

#[test]
fn the_stricter_of_account_and_client_decides() {
    let a = Decision::WaitUntil(start() + secs(4));
    let b = Decision::WaitUntil(start() + secs(60));
    assert_eq!(a.and(b), b);
    assert_eq!(b.and(a), b);
    assert_eq!(Decision::Allowed.and(a), a);
    assert_eq!(a.and(Decision::Allowed), a);
    assert_eq!(Decision::Allowed.and(Decision::Allowed), Decision::Allowed);
}
