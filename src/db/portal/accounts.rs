//! Portal accounts: creation with an enrolment token, enrolment (password
//! hash, sealed TOTP secret, hashed recovery codes), the TOTP step a code
//! was last accepted for, deactivation, and the lists a lead or an admin
//! manages.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::{account_tokens, accounts, recovery_codes, sessions};
use crate::domain::Role;
use crate::keys::{lookup_key, random_hex};

/// How long an enrolment link works.
pub const ENROLMENT_LIFETIME: Duration = Duration::hours(24);
/// Bytes of an enrolment token (192 bits).
const TOKEN_BYTES: usize = 24;
/// The purpose of enrolment tokens.
const ENROL: &str = "enrol";

/// An account as the portal works with it.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = accounts)]
pub struct Account {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: Role,
    /// For officers and leads.
    pub authority_id: Option<String>,
    /// The portal's language for this account, and its mails'.
    pub locale: String,
    pub password_hash: Option<String>,
    /// Sealed.
    pub totp_secret: Option<Vec<u8>>,
    pub totp_last_step: Option<i64>,
    pub created_at: NaiveDateTime,
    pub enrolled_at: Option<NaiveDateTime>,
    pub deactivated_at: Option<NaiveDateTime>,
}

impl Account {
    /// Enrolled and not deactivated: may log in.
    pub fn is_active(&self) -> bool {
        self.enrolled_at.is_some() && self.deactivated_at.is_none()
    }
}

/// A new account's details.
#[derive(Debug, Clone)]
pub struct NewAccount<'a> {
    /// Lower-case.
    pub email: &'a str,
    pub name: &'a str,
    pub role: Role,
    pub authority_id: Option<&'a str>,
    pub locale: &'a str,
}

/// Why an account could not be created.
#[derive(Debug, thiserror::Error)]
pub enum CreateError {
    #[error("an account with this e-mail address exists")]
    Exists,
    #[error(transparent)]
    Database(#[from] diesel::result::Error),
}

/// Creates an account and returns its id and the secret of its enrolment
/// link (stored only as a hash, valid [`ENROLMENT_LIFETIME`]).
pub fn create(
    conn: &mut DbConnection,
    new: &NewAccount,
    now: NaiveDateTime,
) -> Result<(i64, String), CreateError> {
    let taken = accounts::table
        .filter(accounts::email.eq(new.email))
        .count()
        .get_result::<i64>(conn)?;
    if taken > 0 {
        return Err(CreateError::Exists);
    }
    let id = diesel::insert_into(accounts::table)
        .values((
            accounts::email.eq(new.email),
            accounts::name.eq(new.name),
            accounts::role.eq(new.role.as_str()),
            accounts::authority_id.eq(new.authority_id),
            accounts::locale.eq(new.locale),
            accounts::created_at.eq(now),
        ))
        .returning(accounts::id)
        .get_result(conn)?;
    let secret = enrolment_token(conn, id, now)?;
    Ok((id, secret))
}

/// A new enrolment link for an account (an earlier unused one stops working).
pub fn enrolment_token(
    conn: &mut DbConnection,
    account_id: i64,
    now: NaiveDateTime,
) -> QueryResult<String> {
    diesel::delete(
        account_tokens::table
            .filter(account_tokens::account_id.eq(account_id))
            .filter(account_tokens::purpose.eq(ENROL)),
    )
    .execute(conn)?;
    let secret = random_hex(TOKEN_BYTES);
    diesel::insert_into(account_tokens::table)
        .values((
            account_tokens::token_key.eq(lookup_key(&secret)),
            account_tokens::purpose.eq(ENROL),
            account_tokens::account_id.eq(account_id),
            account_tokens::created_at.eq(now),
            account_tokens::expires_at.eq(now + ENROLMENT_LIFETIME),
        ))
        .execute(conn)?;
    Ok(secret)
}

/// Makes an account enrol anew (a lost or stolen authenticator): its
/// password, authenticator and recovery codes stop working and its sessions
/// end at once; returns the new enrolment link's secret.
pub fn reset_for_enrolment(
    conn: &mut DbConnection,
    account_id: i64,
    now: NaiveDateTime,
) -> QueryResult<String> {
    diesel::update(accounts::table.find(account_id))
        .set((
            accounts::password_hash.eq(None::<String>),
            accounts::totp_secret.eq(None::<Vec<u8>>),
            accounts::totp_last_step.eq(None::<i64>),
            accounts::enrolled_at.eq(None::<NaiveDateTime>),
        ))
        .execute(conn)?;
    replace_recovery_codes(conn, account_id, &[])?;
    end_sessions(conn, account_id, now)?;
    enrolment_token(conn, account_id, now)
}

/// The account an unused, unexpired enrolment secret belongs to.
pub fn by_enrolment(
    conn: &mut DbConnection,
    secret: &str,
    now: NaiveDateTime,
) -> QueryResult<Option<Account>> {
    account_tokens::table
        .inner_join(accounts::table)
        .filter(account_tokens::token_key.eq(lookup_key(secret)))
        .filter(account_tokens::purpose.eq(ENROL))
        .filter(account_tokens::expires_at.gt(now))
        .filter(account_tokens::used_at.is_null())
        .filter(accounts::deactivated_at.is_null())
        // An enrolled account's authenticator is never shown again.
        .filter(accounts::enrolled_at.is_null())
        .select(Account::as_select())
        .first(conn)
        .optional()
}

/// What enrolment stores.
pub struct Enrolment<'a> {
    pub password_hash: &'a str,
    /// Sealed.
    pub totp_secret: &'a [u8],
    /// The step of the code that proved the authenticator works.
    pub totp_step: i64,
    pub recovery_hashes: &'a [[u8; 32]],
}

