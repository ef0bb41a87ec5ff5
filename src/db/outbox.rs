//! The e-mail outbox as a queue. Rows are written in the transaction of the
//! event that causes them; workers lease due rows, send, and mark them sent,
//! or schedule a retry, or give up and mark them failed, saying why.
//! PostgreSQL leases with `FOR UPDATE SKIP LOCKED`, so several workers never
//! take the same row; SQLite runs one worker.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Binary, Integer, Nullable, Text, Timestamp};

use super::DbConnection;
use super::schema::outbox;
use crate::domain::MailKind;

/// A row's state.
pub const PENDING: &str = "pending";
pub const SENT: &str = "sent";
pub const FAILED: &str = "failed";
/// Withdrawn, never to be sent: the recipient asked for no more mail, or
/// the mail needs a confirmed address or consent that it no longer has.
pub const SUPPRESSED: &str = "suppressed";

/// A leased row, ready to send.
#[derive(Debug, Clone, QueryableByName)]
pub struct Leased {
    #[diesel(sql_type = BigInt)]
    pub id: i64,
    #[diesel(sql_type = Nullable<BigInt>)]
    pub report_id: Option<i64>,
    #[diesel(sql_type = Text)]
    pub kind: MailKind,
    #[diesel(sql_type = Text)]
    pub locale: String,
    /// Sealed ([`crate::seal`]).
    #[diesel(sql_type = Binary)]
    pub recipient: Vec<u8>,
    #[diesel(sql_type = Nullable<BigInt>)]
    pub campaign_id: Option<i64>,
    /// An officer's account, the recipient of a notice or a digest (whose
    /// `recipient` is then empty).
    #[diesel(sql_type = Nullable<BigInt>)]
    pub account_id: Option<i64>,
    /// The case event behind the row (a message, a hand-on).
    #[diesel(sql_type = Nullable<BigInt>)]
    pub event_id: Option<i64>,
    /// The window a digest lists.
    #[diesel(sql_type = Nullable<BigInt>)]
    pub digest_id: Option<i64>,
    /// The named cluster a notice announces (`cluster_notices`).
    #[diesel(sql_type = Nullable<BigInt>)]
    pub cluster_notice_id: Option<i64>,
    /// Attempts including this one.
    #[diesel(sql_type = Integer)]
    pub attempts: i32,
}

/// One e-mail to queue, written in the transaction of what causes it.
#[derive(Debug, Clone)]
pub struct NewMail<'a> {
    pub report_id: Option<i64>,
    pub kind: MailKind,
    /// The language it goes out in.
    pub locale: &'a str,
    /// Sealed ([`crate::seal`]).
    pub recipient: &'a [u8],
    /// The blind index of a victim's canonical address (none for
    /// institutions), which the mail rules look it up by.
    pub recipient_key: Option<&'a [u8]>,
    pub campaign_id: Option<i64>,
}

#[derive(Insertable)]
#[diesel(table_name = outbox)]
struct NewRow<'a> {
    report_id: Option<i64>,
    kind: String,
    locale: &'a str,
    recipient: &'a [u8],
    recipient_key: Option<&'a [u8]>,
    campaign_id: Option<i64>,
    created_at: NaiveDateTime,
    next_attempt_at: NaiveDateTime,
}

/// Queues `mails`, due at once, in multi-row statements. Returns how many.
pub fn enqueue(
    conn: &mut DbConnection,
    mails: &[NewMail],
    now: NaiveDateTime,
) -> QueryResult<usize> {
    let rows: Vec<NewRow> = mails
        .iter()
        .map(|m| NewRow {
            report_id: m.report_id,
            kind: m.kind.to_string(),
            locale: m.locale,
            recipient: m.recipient,
            recipient_key: m.recipient_key,
            campaign_id: m.campaign_id,
            created_at: now,
            next_attempt_at: now,
        })
        .collect();
    super::insert_rows!(conn, outbox::table, rows);
    Ok(rows.len())
}

/// The kinds this build can send, as an SQL condition: in a rolling
/// upgrade an older node leaves the rows of a newer kind to the newer
/// nodes instead of failing on them.
fn known_kinds() -> String {
    let fixed: Vec<String> = MailKind::FIXED.iter().map(|k| format!("'{k}'")).collect();
    format!(
        "(kind IN ({}) OR kind LIKE '{}%')",
        fixed.join(", "),
        MailKind::FOLLOWUP_PREFIX
    )
}

static LEASE_SQLITE: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    format!(
        "UPDATE outbox SET locked_until = ?, lease_token = ?, attempts = attempts + 1 \
         WHERE id IN (SELECT id FROM outbox WHERE state = 'pending' AND next_attempt_at <= ? \
         AND (locked_until IS NULL OR locked_until < ?) AND {} \
         ORDER BY next_attempt_at, id LIMIT ?) \
         RETURNING id, report_id, kind, locale, recipient, campaign_id, account_id, event_id, digest_id, cluster_notice_id, attempts",
        known_kinds()
    )
});

static LEASE_POSTGRES: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    format!(
        "UPDATE outbox SET locked_until = $1, lease_token = $2, attempts = attempts + 1 \
         WHERE id IN (SELECT id FROM outbox WHERE state = 'pending' AND next_attempt_at <= $3 \
         AND (locked_until IS NULL OR locked_until < $4) AND {} \
         ORDER BY next_attempt_at, id LIMIT $5 FOR UPDATE SKIP LOCKED) \
         RETURNING id, report_id, kind, locale, recipient, campaign_id, account_id, event_id, digest_id, cluster_notice_id, attempts",
        known_kinds()
    )
});

