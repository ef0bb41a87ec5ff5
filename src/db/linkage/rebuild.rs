//! Rebuilding the clusters: anew from the values and holders the intake
//! kept, writing only what changed, or, for reports stored unlinked, from
//! the indicators.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::sets::UnionFind;
use super::{KeyRow, Rules, lock, rebuild_due, total_reports};
use crate::db::schema::{
    clusters, indicators, link_keys, link_queue, linkage_state, report_clusters, report_keys,
};
use crate::db::{DbConnection, ROWS_PER_STATEMENT, write_transaction};
use crate::domain::linkage::{self, LinkKey};

/// What a rebuild found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rebuilt {
    /// Distinct values.
    pub values: usize,
    /// Values too common (or marked) to link.
    pub stopped: usize,
    /// Clusters of two reports or more.
    pub clusters: usize,
    /// Reports in those clusters.
    pub linked: usize,
    /// How long reading the indicators, joining and writing took.
    pub phases: [std::time::Duration; 3],
}

/// Reports whose indicators are read per query while rebuilding.
const REBUILD_REPORTS: i64 = 20_000;

/// Indexes dropped while a rebuild refills their tables and made again
/// after (one sort instead of a million scattered inserts).
const REBUILT_INDEXES: [(&str, &str); 1] =
    [("report_clusters_cluster", "report_clusters (cluster_id)")];

/// Every value with the reports that hold it, read from the indicators:
/// the reports' ids in ascending order, and each value's holders as
/// positions in that list.
struct Holdings {
    reports: Vec<i64>,
    held: HashMap<LinkKey, Vec<u32>>,
}

fn read_holdings(c: &mut DbConnection) -> QueryResult<Holdings> {
    let mut out = Holdings {
        reports: Vec::new(),
        held: HashMap::new(),
    };
    let last: Option<i64> = indicators::table
        .select(diesel::dsl::max(indicators::report_id))
        .first(c)?;
    let mut from = 0;
    while from <= last.unwrap_or(-1) {
        let batch: Vec<(i64, String, String)> = indicators::table
            .filter(indicators::report_id.ge(from))
            .filter(indicators::report_id.lt(from + REBUILD_REPORTS))
            .order((indicators::report_id, indicators::kind))
            .select((
                indicators::report_id,
                indicators::kind,
                indicators::normalised,
            ))
            .load(c)?;
        for (report, kind, value) in &batch {
            if out.reports.last() != Some(report) {
                out.reports.push(*report);
            }
            let at = u32::try_from(out.reports.len() - 1).unwrap_or(u32::MAX);
            for key in linkage::keys(kind, value) {
                let holders = out.held.entry(key).or_default();
                if holders.last() != Some(&at) {
                    holders.push(at);
                }
            }
        }
        from += REBUILD_REPORTS;
    }
    Ok(out)
}

/// Computes the clusters anew, keeping the coordinators' marks, in one
/// transaction (intake waits for it); when `only_if_due`, only if a
/// rebuild is still due once it holds the lock (another node's worker may
/// just have done it). The values and their holders are kept as the
/// intake counted them, and only what changed is written; a database whose
/// reports predate linkage gets its values from the indicators first.
pub fn rebuild(
    conn: &mut DbConnection,
    rules: &Rules,
    now: NaiveDateTime,
    only_if_due: bool,
) -> QueryResult<Option<Rebuilt>> {
    let done = write_transaction(conn, |c| {
        lock(c)?;
        if only_if_due && !rebuild_due(c)? {
            return Ok(None);
        }
        let limit = rules.limit(total_reports(c)?);
        let rekey_due: bool = linkage_state::table
            .find(1)
            .select(linkage_state::rekey_due)
            .first(c)?;
        let done = match rekey_due {
            false => recluster(c, limit)?,
            true => {
                let marks = marks(c)?;
                clear(c)?;
                rekey(c, limit, &marks)?
            }
        };
        diesel::update(linkage_state::table.find(1))
            .set((
                linkage_state::rebuild_due.eq(false),
                linkage_state::rekey_due.eq(false),
                linkage_state::rebuilt_at.eq(Some(now)),
            ))
            .execute(c)?;
        super::summary::mark_all(c)?;
        tracing::info!(
            values = done.values,
            read_s = done.phases[0].as_secs_f64(),
            joined_s = done.phases[1].as_secs_f64(),
            written_s = done.phases[2].as_secs_f64(),
            "linkage rebuilt"
        );
        Ok(Some(done))
    })?;
    if done.is_some() {
        super::summary::refresh(conn)?;
    }
    Ok(done)
}

