//! A validated report, ready to store: what the victim told us, with every
//! field checked and every indicator normalised.

use chrono::NaiveDate;

use super::CountryCode;
use super::choice::{Answer, Channel, PaymentMethod};
use super::indicator::Indicator;
use super::money::Currency;

/// One payment the victim made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Payment {
    pub paid_on: Option<NaiveDate>,
    /// In minor units of `currency` (cents for EUR).
    pub amount_minor: i64,
    pub currency: Currency,
    pub method: Option<PaymentMethod>,
    /// The destination as typed (IBAN, wallet or other reference).
    pub destination: Option<String>,
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
