//! Cryptocurrency wallet addresses given by fraud victims as the destination of their payments.
//!
//! Victims type or paste the address their money went to. This module recognises the shape of a
//! Bitcoin, Ethereum or Tron address, verifies the checksum built into the address so that a typo
//! is caught while the victim is still filling in the form, and gives a canonical form so that the
//! same wallet typed in two ways (upper- or lower-case bech32, Ethereum with or without its EIP-55
//! capitals) matches across reports.
//!
//! Text that does not look like an address at all is not an error: it is some other payment
//! reference (an IBAN, a company name, a transaction number) and [`parse`] returns `Ok(None)`.
//!
//! Whitespace: the input is trimmed (including invisible zero-width characters at the ends).
//! [`detect`] treats whitespace inside the text as "not an address". [`parse`] also tries the text
//! with its inner whitespace removed, because wallets show addresses in groups of characters and
//! e-mails wrap them over lines; such text is accepted when its checksum holds and is otherwise
//! taken as not an address, so that free text with spaces is never reported as a mistyped address.
//!
//! Shapes are a little more tolerant than real addresses (a character more or less; any letter
//! after `bc1`), so that a dropped, doubled or misread character is reported as
//! [`WalletError::BadChecksum`] rather than silently accepted as some other reference.

use sha3::{Digest, Keccak256};
use std::fmt;
use std::ops::RangeInclusive;

/// The blockchains whose address checksums we verify.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Chain {
    /// Bitcoin mainnet: base58check P2PKH (`1…`) and P2SH (`3…`), segwit bech32/bech32m (`bc1…`).
    Bitcoin,
    /// Ethereum address format (`0x` + 40 hex digits, EIP-55), shared by other EVM chains.
    Ethereum,
    /// Tron mainnet: base58check with version byte 0x41 (`T…`).
    Tron,
}

impl Chain {
    /// Short lower-case code of the chain: `"btc"`, `"eth"` or `"trx"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Chain::Bitcoin => "btc",
            Chain::Ethereum => "eth",
            Chain::Tron => "trx",
        }
    }

    /// Every chain.
    pub const ALL: [Chain; 3] = [Chain::Bitcoin, Chain::Ethereum, Chain::Tron];

    /// A chain by its code ([`Chain::as_str`]).
    pub fn parse(code: &str) -> Option<Chain> {
        Chain::ALL.into_iter().find(|c| c.as_str() == code.trim())
    }

    /// The chain's name as victims know it: `"Bitcoin"`, `"Ethereum"`, `"Tron"`.
    pub fn name(self) -> &'static str {
        match self {
            Chain::Bitcoin => "Bitcoin",
            Chain::Ethereum => "Ethereum",
            Chain::Tron => "Tron",
        }
    }
}

impl fmt::Display for Chain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A wallet address whose checksum was verified.
///
/// Equality compares the text as typed too; match reports on [`WalletAddress::normalised`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WalletAddress {
    chain: Chain,
    typed: String,
    normalised: String,
}

impl WalletAddress {
    /// The chain the address belongs to.
    pub fn chain(&self) -> Chain {
        self.chain
    }

    /// As the victim typed it, trimmed.
    pub fn typed(&self) -> &str {
        &self.typed
    }

    /// Canonical form used to match reports: bech32 lower-cased, Ethereum lower-cased with 0x
    /// prefix, base58 unchanged. Inner whitespace accepted by [`parse`] is removed.
    pub fn normalised(&self) -> &str {
        &self.normalised
    }
}

/// Why text that looks like a wallet address was refused. Each says what looks wrong, so the
/// form can tell the victim what to compare.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WalletError {
    /// Has the shape of an address of `chain` but its checksum fails (or, more rarely, the
    /// checksum holds but the content is not a mainnet address of that chain: wrong version byte,
    /// witness program length). Most likely a typo.
    BadChecksum(Chain),
    /// Looks like an address of `chain` but holds characters no such address has (`g` after
    /// `0x`, `0` or `O` in base58, `b` after `bc1`, a Cyrillic look-alike), each listed once.
    BadCharacters { chain: Chain, characters: String },
    /// Looks like an address of `chain`, whose addresses all have `expected` characters.
    BadLength {
        chain: Chain,
        length: usize,
        expected: usize,
    },
    /// The capitals are wrong: an Ethereum address whose mixed case breaks its EIP-55 checksum,
    /// or a bech32 address written in both cases.
    BadCase(Chain),
}

