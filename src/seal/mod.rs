//! Victims' contact details and stories, sealed at rest.
//!
//! Each value is encrypted with XChaCha20-Poly1305 under a data key that is
//! never in the database (`data_key` / `FRAUDREPORT_DATA_KEY`, or the
//! generated `data/data.key`). A sealed value is
//! `version (1) ‖ key id (4) ‖ nonce (24) ‖ ciphertext ‖ tag (16)`; the key
//! id lets several keys coexist while `fraudreport keys rotate` re-encrypts,
//! and the column's name is bound in as associated data, so a value moved to
//! another column does not open.

mod keyring;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use arc_swap::ArcSwap;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand::RngCore;

pub use keyring::{DataKey, KeyId, KeyRing};

use crate::config::Settings;

/// The format version of sealed values.
const VERSION: u8 = 1;
const NONCE_BYTES: usize = 24;
const HEADER_BYTES: usize = 1 + 4 + NONCE_BYTES;

/// Which column a value belongs to (bound into its seal).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// An e-mail address: a report's contact address, and an outbox row's
    /// recipient (the same sealed value is copied from one to the other).
    Email,
    Phone,
    Story,
    /// A portal account's TOTP secret.
    TotpSecret,
    /// What an officer writes about a case: notes, messages to the victim,
    /// the reasons of status changes and re-routes.
    CaseText,
}

impl Field {
    fn label(self) -> &'static [u8] {
        match self {
            Field::Email => b"email",
            Field::Phone => b"phone",
            Field::Story => b"story",
            Field::TotpSecret => b"totp-secret",
            Field::CaseText => b"case-text",
        }
    }
}

/// Why a sealed value did not open.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("the value is not in a known sealed format")]
    Format,
    #[error("the value was sealed with key {0}, which is not configured")]
    UnknownKey(KeyId),
    #[error("the value does not open with its key (damaged, or moved from another column)")]
    Damaged,
}

/// Seals and opens values with the current key ring. Cheap to clone.
#[derive(Clone)]
pub struct Sealer {
    ring: Arc<ArcSwap<KeyRing>>,
    /// The generated key file, re-read when a value names a key not loaded
    /// yet, and whenever it changes (`fraudreport keys rotate` in another
    /// process): from then on new values are sealed with its current key.
    file: Option<PathBuf>,
}

/// How often the key file is looked at for a rotation.
const KEY_FILE_CHECK: Duration = Duration::from_secs(10);

impl Sealer {
    /// The configured keys, or the data folder's key file (created with
    /// owner-only permissions on first start).
    pub fn load(settings: &Settings) -> anyhow::Result<Sealer> {
        let (ring, file) = match &settings.data_key {
            Some(key) => (
                KeyRing::from_settings(key.expose(), settings.data_keys_retired.as_ref())?,
                None,
            ),
            None => {
                let path = settings.data_key_path();
                (KeyRing::load_or_create(&path)?, Some(path))
            }
        };
        let ring = Arc::new(ArcSwap::from_pointee(ring));
        if let Some(path) = &file {
            watch(&ring, path.clone())?;
        }
        Ok(Sealer { ring, file })
    }

    /// A sealer over one key (tests, benchmarks).
    pub fn from_ring(ring: KeyRing) -> Sealer {
        Sealer {
            ring: Arc::new(ArcSwap::from_pointee(ring)),
            file: None,
        }
    }

    /// The id of the key new values are sealed with.
    pub fn current_key(&self) -> KeyId {
        self.ring.load().current().id()
    }

    /// Encrypts `plain` for `field` under the current key.
    pub fn seal(&self, field: Field, plain: &str) -> Vec<u8> {
        let ring = self.ring.load();
        let key = ring.current();
        let mut nonce = [0u8; NONCE_BYTES];
        rand::rng().fill_bytes(&mut nonce);
        let payload = Payload {
            msg: plain.as_bytes(),
            aad: field.label(),
        };
        let cipher = XChaCha20Poly1305::new(key.bytes().into());
        // Encryption fails only for messages longer than 256 GiB.
        let sealed = cipher
            .encrypt(XNonce::from_slice(&nonce), payload)
            .unwrap_or_else(|_| unreachable!("a sealed value is far below the cipher's limit"));
        let mut out = Vec::with_capacity(HEADER_BYTES + sealed.len());
        out.push(VERSION);
        out.extend_from_slice(&key.id().0);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        out
    }

    /// Seals an optional value.
    pub fn seal_opt(&self, field: Field, plain: Option<&str>) -> Option<Vec<u8>> {
        plain.map(|p| self.seal(field, p))
    }

    /// Decrypts a value sealed for `field`.
    pub fn open(&self, field: Field, sealed: &[u8]) -> Result<String, OpenError> {
        let id = key_id_of(sealed).ok_or(OpenError::Format)?;
        let ring = self.ring.load();
        let key = match ring.get(id) {
            Some(key) => key.clone(),
            None => self.reload_for(id)?,
        };
        let cipher = XChaCha20Poly1305::new(key.bytes().into());
        let payload = Payload {
            msg: &sealed[HEADER_BYTES..],
            aad: field.label(),
        };
        let plain = cipher
            .decrypt(XNonce::from_slice(&sealed[5..HEADER_BYTES]), payload)
            .map_err(|_| OpenError::Damaged)?;
        String::from_utf8(plain).map_err(|_| OpenError::Damaged)
    }

