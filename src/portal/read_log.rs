//! The audit rows of what only reads (a case viewed, a search, an export),
//! appended in batches by one thread with its own connection: whatever
//! queued while the last batch committed goes in the next, under one lock
//! of the chain's head (`db::portal::audit::append_reads`). Views then do
//! not take turns on that lock one by one. A page is shown only after the
//! batch holding its row has committed.

use std::thread;

use chrono::{NaiveDateTime, Utc};
use tokio::sync::{mpsc, oneshot};

use crate::db::portal::audit::{self, Entry};
use crate::db::{Backend, DbConnection};

/// Rows waiting for the thread before new ones wait for room.
const QUEUE_CAPACITY: usize = 1024;

/// The most rows appended in one transaction.
const BATCH_MAX: usize = 256;

/// One read to record.
#[derive(Debug, Clone)]
pub struct Read {
    /// Who (none for the API, whose detail names the token).
    pub account_id: Option<i64>,
    /// `case-view`, `search`, `export`.
    pub action: &'static str,
    /// The authority whose log it belongs to.
    pub authority_id: Option<String>,
    pub report_id: Option<i64>,
    /// Details without victim data (keyed hashes of what was searched).
    pub detail: String,
}

impl Read {
    fn entry(&self) -> Entry<'_> {
        Entry {
            account_id: self.account_id,
            action: self.action,
            authority_id: self.authority_id.as_deref(),
            report_id: self.report_id,
            detail: &self.detail,
        }
    }
}

struct Job {
    read: Read,
    at: NaiveDateTime,
    reply: oneshot::Sender<Result<(), String>>,
}

/// The handle pages use to record what they show.
#[derive(Clone)]
pub struct ReadLog {
    queue: mpsc::Sender<Job>,
}

impl ReadLog {
    /// Starts the thread; it opens its own connection.
    pub fn start(backend: Backend) -> std::io::Result<ReadLog> {
        let (queue, jobs) = mpsc::channel(QUEUE_CAPACITY);
        thread::Builder::new()
            .name("read-log".into())
            .spawn(move || run(&backend, jobs))?;
        Ok(ReadLog { queue })
    }

    /// Records a read, timed now; resolves once its row is committed.
    pub async fn append(&self, read: Read) -> anyhow::Result<()> {
        let (reply, answer) = oneshot::channel();
        let at = Utc::now().naive_utc();
        self.queue
            .send(Job { read, at, reply })
            .await
            .map_err(|_| anyhow::anyhow!("the read log has stopped"))?;
        answer
            .await
            .map_err(|_| anyhow::anyhow!("the read log has stopped"))?
            .map_err(|e| anyhow::anyhow!("cannot append to the audit log: {e}"))
    }
}

fn run(backend: &Backend, mut jobs: mpsc::Receiver<Job>) {
    let mut conn: Option<DbConnection> = None;
    while let Some(first) = jobs.blocking_recv() {
        let mut batch = vec![first];
        while batch.len() < BATCH_MAX {
            match jobs.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        let entries: Vec<(Entry, NaiveDateTime)> =
            batch.iter().map(|j| (j.read.entry(), j.at)).collect();
        // A connection kept from an earlier batch may have died since (the
        // database restarted while the log was idle): the batch is tried
        // once more on a fresh one.
        let reused = conn.is_some();
        let mut result = write(backend, &mut conn, &entries);
        if result.is_err() && reused {
            result = write(backend, &mut conn, &entries);
        }
        if let Err(e) = &result {
            tracing::error!(error = %e, "read audit rows could not be appended");
        }
        drop(entries);
        for job in batch {
            let _ = job.reply.send(result.clone());
        }
    }
}

/// Appends on the kept connection, or on a new one; after a fault the
/// connection is dropped, never reused.
fn write(
    backend: &Backend,
    conn: &mut Option<DbConnection>,
    entries: &[(Entry, NaiveDateTime)],
) -> Result<(), String> {
    let mut c = match conn.take() {
        Some(c) => c,
        None => backend.establish().map_err(|e| e.to_string())?,
    };
    audit::append_reads(&mut c, entries).map_err(|e| e.to_string())?;
    *conn = Some(c);
    Ok(())
}