impl WalletError {
    /// The chain the text looked like an address of.
    pub fn chain(&self) -> Chain {
        match self {
            WalletError::BadChecksum(chain) | WalletError::BadCase(chain) => *chain,
            WalletError::BadCharacters { chain, .. } | WalletError::BadLength { chain, .. } => {
                *chain
            }
        }
    }
}

impl fmt::Display for WalletError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let chain = self.chain();
        match self {
            WalletError::BadChecksum(_) => {
                write!(
                    f,
                    "not a valid {chain} address: its checksum does not match"
                )
            }
            WalletError::BadCharacters { characters, .. } => {
                write!(f, "not a valid {chain} address: it contains {characters}")
            }
            WalletError::BadLength {
                length, expected, ..
            } => write!(
                f,
                "not a valid {chain} address: {length} characters instead of {expected}"
            ),
            WalletError::BadCase(_) => {
                write!(f, "not a valid {chain} address: its capitals do not match")
            }
        }
    }
}

impl std::error::Error for WalletError {}

/// The base58 alphabet of Bitcoin and Tron (no `0`, `O`, `I`, `l`).
const BASE58: &[u8] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
/// Characters of an Ethereum address, `0x` included.
const ETHEREUM_LEN: usize = 42;
/// Characters of a Tron address.
const TRON_ADDRESS_LEN: usize = 34;
/// The 32 characters of bech32's data part (no `1`, `b`, `i`, `o`).
const BECH32_CHARSET: &[u8] = b"qpzry9x8gf2tvdw0s3jn54khce6mua7l";
/// Hex digits after `0x`: exactly 40 in a real address, one more or less still looks like one.
const ETHEREUM_HEX_LEN: RangeInclusive<usize> = 39..=41;
/// Whole bech32 segwit text, `bc1` included (BIP-173: at most 90 characters).
const BECH32_LEN: RangeInclusive<usize> = 14..=90;
/// Tron addresses are 34 characters.
const TRON_LEN: RangeInclusive<usize> = 33..=35;
/// Legacy Bitcoin addresses are 26 to 35 characters.
const BITCOIN_BASE58_LEN: RangeInclusive<usize> = 25..=36;

/// Which chain the text looks like an address of, judged by shape only (prefix, length, alphabet),
/// before any checksum.
///
/// The text is trimmed; whitespace inside it means it is not an address. Words, IBANs and plain
/// numbers never match: base58 shapes must use the base58 alphabet only, and a legacy Bitcoin
/// shape must contain a letter.
pub fn detect(text: &str) -> Option<Chain> {
    let text = text.trim_matches(is_gap);
    let len = text.len();
    if let Some(hex) = text.strip_prefix("0x").or_else(|| text.strip_prefix("0X")) {
        let hex_shape =
            ETHEREUM_HEX_LEN.contains(&hex.len()) && hex.bytes().all(|b| b.is_ascii_hexdigit());
        return hex_shape.then_some(Chain::Ethereum);
    }
    if text.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("bc1")) {
        let bech32_shape =
            BECH32_LEN.contains(&len) && text.bytes().all(|b| b.is_ascii_alphanumeric());
        return bech32_shape.then_some(Chain::Bitcoin);
    }
    if !text.bytes().all(|b| BASE58.contains(&b)) {
        return None;
    }
    match text.as_bytes().first() {
        Some(b'T') if TRON_LEN.contains(&len) => Some(Chain::Tron),
        Some(b'1' | b'3')
            if BITCOIN_BASE58_LEN.contains(&len)
                && text.bytes().any(|b| b.is_ascii_alphabetic()) =>
        {
            Some(Chain::Bitcoin)
        }
        _ => None,
    }
}

