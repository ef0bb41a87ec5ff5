//! What each `fraudreport` command does, one file per command group.
//!
//! `src/main.rs` only parses the command line, loads the settings and calls
//! the chosen group's `run`. Each file here holds its group's clap
//! `Subcommand` enum (if it has subcommands) next to that `run`, so adding a
//! group is one file here, one `pub mod` line below, one variant in
//! `main.rs`'s `Command` and one match arm.

pub mod api_token;
pub mod audit;
pub mod campaign;
pub mod config;
pub mod demo;
pub mod geoip;
pub mod keys;
pub mod linkage;
pub mod migrate;
pub mod officer;
pub mod outbox;
pub mod routing;
pub mod serve;
pub mod worker;

use crate::config::Settings;
use crate::db;

/// Prints to standard output; a closed pipe (`| head`) is not an error.
fn print_all(text: &str) {
    let _ = std::io::Write::write_all(&mut std::io::stdout().lock(), text.as_bytes());
}

/// One connection to the configured database, as it is.
fn connection(settings: &Settings) -> anyhow::Result<db::DbConnection> {
    let backend =
        db::Backend::from_url(settings.database_url.expose()).map_err(anyhow::Error::msg)?;
    backend
        .establish()
        .map_err(|e| anyhow::anyhow!("cannot connect to the database: {e}"))
}

/// One connection to the configured database, its migrations applied.
fn migrated_connection(settings: &Settings) -> anyhow::Result<db::DbConnection> {
    let mut conn = connection(settings)?;
    db::run_migrations(&mut conn, settings)?;
    Ok(conn)
}