    /// A value names a key this process has not loaded: the key file may
    /// have been rotated by `fraudreport keys rotate` since start.
    fn reload_for(&self, id: KeyId) -> Result<DataKey, OpenError> {
        let Some(path) = &self.file else {
            return Err(OpenError::UnknownKey(id));
        };
        let ring = KeyRing::load_or_create(path).map_err(|e| {
            tracing::error!(error = %format!("{e:#}"), "cannot re-read the data key file");
            OpenError::UnknownKey(id)
        })?;
        let key = ring.get(id).cloned().ok_or(OpenError::UnknownKey(id))?;
        tracing::info!(current = %ring.current().id(), "the data key file changed; new values use its current key");
        self.ring.store(Arc::new(ring));
        Ok(key)
    }
}

/// Re-reads the key file whenever its modification time changes, until the
/// sealer is dropped.
fn watch(ring: &Arc<ArcSwap<KeyRing>>, path: PathBuf) -> std::io::Result<()> {
    let modified = |p: &PathBuf| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    let weak = Arc::downgrade(ring);
    let mut seen = modified(&path);
    std::thread::Builder::new()
        .name("data-key-watch".into())
        .spawn(move || {
            loop {
                std::thread::sleep(KEY_FILE_CHECK);
                let Some(ring) = weak.upgrade() else { return };
                let now = modified(&path);
                if now == seen || now.is_none() {
                    continue;
                }
                seen = now;
                match KeyRing::load_or_create(&path) {
                    Ok(fresh) => {
                        tracing::info!(current = %fresh.current().id(), "the data key file changed; new values use its current key");
                        ring.store(Arc::new(fresh));
                    }
                    Err(e) => {
                        tracing::error!(error = %format!("{e:#}"), "cannot re-read the data key file")
                    }
                }
            }
        })
        .map(|_| ())
}

/// The key id a sealed value names, if it has the sealed format.
pub fn key_id_of(sealed: &[u8]) -> Option<KeyId> {
    if sealed.len() < HEADER_BYTES + 16 || sealed[0] != VERSION {
        return None;
    }
    Some(KeyId([sealed[1], sealed[2], sealed[3], sealed[4]]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sealer() -> Sealer {
        Sealer::from_ring(KeyRing::new(DataKey::generate(), Vec::new()))
    }

    #[test]
    fn a_value_opens_only_with_its_key_and_in_its_own_column() {
        let s = sealer();
        let sealed = s.seal(Field::Email, "victim@example.org");
        assert!(!sealed.windows(6).any(|w| w == b"victim"));
        assert_eq!(
            s.open(Field::Email, &sealed).expect("opens"),
            "victim@example.org"
        );
        assert!(matches!(
            s.open(Field::Story, &sealed),
            Err(OpenError::Damaged)
        ));
        assert!(matches!(
            sealer().open(Field::Email, &sealed),
            Err(OpenError::UnknownKey(_))
        ));
        let mut flipped = sealed.clone();
        *flipped.last_mut().expect("byte") ^= 1;
        assert!(matches!(
            s.open(Field::Email, &flipped),
            Err(OpenError::Damaged)
        ));
        assert!(matches!(
            s.open(Field::Email, b"plain"),
            Err(OpenError::Format)
        ));
    }

    #[test]
    fn the_same_value_seals_differently_each_time() {
        let s = sealer();
        assert_ne!(s.seal(Field::Story, "x"), s.seal(Field::Story, "x"));
    }

    #[test]
    fn a_running_sealer_takes_up_a_key_rotated_by_another_process() {
        let dir = tempfile::tempdir().expect("dir");
        let settings = Settings {
            data_dir: dir.path().join("data"),
            ..Settings::default()
        };
        let sealer = Sealer::load(&settings).expect("sealer");
        let before = sealer.current_key();
        let old = sealer.seal(Field::Email, "v@example.org");
        let rotated = KeyRing::add_to_file(&settings.data_key_path()).expect("rotate");
        let deadline = std::time::Instant::now() + KEY_FILE_CHECK * 3;
        while sealer.current_key() == before && std::time::Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(200));
        }
        assert_eq!(sealer.current_key(), rotated.current().id());
        let new = sealer.seal(Field::Email, "v@example.org");
        assert_eq!(key_id_of(&new), Some(rotated.current().id()));
        assert_eq!(
            sealer.open(Field::Email, &old).expect("old opens"),
            "v@example.org"
        );
    }

    #[test]
    fn retired_keys_still_open_what_they_sealed() {
        let old = DataKey::generate();
        let before = Sealer::from_ring(KeyRing::new(old.clone(), Vec::new()));
        let sealed = before.seal(Field::Phone, "+3725123456");
        let after = Sealer::from_ring(KeyRing::new(DataKey::generate(), vec![old.clone()]));
        assert_eq!(
            after.open(Field::Phone, &sealed).expect("opens"),
            "+3725123456"
        );
        assert_eq!(key_id_of(&sealed), Some(old.id()));
        assert_ne!(after.current_key(), old.id());
    }
}
