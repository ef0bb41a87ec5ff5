//! The export's body, streamed with flat memory: cases read a batch at a
//! time (keyset, in the queue's order) on a blocking thread, written
//! through the format's writer into a buffer that becomes one chunk of
//! the response. After the last chunk is written, and before it is sent,
//! the audit log records how many cases went out (`export-done`).

use actix_web::web::{self, Bytes};
use futures_util::Stream;
use futures_util::stream;

use super::convert::export_case;
use super::options::Options;
use crate::db::portal::cases::{After, Scope};
use crate::db::portal::{export, queue};
use crate::db::{DbConnection, Pool, query};
use crate::export::Format;
use crate::portal::cases::queue::Asked;
use crate::portal::read_log::{Read, ReadLog};
use crate::web::lang::Lang;
use crate::web::site::Site;

/// Cases read (and sent as one chunk) at a time.
const BATCH: i64 = 200;

/// Which cases an export covers.
pub enum Cases {
    /// The filtered queue (all of it: the page's position is ignored).
    Queue(Box<Asked>),
    /// One case, read again within the scope.
    One { scope: Scope, id: i64 },
    /// The cases of a cluster of linked reports (for coordinators), by id.
    Cluster { id: i64, after: Option<i64> },
}

/// The export's progress: what is left to read and the writer's state.
pub struct Batches {
    cases: Cases,
    options: Options,
    writer: Box<dyn Format + Send>,
    site: web::Data<Site>,
    /// The officer's language (for a sealed value that does not open).
    lang: Lang,
    after: Option<After>,
    started: bool,
    finished: bool,
    count: u64,
}

impl Batches {
    /// An export of `cases` through `writer`, nothing read yet.
    pub fn new(
        cases: Cases,
        options: Options,
        writer: Box<dyn Format + Send>,
        (site, lang): (web::Data<Site>, Lang),
    ) -> Batches {
        Batches {
            cases,
            options,
            writer,
            site,
            lang,
            after: None,
            started: false,
            finished: false,
            count: 0,
        }
    }

    /// The ids of the next batch, in the queue's order.
    fn next_ids(&mut self, c: &mut DbConnection) -> diesel::QueryResult<(Scope, Vec<i64>)> {
        match &mut self.cases {
            Cases::Queue(asked) => {
                if !self.started {
                    asked.search(c)?;
                }
                let rows = queue::page(c, &asked.scope, &asked.filter, self.after, BATCH)?;
                self.finished = rows.len() < usize::try_from(BATCH).unwrap_or(0);
                self.after = rows.last().map(|r| After {
                    created_at: r.created_at,
                    id: r.id,
                });
                Ok((asked.scope.clone(), rows.iter().map(|r| r.id).collect()))
            }
            Cases::One { scope, id } => {
                self.finished = true;
                Ok((scope.clone(), vec![*id]))
            }
            Cases::Cluster { id, after } => {
                let ids = export::cluster_members(c, *id, *after, BATCH)?;
                self.finished = ids.len() < usize::try_from(BATCH).unwrap_or(0);
                *after = ids.last().copied();
                Ok((Scope::All, ids))
            }
        }
    }

    /// Reads the next batch and writes it; the last one ends the file.
    fn next_chunk(&mut self, c: &mut DbConnection) -> anyhow::Result<Vec<u8>> {
        let mut out = Vec::new();
        let (scope, ids) = self.next_ids(c)?;
        if !self.started {
            self.started = true;
            self.writer.begin(&mut out)?;
        }
        for record in export::records(c, &scope, &ids)? {
            let contact = self.options.contact_of(record.head.authority_id.as_deref());
            let case = export_case(
                (&self.site.sealer, &self.site.directory),
                &self.lang,
                record,
                contact,
            );
            self.writer.case(&mut out, &case)?;
            self.count += 1;
        }
        if self.finished {
            self.writer.end(&mut out)?;
        }
        Ok(out)
    }
}

/// What the body stream needs besides the batches.
pub struct Sink {
    pub pool: web::Data<Pool>,
    pub reads: ReadLog,
    /// The `export-done` row, its detail completed with the count.
    pub done: Read,
}

/// One step: the next chunk, after the audit row when it is the last.
async fn step(batches: Batches, sink: &Sink) -> anyhow::Result<(Batches, Vec<u8>)> {
    let (batches, chunk) = query(&sink.pool, move |c| {
        let mut b = batches;
        let chunk = b.next_chunk(c)?;
        Ok((b, chunk))
    })
    .await?;
    if batches.finished {
        let mut done = sink.done.clone();
        done.detail = format!("{} cases={}", done.detail, batches.count);
        sink.reads.append(done).await?;
    }
    Ok((batches, chunk))
}

/// The response body: one chunk per batch. A failure ends the stream
/// with an error (the client sees a cut-off file); its cause is logged.
pub fn body(batches: Batches, sink: Sink) -> impl Stream<Item = Result<Bytes, actix_web::Error>> {
    stream::unfold(Some((batches, sink)), |state| async move {
        let (batches, sink) = state?;
        if batches.finished {
            return None;
        }
        match step(batches, &sink).await {
            Ok((batches, chunk)) => Some((Ok(Bytes::from(chunk)), Some((batches, sink)))),
            Err(e) => {
                tracing::error!(error = format!("{e:#}"), "an export stopped half-way");
                let failed = actix_web::error::ErrorInternalServerError("export failed");
                Some((Err(failed), None))
            }
        }
    })
}
