//! Amounts of money and dates.

use chrono::NaiveDate;
use fraudreport::domain::money::{Currency, format_minor, parse_amount};
use fraudreport::intake::validate::parse_date;
use proptest::prelude::*;

use crate::config;
use crate::typed::{any_text, mutated};

/// Amounts as people write them: grouped by spaces, apostrophes, dots or
/// commas, with a decimal comma or point.
fn typed_amount() -> BoxedStrategy<String> {
    let written = (
        "[0-9]{1,3}",
        prop::collection::vec("[0-9]{3}", 0..6),
        prop::sample::select(vec!["", " ", ".", ",", "'", "\u{a0}", "\u{202f}"]),
        prop::sample::select(vec!["", ".", ","]),
        "[0-9]{0,4}",
    )
        .prop_map(|(head, groups, group_mark, decimal_mark, fraction)| {
            let mut text = head;
            for group in groups {
                text.push_str(group_mark);
                text.push_str(&group);
            }
            if !decimal_mark.is_empty() {
                text.push_str(decimal_mark);
                text.push_str(&fraction);
            }
            text
        })
        .boxed();
    prop_oneof![4 => mutated(written), 1 => any_text(), 1 => "-?[0-9]{15,25}"].boxed()
}

fn currency() -> impl Strategy<Value = Currency> {
    prop::sample::select(vec!["EUR", "USD", "JPY", "KWD", "BHD", "CLF", "UAH", "ISK"])
        .prop_map(|code| Currency::parse(code).expect("a currency"))
}

fn typed_date() -> BoxedStrategy<String> {
    let written = (1..=9999_i32, 0..=13_u32, 0..=32_u32, 0..3_usize)
        .prop_map(|(y, m, d, format)| match format {
            0 => format!("{y:04}-{m:02}-{d:02}"),
            1 => format!("{d:02}.{m:02}.{y}"),
            _ => format!("{d}/{m}/{y}"),
        })
        .boxed();
    prop_oneof![4 => mutated(written), 1 => any_text()].boxed()
}

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn an_amount_never_panics_and_an_accepted_one_reads_back_from_its_written_form(
        text in typed_amount(),
        currency in currency(),
    ) {
        if let Ok(minor) = parse_amount(&text, currency) {
            prop_assert!(minor > 0);
            let written = format_minor(minor, currency.code());
            let number = written.trim_end_matches(currency.code()).trim();
            prop_assert_eq!(parse_amount(number, currency), Ok(minor), "{} written {}", text, written);
        }
    }

    #[test]
    fn a_date_never_panics_and_an_accepted_one_reads_back_from_its_iso_form(text in typed_date()) {
        let today = NaiveDate::from_ymd_opt(2026, 11, 25).expect("a date");
        if let Ok(date) = parse_date(&text, today) {
            prop_assert!(date <= today);
            let iso = date.format("%Y-%m-%d").to_string();
            prop_assert_eq!(parse_date(&iso, today), Ok(date), "{}", text);
        }
    }
}
