//! Crypto payments as victims made them: the asset paid in, with its
//! decimals and the amount in its smallest unit; the network the payment
//! went over, read from the destination address and asked only when the
//! asset runs on several (USDT on Tron or Ethereum); and the transaction
//! hash, checked for that network, which is what an exchange needs to
//! freeze funds.

use std::fmt;

use super::Problem;
use super::money::{format_units, parse_units};
use super::wallet::Chain;

/// The crypto assets the form takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Asset {
    Btc,
    Eth,
    Usdt,
    Usdc,
    Trx,
}

impl Asset {
    pub const ALL: [Asset; 5] = [Asset::Btc, Asset::Eth, Asset::Usdt, Asset::Usdc, Asset::Trx];

    /// The ticker: `BTC`, `ETH`, `USDT`, `USDC`, `TRX`.
    pub fn code(self) -> &'static str {
        match self {
            Asset::Btc => "BTC",
            Asset::Eth => "ETH",
            Asset::Usdt => "USDT",
            Asset::Usdc => "USDC",
            Asset::Trx => "TRX",
        }
    }

    /// An asset by its ticker, in any case, trimmed.
    pub fn parse(text: &str) -> Option<Asset> {
        let text = text.trim();
        Asset::ALL
            .into_iter()
            .find(|a| a.code().eq_ignore_ascii_case(text))
    }

    /// Digits after the point of the smallest unit (satoshi, wei, sun, and
    /// the stablecoins' six on both networks).
    pub fn decimals(self) -> u32 {
        match self {
            Asset::Btc => 8,
            Asset::Eth => 18,
            Asset::Usdt | Asset::Usdc | Asset::Trx => 6,
        }
    }

    /// The networks it is paid over, the most used first.
    pub fn networks(self) -> &'static [Chain] {
        match self {
            Asset::Btc => &[Chain::Bitcoin],
            Asset::Eth => &[Chain::Ethereum],
            Asset::Trx => &[Chain::Tron],
            Asset::Usdt => &[Chain::Tron, Chain::Ethereum],
            Asset::Usdc => &[Chain::Ethereum],
        }
    }
}

impl fmt::Display for Asset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// An amount of a crypto asset, in its smallest unit (satoshi, wei, …):
/// `u128`, since wei overflow 64 bits at 9.2 ETH.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CryptoAmount {
    pub asset: Asset,
    pub units: u128,
}

impl CryptoAmount {
    /// An amount as victims copy it from an exchange or a wallet. A single
    /// `.` is always the decimal mark (exchanges and explorers write it so:
    /// "1.250" BTC is one and a quarter); a single `,` with three digits
    /// after it groups thousands ("1,250" USDT), as in [`super::money`];
    /// with both marks the last is the decimal one ("1.250,5", "1,250.5").
    pub fn parse(text: &str, asset: Asset) -> Result<CryptoAmount, Problem> {
        let units = parse_units(text, asset.decimals(), true, asset.code())?;
        Ok(CryptoAmount { asset, units })
    }

    /// The amount in whole units, without trailing zeros: `0.015`.
    pub fn decimal(&self) -> String {
        format_units(self.units, self.asset.decimals())
    }
}

impl fmt::Display for CryptoAmount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.decimal(), self.asset.code())
    }
}

/// The network of a payment, or the question to ask.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Network {
    Known(Chain),
    /// The asset runs on these and nothing says which: ask the victim.
    Ask(&'static [Chain]),
}

/// A payment whose asset does not run where it went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotOnNetwork {
    pub asset: Asset,
    pub chain: Chain,
}

impl fmt::Display for NotOnNetwork {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} is not paid over {}",
            self.asset.code(),
            self.chain.name()
        )
    }
}

impl std::error::Error for NotOnNetwork {}

/// The network a payment of `asset` went over: the destination address's
/// chain when there is an address (it must be one the asset runs on), else
/// the asset's only network, else the victim's answer (`chosen`), else
/// the question.
pub fn network(
    asset: Asset,
    destination: Option<Chain>,
    chosen: Option<Chain>,
) -> Result<Network, NotOnNetwork> {
    let runs_on = asset.networks();
    let known = |chain: Chain| match runs_on.contains(&chain) {
        true => Ok(Network::Known(chain)),
        false => Err(NotOnNetwork { asset, chain }),
    };
    match (destination, runs_on, chosen) {
        (Some(chain), _, _) => known(chain),
        (None, [only], _) => Ok(Network::Known(*only)),
        (None, _, Some(chain)) => known(chain),
        (None, several, None) => Ok(Network::Ask(several)),
    }
}

