//! The data handed to the exporters: cases, payments, indicators, the export's
//! metadata, and the small value types (TLP, MISP distribution) parsed from forms.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

/// One reported case, as read from the database for an export. Deliberately
/// not `Serialize`: the writers decide whether the victim's details go out.
#[derive(Debug, Clone)]
pub struct ExportCase {
    pub reference: String,
    pub created_at: DateTime<Utc>,
    pub status: String,
    /// `None`: held by the international hub.
    pub authority: Option<Authority>,
    /// ISO 3166-1 alpha-2 of the victim's residence.
    pub residence_country: String,
    pub platform_name: Option<String>,
    pub first_contact_channel: Option<String>,
    pub first_contact_on: Option<NaiveDate>,
    /// "yes" | "no" | "unsure": was the victim approached by "recovery" scammers.
    pub recovery_approach: Option<String>,
    pub payments: Vec<ExportPayment>,
    pub indicators: Vec<ExportIndicator>,
    /// Contact details: only present when the exporting officer may and did ask for them.
    pub victim: Option<Victim>,
}

/// The authority (police unit) holding a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Authority {
    pub id: String,
    pub name: String,
    pub country: String,
    /// Public web page.
    pub channel: Option<String>,
}

/// One payment the victim made to the fraudsters: in a currency, in a
/// crypto asset, or both.
#[derive(Debug, Clone)]
pub struct ExportPayment {
    pub paid_on: Option<NaiveDate>,
    pub fiat: Option<ExportFiat>,
    pub crypto: Option<ExportCrypto>,
    /// bank-transfer, card, crypto, cash, other.
    pub method: Option<String>,
    pub destination: Option<String>,
    /// The chain a crypto payment went over: `btc`, `eth`, `trx`.
    pub network: Option<String>,
    /// As the chain's explorers write it.
    pub tx_hash: Option<String>,
    /// The exchange or bank it was bought or sent from.
    pub source: Option<String>,
}

/// An amount in a currency.
#[derive(Debug, Clone)]
pub struct ExportFiat {
    pub amount_minor: i64,
    /// ISO 4217.
    pub currency: String,
    pub minor_digits: u8,
}

impl ExportFiat {
    /// The amount as a decimal string, e.g. `1200.50`.
    pub fn amount(&self) -> String {
        format_amount(self.amount_minor, self.minor_digits)
    }
}

/// An amount in a crypto asset.
#[derive(Debug, Clone)]
pub struct ExportCrypto {
    /// `BTC`, `ETH`, `USDT`, `USDC`, `TRX`.
    pub asset: String,
    /// In the asset's smallest unit, as digits (beyond 64 bits for wei).
    pub units: String,
    /// In whole units, e.g. `1250.5`.
    pub amount: String,
}

impl ExportPayment {
    /// What was paid, e.g. `1200.50 EUR`, `1250.5 USDT` or both
    /// (`1200.50 EUR = 1250.5 USDT`).
    pub fn amounts(&self) -> String {
        let fiat = self
            .fiat
            .as_ref()
            .map(|f| format!("{} {}", f.amount(), f.currency));
        let crypto = self
            .crypto
            .as_ref()
            .map(|c| format!("{} {}", c.amount, c.asset));
        [fiat, crypto]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" = ")
    }
}

/// Indicator kinds, as stored in [`ExportIndicator::kind`].
pub mod kind {
    pub const PHONE: &str = "phone";
    pub const EMAIL: &str = "email";
    pub const DOMAIN: &str = "domain";
    pub const IBAN: &str = "iban";
    pub const WALLET_BTC: &str = "wallet-btc";
    pub const WALLET_ETH: &str = "wallet-eth";
    pub const WALLET_TRX: &str = "wallet-trx";
    pub const ALIAS: &str = "alias";
    pub const PLATFORM: &str = "platform";
    pub const TX_BTC: &str = "tx-btc";
    pub const TX_ETH: &str = "tx-eth";
    pub const TX_TRX: &str = "tx-trx";
}

/// A contact point or account of the fraudsters.
#[derive(Debug, Clone, Serialize)]
pub struct ExportIndicator {
    /// phone | email | domain | iban | wallet-btc | wallet-eth | wallet-trx | alias | platform
    pub kind: String,
    /// As the victim typed it.
    pub typed: String,
    /// Canonical form: E.164, host name, IBAN without spaces, wallet address, free text.
    pub normalised: String,
    /// Came from a "recovery" approach.
    pub recovery: bool,
}

/// The victim's contact details.
#[derive(Debug, Clone, Serialize)]
pub struct Victim {
    pub email: Option<String>,
    pub phone: Option<String>,
    pub story: Option<String>,
}

/// What is being exported, with the sharing rules that apply.
#[derive(Debug, Clone)]
pub struct ExportMeta {
    pub title: String,
    pub generated_at: DateTime<Utc>,
    pub tlp: Tlp,
    pub distribution: Distribution,
    pub scope: Scope,
    /// The name of the deployment, e.g. "fraudreport (example.org)".
    pub service: String,
    /// Whether victims' contact details are exported (CSV columns, JSON,
    /// MISP/STIX objects). Even when true, only cases with a `victim` carry them.
    pub with_victims: bool,
}

/// What the export covers.
#[derive(Debug, Clone)]
pub enum Scope {
    /// One case.
    Case,
    /// A list of cases (a queue, a search result).
    Queue,
    /// The cases of one cluster of linked reports.
    Cluster(ClusterSummary),
}

