//! Made-up payment destinations and phone numbers that pass the form's own
//! checks: IBANs with correct ISO 13616 check digits, Bitcoin and Tron
//! addresses with base58check or bech32 checksums, Ethereum addresses in
//! EIP-55 form, phone numbers valid for `phonenumber`. Each is typed in a
//! few ways a victim might (grouped, lower case, …) so that linkage has
//! something to normalise.

use std::collections::HashMap;

use rand::Rng;
use sha3::{Digest, Keccak256};

use crate::domain::CountryCode;
use crate::domain::indicator;

/// Countries whose banks the money mules used, with the BBAN layout as
/// (letters, digits): a bank code of capitals, then digits.
const IBAN_LAYOUTS: &[(&str, usize, usize)] = &[
    ("LT", 0, 16),
    ("EE", 0, 16),
    ("LV", 4, 13),
    ("DE", 0, 18),
    ("GB", 4, 14),
    ("NL", 4, 10),
    ("ES", 0, 20),
    ("PL", 0, 24),
    ("PT", 0, 21),
    ("CY", 0, 8),
    ("BG", 4, 14),
    ("CZ", 0, 20),
    ("SK", 0, 20),
    ("HU", 0, 24),
    ("FI", 0, 14),
];

/// A random IBAN of one of [`IBAN_LAYOUTS`], in its electronic form.
/// Cyprus needs 16 more characters after its 8 digits (account numbers may
/// hold letters there; these use digits).
pub fn iban(rng: &mut impl Rng) -> String {
    let (country, letters, digits) = IBAN_LAYOUTS[rng.random_range(0..IBAN_LAYOUTS.len())];
    let mut bban = String::new();
    for _ in 0..letters {
        bban.push(char::from(b'A' + rng.random_range(0..26u8)));
    }
    let digits = if country == "CY" { digits + 16 } else { digits };
    for _ in 0..digits {
        bban.push(char::from(b'0' + rng.random_range(0..10u8)));
    }
    format!("{country}{:02}{bban}", check_digits(country, &bban))
}

/// ISO 13616: 98 minus the remainder mod 97 of BBAN ‖ country ‖ "00", letters as 10–35.
fn check_digits(country: &str, bban: &str) -> u32 {
    let remainder = bban
        .chars()
        .chain(country.chars())
        .chain("00".chars())
        .filter_map(|c| c.to_digit(36))
        .fold(0_u32, |r, v| {
            let scale = if v >= 10 { 100 } else { 10 };
            (r * scale + v) % 97
        });
    98 - remainder
}

/// An IBAN as typed: in groups of four, compact, or lower case with spaces.
pub fn iban_typed(iban: &str, variant: usize) -> String {
    let grouped = || {
        iban.as_bytes()
            .chunks(4)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect::<Vec<_>>()
            .join(" ")
    };
    match variant % 3 {
        0 => grouped(),
        1 => iban.to_string(),
        _ => grouped().to_lowercase(),
    }
}

/// A wallet address: Bitcoin (legacy or segwit), Ethereum or Tron.
pub fn wallet(rng: &mut impl Rng) -> String {
    let mut hash = [0u8; 20];
    rng.fill_bytes(&mut hash);
    match rng.random_range(0..10) {
        0..=1 => base58check(0x00, &hash),
        2 => base58check(0x05, &hash),
        3..=4 => bech32::segwit::encode_v0(bech32::hrp::BC, &hash)
            .unwrap_or_else(|_| base58check(0x00, &hash)),
        5..=7 => eip55(&hash),
        _ => base58check(0x41, &hash),
    }
}

/// A wallet as typed: as shown by the wallet, or (bech32 and Ethereum)
/// lower- or upper-cased the way people copy them.
pub fn wallet_typed(address: &str, variant: usize) -> String {
    match variant % 3 {
        1 if address.starts_with("0x") => address.to_lowercase(),
        1 if address.starts_with("bc1") => address.to_uppercase(),
        _ => address.to_string(),
    }
}

fn base58check(version: u8, hash: &[u8; 20]) -> String {
    let mut payload = Vec::with_capacity(21);
    payload.push(version);
    payload.extend_from_slice(hash);
    bs58::encode(payload).with_check().into_string()
}

/// `0x` and the hex of `hash` with EIP-55 capitals.
fn eip55(hash: &[u8; 20]) -> String {
    let lower = hex::encode(hash);
    let digest = Keccak256::digest(lower.as_bytes());
    let mixed: String = lower
        .chars()
        .enumerate()
        .map(|(i, c)| {
            let byte = digest[i / 2];
            let nibble = if i % 2 == 0 { byte >> 4 } else { byte & 0x0f };
            if nibble >= 8 {
                c.to_ascii_uppercase()
            } else {
                c
            }
        })
        .collect();
    format!("0x{mixed}")
}

