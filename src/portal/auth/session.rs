//! Portal sessions: the random token in the officer's cookie, and the rule
//! for when a session has ended.
//!
//! Only the token's SHA-256 digest is stored, so a copy of the sessions table
//! lets no one in. A session ends after [`Limits::idle`] without a request
//! (30 minutes: an unlocked screen in a shared office) or [`Limits::absolute`]
//! after login whatever the activity (12 hours: one shift), so a stolen
//! cookie is worth a day at most.

use chrono::{Duration, NaiveDateTime};
use rand::RngCore;
use sha2::{Digest, Sha256};

/// Random bytes in a token: 256 bits.
const TOKEN_BYTES: usize = 32;

/// The secret in an officer's session cookie. Its `Debug` output is redacted.
#[derive(Clone, PartialEq, Eq)]
pub struct SessionToken([u8; TOKEN_BYTES]);

impl SessionToken {
    /// A new token for a login that just succeeded.
    pub fn generate() -> SessionToken {
        let mut bytes = [0u8; TOKEN_BYTES];
        rand::rng().fill_bytes(&mut bytes);
        SessionToken(bytes)
    }

    /// The cookie's value: 64 lower-case hex digits.
    pub fn to_cookie_value(&self) -> String {
        hex::encode(self.0)
    }

    /// The token in a cookie sent back, or `None` if the value is not one
    /// (wrong length, not hex).
    pub fn parse(cookie: &str) -> Option<SessionToken> {
        if cookie.len() != 2 * TOKEN_BYTES {
            return None;
        }
        let mut bytes = [0u8; TOKEN_BYTES];
        hex::decode_to_slice(cookie, &mut bytes).ok()?;
        Some(SessionToken(bytes))
    }

    /// What the sessions table stores and looks the session up by.
    pub fn digest(&self) -> [u8; 32] {
        Sha256::digest(self.0).into()
    }
}

impl std::fmt::Debug for SessionToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SessionToken(<redacted>)")
    }
}

/// How long a session may live.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Longest time between two requests.
    pub idle: Duration,
    /// Longest time from login, however active the session.
    pub absolute: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            idle: Duration::minutes(30),
            absolute: Duration::hours(12),
        }
    }
}

/// The stored times of a session (UTC).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionTimes {
    /// When the officer logged in.
    pub created_at: NaiveDateTime,
    /// When the session last served a request.
    pub last_seen_at: NaiveDateTime,
}

impl SessionTimes {
    /// The first moment at which the session is no longer live: for the
    /// cookie's lifetime and for deleting old rows.
    pub fn expires_at(&self, limits: &Limits) -> NaiveDateTime {
        (self.last_seen_at + limits.idle).min(self.created_at + limits.absolute)
    }

    /// Whether a request at `now` may still use the session.
    pub fn is_live(&self, now: NaiveDateTime, limits: &Limits) -> bool {
        now < self.expires_at(limits)
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    fn at(hour: u32, minute: u32, second: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, 20)
            .and_then(|d| d.and_hms_opt(hour, minute, second))
            .unwrap()
    }

    #[test]
    fn the_cookie_value_parses_back_to_the_same_token() {
        let token = SessionToken::generate();
        let value = token.to_cookie_value();
        assert_eq!(value.len(), 64);
        assert!(value.bytes().all(|b| b.is_ascii_hexdigit()));
        assert_eq!(SessionToken::parse(&value), Some(token));
    }

    #[test]
    fn tokens_are_random() {
        assert_ne!(SessionToken::generate(), SessionToken::generate());
    }

    #[test]
    fn a_tampered_or_malformed_cookie_is_no_token() {
        let value = SessionToken::generate().to_cookie_value();
        assert_eq!(SessionToken::parse(&value[..63]), None);
        assert_eq!(SessionToken::parse(&format!("{value}0")), None);
        assert_eq!(SessionToken::parse(&format!("{}g", &value[..63])), None);
        assert_eq!(SessionToken::parse(""), None);
        // Multi-byte characters of the right byte length are not hex either.
        assert_eq!(SessionToken::parse(&"é".repeat(32)), None);
    }

    #[test]
    fn the_stored_digest_is_the_sha256_of_the_token_and_not_the_token() {
        let token = SessionToken::generate();
        let digest = token.digest();
        assert_ne!(digest, token.0);
        assert_eq!(digest, <[u8; 32]>::from(Sha256::digest(token.0)));
        assert_ne!(digest, SessionToken::generate().digest());
        assert!(!format!("{token:?}").contains(&token.to_cookie_value()[..8]));
    }

    #[test]
    fn a_session_ends_after_thirty_idle_minutes() {
        let limits = Limits::default();
        let times = SessionTimes {
            created_at: at(9, 0, 0),
            last_seen_at: at(10, 0, 0),
        };
        assert!(times.is_live(at(10, 29, 59), &limits));
        assert!(!times.is_live(at(10, 30, 0), &limits));
        assert!(!times.is_live(at(15, 0, 0), &limits));
    }

    #[test]
    fn an_active_session_still_ends_twelve_hours_after_login() {
        let limits = Limits::default();
        let times = SessionTimes {
            created_at: at(8, 0, 0),
            last_seen_at: at(19, 55, 0),
        };
        assert!(times.is_live(at(19, 59, 59), &limits));
        assert!(!times.is_live(at(20, 0, 0), &limits));
        assert_eq!(times.expires_at(&limits), at(20, 0, 0));
    }

    #[test]
    fn other_limits_are_honoured() {
        let limits = Limits {
            idle: Duration::minutes(5),
            absolute: Duration::hours(1),
        };
        let times = SessionTimes {
            created_at: at(9, 0, 0),
            last_seen_at: at(9, 0, 0),
        };
        assert!(times.is_live(at(9, 4, 59), &limits));
        assert!(!times.is_live(at(9, 5, 0), &limits));
    }
}