impl Scope {
    pub fn as_str(&self) -> &'static str {
        match self {
            Scope::Case => "case",
            Scope::Queue => "queue",
            Scope::Cluster(_) => "cluster",
        }
    }
}

/// Aggregate facts about a cluster, known before its cases are streamed.
#[derive(Debug, Clone)]
pub struct ClusterSummary {
    pub id: i64,
    pub victims: u64,
    pub countries: Vec<String>,
    /// Each authority holding reports of the cluster, with its number of reports.
    pub authorities: Vec<(Authority, u64)>,
    pub first_seen: DateTime<Utc>,
    pub last_seen: DateTime<Utc>,
}

/// An unknown value for a [`Tlp`], [`Distribution`] or export kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub what: &'static str,
    pub value: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown {}: {:?}", self.what, self.value)
    }
}

impl std::error::Error for ParseError {}

/// Traffic Light Protocol 2.0 label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tlp {
    Clear,
    Green,
    Amber,
    AmberStrict,
    Red,
}

impl Tlp {
    /// The form value and TLP 2.0 name: `clear`, `green`, `amber`, `amber+strict`, `red`.
    pub fn as_str(self) -> &'static str {
        match self {
            Tlp::Clear => "clear",
            Tlp::Green => "green",
            Tlp::Amber => "amber",
            Tlp::AmberStrict => "amber+strict",
            Tlp::Red => "red",
        }
    }

    /// The MISP taxonomy tag, e.g. `tlp:amber+strict`.
    pub fn misp_tag(self) -> String {
        format!("tlp:{}", self.as_str())
    }
}

impl fmt::Display for Tlp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Tlp {
    type Err = ParseError;
    /// Accepts the TLP 2.0 names, case-insensitively, with or without `tlp:`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let lower = s.trim().to_ascii_lowercase();
        let name = lower.strip_prefix("tlp:").unwrap_or(&lower);
        match name {
            "clear" => Ok(Tlp::Clear),
            "green" => Ok(Tlp::Green),
            "amber" => Ok(Tlp::Amber),
            "amber+strict" => Ok(Tlp::AmberStrict),
            "red" => Ok(Tlp::Red),
            _ => Err(ParseError {
                what: "TLP",
                value: s.to_owned(),
            }),
        }
    }
}

/// MISP distribution level of an event (no sharing groups).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Distribution {
    /// 0: your organisation only.
    Organisation,
    /// 1: this community only.
    Community,
    /// 2: connected communities.
    Connected,
    /// 3: all communities.
    All,
}

impl Distribution {
    /// The MISP value and form value: `"0"` to `"3"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Distribution::Organisation => "0",
            Distribution::Community => "1",
            Distribution::Connected => "2",
            Distribution::All => "3",
        }
    }
}

impl fmt::Display for Distribution {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Distribution {
    type Err = ParseError;
    /// Accepts `0`..=`3`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim() {
            "0" => Ok(Distribution::Organisation),
            "1" => Ok(Distribution::Community),
            "2" => Ok(Distribution::Connected),
            "3" => Ok(Distribution::All),
            _ => Err(ParseError {
                what: "MISP distribution",
                value: s.to_owned(),
            }),
        }
    }
}

/// Formats an amount in minor units with `digits` decimals: `(120050, 2)` → `1200.50`.
pub fn format_amount(minor: i64, digits: u8) -> String {
    let sign = if minor < 0 { "-" } else { "" };
    let abs = minor.unsigned_abs().to_string();
    let digits = usize::from(digits);
    if digits == 0 {
        return format!("{sign}{abs}");
    }
    let padded = format!("{abs:0>width$}", width = digits + 1);
    let (int, frac) = padded.split_at(padded.len() - digits);
    format!("{sign}{int}.{frac}")
}

/// The case's losses, e.g. `1200.50 EUR; 1250.5 USDT` (one entry per
/// payment).
pub fn losses(case: &ExportCase) -> String {
    let parts: Vec<String> = case.payments.iter().map(ExportPayment::amounts).collect();
    parts.join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts() {
        assert_eq!(format_amount(120050, 2), "1200.50");
        assert_eq!(format_amount(5, 2), "0.05");
        assert_eq!(format_amount(-5, 3), "-0.005");
        assert_eq!(format_amount(1234, 0), "1234");
        assert_eq!(format_amount(i64::MIN, 2), "-92233720368547758.08");
    }

    #[test]
    fn parse_values() {
        assert_eq!("amber".parse::<Tlp>().unwrap(), Tlp::Amber);
        assert_eq!("TLP:AMBER+STRICT".parse::<Tlp>().unwrap(), Tlp::AmberStrict);
        assert!("white".parse::<Tlp>().is_err());
        assert!("".parse::<Tlp>().is_err());
        for t in [
            Tlp::Clear,
            Tlp::Green,
            Tlp::Amber,
            Tlp::AmberStrict,
            Tlp::Red,
        ] {
            assert_eq!(t.as_str().parse::<Tlp>().unwrap(), t);
        }
        assert_eq!(
            "1".parse::<Distribution>().unwrap(),
            Distribution::Community
        );
        assert!("4".parse::<Distribution>().is_err());
        assert!("5".parse::<Distribution>().is_err());
        assert_eq!(Distribution::All.as_str(), "3");
    }
}
