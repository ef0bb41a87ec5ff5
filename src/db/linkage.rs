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

/// Links reports just stored, each with its indicators as stored
/// (`(kind, normalised)`); call it inside the transaction that stores them.
/// The whole batch in a few statements: its values counted at once, its
/// reports joined in memory with each other and with the clusters their
/// values already had, then each group written to its cluster.
pub fn link_new(
    conn: &mut DbConnection,
    rules: &Rules,
    stored: &[(i64, Vec<(&str, &str)>)],
) -> QueryResult<()> {
    let reports: Vec<(i64, Vec<LinkKey>)> = stored
        .iter()
        .map(|(report, found)| {
            let mut keys: Vec<LinkKey> = found
                .iter()
                .flat_map(|(kind, value)| linkage::keys(kind, value))
                .collect();
            keys.sort();
            keys.dedup();
            (*report, keys)
        })
        .filter(|(_, keys)| !keys.is_empty())
        .collect();
    if reports.is_empty() {
        return Ok(());
    }
    lock(conn)?;
    let limit = rules.limit(total_reports(conn)?);
    let mut added: HashMap<&LinkKey, i64> = HashMap::new();
    for key in reports.iter().flat_map(|(_, keys)| keys) {
        *added.entry(key).or_default() += 1;
    }
    let rows = count_keys(conn, &added)?;
    let holders: Vec<_> = reports
        .iter()
        .flat_map(|(report, keys)| {
            keys.iter().map(|k| {
                (
                    report_keys::key_id.eq(rows[k].id),
                    report_keys::report_id.eq(*report),
                )
            })
        })
        .collect();
    super::insert_rows!(conn, report_keys::table, holders);
    // A value that links no more (it has just become too common) had its
    // reports in one cluster, which may now fall apart: a rebuild is due.
    let spent: Vec<i64> = rows
        .values()
        .filter(|k| !k.links(limit) && k.cluster_id.is_some())
        .map(|k| k.id)
        .collect();
    if !spent.is_empty() {
        diesel::update(link_keys::table.filter(link_keys::id.eq_any(&spent)))
            .set(link_keys::cluster_id.eq(None::<i64>))
            .execute(conn)?;
        diesel::update(linkage_state::table.find(1))
            .set(linkage_state::rebuild_due.eq(true))
            .execute(conn)?;
    }
    // New reports and the clusters they reach, joined in memory. A
    // cluster is named by a report stored before, so the two never clash.
    let mut sets = IdSets::default();
    let mut first_of: HashMap<&LinkKey, i64> = HashMap::new();
    let mut reached: Vec<i64> = Vec::new();
    for (report, keys) in &reports {
        for key in keys.iter().filter(|k| rows[*k].links(limit)) {
            sets.add(*report);
            if let Some(c) = rows[key].cluster_id {
                sets.union(*report, c);
                reached.push(c);
            }
            let first = *first_of.entry(key).or_insert(*report);
            sets.union(*report, first);
        }
    }
    reached.sort_unstable();
    reached.dedup();
    let sizes: HashMap<i64, i64> = clusters::table
        .filter(clusters::id.eq_any(&reached))
        .select((clusters::id, clusters::reports))
        .load::<(i64, i64)>(conn)?
        .into_iter()
        .collect();
    // Each group: the clusters reached (stored reports) and the batch's own.
    let batch: std::collections::HashSet<i64> = reports.iter().map(|(r, _)| *r).collect();
    let mut groups: HashMap<i64, (Vec<i64>, Vec<i64>)> = HashMap::new();
    for (member, root) in sets.roots() {
        let (old, new) = groups.entry(root).or_default();
        match batch.contains(&member) {
            false => old.push(member),
            true => new.push(member),
        }
    }
    let size = |id: &i64| sizes.get(id).copied().unwrap_or(0);
    let mut members = Vec::new();
    for (old, new) in groups.values() {
        // The largest cluster stays; the others move into it.
        let target = old
            .iter()
            .max_by_key(|id| (size(id), std::cmp::Reverse(**id)))
            .or(new.iter().min())
            .copied()
            .unwrap_or_default();
        let mut grown = i64::try_from(new.len()).unwrap_or(0);
        for id in old.iter().filter(|id| **id != target) {
            diesel::update(report_clusters::table.filter(report_clusters::cluster_id.eq(id)))
                .set(report_clusters::cluster_id.eq(target))
                .execute(conn)?;
            diesel::update(link_keys::table.filter(link_keys::cluster_id.eq(id)))
                .set(link_keys::cluster_id.eq(target))
                .execute(conn)?;
            diesel::delete(clusters::table.find(id)).execute(conn)?;
            grown += size(id);
        }
        let keys: Vec<i64> = reports
            .iter()
            .filter(|(r, _)| new.contains(r))
            .flat_map(|(_, keys)| keys)
            .filter(|k| rows[*k].links(limit))
            .map(|k| rows[k].id)
            .collect();
        diesel::update(link_keys::table.filter(link_keys::id.eq_any(&keys)))
            .set(link_keys::cluster_id.eq(target))
            .execute(conn)?;
        members.extend(new.iter().map(|r| {
            (
                report_clusters::report_id.eq(*r),
                report_clusters::cluster_id.eq(target),
            )
        }));
        grow_cluster(conn, target, grown)?;
    }
    super::insert_rows!(conn, report_clusters::table, members);
    Ok(())
}

