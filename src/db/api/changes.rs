//! An authority's cases as its systems pull them: in the order they last
//! changed (`reports.changed_at`: arrival, then each history entry, kept by
//! a trigger on `case_events`), from `reports_changes (authority_id,
//! changed_at, id)`; and one case with its history, without note texts.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::portal::case::{IndicatorRow, PaymentRow};
use crate::db::portal::cases::{Scope, scoped};
use crate::db::schema::{case_events, indicators, payments, reports};
use crate::domain::{CaseRef, CaseStatus, CountryCode};

/// A place in the order of changes: after the change of case `id` at `at`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    pub at: NaiveDateTime,
    pub id: i64,
}

/// What the API tells of a case (never the victim's contact or story).
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = reports)]
pub struct CaseRow {
    pub id: i64,
    pub reference: CaseRef,
    pub authority_id: Option<String>,
    pub status: CaseStatus,
    pub created_at: NaiveDateTime,
    pub changed_at: NaiveDateTime,
    pub residence_country: CountryCode,
    pub residence_region: Option<String>,
    pub platform_name: Option<String>,
    pub first_contact_channel: Option<String>,
    pub first_contact_on: Option<NaiveDate>,
    pub remote_access: Option<String>,
    pub recovery_approach: Option<String>,
}

impl CaseRow {
    pub fn mark(&self) -> Mark {
        Mark {
            at: self.changed_at,
            id: self.id,
        }
    }
}

/// A case with its payments and indicators.
#[derive(Debug, Clone)]
pub struct Case {
    pub row: CaseRow,
    pub payments: Vec<PaymentRow>,
    pub indicators: Vec<IndicatorRow>,
}

/// One history entry, without its author or text.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = case_events)]
pub struct Step {
    pub at: NaiveDateTime,
    pub kind: String,
    pub status: Option<String>,
    pub authority_id: Option<String>,
}

/// Up to `limit` cases of `scope` that changed after `after` and not after
/// `until`, oldest change first.
pub fn page(
    conn: &mut DbConnection,
    scope: &Scope,
    after: Option<Mark>,
    until: NaiveDateTime,
    limit: i64,
) -> QueryResult<Vec<Case>> {
    let mut q = scoped(scope).filter(reports::changed_at.le(until));
    if let Some(m) = after {
        q = q.filter(
            reports::changed_at
                .gt(m.at)
                .or(reports::changed_at.eq(m.at).and(reports::id.gt(m.id))),
        );
    }
    let rows = q
        .order((reports::changed_at, reports::id))
        .limit(limit)
        .select(CaseRow::as_select())
        .load(conn)?;
    with_details(conn, rows)
}

/// The case with this reference, if it is in `scope`, and its history.
pub fn one(
    conn: &mut DbConnection,
    scope: &Scope,
    reference: &CaseRef,
) -> QueryResult<Option<(Case, Vec<Step>)>> {
    let Some(row) = scoped(scope)
        .filter(reports::reference.eq(reference.as_str()))
        .select(CaseRow::as_select())
        .first(conn)
        .optional()?
    else {
        return Ok(None);
    };
    let steps = case_events::table
        .filter(case_events::report_id.eq(row.id))
        .order(case_events::id)
        .select(Step::as_select())
        .load(conn)?;
    let case = with_details(conn, vec![row])?.pop();
    Ok(case.map(|c| (c, steps)))
}

/// The payments and indicators of cases, by their per-report keys.
fn with_details(conn: &mut DbConnection, rows: Vec<CaseRow>) -> QueryResult<Vec<Case>> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut paid: Vec<(i64, PaymentRow)> = payments::table
        .filter(payments::report_id.eq_any(&ids))
        .order((payments::report_id, payments::position))
        .select((payments::report_id, PaymentRow::as_select()))
        .load(conn)?;
    let mut found: Vec<(i64, IndicatorRow)> = indicators::table
        .filter(indicators::report_id.eq_any(&ids))
        .order((
            indicators::report_id,
            indicators::kind,
            indicators::normalised,
        ))
        .select((indicators::report_id, IndicatorRow::as_select()))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|row| Case {
            payments: take_of(&mut paid, row.id),
            indicators: take_of(&mut found, row.id),
            row,
        })
        .collect())
}

/// Removes and returns the items of report `id`.
fn take_of<T>(items: &mut Vec<(i64, T)>, id: i64) -> Vec<T> {
    let (mine, rest): (Vec<_>, Vec<_>) = std::mem::take(items)
        .into_iter()
        .partition(|(of, _)| *of == id);
    *items = rest;
    mine.into_iter().map(|(_, x)| x).collect()
}
