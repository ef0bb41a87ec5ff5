//! The clusters' summaries for the coordinators' overview: per cluster of
//! two reports or more, its reports, countries, authorities, first and
//! last report (`cluster_summaries`), victims per country and reports per
//! authority (`cluster_counts`), loss per currency (`cluster_losses`)
//! and, for clusters of [`VALUES_KEPT_FROM`] reports or more, the values
//! its page lists (`cluster_values`).
//! Linkage marks a cluster it changed (`clusters.summarised` false); the
//! worker summarises the marked ones each minute ([`refresh`]), and a
//! rebuild summarises all anew. Under the linkage lock, so a mark made
//! while summarising is never lost.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::lock;
use crate::db::schema::{
    cluster_counts, cluster_losses, cluster_summaries, cluster_values, clusters, link_keys,
    report_clusters, report_totals, reports,
};
use crate::db::{DbConnection, write_transaction};

/// Clusters of this many reports or more keep the values their page lists.
pub const VALUES_KEPT_FROM: i64 = 200;
/// The most shared values a cluster page lists.
pub const VALUES_SHOWN: i64 = 1_000;

/// Clusters summarised per transaction.
const CHUNK: i64 = 2_000;
/// The dimensions of `cluster_counts`.
pub const COUNTRY: &str = "country";
pub const AUTHORITY: &str = "authority";
/// Reports per week: the value is the week's Monday (`2026-11-30`).
pub const WEEK: &str = "week";

/// What one cluster adds up to while it is read.
#[derive(Default)]
struct Tally {
    reports: i64,
    countries: BTreeMap<String, i64>,
    authorities: BTreeMap<String, i64>,
    weeks: BTreeMap<String, i64>,
    first: Option<NaiveDateTime>,
    last: Option<NaiveDateTime>,
    losses: BTreeMap<String, i64>,
}

/// Summarises the clusters marked since, a chunk per transaction, and
/// drops the summaries of clusters that merged into others; returns how
/// many clusters were summarised.
pub fn refresh(conn: &mut DbConnection) -> QueryResult<usize> {
    let mut done = 0;
    loop {
        let n = write_transaction(conn, |c| {
            lock(c)?;
            let due: Vec<(i64, i64)> = clusters::table
                .filter(clusters::summarised.eq(false))
                .order(clusters::id)
                .limit(CHUNK)
                .select((clusters::id, clusters::reports))
                .load(c)?;
            summarise(c, &due)?;
            Ok(due.len())
        })?;
        done += n;
        if n < CHUNK as usize {
            break;
        }
    }
    write_transaction(conn, |c| {
        for table in [
            "cluster_summaries",
            "cluster_counts",
            "cluster_losses",
            "cluster_values",
        ] {
            diesel::sql_query(format!(
                "DELETE FROM {table} WHERE NOT EXISTS \
                 (SELECT 1 FROM clusters WHERE clusters.id = {table}.cluster_id)"
            ))
            .execute(c)?;
        }
        Ok(())
    })?;
    Ok(done)
}

/// The Monday of the week of `at`.
pub fn monday(at: NaiveDateTime) -> chrono::NaiveDate {
    use chrono::Datelike;
    let day = at.date();
    day - chrono::Duration::days(i64::from(day.weekday().num_days_from_monday()))
}

/// Marks every cluster for summarising (after a rebuild).
pub fn mark_all(conn: &mut DbConnection) -> QueryResult<()> {
    diesel::update(clusters::table)
        .set(clusters::summarised.eq(false))
        .execute(conn)
        .map(|_| ())
}

/// The values of cluster `id` that two reports or more hold, most held
/// first, as many as its page lists: read from every value of the cluster.
pub fn most_shared(c: &mut DbConnection, id: i64) -> QueryResult<Vec<(String, String, i64)>> {
    link_keys::table
        .filter(link_keys::cluster_id.eq(id))
        .filter(link_keys::reports.ge(2))
        .order((link_keys::reports.desc(), link_keys::kind, link_keys::value))
        .limit(VALUES_SHOWN)
        .select((link_keys::kind, link_keys::value, link_keys::reports))
        .load(c)
}

