//! Data keys: 256-bit keys written as 64 hex characters, each known by an
//! id derived from the key itself (so ids never need managing). A ring
//! holds the current key, which seals, and retired keys, which only open.
//! The key file holds one key per line, the current one first.

use std::fmt;
use std::path::Path;

use rand::RngCore;
use sha2::{Digest, Sha256};

use crate::config::Secret;
use crate::files::write_new_private;

/// The first four bytes of a key's SHA-256: names the key in each value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeyId(pub [u8; 4]);

impl fmt::Display for KeyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&hex::encode(self.0))
    }
}

/// One data key. Never printed.
#[derive(Clone)]
pub struct DataKey {
    id: KeyId,
    bytes: [u8; 32],
}

impl fmt::Debug for DataKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DataKey({})", self.id)
    }
}

impl DataKey {
    /// A new random key.
    pub fn generate() -> DataKey {
        let mut bytes = [0u8; 32];
        rand::rng().fill_bytes(&mut bytes);
        DataKey::from_bytes(bytes)
    }

    fn from_bytes(bytes: [u8; 32]) -> DataKey {
        let digest = Sha256::new()
            .chain_update(b"fraudreport data key id\0")
            .chain_update(bytes)
            .finalize();
        DataKey {
            id: KeyId([digest[0], digest[1], digest[2], digest[3]]),
            bytes,
        }
    }

    /// Reads a key written as 64 hex characters.
    pub fn parse(text: &str) -> anyhow::Result<DataKey> {
        let raw = hex::decode(text.trim())
            .ok()
            .and_then(|b| <[u8; 32]>::try_from(b).ok())
            .ok_or_else(|| anyhow::anyhow!("a data key must be 64 hex characters (256 bits)"))?;
        Ok(DataKey::from_bytes(raw))
    }

    pub fn id(&self) -> KeyId {
        self.id
    }

    pub(super) fn bytes(&self) -> &[u8; 32] {
        &self.bytes
    }

    fn to_hex(&self) -> String {
        hex::encode(self.bytes)
    }
}

/// The current key and the retired ones.
#[derive(Debug, Clone)]
pub struct KeyRing {
    /// The current key first.
    keys: Vec<DataKey>,
}

impl KeyRing {
    pub fn new(current: DataKey, retired: Vec<DataKey>) -> KeyRing {
        let mut keys = vec![current];
        keys.extend(retired);
        KeyRing { keys }
    }

    /// The key that seals new values.
    pub fn current(&self) -> &DataKey {
        &self.keys[0]
    }

    pub fn get(&self, id: KeyId) -> Option<&DataKey> {
        self.keys.iter().find(|k| k.id == id)
    }

    /// Every key's id, the current one first.
    pub fn ids(&self) -> Vec<KeyId> {
        self.keys.iter().map(DataKey::id).collect()
    }

    /// `data_key` and the comma-separated `data_keys_retired` of the settings.
    pub fn from_settings(current: &str, retired: Option<&Secret>) -> anyhow::Result<KeyRing> {
        let current = DataKey::parse(current)?;
        let retired = retired
            .map(|r| r.expose().split(',').filter(|k| !k.trim().is_empty()))
            .into_iter()
            .flatten()
            .map(DataKey::parse)
            .collect::<anyhow::Result<Vec<_>>>()?;
        Ok(KeyRing::new(current, retired))
    }

    /// The key file, created with a new key (owner-only) when missing.
    pub fn load_or_create(path: &Path) -> anyhow::Result<KeyRing> {
        match std::fs::read_to_string(path) {
            Ok(text) => Self::parse_file(&text)
                .map_err(|e| anyhow::anyhow!("the data key file {}: {e}", path.display())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let ring = KeyRing::new(DataKey::generate(), Vec::new());
                match write_new_private(path, ring.file_text().as_bytes()) {
                    Ok(()) => {
                        tracing::info!(path = %path.display(), "generated a new data key");
                        Ok(ring)
                    }
                    // Another node or process created it first: use theirs.
                    Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                        Self::load_or_create(path)
                    }
                    Err(e) => anyhow::bail!("cannot create {}: {e}", path.display()),
                }
            }
            Err(e) => anyhow::bail!("cannot read the data key file {}: {e}", path.display()),
        }
    }

    fn parse_file(text: &str) -> anyhow::Result<KeyRing> {
        let keys = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(DataKey::parse)
            .collect::<anyhow::Result<Vec<_>>>()?;
        anyhow::ensure!(!keys.is_empty(), "it holds no key");
        Ok(KeyRing { keys })
    }

    fn file_text(&self) -> String {
        let mut text = String::from(
            "# fraudreport data keys: the first seals, the others only open.\n\
             # Losing this file makes every sealed contact detail unreadable.\n",
        );
        for key in &self.keys {
            text.push_str(&key.to_hex());
            text.push('\n');
        }
        text
    }

    /// Puts a new current key first in the key file, keeping the others
    /// (replaced atomically, owner-only).
    pub fn add_to_file(path: &Path) -> anyhow::Result<KeyRing> {
        let old = Self::load_or_create(path)?;
        let ring = KeyRing::new(DataKey::generate(), old.keys);
        let temporary = path.with_extension("key.new");
        let _ = std::fs::remove_file(&temporary);
        write_new_private(&temporary, ring.file_text().as_bytes())?;
        std::fs::rename(&temporary, path)?;
        Ok(ring)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_file_is_created_once_and_rotation_keeps_the_old_key() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("data").join("data.key");
        let first = KeyRing::load_or_create(&path).expect("created");
        let again = KeyRing::load_or_create(&path).expect("read");
        assert_eq!(first.ids(), again.ids());
        let rotated = KeyRing::add_to_file(&path).expect("rotated");
        assert_eq!(rotated.ids().len(), 2);
        assert_eq!(rotated.ids()[1], first.current().id());
        let read = KeyRing::load_or_create(&path).expect("read");
        assert_eq!(read.ids(), rotated.ids());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn a_short_key_is_refused_and_never_printed() {
        assert!(DataKey::parse("abcd").is_err());
        let key = DataKey::generate();
        assert!(!format!("{key:?}").contains(&key.to_hex()));
    }
}
