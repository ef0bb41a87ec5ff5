//! Server-side portal sessions, stored by the SHA-256 of their cookie
//! token, so they work across nodes and end the moment they are ended
//! (logout, password change, deactivation). A session first proves the
//! password (stage `password`, minutes long), then the second factor; the
//! full session gets a new token.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use super::accounts::Account;
use crate::db::DbConnection;
use crate::db::schema::{accounts, sessions};

/// How far a session has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// The password was right; the second factor is still to come.
    Password,
    /// Logged in.
    Full,
}

impl Stage {
    fn as_str(self) -> &'static str {
        match self {
            Stage::Password => "password",
            Stage::Full => "full",
        }
    }
}

/// When a session ends by itself.
#[derive(Debug, Clone, Copy)]
pub struct Lifetimes {
    /// Without a request for this long, a full session ends.
    pub idle: Duration,
    /// A full session ends this long after login, whatever happens.
    pub absolute: Duration,
    /// Time to type the second factor.
    pub second_factor: Duration,
}

impl Default for Lifetimes {
    fn default() -> Self {
        Lifetimes {
            idle: Duration::minutes(30),
            absolute: Duration::hours(12),
            second_factor: Duration::minutes(5),
        }
    }
}

/// Stores a new session.
pub fn create(
    conn: &mut DbConnection,
    token_hash: &[u8],
    account_id: i64,
    stage: Stage,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(sessions::table)
        .values((
            sessions::token_hash.eq(token_hash),
            sessions::account_id.eq(account_id),
            sessions::stage.eq(stage.as_str()),
            sessions::created_at.eq(now),
            sessions::last_seen_at.eq(now),
        ))
        .execute(conn)
        .map(|_| ())
}

/// The account of a live session at `stage`, touching the session (at
/// most once a minute, to spare the database a write per request).
pub fn live(
    conn: &mut DbConnection,
    token_hash: &[u8],
    stage: Stage,
    limits: &Lifetimes,
    now: NaiveDateTime,
) -> QueryResult<Option<Account>> {
    let (idle, absolute) = match stage {
        Stage::Password => (limits.second_factor, limits.second_factor),
        Stage::Full => (limits.idle, limits.absolute),
    };
    let found: Option<(NaiveDateTime, Account)> = sessions::table
        .inner_join(accounts::table)
        .filter(sessions::token_hash.eq(token_hash))
        .filter(sessions::stage.eq(stage.as_str()))
        .filter(sessions::ended_at.is_null())
        .filter(sessions::created_at.gt(now - absolute))
        .filter(sessions::last_seen_at.gt(now - idle))
        .filter(accounts::deactivated_at.is_null())
        .select((sessions::last_seen_at, Account::as_select()))
        .first(conn)
        .optional()?;
    let Some((last_seen, account)) = found else {
        return Ok(None);
    };
    if now - last_seen > Duration::minutes(1) {
        diesel::update(sessions::table.find(token_hash))
            .set(sessions::last_seen_at.eq(now))
            .execute(conn)?;
    }
    Ok(Some(account))
}

/// Ends one session.
pub fn end(conn: &mut DbConnection, token_hash: &[u8], now: NaiveDateTime) -> QueryResult<()> {
    diesel::update(
        sessions::table
            .find(token_hash)
            .filter(sessions::ended_at.is_null()),
    )
    .set(sessions::ended_at.eq(Some(now)))
    .execute(conn)
    .map(|_| ())
}

/// Forgets sessions that ended (or lapsed) before `before`.
pub fn purge(conn: &mut DbConnection, before: NaiveDateTime) -> QueryResult<usize> {
    diesel::delete(
        sessions::table.filter(
            sessions::ended_at
                .lt(before)
                .or(sessions::last_seen_at.lt(before)),
        ),
    )
    .execute(conn)
}
