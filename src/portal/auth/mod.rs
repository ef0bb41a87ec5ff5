//! Authentication primitives for the police portal, as pure library code:
//! no HTTP and no database here, so every rule can be tested on its own.
//!
//! - [`password`]: which new passwords are accepted, and why one is refused.
//! - [`hashing`]: argon2id hashes, computed off the async workers, with a
//!   bounded number at once and the same cost for unknown accounts.
//! - [`totp`]: the second factor (RFC 6238), its enrolment URI and QR code.
//! - [`recovery`]: ten one-time codes for an officer who lost the phone.
//! - [`session`]: the session cookie's token and when a session ends.
//! - [`throttle`]: growing delays after failed logins.

pub mod hashing;
pub mod password;
pub mod recovery;
pub mod session;
pub mod throttle;
pub mod totp;
