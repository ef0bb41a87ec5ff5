//! Payment destinations: wallet addresses of every kind and IBANs.

use fraudreport::domain::indicator::{Kind, destination};
use fraudreport::domain::wallet::{self, Chain, WalletError};
use fraudreport::domain::{CountryCode, Problem};
use proptest::prelude::*;

use crate::config;
use crate::typed::{any_text, grouped, mutated, valid_iban, valid_wallet};

/// Text a victim might paste as a destination.
fn typed_destination() -> BoxedStrategy<String> {
    prop_oneof![
        3 => mutated(valid_wallet()),
        3 => mutated(valid_iban()),
        1 => mutated(valid_iban().prop_map(|i| grouped(&i)).boxed()),
        1 => any_text(),
    ]
    .boxed()
}

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn a_wallet_address_never_panics_and_an_accepted_one_is_a_fixed_point(text in typed_destination()) {
        let _ = wallet::detect(&text);
        if let Ok(Some(address)) = wallet::parse(&text) {
            let again = wallet::parse(address.normalised());
            let again = again.ok().flatten();
            prop_assert_eq!(again.as_ref().map(|a| a.chain()), Some(address.chain()));
            prop_assert_eq!(again.as_ref().map(|a| a.normalised()), Some(address.normalised()));
        }
    }

    #[test]
    fn a_valid_wallet_address_is_accepted_however_its_case_or_spacing(address in valid_wallet(), every in 3..9_usize) {
        let parsed = wallet::parse(&address);
        prop_assert!(matches!(parsed, Ok(Some(_))), "{} gave {:?}", address, parsed);
        let spaced: String = address
            .as_bytes()
            .chunks(every)
            .map(|c| String::from_utf8_lossy(c).to_string())
            .collect::<Vec<_>>()
            .join(" ");
        let respaced = wallet::parse(&spaced).ok().flatten();
        prop_assert_eq!(
            respaced.map(|a| a.normalised().to_string()),
            parsed.ok().flatten().map(|a| a.normalised().to_string())
        );
    }

    #[test]
    fn a_valid_address_with_one_character_changed_is_refused_with_its_chain(
        address in valid_wallet(),
        at in 4..30_usize,
        by in 1..20_u8,
    ) {
        let chars: Vec<char> = address.chars().collect();
        let at = at.min(chars.len() - 1);
        let alphabet = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz";
        let position = alphabet.find(chars[at]).unwrap_or(0);
        let replacement = alphabet
            .chars()
            .nth((position + usize::from(by)) % alphabet.len())
            .expect("in the alphabet");
        let mut typo = chars.clone();
        typo[at] = replacement;
        let typo: String = typo.into_iter().collect();
        let chain = wallet::parse(&address).ok().flatten().map(|a| a.chain());
        match wallet::parse(&typo) {
            // Ethereum hex of one case has no checksum; a changed letter can
            // also merely change its case.
            Ok(Some(a)) => prop_assert!(
                a.chain() == Chain::Ethereum
                    || typo.eq_ignore_ascii_case(&address),
                "{} accepted", typo
            ),
            Err(e) => prop_assert_eq!(Some(e.chain()), chain, "{}", typo),
            Ok(None) => prop_assert!(false, "{} was taken for another reference", typo),
        }
    }

    #[test]
    fn a_destination_never_panics_and_an_accepted_one_is_a_fixed_point(text in typed_destination()) {
        if let Ok(Some(found)) = destination(&text) {
            let again = destination(&found.normalised);
            let again = again.ok().flatten();
            prop_assert_eq!(again.as_ref().map(|i| i.kind), Some(found.kind));
            prop_assert_eq!(again.map(|i| i.normalised), Some(found.normalised));
        }
    }

    #[test]
    fn a_valid_iban_is_accepted_typed_in_groups_and_small_letters(iban in valid_iban()) {
        for typed in [iban.clone(), grouped(&iban), grouped(&iban).to_lowercase()] {
            let found = destination(&typed);
            prop_assert_eq!(
                found.clone().ok().flatten().map(|i| (i.kind, i.normalised)),
                Some((Kind::Iban, iban.clone())),
                "{} gave {:?}", typed, found
            );
        }
    }

    #[test]
    fn a_valid_iban_with_a_changed_digit_is_refused_as_an_iban(iban in valid_iban(), at in 4..15_usize, by in 1..10_u8) {
        let mut bytes = iban.clone().into_bytes();
        let at = (at..bytes.len()).find(|&i| bytes[i].is_ascii_digit());
        prop_assume!(at.is_some());
        let at = at.unwrap_or_default();
        bytes[at] = b'0' + (bytes[at] - b'0' + by) % 10;
        let typo = String::from_utf8(bytes).expect("ascii");
        let refused = destination(&typo);
        prop_assert_eq!(refused, Err(Problem::Iban), "{}", typo);
    }

    #[test]
    fn an_iban_with_right_check_digits_and_another_country_is_accepted_or_names_the_country(
        iban in valid_iban(),
        code in "[A-Z]{2}",
    ) {
        let bban = &iban[4..];
        let typo = format!("{code}{:02}{bban}", crate::typed::iban_check_digits(&code, bban));
        match destination(&typo) {
            Ok(Some(found)) => prop_assert_eq!(found.kind, Kind::Iban),
            Err(Problem::IbanCountry { code: named }) | Err(Problem::IbanFormat { country: named }) => {
                prop_assert_eq!(named, code.clone());
                if CountryCode::parse(&code).is_none() {
                    prop_assert_eq!(destination(&typo), Err(Problem::IbanCountry { code }));
                }
            }
            // `BC1…` in bech32's letters is also a Bitcoin address's shape.
            Err(Problem::Wallet(e)) if typo.starts_with("BC1") => {
                prop_assert_eq!(e.chain(), Chain::Bitcoin);
            }
            other => prop_assert!(false, "{} gave {:?}", typo, other),
        }
    }
}

#[test]
fn the_typos_of_the_issue_are_refused_saying_what_looks_wrong() {
    let eth = |e| Err(Problem::Wallet(e));
    assert_eq!(
        destination("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAzz"),
        eth(WalletError::BadCharacters {
            chain: Chain::Ethereum,
            characters: "z".into()
        })
    );
    assert_eq!(
        destination("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"),
        eth(WalletError::BadCase(Chain::Ethereum))
    );
    assert_eq!(
        destination("XX89 3704 0044 0532 0130 00"),
        Err(Problem::IbanCountry { code: "XX".into() })
    );
}

/// 64 hexadecimal digits in random case, perhaps with `0x`.
fn typed_tx_hash() -> BoxedStrategy<String> {
    prop_oneof![
        3 => mutated("(0x)?[0-9a-fA-F]{64}".boxed()),
        1 => any_text(),
    ]
    .boxed()
}

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn a_transaction_hash_never_panics_and_an_accepted_one_is_a_fixed_point(
        text in typed_tx_hash(),
        chain in prop::sample::select(vec![Chain::Bitcoin, Chain::Ethereum, Chain::Tron]),
    ) {
        use fraudreport::domain::crypto::parse_tx_hash;
        if let Ok(hash) = parse_tx_hash(&text, chain) {
            let again = parse_tx_hash(hash.normalised(), chain);
            prop_assert_eq!(again.as_ref().map(|h| h.normalised()), Ok(hash.normalised()));
            let digits = hash.normalised().trim_start_matches("0x");
            prop_assert_eq!(digits.len(), 64);
        }
    }
}