/// Counts the batch's reports holding each value (adding the new values);
/// returns each value's row as it now stands.
fn count_keys<'k>(
    conn: &mut DbConnection,
    added: &HashMap<&'k LinkKey, i64>,
) -> QueryResult<HashMap<&'k LinkKey, KeyRow>> {
    // Per kind, so that the unique index on (kind, value) finds them.
    let mut by_kind: HashMap<&str, Vec<&str>> = HashMap::new();
    for k in added.keys() {
        by_kind.entry(k.kind).or_default().push(k.value.as_str());
    }
    let mut known: HashMap<(String, String), KeyRow> = HashMap::new();
    for (kind, chunk) in by_kind.iter().flat_map(|(kind, values)| {
        values
            .chunks(super::ROWS_PER_STATEMENT)
            .map(move |c| (*kind, c))
    }) {
        let rows: Vec<(String, String, KeyRow)> = link_keys::table
            .filter(link_keys::kind.eq(kind))
            .filter(link_keys::value.eq_any(chunk))
            .select((
                link_keys::kind,
                link_keys::value,
                (
                    link_keys::id,
                    link_keys::reports,
                    link_keys::cluster_id,
                    link_keys::manual,
                ),
            ))
            .load(conn)?;
        known.extend(rows.into_iter().map(|(k, v, row)| ((k, v), row)));
    }
    let mut out: HashMap<&LinkKey, KeyRow> = HashMap::with_capacity(added.len());
    let mut fresh: Vec<&LinkKey> = Vec::new();
    // Existing values grow by how many of the batch hold them, grouped by
    // that number (mostly one).
    let mut by_count: HashMap<i64, Vec<i64>> = HashMap::new();
    for (key, n) in added {
        match known.remove(&(key.kind.to_string(), key.value.clone())) {
            Some(mut row) => {
                row.reports += n;
                by_count.entry(*n).or_default().push(row.id);
                out.insert(key, row);
            }
            None => fresh.push(key),
        }
    }
    for (n, ids) in by_count {
        for chunk in ids.chunks(super::ROWS_PER_STATEMENT) {
            diesel::update(link_keys::table.filter(link_keys::id.eq_any(chunk)))
                .set(link_keys::reports.eq(link_keys::reports + n))
                .execute(conn)?;
        }
    }
    for chunk in fresh.chunks(super::ROWS_PER_STATEMENT) {
        let rows: Vec<_> = chunk
            .iter()
            .map(|k| {
                (
                    link_keys::kind.eq(k.kind),
                    link_keys::value.eq(k.value.as_str()),
                    link_keys::reports.eq(added[*k]),
                )
            })
            .collect();
        let given: Vec<(i64, String, String)> = match conn {
            DbConnection::Sqlite(c) => diesel::insert_into(link_keys::table)
                .values(&rows)
                .returning((link_keys::id, link_keys::kind, link_keys::value))
                .get_results(c)?,
            DbConnection::Pg(c) => diesel::insert_into(link_keys::table)
                .values(&rows)
                .returning((link_keys::id, link_keys::kind, link_keys::value))
                .get_results(c)?,
        };
        for (id, kind, value) in given {
            let key = chunk
                .iter()
                .find(|k| k.kind == kind && k.value == value)
                .ok_or(diesel::result::Error::NotFound)?;
            let row = KeyRow {
                id,
                reports: added[*key],
                cluster_id: None,
                manual: None,
            };
            out.insert(key, row);
        }
    }
    Ok(out)
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
    /// How long reading the indicators, joining and writing took.
    pub phases: [std::time::Duration; 3],
}

