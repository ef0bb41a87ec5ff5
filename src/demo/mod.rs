//! Demo data: up to millions of realistic, made-up reports for benchmarking
//! and showing the police portal (`fraudreport demo seed --reports N`).
//!
//! The reports describe one made-up fraud network ([`pools`]) whose victims
//! live in 71 countries, weighted like the case behind the service
//! ([`world`]), and around it many small unrelated operations
//! ([`operations`]) that linkage must keep apart from it; victims
//! writing in the form's languages, routed by the real directory, with
//! contact details sealed as intake seals them, payments to accounts and
//! wallets shared across reports and countries, and indicators normalised by
//! the form's own functions. References are real [`crate::domain::CaseRef`]s
//! that never repeat; follow-up keys are random, so no one can open these
//! cases from outside.
//!
//! No outbox rows are written and no address is marked confirmed, so no
//! receipt, follow-up warning or campaign ever mails a demo victim.
//!
//! Each run is recorded in `demo_seeds`, batch by batch; a database holding
//! any report the generator did not make is refused. Generation runs on its
//! own thread while the previous batch is stored.

mod accounts;
pub mod officers;
mod operations;
mod payments;
pub mod pools;
mod reference;
mod report;
mod stories;
pub mod world;

use std::sync::mpsc;

use chrono::{Duration, Utc};
use rand::SeedableRng;
use rand::rngs::SmallRng;

use crate::db::demo::{self as store, SeededReport};
use crate::db::{DbConnection, write_transaction};
use crate::keys::Keys;
use crate::routing::Directory;
use crate::seal::Sealer;
use report::Generator;

/// How far back the reports go (about 18 months).
const SPREAD_DAYS: i64 = 548;

/// What to generate.
#[derive(Debug, Clone)]
pub struct SeedOptions {
    /// How many reports.
    pub reports: u64,
    /// The seed of the generator: the same seed makes the same reports
    /// (but for the sealed values' nonces and the follow-up keys).
    pub seed: u64,
    /// Reports per transaction.
    pub batch: usize,
    /// How many of the reports are the network's victims (the rest are
    /// small unrelated operations'), spread evenly over the run; `None`:
    /// [`network_share`].
    pub network: Option<u64>,
    /// When a value is too common to link; the clusters are rebuilt once
    /// all reports are in.
    pub linkage: crate::db::linkage::Rules,
}

impl Default for SeedOptions {
    fn default() -> Self {
        SeedOptions {
            reports: 1_000,
            seed: 1,
            batch: 5_000,
            network: None,
            linkage: crate::db::linkage::Rules::default(),
        }
    }
}

/// The network's share of a run of `reports`: 3 %, at most 30,000 (the
/// case behind the service), so that at a million reports one network of
/// 30,000 victims stands among 970,000 reports of unrelated frauds.
pub fn network_share(reports: u64) -> u64 {
    (reports * 3 / 100).min(30_000)
}

fn network_of(options: &SeedOptions) -> u64 {
    options
        .network
        .unwrap_or_else(|| network_share(options.reports))
        .min(options.reports)
}

/// What a run stored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SeedSummary {
    /// The run's row in `demo_seeds`.
    pub run: i64,
    pub reports: u64,
    pub payments: u64,
    pub indicators: u64,
    pub first_report_id: Option<i64>,
    pub last_report_id: Option<i64>,
}

/// Why seeding stopped.
#[derive(Debug, thiserror::Error)]
pub enum SeedError {
    /// The database holds reports the generator did not make.
    #[error(
        "the database holds {found} reports, of which only {seeded} were made by the demo \
         generator: it seeds only an empty database or one it seeded before"
    )]
    NotADemoDatabase { found: i64, seeded: i64 },
    #[error("storing the demo reports failed: {0}")]
    Database(#[from] diesel::result::Error),
    /// A generated value failed the form's own checks (a bug).
    #[error("the demo generator made a value the form refuses: {0}")]
    Generator(String),
}

/// Generates `options.reports` reports and stores them in batches, calling
/// `progress` with the number stored so far after each batch.
pub fn seed(
    conn: &mut DbConnection,
    sealer: &Sealer,
    keys: &Keys,
    directory: &Directory,
    options: &SeedOptions,
    mut progress: impl FnMut(u64),
) -> Result<SeedSummary, SeedError> {
    let now = Utc::now().naive_utc();
    let (run, ordinal) = write_transaction(conn, |c| {
        let census = store::census(c)?;
        if census.reports > census.seeded {
            return Ok(Err(SeedError::NotADemoDatabase {
                found: census.reports,
                seeded: census.seeded,
            }));
        }
        Ok(Ok((store::start_run(c, now)?, census.seeded.max(0) as u64)))
    })??;
    let span = Duration::days(SPREAD_DAYS);
    let generator = Generator::new(
        (directory, sealer, keys),
        (now - span, span),
        network_of(options),
        ordinal,
    )
    .map_err(SeedError::Generator)?;
    let mut summary = SeedSummary {
        run,
        ..SeedSummary::default()
    };
    std::thread::scope(|scope| {
        let (batches, received) = mpsc::sync_channel::<Batch>(2);
        scope.spawn(move || produce(generator, options, ordinal, batches));
        for batch in received {
            let batch = batch.map_err(SeedError::Generator)?;
            let ids = store::store(conn, run, &batch)?;
            summary.add(&batch, &ids);
            progress(summary.reports);
        }
        Ok::<_, SeedError>(())
    })?;
    // The seeder does not link as it stores: the values are read once, from
    // the indicators, at the end.
    crate::db::linkage::mark_rekey_due(conn)?;
    crate::db::linkage::rebuild(conn, &options.linkage, Utc::now().naive_utc(), false)?;
    crate::db::refresh_statistics(conn)?;
    Ok(summary)
}

/// A batch of generated reports, or why generating stopped.
type Batch = Result<Vec<SeededReport>, String>;

/// Makes the batches, in order, until done, failed, or the receiver is gone.
fn produce(
    mut generator: Generator,
    options: &SeedOptions,
    ordinal: u64,
    batches: mpsc::SyncSender<Batch>,
) {
    let mut rng = SmallRng::seed_from_u64(options.seed);
    let total = options.reports;
    let network = network_of(options);
    let size = options.batch.max(1) as u64;
    let mut i = 0;
    while i < total {
        let end = (i + size).min(total);
        let batch = (i..end)
            .map(|n| {
                let share = (n as f64 + 0.5) / total as f64;
                // Exactly `network` of the run's reports, evenly spread.
                let of_network = (n + 1) * network / total > n * network / total;
                generator.report(&mut rng, (ordinal + n, share), of_network)
            })
            .collect::<Batch>();
        let failed = batch.is_err();
        if batches.send(batch).is_err() || failed {
            return;
        }
        i = end;
    }
}

impl SeedSummary {
    fn add(&mut self, batch: &[SeededReport], ids: &[i64]) {
        self.reports += batch.len() as u64;
        for s in batch {
            let own = &s.submission.report.indicators;
            let later = s.recovery.iter().filter(|x| {
                !own.iter()
                    .any(|i| i.kind == x.kind && i.normalised == x.normalised)
            });
            self.payments += s.submission.report.payments.len() as u64;
            self.indicators += (own.len() + later.count()) as u64;
        }
        for &id in ids {
            self.first_report_id = Some(self.first_report_id.map_or(id, |f| f.min(id)));
            self.last_report_id = Some(self.last_report_id.map_or(id, |l| l.max(id)));
        }
    }
}
