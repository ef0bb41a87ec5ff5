//! Counters of failed logins, per account and per client, kept in the
//! database so every node sees them. A subject is a keyed hash (of the
//! account id, or of the client's network): no address is stored.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::login_throttle;

/// Failures so far, and when the last one was.
pub fn get(conn: &mut DbConnection, subject: &[u8]) -> QueryResult<Option<(i32, NaiveDateTime)>> {
    login_throttle::table
        .find(subject)
        .select((login_throttle::failures, login_throttle::last_failure_at))
        .first(conn)
        .optional()
}

/// Counts one more failure; `failures` is the new count (the caller decided
/// it, knowing whether old failures have lapsed).
pub fn record(
    conn: &mut DbConnection,
    subject: &[u8],
    failures: i32,
    now: NaiveDateTime,
) -> QueryResult<()> {
    let updated = diesel::update(login_throttle::table.find(subject))
        .set((
            login_throttle::failures.eq(failures),
            login_throttle::last_failure_at.eq(now),
        ))
        .execute(conn)?;
    if updated == 0 {
        diesel::insert_into(login_throttle::table)
            .values((
                login_throttle::subject.eq(subject),
                login_throttle::failures.eq(failures),
                login_throttle::last_failure_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Forgets a subject's failures (after a successful login).
pub fn clear(conn: &mut DbConnection, subject: &[u8]) -> QueryResult<()> {
    diesel::delete(login_throttle::table.find(subject))
        .execute(conn)
        .map(|_| ())
}
