//! Growing delays after failed logins, as a pure rule: the counters are
//! passed in (the database layer keeps one per account and one per client
//! address) and the rule says whether a new attempt may go ahead.
//!
//! The policy ([`Policy::default`]):
//! - The first 5 failures cost nothing: officers mistype.
//! - From the 6th on, the next attempt must wait 1 s after the last failure,
//!   then 2 s, 4 s, 8 s … doubling with each further failure, up to 15
//!   minutes. At that cap a guesser gets 4 tries an hour per account.
//! - Failures stop counting after an hour without any: the count restarts
//!   from zero at the next failure. (The hour runs from the *last* failure,
//!   so a guesser who keeps trying never gets a fresh start.)
//! - A successful login clears the account's counter; the client's counter
//!   runs out on its own.
//!
//! The attempt is checked against both counters and must wait for the later
//! of the two (see [`Decision::and`]). A delay applies to everyone trying
//! that account, including its officer: that is the price of slowing a
//! guesser down, and why the delay is capped.

use chrono::{Duration, NaiveDateTime};

/// The numbers of the policy above.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    /// Failures allowed before any delay.
    pub free_failures: u32,
    /// The first delay; each further failure doubles it.
    pub base_delay: Duration,
    /// The longest delay.
    pub max_delay: Duration,
    /// Quiet time after which earlier failures no longer count.
    pub window: Duration,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            free_failures: 5,
            base_delay: Duration::seconds(1),
            max_delay: Duration::minutes(15),
            window: Duration::hours(1),
        }
    }
}

/// A stored failure counter (for one account, or one client).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Failures {
    /// Failures since the counter last started.
    pub count: u32,
    /// When the latest of them happened (UTC).
    pub last_at: NaiveDateTime,
}

/// Whether an attempt may go ahead now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Check the password.
    Allowed,
    /// Do not even check it before this time (UTC); tell the user when.
    WaitUntil(NaiveDateTime),
}

impl Decision {
    /// The stricter of two decisions (per account and per client).
    pub fn and(self, other: Decision) -> Decision {
        match (self, other) {
            (Decision::WaitUntil(a), Decision::WaitUntil(b)) => Decision::WaitUntil(a.max(b)),
            (Decision::WaitUntil(a), Decision::Allowed)
            | (Decision::Allowed, Decision::WaitUntil(a)) => Decision::WaitUntil(a),
            (Decision::Allowed, Decision::Allowed) => Decision::Allowed,
        }
    }
}

impl Policy {
    /// Whether an attempt at `now` may go ahead, given the counter (`None`
    /// when there has been no failure).
    pub fn decide(&self, failures: Option<&Failures>, now: NaiveDateTime) -> Decision {
        let Some(failures) = self.counting(failures, now) else {
            return Decision::Allowed;
        };
        let Some(excess) = failures.count.checked_sub(self.free_failures + 1) else {
            return Decision::Allowed;
        };
        let until = failures.last_at + self.delay(excess);
        if now < until {
            Decision::WaitUntil(until)
        } else {
            Decision::Allowed
        }
    }

    /// The counter after a failure at `now`: one more, or a fresh count of
    /// one when the earlier failures have fallen out of the window.
    pub fn record_failure(&self, failures: Option<&Failures>, now: NaiveDateTime) -> Failures {
        let count = self.counting(failures, now).map_or(0, |f| f.count);
        Failures {
            count: count.saturating_add(1),
            last_at: now,
        }
    }

    /// The counter if its failures still count at `now`.
    fn counting<'a>(
        &self,
        failures: Option<&'a Failures>,
        now: NaiveDateTime,
    ) -> Option<&'a Failures> {
        failures.filter(|f| now - f.last_at < self.window)
    }

    /// `base_delay × 2^excess`, capped at `max_delay`.
    fn delay(&self, excess: u32) -> Duration {
        let factor = 1i32.checked_shl(excess.min(30)).unwrap_or(i32::MAX);
        self.base_delay
            .checked_mul(factor)
            .map_or(self.max_delay, |d| d.min(self.max_delay))
    }
}

#[cfg(test)]
mod tests;