/// Reports whose indicators are read per query while rebuilding.
const REBUILD_REPORTS: i64 = 20_000;

/// Indexes dropped while a rebuild refills their tables and made again
/// after (one sort instead of a million scattered inserts).
const REBUILT_INDEXES: [(&str, &str); 2] = [
    ("report_keys_report", "report_keys (report_id)"),
    ("report_clusters_cluster", "report_clusters (cluster_id)"),
];

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
    super::write_transaction(conn, |c| {
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
                clear(c)?;
                rekey(c, limit)?
            }
        };
        diesel::update(linkage_state::table.find(1))
            .set((
                linkage_state::rebuild_due.eq(false),
                linkage_state::rekey_due.eq(false),
                linkage_state::rebuilt_at.eq(Some(now)),
            ))
            .execute(c)?;
        tracing::info!(
            values = done.values,
            read_s = done.phases[0].as_secs_f64(),
            joined_s = done.phases[1].as_secs_f64(),
            written_s = done.phases[2].as_secs_f64(),
            "linkage rebuilt"
        );
        Ok(Some(done))
    })
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

/// Marks that the values must be read anew from the indicators: a batch
/// of reports was stored without being linked.
pub fn mark_rekey_due(conn: &mut DbConnection) -> QueryResult<()> {
    diesel::update(linkage_state::table.find(1))
        .set((
            linkage_state::rebuild_due.eq(true),
            linkage_state::rekey_due.eq(true),
        ))
        .execute(conn)
        .map(|_| ())
}

