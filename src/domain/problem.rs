//! Why a field was refused. Each problem names its Fluent message and the
//! arguments the message needs; the page translates it.

use super::crypto::{Asset, NotOnNetwork, TxHashError};
use super::wallet::{Chain, WalletError};

/// One reason a field of the form was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Required,
    TooLong {
        max: usize,
    },
    TooManyLines {
        max: usize,
    },
    Email,
    Phone,
    Country,
    Region,
    Choice,
    DateFormat,
    DateFuture,
    DateTooEarly,
    Website {
        line: usize,
    },
    ScamPhone {
        line: usize,
    },
    ScamEmail {
        line: usize,
    },
    AmountFormat,
    AmountPositive,
    AmountDecimals {
        currency: String,
        digits: u16,
    },
    Currency,
    PaymentIncomplete,
    /// An IBAN whose check digits do not match.
    Iban,
    /// An IBAN's shape whose first two letters are no country using IBANs.
    IbanCountry {
        code: String,
    },
    /// An IBAN of a known country with the wrong length or layout.
    IbanFormat {
        country: String,
    },
    /// Text that looks like a wallet address, with what looks wrong.
    Wallet(WalletError),
    ConsentAuthority,
    WarningsNeedEmail,
    Honeypot,
    /// A recovery approach was reported without any way they reached out.
    ApproachEmpty,
    /// The check could not read a value as a website, address, number,
    /// IBAN or wallet.
    CheckUnknown,
    /// An amount in crypto without its asset, or an asset without amount.
    CryptoIncomplete,
    /// USDT without an address to tell its network, and none chosen.
    NetworkNeeded {
        asset: Asset,
    },
    /// The asset does not run on the chain of the address or the answer.
    NotOnNetwork(NotOnNetwork),
    /// A transaction hash that is not one of its chain.
    TxHash(TxHashError),
    /// A transaction hash of a payment whose network nothing tells.
    TxHashNetwork,
}

/// A message argument: Fluent selects plural forms on numbers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Number(i64),
    Text(String),
}

