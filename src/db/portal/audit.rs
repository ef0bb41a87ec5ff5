//! The audit log: append-only, each row carrying the SHA-256 of the row
//! before it, so an edited or deleted row breaks the chain
//! ([`verify`], `fraudreport audit verify`). Rows say who did what to
//! which case, never the victim's data. Appends lock the one-row
//! `audit_head`, so appends from several nodes line up.

use chrono::{NaiveDateTime, Timelike};
use diesel::prelude::*;
use sha2::{Digest, Sha256};

use crate::db::DbConnection;
use crate::db::schema::{audit_head, audit_log};

/// One thing that happened, before it is appended.
#[derive(Debug, Clone, Default)]
pub struct Entry<'a> {
    /// Who (none for a failed login to an unknown account).
    pub account_id: Option<i64>,
    /// What: `login`, `login-failed`, `case-view`, `search`, `status`, …
    pub action: &'a str,
    /// Whose log it belongs to (the authority of the case or account).
    pub authority_id: Option<&'a str>,
    pub report_id: Option<i64>,
    /// Details without victim data (a status, a reference, a hash).
    pub detail: &'a str,
}

impl<'a> Entry<'a> {
    /// A change by an account that concerns no authority and no case (a
    /// coordinator's decision on a value): it belongs to the coordinators'
    /// log.
    pub fn unscoped(account_id: i64, action: &'a str, detail: &'a str) -> Entry<'a> {
        Entry {
            account_id: Some(account_id),
            action,
            authority_id: None,
            report_id: None,
            detail,
        }
    }
}

/// A stored row.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = audit_log)]
pub struct Row {
    pub id: i64,
    pub at: NaiveDateTime,
    pub account_id: Option<i64>,
    pub action: String,
    pub authority_id: Option<String>,
    pub report_id: Option<i64>,
    pub detail: String,
    pub prev_hash: Vec<u8>,
    pub hash: Vec<u8>,
}

/// The hash of a row: its fields, length-prefixed, after the previous hash.
fn chain_hash(prev: &[u8], id: i64, at: NaiveDateTime, e: &Entry) -> Vec<u8> {
    let mut h = Sha256::new();
    let mut field = |bytes: &[u8]| {
        h.update((bytes.len() as u64).to_be_bytes());
        h.update(bytes);
    };
    field(prev);
    field(&id.to_be_bytes());
    field(at.format("%Y-%m-%dT%H:%M:%S").to_string().as_bytes());
    field(&e.account_id.unwrap_or(-1).to_be_bytes());
    field(e.action.as_bytes());
    field(e.authority_id.unwrap_or("").as_bytes());
    field(&e.report_id.unwrap_or(-1).to_be_bytes());
    field(e.detail.as_bytes());
    h.finalize().to_vec()
}

/// Appends an entry; call it inside the transaction of what it records.
pub fn append(conn: &mut DbConnection, e: &Entry, now: NaiveDateTime) -> QueryResult<()> {
    append_all(conn, &[(e.clone(), now)])
}

/// Appends entries in order, each at its own time, under one lock of the
/// chain's head: one read of the head, one insert, one update.
fn append_all(conn: &mut DbConnection, entries: &[(Entry, NaiveDateTime)]) -> QueryResult<()> {
    let (mut last_id, mut last_hash): (i64, Vec<u8>) = match conn {
        DbConnection::Pg(c) => audit_head::table
            .find(1)
            .select((audit_head::last_id, audit_head::last_hash))
            .for_update()
            .first(c)?,
        DbConnection::Sqlite(c) => audit_head::table
            .find(1)
            .select((audit_head::last_id, audit_head::last_hash))
            .first(c)?,
    };
    let mut rows = Vec::with_capacity(entries.len());
    for (e, now) in entries {
        // Whole seconds: both backends store them alike, so the hash of
        // what was stored is the hash of what was computed.
        let at = now.with_nanosecond(0).unwrap_or(*now);
        let id = last_id + 1;
        let hash = chain_hash(&last_hash, id, at, e);
        rows.push(NewRow {
            id,
            at,
            account_id: e.account_id,
            action: e.action,
            authority_id: e.authority_id,
            report_id: e.report_id,
            detail: e.detail,
            prev_hash: std::mem::replace(&mut last_hash, hash.clone()),
            hash,
        });
        last_id = id;
    }
    crate::db::insert_rows!(conn, audit_log::table, rows);
    diesel::update(audit_head::table.find(1))
        .set((
            audit_head::last_id.eq(last_id),
            audit_head::last_hash.eq(&last_hash),
        ))
        .execute(conn)
        .map(|_| ())
}

