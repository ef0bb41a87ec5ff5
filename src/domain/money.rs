//! Amounts of money as victims type them ("1 500,50", "1,500.50", "1500")
//! turned into whole minor units of an ISO 4217 currency.

use super::Problem;

/// An ISO 4217 currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Currency(iso_currency::Currency);

impl Currency {
    /// Accepts a three-letter code in any case.
    pub fn parse(text: &str) -> Option<Currency> {
        iso_currency::Currency::from_code(&text.trim().to_ascii_uppercase()).map(Currency)
    }

    /// The three-letter code, e.g. `"EUR"`.
    pub fn code(self) -> &'static str {
        self.0.code()
    }

    /// Digits after the decimal point (2 for EUR, 0 for JPY, 3 for KWD).
    pub fn minor_digits(self) -> u16 {
        self.0.exponent().unwrap_or(0)
    }
}

/// An amount in minor units written out with its code: `1500.50 EUR`.
pub fn format_minor(amount_minor: i64, code: &str) -> String {
    let digits = Currency::parse(code).map_or(2, Currency::minor_digits);
    if digits == 0 {
        return format!("{amount_minor} {code}");
    }
    let scale = 10_i64.pow(u32::from(digits));
    let width = usize::from(digits);
    let (whole, fraction) = (amount_minor / scale, (amount_minor % scale).abs());
    format!("{whole}.{fraction:0width$} {code}")
}

/// Parses a positive amount into minor units of `currency`.
///
/// Spaces and apostrophes group thousands. When both `.` and `,` appear, the
/// last one is the decimal mark; a single mark followed by exactly three
/// digits groups thousands ("1.500" and "1,500" are fifteen hundred), except
/// after a zero ("0.250") and, for currencies with three decimals (KWD, BHD,
/// …), a point: "1.250" KWD is one dinar and 250 fils, as it is written there
/// and as [`format_minor`] writes it.
pub fn parse_amount(text: &str, currency: Currency) -> Result<i64, Problem> {
    let digits = currency.minor_digits();
    let units = parse_units(text, u32::from(digits), digits == 3, currency.code())?;
    i64::try_from(units).map_err(|_| Problem::AmountFormat)
}

/// An amount in the smallest units of something written with `digits`
/// decimals (`code` names it in the problem). Spaces and apostrophes group
/// thousands; a single `.` is always the decimal mark when `dot_is_decimal`
/// (three-decimal currencies, crypto assets), otherwise the rule of
/// [`parse_amount`].
pub(crate) fn parse_units(
    text: &str,
    digits: u32,
    dot_is_decimal: bool,
    code: &str,
) -> Result<u128, Problem> {
    let text = text.trim();
    if text.starts_with('-') {
        return Err(Problem::AmountPositive);
    }
    let compact: String = text
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\'' | '’' | '_'))
        .collect();
    let (whole, fraction) = split_decimal(&compact, dot_is_decimal);
    if whole.is_empty() && fraction.is_empty()
        || !whole
            .chars()
            .chain(fraction.chars())
            .all(|c| c.is_ascii_digit())
    {
        return Err(Problem::AmountFormat);
    }
    if fraction.len() > digits as usize {
        return Err(Problem::AmountDecimals {
            currency: code.into(),
            digits: u16::try_from(digits).unwrap_or(u16::MAX),
        });
    }
    let scale = 10_u128.pow(digits);
    let whole: u128 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| Problem::AmountFormat)?
    };
    let padded = format!("{fraction:0<width$}", width = digits as usize);
    let fraction: u128 = if padded.is_empty() {
        0
    } else {
        padded.parse().map_err(|_| Problem::AmountFormat)?
    };
    let units = whole
        .checked_mul(scale)
        .and_then(|w| w.checked_add(fraction))
        .ok_or(Problem::AmountFormat)?;
    if units == 0 {
        return Err(Problem::AmountPositive);
    }
    Ok(units)
}

/// `units` of something with `digits` decimals, without trailing zeros
/// after the point: `150000000` with 8 → `1.5`.
pub fn format_units(units: u128, digits: u32) -> String {
    let scale = 10_u128.pow(digits);
    let (whole, fraction) = (units / scale, units % scale);
    if fraction == 0 {
        return whole.to_string();
    }
    let fraction = format!("{fraction:0>width$}", width = digits as usize);
    format!("{whole}.{}", fraction.trim_end_matches('0'))
}