/// `Ok(None)` when the text does not look like a wallet address at all (it is then some other
/// reference), `Ok(Some(addr))` when it does and the checksum holds, `Err` saying what looks
/// wrong when it looks like one but fails: a bad checksum or capitals, a wrong length, or
/// characters no such address has (near misses of [`detect`]'s shapes, see [`near_miss`]).
///
/// Text with whitespace inside is tried with that whitespace removed and is accepted only when
/// the checksum then holds; otherwise it is `Ok(None)`, never an error (see the module docs).
pub fn parse(text: &str) -> Result<Option<WalletAddress>, WalletError> {
    let typed = text.trim_matches(is_gap);
    let compact: String = typed.chars().filter(|&c| !is_gap(c)).collect();
    let make = |chain, normalised| WalletAddress {
        chain,
        typed: typed.to_owned(),
        normalised,
    };
    if compact.len() != typed.len() {
        return Ok(detect(&compact)
            .and_then(|chain| verify(chain, &compact).map(|normalised| make(chain, normalised))));
    }
    let Some(chain) = detect(typed) else {
        return near_miss(typed).map_or(Ok(None), Err);
    };
    match verify(chain, typed) {
        Some(normalised) => Ok(Some(make(chain, normalised))),
        None => Err(diagnose(chain, typed)),
    }
}

/// What is wrong with text of `chain`'s shape whose check failed.
fn diagnose(chain: Chain, text: &str) -> WalletError {
    let length = text.chars().count();
    match chain {
        Chain::Ethereum if length != ETHEREUM_LEN => WalletError::BadLength {
            chain,
            length,
            expected: ETHEREUM_LEN,
        },
        // Text of one case always passes: a failure is a mixed case that breaks EIP-55.
        Chain::Ethereum => WalletError::BadCase(chain),
        Chain::Tron if length != TRON_ADDRESS_LEN => WalletError::BadLength {
            chain,
            length,
            expected: TRON_ADDRESS_LEN,
        },
        Chain::Bitcoin if is_bech32_shape(text) => {
            let data = &text[3..];
            let foreign = foreign_characters(data, |c| {
                c.is_ascii() && BECH32_CHARSET.contains(&(c.to_ascii_lowercase() as u8))
            });
            let mixed = text.bytes().any(|b| b.is_ascii_uppercase())
                && text.bytes().any(|b| b.is_ascii_lowercase());
            if !foreign.is_empty() {
                WalletError::BadCharacters {
                    chain,
                    characters: foreign,
                }
            } else if mixed {
                WalletError::BadCase(chain)
            } else {
                WalletError::BadChecksum(chain)
            }
        }
        Chain::Bitcoin | Chain::Tron => WalletError::BadChecksum(chain),
    }
}

/// Text just outside [`detect`]'s shapes that can only be a mistyped address: `0x` and 39 to 41
/// letters or digits that are not all hex; `bc1` and letters or digits of another alphabet (a
/// look-alike); or an address starting `1`, `3` or `T` of the right length, mostly letters in
/// both cases, with one or two characters base58 leaves out (`0`, `O`, `I`, `l`).
fn near_miss(text: &str) -> Option<WalletError> {
    let length = text.chars().count();
    let alphanumeric = text.chars().all(char::is_alphanumeric);
    if !alphanumeric || length < 3 {
        return None;
    }
    let bad = |chain, characters: String| {
        (!characters.is_empty()).then_some(WalletError::BadCharacters { chain, characters })
    };
    if let Some(hex) = strip_prefix_ignore_case(text, "0x") {
        let hex_length = hex.chars().count();
        if !ETHEREUM_HEX_LEN.contains(&hex_length) {
            return None;
        }
        return bad(
            Chain::Ethereum,
            foreign_characters(hex, |c| c.is_ascii_hexdigit()),
        );
    }
    if let Some(data) = strip_prefix_ignore_case(text, "bc1") {
        if !BECH32_LEN.contains(&length) {
            return None;
        }
        return bad(
            Chain::Bitcoin,
            foreign_characters(data, |c| c.is_ascii_alphanumeric()),
        );
    }
    let chain = match text.chars().next() {
        Some('T') if TRON_LEN.contains(&length) => Chain::Tron,
        Some('1' | '3') if BITCOIN_BASE58_LEN.contains(&length) => Chain::Bitcoin,
        _ => return None,
    };
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let both_cases = text.chars().any(char::is_uppercase) && text.chars().any(char::is_lowercase);
    let in_base58 = |c: char| c.is_ascii() && BASE58.contains(&(c as u8));
    let misses = text.chars().filter(|&c| !in_base58(c)).count();
    let foreign = foreign_characters(text, in_base58);
    if both_cases && 2 * letters >= length && (1..=2).contains(&misses) {
        bad(chain, foreign)
    } else {
        None
    }
}

