//! Bank accounts as IBANs: recognising text that has the shape of one,
//! checking it, and saying what looks wrong when the check fails (an unknown
//! country code, the wrong length or layout for the country, or check digits
//! that do not match), so a typo is caught while the victim is still there.

use iban::IbanLike;

use super::{CountryCode, Problem};

/// The compact form victims' IBANs are compared in: no spaces or dashes,
/// capitals (`DE89370400440532013000`).
pub fn compact(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, ' ' | '-'))
        .collect::<String>()
        .to_ascii_uppercase()
}

/// Whether compact text has the shape of an IBAN: two letters, two digits,
/// then letters and digits, 15 to 34 characters in all. The two letters need
/// not be a country: `XX89…` is a mistyped IBAN, not some other reference.
pub fn looks_like_iban(compact: &str) -> bool {
    let b = compact.as_bytes();
    (15..=34).contains(&b.len())
        && b[..2].iter().all(u8::is_ascii_uppercase)
        && b[2..4].iter().all(u8::is_ascii_digit)
        && b[4..].iter().all(u8::is_ascii_alphanumeric)
}

/// Checks compact text of an IBAN's shape and returns its electronic form,
/// or the problem that says what looks wrong.
pub fn check_iban(compact: &str) -> Result<String, Problem> {
    if let Ok(iban) = compact.parse::<iban::Iban>() {
        return Ok(iban.electronic_str().to_string());
    }
    let code = compact.get(..2).unwrap_or_default().to_string();
    if CountryCode::parse(&code).is_none() {
        return Err(Problem::IbanCountry { code });
    }
    // With correct check digits, the parser's remaining complaint names the
    // real mistake; without one, only the check digits were wrong.
    let bban = compact.get(4..).unwrap_or_default();
    let repaired = format!("{code}{:02}{bban}", check_digits(&code, bban));
    match repaired.parse::<iban::Iban>() {
        Ok(_) => Err(Problem::Iban),
        Err(iban::ParseIbanError::UnknownCountry(_)) => Err(Problem::IbanCountry { code }),
        Err(_) => Err(Problem::IbanFormat { country: code }),
    }
}

/// The ISO 13616 check digits of `country` and `bban` (letters and digits):
/// 98 minus the remainder mod 97 of the number read from the BBAN, the
/// country and `00`, letters counting as 10 to 35.
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_digits_follow_iso_13616() {
        assert_eq!(check_digits("DE", "370400440532013000"), 89);
        assert_eq!(check_digits("GB", "WEST12345698765432"), 82);
    }

    #[test]
    fn a_valid_iban_is_returned_in_its_electronic_form() {
        assert_eq!(
            check_iban(&compact("de89 3704-0044 0532 0130 00")),
            Ok("DE89370400440532013000".into())
        );
    }

    #[test]
    fn each_kind_of_mistake_is_named() {
        let cases = [
            ("DE89 3704 0044 0532 0130 01", Problem::Iban),
            (
                "XX89 3704 0044 0532 0130 00",
                Problem::IbanCountry { code: "XX".into() },
            ),
            (
                "US89 3704 0044 0532 0130 00",
                Problem::IbanCountry { code: "US".into() },
            ),
            (
                "DE89 3704 0044 0532 0130 0",
                Problem::IbanFormat {
                    country: "DE".into(),
                },
            ),
            (
                "DE89 3704 0044 0532 0130 0A",
                Problem::IbanFormat {
                    country: "DE".into(),
                },
            ),
        ];
        for (typed, problem) in cases {
            let compact = compact(typed);
            assert!(looks_like_iban(&compact), "{typed}");
            assert_eq!(check_iban(&compact), Err(problem), "{typed}");
        }
    }

    #[test]
    fn other_text_is_not_an_iban() {
        for typed in [
            "MTCN 1234567890",
            "DE89",
            "1234567890123456",
            "D189370400440532013000",
        ] {
            assert!(!looks_like_iban(&compact(typed)), "{typed}");
        }
    }
}