/// Completes enrolment and uses up the token, if it is still unused;
/// false when someone else used it first.
pub fn enrol(
    conn: &mut DbConnection,
    secret: &str,
    account_id: i64,
    e: &Enrolment,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    let used = diesel::update(
        account_tokens::table
            .filter(account_tokens::token_key.eq(lookup_key(secret)))
            .filter(account_tokens::account_id.eq(account_id))
            .filter(account_tokens::used_at.is_null()),
    )
    .set(account_tokens::used_at.eq(Some(now)))
    .execute(conn)?;
    if used == 0 {
        return Ok(false);
    }
    diesel::update(accounts::table.find(account_id))
        .set((
            accounts::password_hash.eq(Some(e.password_hash)),
            accounts::totp_secret.eq(Some(e.totp_secret)),
            accounts::totp_last_step.eq(Some(e.totp_step)),
            accounts::enrolled_at.eq(Some(now)),
            accounts::password_changed_at.eq(Some(now)),
        ))
        .execute(conn)?;
    replace_recovery_codes(conn, account_id, e.recovery_hashes)?;
    end_sessions(conn, account_id, now)?;
    Ok(true)
}

/// Stores a fresh set of recovery codes (the old ones stop working).
pub fn replace_recovery_codes(
    conn: &mut DbConnection,
    account_id: i64,
    hashes: &[[u8; 32]],
) -> QueryResult<()> {
    diesel::delete(recovery_codes::table.filter(recovery_codes::account_id.eq(account_id)))
        .execute(conn)?;
    for hash in hashes {
        diesel::insert_into(recovery_codes::table)
            .values((
                recovery_codes::account_id.eq(account_id),
                recovery_codes::code_hash.eq(hash.as_slice()),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Uses up a recovery code; false when it is unknown or was used.
pub fn use_recovery_code(
    conn: &mut DbConnection,
    account_id: i64,
    hash: &[u8; 32],
    now: NaiveDateTime,
) -> QueryResult<bool> {
    let used = diesel::update(
        recovery_codes::table
            .filter(recovery_codes::account_id.eq(account_id))
            .filter(recovery_codes::code_hash.eq(hash.as_slice()))
            .filter(recovery_codes::used_at.is_null()),
    )
    .set(recovery_codes::used_at.eq(Some(now)))
    .execute(conn)?;
    Ok(used == 1)
}

/// Records that a TOTP code of `step` was accepted, unless a code of this
/// or a later step already was (then false: a code works once).
pub fn accept_totp_step(conn: &mut DbConnection, account_id: i64, step: i64) -> QueryResult<bool> {
    let moved = diesel::update(
        accounts::table.find(account_id).filter(
            accounts::totp_last_step
                .is_null()
                .or(accounts::totp_last_step.lt(step)),
        ),
    )
    .set(accounts::totp_last_step.eq(Some(step)))
    .execute(conn)?;
    Ok(moved == 1)
}

/// The account with this (lower-case) e-mail address.
pub fn by_email(conn: &mut DbConnection, email: &str) -> QueryResult<Option<Account>> {
    accounts::table
        .filter(accounts::email.eq(email))
        .select(Account::as_select())
        .first(conn)
        .optional()
}

/// An account by id.
pub fn by_id(conn: &mut DbConnection, id: i64) -> QueryResult<Option<Account>> {
    accounts::table
        .find(id)
        .select(Account::as_select())
        .first(conn)
        .optional()
}

/// Accounts of one authority, or all of them (`None`), by name.
pub fn list(conn: &mut DbConnection, authority: Option<&str>) -> QueryResult<Vec<Account>> {
    let mut q = accounts::table.select(Account::as_select()).into_boxed();
    if let Some(id) = authority {
        q = q.filter(accounts::authority_id.eq(id));
    }
    q.order((accounts::name, accounts::id)).load(conn)
}

/// Authorities with at least one active account.
pub fn attended_authorities(conn: &mut DbConnection) -> QueryResult<Vec<String>> {
    accounts::table
        .filter(accounts::enrolled_at.is_not_null())
        .filter(accounts::deactivated_at.is_null())
        .filter(accounts::authority_id.is_not_null())
        .select(accounts::authority_id.assume_not_null())
        .distinct()
        .load(conn)
}

/// Sets a new password hash; every session of the account ends.
pub fn set_password(
    conn: &mut DbConnection,
    account_id: i64,
    hash: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::update(accounts::table.find(account_id))
        .set((
            accounts::password_hash.eq(Some(hash)),
            accounts::password_changed_at.eq(Some(now)),
        ))
        .execute(conn)?;
    end_sessions(conn, account_id, now)
}

/// Deactivates an account; its sessions end at once.
pub fn deactivate(conn: &mut DbConnection, account_id: i64, now: NaiveDateTime) -> QueryResult<()> {
    diesel::update(accounts::table.find(account_id))
        .set(accounts::deactivated_at.eq(Some(now)))
        .execute(conn)?;
    end_sessions(conn, account_id, now)
}

/// Ends every session of an account.
pub fn end_sessions(
    conn: &mut DbConnection,
    account_id: i64,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::update(
        sessions::table
            .filter(sessions::account_id.eq(account_id))
            .filter(sessions::ended_at.is_null()),
    )
    .set(sessions::ended_at.eq(Some(now)))
    .execute(conn)
    .map(|_| ())
}