/// Leases up to `limit` due rows until `now + lease`, under `token`: only
/// the holder of the token records their outcome, so a worker whose lease
/// ran out (and was taken over) can no longer mark a row.
pub fn lease(
    conn: &mut DbConnection,
    now: NaiveDateTime,
    lease: Duration,
    limit: i64,
    token: &[u8],
) -> QueryResult<Vec<Leased>> {
    let until = now + lease;
    match conn {
        DbConnection::Sqlite(c) => diesel::sql_query(LEASE_SQLITE.as_str())
            .bind::<Timestamp, _>(until)
            .bind::<Binary, _>(token)
            .bind::<Timestamp, _>(now)
            .bind::<Timestamp, _>(now)
            .bind::<BigInt, _>(limit)
            .load(c),
        DbConnection::Pg(c) => diesel::sql_query(LEASE_POSTGRES.as_str())
            .bind::<Timestamp, _>(until)
            .bind::<Binary, _>(token)
            .bind::<Timestamp, _>(now)
            .bind::<Timestamp, _>(now)
            .bind::<BigInt, _>(limit)
            .load(c),
    }
}

/// The SMTP server (or the mail folder) took the message. Only a row still
/// leased under `token` and still pending is marked: a row withdrawn while
/// its batch was out (the recipient unsubscribed) stays withdrawn.
pub fn mark_sent(
    conn: &mut DbConnection,
    id: i64,
    token: &[u8],
    now: NaiveDateTime,
    message_id: &str,
) -> QueryResult<()> {
    let held = outbox::table
        .find(id)
        .filter(outbox::lease_token.eq(token))
        .filter(outbox::state.eq(PENDING));
    diesel::update(held)
        .set((
            outbox::state.eq(SENT),
            outbox::sent_at.eq(Some(now)),
            outbox::locked_until.eq(None::<NaiveDateTime>),
            outbox::message_id.eq(Some(message_id)),
            outbox::last_error.eq(None::<String>),
        ))
        .execute(conn)
        .map(|_| ())
}

/// Sending failed: try again at `retry_at`, or, with `None`, give up.
pub fn mark_failed_attempt(
    conn: &mut DbConnection,
    id: i64,
    token: &[u8],
    error: &str,
    retry_at: Option<NaiveDateTime>,
) -> QueryResult<()> {
    let row = outbox::table
        .find(id)
        .filter(outbox::lease_token.eq(token))
        .filter(outbox::state.eq(PENDING));
    let released = (
        outbox::locked_until.eq(None::<NaiveDateTime>),
        outbox::last_error.eq(Some(error)),
    );
    match retry_at {
        Some(at) => diesel::update(row)
            .set((
                outbox::state.eq(PENDING),
                outbox::next_attempt_at.eq(at),
                released,
            ))
            .execute(conn),
        None => diesel::update(row)
            .set((outbox::state.eq(FAILED), released))
            .execute(conn),
    }
    .map(|_| ())
}

/// Withdraws a row for good, saying why (see [`SUPPRESSED`]).
pub fn mark_suppressed(conn: &mut DbConnection, id: i64, why: &str) -> QueryResult<()> {
    diesel::update(outbox::table.find(id))
        .set((
            outbox::state.eq(SUPPRESSED),
            outbox::locked_until.eq(None::<NaiveDateTime>),
            outbox::last_error.eq(Some(why)),
        ))
        .execute(conn)
        .map(|_| ())
}

/// Puts a row back until `at` without counting an attempt (the recipient
/// reached the daily limit).
pub fn defer(conn: &mut DbConnection, id: i64, token: &[u8], at: NaiveDateTime) -> QueryResult<()> {
    let held = outbox::table
        .find(id)
        .filter(outbox::lease_token.eq(token))
        .filter(outbox::state.eq(PENDING));
    diesel::update(held)
        .set((
            outbox::next_attempt_at.eq(at),
            outbox::locked_until.eq(None::<NaiveDateTime>),
            outbox::attempts.eq(outbox::attempts - 1),
        ))
        .execute(conn)
        .map(|_| ())
}

/// How the outbox stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    /// Rows per state, e.g. `("pending", 3)`.
    pub counts: Vec<(String, i64)>,
    /// When the oldest pending row was written.
    pub oldest_pending: Option<NaiveDateTime>,
}

/// Counts by state and the creation time of the oldest pending row.
pub fn status(conn: &mut DbConnection) -> QueryResult<Status> {
    let counts = outbox::table
        .group_by(outbox::state)
        .select((outbox::state, diesel::dsl::count_star()))
        .order(outbox::state)
        .load::<(String, i64)>(conn)?;
    let oldest = outbox::table
        .filter(outbox::state.eq(PENDING))
        .select(diesel::dsl::min(outbox::created_at))
        .first::<Option<NaiveDateTime>>(conn)?;
    Ok(Status {
        counts,
        oldest_pending: oldest,
    })
}

/// Puts failed rows (one, or all with `None`) back in the queue, due now.
pub fn retry(conn: &mut DbConnection, id: Option<i64>, now: NaiveDateTime) -> QueryResult<usize> {
    let failed = outbox::table.filter(outbox::state.eq(FAILED));
    let values = (
        outbox::state.eq(PENDING),
        outbox::next_attempt_at.eq(now),
        outbox::attempts.eq(0),
    );
    match id {
        Some(id) => diesel::update(failed.filter(outbox::id.eq(id)))
            .set(values)
            .execute(conn),
        None => diesel::update(failed).set(values).execute(conn),
    }
}