/// Writes the summaries of `due` (id, reports) anew and marks them done.
fn summarise(c: &mut DbConnection, due: &[(i64, i64)]) -> QueryResult<()> {
    let ids: Vec<i64> = due.iter().map(|d| d.0).collect();
    let shared: Vec<i64> = due.iter().filter(|d| d.1 >= 2).map(|d| d.0).collect();
    let mut tallies: HashMap<i64, Tally> = HashMap::new();
    for part in shared.chunks(500) {
        let rows: Vec<(i64, String, Option<String>, NaiveDateTime)> = report_clusters::table
            .inner_join(reports::table)
            .filter(report_clusters::cluster_id.eq_any(part))
            .select((
                report_clusters::cluster_id,
                reports::residence_country,
                reports::authority_id,
                reports::created_at,
            ))
            .load(c)?;
        for (cluster, country, authority, at) in rows {
            let t = tallies.entry(cluster).or_default();
            t.reports += 1;
            *t.countries.entry(country).or_default() += 1;
            *t.authorities
                .entry(authority.unwrap_or_default())
                .or_default() += 1;
            *t.weeks.entry(monday(at).to_string()).or_default() += 1;
            t.first = Some(t.first.map_or(at, |f| f.min(at)));
            t.last = Some(t.last.map_or(at, |l| l.max(at)));
        }
        let totals: Vec<(i64, String, i64)> = report_clusters::table
            .inner_join(
                report_totals::table.on(report_totals::report_id.eq(report_clusters::report_id)),
            )
            .filter(report_clusters::cluster_id.eq_any(part))
            .select((
                report_clusters::cluster_id,
                report_totals::currency,
                report_totals::total_minor,
            ))
            .load(c)?;
        for (cluster, currency, minor) in totals {
            let t = tallies.entry(cluster).or_default();
            let sum = t.losses.entry(currency).or_default();
            *sum = sum.saturating_add(minor);
        }
    }
    for part in ids.chunks(500) {
        diesel::delete(cluster_summaries::table.filter(cluster_summaries::cluster_id.eq_any(part)))
            .execute(c)?;
        diesel::delete(cluster_counts::table.filter(cluster_counts::cluster_id.eq_any(part)))
            .execute(c)?;
        diesel::delete(cluster_losses::table.filter(cluster_losses::cluster_id.eq_any(part)))
            .execute(c)?;
        diesel::delete(cluster_values::table.filter(cluster_values::cluster_id.eq_any(part)))
            .execute(c)?;
    }
    let mut heads = Vec::new();
    let mut counts = Vec::new();
    let mut losses = Vec::new();
    for (id, t) in &tallies {
        let (Some(first), Some(last)) = (t.first, t.last) else {
            continue;
        };
        heads.push((
            cluster_summaries::cluster_id.eq(*id),
            cluster_summaries::reports.eq(t.reports),
            cluster_summaries::countries.eq(t.countries.len() as i64),
            cluster_summaries::authorities.eq(t.authorities.len() as i64),
            cluster_summaries::first_at.eq(first),
            cluster_summaries::last_at.eq(last),
        ));
        for (dimension, map) in [
            (COUNTRY, &t.countries),
            (AUTHORITY, &t.authorities),
            (WEEK, &t.weeks),
        ] {
            counts.extend(map.iter().map(|(value, n)| {
                (
                    cluster_counts::cluster_id.eq(*id),
                    cluster_counts::dimension.eq(dimension),
                    cluster_counts::value.eq(value.clone()),
                    cluster_counts::reports.eq(*n),
                )
            }));
        }
        losses.extend(t.losses.iter().map(|(currency, minor)| {
            (
                cluster_losses::cluster_id.eq(*id),
                cluster_losses::currency.eq(currency.clone()),
                cluster_losses::total_minor.eq(*minor),
            )
        }));
    }
    crate::db::insert_rows!(c, cluster_summaries::table, heads, columns = 6);
    crate::db::insert_rows!(c, cluster_counts::table, counts, columns = 4);
    crate::db::insert_rows!(c, cluster_losses::table, losses, columns = 3);
    let large = tallies
        .iter()
        .filter(|(_, t)| t.reports >= VALUES_KEPT_FROM)
        .map(|(id, _)| *id);
    for id in large {
        let kept: Vec<_> = most_shared(c, id)?
            .into_iter()
            .map(|(kind, value, n)| {
                (
                    cluster_values::cluster_id.eq(id),
                    cluster_values::kind.eq(kind),
                    cluster_values::value.eq(value),
                    cluster_values::reports.eq(n),
                )
            })
            .collect();
        crate::db::insert_rows!(c, cluster_values::table, kept, columns = 4);
    }
    for part in ids.chunks(500) {
        diesel::update(clusters::table.filter(clusters::id.eq_any(part)))
            .set(clusters::summarised.eq(true))
            .execute(c)?;
    }
    Ok(())
}