/// A transaction hash checked for its network.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TxHash {
    chain: Chain,
    normalised: String,
}

impl TxHash {
    pub fn chain(&self) -> Chain {
        self.chain
    }

    /// Lower-case hex; with `0x` on Ethereum, without on Bitcoin and Tron,
    /// as their explorers show them.
    pub fn normalised(&self) -> &str {
        &self.normalised
    }
}

/// Why a transaction hash was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TxHashError {
    /// Not 64 hexadecimal digits (after `0x` on Ethereum).
    Length { chain: Chain, length: usize },
    /// Characters that are not hexadecimal digits.
    Characters { chain: Chain },
    /// `0x` before a Bitcoin or Tron hash: likely an Ethereum one.
    Prefix { chain: Chain },
}

impl fmt::Display for TxHashError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TxHashError::Length { chain, length } => write!(
                f,
                "a {} transaction hash has 64 hexadecimal digits, not {length}",
                chain.name()
            ),
            TxHashError::Characters { chain } => write!(
                f,
                "a {} transaction hash holds only the digits 0-9 and the letters a-f",
                chain.name()
            ),
            TxHashError::Prefix { chain } => write!(
                f,
                "a {} transaction hash does not start with 0x (that is an Ethereum one)",
                chain.name()
            ),
        }
    }
}

impl std::error::Error for TxHashError {}

/// A transaction hash of `chain`, as pasted: spaces and line breaks inside
/// are dropped (explorers and e-mails wrap long hashes), and an Ethereum
/// hash pasted without its `0x` is taken with it.
pub fn parse_tx_hash(text: &str, chain: Chain) -> Result<TxHash, TxHashError> {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let prefixed = compact
        .get(..2)
        .is_some_and(|p| p.eq_ignore_ascii_case("0x"));
    let digits = match (chain, prefixed) {
        (Chain::Ethereum, true) => &compact[2..],
        (Chain::Bitcoin | Chain::Tron, true) => return Err(TxHashError::Prefix { chain }),
        (_, false) => compact.as_str(),
    };
    if !digits.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(TxHashError::Characters { chain });
    }
    if digits.len() != 64 {
        return Err(TxHashError::Length {
            chain,
            length: digits.len(),
        });
    }
    let lower = digits.to_ascii_lowercase();
    let normalised = match chain {
        Chain::Ethereum => format!("0x{lower}"),
        Chain::Bitcoin | Chain::Tron => lower,
    };
    Ok(TxHash { chain, normalised })
}

#[cfg(test)]
mod tests {
    use super::*;

    const BTC_TX: &str = "4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b";

    #[test]
    fn crypto_amounts_keep_every_decimal_of_their_asset() {
        let units = |t: &str, a: Asset| CryptoAmount::parse(t, a).map(|c| c.units);
        assert_eq!(units("0.015", Asset::Btc), Ok(1_500_000));
        assert_eq!(
            units("1.250", Asset::Btc),
            Ok(125_000_000),
            "a point is decimal"
        );
        assert_eq!(units("1,250", Asset::Usdt), Ok(1_250_000_000), "1,250 USDT");
        assert_eq!(units("0,5", Asset::Eth), Ok(500_000_000_000_000_000));
        assert_eq!(units("1 250,75", Asset::Usdt), Ok(1_250_750_000));
        assert_eq!(units("1,250.75", Asset::Usdt), Ok(1_250_750_000));
        // Far beyond 64 bits of wei.
        assert_eq!(
            units("12345.000000000000000001", Asset::Eth),
            Ok(12_345_000_000_000_000_000_001)
        );
        assert_eq!(
            units("0.0000000001", Asset::Btc),
            Err(Problem::AmountDecimals {
                currency: "BTC".into(),
                digits: 8
            })
        );
        assert_eq!(units("0", Asset::Trx), Err(Problem::AmountPositive));
        assert_eq!(units("-1", Asset::Trx), Err(Problem::AmountPositive));
        assert_eq!(units("1e5", Asset::Trx), Err(Problem::AmountFormat));
        let amount = CryptoAmount::parse("1250.500", Asset::Usdt).expect("amount");
        assert_eq!(amount.to_string(), "1250.5 USDT");
        assert_eq!(
            CryptoAmount::parse("2", Asset::Eth).map(|a| a.decimal()),
            Ok("2".to_string())
        );
    }

