//! `fraudreport audit …`: checks the portal's audit log.

use clap::Subcommand;

use super::{migrated_connection, print_all};
use crate::config::Settings;
use crate::db::portal::audit::{self, Verdict};

#[derive(Subcommand)]
pub enum Command {
    /// Recompute the hash chain of the audit log; fails on the first row
    /// that was edited, or after rows that were deleted.
    Verify,
}

/// Runs an `audit` subcommand.
pub fn run(settings: &Settings, command: Command) -> anyhow::Result<()> {
    match command {
        Command::Verify => {
            let mut conn = migrated_connection(settings)?;
            match audit::verify(&mut conn)? {
                Verdict::Intact { rows } => {
                    print_all(&format!("The audit log is intact: {rows} rows.\n"));
                    Ok(())
                }
                Verdict::Broken { id } => anyhow::bail!(
                    "the audit log was changed: row {id} does not follow from the rows before it"
                ),
            }
        }
    }
}
