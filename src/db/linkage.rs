//! Linkage in the database: each value reports share (`link_keys`), the
//! reports that hold it (`report_keys`), and the clusters its links make
//! (`report_clusters`, `clusters`): the connected components of reports
//! joined by values that link. They are kept as each report is stored
//! ([`link_new`], in the intake's transaction): a new report joins the
//! cluster of its values, and clusters it bridges merge into the largest.
//! A value held by more reports than [`Rules::limit`] stops linking (it
//! would glue unrelated cases), and so does one a coordinator marked "not
//! linking"; as links cannot be undone one by one, that asks for a rebuild
//! ([`rebuild`]: every value and cluster computed anew from the
//! indicators). On PostgreSQL linkage changes take turns on an advisory
//! lock, so several nodes never merge the same clusters at once.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::DbConnection;
use super::schema::{
    case_counts, clusters, indicators, link_keys, linkage_state, report_clusters, report_keys,
};
use crate::domain::linkage::{self, LinkKey};

/// The PostgreSQL advisory lock linkage changes take turns on.
const LINKAGE_LOCK: i64 = 0x6c69_6e6b_6167_6501; // "linkage"

/// When a value is too common to link.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rules {
    /// The share of all reports above which a value stops linking.
    pub common_share: f64,
    /// A value held by at most this many reports links however few
    /// reports there are.
    pub common_floor: i64,
}

impl Default for Rules {
    fn default() -> Rules {
        Rules {
            common_share: 0.05,
            common_floor: 100,
        }
    }
}

impl Rules {
    /// The rules the settings give.
    pub fn of(settings: &crate::config::Settings) -> Rules {
        Rules {
            common_share: f64::from(settings.linkage_common_percent) / 100.0,
            common_floor: i64::from(settings.linkage_common_floor),
        }
    }

    /// The most reports a value may be held by and still link, among `total`.
    pub fn limit(&self, total: i64) -> i64 {
        // Rounded down; a share is at most 1, so this fits.
        let share = (self.common_share * total as f64) as i64;
        share.max(self.common_floor)
    }
}

/// A value as stored.
#[derive(Debug, Clone, Queryable)]
struct KeyRow {
    id: i64,
    reports: i64,
    cluster_id: Option<i64>,
    manual: Option<String>,
}

impl KeyRow {
    /// Whether it links, held by `reports` reports with `limit` allowed.
    fn links(&self, limit: i64) -> bool {
        match self.manual.as_deref() {
            Some(m) => m == MANUAL_LINKING,
            None => self.reports <= limit,
        }
    }
}

/// A coordinator's marks on a value.
pub const MANUAL_LINKING: &str = "linking";
pub const MANUAL_NOT_LINKING: &str = "not-linking";

/// On PostgreSQL, waits for the linkage lock until the transaction ends.
fn lock(conn: &mut DbConnection) -> QueryResult<()> {
    if let DbConnection::Pg(c) = conn {
        diesel::sql_query("SELECT pg_advisory_xact_lock($1)")
            .bind::<diesel::sql_types::BigInt, _>(LINKAGE_LOCK)
            .execute(c)?;
    }
    Ok(())
}

/// How many reports there are (from `case_counts`).
fn total_reports(conn: &mut DbConnection) -> QueryResult<i64> {
    // A row per authority and status: few.
    let counts: Vec<i64> = case_counts::table.select(case_counts::n).load(conn)?;
    Ok(counts.iter().sum())
}

/// Links reports just stored, in order, each with its indicators as stored
/// (`(kind, normalised)`); call it inside the transaction that stores them.
pub fn link_new(
    conn: &mut DbConnection,
    rules: &Rules,
    stored: &[(i64, Vec<(&str, &str)>)],
) -> QueryResult<()> {
    if stored.is_empty() {
        return Ok(());
    }
    lock(conn)?;
    let limit = rules.limit(total_reports(conn)?);
    let mut due = false;
    for (report, found) in stored {
        let mut keys: Vec<LinkKey> = found
            .iter()
            .flat_map(|(kind, value)| linkage::keys(kind, value))
            .collect();
        keys.sort();
        keys.dedup();
        due |= link_one(conn, *report, &keys, limit)?;
    }
    if due {
        diesel::update(linkage_state::table.find(1))
            .set(linkage_state::rebuild_due.eq(true))
            .execute(conn)?;
    }
    Ok(())
}

