//! Cases as officers work them: whose they are ([`Scope`]), the queue, and
//! one case. Every query here takes a scope, so no query can forget it.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::{accounts, reports};
use crate::domain::{CaseRef, CaseStatus, CountryCode, Role};

/// Which cases an account may see.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// One authority's cases (officers and leads).
    Authority(String),
    /// Every case (coordinators).
    All,
    /// None (administrators, and accounts without an authority).
    Nothing,
}

impl Scope {
    /// The scope of an account's role and authority.
    pub fn of(role: Role, authority: Option<&str>) -> Scope {
        match (role, authority) {
            (Role::Coordinator, _) => Scope::All,
            (Role::Officer | Role::Lead, Some(id)) => Scope::Authority(id.to_string()),
            _ => Scope::Nothing,
        }
    }

    /// Whether a case of `authority` (none: the hub's) is in this scope.
    pub fn covers(&self, authority: Option<&str>) -> bool {
        match self {
            Scope::All => true,
            Scope::Authority(id) => authority == Some(id.as_str()),
            Scope::Nothing => false,
        }
    }
}

/// How `indicators` and `report_totals` name a case's authority (which
/// their indexes lead with): its id, or '' for the hub's cases.
pub fn scope_key(authority_id: Option<&str>) -> &str {
    authority_id.unwrap_or("")
}

/// The reports of a scope, as a boxed query to add filters to.
pub fn scoped<'a>(scope: &Scope) -> reports::BoxedQuery<'a, crate::db::MultiBackend> {
    let q = reports::table.into_boxed();
    match scope {
        Scope::All => q,
        Scope::Authority(id) => q.filter(reports::authority_id.eq(id.clone())),
        Scope::Nothing => q.filter(reports::id.lt(0)),
    }
}

/// One line of the queue.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = reports)]
pub struct QueueRow {
    pub id: i64,
    pub reference: CaseRef,
    pub created_at: NaiveDateTime,
    pub residence_country: CountryCode,
    pub residence_region: Option<String>,
    pub platform_name: Option<String>,
    pub status: CaseStatus,
    pub assignee_id: Option<i64>,
    pub authority_id: Option<String>,
}

/// A position in the queue: the last row of the page before
/// ([`super::queue::page`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct After {
    pub created_at: NaiveDateTime,
    pub id: i64,
}

impl After {
    /// Its place in the queue's order (newest first is descending).
    pub fn key(&self) -> (NaiveDateTime, i64) {
        (self.created_at, self.id)
    }
}

/// The names of accounts, by id (for assignees).
pub fn account_names(conn: &mut DbConnection, ids: &[i64]) -> QueryResult<Vec<(i64, String)>> {
    accounts::table
        .filter(accounts::id.eq_any(ids))
        .select((accounts::id, accounts::name))
        .load(conn)
}

/// The id and authority of the case with this reference, if it is in
/// `scope`; a case outside it is as absent as one that does not exist.
pub fn find_in_scope(
    conn: &mut DbConnection,
    scope: &Scope,
    reference: &CaseRef,
) -> QueryResult<Option<(i64, Option<String>)>> {
    scoped(scope)
        .filter(reports::reference.eq(reference.as_str()))
        .select((reports::id, reports::authority_id))
        .first(conn)
        .optional()
}

/// The id of the case with this reference if it is in `scope`, its row
/// locked ([`lock_row`]) and its scope read again after the lock: it holds
/// until the calling transaction ends.
pub fn lock_in_scope(
    conn: &mut DbConnection,
    scope: &Scope,
    reference: &CaseRef,
) -> QueryResult<Option<i64>> {
    let Some((id, _)) = find_in_scope(conn, scope, reference)? else {
        return Ok(None);
    };
    lock_row(conn, id)?;
    Ok(find_in_scope(conn, scope, reference)?.map(|(id, _)| id))
}

/// On PostgreSQL, locks a case's row until the transaction ends, so that a
/// scope checked after it holds for the writes that follow (a concurrent
/// re-route waits, or is waited for). SQLite's write transactions already
/// run one at a time.
pub fn lock_row(conn: &mut DbConnection, id: i64) -> QueryResult<()> {
    if let DbConnection::Pg(c) = conn {
        diesel::sql_query("SELECT id FROM reports WHERE id = $1 FOR UPDATE")
            .bind::<diesel::sql_types::BigInt, _>(id)
            .execute(c)?;
    }
    Ok(())
}
