//! The queue's queries: a filtered page of a scope's cases (keyset, newest
//! first), the cases an indicator or a reference finds, the counts per
//! status (`case_counts`), and the totals of the rows shown. Each query is
//! answered from an index: a walk of `reports_queue*` in the queue's
//! order, or, for a search, a platform or a loss, the newest entries of
//! `indicators_match` or `report_totals_loss` (which carry the case's
//! authority and time), with the cases read by primary key.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::dsl::{count_star, exists};
use diesel::prelude::*;

use super::cases::{After, QueueRow, Scope, scoped};
use crate::db::DbConnection;
use crate::db::schema::{
    case_counts, cluster_names, cluster_summaries, clusters, indicators, payments, report_clusters,
    report_totals, reports,
};
use crate::domain::{CaseRef, CaseStatus};

// `report_clusters` again, for the cluster a name stands for.
diesel::alias!(report_clusters as named_members: NamedMembers);

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
    /// Only cases linked to reports from other countries (in a cluster
    /// whose victims live in two countries or more).
    pub linked_abroad: bool,
    /// Only cases in the cluster a coordinator named (`cluster_names` id).
    pub group: Option<i64>,
    /// The cases a search found, newest first (an empty list finds none).
    pub found: Option<Vec<After>>,
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

/// Where a filtered page's cases come from: the queue's own indexes, or
/// a shorter list of candidates in queue order that the other conditions
/// are checked against, a batch at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Source<'f> {
    /// Walk the scope's cases in an index of `reports`.
    Queue,
    /// The cases a search found.
    Found(&'f [After]),
    /// A platform's cases, from `indicators_match`.
    Platform(&'f str),
    /// The cases paid at least this much in a currency, from `report_totals_loss`.
    Loss(i64, &'f str),
}

impl Filter {
    /// The shortest source of its cases: a search's, else a platform's, else a loss's.
    fn source(&self) -> Source<'_> {
        if let Some(found) = &self.found {
            Source::Found(found)
        } else if let Some(p) = &self.platform {
            Source::Platform(p)
        } else if let Some((minor, currency)) = &self.loss {
            Source::Loss(*minor, currency)
        } else {
            Source::Queue
        }
    }

    /// Whether a case read by id passes the conditions on its own columns
    /// (those [`own_columns`] puts in SQL for a walk of the queue).
    fn admits(&self, c: &Candidate) -> bool {
        let r = &c.row;
        let same = |want: &Option<String>, have: Option<&str>| {
            want.as_deref().is_none_or(|w| have == Some(w))
        };
        same(&self.authority, r.authority_id.as_deref())
            && self.status.is_none_or(|s| r.status == s)
            && self.from.is_none_or(|t| r.created_at >= t)
            && self.until.is_none_or(|t| r.created_at < t)
            && same(&self.country, Some(r.residence_country.as_str()))
            && same(&self.region, r.residence_region.as_deref())
            && same(&self.recovery, c.recovery_approach.as_deref())
            && same(&self.locale, Some(&c.locale))
    }
}

/// A case read by id, with the columns [`Filter::admits`] checks.
#[derive(Debug, Queryable, Selectable)]
#[diesel(table_name = reports)]
struct Candidate {
    #[diesel(embed)]
    row: QueueRow,
    recovery_approach: Option<String>,
    locale: String,
}

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
    q
}

/// Adds the conditions on payments, indicators, totals and clusters the
/// source does not already meet, each a probe of a primary key per case.
fn related<'a>(mut q: Boxed<'a>, f: &Filter, source: Source) -> Boxed<'a> {
    if let Some(group) = f.group {
        // The cluster the name's report is in now.
        let named = named_members
            .filter(
                named_members.field(report_clusters::report_id).eq_any(
                    cluster_names::table
                        .filter(cluster_names::id.eq(group))
                        .select(cluster_names::report_id),
                ),
            )
            .select(named_members.field(report_clusters::cluster_id));
        q = q.filter(exists(
            report_clusters::table
                .filter(report_clusters::report_id.eq(reports::id))
                .filter(report_clusters::cluster_id.eq_any(named)),
        ));
    }
    if f.linked_abroad {
        q = q.filter(exists(
            report_clusters::table
                .filter(report_clusters::report_id.eq(reports::id))
                .filter(exists(
                    cluster_summaries::table
                        .filter(cluster_summaries::cluster_id.eq(report_clusters::cluster_id))
                        .filter(cluster_summaries::countries.ge(2)),
                )),
        ));
    }
    if let Some(m) = &f.method {
        q = q.filter(exists(
            payments::table
                .filter(payments::report_id.eq(reports::id))
                .filter(payments::method.eq(m.clone())),
        ));
    }
    if let Some(p) = f
        .platform
        .as_ref()
        .filter(|_| !matches!(source, Source::Platform(_)))
    {
        q = q.filter(exists(
            indicators::table
                .filter(indicators::report_id.eq(reports::id))
                .filter(indicators::kind.eq("platform"))
                .filter(indicators::normalised.eq(p.clone())),
        ));
    }
    if let Some((minor, currency)) = f
        .loss
        .as_ref()
        .filter(|_| !matches!(source, Source::Loss(..)))
    {
        q = q.filter(exists(
            report_totals::table
                .filter(report_totals::report_id.eq(reports::id))
                .filter(report_totals::currency.eq(currency.clone()))
                .filter(report_totals::total_minor.ge(*minor)),
        ));
    }
    q
}

