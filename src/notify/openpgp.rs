//! OpenPGP recipient keys of authorities: load an armored public key once, check that it
//! may be encrypted to, and encrypt case files to it (SEIPD v1 with MDC, AES-256).

use std::fmt;

use chrono::{DateTime, Utc};
use pgp::composed::{Any, ArmorOptions, MessageBuilder, SignedPublicKey, SignedPublicSubKey};
use pgp::crypto::sym::SymmetricKeyAlgorithm;
use pgp::packet::{PublicKey, Signature, SignatureType};
use pgp::types::{KeyDetails, Tag, Timestamp};
use rand_core06::OsRng;

/// An authority's public key, checked once when the directory loads.
#[derive(Debug, Clone)]
pub struct RecipientKey {
    cert: SignedPublicKey,
    /// The chosen encryption subkey; `None` means the primary key itself encrypts.
    subkey: Option<SignedPublicSubKey>,
    expires: Option<DateTime<Utc>>,
}

/// Why a key was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyProblem {
    NotArmoredPublicKey,
    SecretKey,
    NoValidSelfSignature,
    Revoked,
    Expired(DateTime<Utc>),
    EncryptionSubkeyExpired(DateTime<Utc>),
    NoEncryptionKey,
}

impl fmt::Display for KeyProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotArmoredPublicKey => {
                f.write_str("the text is not an ASCII-armored OpenPGP public key")
            }
            Self::SecretKey => {
                f.write_str("this is a secret key; put only the public key in the directory")
            }
            Self::NoValidSelfSignature => {
                f.write_str("the key carries no valid self-signature from its owner")
            }
            Self::Revoked => f.write_str("the key has been revoked"),
            Self::Expired(at) => write!(f, "the key expired on {}", at.format("%Y-%m-%d")),
            Self::EncryptionSubkeyExpired(at) => write!(
                f,
                "the key's encryption subkey expired on {} and it has no other",
                at.format("%Y-%m-%d")
            ),
            Self::NoEncryptionKey => f.write_str("the key has no subkey that may encrypt"),
        }
    }
}

impl std::error::Error for KeyProblem {}

/// Encryption failed inside the OpenPGP library.
#[derive(Debug)]
pub struct EncryptError(String);

impl fmt::Display for EncryptError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "OpenPGP encryption failed: {}", self.0)
    }
}

impl std::error::Error for EncryptError {}

fn to_utc(t: Timestamp) -> DateTime<Utc> {
    DateTime::from_timestamp(i64::from(t.as_secs()), 0).expect("u32 seconds are in range")
}

/// When a key created at `created` expires according to `sig` (its self- or binding signature).
fn key_expiry(created: Timestamp, sig: &Signature) -> Option<DateTime<Utc>> {
    let secs = std::time::Duration::from(sig.key_expiration_time()?).as_secs();
    (secs != 0).then(|| to_utc(created) + chrono::Duration::seconds(secs as i64))
}

/// The signature was made no later than `now` and has not itself expired by `now`.
fn sig_alive(sig: &Signature, now: DateTime<Utc>) -> bool {
    let Some(created) = sig.created().map(to_utc) else {
        return false;
    };
    let sig_expired = sig.signature_expiration_time().is_some_and(|d| {
        let secs = std::time::Duration::from(d).as_secs();
        secs != 0 && created + chrono::Duration::seconds(secs as i64) <= now
    });
    created <= now && !sig_expired
}

fn is_type(sig: &Signature, typ: SignatureType) -> bool {
    sig.typ() == Some(typ)
}