#[derive(Insertable)]
#[diesel(table_name = audit_log)]
struct NewRow<'a> {
    id: i64,
    at: NaiveDateTime,
    account_id: Option<i64>,
    action: &'a str,
    authority_id: Option<&'a str>,
    report_id: Option<i64>,
    detail: &'a str,
    prev_hash: Vec<u8>,
    hash: Vec<u8>,
}

/// Appends entries about things that only read (cases viewed, searches,
/// exports; [`crate::portal::read_log`] gathers them) in one transaction
/// of their own, whose commit does not wait for the disk: on PostgreSQL
/// `synchronous_commit = off`, on SQLite `synchronous = NORMAL` (WAL) for
/// this commit only. A crash of the machine (not of the service) can lose
/// the last fraction of a second of such rows, from the end, so the chain
/// stays whole; never a change, which is audited durably in its own
/// transaction.
pub fn append_reads(
    conn: &mut DbConnection,
    entries: &[(Entry, NaiveDateTime)],
) -> QueryResult<()> {
    use diesel::connection::SimpleConnection;
    let write = |conn: &mut DbConnection| {
        crate::db::write_transaction(conn, |c| {
            if let DbConnection::Pg(pg) = c {
                pg.batch_execute("SET LOCAL synchronous_commit TO OFF")?;
            }
            append_all(c, entries)
        })
    };
    match conn {
        DbConnection::Pg(_) => write(conn),
        DbConnection::Sqlite(_) => {
            conn.batch_execute("PRAGMA synchronous = NORMAL")?;
            let done = write(conn);
            // Back to the connection's setting whatever happened: every
            // other write on it must reach the disk before it returns.
            conn.batch_execute(crate::db::SQLITE_DURABLE)?;
            done
        }
    }
}

/// What checking the chain found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Every row hashes to what the next one holds; `rows` checked.
    Intact { rows: u64 },
    /// The first row that does not fit (edited, or one before it deleted).
    Broken { id: i64 },
}

/// Rows read per query while verifying.
const VERIFY_BATCH: i64 = 5_000;

/// Recomputes the chain from the first row to the head.
pub fn verify(conn: &mut DbConnection) -> QueryResult<Verdict> {
    let mut prev = vec![0u8; 32];
    let mut expected_id = 1;
    let mut rows = 0;
    loop {
        let batch: Vec<Row> = audit_log::table
            .filter(audit_log::id.ge(expected_id))
            .order(audit_log::id)
            .limit(VERIFY_BATCH)
            .select(Row::as_select())
            .load(conn)?;
        for r in &batch {
            let e = Entry {
                account_id: r.account_id,
                action: &r.action,
                authority_id: r.authority_id.as_deref(),
                report_id: r.report_id,
                detail: &r.detail,
            };
            let fits = r.id == expected_id
                && r.prev_hash == prev
                && r.hash == chain_hash(&prev, r.id, r.at, &e);
            if !fits {
                return Ok(Verdict::Broken { id: r.id });
            }
            prev.clone_from(&r.hash);
            expected_id += 1;
            rows += 1;
        }
        if batch.len() < VERIFY_BATCH as usize {
            break;
        }
    }
    let (head_id, head_hash): (i64, Vec<u8>) = audit_head::table
        .find(1)
        .select((audit_head::last_id, audit_head::last_hash))
        .first(conn)?;
    if head_id != expected_id - 1 || head_hash != prev {
        // Rows at the end were deleted.
        return Ok(Verdict::Broken { id: expected_id });
    }
    Ok(Verdict::Intact { rows })
}

/// A page of the log, newest first, of one authority or all (`None`),
/// before row `before`.
pub fn page(
    conn: &mut DbConnection,
    authority: Option<&str>,
    before: Option<i64>,
    limit: i64,
) -> QueryResult<Vec<Row>> {
    let mut q = audit_log::table.select(Row::as_select()).into_boxed();
    if let Some(a) = authority {
        q = q.filter(audit_log::authority_id.eq(a));
    }
    if let Some(b) = before {
        q = q.filter(audit_log::id.lt(b));
    }
    q.order(audit_log::id.desc()).limit(limit).load(conn)
}
