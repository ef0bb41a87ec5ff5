//! `fraudreport linkage …`: the clusters of reports that share values.

use chrono::Utc;
use clap::Subcommand;

use super::{migrated_connection, print_all};
use crate::config::Settings;
use crate::db::linkage::{self, Rules};

#[derive(Subcommand)]
pub enum Command {
    /// Compute every shared value and every cluster anew from the reports'
    /// indicators (intake waits while it runs). The service does it by
    /// itself when a value becomes too common to link.
    Rebuild,
}

/// Runs a `linkage` subcommand.
pub fn run(settings: &Settings, command: Command) -> anyhow::Result<()> {
    match command {
        Command::Rebuild => {
            let mut conn = migrated_connection(settings)?;
            let started = std::time::Instant::now();
            let now = Utc::now().naive_utc();
            let done = linkage::rebuild(&mut conn, &Rules::of(settings), now, false)?
                .ok_or_else(|| anyhow::anyhow!("the rebuild did not run"))?;
            let [read, joined, written] = done.phases.map(|d| d.as_secs_f64());
            print_all(&format!(
                "Rebuilt in {:.1} s (read {read:.1} s, joined {joined:.1} s, written \
                 {written:.1} s): {} values ({} too common or marked not to link), {} clusters \
                 of two reports or more, holding {} reports.\n",
                started.elapsed().as_secs_f64(),
                done.values,
                done.stopped,
                done.clusters,
                done.linked
            ));
            Ok(())
        }
    }
}