/// The characters of `text` that `allowed` refuses, each once, in the order typed, separated
/// by spaces.
fn foreign_characters(text: &str, allowed: impl Fn(char) -> bool) -> String {
    let mut seen: Vec<char> = Vec::new();
    for c in text.chars().filter(|&c| !allowed(c)) {
        if !seen.contains(&c) {
            seen.push(c);
        }
    }
    seen.iter()
        .map(char::to_string)
        .collect::<Vec<_>>()
        .join(" ")
}

fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

fn is_bech32_shape(text: &str) -> bool {
    text.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("bc1"))
}

/// Whitespace and the invisible characters that copying from web pages and apps leaves behind.
fn is_gap(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

/// Checks the address (already of the shape of `chain`) and returns its normalised form.
fn verify(chain: Chain, text: &str) -> Option<String> {
    match chain {
        Chain::Ethereum => verify_ethereum(text),
        Chain::Bitcoin if text.starts_with(['1', '3']) => {
            let expected = if text.starts_with('1') { 0x00 } else { 0x05 };
            (base58check_version(text)? == expected).then(|| text.to_owned())
        }
        Chain::Bitcoin => {
            // Checks the case (BIP-173), the checksum variant (bech32 for witness v0, bech32m
            // from v1 on, BIP-350) and the witness program length.
            let (hrp, _version, _program) = bech32::segwit::decode(text).ok()?;
            (hrp == bech32::hrp::BC).then(|| text.to_ascii_lowercase())
        }
        Chain::Tron => {
            let shape = text.len() == 34 && text.starts_with('T');
            (shape && base58check_version(text)? == 0x41).then(|| text.to_owned())
        }
    }
}

/// Version byte of a base58check text that decodes to 25 bytes (version, 20-byte hash,
/// 4-byte checksum) with a matching checksum.
fn base58check_version(text: &str) -> Option<u8> {
    let payload = bs58::decode(text).with_check(None).into_vec().ok()?;
    match payload.as_slice() {
        [version, hash @ ..] if hash.len() == 20 => Some(*version),
        _ => None,
    }
}

/// `0x` + 40 hex digits; mixed-case hex must carry a valid EIP-55 checksum.
fn verify_ethereum(text: &str) -> Option<String> {
    let hex = text.get(2..).filter(|hex| hex.len() == 40)?;
    let lower = hex.to_ascii_lowercase();
    let mixed_case =
        hex.bytes().any(|b| b.is_ascii_uppercase()) && hex.bytes().any(|b| b.is_ascii_lowercase());
    if mixed_case {
        let hash = Keccak256::digest(lower.as_bytes());
        let checksum_holds = hex.bytes().enumerate().all(|(i, b)| {
            let byte = hash[i / 2];
            let nibble = if i % 2 == 0 { byte >> 4 } else { byte & 0x0f };
            !b.is_ascii_alphabetic() || b.is_ascii_uppercase() == (nibble >= 8)
        });
        if !checksum_holds {
            return None;
        }
    }
    Some(format!("0x{lower}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEGWIT: &[&str] = &[
        // BIP-173
        "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4",
        "bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3",
        // BIP-350
        "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
        "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y",
        "BC1SW50QGDZ25J",
        "bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs",
    ];
    const BITCOIN_BASE58: &[&str] = &[
        "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
        "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
    ];
    const EIP55: &[&str] = &[
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
        "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
        "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
    ];
    const TRON: &[&str] = &["TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"];

    fn valid(chain: Chain, text: &str) -> WalletAddress {
        match parse(text) {
            Ok(Some(address)) => {
                assert_eq!(address.chain(), chain, "{text}");
                assert_eq!(address.typed(), text.trim_matches(is_gap));
                assert_eq!(detect(text), Some(chain), "{text}");
                address
            }
            other => panic!("{text} should be a valid {chain} address, got {other:?}"),
        }
    }

    fn checksummed() -> impl Iterator<Item = (Chain, &'static str)> {
        let btc = SEGWIT
            .iter()
            .chain(BITCOIN_BASE58)
            .map(|a| (Chain::Bitcoin, *a));
        let eth = EIP55.iter().map(|a| (Chain::Ethereum, *a));
        btc.chain(eth).chain(TRON.iter().map(|a| (Chain::Tron, *a)))
    }

    /// The character at byte `at` replaced by the next one of the same alphabet and case.
    fn with_one_character_changed(address: &str, at: usize) -> String {
        let groups: &[&str] = if address.starts_with("0x") {
            &["0123456789", "abcdef", "ABCDEF"]
        } else if address.starts_with("bc1") {
            &["qpzry9x8gf2tvdw0s3jn54khce6mua7l"]
        } else if address.starts_with("BC1") {
            &["QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"]
        } else {
            &["123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"]
        };
        let next = |c: char| {
            let group = groups
                .iter()
                .find(|g| g.contains(c))
                .expect("known alphabet");
            let i = group.find(c).expect("in group");
            group.chars().cycle().nth(i + 1).expect("cycle")
        };
        let changed: String = address
            .char_indices()
            .map(|(i, c)| if i == at { next(c) } else { c })
            .collect();
        assert_ne!(changed, address);
        changed
    }

    #[test]
    fn bip173_and_bip350_test_vectors_are_valid_bitcoin_addresses() {
        for address in SEGWIT {
            valid(Chain::Bitcoin, address);
        }
    }

    #[test]
    fn the_genesis_block_address_is_a_valid_bitcoin_address() {
        let address = valid(Chain::Bitcoin, "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa");
        assert_eq!(address.normalised(), "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa");
    }

    #[test]
    fn a_p2sh_address_is_a_valid_bitcoin_address() {
        let address = valid(Chain::Bitcoin, "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy");
        assert_eq!(address.normalised(), "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy");
    }

    #[test]
    fn the_eip55_examples_are_valid_ethereum_addresses() {
        for address in EIP55 {
            let parsed = valid(Chain::Ethereum, address);
            assert_eq!(parsed.normalised(), address.to_ascii_lowercase());
        }
    }

    #[test]
    fn all_upper_or_all_lower_case_ethereum_hex_has_no_checksum_and_is_accepted() {
        for address in [
            "0x52908400098527886E0F7030069857D2E4169EE7",
            "0x8617E340B3D01FA5F11F306F4090FD50E238070D",
            "0xde709f2102306220921060314715629080e2fb77",
            "0x27b1fdb04752bbc536007a920d24acb045561c26",
        ] {
            let parsed = valid(Chain::Ethereum, address);
            assert_eq!(parsed.normalised(), address.to_ascii_lowercase());
        }
    }

    #[test]
    fn the_tron_usdt_contract_is_a_valid_tron_address() {
        let address = valid(Chain::Tron, "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
        assert_eq!(address.normalised(), "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
        assert_eq!(address.chain().as_str(), "trx");
    }

    #[test]
    fn chains_have_short_codes() {
        assert_eq!(Chain::Bitcoin.as_str(), "btc");
        assert_eq!(Chain::Ethereum.as_str(), "eth");
        assert_eq!(Chain::Tron.as_str(), "trx");
    }

    #[test]
    fn one_changed_character_in_a_valid_address_is_a_bad_checksum() {
        for (chain, address) in checksummed() {
            // A mixed-case Ethereum address carries its checksum in its capitals.
            let expected = match chain {
                Chain::Ethereum => WalletError::BadCase(chain),
                _ => WalletError::BadChecksum(chain),
            };
            for at in [4, address.len() / 2, address.len() - 1] {
                let typo = with_one_character_changed(address, at);
                assert_eq!(detect(&typo), Some(chain), "{typo}");
                assert_eq!(parse(&typo), Err(expected.clone()), "{typo}");
            }
        }
    }

    #[test]
    fn one_letter_in_the_wrong_case_breaks_an_eip55_checksum() {
        for address in EIP55 {
            let at = address[2..]
                .find(|c: char| c.is_ascii_alphabetic())
                .expect("letter")
                + 2;
            let mut flipped = address.to_string();
            let c = flipped.remove(at);
            let other = if c.is_ascii_uppercase() {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            flipped.insert(at, other);
            let error = WalletError::BadCase(Chain::Ethereum);
            assert_eq!(parse(&flipped), Err(error), "{flipped}");
        }
    }

    #[test]
    fn a_dropped_or_doubled_character_is_a_bad_length_or_checksum() {
        for (chain, address) in checksummed().filter(|(_, a)| a.len() >= 20) {
            let dropped = format!("{}{}", &address[..10], &address[11..]);
            let doubled = format!("{}{}", &address[..11], &address[10..]);
            for typo in [dropped, doubled] {
                // Ethereum and Tron addresses have one length; Bitcoin's vary.
                let expected = match chain {
                    Chain::Bitcoin => WalletError::BadChecksum(chain),
                    _ => WalletError::BadLength {
                        chain,
                        length: typo.len(),
                        expected: address.len(),
                    },
                };
                assert_eq!(parse(&typo), Err(expected), "{typo}");
            }
        }
    }

    #[test]
    fn invalid_bip350_mainnet_vectors_are_bad_checksums() {
        for address in [
            "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd",
            "BC1S0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ54WELL",
            "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh",
            "BC130XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ7ZWS8R",
            "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v8n0nx0muaewav253zgeav",
            "BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P",
            "bc1zw508d6qejxtdg4y5r3zarvaryvq37eag7",
        ] {
            let error = WalletError::BadChecksum(Chain::Bitcoin);
            assert_eq!(parse(address), Err(error), "{address}");
        }
    }

    #[test]
    fn mixed_case_bech32_is_bad_case() {
        let mixed = "bc1qW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4";
        assert_eq!(detect(mixed), Some(Chain::Bitcoin));
        assert_eq!(parse(mixed), Err(WalletError::BadCase(Chain::Bitcoin)));
    }

    #[test]
    fn characters_outside_bech32_are_named() {
        // BIP-350's "invalid character in checksum" vector.
        let typo = "bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4";
        let error = WalletError::BadCharacters {
            chain: Chain::Bitcoin,
            characters: "o".into(),
        };
        assert_eq!(parse(typo), Err(error));
    }

    #[test]
    fn zero_x_and_40_characters_that_are_not_all_hex_is_a_mistyped_ethereum_address() {
        let typo = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAgO";
        assert_eq!(detect(typo), None);
        let error = WalletError::BadCharacters {
            chain: Chain::Ethereum,
            characters: "g O".into(),
        };
        assert_eq!(parse(typo), Err(error));
        // A Cyrillic "а" pasted from a look-alike.
        let homoglyph = "0x5\u{430}Aeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
        assert_eq!(
            parse(homoglyph).map_err(|e| e.to_string()),
            Err("not a valid eth address: it contains \u{430}".into())
        );
    }

    #[test]
    fn a_base58_address_with_a_character_base58_leaves_out_is_mistyped() {
        let cases = [
            ("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfN0", Chain::Bitcoin, "0"),
            ("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLl", Chain::Bitcoin, "l"),
            ("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLjOI", Chain::Tron, "O I"),
        ];
        for (typo, chain, characters) in cases {
            let error = WalletError::BadCharacters {
                chain,
                characters: characters.into(),
            };
            assert_eq!(parse(typo), Err(error), "{typo}");
        }
    }

    #[test]
    fn references_near_base58_shapes_stay_other_references() {
        for text in [
            // Capitals only: a reference number, not an address.
            "TRANSFERREFERENCE2024ABCDEFGHIJKLMN",
            // Mostly digits.
            "1234567890123456789012345Ab",
            // Too many characters base58 leaves out.
            "1OlIOlIOlIabcdefghijkmnopqrstuvw",
        ] {
            assert_eq!(parse(text), Ok(None), "{text}");
        }
    }

    #[test]
    fn upper_and_lower_case_bech32_of_the_same_address_normalise_equal() {
        let upper = valid(Chain::Bitcoin, "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4");
        let lower = valid(Chain::Bitcoin, "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4");
        assert_eq!(upper.normalised(), lower.normalised());
        assert_eq!(
            lower.normalised(),
            "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
        );
        assert_ne!(upper.typed(), lower.typed());
    }

    #[test]
    fn an_all_lower_case_ethereum_address_normalises_equal_to_its_checksummed_form() {
        for address in EIP55 {
            let checksummed = valid(Chain::Ethereum, address);
            let lower = valid(Chain::Ethereum, &address.to_ascii_lowercase());
            assert_eq!(checksummed.normalised(), lower.normalised());
        }
    }

    #[test]
    fn a_capital_0x_prefix_is_accepted_and_normalised() {
        let address = valid(
            Chain::Ethereum,
            "0X5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        );
        assert_eq!(
            address.normalised(),
            "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"
        );
    }

    #[test]
    fn surrounding_whitespace_is_trimmed() {
        let address = valid(
            Chain::Tron,
            " \t TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t\n\u{200B}",
        );
        assert_eq!(address.typed(), "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
    }

    #[test]
    fn spaces_inside_a_valid_address_are_removed_for_matching() {
        let spaced = "0x5aAe b605 3F3E 94C9 b9A0 9f33 6694 35E7 Ef1B eAed";
        let Ok(Some(address)) = parse(spaced) else {
            panic!("{spaced} should be valid");
        };
        assert_eq!(address.typed(), spaced);
        assert_eq!(
            address.normalised(),
            "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"
        );
        assert_eq!(detect(spaced), None);
        let wrapped = "bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0\n  gdcccefvpysxf3qccfmv3";
        let Ok(Some(address)) = parse(wrapped) else {
            panic!("{wrapped} should be valid");
        };
        assert_eq!(address.normalised(), SEGWIT[1]);
    }

    #[test]
    fn spaced_text_that_fails_the_checksum_is_not_a_wallet() {
        let typo = "0x5aAe b605 3F3E 94C9 b9A0 9f33 6694 35E7 Ef1B eAee";
        assert_eq!(parse(typo), Ok(None));
        assert_eq!(parse("The payment went to Kraken yesterday at"), Ok(None));
    }

    #[test]
    fn ordinary_words_ibans_and_numbers_are_not_wallets() {
        for text in [
            "",
            "   ",
            "Tesla Trading Ltd",
            "TeslaTradingLtd",
            "DE89370400440532013000",
            "DE89 3704 0044 0532 0130 00",
            "GB82WEST12345698765432",
            "123456",
            "12345678912345678912345678",
            "bank of x",
            "bc1",
            "0x",
            "0x1234",
            "tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx",
            "https://example.com/wallet",
            "Überweisung",
        ] {
            assert_eq!(detect(text), None, "{text:?}");
            assert_eq!(parse(text), Ok(None), "{text:?}");
        }
    }

    #[test]
    fn the_error_names_the_chain() {
        let error = WalletError::BadChecksum(Chain::Ethereum);
        assert_eq!(
            error.to_string(),
            "not a valid eth address: its checksum does not match"
        );
    }
}
