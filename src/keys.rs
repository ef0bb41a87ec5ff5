//! Keyed hashes made with the service's secret key: CSRF tokens and the
//! secrets of private follow-up links. The key comes from the settings or,
//! on the embedded defaults, from a file generated on first start.

use std::path::Path;

use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::{Digest, Sha256};

use crate::config::Settings;
use crate::domain::contact::canonical_address;

type HmacSha256 = Hmac<Sha256>;

/// Bytes of the follow-up secret (192 bits).
const FOLLOWUP_SECRET_BYTES: usize = 24;

/// The service's secret key.
#[derive(Clone)]
pub struct Keys {
    secret: Vec<u8>,
}

impl Keys {
    /// The configured key, or the one kept in the data folder (created with
    /// owner-only permissions when missing).
    pub fn load(settings: &Settings) -> anyhow::Result<Keys> {
        if let Some(key) = &settings.secret_key {
            return Ok(Keys {
                secret: key.expose().as_bytes().to_vec(),
            });
        }
        let path = settings.secret_key_path();
        match std::fs::read_to_string(&path) {
            Ok(text) if text.trim().len() >= 32 => Ok(Keys {
                secret: text.trim().as_bytes().to_vec(),
            }),
            Ok(_) => anyhow::bail!(
                "the key file {} is too short; delete it to get a new one",
                path.display()
            ),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Self::create(&path),
            Err(e) => anyhow::bail!("cannot read the key file {}: {e}", path.display()),
        }
    }

    fn create(path: &Path) -> anyhow::Result<Keys> {
        let key = random_hex(32);
        crate::files::write_new_private(path, key.as_bytes())?;
        tracing::info!(path = %path.display(), "generated a new secret key");
        Ok(Keys {
            secret: key.into_bytes(),
        })
    }

    /// A key for tests.
    pub fn from_bytes(secret: &[u8]) -> Keys {
        Keys {
            secret: secret.to_vec(),
        }
    }

    fn mac(&self, purpose: &str, value: &str) -> HmacSha256 {
        // HMAC accepts keys of any length.
        let mut mac = HmacSha256::new_from_slice(&self.secret).unwrap_or_else(|_| unreachable!());
        mac.update(purpose.as_bytes());
        mac.update(b"\0");
        mac.update(value.as_bytes());
        mac
    }

    /// The form token that goes with a CSRF cookie.
    pub fn csrf_token(&self, cookie: &str) -> String {
        hex::encode(self.mac("csrf", cookie).finalize().into_bytes())
    }

    /// Does the form token belong to the cookie? (constant time)
    pub fn csrf_token_matches(&self, cookie: &str, token: &str) -> bool {
        match hex::decode(token) {
            Ok(bytes) => self.mac("csrf", cookie).verify_slice(&bytes).is_ok(),
            Err(_) => false,
        }
    }

    /// A submission id for the browser holding `cookie`: a random nonce and
    /// a keyed hash binding it to that cookie. Only this service can mint
    /// one, and it is good only with the cookie it was minted for, so an id
    /// chosen by another site (or seen in another browser) is refused.
    pub fn submission_id(&self, cookie: &str) -> String {
        let nonce = random_hex(SUBMISSION_NONCE_BYTES);
        let tag = self.submission_tag(cookie, &nonce);
        format!("{nonce}{tag}")
    }

    /// Was `id` minted by [`Keys::submission_id`] for this cookie? (constant time)
    pub fn submission_id_matches(&self, cookie: &str, id: &str) -> bool {
        if !is_hex_id(id, SUBMISSION_NONCE_BYTES + SUBMISSION_TAG_BYTES) {
            return false;
        }
        let (nonce, tag) = id.split_at(SUBMISSION_NONCE_BYTES * 2);
        match hex::decode(tag) {
            Ok(tag) => self
                .submission_mac(cookie, nonce)
                .verify_truncated_left(&tag)
                .is_ok(),
            Err(_) => false,
        }
    }

    fn submission_tag(&self, cookie: &str, nonce: &str) -> String {
        let bytes = self.submission_mac(cookie, nonce).finalize().into_bytes();
        hex::encode(&bytes[..SUBMISSION_TAG_BYTES])
    }

    fn submission_mac(&self, cookie: &str, nonce: &str) -> HmacSha256 {
        let mut mac = self.mac("submission", cookie);
        mac.update(b"\0");
        mac.update(nonce.as_bytes());
        mac
    }

