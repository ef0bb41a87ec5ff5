//! `fraudreport migrate`: bring the database schema up to date and exit.

use crate::config::Settings;
use crate::telemetry;

/// Applies pending migrations, so a deployment can migrate before any node
/// serves.
pub fn run(settings: &Settings) -> anyhow::Result<()> {
    telemetry::init(&settings.log);
    super::migrated_connection(settings)?;
    println!("The database is up to date.");
    Ok(())
}
