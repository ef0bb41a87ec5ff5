//! Recovery codes: ten one-time codes an officer prints or writes down when
//! setting up the second factor, for the day the phone is lost. Each replaces
//! one TOTP code, once.
//!
//! A code is 12 characters of Crockford's base32 alphabet (digits and
//! lower-case letters without i, l, o and u), 60 random bits, shown as
//! `k7m2-p9xq-4hfz`. Only SHA-256 hashes are stored. What the officer types
//! is normalised first — case, spaces and dashes ignored, `o` read as `0`,
//! `i` and `l` as `1`, `u` as `v` — so a code copied carelessly still works.

use std::collections::HashSet;

use rand::Rng;
use sha2::{Digest, Sha256};

/// Crockford's base32 alphabet, lower-case: 32 symbols, none confusable
/// with another once the normalisation below is applied.
const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";

/// How many codes an officer gets.
pub const COUNT: usize = 10;

/// Symbols in a code: 12 × 5 bits = 60 bits of entropy.
const SYMBOLS: usize = 12;

/// Symbols between dashes when a code is shown.
const GROUP: usize = 4;

/// Entropy of one code, in bits.
pub const BITS: u32 = SYMBOLS as u32 * ALPHABET.len().trailing_zeros();

/// The SHA-256 of a normalised code: what the database keeps.
pub type CodeHash = [u8; 32];

/// Makes recovery codes and checks typed ones.
pub struct RecoveryCodes;

impl RecoveryCodes {
    /// Ten new codes: the texts to show once (never stored) and the hashes
    /// to store, in the same order.
    pub fn generate() -> (Vec<String>, Vec<CodeHash>) {
        let mut rng = rand::rng();
        let mut seen = HashSet::new();
        let mut codes = Vec::with_capacity(COUNT);
        while codes.len() < COUNT {
            let code = random_code(&mut rng);
            if seen.insert(code.clone()) {
                codes.push(code);
            }
        }
        let hashes = codes.iter().map(|code| hash_code(code)).collect();
        (codes, hashes)
    }

    /// Which stored hash, if any, the typed code matches. The caller then
    /// deletes (or marks used) that one so it never works again.
    pub fn find(stored: &[CodeHash], typed: &str) -> Option<usize> {
        let hash = hash_code(typed);
        stored.iter().position(|candidate| same(candidate, &hash))
    }
}

/// The hash of a code as typed, after normalisation. Anything that is not a
/// well-formed code still gets a hash; it simply matches nothing.
pub fn hash_code(typed: &str) -> CodeHash {
    Sha256::digest(normalise(typed).as_bytes()).into()
}

/// Lower case, no separators, confusable letters read as the symbol they
/// look like.
fn normalise(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| !c.is_whitespace() && !is_dash(*c))
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'o' => '0',
            'i' | 'l' => '1',
            'u' => 'v',
            c => c,
        })
        .collect()
}

/// Hyphen-minus and the dashes a word processor or phone may put instead.
fn is_dash(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑' | '‒' | '–' | '—' | '−' | '_')
}

fn random_code(rng: &mut impl Rng) -> String {
    let mut code = String::with_capacity(SYMBOLS + SYMBOLS / GROUP);
    for i in 0..SYMBOLS {
        if i > 0 && i % GROUP == 0 {
            code.push('-');
        }
        // 32 divides 256: every symbol is equally likely.
        let symbol = ALPHABET[usize::from(rng.random::<u8>() % 32)];
        code.push(char::from(symbol));
    }
    code
}

/// Compares two hashes without stopping at the first difference.
fn same(a: &CodeHash, b: &CodeHash) -> bool {
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ten_distinct_codes_are_shown_like_k7m2_p9xq_4hfz() {
        let (codes, hashes) = RecoveryCodes::generate();
        assert_eq!(codes.len(), 10);
        assert_eq!(hashes.len(), 10);
        for code in &codes {
            let groups: Vec<&str> = code.split('-').collect();
            assert_eq!(groups.len(), 3, "{code}");
            assert!(groups.iter().all(|g| g.len() == 4), "{code}");
            assert!(
                code.bytes().all(|b| b == b'-' || ALPHABET.contains(&b)),
                "{code}"
            );
        }
        let distinct: HashSet<&String> = codes.iter().collect();
        assert_eq!(distinct.len(), 10);
    }

    #[test]
    fn each_code_carries_at_least_50_bits() {
        assert_eq!(BITS, 60);
        // No symbol is left out of the draw (each is expected ~375 times
        // in 12,000 symbols), so the 60 bits are real.
        let mut counts = [0usize; 32];
        for _ in 0..100 {
            for code in RecoveryCodes::generate().0 {
                for b in code.bytes().filter(|b| *b != b'-') {
                    let index = ALPHABET.iter().position(|a| *a == b).unwrap();
                    counts[index] += 1;
                }
            }
        }
        assert!(counts.iter().all(|n| *n > 200), "{counts:?}");
    }

    #[test]
    fn the_stored_hashes_are_those_of_the_shown_codes() {
        let (codes, hashes) = RecoveryCodes::generate();
        for (i, code) in codes.iter().enumerate() {
            assert_eq!(hash_code(code), hashes[i]);
            assert_eq!(RecoveryCodes::find(&hashes, code), Some(i));
        }
    }

    #[test]
    fn a_code_typed_carelessly_still_matches() {
        let stored = [hash_code("k7m2-p9x0-4h1z")];
        for typed in [
            "k7m2-p9x0-4h1z",
            "K7M2-P9X0-4H1Z",
            "k7m2p9x04h1z",
            " k7m2 p9x0 4h1z ",
            "k7m2–p9xo–4hlz",
            "K7M2 P9XO 4HIZ",
        ] {
            assert_eq!(RecoveryCodes::find(&stored, typed), Some(0), "{typed:?}");
        }
    }

    #[test]
    fn another_code_or_a_near_miss_does_not_match() {
        let (codes, hashes) = RecoveryCodes::generate();
        let (others, _) = RecoveryCodes::generate();
        for other in &others {
            assert_eq!(RecoveryCodes::find(&hashes, other), None);
        }
        let first = &codes[0];
        let last = first.chars().last().unwrap();
        let changed = if last == 'z' { 'y' } else { 'z' };
        let near_miss = format!("{}{changed}", &first[..first.len() - 1]);
        assert_eq!(RecoveryCodes::find(&hashes, &near_miss), None);
        assert_eq!(RecoveryCodes::find(&hashes, &first[..10]), None);
        assert_eq!(RecoveryCodes::find(&hashes, ""), None);
    }

    #[test]
    fn the_hash_is_not_the_code() {
        let code = "k7m2-p9xq-4hfz";
        let hash = hash_code(code);
        assert_ne!(&hash[..], code.as_bytes());
        assert_eq!(
            hex::encode(hash),
            hex::encode(Sha256::digest("k7m2p9xq4hfz"))
        );
    }
}
