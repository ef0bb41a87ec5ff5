//! What the outbox worker does once a minute besides sending: queue the
//! follow-up warnings and daily digests that are due, forget stale portal
//! logins, erase contact details past the retention period, link reports
//! the report writer left queued (it stopped, or its database failed), and
//! rebuild the clusters of linked cases when that is due. Each job
//! claims its rows with a compare-and-set or is idempotent, so workers on
//! several nodes can all run it.

use super::worker::Worker;
use crate::db::portal::notices;
use crate::db::portal::{sessions, throttle};
use crate::db::retention;
use crate::db::{linkage, mailing};
use crate::seal::Field;

/// Logs what a job did (nothing when it had nothing to do).
fn logged(outcome: anyhow::Result<usize>, done: &str, failed: &str) {
    match outcome {
        Ok(0) => {}
        Ok(n) => tracing::info!(count = n, "{done}"),
        Err(e) => tracing::error!(error = %format!("{e:#}"), "{failed}"),
    }
}

impl Worker {
    /// Runs every scheduled job once, by the worker's clock.
    pub(super) async fn run_schedule(&self) {
        logged(
            self.schedule_followups().await,
            "follow-up warnings queued",
            "cannot queue follow-up warnings",
        );
        logged(
            self.queue_digests().await,
            "daily digests queued (authorities)",
            "cannot queue the daily digests",
        );
        logged(
            self.forget_stale_logins().await,
            "stale portal sessions and login counters removed",
            "cannot remove stale portal sessions",
        );
        logged(
            self.erase_expired().await,
            "contact details erased after the retention period (reports)",
            "cannot erase expired contact details",
        );
        logged(
            self.link_leftovers().await,
            "queued reports linked (reports)",
            "cannot link queued reports",
        );
        logged(
            self.summarise_clusters().await,
            "clusters of linked cases summarised for the overview (clusters)",
            "cannot summarise the clusters of linked cases",
        );
        logged(
            self.rebuild_links_when_due().await,
            "clusters of linked cases rebuilt (reports in clusters)",
            "cannot rebuild the clusters of linked cases",
        );
    }

    /// Rebuilds the clusters when a value stopped linking (it became too
    /// common, or a coordinator marked it) or reports predate linkage;
    /// returns how many reports are in clusters of two or more.
    pub async fn rebuild_links_when_due(&self) -> anyhow::Result<usize> {
        let (pool, now, rules) = (self.pool.clone(), self.clock.now(), self.limits.linkage);
        tokio::task::spawn_blocking(move || {
            let mut conn = pool.get()?;
            if !linkage::rebuild_due(&mut conn)? {
                return Ok(0);
            }
            let done = linkage::rebuild(&mut conn, &rules, now, true)?;
            Ok(done.map_or(0, |d| d.linked))
        })
        .await?
    }

    /// Links what the report writers left on the link queue; returns how
    /// many reports. (The writers link within a second; this catches a
    /// queue left by a stopped node or a failed database.)
    pub async fn link_leftovers(&self) -> anyhow::Result<usize> {
        let (pool, rules) = (self.pool.clone(), self.limits.linkage);
        tokio::task::spawn_blocking(move || {
            let mut conn = pool.get()?;
            let mut total = 0;
            // Another session holding the lock links or rebuilds: next minute.
            while let Some(n) = linkage::link_queued(&mut conn, &rules)? {
                total += n;
                if n < linkage::LINK_BATCH {
                    break;
                }
            }
            Ok(total)
        })
        .await?
    }

    /// Summarises the clusters linkage changed since the last time, for
    /// the coordinators' overview; returns how many.
    pub async fn summarise_clusters(&self) -> anyhow::Result<usize> {
        let pool = self.pool.clone();
        tokio::task::spawn_blocking(move || {
            let mut conn = pool.get()?;
            Ok(linkage::summary::refresh(&mut conn)?)
        })
        .await?
    }

    /// Erases the contact details and stories of reports older than the
    /// retention period, by the worker's clock.
    pub async fn erase_expired(&self) -> anyhow::Result<usize> {
        let days = self.limits.retention_days;
        if days == 0 {
            return Ok(0);
        }
        let (pool, now) = (self.pool.clone(), self.clock.now());
        let cutoff = now - chrono::Duration::days(i64::from(days));
        tokio::task::spawn_blocking(move || {
            let mut conn = pool.get()?;
            Ok(retention::erase_older_than(&mut conn, cutoff, now)?)
        })
        .await?
    }

    /// Deletes portal sessions that ended or went idle, and login-failure
    /// counters, a day past the longest lifetime the settings give (long
    /// after they could matter).
    pub async fn forget_stale_logins(&self) -> anyhow::Result<usize> {
        let (pool, now) = (self.pool.clone(), self.clock.now());
        let before = now - self.limits.stale_logins_after;
        tokio::task::spawn_blocking(move || {
            let mut conn = pool.get()?;
            let sessions = sessions::purge(&mut conn, before)?;
            Ok(sessions + throttle::purge(&mut conn, before)?)
        })
        .await?
    }

    /// Queues the daily digests due by the worker's clock; returns how
    /// many authorities get one.
    pub async fn queue_digests(&self) -> anyhow::Result<usize> {
        let this = self.clone();
        let now = self.clock.now();
        tokio::task::spawn_blocking(move || {
            let mut conn = this.pool.get()?;
            let intake = |key: &str| {
                this.directory
                    .intake_address(key, &this.hub_email)
                    .map(|address| this.sealer.seal(Field::Email, &address))
            };
            Ok(notices::queue_due_digests(&mut conn, now, &intake)?)
        })
        .await?
    }

    /// Queues the follow-up warnings due by the worker's clock.
    pub async fn schedule_followups(&self) -> anyhow::Result<usize> {
        let (pool, now, days) = (
            self.pool.clone(),
            self.clock.now(),
            self.limits.followup_days.clone(),
        );
        tokio::task::spawn_blocking(move || {
            let mut conn = pool.get()?;
            Ok(mailing::schedule_followups(&mut conn, now, &days)?)
        })
        .await?
    }
}
