//! The JSON the API answers with (and its OpenAPI schemas): a case's
//! routing, status, times, payments and indicators; never the victim's
//! contact details or story, nor officers' notes.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use crate::db::api::changes::{Case, Step};

/// One case, as listed and as the start of its own page.
#[derive(Debug, Serialize, ToSchema)]
pub struct ApiCase {
    /// The case's reference, as shown to the victim.
    #[schema(example = "7KQ4-M2XD-9TB")]
    pub reference: String,
    /// `new`, `in_review`, `complaint_filed`, `forwarded`, `no_action` or `closed`.
    #[schema(example = "new")]
    pub status: String,
    /// The authority the case is routed to (the token's).
    #[schema(example = "ee-ppa")]
    pub authority: String,
    pub created_at: DateTime<Utc>,
    /// Its arrival or its latest history entry, whichever is later.
    pub changed_at: DateTime<Utc>,
    /// ISO 3166-1 alpha-2.
    #[schema(example = "EE")]
    pub residence_country: String,
    pub residence_region: Option<String>,
    pub platform: Option<String>,
    pub first_contact_channel: Option<String>,
    pub first_contact_on: Option<NaiveDate>,
    pub remote_access: Option<String>,
    pub recovery_approach: Option<String>,
    pub payments: Vec<ApiPayment>,
    pub indicators: Vec<ApiIndicator>,
}

/// A payment the victim made: in a currency, in a crypto asset, or both.
#[derive(Debug, Serialize, ToSchema)]
pub struct ApiPayment {
    pub paid_on: Option<NaiveDate>,
    /// In the currency's minor unit (cents); null for a payment told in
    /// crypto only.
    pub amount_minor: Option<i64>,
    /// ISO 4217.
    #[schema(example = "EUR")]
    pub currency: Option<String>,
    /// `BTC`, `ETH`, `USDT`, `USDC` or `TRX`.
    #[schema(example = "USDT")]
    pub crypto_asset: Option<String>,
    /// In the asset's smallest unit (satoshi, wei, 10⁻⁶ for USDT, USDC and
    /// TRX), as a string of digits: it exceeds 64 bits.
    #[schema(example = "1250500000")]
    pub crypto_amount: Option<String>,
    /// The chain it went over: `btc`, `eth` or `trx`.
    #[schema(example = "trx")]
    pub network: Option<String>,
    /// The transaction hash, as the chain's explorers write it.
    pub tx_hash: Option<String>,
    /// The exchange or bank it was bought or sent from.
    pub source: Option<String>,
    pub method: Option<String>,
    /// Where the money went (an IBAN, a wallet address).
    pub destination: Option<String>,
}

/// A value the fraud used (domain, e-mail address, phone, account …).
#[derive(Debug, Serialize, ToSchema)]
pub struct ApiIndicator {
    #[schema(example = "domain")]
    pub kind: String,
    /// Normalised, as cases are linked by it.
    #[schema(example = "crypto-trade.example")]
    pub value: String,
    /// As the victim typed it.
    pub as_reported: String,
    /// Whether it came from a "recovery" approach after the loss.
    pub recovery: bool,
}

/// A page of changed cases.
#[derive(Debug, Serialize, ToSchema)]
pub struct CaseList {
    /// Oldest change first.
    pub cases: Vec<ApiCase>,
    /// Pass as `since` to get what changed after this page.
    pub next: String,
}

/// One case and its history.
#[derive(Debug, Serialize, ToSchema)]
pub struct CaseDetail {
    #[serde(flatten)]
    pub case: ApiCase,
    /// Oldest first; without authors or note texts.
    pub history: Vec<HistoryEntry>,
}

/// One entry of a case's history.
#[derive(Debug, Serialize, ToSchema)]
pub struct HistoryEntry {
    pub at: DateTime<Utc>,
    /// `status`, `note`, `assign`, `message`, `reroute`, …
    #[schema(example = "status")]
    pub kind: String,
    /// The status a `status` entry moved the case to.
    pub status: Option<String>,
    /// The authority a `reroute` entry handed the case to.
    pub authority: Option<String>,
}

impl From<Case> for ApiCase {
    fn from(c: Case) -> ApiCase {
        let r = c.row;
        ApiCase {
            reference: r.reference.to_string(),
            status: r.status.as_str().to_string(),
            authority: r.authority_id.unwrap_or_default(),
            created_at: r.created_at.and_utc(),
            changed_at: r.changed_at.and_utc(),
            residence_country: r.residence_country.as_str().to_string(),
            residence_region: r.residence_region,
            platform: r.platform_name,
            first_contact_channel: r.first_contact_channel,
            first_contact_on: r.first_contact_on,
            remote_access: r.remote_access,
            recovery_approach: r.recovery_approach,
            payments: c
                .payments
                .into_iter()
                .map(|p| ApiPayment {
                    paid_on: p.paid_on,
                    amount_minor: p.amount_minor,
                    currency: p.currency,
                    crypto_asset: p.crypto_asset,
                    crypto_amount: p.crypto_amount,
                    network: p.network,
                    tx_hash: p.tx_hash,
                    source: p.source,
                    method: p.method,
                    destination: p.destination,
                })
                .collect(),
            indicators: c
                .indicators
                .into_iter()
                .map(|i| ApiIndicator {
                    kind: i.kind,
                    value: i.normalised,
                    as_reported: i.typed,
                    recovery: i.recovery,
                })
                .collect(),
        }
    }
}

impl From<Step> for HistoryEntry {
    fn from(s: Step) -> HistoryEntry {
        HistoryEntry {
            at: s.at.and_utc(),
            kind: s.kind,
            status: s.status,
            authority: s.authority_id,
        }
    }
}
