//! One demo report, made the way intake makes a real one: a [`Report`]
//! whose indicators the form's own functions normalised, routed by
//! [`routing::route`] with the real directory, its contact details and story
//! sealed with [`SealedContact::of`].

use std::collections::HashMap;

use chrono::{Duration, NaiveDateTime};
use rand::rngs::SmallRng;
use rand::{Rng, RngCore, SeedableRng};

use super::accounts::ContactPhones;
use super::operations::Operations;
use super::payments::{payments, weighted};
use super::pools::{Network, Platform};
use super::world::{self, Country, CountryPicker};
use super::{reference, stories};
use crate::db::demo::SeededReport;
use crate::db::reports::{SealedContact, Submission};
use crate::domain::check::Origin;
use crate::domain::choice::{Answer, Channel};
use crate::domain::indicator::{self, Indicator};
use crate::domain::money::format_minor;
use crate::domain::{CountryCode, Report};
use crate::geo::Location;
use crate::keys::{Keys, LOOKUP_KEY_BYTES};
use crate::routing::{self, Decision, Directory};
use crate::seal::Sealer;

/// Where connections appear from when they do not match the residence (VPNs, travel).
const ELSEWHERE: &[&str] = &["NL", "DE", "US", "GB", "FR", "SE", "CH", "UA", "ES", "TR"];

/// How many countries the network's victims live in (the heaviest of
/// [`world::COUNTRIES`]).
pub const NETWORK_COUNTRIES: usize = 71;

/// Makes demo reports; holds the network, the operations running, and the
/// routing decisions made so far.
pub struct Generator<'a> {
    network: Network,
    operations: Operations,
    /// Where the network's victims live.
    network_countries: CountryPicker,
    /// Where other victims live.
    countries: CountryPicker,
    phones: ContactPhones,
    directory: &'a Directory,
    sealer: &'a Sealer,
    keys: &'a Keys,
    routes: HashMap<(&'static str, Option<String>), Decision>,
    /// When the first report of the run is dated, and over how many seconds they spread.
    start: NaiveDateTime,
    span: i64,
}

impl<'a> Generator<'a> {
    /// A generator for reports dated between `start` and `start + span`,
    /// with a network sized for `network_victims` and operations numbered
    /// from `first_operation`.
    pub fn new(
        (directory, sealer, keys): (&'a Directory, &'a Sealer, &'a Keys),
        (start, span): (NaiveDateTime, Duration),
        network_victims: u64,
        first_operation: u64,
    ) -> Result<Generator<'a>, String> {
        Ok(Generator {
            network: Network::of_victims(network_victims)?,
            operations: Operations::new(first_operation),
            network_countries: CountryPicker::heaviest(NETWORK_COUNTRIES),
            countries: CountryPicker::new(),
            phones: ContactPhones::new(
                &mut SmallRng::seed_from_u64(0),
                &world::COUNTRIES.iter().map(|c| c.code).collect::<Vec<_>>(),
            ),
            directory,
            sealer,
            keys,
            routes: HashMap::new(),
            start,
            span: span.num_seconds().max(1),
        })
    }

    /// The report at `share` (0 to 1) of the run, the `ordinal`-th of all
    /// demo runs: a victim of the network, or of one of the operations.
    pub fn report(
        &mut self,
        rng: &mut SmallRng,
        (ordinal, share): (u64, f64),
        of_network: bool,
    ) -> Result<SeededReport, String> {
        let created_at = self.start + Duration::seconds((share * self.span as f64) as i64);
        let (fraud, home) = match of_network {
            true => (&self.network, self.network_countries.pick(rng)),
            false => self.operations.next(rng, &self.countries)?,
        };
        let victim = Victim {
            phones: &self.phones,
            directory: self.directory,
        };
        let report = victim.report(rng, fraud, home, (ordinal, created_at));
        let recovery = match report.recovery_approach {
            Some(Answer::Yes) if rng.random_bool(0.7) => (0..rng.random_range(1..=3))
                .filter_map(|_| Some(fraud.recovery.pick(rng)?.form(rng).clone()))
                .collect(),
            _ => Vec::new(),
        };
        let routing = self.route(report.residence, report.residence_region.as_deref());
        let keys = self.keys;
        let sealed = SealedContact::of(&report, self.sealer, |a| keys.address_key(a));
        // Not from the seeded generator: nobody can derive these.
        let followup_key = random_key();
        Ok(SeededReport {
            submission: Submission {
                geo: geo(rng, &report),
                report,
                routing,
                followup_key,
                notify: None,
                sealed,
                // Each demo victim sent from a browser and a network of
                // their own.
                origin: Origin {
                    session: Some(random_key()),
                    network: Some(random_key()),
                },
            },
            reference: reference::nth(ordinal),
            created_at,
            recovery: dedupe(recovery),
        })
    }