impl Problem {
    /// The Fluent message id that explains this problem.
    pub fn message_id(&self) -> &'static str {
        match self {
            Problem::Required => "error-required",
            Problem::TooLong { .. } => "error-too-long",
            Problem::TooManyLines { .. } => "error-too-many-lines",
            Problem::Email => "error-email",
            Problem::Phone => "error-phone",
            Problem::Country => "error-country",
            Problem::Region => "error-region",
            Problem::Choice => "error-choice",
            Problem::DateFormat => "error-date-format",
            Problem::DateFuture => "error-date-future",
            Problem::DateTooEarly => "error-date-too-early",
            Problem::Website { .. } => "error-website",
            Problem::ScamPhone { .. } => "error-scam-phone",
            Problem::ScamEmail { .. } => "error-scam-email",
            Problem::AmountFormat => "error-amount-format",
            Problem::AmountPositive => "error-amount-positive",
            Problem::AmountDecimals { .. } => "error-amount-decimals",
            Problem::Currency => "error-currency",
            Problem::PaymentIncomplete => "error-payment-incomplete",
            Problem::Iban => "error-iban",
            Problem::IbanCountry { .. } => "error-iban-country",
            Problem::IbanFormat { .. } => "error-iban-format",
            Problem::Wallet(WalletError::BadChecksum(_)) => "error-wallet",
            Problem::Wallet(WalletError::BadCharacters { .. }) => "error-wallet-characters",
            Problem::Wallet(WalletError::BadLength { .. }) => "error-wallet-length",
            Problem::Wallet(WalletError::BadCase(_)) => "error-wallet-case",
            Problem::ConsentAuthority => "error-consent-authority",
            Problem::WarningsNeedEmail => "error-warnings-need-email",
            Problem::Honeypot => "error-honeypot",
            Problem::ApproachEmpty => "case-approach-empty",
            Problem::CheckUnknown => "error-check-unknown",
            Problem::CryptoIncomplete => "error-crypto-incomplete",
            Problem::NetworkNeeded { .. } => "error-network-needed",
            Problem::NotOnNetwork(_) => "error-not-on-network",
            Problem::TxHash(TxHashError::Length { .. }) => "error-tx-hash-length",
            Problem::TxHash(TxHashError::Characters { .. }) => "error-tx-hash-characters",
            Problem::TxHash(TxHashError::Prefix { .. }) => "error-tx-hash-prefix",
            Problem::TxHashNetwork => "error-tx-hash-network",
        }
    }

    /// The named arguments of the message.
    pub fn args(&self) -> Vec<(&'static str, Arg)> {
        let n = |v: usize| Arg::Number(i64::try_from(v).unwrap_or(i64::MAX));
        match self {
            Problem::TooLong { max } | Problem::TooManyLines { max } => vec![("max", n(*max))],
            Problem::Website { line }
            | Problem::ScamPhone { line }
            | Problem::ScamEmail { line } => {
                vec![("line", n(*line))]
            }
            Problem::AmountDecimals { currency, digits } => vec![
                ("currency", Arg::Text(currency.clone())),
                ("digits", Arg::Number(i64::from(*digits))),
            ],
            Problem::IbanCountry { code } => vec![("code", Arg::Text(code.clone()))],
            Problem::IbanFormat { country } => vec![("country", Arg::Text(country.clone()))],
            Problem::Wallet(e) => wallet_args(e),
            Problem::NetworkNeeded { asset } => vec![("asset", Arg::Text(asset.code().into()))],
            Problem::NotOnNetwork(n) => vec![
                ("asset", Arg::Text(n.asset.code().into())),
                ("chain", Arg::Text(n.chain.name().into())),
            ],
            Problem::TxHash(TxHashError::Length { chain, length }) => vec![
                ("chain", Arg::Text(chain.name().into())),
                ("length", n(*length)),
            ],
            Problem::TxHash(TxHashError::Characters { chain } | TxHashError::Prefix { chain }) => {
                vec![("chain", Arg::Text(chain.name().into()))]
            }
            _ => Vec::new(),
        }
    }

    /// One example of every kind, so tests can check every message exists.
    pub fn examples() -> Vec<Problem> {
        vec![
            Problem::Required,
            Problem::TooLong { max: 10 },
            Problem::TooManyLines { max: 10 },
            Problem::Email,
            Problem::Phone,
            Problem::Country,
            Problem::Region,
            Problem::Choice,
            Problem::DateFormat,
            Problem::DateFuture,
            Problem::DateTooEarly,
            Problem::Website { line: 1 },
            Problem::ScamPhone { line: 1 },
            Problem::ScamEmail { line: 1 },
            Problem::AmountFormat,
            Problem::AmountPositive,
            Problem::AmountDecimals {
                currency: "JPY".into(),
                digits: 0,
            },
            Problem::Currency,
            Problem::PaymentIncomplete,
            Problem::Iban,
            Problem::IbanCountry { code: "XX".into() },
            Problem::IbanFormat {
                country: "DE".into(),
            },
            Problem::Wallet(WalletError::BadChecksum(Chain::Bitcoin)),
            Problem::Wallet(WalletError::BadCharacters {
                chain: Chain::Ethereum,
                characters: "g o".into(),
            }),
            Problem::Wallet(WalletError::BadLength {
                chain: Chain::Tron,
                length: 33,
                expected: 34,
            }),
            Problem::Wallet(WalletError::BadCase(Chain::Ethereum)),
            Problem::Wallet(WalletError::BadCase(Chain::Bitcoin)),
            Problem::ConsentAuthority,
            Problem::WarningsNeedEmail,
            Problem::Honeypot,
            Problem::ApproachEmpty,
            Problem::CheckUnknown,
            Problem::CryptoIncomplete,
            Problem::NetworkNeeded { asset: Asset::Usdt },
            Problem::NotOnNetwork(NotOnNetwork {
                asset: Asset::Btc,
                chain: Chain::Tron,
            }),
            Problem::TxHash(TxHashError::Length {
                chain: Chain::Tron,
                length: 63,
            }),
            Problem::TxHash(TxHashError::Characters {
                chain: Chain::Bitcoin,
            }),
            Problem::TxHash(TxHashError::Prefix {
                chain: Chain::Bitcoin,
            }),
            Problem::TxHashNetwork,
        ]
    }
}

/// The arguments of a wallet problem: always the chain's name, then what
/// looks wrong.
fn wallet_args(error: &WalletError) -> Vec<(&'static str, Arg)> {
    let n = |v: usize| Arg::Number(i64::try_from(v).unwrap_or(i64::MAX));
    let mut args = vec![("chain", Arg::Text(error.chain().name().to_string()))];
    match error {
        WalletError::BadCharacters { characters, .. } => {
            args.push(("characters", Arg::Text(characters.clone())));
        }
        WalletError::BadLength {
            length, expected, ..
        } => {
            args.push(("length", n(*length)));
            args.push(("expected", n(*expected)));
        }
        WalletError::BadChecksum(_) | WalletError::BadCase(_) => {}
    }
    args
}
