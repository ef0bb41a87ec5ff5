//! The queue's queries: a filtered page of a scope's cases (keyset, newest
//! first), the cases an indicator or a reference finds, the counts per
//! status (`case_counts`), and the totals of the rows shown. Each query is written so that
//! an index answers it (`reports_queue*`, `indicators_match`, the
//! payments' and indicators' primary keys).

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::dsl::{count_star, exists};
use diesel::prelude::*;

use super::cases::{After, QueueRow, Scope, scoped};
use crate::db::DbConnection;
use crate::db::schema::{case_counts, indicators, payments, report_totals, reports};
use crate::domain::{CaseRef, CaseStatus};

/// At most this many cases come from one search.
pub const SEARCH_LIMIT: i64 = 1_000;

/// What an officer narrowed the queue to; every field is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// One authority's cases (for coordinators, whose scope is all).
    pub authority: Option<String>,
    pub status: Option<CaseStatus>,
    /// Received at or after.
    pub from: Option<NaiveDateTime>,
    /// Received before.
    pub until: Option<NaiveDateTime>,
    pub country: Option<String>,
    pub region: Option<String>,
    /// The platform's normalised name.
    pub platform: Option<String>,
    /// At least this much (minor units) paid in this currency, in sum.
    pub loss: Option<(i64, String)>,
    pub recovery: Option<String>,
    pub method: Option<String>,
    /// The victim's language.
    pub locale: Option<String>,
    /// The cases a search found (an empty list finds none).
    pub ids: Option<Vec<i64>>,
}

/// The payment and indicator totals of one case.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Sum per currency, in the order the currencies first appear.
    pub totals: Vec<(String, i64)>,
    pub payments: i64,
    pub indicators: i64,
}

type Boxed<'a> = reports::BoxedQuery<'a, crate::db::MultiBackend>;

/// Adds the filter's conditions on the report's own columns.
fn own_columns<'a>(mut q: Boxed<'a>, f: &Filter) -> Boxed<'a> {
    if let Some(a) = &f.authority {
        q = q.filter(reports::authority_id.eq(a.clone()));
    }
    if let Some(s) = f.status {
        q = q.filter(reports::status.eq(s.as_str()));
    }
    if let Some(t) = f.from {
        q = q.filter(reports::created_at.ge(t));
    }
    if let Some(t) = f.until {
        q = q.filter(reports::created_at.lt(t));
    }
    if let Some(c) = &f.country {
        q = q.filter(reports::residence_country.eq(c.clone()));
    }
    if let Some(r) = &f.region {
        q = q.filter(reports::residence_region.eq(r.clone()));
    }
    if let Some(r) = &f.recovery {
        q = q.filter(reports::recovery_approach.eq(r.clone()));
    }
    if let Some(l) = &f.locale {
        q = q.filter(reports::locale.eq(l.clone()));
    }
    if let Some(ids) = &f.ids {
        q = q.filter(reports::id.eq_any(ids.clone()));
    }
    q
}

/// Adds the conditions on payments and indicators: a payment method per
/// case through the payments' primary key, a loss from `report_totals`
/// (of `authority` when the query is of one authority's cases).
fn related<'a>(mut q: Boxed<'a>, f: &Filter, authority: Option<&str>) -> Boxed<'a> {
    // A platform's cases come from `indicators_match`, then are sorted:
    // fewer rows than walking the authority's cases for a rare platform.
    if let Some(p) = &f.platform {
        q = q.filter(
            reports::id.eq_any(
                indicators::table
                    .filter(indicators::kind.eq("platform"))
                    .filter(indicators::normalised.eq(p.clone()))
                    .select(indicators::report_id),
            ),
        );
    }
    if let Some(m) = &f.method {
        q = q.filter(exists(
            payments::table
                .filter(payments::report_id.eq(reports::id))
                .filter(payments::method.eq(m.clone())),
        ));
    }
    // From `report_totals` (kept by triggers): the cases of the authority
    // whose total in the currency is high enough, from its index.
    if let Some((minor, currency)) = &f.loss {
        let totals = report_totals::table
            .filter(report_totals::currency.eq(currency.clone()))
            .filter(report_totals::total_minor.ge(*minor));
        q = match authority {
            Some(a) => q.filter(
                reports::id.eq_any(
                    totals
                        .filter(report_totals::authority_id.eq(a.to_string()))
                        .select(report_totals::report_id),
                ),
            ),
            None => q.filter(reports::id.eq_any(totals.select(report_totals::report_id))),
        };
    }
    q
}

/// The scope's cases that pass `filter`, as a query to order and page.
fn filtered<'a>(scope: &Scope, filter: &Filter) -> Boxed<'a> {
    let authority = match scope {
        Scope::Authority(id) => Some(id.as_str()),
        _ => filter.authority.as_deref(),
    };
    related(own_columns(scoped(scope), filter), filter, authority)
}

/// A page of the filtered queue, newest first, after `after`.
pub fn page(
    conn: &mut DbConnection,
    scope: &Scope,
    filter: &Filter,
    after: Option<After>,
    limit: i64,
) -> QueryResult<Vec<QueueRow>> {
    if filter.ids.is_some() {
        return found_page(conn, scope, filter, after, limit);
    }
    let mut q = filtered(scope, filter);
    if let Some(a) = after {
        // The bare `created_at <=` is what lets PostgreSQL walk the index
        // from the position (with only the `OR`, it filters every row).
        q = q.filter(reports::created_at.le(a.created_at)).filter(
            reports::created_at
                .lt(a.created_at)
                .or(reports::id.lt(a.id)),
        );
    }
    q.order((reports::created_at.desc(), reports::id.desc()))
        .limit(limit)
        .select(QueueRow::as_select())
        .load(conn)
}

