//! Group commit: every accepted report goes through one writer thread, which
//! commits whatever has queued up while the previous commit was flushing in a
//! single durable transaction. A victim's browser is answered only after the
//! commit that holds their report has returned.

use std::thread;

use tokio::sync::{mpsc, oneshot};

use crate::db::linkage::Rules;
use crate::db::reports::{Stored, Submission, store_batch};
use crate::db::{Backend, DbConnection};

/// Reports waiting for the writer before new ones wait for room.
const QUEUE_CAPACITY: usize = 4096;

/// Why a report was not stored (the victim is told to try again).
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("the database refused the report: {0}")]
    Database(#[from] diesel::result::Error),
    #[error("the database cannot be reached: {0}")]
    Connection(String),
    #[error("the writer has stopped")]
    Stopped,
}

struct Job {
    submission: Submission,
    reply: oneshot::Sender<Result<Stored, WriteError>>,
}

/// The handle request handlers use to store reports.
#[derive(Clone)]
pub struct ReportWriter {
    queue: mpsc::Sender<Job>,
}

impl ReportWriter {
    /// Starts the writer thread; it opens its own connection.
    pub fn start(
        backend: Backend,
        batch_max: usize,
        rules: Rules,
    ) -> std::io::Result<ReportWriter> {
        let (queue, jobs) = mpsc::channel(QUEUE_CAPACITY);
        thread::Builder::new()
            .name("report-writer".into())
            .spawn(move || run(backend, jobs, batch_max, rules))?;
        Ok(ReportWriter { queue })
    }

    /// Stores one submission; resolves once it is durable.
    pub async fn store(&self, submission: Submission) -> Result<Stored, WriteError> {
        let (reply, answer) = oneshot::channel();
        self.queue
            .send(Job { submission, reply })
            .await
            .map_err(|_| WriteError::Stopped)?;
        answer.await.map_err(|_| WriteError::Stopped)?
    }
}

fn run(backend: Backend, mut jobs: mpsc::Receiver<Job>, batch_max: usize, rules: Rules) {
    let mut conn: Option<DbConnection> = None;
    while let Some(first) = jobs.blocking_recv() {
        let mut batch = vec![first];
        while batch.len() < batch_max {
            match jobs.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        // A connection kept from an earlier batch may have died since (the
        // server restarted while the writer was idle): what it could not
        // store is tried once more on a fresh one. Sending a report twice is
        // harmless, because a stored submission is found by its follow-up key.
        let reused = conn.is_some();
        let failed = attempt(&backend, &rules, &mut conn, batch, reused);
        if !failed.is_empty() {
            attempt(&backend, &rules, &mut conn, failed, false);
        }
    }
}

/// Stores `batch` on the kept connection, or on a new one. Reports the
/// database refused for a reason of its own (a fault, not the report) are
/// answered with the error, or handed back when `may_retry`. After a fault the
/// connection is dropped, never reused: a broken PostgreSQL socket or a
/// SQLite connection whose rollback failed would refuse every later batch.
fn attempt(
    backend: &Backend,
    rules: &Rules,
    conn: &mut Option<DbConnection>,
    batch: Vec<Job>,
    may_retry: bool,
) -> Vec<Job> {
    let c = match conn.take() {
        Some(c) => c,
        None => match backend.establish() {
            Ok(c) => c,
            Err(e) => {
                tracing::error!(error = %e, "report writer cannot connect");
                for job in batch {
                    let _ = job.reply.send(Err(WriteError::Connection(e.to_string())));
                }
                return Vec::new();
            }
        },
    };
    let (c, failed) = commit(c, rules, batch, may_retry);
    *conn = c;
    failed
}

/// Commits one batch and answers each waiting request; returns the
/// connection unless a fault showed, and the jobs kept for a retry.
fn commit(
    mut c: DbConnection,
    rules: &Rules,
    batch: Vec<Job>,
    may_retry: bool,
) -> (Option<DbConnection>, Vec<Job>) {
    let (submissions, replies): (Vec<Submission>, Vec<_>) =
        batch.into_iter().map(|j| (j.submission, j.reply)).unzip();
    let results = store_batch(&mut c, &submissions, rules);
    tracing::debug!(reports = submissions.len(), "committed a batch");
    let mut healthy = true;
    let mut retry = Vec::new();
    for ((submission, reply), result) in submissions.into_iter().zip(replies).zip(results) {
        match result {
            Err(e) if is_fault(&e) && may_retry => {
                healthy = false;
                retry.push(Job { submission, reply });
            }
            Err(e) => {
                healthy &= !is_fault(&e);
                tracing::error!(error = %e, "a report could not be stored");
                let _ = reply.send(Err(WriteError::from(e)));
            }
            Ok(stored) => {
                let _ = reply.send(Ok(stored));
            }
        }
    }
    if !healthy {
        tracing::warn!("report writer drops its connection after a database fault");
    }
    (healthy.then_some(c), retry)
}

/// Did storing fail because of the database or its connection (gone, disk
/// full, transaction state lost) rather than a constraint the report broke?
fn is_fault(e: &diesel::result::Error) -> bool {
    use diesel::result::{DatabaseErrorKind as Kind, Error};
    !matches!(
        e,
        Error::DatabaseError(
            Kind::UniqueViolation
                | Kind::ForeignKeyViolation
                | Kind::NotNullViolation
                | Kind::CheckViolation,
            _
        )
    )
}