/// Splits "1.234,56" into ("1234", "56"), removing grouping marks.
fn split_decimal(s: &str, dot_is_decimal: bool) -> (String, String) {
    let last_dot = s.rfind('.');
    let last_comma = s.rfind(',');
    let decimal = match (last_dot, last_comma) {
        (Some(d), Some(c)) => Some(d.max(c)),
        (Some(i), None) | (None, Some(i)) => {
            let mark = &s[i..i + 1];
            let single = s.matches(mark).count() == 1;
            let three_after = s.len() - i - 1 == 3;
            let zero_before = s[..i].bytes().all(|b| b == b'0');
            let dot = dot_is_decimal && mark == ".";
            (single && (!three_after || zero_before || dot)).then_some(i)
        }
        (None, None) => None,
    };
    match decimal {
        Some(i) => (strip_marks(&s[..i]), s[i + 1..].to_string()),
        None => (strip_marks(s), String::new()),
    }
}

fn strip_marks(s: &str) -> String {
    s.chars().filter(|c| !matches!(c, '.' | ',')).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_written_with_their_currencys_decimals() {
        assert_eq!(format_minor(150_050, "EUR"), "1500.50 EUR");
        assert_eq!(format_minor(7, "EUR"), "0.07 EUR");
        assert_eq!(format_minor(1500, "JPY"), "1500 JPY");
        assert_eq!(format_minor(1_500_250, "KWD"), "1500.250 KWD");
    }

    fn eur() -> Currency {
        Currency::parse("eur").expect("EUR exists")
    }

    #[test]
    fn amounts_typed_the_usual_ways_agree() {
        for typed in [
            "1500.50", "1500,50", "1 500,50", "1,500.50", "1.500,50", "1'500.50",
        ] {
            assert_eq!(parse_amount(typed, eur()), Ok(150_050), "{typed}");
        }
        assert_eq!(parse_amount("1,500", eur()), Ok(150_000));
        assert_eq!(parse_amount("1.500", eur()), Ok(150_000));
        assert_eq!(parse_amount("20000", eur()), Ok(2_000_000));
        assert_eq!(parse_amount("0.5", eur()), Ok(50));
    }

    #[test]
    fn cents_beyond_the_currency_are_refused_with_the_currency_named() {
        let yen = Currency::parse("JPY").expect("JPY exists");
        assert_eq!(
            parse_amount("100.5", yen),
            Err(Problem::AmountDecimals {
                currency: "JPY".into(),
                digits: 0
            })
        );
        assert_eq!(
            parse_amount("10.5555", eur()).map_err(|e| e.message_id()),
            Err("error-amount-decimals")
        );
        let dinar = Currency::parse("KWD").expect("KWD exists");
        assert_eq!(parse_amount("1.25", dinar), Ok(1250));
    }

    #[test]
    fn three_decimals_after_a_point_are_fils_for_three_decimal_currencies() {
        let dinar = Currency::parse("KWD").expect("KWD exists");
        assert_eq!(parse_amount("1.250", dinar), Ok(1250));
        assert_eq!(parse_amount("0.100", dinar), Ok(100));
        assert_eq!(parse_amount("1,250", dinar), Ok(1_250_000));
        assert_eq!(
            parse_amount(&format_minor(1_500_250, "KWD")[..8], dinar),
            Ok(1_500_250)
        );
        assert_eq!(
            parse_amount("0.500", eur()).map_err(|e| e.message_id()),
            Err("error-amount-decimals")
        );
    }

    #[test]
    fn zero_negative_and_words_are_refused() {
        assert_eq!(parse_amount("0", eur()), Err(Problem::AmountPositive));
        assert_eq!(parse_amount("-5", eur()), Err(Problem::AmountPositive));
        assert_eq!(parse_amount("five", eur()), Err(Problem::AmountFormat));
        assert_eq!(
            parse_amount("99999999999999999999", eur()),
            Err(Problem::AmountFormat)
        );
    }

    #[test]
    fn unknown_currencies_are_not_currencies() {
        assert!(Currency::parse("EURO").is_none());
        assert!(Currency::parse("BTC").is_none());
        assert_eq!(Currency::parse("usd").map(Currency::code), Some("USD"));
    }
}