/// Counts one report's values and joins it to their clusters; returns
/// whether a value just became too common (a rebuild is due).
fn link_one(
    conn: &mut DbConnection,
    report: i64,
    keys: &[LinkKey],
    limit: i64,
) -> QueryResult<bool> {
    let mut held = Vec::with_capacity(keys.len());
    for k in keys {
        held.push(count_key(conn, k)?);
    }
    let rows: Vec<_> = held
        .iter()
        .map(|k| {
            (
                report_keys::key_id.eq(k.id),
                report_keys::report_id.eq(report),
            )
        })
        .collect();
    super::insert_rows!(conn, report_keys::table, rows);
    // A value that links no more (it has just become too common) had its
    // reports in one cluster, which may now fall apart.
    let spent: Vec<i64> = held
        .iter()
        .filter(|k| !k.links(limit) && k.cluster_id.is_some())
        .map(|k| k.id)
        .collect();
    if !spent.is_empty() {
        diesel::update(link_keys::table.filter(link_keys::id.eq_any(&spent)))
            .set(link_keys::cluster_id.eq(None::<i64>))
            .execute(conn)?;
    }
    let linking: Vec<&KeyRow> = held.iter().filter(|k| k.links(limit)).collect();
    if linking.is_empty() {
        return Ok(!spent.is_empty());
    }
    let mut found: Vec<i64> = linking.iter().filter_map(|k| k.cluster_id).collect();
    found.sort_unstable();
    found.dedup();
    let sizes: Vec<(i64, i64)> = clusters::table
        .filter(clusters::id.eq_any(&found))
        .select((clusters::id, clusters::reports))
        .load(conn)?;
    // The largest cluster stays; the others move into it.
    let target = sizes
        .iter()
        .max_by_key(|(id, n)| (*n, std::cmp::Reverse(*id)))
        .map_or(report, |(id, _)| *id);
    let mut added = 1;
    for &(id, n) in sizes.iter().filter(|(id, _)| *id != target) {
        diesel::update(report_clusters::table.filter(report_clusters::cluster_id.eq(id)))
            .set(report_clusters::cluster_id.eq(target))
            .execute(conn)?;
        diesel::update(link_keys::table.filter(link_keys::cluster_id.eq(id)))
            .set(link_keys::cluster_id.eq(target))
            .execute(conn)?;
        diesel::delete(clusters::table.find(id)).execute(conn)?;
        added += n;
    }
    let ids: Vec<i64> = linking.iter().map(|k| k.id).collect();
    diesel::update(link_keys::table.filter(link_keys::id.eq_any(&ids)))
        .set(link_keys::cluster_id.eq(target))
        .execute(conn)?;
    diesel::insert_into(report_clusters::table)
        .values((
            report_clusters::report_id.eq(report),
            report_clusters::cluster_id.eq(target),
        ))
        .execute(conn)?;
    grow_cluster(conn, target, added)?;
    Ok(!spent.is_empty())
}

/// Counts one more report holding `k`, adding the value if it is new.
fn count_key(conn: &mut DbConnection, k: &LinkKey) -> QueryResult<KeyRow> {
    let row = (
        link_keys::kind.eq(k.kind),
        link_keys::value.eq(&k.value),
        link_keys::reports.eq(1),
    );
    let back = (
        link_keys::id,
        link_keys::reports,
        link_keys::cluster_id,
        link_keys::manual,
    );
    let key = (link_keys::kind, link_keys::value);
    let more = link_keys::reports.eq(link_keys::reports + 1);
    match conn {
        DbConnection::Sqlite(c) => diesel::insert_into(link_keys::table)
            .values(row)
            .on_conflict(key)
            .do_update()
            .set(more)
            .returning(back)
            .get_result(c),
        DbConnection::Pg(c) => diesel::insert_into(link_keys::table)
            .values(row)
            .on_conflict(key)
            .do_update()
            .set(more)
            .returning(back)
            .get_result(c),
    }
}

