//! The payments of a demo report: one to six, amounts log-normal around a
//! couple of thousand euros (in the victim's currency mostly), paid by bank
//! transfer, crypto, card …, to accounts and wallets of the network (most)
//! or to one-off mule accounts (the rest).

use chrono::NaiveDate;
use rand::Rng;

use super::accounts;
use super::pools::{self, Network};
use crate::domain::choice::PaymentMethod;
use crate::domain::indicator::{self, Indicator};
use crate::domain::money::Currency;
use crate::domain::{Fiat, Payment};

/// Units of each currency to one euro, roughly (for plausible amounts).
const PER_EURO: &[(&str, f64)] = &[
    ("USD", 1.08),
    ("GBP", 0.85),
    ("CHF", 0.95),
    ("AUD", 1.65),
    ("CAD", 1.5),
    ("NZD", 1.8),
    ("PLN", 4.3),
    ("CZK", 25.0),
    ("HUF", 390.0),
    ("RON", 5.0),
    ("BGN", 1.96),
    ("SEK", 11.2),
    ("NOK", 11.6),
    ("DKK", 7.46),
    ("ISK", 150.0),
    ("UAH", 45.0),
    ("MDL", 19.0),
    ("GEL", 3.0),
    ("KZT", 500.0),
    ("BYN", 3.5),
    ("RSD", 117.0),
    ("AED", 4.0),
    ("TRY", 38.0),
    ("ZAR", 20.0),
    ("SGD", 1.45),
    ("HKD", 8.5),
    ("JPY", 160.0),
    ("INR", 90.0),
    ("BRL", 6.0),
    ("MXN", 20.0),
    ("ARS", 1000.0),
    ("CLP", 950.0),
    ("MYR", 4.8),
    ("THB", 38.0),
    ("PHP", 60.0),
    ("KRW", 1450.0),
    ("NGN", 1600.0),
    ("KES", 140.0),
    ("MAD", 10.8),
    ("TND", 3.4),
    ("EGP", 52.0),
    ("SAR", 4.1),
    ("QAR", 4.0),
    ("AMD", 420.0),
    ("AZN", 1.8),
    ("UZS", 13_000.0),
    ("MKD", 61.5),
    ("ALL", 100.0),
    ("BAM", 1.96),
    ("ILS", 4.0),
    ("COP", 4300.0),
];

/// How many payments a report lists, by weight (1 to 6).
const COUNT_WEIGHTS: [u32; 6] = [35, 25, 17, 11, 7, 5];
/// Share of destinations that are one-off mule accounts, not the network's.
const ONE_OFF: f64 = 0.35;

/// The payments, between `from` and `to`, in date order; each destination
/// that is an account or a wallet is added to `found`, as the form does.
pub fn payments(
    rng: &mut impl Rng,
    network: &Network,
    local_currency: &str,
    (from, to): (NaiveDate, NaiveDate),
    found: &mut Vec<Indicator>,
) -> Vec<Payment> {
    let n = weighted(rng, &COUNT_WEIGHTS) + 1;
    let days = (to - from).num_days().max(0);
    let mut offsets: Vec<i64> = (0..n).map(|_| rng.random_range(0..=days)).collect();
    offsets.sort_unstable();
    offsets
        .into_iter()
        .filter_map(|offset| {
            let currency = currency(rng, local_currency)?;
            let method = method(rng);
            let destination = destination(rng, network, method);
            if let Some((_, Some(i))) = &destination {
                found.push(i.clone());
            }
            Some(Payment {
                paid_on: rng
                    .random_bool(0.9)
                    .then(|| from + chrono::Duration::days(offset)),
                fiat: Some(Fiat {
                    amount_minor: amount_minor(rng, currency),
                    currency,
                }),
                crypto: None,
                method: rng.random_bool(0.95).then_some(method),
                destination: destination.map(|(typed, _)| typed),
                network: None,
                tx_hash: None,
                source: None,
            })
        })
        .collect()
}

/// The victim's currency mostly; else US dollars or euros.
fn currency(rng: &mut impl Rng, local: &str) -> Option<Currency> {
    let code = match rng.random_range(0..10) {
        0..=7 => local,
        8 => "USD",
        _ => "EUR",
    };
    Currency::parse(code)
}

fn method(rng: &mut impl Rng) -> PaymentMethod {
    use PaymentMethod::*;
    [BankTransfer, Crypto, Card, Cash, Other][weighted(rng, &[42, 35, 16, 2, 5])]
}

/// Log-normal around 1,500 EUR (most between a few hundred and tens of
/// thousands), in minor units of `currency`.
fn amount_minor(rng: &mut impl Rng, currency: Currency) -> i64 {
    let (u1, u2): (f64, f64) = (rng.random_range(f64::EPSILON..1.0), rng.random());
    let normal = (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos();
    let euros = (1_500.0_f64.ln() + 1.1 * normal)
        .exp()
        .clamp(50.0, 250_000.0);
    let rate = PER_EURO
        .iter()
        .find(|(c, _)| *c == currency.code())
        .map_or(1.0, |(_, r)| *r);
    let major = (euros * rate).round();
    let scale = 10_f64.powi(i32::from(currency.minor_digits()));
    (major * scale) as i64
}

/// The destination as typed, and the indicator the form makes of it.
fn destination(
    rng: &mut impl Rng,
    network: &Network,
    method: PaymentMethod,
) -> Option<(String, Option<Indicator>)> {
    let one_off = rng.random_bool(ONE_OFF);
    let variant = rng.random_range(0..3);
    let found = match method {
        PaymentMethod::BankTransfer if rng.random_bool(0.92) => match one_off {
            true => pools::destination(&accounts::iban_typed(&accounts::iban(rng), variant)).ok(),
            false => network.ibans.pick(rng).map(|e| e.form(rng).clone()),
        },
        PaymentMethod::Crypto if rng.random_bool(0.9) => match one_off {
            true => {
                let wallet = accounts::wallet(rng);
                pools::destination(&accounts::wallet_typed(&wallet, variant)).ok()
            }
            false => network.wallets.pick(rng).map(|e| e.form(rng).clone()),
        },
        PaymentMethod::Card if rng.random_bool(0.5) => {
            return other_reference(&format!("CARD PAYMENT {}", rng.random_range(1000..9999)));
        }
        PaymentMethod::Other if rng.random_bool(0.5) => {
            let mtcn = rng.random_range(1_000_000_000_u64..9_999_999_999);
            return other_reference(&format!("Western Union MTCN {mtcn}"));
        }
        _ => None,
    }?;
    Some((found.typed.clone(), Some(found)))
}

/// A reference that is neither an account nor a wallet (checked so).
fn other_reference(typed: &str) -> Option<(String, Option<Indicator>)> {
    matches!(indicator::destination(typed), Ok(None)).then(|| (typed.to_string(), None))
}

/// An index into `weights`, by weight.
pub fn weighted(rng: &mut impl Rng, weights: &[u32]) -> usize {
    let total: u32 = weights.iter().sum();
    let mut roll = rng.random_range(0..total.max(1));
    for (i, w) in weights.iter().enumerate() {
        if roll < *w {
            return i;
        }
        roll -= w;
    }
    weights.len().saturating_sub(1)
}