/// A number of `country` shaped like its example mobile (or fixed-line)
/// number with all but its first three digits (its operator prefix) drawn
/// at random, so that thousands of numbers per country rarely meet, written
/// internationally (`+44 7400123456`) or nationally (`07400123456`).
/// `None` when the metadata has no example. The caller checks it.
pub fn phone(rng: &mut impl Rng, country: &str, international: bool) -> Option<String> {
    let meta = phonenumber::metadata::DATABASE.by_id(country)?;
    let descriptors = meta.descriptors();
    let example = descriptors
        .mobile()
        .and_then(|d| d.example())
        .or_else(|| descriptors.fixed_line().and_then(|d| d.example()))?;
    let keep = example.len().min(3);
    let tail: String = (0..example.len() - keep)
        .map(|_| char::from(b'0' + rng.random_range(0..10u8)))
        .collect();
    let national = format!("{}{tail}", &example[..keep]);
    if international {
        Some(format!("+{} {national}", meta.country_code()))
    } else {
        let prefix = meta.national_prefix().unwrap_or("");
        Some(format!("{prefix}{national}"))
    }
}

/// Victims' own numbers, made without parsing each: per country, the
/// example number's leading digits, kept only when several random endings
/// all came out of the form's check ([`indicator::phone`], read as national
/// numbers of the country) as `+{code}{stem}{ending}`.
pub struct ContactPhones {
    stems: HashMap<&'static str, (String, usize)>,
}

impl ContactPhones {
    /// Checks the countries one after another (phonenumber keeps only the
    /// last 100 patterns compiled).
    pub fn new(rng: &mut impl Rng, countries: &[&'static str]) -> ContactPhones {
        let stems = countries
            .iter()
            .filter_map(|&country| Some((country, stem(rng, country)?)))
            .collect();
        ContactPhones { stems }
    }

    /// A number of `country` in E.164, if the country has a checked stem.
    pub fn number(&self, rng: &mut impl Rng, country: &str) -> Option<String> {
        let (stem, digits) = self.stems.get(country)?;
        let ending: String = (0..*digits)
            .map(|_| char::from(b'0' + rng.random_range(0..10u8)))
            .collect();
        Some(format!("{stem}{ending}"))
    }
}

/// `+{code}{leading digits}` and how many digits follow, when five random
/// numbers typed nationally all normalise to that shape.
fn stem(rng: &mut impl Rng, country: &str) -> Option<(String, usize)> {
    let residence = CountryCode::parse(country)?;
    let meta = phonenumber::metadata::DATABASE.by_id(country)?;
    let example = meta.descriptors().mobile()?.example()?;
    let keep = example.len().checked_sub(4)?;
    let stem = format!("+{}{}", meta.country_code(), &example[..keep]);
    let all_hold = (0..5).all(|_| {
        phone(rng, country, false)
            .and_then(|typed| indicator::phone(&typed, Some(residence)))
            .is_some_and(|i| {
                i.normalised.starts_with(&stem) && i.normalised.len() == stem.len() + 4
            })
    });
    all_hold.then_some((stem, 4))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::indicator::{self, Kind};
    use crate::domain::wallet::Chain;
    use rand::SeedableRng;
    use rand::rngs::SmallRng;

    #[test]
    fn generated_ibans_and_wallets_pass_the_forms_checks_however_typed() {
        let mut rng = SmallRng::seed_from_u64(7);
        for n in 0..300 {
            let iban = iban(&mut rng);
            let found = indicator::destination(&iban_typed(&iban, n)).expect("valid");
            let found = found.expect("an indicator");
            assert_eq!(
                (found.kind, found.normalised.as_str()),
                (Kind::Iban, iban.as_str())
            );
            let wallet = wallet(&mut rng);
            let found = indicator::destination(&wallet_typed(&wallet, n)).expect("valid");
            assert!(
                matches!(found.expect("a wallet").kind, Kind::Wallet(_)),
                "{wallet}"
            );
        }
    }

    #[test]
    fn all_three_chains_come_out() {
        let mut rng = SmallRng::seed_from_u64(1);
        let chains: std::collections::HashSet<Chain> = (0..200)
            .filter_map(|_| match indicator::destination(&wallet(&mut rng)) {
                Ok(Some(i)) => match i.kind {
                    Kind::Wallet(c) => Some(c),
                    _ => None,
                },
                _ => None,
            })
            .collect();
        assert_eq!(chains.len(), 3);
    }
}
