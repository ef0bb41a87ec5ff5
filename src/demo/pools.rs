//! The made-up fraud network the demo reports describe: ~200 trading
//! platforms with their websites, the accounts and wallets the money went
//! to, the brokers' phone numbers, e-mail addresses and names, and the
//! "recovery" outfits that came back later. Built once from a fixed seed, so
//! every run (whatever its own seed) reports the same network and linkage
//! finds the same clusters. Popularity is heavy-tailed: a few entries are
//! in thousands of reports, most in far fewer.
//!
//! Every entry keeps a few typed forms, each with the indicator the form's
//! own functions ([`crate::domain::indicator`]) made of it. Websites and
//! e-mail addresses use the reserved `.example` top-level domain.

use rand::rngs::SmallRng;
use rand::{Rng, SeedableRng};

use super::accounts;
use super::stories::{FIRST_NAMES, LAST_NAMES};
use crate::domain::indicator::{self, Indicator};

/// The seed of the network: the same for every run.
const WORLD_SEED: u64 = 0x6672_6175_6477_6f72;
const PLATFORM_WORDS: (&[&str], &[&str]) = (
    &[
        "Bit", "Crypto", "Forex", "Alpha", "Prime", "Quantum", "Global", "Royal", "Capital",
        "Nova", "Stellar", "Apex", "Zen", "Trust", "Golden", "Swiss", "Euro", "Blue", "Nordic",
        "Atlas",
    ],
    &[
        "Trade", "Invest", "Markets", "Capital", "FX", "Coin", "Options", "Profit", "Wealth",
        "Exchange", "Edge", "Assets",
    ],
);
/// Countries of the brokers' phone numbers (call centres and forwarding lines).
const BROKER_COUNTRIES: &[&str] = &[
    "GB", "CY", "IL", "UA", "GE", "BG", "EE", "LV", "DE", "ES", "CH", "NL", "PL", "TR", "AE", "RS",
];
const RECOVERY_WORDS: &[&str] = &[
    "asset-recovery",
    "fundsback",
    "claims-legal",
    "intftc",
    "refund-bureau",
    "cyber-recovery",
    "chargeback-law",
    "eu-fraud-unit",
];

/// Websites, numbers and addresses of the "recovery" outfits.
const RECOVERY_ENTRIES: usize = 120;

/// One entry (a website, an account, a number …) and its typed forms.
pub struct Entry {
    pub forms: Vec<Indicator>,
}

impl Entry {
    /// One of the typed forms.
    pub fn form(&self, rng: &mut impl Rng) -> &Indicator {
        &self.forms[rng.random_range(0..self.forms.len())]
    }
}

/// Entries of one kind, drawn with heavy-tailed popularity: the index is
/// `len · u^skew` for a uniform `u`, so the first entries come up most.
pub struct Pool {
    entries: Vec<Entry>,
    skew: i32,
}

impl Pool {
    /// An entry by popularity.
    pub fn pick(&self, rng: &mut impl Rng) -> &Entry {
        let u: f64 = rng.random::<f64>().powi(self.skew);
        let i = (u * self.entries.len() as f64) as usize;
        &self.entries[i.min(self.entries.len() - 1)]
    }

    /// Every entry, most popular first.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }
}

/// A platform: its name as typed several ways, and its websites.
pub struct Platform {
    pub names: Vec<String>,
    pub websites: Vec<Entry>,
}

/// The whole network.
pub struct Network {
    pub platforms: Vec<Platform>,
    pub ibans: Pool,
    pub wallets: Pool,
    pub phones: Pool,
    pub emails: Pool,
    pub aliases: Pool,
    pub recovery: Pool,
}

impl Network {
    /// Builds the network; fails only if the form's checks refuse what the
    /// generators made (a bug in either).
    pub fn build() -> Result<Network, String> {
        let mut rng = SmallRng::seed_from_u64(WORLD_SEED);
        let platforms = platforms(&mut rng)?;
        let ibans = repeat(&mut rng, 2_000, |rng, _| {
            let iban = accounts::iban(rng);
            forms(3, |v| destination(&accounts::iban_typed(&iban, v)))
        })?;
        let wallets = repeat(&mut rng, 2_000, |rng, _| {
            let wallet = accounts::wallet(rng);
            forms(2, |v| destination(&accounts::wallet_typed(&wallet, v)))
        })?;
        // By country, then shuffled: phonenumber keeps only the last 100
        // patterns compiled, and countries taken in turns would recompile them.
        let mut phones = repeat(&mut rng, 600, |rng, n| {
            broker_phone(rng, BROKER_COUNTRIES[n * BROKER_COUNTRIES.len() / 600])
        })?;
        shuffle(&mut rng, &mut phones);
        let emails = repeat(&mut rng, 600, |rng, n| {
            let domain = &platforms[n % platforms.len()].websites[0].forms[0].normalised;
            let (first, last) = name(rng);
            let last = last.replace('ü', "ue");
            let local = match n % 3 {
                0 => format!("{first}.{last}"),
                1 => format!("support{}", n % 7),
                _ => format!("{}{}", &first[..1], last),
            };
            let typed = format!("{local}@{domain}");
            forms(2, |v| {
                let t = if v == 0 {
                    typed.clone()
                } else {
                    typed.to_lowercase()
                };
                indicator::email(&t).ok_or_else(|| format!("e-mail {t}"))
            })
        })?;
        let aliases = repeat(&mut rng, 300, |rng, _| {
            let (first, last) = name(rng);
            let typed = [
                format!("{first} {last}"),
                format!("{first}  {last}").to_lowercase(),
            ];
            Ok(Entry {
                forms: typed.iter().map(|t| indicator::alias(t)).collect(),
            })
        })?;
        let recovery = repeat(&mut rng, RECOVERY_ENTRIES, recovery_entry)?;
        let skewed = |entries, skew| Pool { entries, skew };
        Ok(Network {
            platforms,
            ibans: skewed(ibans, 3),
            wallets: skewed(wallets, 3),
            phones: skewed(phones, 2),
            emails: skewed(emails, 2),
            aliases: skewed(aliases, 2),
            recovery: skewed(recovery, 2),
        })
    }