/// A page of a search's cases (at most [`SEARCH_LIMIT`], already of the
/// scope): read by id with the other filters, checked against the scope
/// and the authority filter once more here, then ordered and paged in
/// memory. Asked to order them itself, SQLite walks the authority's whole
/// index in queue order rather than sort a handful of rows.
fn found_page(
    conn: &mut DbConnection,
    scope: &Scope,
    filter: &Filter,
    after: Option<After>,
    limit: i64,
) -> QueryResult<Vec<QueueRow>> {
    let by_id = Filter {
        authority: None,
        ..filter.clone()
    };
    let mut rows: Vec<QueueRow> = related(
        own_columns(reports::table.into_boxed(), &by_id),
        &by_id,
        None,
    )
    .select(QueueRow::as_select())
    .load(conn)?;
    rows.retain(|r| {
        scope.covers(r.authority_id.as_deref())
            && filter
                .authority
                .as_deref()
                .is_none_or(|a| r.authority_id.as_deref() == Some(a))
            && after
                .as_ref()
                .is_none_or(|a| (r.created_at, r.id) < (a.created_at, a.id))
    });
    rows.sort_by_key(|r| std::cmp::Reverse((r.created_at, r.id)));
    rows.truncate(usize::try_from(limit).unwrap_or(0));
    Ok(rows)
}

/// The cases of the scope whose reference is `reference` or which hold
/// one of the `(kind, normalised)` indicators; at most [`SEARCH_LIMIT`]
/// (the newest), counted within the scope, so that another authority's
/// many matches never push the officer's own out.
pub fn search(
    conn: &mut DbConnection,
    scope: &Scope,
    reference: Option<&CaseRef>,
    needles: &[(String, String)],
) -> QueryResult<Vec<i64>> {
    let mut ids: Vec<i64> = Vec::new();
    if let Some(r) = reference {
        ids.extend(
            scoped(scope)
                .filter(reports::reference.eq(r.as_str()))
                .select(reports::id)
                .load::<i64>(conn)?,
        );
    }
    // One query per reading of the value (few: a phone, a platform…),
    // each driven by `indicators_match` and joined to its reports to keep
    // the scope's: the work is the value's matches, never a walk of the
    // authority's cases. The newest are kept.
    let mut found: Vec<i64> = Vec::new();
    for (kind, normalised) in needles {
        let mut q = indicators::table
            .inner_join(reports::table)
            .filter(indicators::kind.eq(kind.clone()))
            .filter(indicators::normalised.eq(normalised.clone()))
            .select(reports::id)
            .into_boxed();
        match scope {
            Scope::All => {}
            Scope::Authority(id) => q = q.filter(reports::authority_id.eq(id.clone())),
            Scope::Nothing => return Ok(Vec::new()),
        }
        found.extend(q.load::<i64>(conn)?);
    }
    found.sort_unstable_by(|a, b| b.cmp(a));
    found.dedup();
    found.truncate(SEARCH_LIMIT as usize);
    ids.extend(found);
    ids.sort_unstable();
    ids.dedup();
    Ok(ids)
}

/// How many cases of the scope (of one authority, if given) have each
/// status, read from `case_counts` (kept by triggers on `reports`).
pub fn counts(
    conn: &mut DbConnection,
    scope: &Scope,
    authority: Option<&str>,
) -> QueryResult<Vec<(CaseStatus, i64)>> {
    let only = match (scope, authority) {
        (Scope::Nothing, _) => return Ok(Vec::new()),
        (Scope::Authority(id), _) => Some(id.as_str()),
        (Scope::All, a) => a,
    };
    let mut q = case_counts::table
        .select((case_counts::status, case_counts::n))
        .into_boxed();
    if let Some(id) = only {
        q = q.filter(case_counts::authority_id.eq(id.to_string()));
    }
    let rows: Vec<(String, i64)> = q.load(conn)?;
    Ok(CaseStatus::ALL
        .into_iter()
        .map(|s| {
            let n = rows
                .iter()
                .filter(|(r, _)| r == s.as_str())
                .map(|(_, n)| n)
                .sum();
            (s, n)
        })
        .collect())
}

/// The totals of the cases `ids` (the rows shown), computed for those only.
pub fn summaries(conn: &mut DbConnection, ids: &[i64]) -> QueryResult<HashMap<i64, Summary>> {
    let paid: Vec<(i64, String, i64)> = payments::table
        .filter(payments::report_id.eq_any(ids))
        .order((payments::report_id, payments::position))
        .select((
            payments::report_id,
            payments::currency,
            payments::amount_minor,
        ))
        .load(conn)?;
    let found: Vec<(i64, i64)> = indicators::table
        .filter(indicators::report_id.eq_any(ids))
        .group_by(indicators::report_id)
        .select((indicators::report_id, count_star()))
        .load(conn)?;
    let mut out: HashMap<i64, Summary> = HashMap::new();
    for (id, currency, minor) in paid {
        let s = out.entry(id).or_default();
        s.payments += 1;
        match s.totals.iter_mut().find(|(c, _)| *c == currency) {
            Some((_, sum)) => *sum = sum.saturating_add(minor),
            None => s.totals.push((currency, minor)),
        }
    }
    for (id, n) in found {
        out.entry(id).or_default().indicators = n;
    }
    Ok(out)
}
