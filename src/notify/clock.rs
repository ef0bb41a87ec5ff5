//! When the worker tries again and what "now" is: the retry policy
//! (exponential backoff with jitter, then giving up) and an injectable clock.

use std::sync::{Arc, Mutex};

use chrono::{NaiveDateTime, Utc};
use rand::Rng;

/// Longest wait between two attempts.
const MAX_BACKOFF_SECONDS: f64 = 6.0 * 3600.0;

/// When to try again.
#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    /// Wait after the first failure; doubled after each further one.
    pub base_seconds: u64,
    /// Attempts before a row is marked failed.
    pub max_attempts: i32,
}

impl RetryPolicy {
    /// The next attempt after `attempts` failures, or `None` to give up.
    pub fn next_attempt(&self, attempts: i32, now: NaiveDateTime) -> Option<NaiveDateTime> {
        if attempts >= self.max_attempts {
            return None;
        }
        let exponent = attempts.saturating_sub(1).clamp(0, 30);
        let wait = (self.base_seconds as f64 * 2f64.powi(exponent)).min(MAX_BACKOFF_SECONDS);
        let jitter = rand::rng().random_range(0.75..1.25);
        let millis = (wait * jitter * 1000.0) as i64;
        Some(now + chrono::Duration::milliseconds(millis))
    }
}

/// The worker's idea of "now": the system clock, or one a test sets.
#[derive(Clone, Default)]
pub struct Clock(Option<Arc<Mutex<NaiveDateTime>>>);

impl Clock {
    /// The system clock (UTC).
    pub fn system() -> Clock {
        Clock(None)
    }

    /// A clock that stands still at `at` until [`Clock::set`] moves it.
    pub fn manual(at: NaiveDateTime) -> Clock {
        Clock(Some(Arc::new(Mutex::new(at))))
    }

    /// Moves a manual clock (no effect on the system clock).
    pub fn set(&self, at: NaiveDateTime) {
        if let Some(now) = &self.0 {
            *now.lock().unwrap_or_else(|e| e.into_inner()) = at;
        }
    }

    pub fn now(&self) -> NaiveDateTime {
        match &self.0 {
            Some(now) => *now.lock().unwrap_or_else(|e| e.into_inner()),
            None => Utc::now().naive_utc(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_doubles_with_jitter_and_ends_in_giving_up() {
        let policy = RetryPolicy {
            base_seconds: 60,
            max_attempts: 5,
        };
        let now = Utc::now().naive_utc();
        let wait = |n| (policy.next_attempt(n, now).expect("retry") - now).num_seconds();
        assert!((45..=75).contains(&wait(1)), "{}", wait(1));
        assert!((90..=150).contains(&wait(2)), "{}", wait(2));
        assert!((360..=600).contains(&wait(4)), "{}", wait(4));
        assert_eq!(policy.next_attempt(5, now), None);
    }

    #[test]
    fn a_manual_clock_stands_still_until_moved() {
        let start = Utc::now().naive_utc() - chrono::Duration::days(400);
        let clock = Clock::manual(start);
        assert_eq!(clock.now(), start);
        clock.set(start + chrono::Duration::days(3));
        assert_eq!(clock.now() - start, chrono::Duration::days(3));
    }
}