    /// A platform by popularity (index `200 · u²`).
    pub fn platform(&self, rng: &mut impl Rng) -> &Platform {
        let u: f64 = rng.random::<f64>().powi(2);
        let i = (u * self.platforms.len() as f64) as usize;
        &self.platforms[i.min(self.platforms.len() - 1)]
    }
}

fn repeat(
    rng: &mut SmallRng,
    n: usize,
    mut make: impl FnMut(&mut SmallRng, usize) -> Result<Entry, String>,
) -> Result<Vec<Entry>, String> {
    (0..n).map(|i| make(rng, i)).collect()
}

fn forms(n: usize, make: impl Fn(usize) -> Result<Indicator, String>) -> Result<Entry, String> {
    let forms = (0..n).map(make).collect::<Result<Vec<_>, _>>()?;
    Ok(Entry { forms })
}

/// A payment destination run through the form's check.
pub fn destination(typed: &str) -> Result<Indicator, String> {
    match indicator::destination(typed) {
        Ok(Some(found)) => Ok(found),
        other => Err(format!("destination {typed}: {other:?}")),
    }
}

fn name(rng: &mut impl Rng) -> (&'static str, &'static str) {
    let first = FIRST_NAMES[rng.random_range(0..FIRST_NAMES.len())];
    (first, LAST_NAMES[rng.random_range(0..LAST_NAMES.len())])
}

fn platforms(rng: &mut SmallRng) -> Result<Vec<Platform>, String> {
    let (heads, tails) = PLATFORM_WORDS;
    let mut pairs: Vec<(&str, &str)> = heads
        .iter()
        .flat_map(|h| tails.iter().map(move |t| (*h, *t)))
        .collect();
    // So that popularity does not follow the alphabet.
    shuffle(rng, &mut pairs);
    pairs.truncate(200);
    pairs
        .into_iter()
        .enumerate()
        .map(|(n, (h, t))| {
            let names = vec![
                format!("{h}{t}"),
                format!("{h} {t}"),
                format!("{h}-{t}").to_lowercase(),
            ];
            let host = format!("{}{}", h.to_lowercase(), t.to_lowercase());
            let hosts = [
                format!("{host}.example"),
                format!("{host}-{}.example", n % 10),
            ];
            let websites = hosts
                .iter()
                .map(|host| {
                    let typed = [format!("https://www.{host}/login"), host.clone()];
                    forms(2, |v| website(&typed[v]))
                })
                .collect::<Result<_, _>>()?;
            Ok(Platform { names, websites })
        })
        .collect()
}

fn shuffle<T>(rng: &mut SmallRng, list: &mut [T]) {
    for i in (1..list.len()).rev() {
        list.swap(i, rng.random_range(0..=i));
    }
}

fn website(typed: &str) -> Result<Indicator, String> {
    indicator::website(typed).ok_or_else(|| format!("website {typed}"))
}

/// A broker's number, written with its country code (with and without a
/// space), accepted by the form whatever the victim's residence.
fn broker_phone(rng: &mut SmallRng, country: &str) -> Result<Entry, String> {
    for _ in 0..50 {
        let Some(typed) = accounts::phone(rng, country, true) else {
            break;
        };
        let compact = typed.replace(' ', "");
        if let (Some(a), Some(b)) = (
            indicator::phone(&typed, None),
            indicator::phone(&compact, None),
        ) {
            return Ok(Entry { forms: vec![a, b] });
        }
    }
    Err(format!("no valid phone number for {country}"))
}

/// A "recovery" outfit's website, number or address.
fn recovery_entry(rng: &mut SmallRng, n: usize) -> Result<Entry, String> {
    let word = RECOVERY_WORDS[n % RECOVERY_WORDS.len()];
    let host = format!("{word}-{}.example", n / RECOVERY_WORDS.len());
    match n % 3 {
        0 => forms(2, |v| {
            website(&[format!("https://{host}/case"), host.clone()][v])
        }),
        1 => broker_phone(rng, ["GB", "CH", "CY", "IL"][n * 4 / RECOVERY_ENTRIES]),
        _ => forms(1, |_| {
            let t = format!("claims@{host}");
            indicator::email(&t).ok_or_else(|| format!("e-mail {t}"))
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_network_builds_and_its_typed_forms_agree() {
        let network = Network::build().expect("builds");
        assert_eq!(network.platforms.len(), 200);
        for pool in [
            &network.ibans,
            &network.wallets,
            &network.phones,
            &network.emails,
        ] {
            for entry in pool.entries() {
                let first = &entry.forms[0];
                assert!(entry.forms.iter().all(|f| f.normalised == first.normalised));
            }
        }
    }
}
