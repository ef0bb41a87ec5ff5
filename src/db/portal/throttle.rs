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

/// Counts one attempt atomically and returns the count so far: parallel
/// requests each get their own number, so a limit checked on it holds.
pub fn bump(conn: &mut DbConnection, subject: &[u8], now: NaiveDateTime) -> QueryResult<i32> {
    for _ in 0..2 {
        let counted: Option<i32> = diesel::update(login_throttle::table.find(subject))
            .set((
                login_throttle::failures.eq(login_throttle::failures + 1),
                login_throttle::last_failure_at.eq(now),
            ))
            .returning(login_throttle::failures)
            .get_result(conn)
            .optional()?;
        if let Some(n) = counted {
            return Ok(n);
        }
        let inserted = diesel::insert_into(login_throttle::table)
            .values((
                login_throttle::subject.eq(subject),
                login_throttle::failures.eq(1),
                login_throttle::last_failure_at.eq(now),
            ))
            .execute(conn);
        match inserted {
            Ok(_) => return Ok(1),
            // Another request inserted it first: count on its row.
            Err(diesel::result::Error::DatabaseError(
                diesel::result::DatabaseErrorKind::UniqueViolation,
                _,
            )) => continue,
            Err(e) => return Err(e),
        }
    }
    Err(diesel::result::Error::NotFound)
}

/// Forgets counters whose last failure was before `before` (they no
/// longer count once the policy's quiet window has passed).
pub fn purge(conn: &mut DbConnection, before: NaiveDateTime) -> QueryResult<usize> {
    diesel::delete(login_throttle::table.filter(login_throttle::last_failure_at.lt(before)))
        .execute(conn)
}
