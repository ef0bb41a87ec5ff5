//! The form decoder (`RawForm::from_body`, `from_pairs`) and the validation
//! of a whole form.

use std::sync::LazyLock;

use chrono::NaiveDate;
use fraudreport::domain::crypto::parse_tx_hash;
use fraudreport::domain::indicator::{Indicator, Kind, destination, email, phone, website};
use fraudreport::intake::form::RawForm;
use fraudreport::intake::validate::validate;
use fraudreport::routing::Directory;
use proptest::prelude::*;

use crate::config;
use crate::typed::{any_text, mutated, valid_iban, valid_wallet};

/// A complete valid report, as the browser sends it.
const VALID: &[(&str, &str)] = &[
    ("contact_email", "Victim@Example.org"),
    ("contact_phone", "5123 4567"),
    ("residence_country", "EE"),
    ("first_contact_channel", "social-media"),
    ("first_contact_date", "2024-03-31"),
    ("platform_name", "Crypto-Trade Pro"),
    (
        "websites",
        "https://www.Trade-Example.com/login\ntrade-example.com\n",
    ),
    ("caller_names", "Anna Smith"),
    ("scam_phones", "+44 20 7946 0000"),
    ("scam_emails", "Support@Trade-Example.com"),
    ("remote_access", "yes"),
    ("payment-0-date", "2024-04-02"),
    ("payment-0-amount", "1 500,50"),
    ("payment-0-currency", "eur"),
    ("payment-0-method", "bank-transfer"),
    ("payment-0-destination", "de89 3704 0044 0532 0130 00"),
    ("payment-1-date", "2024-04-09"),
    ("payment-1-crypto-amount", "1,250.5"),
    ("payment-1-asset", "usdt"),
    (
        "payment-1-destination",
        "TN3W4H6rK2ce4vX9YnFQHwKENnHjoxb3m9",
    ),
    (
        "payment-1-tx-hash",
        "4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b",
    ),
    ("payment-1-source", "Binance"),
    ("payment-2-crypto-amount", "0.5"),
    ("payment-2-asset", "ETH"),
    ("payment-2-network", "eth"),
    ("recovery_approach", "no"),
    ("story", "They called me."),
    ("consent_authority", "yes"),
];

/// Field names the form knows, plus near misses and payment rows far out.
fn key() -> BoxedStrategy<String> {
    let known = prop::sample::select(VALID.iter().map(|(k, _)| k.to_string()).collect::<Vec<_>>());
    let payment = (
        prop_oneof![0..4_usize, 25..40_usize, Just(usize::MAX)],
        prop::sample::select(vec![
            "date",
            "amount",
            "currency",
            "method",
            "destination",
            "crypto-amount",
            "asset",
            "network",
            "tx-hash",
            "source",
            "x",
            "",
        ]),
    )
        .prop_map(|(row, field)| format!("payment-{row}-{field}"));
    prop_oneof![
        6 => known,
        3 => payment,
        1 => prop::sample::select(vec!["payment-", "payment--1-amount", "payment-+1-amount", "payment-01-amount", "consent_warnings", "region_asked", "residence_region", "homepage"]).prop_map(String::from),
        1 => any_text(),
    ]
    .boxed()
}

/// A value for any field: valid ones of every kind, damaged or not.
fn value() -> BoxedStrategy<String> {
    prop_oneof![
        2 => mutated(prop::sample::select(VALID.iter().map(|(_, v)| v.to_string()).collect::<Vec<_>>()).boxed()),
        1 => mutated(valid_wallet()),
        1 => mutated(valid_iban()),
        1 => any_text(),
    ]
    .boxed()
}

/// The valid report with some fields changed, removed or added.
fn near_valid_pairs() -> impl Strategy<Value = Vec<(String, String)>> {
    (
        prop::collection::vec((key(), value()), 0..6),
        prop::collection::vec(any::<prop::sample::Index>(), 0..3),
    )
        .prop_map(|(changes, removed)| {
            let mut pairs: Vec<(String, String)> = VALID
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect();
            for index in removed {
                if !pairs.is_empty() {
                    pairs.remove(index.index(pairs.len()));
                }
            }
            pairs.extend(changes);
            pairs
        })
}

static DIRECTORY: LazyLock<Directory> =
    LazyLock::new(|| Directory::load(None).expect("the built-in directory"));

fn encoded(pairs: &[(String, String)]) -> String {
    url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish()
}

/// The parser of an indicator's kind, run again on its normalised form.
fn reparsed(found: &Indicator) -> Option<String> {
    match found.kind {
        Kind::Phone => phone(&found.normalised, None).map(|i| i.normalised),
        Kind::Email => email(&found.normalised).map(|i| i.normalised),
        Kind::Domain => website(&found.normalised).map(|i| i.normalised),
        Kind::Iban | Kind::Wallet(_) => destination(&found.normalised)
            .ok()
            .flatten()
            .map(|i| i.normalised),
        Kind::Alias | Kind::Platform => Some(found.normalised.clone()),
        Kind::Transaction(chain) => parse_tx_hash(&found.normalised, chain)
            .ok()
            .map(|t| t.normalised().to_string()),
    }
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn any_body_decodes_without_panicking(body in prop::collection::vec(any::<u8>(), 0..600)) {
        let _ = RawForm::from_body(&body);
    }

    #[test]
    fn any_body_of_percent_escapes_and_separators_decodes_without_panicking(body in "([a-z_0-9-]{0,12}|%[0-9A-Fa-fG]{0,2}|[=&+;]|%[CDEF][0-9A-F]%[89AB][0-9A-F]){0,40}") {
        let _ = RawForm::from_body(body.as_bytes());
    }

    #[test]
    fn a_body_keeps_every_value_exactly_as_typed(pairs in near_valid_pairs()) {
        let from_body = RawForm::from_body(encoded(&pairs).as_bytes());
        let from_pairs = RawForm::from_pairs(pairs);
        prop_assert_eq!(format!("{from_body:?}"), format!("{from_pairs:?}"));
    }

    #[test]
    fn a_form_validates_without_panicking_and_its_indicators_are_fixed_points(pairs in near_valid_pairs()) {
        let today = NaiveDate::from_ymd_opt(2026, 11, 25).expect("a date");
        let directory = &*DIRECTORY;
        let form = RawForm::from_body(encoded(&pairs).as_bytes());
        let rows = form.payment_rows();
        prop_assert!(rows.len() <= 31);
        if let Ok(report) = validate(&form, "en", today, directory) {
            // Every payment has an amount, in money or in crypto, above 0.
            let paid = |p: &fraudreport::domain::Payment| {
                p.fiat.is_some_and(|f| f.amount_minor > 0) || p.crypto.is_some_and(|c| c.units > 0)
            };
            prop_assert!(report.payments.iter().all(paid));
            for found in &report.indicators {
                prop_assert_eq!(reparsed(found), Some(found.normalised.clone()), "{:?}", found);
            }
            prop_assert_eq!(validate(&form, "en", today, directory), Ok(report));
        }
    }
}