/// The newest verified, live self-signature over the primary key (direct-key signature or
/// certification of a non-revoked user ID); it carries the primary key's flags and expiry.
fn primary_self_sig(cert: &SignedPublicKey, now: DateTime<Utc>) -> Option<&Signature> {
    let primary = &cert.primary_key;
    let direct = cert.details.direct_signatures.iter().filter(|s| {
        is_type(s, SignatureType::Key) && sig_alive(s, now) && s.verify_key(primary).is_ok()
    });
    let certs = cert.details.users.iter().flat_map(|user| {
        let ok = |s: &Signature| {
            s.verify_certification(primary, Tag::UserId, &user.id)
                .is_ok()
        };
        let revoked = user
            .signatures
            .iter()
            .any(|s| is_type(s, SignatureType::CertRevocation) && ok(s));
        user.signatures.iter().filter(move |s| {
            !revoked
                && s.is_certification()
                && !is_type(s, SignatureType::CertRevocation)
                && sig_alive(s, now)
                && ok(s)
        })
    });
    direct.chain(certs).max_by_key(|s| s.created())
}

/// The newest verified, live binding signature of `sub`, unless a verified revocation exists.
fn subkey_binding<'a>(
    primary: &PublicKey,
    sub: &'a SignedPublicSubKey,
    now: DateTime<Utc>,
) -> Option<&'a Signature> {
    let revoked = sub.signatures.iter().any(|s| {
        is_type(s, SignatureType::SubkeyRevocation)
            && s.verify_subkey_binding(primary, &sub.key).is_ok()
    });
    if revoked {
        return None;
    }
    sub.signatures
        .iter()
        .filter(|s| {
            is_type(s, SignatureType::SubkeyBinding)
                && sig_alive(s, now)
                && s.verify_subkey_binding(primary, &sub.key).is_ok()
                // A signing-capable subkey must also carry a valid back-signature.
                && (!s.key_flags().sign()
                    || s.embedded_signature().is_some_and(|b| {
                        b.verify_primary_key_binding(&sub.key, primary).is_ok()
                    }))
        })
        .max_by_key(|s| s.created())
}

fn may_encrypt(sig: &Signature) -> bool {
    let flags = sig.key_flags();
    flags.encrypt_comms() || flags.encrypt_storage()
}

fn earlier(a: Option<DateTime<Utc>>, b: Option<DateTime<Utc>>) -> Option<DateTime<Utc>> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

impl RecipientKey {
    /// Reads an ASCII-armored OpenPGP public key (transferable public key) and checks, at
    /// `now`, that it is not revoked or expired and has a properly bound encryption key.
    pub fn from_armored(text: &str, now: DateTime<Utc>) -> Result<RecipientKey, KeyProblem> {
        let cert = match Any::from_string(text) {
            Ok((Any::PublicKey(cert), _)) => cert,
            Ok((Any::SecretKey(_), _)) => return Err(KeyProblem::SecretKey),
            _ if text.contains("-----BEGIN PGP PRIVATE KEY BLOCK-----") => {
                return Err(KeyProblem::SecretKey);
            }
            _ => return Err(KeyProblem::NotArmoredPublicKey),
        };
        let primary = &cert.primary_key;
        let key_revoked = cert
            .details
            .revocation_signatures
            .iter()
            .any(|s| is_type(s, SignatureType::KeyRevocation) && s.verify_key(primary).is_ok());
        if key_revoked {
            return Err(KeyProblem::Revoked);
        }
        let self_sig = primary_self_sig(&cert, now).ok_or(KeyProblem::NoValidSelfSignature)?;
        let primary_expires = key_expiry(primary.created_at(), self_sig);
        if let Some(at) = primary_expires
            && at <= now
        {
            return Err(KeyProblem::Expired(at));
        }

        // Like GnuPG: of all valid encryption subkeys, take the newest one.
        let mut chosen: Option<(&SignedPublicSubKey, Option<DateTime<Utc>>)> = None;
        let mut latest_expired: Option<DateTime<Utc>> = None;
        for sub in &cert.public_subkeys {
            if !sub.key.algorithm().can_encrypt() || to_utc(sub.key.created_at()) > now {
                continue;
            }
            let Some(binding) = subkey_binding(primary, sub, now).filter(|b| may_encrypt(b)) else {
                continue;
            };
            let expires = key_expiry(sub.key.created_at(), binding);
            if let Some(at) = expires
                && at <= now
            {
                latest_expired = latest_expired.max(Some(at));
                continue;
            }
            if chosen.is_none_or(|(c, _)| c.key.created_at() <= sub.key.created_at()) {
                chosen = Some((sub, expires));
            }
        }
        let (subkey, sub_expires) = match chosen {
            Some((sub, expires)) => (Some(sub.clone()), expires),
            None if primary.algorithm().can_encrypt() && may_encrypt(self_sig) => (None, None),
            None => {
                return Err(latest_expired.map_or(
                    KeyProblem::NoEncryptionKey,
                    KeyProblem::EncryptionSubkeyExpired,
                ));
            }
        };
        Ok(RecipientKey {
            expires: earlier(primary_expires, sub_expires),
            subkey,
            cert,
        })
    }