/// Keeps the rows of a query on `$table` (with `created_at` and
/// `report_id`) after the position `$after`, newest first, `$n` of them.
macro_rules! newest_after {
    ($q:expr, $table:ident, $after:expr, $n:expr) => {{
        let mut q = $q;
        if let Some(a) = $after {
            q = q.filter($table::created_at.le(a.created_at)).filter(
                $table::created_at
                    .lt(a.created_at)
                    .or($table::report_id.lt(a.id)),
            );
        }
        q.order(($table::created_at.desc(), $table::report_id.desc()))
            .limit($n)
            .select(($table::created_at, $table::report_id))
    }};
}

/// The next `n` candidates of a source after `after`, newest first, of
/// `authority` when given (the indexes lead with it).
fn candidates(
    conn: &mut DbConnection,
    source: Source,
    authority: Option<&str>,
    after: Option<After>,
    n: i64,
) -> QueryResult<Vec<After>> {
    let rows: Vec<(NaiveDateTime, i64)> = match source {
        Source::Queue => Vec::new(),
        Source::Found(all) => {
            return Ok(all
                .iter()
                .filter(|p| after.is_none_or(|a| p.key() < a.key()))
                .take(usize::try_from(n).unwrap_or(0))
                .copied()
                .collect());
        }
        Source::Platform(p) => {
            let mut q = indicators::table
                .filter(indicators::kind.eq("platform"))
                .filter(indicators::normalised.eq(p.to_string()))
                .into_boxed();
            if let Some(a) = authority {
                q = q.filter(indicators::authority_id.eq(a.to_string()));
            }
            newest_after!(q, indicators, after, n).load(conn)?
        }
        Source::Loss(minor, currency) => {
            let mut q = report_totals::table
                .filter(report_totals::currency.eq(currency.to_string()))
                .filter(report_totals::total_minor.ge(minor))
                .into_boxed();
            if let Some(a) = authority {
                q = q.filter(report_totals::authority_id.eq(a.to_string()));
            }
            newest_after!(q, report_totals, after, n).load(conn)?
        }
    };
    Ok(rows
        .into_iter()
        .map(|(created_at, id)| After { created_at, id })
        .collect())
}

/// A page of the filtered queue, newest first, after `after`.
pub fn page(
    conn: &mut DbConnection,
    scope: &Scope,
    filter: &Filter,
    after: Option<After>,
    limit: i64,
) -> QueryResult<Vec<QueueRow>> {
    let authority = match scope {
        Scope::Authority(id) => Some(id.as_str()),
        Scope::All => filter.authority.as_deref(),
        Scope::Nothing => return Ok(Vec::new()),
    };
    match filter.source() {
        Source::Queue => walk(conn, scope, filter, after, limit),
        source => pick(conn, scope, filter, source, authority, after, limit),
    }
}

