//! The demo seeding benchmark: `REPORTS` generated reports (default 100,000)
//! into a fresh SQLite file, or into `BENCH_DATABASE_URL`, printing the rate.
//!
//!   cargo run --release --example seed-bench
//!   REPORTS=1000000 BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench \
//!       cargo run --release --example seed-bench

use std::time::Instant;

use fraudreport::config::{Secret, Settings};
use fraudreport::db::{self, Backend};
use fraudreport::demo::{SeedOptions, seed};
use fraudreport::keys::Keys;
use fraudreport::routing::Directory;
use fraudreport::seal::Sealer;

fn env_or(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn main() -> anyhow::Result<()> {
    let reports = env_or("REPORTS", 100_000);
    let dir = tempfile::tempdir()?;
    let url = std::env::var("BENCH_DATABASE_URL")
        .unwrap_or_else(|_| format!("sqlite://{}", dir.path().join("seed.db").display()));
    let settings = Settings {
        database_url: Secret::new(url.clone()),
        data_dir: dir.path().join("data"),
        secret_key: Some(Secret::new("bench-key-bench-key-bench-key-bench-key")),
        ..Settings::default()
    };
    let backend = Backend::from_url(&url).map_err(anyhow::Error::msg)?;
    let mut conn = backend.establish()?;
    db::run_migrations(&mut conn, &settings)?;
    let sealer = Sealer::load(&settings)?;
    let keys = Keys::load(&settings)?;
    let directory = Directory::load(None)?;
    let options = SeedOptions {
        reports,
        seed: env_or("SEED", 1),
        batch: usize::try_from(env_or("BATCH", 5_000))?,
        ..SeedOptions::default()
    };
    let started = Instant::now();
    let summary = seed(&mut conn, &sealer, &keys, &directory, &options, |n| {
        if n % 100_000 == 0 {
            eprintln!("{n} reports, {:.1} s", started.elapsed().as_secs_f64());
        }
    })?;
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "{} reports, {} payments, {} indicators on {} in {seconds:.1} s: {:.0} reports/s",
        summary.reports,
        summary.payments,
        summary.indicators,
        if url.starts_with("sqlite") {
            "SQLite"
        } else {
            "PostgreSQL"
        },
        summary.reports as f64 / seconds
    );
    Ok(())
}
