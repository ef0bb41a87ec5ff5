//! The made-up frauds the demo reports describe. One network, like the
//! case behind the service: its trading platforms and websites, the
//! accounts and wallets the money went to, the brokers' phone numbers,
//! e-mail addresses and names, and the "recovery" outfits that came back
//! later, built once from a fixed seed so every run reports the same network
//! and linkage finds it as one cluster. Around it, unrelated small
//! operations ([`Network::operation`]), each with its own platform, site,
//! accounts and numbers, that share nothing with the network or each other.
//! Popularity is heavy-tailed: a few entries are in thousands of reports,
//! most in far fewer.
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

/// How many entries of each kind the network has at 30,000 victims; fewer
/// in proportion for a smaller network, at least one of each.
const NETWORK_SHAPE: Shape = Shape {
    platforms: 40,
    ibans: 400,
    wallets: 400,
    phones: 150,
    emails: 120,
    aliases: 80,
    recovery: 40,
};
/// The network's victims that [`NETWORK_SHAPE`] is sized for.
const NETWORK_VICTIMS: u64 = 30_000;

/// How many entries of each kind a fraud has.
#[derive(Debug, Clone, Copy)]
struct Shape {
    platforms: usize,
    ibans: usize,
    wallets: usize,
    phones: usize,
    emails: usize,
    aliases: usize,
    recovery: usize,
}

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
    /// An entry by popularity, if the pool has any.
    pub fn pick(&self, rng: &mut impl Rng) -> Option<&Entry> {
        let u: f64 = rng.random::<f64>().powi(self.skew);
        let i = (u * self.entries.len() as f64) as usize;
        self.entries
            .get(i.min(self.entries.len().saturating_sub(1)))
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

/// One fraud: the network, or one small unrelated operation.
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
    /// The network, sized for `victims`; the same for every run. Fails only
    /// if the form's checks refuse what the generators made (a bug in either).
    #[allow(clippy::self_named_constructors)] // `Network::network(n)`: the demo's one network
    pub fn network(victims: u64) -> Result<Network, String> {
        let mut rng = SmallRng::seed_from_u64(WORLD_SEED);
        let scale = |n: usize| {
            let scaled = (n as u64 * victims).div_ceil(NETWORK_VICTIMS) as usize;
            scaled.clamp(1, n)
        };
        let shape = Shape {
            platforms: scale(NETWORK_SHAPE.platforms),
            ibans: scale(NETWORK_SHAPE.ibans),
            wallets: scale(NETWORK_SHAPE.wallets),
            phones: scale(NETWORK_SHAPE.phones),
            emails: scale(NETWORK_SHAPE.emails),
            aliases: scale(NETWORK_SHAPE.aliases),
            recovery: scale(NETWORK_SHAPE.recovery),
        };
        let (heads, tails) = PLATFORM_WORDS;
        let mut pairs: Vec<(&str, &str)> = heads
            .iter()
            .flat_map(|h| tails.iter().map(move |t| (*h, *t)))
            .collect();
        // So that popularity does not follow the alphabet.
        shuffle(&mut rng, &mut pairs);
        let platforms = pairs
            .into_iter()
            .take(shape.platforms)
            .enumerate()
            .map(|(n, (h, t))| {
                let host = format!("{}{}", h.to_lowercase(), t.to_lowercase());
                let names = [format!("{h}{t}"), format!("{h} {t}"), format!("{h}-{t}")];
                platform(
                    names,
                    [
                        format!("{host}.example"),
                        format!("{host}-{}.example", n % 10),
                    ],
                )
            })
            .collect::<Result<_, _>>()?;
        Network::build(&mut rng, platforms, shape, "")
    }

    /// A small operation, the `id`-th, that shares nothing with the
    /// network or any other operation: a platform whose name carries the
    /// operation's code, a site or two, a few accounts, wallets and numbers.
    pub fn operation(rng: &mut SmallRng, id: u64) -> Result<Network, String> {
        let (heads, tails) = PLATFORM_WORDS;
        let (h, t) = (
            heads[rng.random_range(0..heads.len())],
            tails[rng.random_range(0..tails.len())],
        );
        let code = operation_code(id);
        let host = format!(
            "{}{}-{}",
            h.to_lowercase(),
            t.to_lowercase(),
            code.to_lowercase()
        );
        let names = [
            format!("{h}{t} {code}"),
            format!("{h} {t} {code}"),
            format!("{h}-{t}-{code}"),
        ];
        let site = platform(
            names,
            [format!("{host}.example"), format!("{host}-app.example")],
        )?;
        let shape = Shape {
            platforms: 1,
            ibans: rng.random_range(1..=3),
            wallets: rng.random_range(1..=3),
            phones: rng.random_range(1..=2),
            emails: rng.random_range(0..=2),
            aliases: rng.random_range(1..=3),
            recovery: rng.random_range(0..=1),
        };
        Network::build(rng, vec![site], shape, &code.to_lowercase())
    }

    /// The pools of a fraud with these platforms; `tag` keeps its recovery
    /// outfits' names its own.
    fn build(
        rng: &mut SmallRng,
        platforms: Vec<Platform>,
        shape: Shape,
        tag: &str,
    ) -> Result<Network, String> {
        let ibans = repeat(rng, shape.ibans, |rng, _| {
            let iban = accounts::iban(rng);
            forms(3, |v| destination(&accounts::iban_typed(&iban, v)))
        })?;
        let wallets = repeat(rng, shape.wallets, |rng, _| {
            let wallet = accounts::wallet(rng);
            forms(2, |v| destination(&accounts::wallet_typed(&wallet, v)))
        })?;
        // By country, then shuffled: phonenumber keeps only the last 100
        // patterns compiled, and countries taken in turns would recompile them.
        let (n_phones, countries) = (shape.phones, BROKER_COUNTRIES.len());
        let first = match tag {
            "" => 0,
            _ => rng.random_range(0..countries),
        };
        let mut phones = repeat(rng, n_phones, |rng, n| {
            broker_phone(
                rng,
                BROKER_COUNTRIES[(first + n * countries / n_phones) % countries],
            )
        })?;
        shuffle(rng, &mut phones);
        let emails = repeat(rng, shape.emails, |rng, n| {
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
        let aliases = repeat(rng, shape.aliases, |rng, _| {
            let (first, last) = name(rng);
            let typed = [
                format!("{first} {last}"),
                format!("{first}  {last}").to_lowercase(),
            ];
            Ok(Entry {
                forms: typed.iter().map(|t| indicator::alias(t)).collect(),
            })
        })?;
        let n_recovery = shape.recovery;
        let recovery = repeat(rng, n_recovery, |rng, n| {
            recovery_entry(rng, n, n_recovery, tag)
        })?;
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

    /// A platform by popularity (index `len · u²`).
    pub fn platform(&self, rng: &mut impl Rng) -> &Platform {
        let u: f64 = rng.random::<f64>().powi(2);
        let i = (u * self.platforms.len() as f64) as usize;
        &self.platforms[i.min(self.platforms.len() - 1)]
    }
}

/// An operation's code, in capitals and digits that read unambiguously.
fn operation_code(mut id: u64) -> String {
    const DIGITS: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut code = Vec::new();
    loop {
        code.push(DIGITS[(id % 32) as usize]);
        id /= 32;
        if id == 0 {
            break;
        }
    }
    code.reverse();
    String::from_utf8_lossy(&code).into_owned()
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

/// A platform named three ways, with two websites each typed two ways.
fn platform(names: [String; 3], hosts: [String; 2]) -> Result<Platform, String> {
    let websites = hosts
        .iter()
        .map(|host| {
            let typed = [format!("https://www.{host}/login"), host.clone()];
            forms(2, |v| website(&typed[v]))
        })
        .collect::<Result<_, _>>()?;
    let [a, b, c] = names;
    Ok(Platform {
        names: vec![a, b, c.to_lowercase()],
        websites,
    })
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

/// The `n`-th of `of` "recovery" outfits' website, number or address;
/// `tag` sets one fraud's outfits apart from another's.
fn recovery_entry(rng: &mut SmallRng, n: usize, of: usize, tag: &str) -> Result<Entry, String> {
    let word = RECOVERY_WORDS[n % RECOVERY_WORDS.len()];
    let host = match tag {
        "" => format!("{word}-{}.example", n / RECOVERY_WORDS.len()),
        tag => format!("{word}-{tag}-{}.example", n / RECOVERY_WORDS.len()),
    };
    match n % 3 {
        0 => forms(2, |v| {
            website(&[format!("https://{host}/case"), host.clone()][v])
        }),
        1 => broker_phone(rng, ["GB", "CH", "CY", "IL"][n * 4 / of.max(1)]),
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
        let network = Network::network(30_000).expect("builds");
        assert_eq!(network.platforms.len(), 40);
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

    #[test]
    fn operations_share_no_linking_value_with_the_network_or_each_other() {
        let values = |fraud: &Network| {
            let pools = [
                &fraud.ibans,
                &fraud.wallets,
                &fraud.phones,
                &fraud.emails,
                &fraud.recovery,
            ];
            let mut all: Vec<String> = pools
                .iter()
                .flat_map(|p| p.entries().iter().map(|e| e.forms[0].normalised.clone()))
                .collect();
            for p in &fraud.platforms {
                all.push(indicator::platform(&p.names[0]).normalised);
                all.extend(p.websites.iter().map(|w| w.forms[0].normalised.clone()));
            }
            all
        };
        let mut seen: std::collections::HashSet<String> =
            values(&Network::network(30_000).expect("builds"))
                .into_iter()
                .collect();
        let mut rng = SmallRng::seed_from_u64(7);
        for id in 0..300 {
            let operation = Network::operation(&mut rng, id).expect("builds");
            for value in values(&operation) {
                assert!(
                    seen.insert(value.clone()),
                    "{value} of operation {id} again"
                );
            }
        }
    }
}
