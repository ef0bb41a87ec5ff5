//! Generators shared by the properties: valid values built independently of
//! the code under test, and the ways people damage them when typing or
//! pasting (a changed, dropped, doubled or swapped character, other capitals,
//! spaces, look-alike letters from other alphabets, very long text).

use proptest::prelude::*;
use sha3::{Digest, Keccak256};

/// Characters that turn up in pasted text: look-alikes, invisible ones,
/// right-to-left marks, emoji, combining accents.
const STRANGE: &[char] = &[
    'а', 'е', 'о', 'р', 'с', 'І', 'Ο', 'ı', 'İ', 'ß', 'ẞ', 'ﬁ', '\u{200B}', '\u{200D}', '\u{FEFF}',
    '\u{202E}', '\u{0301}', '\u{00A0}', '\u{3000}', '０', '１', '💸', '€', '\0', '\t', '\n', '%',
    '+', '-', '.', ',', '@', '/', ':',
];

/// Any text, weighted towards the characters parsers trip over.
pub fn any_text() -> BoxedStrategy<String> {
    prop_oneof![
        2 => any::<String>(),
        2 => prop::collection::vec(prop::sample::select(STRANGE), 0..12)
            .prop_map(|v| v.into_iter().collect()),
        1 => "[0-9A-Za-z .,'+()/:@-]{0,60}",
        1 => (".{0,8}", 300..5000_usize).prop_map(|(s, n)| s.repeat(n / s.len().max(1) + 1)),
    ]
    .boxed()
}

/// `valid` itself, or one to three typing or pasting accidents applied to it.
pub fn mutated(valid: BoxedStrategy<String>) -> BoxedStrategy<String> {
    (valid, prop::collection::vec(mutation(), 0..4))
        .prop_map(|(text, mutations)| mutations.iter().fold(text, |t, m| m.apply(&t)))
        .boxed()
}