/// The coordinators' marks: (kind, value) → `linking` or `not-linking`.
type Marks = HashMap<(String, String), String>;

/// The coordinators' marks, kept across a rekey.
fn marks(c: &mut DbConnection) -> QueryResult<Marks> {
    let rows: Vec<(String, String, Option<String>)> = link_keys::table
        .filter(link_keys::manual.is_not_null())
        .select((link_keys::kind, link_keys::value, link_keys::manual))
        .load(c)?;
    Ok(rows
        .into_iter()
        .filter_map(|(kind, value, manual)| Some(((kind, value), manual?)))
        .collect())
}

/// Empties the linkage tables (before they are filled anew).
fn clear(c: &mut DbConnection) -> QueryResult<()> {
    if let DbConnection::Pg(pg) = c {
        diesel::sql_query("TRUNCATE report_clusters, clusters, report_keys, link_keys")
            .execute(pg)?;
        return Ok(());
    }
    diesel::delete(report_clusters::table).execute(c)?;
    diesel::delete(clusters::table).execute(c)?;
    diesel::delete(report_keys::table).execute(c)?;
    diesel::delete(link_keys::table).execute(c)?;
    Ok(())
}

/// Fills the empty linkage tables from the indicators: every value, its
/// holders and the clusters; a value a coordinator marked links as marked
/// (and a marked value no report holds is kept, for the reports to come).
/// Takes off the link queue the reports whose values were just read (the
/// rebuild links them); reports stored since stay queued.
fn forget_queued(c: &mut DbConnection, read: &[i64]) -> QueryResult<()> {
    let queued: Vec<i64> = link_queue::table.select(link_queue::report_id).load(c)?;
    let done: Vec<i64> = queued
        .into_iter()
        .filter(|id| read.binary_search(id).is_ok())
        .collect();
    for chunk in done.chunks(ROWS_PER_STATEMENT) {
        diesel::delete(link_queue::table.filter(link_queue::report_id.eq_any(chunk))).execute(c)?;
    }
    Ok(())
}