    /// The decision for a residence, made once by the real router.
    fn route(&mut self, country: CountryCode, region: Option<&str>) -> Decision {
        let key = (country.as_str(), region.map(str::to_string));
        let directory = self.directory;
        self.routes
            .entry(key)
            .or_insert_with(|| routing::route(directory, country, region))
            .clone()
    }
}

/// What a victim's report is made with besides its fraud.
struct Victim<'g> {
    phones: &'g ContactPhones,
    directory: &'g Directory,
}

impl Victim<'_> {
    /// The report of a victim of `fraud` living in `country`.
    fn report(
        &self,
        rng: &mut impl Rng,
        fraud: &Network,
        (country, residence): (&'static Country, CountryCode),
        (ordinal, created_at): (u64, NaiveDateTime),
    ) -> Report {
        let locale = world::language(country, rng);
        let platform = fraud.platform(rng);
        let platform_name = platform.names[rng.random_range(0..platform.names.len())].clone();
        let reported = created_at.date();
        let first_contact = reported - Duration::days(rng.random_range(10..420));
        let mut found = vec![indicator::platform(&platform_name)];
        scam_indicators(rng, fraud, platform, &mut found);
        let paid = payments(
            rng,
            fraud,
            country.currency,
            (first_contact, reported),
            &mut found,
        );
        let contact_email = rng
            .random_bool(0.9)
            .then(|| format!("victim{ordinal}@example.org"));
        let fiat = paid.first().and_then(|p| p.fiat);
        let story = fiat.filter(|_| rng.random_bool(0.6)).map(|f| {
            let amount = format_minor(f.amount_minor, f.currency.code());
            let month = first_contact.format("%Y-%m").to_string();
            stories::story(rng, locale, &platform_name, &amount, &month)
        });
        Report {
            locale: locale.to_string(),
            consent_warnings: contact_email.is_some() && rng.random_bool(0.75),
            contact_email,
            contact_phone: rng
                .random_bool(0.75)
                .then(|| self.phones.number(rng, residence.as_str()))
                .flatten(),
            residence,
            residence_region: world::region(self.directory, country.code, rng),
            first_contact_channel: rng.random_bool(0.9).then(|| channel(rng)),
            first_contact_on: rng.random_bool(0.8).then_some(first_contact),
            platform_name: Some(platform_name),
            remote_access: answer(rng, [40, 30, 15, 15]),
            recovery_approach: answer(rng, [22, 45, 8, 25]),
            story,
            payments: paid,
            indicators: dedupe(found),
        }
    }
}

/// The platform's websites, the callers' names, numbers and addresses.
fn scam_indicators(
    rng: &mut impl Rng,
    fraud: &Network,
    platform: &Platform,
    found: &mut Vec<Indicator>,
) {
    if rng.random_bool(0.75) {
        for site in platform.websites.iter().take(rng.random_range(1..=2)) {
            found.push(site.form(rng).clone());
        }
    }
    for (share, max, pool) in [
        (0.4, 2, &fraud.aliases),
        (0.65, 3, &fraud.phones),
        (0.35, 2, &fraud.emails),
    ] {
        if rng.random_bool(share) {
            for _ in 0..rng.random_range(1..=max) {
                if let Some(entry) = pool.pick(rng) {
                    found.push(entry.form(rng).clone());
                }
            }
        }
    }
}

/// Mostly where the victim lives; sometimes elsewhere; sometimes unknown.
fn geo(rng: &mut impl Rng, report: &Report) -> Option<Location> {
    match rng.random_range(0..100) {
        0..=81 => Some(Location {
            country: report.residence,
            region: report
                .residence_region
                .clone()
                .filter(|_| rng.random_bool(0.7)),
        }),
        82..=91 => Some(Location {
            country: CountryCode::parse(ELSEWHERE[rng.random_range(0..ELSEWHERE.len())])?,
            region: None,
        }),
        _ => None,
    }
}

fn channel(rng: &mut impl Rng) -> Channel {
    Channel::ALL[weighted(rng, &[25, 35, 12, 8, 10, 5, 5])]
}

/// Yes, no, unsure or no answer, by weight.
fn answer(rng: &mut impl Rng, weights: [u32; 4]) -> Option<Answer> {
    [
        Some(Answer::Yes),
        Some(Answer::No),
        Some(Answer::Unsure),
        None,
    ][weighted(rng, &weights)]
}

/// One indicator per kind and normalised value, as the form keeps them.
fn dedupe(mut list: Vec<Indicator>) -> Vec<Indicator> {
    let mut seen = std::collections::HashSet::new();
    list.retain(|i| seen.insert((i.kind, i.normalised.clone())));
    list
}

/// A key nobody can derive (not from the seeded generator), as the public
/// check's origin hashes are.
fn random_key() -> Vec<u8> {
    let mut key = vec![0u8; LOOKUP_KEY_BYTES];
    rand::rng().fill_bytes(&mut key);
    key
}
