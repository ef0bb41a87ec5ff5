//! A validated report, ready to store: what the victim told us, with every
//! field checked and every indicator normalised.

use chrono::NaiveDate;

use super::CountryCode;
use super::choice::{Answer, Channel, PaymentMethod};
use super::crypto::{CryptoAmount, TxHash};
use super::indicator::Indicator;
use super::money::Currency;
use super::wallet::Chain;

/// One payment the victim made, as it happened: in a currency, in a
/// crypto asset, or both (what was paid in, and what it was worth).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Payment {
    pub paid_on: Option<NaiveDate>,
    pub fiat: Option<Fiat>,
    pub crypto: Option<CryptoAmount>,
    pub method: Option<PaymentMethod>,
    /// The destination as typed (IBAN, wallet or other reference).
    pub destination: Option<String>,
    /// The chain a crypto payment went over (from its address, its asset
    /// or the victim's answer).
    pub network: Option<Chain>,
    pub tx_hash: Option<TxHash>,
    /// The exchange or bank it was bought or sent from (one line).
    pub source: Option<String>,
}

/// An amount in a currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fiat {
    /// In minor units of `currency` (cents for EUR).
    pub amount_minor: i64,
    pub currency: Currency,
}

/// A complete, valid report. Consent to pass it to the authority is implied:
/// a report without it is never built.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// The language the victim used; their e-mails go out in it.
    pub locale: String,
    pub contact_email: Option<String>,
    /// International (E.164) form.
    pub contact_phone: Option<String>,
    pub residence: CountryCode,
    /// ISO 3166-2, for the countries whose police are organised by region.
    pub residence_region: Option<String>,
    pub first_contact_channel: Option<Channel>,
    pub first_contact_on: Option<NaiveDate>,
    pub platform_name: Option<String>,
    pub remote_access: Option<Answer>,
    pub recovery_approach: Option<Answer>,
    pub story: Option<String>,
    pub consent_warnings: bool,
    pub payments: Vec<Payment>,
    /// Deduplicated by kind and normalised value.
    pub indicators: Vec<Indicator>,
}