/// Adds `n` reports to cluster `id`, making it if it is new.
fn grow_cluster(conn: &mut DbConnection, id: i64, n: i64) -> QueryResult<()> {
    let row = (clusters::id.eq(id), clusters::reports.eq(n));
    let more = clusters::reports.eq(clusters::reports + n);
    match conn {
        DbConnection::Sqlite(c) => diesel::insert_into(clusters::table)
            .values(row)
            .on_conflict(clusters::id)
            .do_update()
            .set(more)
            .execute(c)?,
        DbConnection::Pg(c) => diesel::insert_into(clusters::table)
            .values(row)
            .on_conflict(clusters::id)
            .do_update()
            .set(more)
            .execute(c)?,
    };
    Ok(())
}

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
}

/// Reports whose indicators are read per query while rebuilding.
const REBUILD_REPORTS: i64 = 20_000;

/// Computes every value and cluster anew from the indicators, keeping the
/// coordinators' marks, in one transaction (intake waits for it); when
/// `only_if_due`, only if a rebuild is still due once it holds the lock
/// (another node's worker may just have done it).
pub fn rebuild(
    conn: &mut DbConnection,
    rules: &Rules,
    now: NaiveDateTime,
    only_if_due: bool,
) -> QueryResult<Option<Rebuilt>> {
    super::write_transaction(conn, |c| {
        lock(c)?;
        if only_if_due && !rebuild_due(c)? {
            return Ok(None);
        }
        let total = total_reports(c)?;
        let limit = rules.limit(total);
        let marks: HashMap<(String, String), String> = link_keys::table
            .filter(link_keys::manual.is_not_null())
            .select((link_keys::kind, link_keys::value, link_keys::manual))
            .load::<(String, String, Option<String>)>(c)?
            .into_iter()
            .filter_map(|(k, v, m)| Some(((k, v), m?)))
            .collect();
        // Every value with the reports that hold it, in report order.
        let mut held: HashMap<LinkKey, Vec<i64>> = HashMap::new();
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
                for key in linkage::keys(kind, value) {
                    let reports = held.entry(key).or_default();
                    if reports.last() != Some(report) {
                        reports.push(*report);
                    }
                }
            }
            from += REBUILD_REPORTS;
        }
        // Whether each value links, then the clusters: union-find over the
        // reports of each linking value.
        let decided: Vec<(&LinkKey, &Vec<i64>, Option<String>, bool)> = held
            .iter()
            .map(|(key, reports)| {
                let mark = marks
                    .get(&(key.kind.to_string(), key.value.clone()))
                    .cloned();
                let n = i64::try_from(reports.len()).unwrap_or(i64::MAX);
                let links = match mark.as_deref() {
                    Some(m) => m == MANUAL_LINKING,
                    None => n <= limit,
                };
                (key, reports, mark, links)
            })
            .collect();
        let mut sets = UnionFind::default();
        for (_, reports, _, _) in decided.iter().filter(|d| d.3) {
            let first = reports[0];
            sets.add(first);
            for r in &reports[1..] {
                sets.union(first, *r);
            }
        }
        let stopped = decided.iter().filter(|d| !d.3).count();
        diesel::delete(report_clusters::table).execute(c)?;
        diesel::delete(clusters::table).execute(c)?;
        diesel::delete(report_keys::table).execute(c)?;
        diesel::delete(link_keys::table).execute(c)?;
        // Each cluster is named by its smallest report id.
        let roots = sets.roots();
        let mut sizes: HashMap<i64, i64> = HashMap::new();
        for name in roots.values() {
            *sizes.entry(*name).or_default() += 1;
        }
        let mut values = Vec::with_capacity(decided.len());
        let mut holders = Vec::new();
        for (id, (key, reports, mark, links)) in (1i64..).zip(decided) {
            let n = i64::try_from(reports.len()).unwrap_or(i64::MAX);
            values.push((
                link_keys::id.eq(id),
                link_keys::kind.eq(key.kind),
                link_keys::value.eq(key.value.as_str()),
                link_keys::reports.eq(n),
                link_keys::cluster_id.eq(links.then(|| roots[&reports[0]])),
                link_keys::manual.eq(mark),
            ));
            holders.extend(
                reports
                    .iter()
                    .map(|r| (report_keys::key_id.eq(id), report_keys::report_id.eq(*r))),
            );
        }
        super::insert_rows!(c, link_keys::table, values);
        super::insert_rows!(c, report_keys::table, holders);
        let members: Vec<_> = roots
            .iter()
            .map(|(r, name)| {
                (
                    report_clusters::report_id.eq(*r),
                    report_clusters::cluster_id.eq(*name),
                )
            })
            .collect();
        super::insert_rows!(c, report_clusters::table, members);
        let named: Vec<_> = sizes
            .iter()
            .map(|(id, n)| (clusters::id.eq(*id), clusters::reports.eq(*n)))
            .collect();
        super::insert_rows!(c, clusters::table, named);
        if let DbConnection::Pg(pg) = c {
            // The identity goes on after the ids given here.
            diesel::sql_query(
                "SELECT setval(pg_get_serial_sequence('link_keys', 'id'), \
                 GREATEST((SELECT MAX(id) FROM link_keys), 1))",
            )
            .execute(pg)?;
        }
        diesel::update(linkage_state::table.find(1))
            .set((
                linkage_state::rebuild_due.eq(false),
                linkage_state::rebuilt_at.eq(Some(now)),
            ))
            .execute(c)?;
        Ok(Some(Rebuilt {
            values: held.len(),
            stopped,
            clusters: sizes.values().filter(|n| **n > 1).count(),
            linked: sizes
                .values()
                .filter(|n| **n > 1)
                .map(|n| *n as usize)
                .sum(),
        }))
    })
}

