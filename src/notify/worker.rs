//! The outbox worker: leases due rows, renders each message in its
//! recipient's language, hands it to the transport, and records the outcome.
//! Delivery is at-least-once: outcomes are recorded once per batch, so a
//! crash after the server accepted messages but before they were marked sent
//! sends those (at most one batch) again when their lease runs out. A failing row is retried with exponential backoff and jitter,
//! then marked failed, never dropped.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use chrono::{NaiveDateTime, Utc};
use rand::Rng;

use super::{MailSettings, Mailer, Outgoing, messages};
use crate::db::outbox::{self, Leased};
use crate::db::reports::{self, MailFacts};
use crate::db::{Pool, write_transaction};
use crate::i18n::Locales;
use crate::routing::Directory;

/// Rows leased at a time.
const BATCH: i64 = 50;
/// How long a leased row is reserved for this worker.
const LEASE_SECONDS: i64 = 300;
/// Pause when the outbox has nothing due.
const IDLE: Duration = Duration::from_millis(500);
/// Longest wait between two attempts.
const MAX_BACKOFF_SECONDS: f64 = 6.0 * 3600.0;

/// When to try again.
#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    /// Wait after the first failure; doubled after each further one.
    pub base_seconds: u64,
    /// Attempts before a row is marked failed.
    pub max_attempts: i32,
}

impl RetryPolicy {
    /// The next attempt after `attempts` failures, or `None` to give up.
    pub fn next_attempt(&self, attempts: i32, now: NaiveDateTime) -> Option<NaiveDateTime> {
        if attempts >= self.max_attempts {
            return None;
        }
        let exponent = attempts.saturating_sub(1).clamp(0, 30);
        let wait = (self.base_seconds as f64 * 2f64.powi(exponent)).min(MAX_BACKOFF_SECONDS);
        let jitter = rand::rng().random_range(0.75..1.25);
        let millis = (wait * jitter * 1000.0) as i64;
        Some(now + chrono::Duration::milliseconds(millis))
    }
}

/// Everything the worker needs.
#[derive(Clone)]
pub struct Worker {
    pub pool: Pool,
    pub mailer: Mailer,
    pub mail: MailSettings,
    pub locales: Arc<Locales>,
    pub directory: Arc<Directory>,
    pub base_url: String,
    pub policy: RetryPolicy,
}

impl Worker {
    /// A worker for the configured transport.
    pub fn new(
        settings: &crate::config::Settings,
        pool: Pool,
        locales: Arc<Locales>,
        directory: Arc<Directory>,
    ) -> anyhow::Result<Worker> {
        let domain = url::Url::parse(&settings.base_url)
            .ok()
            .and_then(|u| u.host_str().map(str::to_string))
            .unwrap_or_else(|| "localhost".into());
        Ok(Worker {
            pool,
            mailer: Mailer::from_url(settings.mail_url.expose())?,
            mail: MailSettings {
                from: settings.mail_from.parse()?,
                domain,
            },
            locales,
            directory,
            base_url: settings.base_url.trim_end_matches('/').to_string(),
            policy: RetryPolicy {
                base_seconds: settings.mail_retry_base_seconds,
                max_attempts: i32::try_from(settings.mail_max_attempts).unwrap_or(i32::MAX),
            },
        })
    }

    /// Drains the outbox forever.
    pub async fn run(self) {
        loop {
            match self.drain_once().await {
                // A full batch: more may be due right now.
                Ok(n) if n as i64 >= BATCH => {}
                Ok(_) => tokio::time::sleep(IDLE).await,
                Err(e) => {
                    tracing::error!(error = %format!("{e:#}"), "the outbox worker cannot reach the database");
                    tokio::time::sleep(IDLE).await;
                }
            }
        }
    }