/// One accident, at a position given as a fraction of the text.
#[derive(Debug, Clone)]
pub enum Mutation {
    Replace(f64, char),
    Delete(f64),
    Insert(f64, char),
    Double(f64),
    SwapCase(f64),
    SwapNeighbours(f64),
    Upper,
    Lower,
    Spaces(usize),
    Surround(char),
    Truncate(f64),
    Repeat(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let at = 0.0..1.0_f64;
    let typed = prop_oneof![
        prop::char::range('0', '9'),
        prop::char::range('a', 'z'),
        prop::char::range('A', 'Z'),
        prop::sample::select(STRANGE),
        any::<char>(),
    ];
    prop_oneof![
        (at.clone(), typed.clone()).prop_map(|(a, c)| Mutation::Replace(a, c)),
        at.clone().prop_map(Mutation::Delete),
        (at.clone(), typed).prop_map(|(a, c)| Mutation::Insert(a, c)),
        at.clone().prop_map(Mutation::Double),
        at.clone().prop_map(Mutation::SwapCase),
        at.clone().prop_map(Mutation::SwapNeighbours),
        Just(Mutation::Upper),
        Just(Mutation::Lower),
        (1..6_usize).prop_map(Mutation::Spaces),
        prop::sample::select(STRANGE).prop_map(Mutation::Surround),
        at.prop_map(Mutation::Truncate),
        (2..40_usize).prop_map(Mutation::Repeat),
    ]
}

impl Mutation {
    fn apply(&self, text: &str) -> String {
        let mut chars: Vec<char> = text.chars().collect();
        let index = |f: f64, len: usize| ((f * len as f64) as usize).min(len.saturating_sub(1));
        let n = chars.len();
        match *self {
            Mutation::Replace(f, c) if n > 0 => chars[index(f, n)] = c,
            Mutation::Delete(f) if n > 0 => {
                chars.remove(index(f, n));
            }
            Mutation::Insert(f, c) => chars.insert(index(f, n + 1), c),
            Mutation::Double(f) if n > 0 => {
                let i = index(f, n);
                chars.insert(i, chars[i]);
            }
            Mutation::SwapCase(f) if n > 0 => {
                let i = index(f, n);
                let c = chars[i];
                let swapped = if c.is_uppercase() {
                    c.to_lowercase().next()
                } else {
                    c.to_uppercase().next()
                };
                chars[i] = swapped.unwrap_or(c);
            }
            Mutation::SwapNeighbours(f) if n > 1 => {
                let i = index(f, n - 1);
                chars.swap(i, i + 1);
            }
            Mutation::Upper => return text.to_uppercase(),
            Mutation::Lower => return text.to_lowercase(),
            Mutation::Spaces(every) => {
                return chars
                    .chunks(every)
                    .map(|c| c.iter().collect::<String>())
                    .collect::<Vec<_>>()
                    .join(" ");
            }
            Mutation::Surround(c) => return format!("{c}{text}{c}"),
            Mutation::Truncate(f) => chars.truncate(index(f, n + 1)),
            Mutation::Repeat(times) => return text.repeat(times),
            _ => {}
        }
        chars.into_iter().collect()
    }
}

/// EIP-55 capitals for 40 lower-case hex digits, computed here from the
/// EIP's description rather than by the code under test.
pub fn eip55(lower_hex: &str) -> String {
    let hash = Keccak256::digest(lower_hex.as_bytes());
    let capitals: String = lower_hex
        .chars()
        .enumerate()
        .map(|(i, c)| {
            let nibble = (hash[i / 2] >> (4 * (1 - i % 2))) & 0x0f;
            if nibble >= 8 {
                c.to_ascii_uppercase()
            } else {
                c
            }
        })
        .collect();
    format!("0x{capitals}")
}

/// A valid address of each kind the service knows, from random key hashes.
pub fn valid_wallet() -> BoxedStrategy<String> {
    let hash = prop::array::uniform20(any::<u8>());
    prop_oneof![
        (hash, prop::sample::select(vec![0x00_u8, 0x05]))
            .prop_map(|(h, version)| base58check(version, &h)),
        hash.prop_map(|h| base58check(0x41, &h)),
        (hash, any::<bool>(), any::<bool>()).prop_map(|(h, checksummed, upper)| {
            let lower = hex::encode(h);
            match (checksummed, upper) {
                (true, _) => eip55(&lower),
                (false, true) => format!("0x{}", lower.to_ascii_uppercase()),
                (false, false) => format!("0x{lower}"),
            }
        }),
        (segwit_program(), any::<bool>()).prop_map(|((version, program), upper)| {
            let version = bech32::Fe32::try_from(version).expect("version below 17");
            let address = bech32::segwit::encode(bech32::hrp::BC, version, &program)
                .expect("a valid program");
            if upper {
                address.to_ascii_uppercase()
            } else {
                address
            }
        }),
    ]
    .boxed()
}

/// A witness version and a program of a length BIP-141 allows for it.
fn segwit_program() -> impl Strategy<Value = (u8, Vec<u8>)> {
    prop_oneof![
        (Just(0_u8), prop::sample::select(vec![20_usize, 32])),
        (1..=16_u8, 2..=40_usize),
    ]
    .prop_flat_map(|(version, len)| (Just(version), prop::collection::vec(any::<u8>(), len)))
}

fn base58check(version: u8, hash: &[u8; 20]) -> String {
    let mut payload = vec![version];
    payload.extend_from_slice(hash);
    bs58::encode(payload).with_check().into_string()
}

/// Valid IBANs of several layouts: the digits and letters of real examples
/// replaced by random ones of the same kind, with check digits computed here.
pub fn valid_iban() -> BoxedStrategy<String> {
    let examples = vec![
        "DE89370400440532013000",
        "GB82WEST12345698765432",
        "EE382200221020145685",
        "FR1420041010050500013M02606",
        "LV80BANK0000435195001",
        "NL91ABNA0417164300",
        "FI2112345600000785",
        "MT84MALT011000012345MTLCAST001S",
        "TR330006100519786457841326",
        "UA213223130000026007233566001",
        "NO9386011117947",
        "LC55HEMM000100010012001200023015",
    ];
    (prop::sample::select(examples), any::<u64>())
        .prop_map(|(example, seed)| {
            let (country, bban) = (&example[..2], &example[4..]);
            let bban: String = bban
                .chars()
                .enumerate()
                .map(|(i, c)| {
                    let r = (seed.rotate_left(i as u32 * 7) % 26) as u8;
                    if c.is_ascii_digit() {
                        char::from(b'0' + r % 10)
                    } else {
                        char::from(b'A' + r)
                    }
                })
                .collect();
            format!("{country}{:02}{bban}", iban_check_digits(country, &bban))
        })
        .boxed()
}

/// ISO 13616 check digits, written out here independently of the service.
pub fn iban_check_digits(country: &str, bban: &str) -> u32 {
    let digits: String = format!("{bban}{country}00")
        .chars()
        .map(|c| c.to_digit(36).expect("alphanumeric").to_string())
        .collect();
    let remainder = digits
        .bytes()
        .fold(0_u32, |r, d| (r * 10 + u32::from(d - b'0')) % 97);
    98 - remainder
}

/// An IBAN printed the way banks do: groups of four.
pub fn grouped(text: &str) -> String {
    text.as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).to_string())
        .collect::<Vec<_>>()
        .join(" ")
}