/// Whether a rebuild is due.
pub fn rebuild_due(conn: &mut DbConnection) -> QueryResult<bool> {
    linkage_state::table
        .find(1)
        .select(linkage_state::rebuild_due)
        .first(conn)
}

/// Disjoint sets of report ids, by union by size with path halving.
#[derive(Default)]
struct UnionFind {
    parent: HashMap<i64, i64>,
    size: HashMap<i64, i64>,
}

impl UnionFind {
    fn add(&mut self, x: i64) {
        self.parent.entry(x).or_insert(x);
        self.size.entry(x).or_insert(1);
    }

    fn find(&mut self, mut x: i64) -> i64 {
        while let Some(&p) = self.parent.get(&x) {
            if p == x {
                break;
            }
            let grand = self.parent[&p];
            self.parent.insert(x, grand);
            x = grand;
        }
        x
    }

    fn union(&mut self, a: i64, b: i64) {
        self.add(a);
        self.add(b);
        let (mut ra, mut rb) = (self.find(a), self.find(b));
        if ra == rb {
            return;
        }
        if self.size[&ra] < self.size[&rb] {
            std::mem::swap(&mut ra, &mut rb);
        }
        self.parent.insert(rb, ra);
        let moved = self.size[&rb];
        *self.size.entry(ra).or_default() += moved;
    }

    /// Each member with its set's smallest member.
    fn roots(&mut self) -> HashMap<i64, i64> {
        let members: Vec<i64> = self.parent.keys().copied().collect();
        let mut smallest: HashMap<i64, i64> = HashMap::new();
        let mut root_of = HashMap::with_capacity(members.len());
        for m in members {
            let r = self.find(m);
            root_of.insert(m, r);
            let s = smallest.entry(r).or_insert(m);
            *s = (*s).min(m);
        }
        root_of
            .into_iter()
            .map(|(m, r)| (m, smallest[&r]))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_join_through_shared_members_and_take_their_smallest_name() {
        let mut u = UnionFind::default();
        u.union(5, 9);
        u.union(9, 2);
        u.union(7, 8);
        u.add(11);
        let roots = u.roots();
        assert_eq!(roots[&5], 2);
        assert_eq!(roots[&9], 2);
        assert_eq!(roots[&2], 2);
        assert_eq!(roots[&7], 7);
        assert_eq!(roots[&8], 7);
        assert_eq!(roots[&11], 11);
    }

    #[test]
    fn a_value_links_up_to_a_share_of_all_reports_but_never_below_the_floor() {
        let rules = Rules {
            common_share: 0.05,
            common_floor: 100,
        };
        assert_eq!(rules.limit(10), 100);
        assert_eq!(rules.limit(1_000_000), 50_000);
    }
}