    /// Leases one batch of due rows, delivers them, and records every
    /// outcome in one transaction; returns how many rows it handled.
    pub async fn drain_once(&self) -> anyhow::Result<usize> {
        let pool = self.pool.clone();
        let now = Utc::now().naive_utc();
        let (leased, facts) = tokio::task::spawn_blocking(move || {
            let mut conn = pool.get()?;
            let leased = outbox::lease(
                &mut conn,
                now,
                chrono::Duration::seconds(LEASE_SECONDS),
                BATCH,
            )?;
            let ids: Vec<i64> = leased.iter().filter_map(|r| r.report_id).collect();
            let facts = reports::mail_facts(&mut conn, &ids)?;
            anyhow::Ok((leased, facts))
        })
        .await??;
        let facts: HashMap<i64, MailFacts> = facts.into_iter().map(|f| (f.id, f)).collect();
        let mut outcomes = Vec::with_capacity(leased.len());
        for row in &leased {
            let outcome = match self.render(row, &facts) {
                Ok(mail) => self
                    .mailer
                    .send(&self.mail, &mail)
                    .await
                    .map_err(|e| format!("{e:#}")),
                Err(e) => Err(format!("cannot render: {e:#}")),
            };
            match &outcome {
                Ok(_) => {
                    tracing::debug!(id = row.id, kind = %row.kind, to = %super::masked(&row.recipient), "sent")
                }
                Err(e) => {
                    tracing::warn!(id = row.id, attempt = row.attempts, to = %super::masked(&row.recipient), error = %e, "sending failed")
                }
            }
            outcomes.push((row.id, row.attempts, outcome));
        }
        let handled = outcomes.len();
        self.record(outcomes).await?;
        Ok(handled)
    }

    /// Marks each row sent, or schedules its retry, or gives up on it.
    async fn record(
        &self,
        outcomes: Vec<(i64, i32, Result<String, String>)>,
    ) -> anyhow::Result<()> {
        let (pool, policy) = (self.pool.clone(), self.policy);
        tokio::task::spawn_blocking(move || {
            let mut conn = pool.get()?;
            let now = Utc::now().naive_utc();
            write_transaction(&mut conn, |c| {
                for (id, attempts, outcome) in &outcomes {
                    match outcome {
                        Ok(message_id) => outbox::mark_sent(c, *id, now, message_id)?,
                        Err(error) => {
                            let retry_at = policy.next_attempt(*attempts, now);
                            if retry_at.is_none() {
                                tracing::error!(
                                    id,
                                    attempts,
                                    "giving up on an e-mail; see `fraudreport outbox status`"
                                );
                            }
                            outbox::mark_failed_attempt(c, *id, error, retry_at)?;
                        }
                    }
                }
                Ok(())
            })?;
            anyhow::Ok(())
        })
        .await?
    }

    fn render(&self, row: &Leased, facts: &HashMap<i64, MailFacts>) -> anyhow::Result<Outgoing> {
        anyhow::ensure!(row.kind == "receipt", "unknown message kind {}", row.kind);
        let report_id = row
            .report_id
            .ok_or_else(|| anyhow::anyhow!("a receipt without its report"))?;
        let facts = facts
            .get(&report_id)
            .ok_or_else(|| anyhow::anyhow!("report {report_id} is gone"))?;
        let locale = self
            .locales
            .get(&row.locale)
            .unwrap_or_else(|| self.locales.default_locale());
        messages::receipt(
            locale,
            facts,
            &self.directory,
            &self.base_url,
            &row.recipient,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_doubles_with_jitter_and_ends_in_giving_up() {
        let policy = RetryPolicy {
            base_seconds: 60,
            max_attempts: 5,
        };
        let now = Utc::now().naive_utc();
        let wait = |n| (policy.next_attempt(n, now).expect("retry") - now).num_seconds();
        assert!((45..=75).contains(&wait(1)), "{}", wait(1));
        assert!((90..=150).contains(&wait(2)), "{}", wait(2));
        assert!((360..=600).contains(&wait(4)), "{}", wait(4));
        assert_eq!(policy.next_attempt(5, now), None);
    }
}
