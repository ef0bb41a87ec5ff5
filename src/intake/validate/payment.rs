//! One payment row of the form: in a currency, in a crypto asset or both,
//! with its destination, network, transaction hash and source.

use super::{Checker, parse_date};
use crate::domain::choice::PaymentMethod;
use crate::domain::crypto::{self, Asset, CryptoAmount, Network, TxHash, parse_tx_hash};
use crate::domain::indicator::{self, Indicator, Kind};
use crate::domain::money::{Currency, parse_amount};
use crate::domain::wallet::Chain;
use crate::domain::{Fiat, Payment, Problem};
use crate::intake::form::{RawPayment, payment_field};

impl Checker {
    /// One payment row: in a currency, in a crypto asset, or both; its
    /// destination (an IBAN or a wallet becomes an indicator), the network
    /// a crypto payment went over (asked only when nothing else tells),
    /// its transaction hash checked for that network (an indicator too),
    /// and where the money was bought or sent from.
    pub(super) fn payment(
        &mut self,
        i: usize,
        row: &RawPayment,
        out: &mut Vec<Indicator>,
    ) -> Option<Payment> {
        let f = |name: &str| payment_field(i, name);
        let today = self.today;
        let paid_on = self.optional(&row.date, &f("date"), |t| parse_date(t, today));
        let method = self.optional(&row.method, &f("method"), |t| {
            PaymentMethod::parse(t).ok_or(Problem::Choice)
        });
        let fiat = self.amount_pair(
            (&row.amount, &f("amount")),
            (&row.currency, &f("currency")),
            |t| Currency::parse(t).ok_or(Problem::Currency),
            |t, currency| {
                parse_amount(t, currency).map(|amount_minor| Fiat {
                    amount_minor,
                    currency,
                })
            },
            Problem::PaymentIncomplete,
        );
        let crypto = self.amount_pair(
            (&row.crypto_amount, &f("crypto-amount")),
            (&row.asset, &f("asset")),
            |t| Asset::parse(t).ok_or(Problem::Choice),
            CryptoAmount::parse,
            Problem::CryptoIncomplete,
        );
        let typed = |raw: &str| !raw.trim().is_empty();
        if !typed(&row.amount)
            && !typed(&row.currency)
            && !typed(&row.crypto_amount)
            && !typed(&row.asset)
        {
            self.errors.add(f("amount"), Problem::PaymentIncomplete);
            self.errors.add(f("currency"), Problem::PaymentIncomplete);
        }
        let mut wallet_chain = None;
        let destination = self.optional(&row.destination, &f("destination"), |t| {
            indicator::destination(t).map(|found| {
                if let Some(Indicator {
                    kind: Kind::Wallet(chain),
                    ..
                }) = &found
                {
                    wallet_chain = Some(*chain);
                }
                out.extend(found);
                t.to_string()
            })
        });
        let chosen = self.optional(&row.network, &f("network"), |t| {
            Chain::parse(t).ok_or(Problem::Choice)
        });
        let asset = crypto
            .map(|c: CryptoAmount| c.asset)
            .or_else(|| Asset::parse(&row.asset));
        let network = match asset {
            Some(asset) => match crypto::network(asset, wallet_chain, chosen) {
                Ok(Network::Known(chain)) => Some(chain),
                Ok(Network::Ask(_)) => {
                    let asked = Problem::NetworkNeeded { asset };
                    self.errors.add(f("network"), asked);
                    None
                }
                Err(not_on) => {
                    self.errors.add(f("asset"), Problem::NotOnNetwork(not_on));
                    None
                }
            },
            None => wallet_chain.or(chosen),
        };
        let tx_hash = self.optional(&row.tx_hash, &f("tx-hash"), |t| {
            let chain = network.or_else(|| {
                let hex = t.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("0x"));
                hex.then_some(Chain::Ethereum)
            });
            let hash =
                parse_tx_hash(t, chain.ok_or(Problem::TxHashNetwork)?).map_err(Problem::TxHash)?;
            out.push(indicator::transaction(t, &hash));
            Ok(hash)
        });
        let network = network.or(tx_hash.as_ref().map(TxHash::chain));
        let source = self.optional(&row.source, &f("source"), |t| Ok(t.to_string()));
        let fiat = match (fiat, typed(&row.amount) || typed(&row.currency)) {
            (Some(fiat), _) => Some(fiat),
            (None, true) => return None,
            (None, false) => None,
        };
        let crypto = match (crypto, typed(&row.crypto_amount) || typed(&row.asset)) {
            (Some(crypto), _) => Some(crypto),
            (None, true) => return None,
            (None, false) => None,
        };
        if fiat.is_none() && crypto.is_none() {
            return None;
        }
        Some(Payment {
            paid_on,
            fiat,
            crypto,
            method,
            destination,
            network,
            tx_hash,
            source,
        })
    }

    /// An amount and what it is in (a currency, an asset), both or
    /// neither: one without the other is `incomplete` at the empty field.
    fn amount_pair<U: Copy, T>(
        &mut self,
        (amount, amount_field): (&str, &str),
        (unit, unit_field): (&str, &str),
        read_unit: impl FnOnce(&str) -> Result<U, Problem>,
        read_amount: impl FnOnce(&str, U) -> Result<T, Problem>,
        incomplete: Problem,
    ) -> Option<T> {
        let (has_amount, has_unit) = (!amount.trim().is_empty(), !unit.trim().is_empty());
        let read = self.optional(unit, unit_field, read_unit);
        match (has_amount, has_unit) {
            (false, false) => return None,
            (false, true) => self.errors.add(amount_field, incomplete),
            (true, false) => self.errors.add(unit_field, incomplete),
            (true, true) => {}
        }
        let unit = read?;
        self.optional(amount, amount_field, |t| read_amount(t, unit))
    }
}
