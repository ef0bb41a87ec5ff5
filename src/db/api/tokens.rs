//! API tokens: an authority's lead makes one for a system of the authority
//! (`/portal/api-tokens`, `fraudreport api-token create`). The secret
//! (`frt_` and 160 random bits, hex-encoded) is shown once; the table keeps
//! only its lookup key (SHA-256, as every other token of the service). A
//! token reads its authority's cases until it expires or is revoked.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::api_tokens;
use crate::keys::{lookup_key, random_hex};

/// How every secret starts (so a leaked one is recognisable in a scan).
pub const PREFIX: &str = "frt_";
/// The authority of partners' tokens: no authority's id (those start with
/// a letter or a digit), so no scope built from it holds a case.
pub const PARTNER: &str = "-partner-";
/// Random bytes of a secret.
const SECRET_BYTES: usize = 20;
/// A token's `last_used_at` is written at most this often.
const USE_RECORDED_EVERY: Duration = Duration::seconds(60);

/// A stored token, without its key.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = api_tokens)]
pub struct ApiToken {
    pub id: i64,
    pub authority_id: String,
    pub name: String,
    pub created_by: Option<i64>,
    pub created_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
    pub revoked_at: Option<NaiveDateTime>,
    pub last_used_at: Option<NaiveDateTime>,
    /// A partner's token (a bank, a telecom): opens only the check.
    pub partner: bool,
}

impl ApiToken {
    /// Whether it still opens the API at `now`.
    pub fn live(&self, now: NaiveDateTime) -> bool {
        self.revoked_at.is_none() && self.expires_at > now
    }
}

/// A token to create.
#[derive(Debug, Clone)]
pub struct NewToken<'a> {
    pub authority_id: &'a str,
    pub name: &'a str,
    /// The account that made it (none from the command line).
    pub created_by: Option<i64>,
    pub days: i64,
}

/// Creates a token; returns its id and its secret (to show once).
pub fn create(
    conn: &mut DbConnection,
    new: &NewToken,
    now: NaiveDateTime,
) -> QueryResult<(i64, String)> {
    let secret = format!("{PREFIX}{}", random_hex(SECRET_BYTES));
    let id = diesel::insert_into(api_tokens::table)
        .values((
            api_tokens::authority_id.eq(new.authority_id),
            api_tokens::name.eq(new.name),
            api_tokens::token_key.eq(lookup_key(&secret)),
            api_tokens::created_by.eq(new.created_by),
            api_tokens::created_at.eq(now),
            api_tokens::expires_at.eq(now + Duration::days(new.days)),
            api_tokens::partner.eq(new.authority_id == PARTNER),
        ))
        .returning(api_tokens::id)
        .get_result(conn)?;
    Ok((id, secret))
}

/// An authority's tokens, newest first.
pub fn list(conn: &mut DbConnection, authority: &str) -> QueryResult<Vec<ApiToken>> {
    api_tokens::table
        .filter(api_tokens::authority_id.eq(authority))
        .order(api_tokens::id.desc())
        .select(ApiToken::as_select())
        .load(conn)
}

/// Revokes one of an authority's live tokens; false when it has none such.
pub fn revoke(
    conn: &mut DbConnection,
    authority: &str,
    id: i64,
    by: Option<i64>,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    let revoked = diesel::update(
        api_tokens::table
            .find(id)
            .filter(api_tokens::authority_id.eq(authority))
            .filter(api_tokens::revoked_at.is_null()),
    )
    .set((
        api_tokens::revoked_at.eq(Some(now)),
        api_tokens::revoked_by.eq(by),
    ))
    .execute(conn)?;
    Ok(revoked == 1)
}

/// The live token a secret opens, its use recorded (`last_used_at`, at
/// most once a minute); none for an unknown, expired or revoked secret.
pub fn authenticate(
    conn: &mut DbConnection,
    secret: &str,
    now: NaiveDateTime,
) -> QueryResult<Option<ApiToken>> {
    if !secret.starts_with(PREFIX) {
        return Ok(None);
    }
    let token = api_tokens::table
        .filter(api_tokens::token_key.eq(lookup_key(secret)))
        .select(ApiToken::as_select())
        .first(conn)
        .optional()?
        .filter(|t| t.live(now));
    if let Some(t) = &token
        && t.last_used_at
            .is_none_or(|at| at + USE_RECORDED_EVERY <= now)
    {
        diesel::update(api_tokens::table.find(t.id))
            .set(api_tokens::last_used_at.eq(Some(now)))
            .execute(conn)?;
    }
    Ok(token)
}