/// Fills the empty linkage tables from the indicators: every value, its
/// holders and the clusters.
fn rekey(c: &mut DbConnection, limit: i64) -> QueryResult<Rebuilt> {
    let started = std::time::Instant::now();
    let Holdings { reports, held } = read_holdings(c)?;
    let read = started.elapsed();
    // Whether each value links, then the clusters: union-find over the
    // holders of each linking value.
    let mut sets = UnionFind::new(reports.len());
    let mut decided = Vec::with_capacity(held.len());
    for (key, holders) in &held {
        let links = i64::try_from(holders.len()).unwrap_or(i64::MAX) <= limit;
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
            link_keys::manual.eq(None::<String>),
        ));
        holdings.extend(holders.iter().map(|at| {
            (
                report_keys::key_id.eq(id),
                report_keys::report_id.eq(reports[*at as usize]),
            )
        }));
    }
    super::insert_rows!(c, link_keys::table, values, columns = 6);
    super::insert_rows!(c, report_keys::table, holdings, columns = 2);
    let members: Vec<_> = (0..reports.len())
        .filter(|at| sets.linked[*at])
        .map(|at| {
            (
                report_clusters::report_id.eq(reports[at]),
                report_clusters::cluster_id.eq(name(u32::try_from(at).unwrap_or(u32::MAX))),
            )
        })
        .collect();
    super::insert_rows!(c, report_clusters::table, members, columns = 2);
    let named: Vec<_> = sizes
        .iter()
        .map(|(at, n)| {
            (
                clusters::id.eq(reports[*at as usize]),
                clusters::reports.eq(*n),
            )
        })
        .collect();
    super::insert_rows!(c, clusters::table, named, columns = 2);
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
    for chunk in gone.chunks(super::ROWS_PER_STATEMENT) {
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
        for chunk in members.chunks(super::ROWS_PER_STATEMENT) {
            diesel::update(report_clusters::table.filter(report_clusters::report_id.eq_any(chunk)))
                .set(report_clusters::cluster_id.eq(cluster))
                .execute(c)?;
        }
    }
    super::insert_rows!(c, report_clusters::table, fresh, columns = 2);

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
    for chunk in ended.chunks(super::ROWS_PER_STATEMENT) {
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
    super::insert_rows!(c, clusters::table, born, columns = 2);

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
        for chunk in ids.chunks(super::ROWS_PER_STATEMENT) {
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

/// Whether a rebuild is due.
pub fn rebuild_due(conn: &mut DbConnection) -> QueryResult<bool> {
    linkage_state::table
        .find(1)
        .select(linkage_state::rebuild_due)
        .first(conn)
}

/// Disjoint sets of positions `0..n`, by union by size with path halving;
/// `linked` marks the positions some linking value holds.
struct UnionFind {
    parent: Vec<u32>,
    size: Vec<u32>,
    linked: Vec<bool>,
}

impl UnionFind {
    fn new(n: usize) -> UnionFind {
        UnionFind {
            parent: (0..u32::try_from(n).unwrap_or(u32::MAX)).collect(),
            size: vec![1; n],
            linked: vec![false; n],
        }
    }

    fn find(&mut self, mut x: u32) -> u32 {
        while self.parent[x as usize] != x {
            let grand = self.parent[self.parent[x as usize] as usize];
            self.parent[x as usize] = grand;
            x = grand;
        }
        x
    }

    fn union(&mut self, a: u32, b: u32) {
        let (mut ra, mut rb) = (self.find(a), self.find(b));
        if ra == rb {
            return;
        }
        if self.size[ra as usize] < self.size[rb as usize] {
            std::mem::swap(&mut ra, &mut rb);
        }
        self.parent[rb as usize] = ra;
        self.size[ra as usize] += self.size[rb as usize];
    }

    /// Joins every position of `members` into one set, marked linked.
    fn join_all(&mut self, members: &[u32]) {
        for m in members {
            self.linked[*m as usize] = true;
            self.union(members[0], *m);
        }
    }

    /// Each position's set, named by its smallest position.
    fn smallest_members(&mut self) -> Vec<u32> {
        let n = u32::try_from(self.parent.len()).unwrap_or(u32::MAX);
        let root: Vec<u32> = (0..n).map(|x| self.find(x)).collect();
        let mut smallest = vec![u32::MAX; root.len()];
        for (x, r) in (0..n).zip(&root) {
            let s = &mut smallest[*r as usize];
            *s = (*s).min(x);
        }
        root.iter().map(|r| smallest[*r as usize]).collect()
    }
}

/// Disjoint sets of a batch's report and cluster ids (few), by union by
/// size with path halving.
#[derive(Default)]
struct IdSets {
    parent: HashMap<i64, i64>,
    size: HashMap<i64, i64>,
}

impl IdSets {
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

    /// Each member with its set's root.
    fn roots(&mut self) -> Vec<(i64, i64)> {
        let members: Vec<i64> = self.parent.keys().copied().collect();
        members.into_iter().map(|m| (m, self.find(m))).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_join_through_shared_members_and_take_their_smallest_name() {
        let mut u = UnionFind::new(12);
        u.join_all(&[5, 9]);
        u.join_all(&[9, 2]);
        u.join_all(&[8, 7]);
        let named = u.smallest_members();
        assert_eq!([named[5], named[9], named[2]], [2, 2, 2]);
        assert_eq!([named[7], named[8]], [7, 7]);
        assert_eq!(named[11], 11, "alone");
        assert!(u.linked[7] && !u.linked[11]);
    }

    #[test]
    fn a_batchs_ids_join_through_shared_members() {
        let mut s = IdSets::default();
        s.union(40, 7);
        s.union(41, 40);
        s.add(42);
        let roots: HashMap<i64, i64> = s.roots().into_iter().collect();
        assert_eq!(roots[&7], roots[&41]);
        assert_ne!(roots[&42], roots[&7]);
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