    /// The private-link secret of a submission. Derived, not random, so that
    /// pressing "send" twice leads to the same receipt; unguessable without the key.
    pub fn followup_secret(&self, submission_id: &str) -> String {
        let bytes = self.mac("followup", submission_id).finalize().into_bytes();
        hex::encode(&bytes[..FOLLOWUP_SECRET_BYTES])
    }

    /// The blind index of an e-mail address: a keyed hash of its canonical
    /// form ([`canonical_address`]), under which the mail rules and the
    /// suppression list find it. Useless without the key.
    pub fn address_key(&self, address: &str) -> Vec<u8> {
        self.address_mac(&canonical_address(address))
    }

    /// The hash addresses were remembered under before they were made
    /// canonical (only lower-cased); read once when old data is sealed.
    pub fn address_key_before_canonical(&self, address: &str) -> Vec<u8> {
        self.address_mac(&address.trim().to_lowercase())
    }

    /// A keyed hash of `value` for `purpose` (a login throttle's subject,
    /// a searched value in the audit log): the same input gives the same
    /// hash, and nobody without the key learns the input from it.
    pub fn blind(&self, purpose: &str, value: &str) -> Vec<u8> {
        let bytes = self.mac(purpose, value).finalize().into_bytes();
        bytes[..LOOKUP_KEY_BYTES].to_vec()
    }

    fn address_mac(&self, text: &str) -> Vec<u8> {
        let bytes = self.mac("address", text).finalize().into_bytes();
        bytes[..LOOKUP_KEY_BYTES].to_vec()
    }
}

/// Random bytes of a submission id, and bytes of the tag binding it to its cookie.
const SUBMISSION_NONCE_BYTES: usize = 16;
const SUBMISSION_TAG_BYTES: usize = 16;
/// Hex characters of a submission id.
pub const SUBMISSION_ID_LEN: usize = (SUBMISSION_NONCE_BYTES + SUBMISSION_TAG_BYTES) * 2;

/// Bytes of a stored lookup key: half a SHA-256 (128 bits).
pub const LOOKUP_KEY_BYTES: usize = 16;

/// The only form in which a secret is stored: the first 128 bits of its
/// SHA-256. Enough to find it again, useless for recovering the secret, and
/// small, so the unique index on it stays compact.
pub fn lookup_key(secret: &str) -> Vec<u8> {
    Sha256::digest(secret.as_bytes())[..LOOKUP_KEY_BYTES].to_vec()
}

/// `bytes` random bytes, hex-encoded.
pub fn random_hex(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    rand::rng().fill_bytes(&mut buf);
    hex::encode(buf)
}

/// Is this a hex id of exactly `bytes` bytes (as the form's own ids are)?
pub fn is_hex_id(text: &str, bytes: usize) -> bool {
    text.len() == bytes * 2 && text.bytes().all(|b| b.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_matches_only_its_own_cookie() {
        let k = Keys::from_bytes(b"0123456789abcdef0123456789abcdef");
        let t = k.csrf_token("cookie-a");
        assert!(k.csrf_token_matches("cookie-a", &t));
        assert!(!k.csrf_token_matches("cookie-b", &t));
        assert!(!k.csrf_token_matches("cookie-a", "zz"));
    }

    #[test]
    fn a_submission_id_is_good_only_with_the_cookie_it_was_minted_for() {
        let k = Keys::from_bytes(b"0123456789abcdef0123456789abcdef");
        let id = k.submission_id("cookie-a");
        assert_eq!(id.len(), SUBMISSION_ID_LEN);
        assert!(k.submission_id_matches("cookie-a", &id));
        assert!(!k.submission_id_matches("cookie-b", &id));
        assert_ne!(id, k.submission_id("cookie-a"), "each form gets its own");
        let chosen = "00".repeat(SUBMISSION_ID_LEN / 2);
        assert!(!k.submission_id_matches("cookie-a", &chosen));
        let other = Keys::from_bytes(b"fedcba9876543210fedcba9876543210");
        assert!(!other.submission_id_matches("cookie-a", &id));
    }

    #[test]
    fn followup_secrets_are_stable_long_and_key_dependent() {
        let a = Keys::from_bytes(b"0123456789abcdef0123456789abcdef");
        let b = Keys::from_bytes(b"fedcba9876543210fedcba9876543210");
        assert_eq!(a.followup_secret("s1"), a.followup_secret("s1"));
        assert_ne!(a.followup_secret("s1"), b.followup_secret("s1"));
        assert_eq!(a.followup_secret("s1").len() * 4, 192);
    }
}