    /// Upper-case hex fingerprint of the primary key (40 hex digits for v4).
    pub fn fingerprint(&self) -> String {
        format!("{:X}", self.cert.fingerprint())
    }

    /// When the key or its chosen encryption subkey expires (whichever is earlier), if ever.
    pub fn expires(&self) -> Option<DateTime<Utc>> {
        self.expires
    }

    /// Encrypts `plaintext` to the chosen encryption (sub)key as SEIPD v1 (MDC) with AES-256,
    /// uncompressed, and returns the ASCII-armored message.
    pub fn encrypt_armored(&self, plaintext: &[u8]) -> Result<String, EncryptError> {
        let err = |e: pgp::errors::Error| EncryptError(e.to_string());
        let mut rng = OsRng;
        let mut builder = MessageBuilder::from_bytes("", plaintext.to_vec())
            .seipd_v1(&mut rng, SymmetricKeyAlgorithm::AES256);
        match &self.subkey {
            Some(sub) => builder.encrypt_to_key(&mut rng, &sub.key),
            None => builder.encrypt_to_key(&mut rng, &self.cert.primary_key),
        }
        .map_err(err)?;
        builder
            .to_armored_string(rng, ArmorOptions::default())
            .map_err(err)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pgp::composed::Deserializable;
    use std::io::Write;
    use std::process::{Command, Stdio};

    /// A throw-away GnuPG home directory.
    struct Gpg(tempfile::TempDir);

    impl Gpg {
        fn new() -> Gpg {
            Gpg(tempfile::tempdir().expect("temp dir"))
        }

        fn run(&self, args: &[&str], input: &[u8]) -> (Vec<u8>, String) {
            let home = self.0.path().to_str().expect("utf-8 temp path");
            let mut child = Command::new("gpg")
                .args(["--homedir", home, "--batch", "--pinentry-mode", "loopback"])
                .args(["--passphrase", ""])
                .args(args)
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect(
                    "cannot run gpg: install the Debian package `gnupg` (apt-get install gnupg)",
                );
            child
                .stdin
                .take()
                .expect("stdin")
                .write_all(input)
                .expect("write to gpg");
            let out = child.wait_with_output().expect("gpg output");
            let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
            assert!(out.status.success(), "gpg {args:?} failed: {stderr}");
            (out.stdout, stderr)
        }

        /// Generates a key and returns its fingerprint.
        fn gen_key(&self, uid: &str, algo: &str, usage: &str, expire: &str) -> String {
            self.run(&["--quick-gen-key", uid, algo, usage, expire], b"");
            let (out, _) = self.run(&["--with-colons", "--fingerprint", uid], b"");
            let text = String::from_utf8(out).expect("utf-8");
            let fpr = text
                .lines()
                .find(|l| l.starts_with("fpr:"))
                .expect("fpr line");
            fpr.split(':').nth(9).expect("fpr field").to_string()
        }

        fn add_key(&self, fpr: &str, algo: &str, usage: &str, expire: &str) {
            self.run(&["--quick-add-key", fpr, algo, usage, expire], b"");
        }

        fn export(&self, fpr: &str, what: &str) -> String {
            String::from_utf8(self.run(&[what, "--armor", fpr], b"").0).expect("armor")
        }
    }

    impl Drop for Gpg {
        fn drop(&mut self) {
            let _ = Command::new("gpgconf")
                .args([
                    "--homedir",
                    self.0.path().to_str().unwrap_or(""),
                    "--kill",
                    "all",
                ])
                .status();
        }
    }

    fn years(n: i64) -> chrono::Duration {
        chrono::Duration::days(365 * n + 2)
    }

    fn round_trip(algo: &str, sub_algo: &str) {
        let gpg = Gpg::new();
        let fpr = gpg.gen_key("Test Authority <intake@example.test>", algo, "sign", "1y");
        gpg.add_key(&fpr, sub_algo, "encr", "1y");
        let now = Utc::now();
        let key = RecipientKey::from_armored(&gpg.export(&fpr, "--export"), now).expect("key");
        assert_eq!(key.fingerprint(), fpr);
        assert_eq!(key.fingerprint().len(), 40);
        let expires = key.expires().expect("a 1y key expires");
        assert!(expires > now + chrono::Duration::days(360) && expires < now + years(1));

        let mut text = String::from("Fall 2026/0042\r\nKärnten ü € 😀\n\n");
        text.push_str(&"x".repeat(1999));
        text.push_str("\nend\n");
        let armored = key.encrypt_armored(text.as_bytes()).expect("encrypt");
        assert!(armored.starts_with("-----BEGIN PGP MESSAGE-----"));
        let (plain, status) = gpg.run(&["--status-fd", "2", "--decrypt"], armored.as_bytes());
        assert_eq!(plain, text.as_bytes());
        // DECRYPTION_INFO <mdc method 2 = SHA-1 MDC> <cipher 9 = AES-256>
        assert!(status.contains("[GNUPG:] DECRYPTION_INFO 2 9"), "{status}");
        assert!(status.contains("[GNUPG:] DECRYPTION_OKAY"), "{status}");

        // Two years later the primary key has expired.
        let later = now + years(2);
        match RecipientKey::from_armored(&gpg.export(&fpr, "--export"), later) {
            Err(KeyProblem::Expired(at)) => {
                assert!(at > now && at < later);
                assert!(
                    KeyProblem::Expired(at)
                        .to_string()
                        .starts_with("the key expired on 20")
                );
            }
            other => panic!("expected an expired key, got {other:?}"),
        }
    }

    #[test]
    fn rsa_key_round_trip_and_expiry() {
        round_trip("rsa3072", "rsa3072");
    }

    #[test]
    fn curve25519_key_round_trip_and_expiry() {
        round_trip("ed25519", "cv25519");
    }

    #[test]
    fn expired_encryption_subkey_is_refused() {
        let gpg = Gpg::new();
        let fpr = gpg.gen_key(
            "Subkey Expiry <sub@example.test>",
            "ed25519",
            "sign",
            "never",
        );
        gpg.add_key(&fpr, "cv25519", "encr", "1y");
        let armored = gpg.export(&fpr, "--export");
        let now = Utc::now();
        let key = RecipientKey::from_armored(&armored, now).expect("valid today");
        let sub_expiry = key.expires().expect("the subkey expires");
        let err = RecipientKey::from_armored(&armored, now + years(2)).unwrap_err();
        assert_eq!(err, KeyProblem::EncryptionSubkeyExpired(sub_expiry));
        assert!(
            err.to_string()
                .starts_with("the key's encryption subkey expired on")
        );
    }

    #[test]
    fn newest_self_signature_sets_expiry() {
        let gpg = Gpg::new();
        let fpr = gpg.gen_key("Extended <ext@example.test>", "ed25519", "sign", "1y");
        gpg.add_key(&fpr, "cv25519", "encr", "1y");
        let later = Utc::now() + years(2);
        gpg.run(&["--quick-set-expire", &fpr, "3y"], b"");
        let err = RecipientKey::from_armored(&gpg.export(&fpr, "--export"), later).unwrap_err();
        assert!(
            matches!(err, KeyProblem::EncryptionSubkeyExpired(_)),
            "{err:?}"
        );
        gpg.run(&["--quick-set-expire", &fpr, "3y", "*"], b"");
        let key = RecipientKey::from_armored(&gpg.export(&fpr, "--export"), later).unwrap();
        assert!(key.expires().unwrap() > later);
    }

    #[test]
    fn revoked_key_is_refused() {
        let gpg = Gpg::new();
        let fpr = gpg.gen_key("Revoked <rev@example.test>", "ed25519", "sign", "1y");
        gpg.add_key(&fpr, "cv25519", "encr", "1y");
        let now = Utc::now();
        assert!(RecipientKey::from_armored(&gpg.export(&fpr, "--export"), now).is_ok());
        let rev_path = gpg.0.path().join(format!("openpgp-revocs.d/{fpr}.rev"));
        let rev = std::fs::read_to_string(rev_path).expect("revocation certificate");
        let rev = rev.replace(
            ":-----BEGIN PGP PUBLIC KEY BLOCK",
            "-----BEGIN PGP PUBLIC KEY BLOCK",
        );
        gpg.run(&["--import"], rev.as_bytes());
        let err = RecipientKey::from_armored(&gpg.export(&fpr, "--export"), now).unwrap_err();
        assert_eq!(err, KeyProblem::Revoked);
        assert_eq!(err.to_string(), "the key has been revoked");
    }

    #[test]
    fn sign_only_key_and_forged_binding_are_refused() {
        // The time of each check is taken after the keys it reads were
        // made: a key made a second after an earlier `now` is not valid yet.
        let gpg = Gpg::new();
        let fpr = gpg.gen_key("Sign Only <sign@example.test>", "ed25519", "sign", "never");
        let err =
            RecipientKey::from_armored(&gpg.export(&fpr, "--export"), Utc::now()).unwrap_err();
        assert_eq!(err, KeyProblem::NoEncryptionKey);
        assert_eq!(err.to_string(), "the key has no subkey that may encrypt");

        // Graft another key's (genuine) encryption subkey and binding onto the sign-only key:
        // the binding does not verify against this primary key, so it must not be used.
        let other = gpg.gen_key("Other <other@example.test>", "ed25519", "sign", "never");
        gpg.add_key(&other, "cv25519", "encr", "never");
        assert!(RecipientKey::from_armored(&gpg.export(&other, "--export"), Utc::now()).is_ok());
        let (mut cert, _) = SignedPublicKey::from_string(&gpg.export(&fpr, "--export")).unwrap();
        let (donor, _) = SignedPublicKey::from_string(&gpg.export(&other, "--export")).unwrap();
        cert.public_subkeys = donor.public_subkeys;
        let forged = cert.to_armored_string(ArmorOptions::default()).unwrap();
        let err = RecipientKey::from_armored(&forged, Utc::now()).unwrap_err();
        assert_eq!(err, KeyProblem::NoEncryptionKey);
    }

    #[test]
    fn secret_keys_and_garbage_are_refused() {
        let gpg = Gpg::new();
        let fpr = gpg.gen_key("Secret <secret@example.test>", "ed25519", "sign", "1y");
        gpg.add_key(&fpr, "cv25519", "encr", "1y");
        let secret = gpg.export(&fpr, "--export-secret-keys");
        let err = RecipientKey::from_armored(&secret, Utc::now()).unwrap_err();
        assert_eq!(err, KeyProblem::SecretKey);
        assert_eq!(
            err.to_string(),
            "this is a secret key; put only the public key in the directory"
        );
        for text in [
            "",
            "hello, this is not a key",
            "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nAAAA\n",
        ] {
            let err = RecipientKey::from_armored(text, Utc::now()).unwrap_err();
            assert_eq!(err, KeyProblem::NotArmoredPublicKey);
            assert_eq!(
                err.to_string(),
                "the text is not an ASCII-armored OpenPGP public key"
            );
        }
    }
}