    #[test]
    fn assets_parse_by_ticker_and_know_their_decimals_and_networks() {
        assert_eq!(Asset::parse(" usdt "), Some(Asset::Usdt));
        assert_eq!(Asset::parse("EUR"), None);
        assert_eq!(
            Asset::ALL.map(Asset::decimals),
            [8, 18, 6, 6, 6],
            "BTC, ETH, USDT, USDC, TRX"
        );
        for asset in Asset::ALL {
            assert_eq!(Asset::parse(asset.code()), Some(asset));
            assert!(!asset.networks().is_empty());
        }
    }

    #[test]
    fn the_network_comes_from_the_address_and_is_asked_only_for_usdt_without_one() {
        use Chain::*;
        assert_eq!(
            network(Asset::Usdt, Some(Tron), None),
            Ok(Network::Known(Tron))
        );
        assert_eq!(
            network(Asset::Usdt, Some(Ethereum), Some(Tron)),
            Ok(Network::Known(Ethereum)),
            "the address decides"
        );
        assert_eq!(
            network(Asset::Usdt, None, None),
            Ok(Network::Ask(&[Tron, Ethereum]))
        );
        assert_eq!(
            network(Asset::Usdt, None, Some(Ethereum)),
            Ok(Network::Known(Ethereum))
        );
        assert_eq!(network(Asset::Btc, None, None), Ok(Network::Known(Bitcoin)));
        assert_eq!(
            network(Asset::Btc, Some(Ethereum), None),
            Err(NotOnNetwork {
                asset: Asset::Btc,
                chain: Ethereum
            })
        );
        assert_eq!(
            network(Asset::Usdt, None, Some(Bitcoin)),
            Err(NotOnNetwork {
                asset: Asset::Usdt,
                chain: Bitcoin
            })
        );
    }

    #[test]
    fn transaction_hashes_are_checked_for_their_network() {
        use Chain::*;
        let wrapped = format!("{}\n  {}", &BTC_TX[..32], BTC_TX[32..].to_uppercase());
        assert_eq!(
            parse_tx_hash(&wrapped, Bitcoin).map(|t| t.normalised().to_string()),
            Ok(BTC_TX.to_string())
        );
        assert_eq!(parse_tx_hash(BTC_TX, Tron).map(|t| t.chain()), Ok(Tron));
        let eth = format!("0x{BTC_TX}");
        assert_eq!(
            parse_tx_hash(&eth.to_uppercase().replacen("0X", "0x", 1), Ethereum)
                .map(|t| t.normalised().to_string()),
            Ok(eth.clone())
        );
        assert_eq!(
            parse_tx_hash(BTC_TX, Ethereum).map(|t| t.normalised().to_string()),
            Ok(eth.clone()),
            "an Ethereum hash pasted without 0x"
        );
        assert_eq!(
            parse_tx_hash(&eth, Bitcoin),
            Err(TxHashError::Prefix { chain: Bitcoin })
        );
        assert_eq!(
            parse_tx_hash(&BTC_TX[1..], Tron),
            Err(TxHashError::Length {
                chain: Tron,
                length: 63
            })
        );
        assert_eq!(
            parse_tx_hash(&BTC_TX.replace('a', "g"), Bitcoin),
            Err(TxHashError::Characters { chain: Bitcoin })
        );
        assert_eq!(
            parse_tx_hash("", Ethereum),
            Err(TxHashError::Length {
                chain: Ethereum,
                length: 0
            })
        );
        assert_eq!(
            parse_tx_hash("é0x", Tron),
            Err(TxHashError::Characters { chain: Tron }),
            "text that is not ASCII is refused, never sliced"
        );
        assert_eq!(
            TxHashError::Length {
                chain: Bitcoin,
                length: 63
            }
            .to_string(),
            "a Bitcoin transaction hash has 64 hexadecimal digits, not 63"
        );
    }
}