fn rekey(c: &mut DbConnection, limit: i64, marks: &Marks) -> QueryResult<Rebuilt> {
    let started = std::time::Instant::now();
    let Holdings { reports, held } = read_holdings(c)?;
    forget_queued(c, &reports)?;
    let read = started.elapsed();
    // Whether each value links, then the clusters: union-find over the
    // holders of each linking value.
    let mut sets = UnionFind::new(reports.len());
    let mut decided = Vec::with_capacity(held.len());
    let mark = |key: &LinkKey| marks.get(&(key.kind.to_string(), key.value.clone()));
    for (key, holders) in &held {
        let links = match mark(key) {
            Some(m) => m == super::MANUAL_LINKING,
            None => i64::try_from(holders.len()).unwrap_or(i64::MAX) <= limit,
        };
        if links {
            sets.join_all(holders);
        }
        decided.push((key, holders, links));
    }
    let root = sets.smallest_members();
    let mut sizes: HashMap<u32, i64> = HashMap::new();
    for (at, r) in root.iter().enumerate() {
        if sets.linked[at] {
            *sizes.entry(*r).or_default() += 1;
        }
    }
    let name = |at: u32| reports[root[at as usize] as usize];
    let linked_at = started.elapsed();
    for (index, _) in REBUILT_INDEXES {
        diesel::sql_query(format!("DROP INDEX {index}")).execute(c)?;
    }
    let mut values = Vec::with_capacity(decided.len());
    let mut holdings = Vec::new();
    let stopped = decided.iter().filter(|d| !d.2).count();
    for (id, (key, holders, links)) in (1i64..).zip(decided) {
        let n = i64::try_from(holders.len()).unwrap_or(i64::MAX);
        values.push((
            link_keys::id.eq(id),
            link_keys::kind.eq(key.kind),
            link_keys::value.eq(key.value.as_str()),
            link_keys::reports.eq(n),
            link_keys::cluster_id.eq(links.then(|| name(holders[0]))),
            link_keys::manual.eq(mark(key).cloned()),
        ));
        holdings.extend(holders.iter().map(|at| {
            (
                report_keys::key_id.eq(id),
                report_keys::report_id.eq(reports[*at as usize]),
            )
        }));
    }
    let held_keys: std::collections::HashSet<(&str, &str)> =
        held.keys().map(|k| (k.kind, k.value.as_str())).collect();
    let first_free = i64::try_from(values.len()).unwrap_or(i64::MAX - 1) + 1;
    let unheld = marks
        .iter()
        .filter(|((kind, value), _)| !held_keys.contains(&(kind.as_str(), value.as_str())));
    for (id, ((kind, value), manual)) in (first_free..).zip(unheld) {
        values.push((
            link_keys::id.eq(id),
            link_keys::kind.eq(kind.as_str()),
            link_keys::value.eq(value.as_str()),
            link_keys::reports.eq(0),
            link_keys::cluster_id.eq(None),
            link_keys::manual.eq(Some(manual.clone())),
        ));
    }
    insert_rows!(c, link_keys::table, values, columns = 6);
    insert_rows!(c, report_keys::table, holdings, columns = 2);
    let members: Vec<_> = (0..reports.len())
        .filter(|at| sets.linked[*at])
        .map(|at| {
            (
                report_clusters::report_id.eq(reports[at]),
                report_clusters::cluster_id.eq(name(u32::try_from(at).unwrap_or(u32::MAX))),
            )
        })
        .collect();
    insert_rows!(c, report_clusters::table, members, columns = 2);
    let named: Vec<_> = sizes
        .iter()
        .map(|(at, n)| {
            (
                clusters::id.eq(reports[*at as usize]),
                clusters::reports.eq(*n),
            )
        })
        .collect();
    insert_rows!(c, clusters::table, named, columns = 2);
    for (index, on) in REBUILT_INDEXES {
        diesel::sql_query(format!("CREATE INDEX {index} ON {on}")).execute(c)?;
    }
    if let DbConnection::Pg(pg) = c {
        // The identity goes on after the ids given here.
        diesel::sql_query(
            "SELECT setval(pg_get_serial_sequence('link_keys', 'id'), \
                 GREATEST((SELECT MAX(id) FROM link_keys), 1))",
        )
        .execute(pg)?;
    }
    let done = Rebuilt {
        values: held.len(),
        stopped,
        clusters: sizes.values().filter(|n| **n > 1).count(),
        linked: sizes
            .values()
            .filter(|n| **n > 1)
            .map(|n| *n as usize)
            .sum(),
        phases: [read, linked_at - read, started.elapsed() - linked_at],
    };
    tracing::info!(
        values = done.values,
        reports = reports.len(),
        read_s = done.phases[0].as_secs_f64(),
        joined_s = done.phases[1].as_secs_f64(),
        written_s = done.phases[2].as_secs_f64(),
        "linkage rebuilt"
    );
    Ok(done)
}

/// Keys read per query while reclustering.
const RECLUSTER_KEYS: i64 = 50_000;

