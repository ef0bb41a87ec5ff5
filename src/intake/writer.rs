//! Group commit: every accepted report goes through one writer thread, which
//! commits whatever has queued up while the previous commit was flushing in a
//! single durable transaction. A victim's browser is answered only after the
//! commit that holds their report has returned. Between batches the same
//! thread links the reports stored (`linkage::link_queued`): as soon as no
//! report has come in for [`IDLE_GRACE`], and at least every
//! [`LINK_EVERY`] while reports keep coming, so under load many batches
//! are linked at once, and linking never holds up a victim's answer.

use std::thread;
use std::time::{Duration, Instant};

use tokio::sync::mpsc::error::TryRecvError;
use tokio::sync::{mpsc, oneshot};

use crate::db::linkage::{LINK_EVERY, Rules, link_queued};
use crate::db::reports::{Stored, Submission, store_batch};
use crate::db::{Backend, DbConnection};

/// Reports waiting for the writer before new ones wait for room.
const QUEUE_CAPACITY: usize = 4096;

/// How long the writer waits for another report before it links what is
/// queued: under load the next one comes sooner.
const IDLE_GRACE: Duration = Duration::from_millis(5);
/// How long it waits before trying again while another session holds the
/// linkage lock (PostgreSQL: a node linking, a summary, a rebuild).
const BUSY_RETRY: Duration = Duration::from_millis(100);

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
    // Whatever an earlier run stored and had not linked yet.
    let mut unlinked = rules.at_intake;
    let mut grace = IDLE_GRACE;
    let mut linked_at = Instant::now();
    loop {
        let first = match next_job(&mut jobs, unlinked.then_some(grace)) {
            Next::Job(job) => *job,
            Next::Idle => {
                (unlinked, grace) = link(&backend, &rules, &mut conn, &jobs);
                linked_at = Instant::now();
                continue;
            }
            Next::Closed => break,
        };
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
        unlinked |= rules.at_intake;
        if unlinked && linked_at.elapsed() >= LINK_EVERY {
            (unlinked, grace) = link(&backend, &rules, &mut conn, &jobs);
            linked_at = Instant::now();
        }
    }
}

/// What the writer does next.
enum Next {
    Job(Box<Job>),
    /// No report came within the grace while some wait to be linked.
    Idle,
    Closed,
}

/// The next report; when reports wait to be linked (`grace` given),
/// `Idle` once none has come for that long.
fn next_job(jobs: &mut mpsc::Receiver<Job>, grace: Option<Duration>) -> Next {
    let Some(grace) = grace else {
        return jobs
            .blocking_recv()
            .map_or(Next::Closed, |job| Next::Job(Box::new(job)));
    };
    let until = Instant::now() + grace;
    loop {
        match jobs.try_recv() {
            Ok(job) => return Next::Job(Box::new(job)),
            Err(TryRecvError::Disconnected) => return Next::Closed,
            Err(TryRecvError::Empty) if Instant::now() >= until => return Next::Idle,
            Err(TryRecvError::Empty) => thread::sleep(Duration::from_micros(500)),
        }
    }
}

/// Links the queued reports, a batch at a time, until none is left or
/// reports wait to be stored; returns whether some are still unlinked and
/// how long to wait for a report before trying again: at once after the
/// waiting reports, [`BUSY_RETRY`] while another session holds the linkage
/// lock. A fault is logged and drops the connection; the queue stays for
/// the next batch or the worker's minute.
fn link(
    backend: &Backend,
    rules: &Rules,
    conn: &mut Option<DbConnection>,
    jobs: &mpsc::Receiver<Job>,
) -> (bool, Duration) {
    loop {
        let c = match conn {
            Some(c) => c,
            None => match backend.establish() {
                Ok(c) => conn.insert(c),
                Err(e) => {
                    tracing::error!(error = %e, "report writer cannot connect to link reports");
                    return (false, IDLE_GRACE);
                }
            },
        };
        match link_queued(c, rules) {
            Ok(None) => return (true, BUSY_RETRY),
            Ok(Some(n)) if n < crate::db::linkage::LINK_BATCH => return (false, IDLE_GRACE),
            Ok(Some(_)) if !jobs.is_empty() => return (true, IDLE_GRACE),
            Ok(Some(_)) => {}
            Err(e) => {
                tracing::error!(error = %e, "linking queued reports failed; they wait for the next turn");
                *conn = None;
                return (false, IDLE_GRACE);
            }
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