/// A page read down the scope's cases in an index of `reports`.
fn walk(
    conn: &mut DbConnection,
    scope: &Scope,
    filter: &Filter,
    after: Option<After>,
    limit: i64,
) -> QueryResult<Vec<QueueRow>> {
    let mut q = related(own_columns(scoped(scope), filter), filter, Source::Queue);
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

/// A page picked from a source's candidates, in growing batches: each
/// batch's cases are read by id with the conditions on other tables, and
/// checked against the scope and the case's own columns here. Read by id
/// alone, no index of `reports` can tempt the planner into walking an
/// authority's or a country's cases instead (SQLite has no statistics).
fn pick(
    conn: &mut DbConnection,
    scope: &Scope,
    filter: &Filter,
    source: Source,
    authority: Option<&str>,
    mut after: Option<After>,
    limit: i64,
) -> QueryResult<Vec<QueueRow>> {
    let want = usize::try_from(limit).unwrap_or(0);
    let mut rows: Vec<QueueRow> = Vec::new();
    let mut batch = limit.max(1);
    while rows.len() < want {
        let next = candidates(conn, source, authority, after, batch)?;
        let Some(last) = next.last().copied() else {
            break;
        };
        let ids: Vec<i64> = next.iter().map(|p| p.id).collect();
        let mut read: Vec<Candidate> = related(reports::table.into_boxed(), filter, source)
            .filter(reports::id.eq_any(ids))
            .select(Candidate::as_select())
            .load(conn)?;
        read.retain(|c| scope.covers(c.row.authority_id.as_deref()) && filter.admits(c));
        read.sort_by_key(|c| std::cmp::Reverse((c.row.created_at, c.row.id)));
        rows.extend(read.into_iter().map(|c| c.row));
        if i64::try_from(next.len()).unwrap_or(0) < batch {
            break;
        }
        after = Some(last);
        batch = (batch * 4).min(PICK_BATCH_MAX);
    }
    rows.truncate(want);
    Ok(rows)
}

/// How many other reports each of these cases is linked to (through its
/// cluster); cases linked to none are absent.
pub fn linked_counts(conn: &mut DbConnection, ids: &[i64]) -> QueryResult<HashMap<i64, i64>> {
    let rows: Vec<(i64, i64)> = report_clusters::table
        .inner_join(clusters::table.on(clusters::id.eq(report_clusters::cluster_id)))
        .filter(report_clusters::report_id.eq_any(ids))
        .filter(clusters::reports.gt(1))
        .select((report_clusters::report_id, clusters::reports))
        .load(conn)?;
    Ok(rows.into_iter().map(|(id, n)| (id, n - 1)).collect())
}

/// The largest batch of candidates read at once.
const PICK_BATCH_MAX: i64 = 4_096;

/// The cases of the scope whose reference is `reference` or which hold
/// one of the `(kind, normalised)` indicators, newest first; at most
/// [`SEARCH_LIMIT`] (the newest) from the indicators, counted within the
/// scope, so that another authority's many matches never push the
/// officer's own out.
pub fn search(
    conn: &mut DbConnection,
    scope: &Scope,
    reference: Option<&CaseRef>,
    needles: &[(String, String)],
) -> QueryResult<Vec<After>> {
    let authority = match scope {
        Scope::All => None,
        Scope::Authority(id) => Some(id.clone()),
        Scope::Nothing => return Ok(Vec::new()),
    };
    let mut found: Vec<(NaiveDateTime, i64)> = Vec::new();
    // One query per reading of the value (few: a phone, a platform…),
    // each the newest entries of `indicators_match`, which holds the
    // case's authority and time: the reports are not visited.
    for (kind, normalised) in needles {
        let mut q = indicators::table
            .filter(indicators::kind.eq(kind.clone()))
            .filter(indicators::normalised.eq(normalised.clone()))
            .into_boxed();
        if let Some(a) = &authority {
            q = q.filter(indicators::authority_id.eq(a.clone()));
        }
        found.extend(
            newest_after!(q, indicators, None::<After>, SEARCH_LIMIT)
                .load::<(NaiveDateTime, i64)>(conn)?,
        );
    }
    found.sort_unstable_by(|a, b| b.cmp(a));
    found.dedup();
    found.truncate(SEARCH_LIMIT as usize);
    if let Some(r) = reference {
        found.extend(
            scoped(scope)
                .filter(reports::reference.eq(r.as_str()))
                .select((reports::created_at, reports::id))
                .load::<(NaiveDateTime, i64)>(conn)?,
        );
        found.sort_unstable_by(|a, b| b.cmp(a));
        found.dedup();
    }
    Ok(found
        .into_iter()
        .map(|(created_at, id)| After { created_at, id })
        .collect())
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
    // Totals per currency: a payment told in crypto only adds none.
    let paid: Vec<(i64, Option<String>, Option<i64>)> = payments::table
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
        let (Some(currency), Some(minor)) = (currency, minor) else {
            continue;
        };
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