/// Computes the clusters anew from the values and their holders as kept,
/// and writes only what changed: clusters split by a value that stopped
/// linking, joined by one marked linking.
fn recluster(c: &mut DbConnection, limit: i64) -> QueryResult<Rebuilt> {
    let started = std::time::Instant::now();
    let keys: Vec<KeyRow> = link_keys::table
        .order(link_keys::id)
        .select((
            link_keys::id,
            link_keys::reports,
            link_keys::cluster_id,
            link_keys::manual,
        ))
        .load(c)?;
    let links: HashMap<i64, bool> = keys.iter().map(|k| (k.id, k.links(limit))).collect();
    // Each report met gets a position; each linking value its holders'.
    let mut position: HashMap<i64, u32> = HashMap::new();
    let mut reports: Vec<i64> = Vec::new();
    let mut holders: HashMap<i64, Vec<u32>> = HashMap::new();
    let last = keys.last().map_or(0, |k| k.id);
    let mut from = 0;
    while from <= last {
        let rows: Vec<(i64, i64)> = report_keys::table
            .filter(report_keys::key_id.ge(from))
            .filter(report_keys::key_id.lt(from + RECLUSTER_KEYS))
            .select((report_keys::key_id, report_keys::report_id))
            .load(c)?;
        for (key, report) in rows {
            if !links.get(&key).copied().unwrap_or(false) {
                continue;
            }
            let at = *position.entry(report).or_insert_with(|| {
                reports.push(report);
                u32::try_from(reports.len() - 1).unwrap_or(u32::MAX)
            });
            holders.entry(key).or_default().push(at);
        }
        from += RECLUSTER_KEYS;
    }
    let read = started.elapsed();
    let mut sets = UnionFind::new(reports.len());
    for members in holders.values() {
        sets.join_all(members);
    }
    // Named by their smallest report id.
    let root = sets.smallest_members();
    let mut smallest: HashMap<u32, i64> = HashMap::new();
    for (at, r) in root.iter().enumerate() {
        let id = reports[at];
        smallest
            .entry(*r)
            .and_modify(|s| *s = (*s).min(id))
            .or_insert(id);
    }
    let cluster_of: HashMap<i64, i64> = reports
        .iter()
        .zip(&root)
        .map(|(id, r)| (*id, smallest[r]))
        .collect();
    let mut sizes: HashMap<i64, i64> = HashMap::new();
    for name in cluster_of.values() {
        *sizes.entry(*name).or_default() += 1;
    }
    let joined = started.elapsed();

    // Each report's cluster: removed, moved, or new.
    let was: HashMap<i64, i64> = report_clusters::table
        .select((report_clusters::report_id, report_clusters::cluster_id))
        .load::<(i64, i64)>(c)?
        .into_iter()
        .collect();
    let gone: Vec<i64> = was
        .keys()
        .filter(|r| !cluster_of.contains_key(r))
        .copied()
        .collect();
    for chunk in gone.chunks(ROWS_PER_STATEMENT) {
        diesel::delete(report_clusters::table.filter(report_clusters::report_id.eq_any(chunk)))
            .execute(c)?;
    }
    let mut moved: HashMap<i64, Vec<i64>> = HashMap::new();
    let mut fresh = Vec::new();
    for (report, cluster) in &cluster_of {
        match was.get(report) {
            Some(old) if old == cluster => {}
            Some(_) => moved.entry(*cluster).or_default().push(*report),
            None => fresh.push((
                report_clusters::report_id.eq(*report),
                report_clusters::cluster_id.eq(*cluster),
            )),
        }
    }
    for (cluster, members) in &moved {
        for chunk in members.chunks(ROWS_PER_STATEMENT) {
            diesel::update(report_clusters::table.filter(report_clusters::report_id.eq_any(chunk)))
                .set(report_clusters::cluster_id.eq(cluster))
                .execute(c)?;
        }
    }
    insert_rows!(c, report_clusters::table, fresh, columns = 2);

    // Each cluster's size: removed, changed, or new.
    let had: HashMap<i64, i64> = clusters::table
        .select((clusters::id, clusters::reports))
        .load::<(i64, i64)>(c)?
        .into_iter()
        .collect();
    let ended: Vec<i64> = had
        .keys()
        .filter(|id| !sizes.contains_key(id))
        .copied()
        .collect();
    for chunk in ended.chunks(ROWS_PER_STATEMENT) {
        diesel::delete(clusters::table.filter(clusters::id.eq_any(chunk))).execute(c)?;
    }
    let mut born = Vec::new();
    for (id, n) in &sizes {
        match had.get(id) {
            Some(old) if old == n => {}
            Some(_) => {
                diesel::update(clusters::table.find(id))
                    .set(clusters::reports.eq(n))
                    .execute(c)?;
            }
            None => born.push((clusters::id.eq(*id), clusters::reports.eq(*n))),
        }
    }
    insert_rows!(c, clusters::table, born, columns = 2);

    // Each value's cluster, while it links.
    let mut retold: HashMap<Option<i64>, Vec<i64>> = HashMap::new();
    for k in &keys {
        let now = holders
            .get(&k.id)
            .and_then(|h| h.first())
            .map(|at| cluster_of[&reports[*at as usize]]);
        if now != k.cluster_id {
            retold.entry(now).or_default().push(k.id);
        }
    }
    for (cluster, ids) in &retold {
        for chunk in ids.chunks(ROWS_PER_STATEMENT) {
            diesel::update(link_keys::table.filter(link_keys::id.eq_any(chunk)))
                .set(link_keys::cluster_id.eq(cluster))
                .execute(c)?;
        }
    }
    let linked: Vec<i64> = sizes.values().copied().filter(|n| *n > 1).collect();
    Ok(Rebuilt {
        values: keys.len(),
        stopped: links.values().filter(|l| !**l).count(),
        clusters: linked.len(),
        linked: linked
            .iter()
            .map(|n| usize::try_from(*n).unwrap_or(0))
            .sum(),
        phases: [read, joined - read, started.elapsed() - joined],
    })
}
