//! The unrelated small frauds around the network: each report that is not
//! the network's goes to one of a few dozen operations running at the time,
//! so an operation's victims report close together and its cluster grows
//! to between one and a few dozen reports, mostly from its home country.

use rand::Rng;
use rand::rngs::SmallRng;

use super::payments::weighted;
use super::pools::Network;
use super::world::{Country, CountryPicker};
use crate::domain::CountryCode;

/// How many operations run at once.
const RUNNING: usize = 48;
/// An operation's number of victims, by weight: (weight, fewest, most).
const SIZES: &[(u32, u32, u32)] = &[(30, 1, 1), (30, 2, 3), (25, 4, 10), (15, 11, 40)];
/// Share of an operation's victims who live in its home country.
const AT_HOME: f64 = 0.8;

/// One running operation.
struct Operation {
    fraud: Network,
    home: (&'static Country, CountryCode),
    left: u32,
}

/// The operations running now; new ones start as others run out.
pub struct Operations {
    running: Vec<Operation>,
    next_id: u64,
}

impl Operations {
    /// Operations numbered from `first_id` (distinct across runs, so two
    /// runs' operations never share a name or a website).
    pub fn new(first_id: u64) -> Operations {
        Operations {
            running: Vec::with_capacity(RUNNING),
            next_id: first_id,
        }
    }

    /// The operation of the next victim who is not the network's, and
    /// where that victim lives.
    pub fn next(
        &mut self,
        rng: &mut SmallRng,
        countries: &CountryPicker,
    ) -> Result<(&Network, (&'static Country, CountryCode)), String> {
        // Those whose last victim reported stop running.
        self.running.retain(|o| o.left > 0);
        let weights: Vec<u32> = SIZES.iter().map(|s| s.0).collect();
        while self.running.len() < RUNNING {
            let fraud = Network::operation(rng, self.next_id)?;
            self.next_id += 1;
            let (_, fewest, most) = SIZES[weighted(rng, &weights)];
            self.running.push(Operation {
                fraud,
                home: countries.pick(rng),
                left: rng.random_range(fewest..=most),
            });
        }
        let i = rng.random_range(0..self.running.len());
        let residence = match rng.random_bool(AT_HOME) {
            true => self.running[i].home,
            false => countries.pick(rng),
        };
        let operation = &mut self.running[i];
        operation.left -= 1;
        Ok((&operation.fraud, residence))
    }
}
