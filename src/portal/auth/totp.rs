//! The portal's second factor: time-based one-time codes (RFC 6238) from an
//! authenticator app. Six digits, 30-second steps, HMAC-SHA-1 — the only
//! combination every app supports (some silently fall back to SHA-1).
//!
//! Each code is accepted once: [`TotpSecret::verify`] returns the step it
//! matched, the caller stores it, and any code for that step or an earlier
//! one is refused afterwards (RFC 6238 §5.2).

use qrcode::{EcLevel, QrCode};
use rand::TryRngCore;
use rand::rngs::OsRng;
use totp_rs::{Algorithm, Builder, Secret, Totp};

use svg::render_svg;

mod svg;

/// Bytes in a secret: 160 bits, RFC 4226's recommendation.
pub const SECRET_BYTES: usize = 20;

/// Seconds in a step.
const STEP_SECONDS: u64 = 30;

/// Digits in a code.
const DIGITS: usize = 6;

/// Steps of clock skew allowed either side of the current one.
const SKEW_STEPS: u64 = 1;

/// An officer's TOTP secret. Seal it before storing it: whoever reads it
/// can make codes. Its `Debug` output is redacted.
#[derive(Clone, PartialEq, Eq)]
pub struct TotpSecret([u8; SECRET_BYTES]);

/// The issuer or account name cannot go into an `otpauth://` label (it is
/// empty or holds a colon, which separates the two).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the issuer and account name must be non-empty and free of colons")]
pub struct InvalidLabel;

impl TotpSecret {
    /// A new secret from the operating system's random source.
    pub fn generate() -> Result<TotpSecret, rand::rand_core::OsError> {
        let mut bytes = [0u8; SECRET_BYTES];
        OsRng.try_fill_bytes(&mut bytes)?;
        Ok(TotpSecret(bytes))
    }

    /// The secret as stored (after unsealing); `None` unless 20 bytes.
    pub fn from_bytes(bytes: &[u8]) -> Option<TotpSecret> {
        bytes.try_into().ok().map(TotpSecret)
    }

    /// The raw secret, to be sealed and stored.
    pub fn as_bytes(&self) -> &[u8; SECRET_BYTES] {
        &self.0
    }

    /// The secret in base32 (RFC 4648, no padding), in groups of four for
    /// typing into an app by hand: `JBSW Y3DP EHPK 3PXP …`. Apps ignore the
    /// spaces.
    pub fn base32(&self) -> String {
        let plain = Secret::from(self.0).to_base32();
        let mut grouped = String::with_capacity(plain.len() + plain.len() / 4);
        for (i, c) in plain.chars().enumerate() {
            if i > 0 && i % 4 == 0 {
                grouped.push(' ');
            }
            grouped.push(c);
        }
        grouped
    }

    /// The `otpauth://totp/Issuer:account?secret=…&issuer=…` URI that an
    /// authenticator app reads from the QR code.
    pub fn otpauth_uri(&self, issuer: &str, account: &str) -> Result<String, InvalidLabel> {
        if issuer.is_empty() {
            return Err(InvalidLabel);
        }
        let totp = self
            .builder()
            .with_issuer(Some(issuer))
            .with_account_name(account)
            .build()
            .map_err(|_| InvalidLabel)?;
        totp.to_url().map_err(|_| InvalidLabel)
    }

    /// The enrolment QR code as an inline SVG: a `viewBox` and no fixed size
    /// (CSS sizes it), dark modules on a light background with the quiet
    /// zone, `role="img"` and the caller's (translated) `aria_label`.
    pub fn qr_svg(
        &self,
        issuer: &str,
        account: &str,
        aria_label: &str,
    ) -> Result<String, InvalidLabel> {
        let uri = self.otpauth_uri(issuer, account)?;
        // An otpauth URI is ~150 bytes; a QR code holds 2,000+ at level M,
        // so only an absurdly long name can fail here.
        let code = QrCode::with_error_correction_level(uri.as_bytes(), EcLevel::M)
            .map_err(|_| InvalidLabel)?;
        Ok(render_svg(&code, aria_label))
    }

    /// Checks a code typed at `now_unix` (seconds since 1970). Accepts six
    /// digits (spaces are ignored) for the current step or one either side,
    /// but never a step at or before `last_used_step`. Returns the step that
    /// matched: store it as the new `last_used_step`.
    pub fn verify(&self, code: &str, now_unix: u64, last_used_step: Option<u64>) -> Option<u64> {
        let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
        if code.len() != DIGITS || !code.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        // One step at a time with no skew of its own, so that an early step
        // that was already used cannot hide a later one that matches too.
        let totp = self.builder().with_skew(0).build().ok()?;
        let now = now_unix / STEP_SECONDS;
        let first = now.saturating_sub(SKEW_STEPS);
        let first = match last_used_step {
            Some(used) => first.max(used.saturating_add(1)),
            None => first,
        };
        (first..=now + SKEW_STEPS).find(|&step| {
            let at = step * STEP_SECONDS;
            totp.check(&code, at) == Some(step)
        })
    }

    /// The code an authenticator app shows at `now_unix`: for the portal's
    /// own black-box tests, which have to log in like an officer.
    pub fn code_at(&self, now_unix: u64) -> Option<String> {
        let totp: Totp = self.builder().build().ok()?;
        Some(totp.generate(now_unix).to_string())
    }

    fn builder(&self) -> Builder {
        Builder::new()
            .with_algorithm(Algorithm::SHA1)
            .with_digits(DIGITS as u8)
            .with_step_duration(STEP_SECONDS)
            .with_secret(self.0)
    }
}

impl std::fmt::Debug for TotpSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TotpSecret(<redacted>)")
    }
}

#[cfg(test)]
mod tests;
