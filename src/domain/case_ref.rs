//! The case reference a victim reads out on the phone: ten random Crockford
//! base32 characters (50 bits) and a Luhn mod 32 check character, shown in
//! groups as `7KQ4-M2XD-9TB`. Crockford's alphabet has no I, L, O or U, and
//! reading accepts the usual confusions (o → 0, i/l → 1) and any case.

use std::fmt;

use rand::Rng;

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const RANDOM_CHARS: usize = 10;

/// A well-formed case reference (the check character holds).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CaseRef(String);

impl CaseRef {
    /// A fresh random reference.
    pub fn generate() -> CaseRef {
        CaseRef::from_number(rand::rng().random_range(0..1 << (5 * RANDOM_CHARS)))
    }

    /// The reference whose ten characters spell the low 50 bits of `n`
    /// (the demo data numbers its references through a permutation).
    pub fn from_number(n: u64) -> CaseRef {
        let mut s: String = (0..RANDOM_CHARS)
            .rev()
            .map(|i| char::from(ALPHABET[((n >> (5 * i)) & 31) as usize]))
            .collect();
        s.push(char::from(ALPHABET[check_value(&s)]));
        CaseRef(s)
    }

    /// Reads a reference as a person may type or dictate it; `None` when it
    /// is malformed or its check character does not match.
    pub fn parse(text: &str) -> Option<CaseRef> {
        let mut canonical = String::with_capacity(RANDOM_CHARS + 1);
        for c in text.chars().filter(|c| !matches!(c, '-' | ' ')) {
            let c = match c.to_ascii_uppercase() {
                'O' => '0',
                'I' | 'L' => '1',
                other => other,
            };
            value_of(c)?;
            canonical.push(c);
        }
        if canonical.len() != RANDOM_CHARS + 1 {
            return None;
        }
        let (body, check) = canonical.split_at(RANDOM_CHARS);
        let expected = char::from(ALPHABET[check_value(body)]);
        (check.starts_with(expected)).then_some(CaseRef(canonical))
    }

    /// The compact form stored in the database (no separators).
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for CaseRef {
    /// The grouped form shown to people: `7KQ4-M2XD-9TB`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = &self.0;
        write!(f, "{}-{}-{}", &s[..4], &s[4..8], &s[8..])
    }
}

fn value_of(c: char) -> Option<usize> {
    ALPHABET.iter().position(|&a| char::from(a) == c)
}

/// Luhn mod 32 check value over characters already known to be valid.
fn check_value(body: &str) -> usize {
    let mut sum = 0;
    for (i, c) in body.chars().rev().enumerate() {
        let factor = if i % 2 == 0 { 2 } else { 1 };
        let addend = factor * value_of(c).unwrap_or(0);
        sum += addend / 32 + addend % 32;
    }
    (32 - sum % 32) % 32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_generated_reference_reads_back_in_its_grouped_form() {
        for _ in 0..1000 {
            let r = CaseRef::generate();
            let shown = r.to_string();
            assert_eq!(shown.len(), 13);
            assert_eq!(CaseRef::parse(&shown), Some(r));
        }
    }

    #[test]
    fn every_single_character_typo_is_caught() {
        let r = CaseRef::generate();
        for pos in 0..r.as_str().len() {
            for &a in ALPHABET {
                let mut typo = r.as_str().as_bytes().to_vec();
                if typo[pos] == a {
                    continue;
                }
                typo[pos] = a;
                let typo = String::from_utf8(typo).expect("ascii");
                assert_eq!(CaseRef::parse(&typo), None, "{typo} passed");
            }
        }
    }

    #[test]
    fn dictation_confusions_and_lower_case_are_forgiven() {
        let r = CaseRef::generate();
        let sloppy = r
            .to_string()
            .to_lowercase()
            .replace('0', "o")
            .replace('1', "l");
        assert_eq!(CaseRef::parse(&sloppy), Some(r));
    }

    #[test]
    fn the_reference_never_contains_ambiguous_letters() {
        for _ in 0..1000 {
            let r = CaseRef::generate();
            assert!(!r.as_str().contains(['I', 'L', 'O', 'U']));
        }
    }
}
