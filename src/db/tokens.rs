//! Single-purpose tokens for links in e-mails: confirm an address, stop the
//! warnings, open the case. Each is random (192 bits), minted when its e-mail
//! is rendered, and stored only as a hash, so neither the database nor the
//! outbox ever holds a usable link.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use super::DbConnection;
use super::schema::tokens;
use crate::keys::{lookup_key, random_hex};

/// Bytes of randomness in a token (its link carries them hex-encoded).
const TOKEN_BYTES: usize = 24;

/// What a token may be used for; a token of one purpose opens nothing else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Confirms that the report's e-mail address belongs to its sender.
    Confirm,
    /// Stops every further warning to the report's address (RFC 8058).
    Unsubscribe,
    /// Opens the report's private case page.
    Case,
}

impl Purpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::Confirm => "confirm",
            Purpose::Unsubscribe => "unsubscribe",
            Purpose::Case => "case",
        }
    }

    /// How long a token of this purpose works.
    fn lifetime(self) -> Duration {
        match self {
            Purpose::Confirm => Duration::days(90),
            // Warnings run for a year; their links must outlive them.
            Purpose::Unsubscribe | Purpose::Case => Duration::days(2 * 365),
        }
    }
}

/// A token's stored form, before it is inserted.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = tokens)]
pub struct NewToken {
    token_key: Vec<u8>,
    purpose: &'static str,
    report_id: i64,
    created_at: NaiveDateTime,
    expires_at: NaiveDateTime,
}

/// A new token: the secret for the link, and the row that stores its hash.
pub fn mint(purpose: Purpose, report_id: i64, now: NaiveDateTime) -> (String, NewToken) {
    let secret = random_hex(TOKEN_BYTES);
    let row = NewToken {
        token_key: lookup_key(&secret),
        purpose: purpose.as_str(),
        report_id,
        created_at: now,
        expires_at: now + purpose.lifetime(),
    };
    (secret, row)
}

/// Stores minted tokens (in multi-row statements).
pub fn insert(conn: &mut DbConnection, rows: &[NewToken]) -> QueryResult<()> {
    for chunk in rows.chunks(500) {
        match conn {
            DbConnection::Sqlite(c) => diesel::insert_into(tokens::table)
                .values(chunk)
                .execute(c)?,
            DbConnection::Pg(c) => diesel::insert_into(tokens::table)
                .values(chunk)
                .execute(c)?,
        };
    }
    Ok(())
}

/// A valid token's report, and whether the token was used before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub report_id: i64,
    pub used: bool,
}

/// The report a secret opens for `purpose`, if it is known and not expired.
pub fn find(
    conn: &mut DbConnection,
    secret: &str,
    purpose: Purpose,
    now: NaiveDateTime,
) -> QueryResult<Option<Found>> {
    tokens::table
        .filter(tokens::token_key.eq(lookup_key(secret)))
        .filter(tokens::purpose.eq(purpose.as_str()))
        .filter(tokens::expires_at.gt(now))
        .select((tokens::report_id, tokens::used_at))
        .first::<(i64, Option<NaiveDateTime>)>(conn)
        .optional()
        .map(|found| {
            found.map(|(report_id, used_at)| Found {
                report_id,
                used: used_at.is_some(),
            })
        })
}

/// Marks a token used.
pub fn mark_used(conn: &mut DbConnection, secret: &str, now: NaiveDateTime) -> QueryResult<()> {
    diesel::update(tokens::table.find(lookup_key(secret)))
        .set(tokens::used_at.eq(Some(now)))
        .execute(conn)
        .map(|_| ())
}
