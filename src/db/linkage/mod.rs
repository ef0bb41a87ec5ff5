//! Linkage in the database: each value reports share (`link_keys`), the
//! reports that hold it (`report_keys`), and the clusters its links make
//! (`report_clusters`, `clusters`): the connected components of reports
//! joined by values that link. They are kept as reports are stored: intake
//! queues each new report ([`queue`], one row in its transaction) and the
//! report writer links the queue ([`link_queued`]) as soon as intake
//! pauses, and at least every [`LINK_EVERY`] under load, so a report is
//! linked well within a second and a busy intake links in large batches.
//! Linking ([`link_new`]): a new report joins the cluster of its values,
//! and clusters it bridges merge into the largest.
//! A value held by more reports than [`Rules::limit`] stops linking (it
//! would glue unrelated cases), and so does one a coordinator marked "not
//! linking"; as links cannot be undone one by one, that asks for a rebuild
//! ([`rebuild`]: every value and cluster computed anew from the
//! indicators). On PostgreSQL linkage changes take turns on an advisory
//! lock, so several nodes never merge the same clusters at once.

//!
//! `rebuild.rs` holds the rebuild, `sets.rs` the disjoint sets both use.

mod rebuild;
mod sets;
pub mod summary;
pub mod view;

use std::collections::HashMap;

use diesel::prelude::*;

pub use rebuild::{Rebuilt, rebuild};
use sets::IdSets;

use super::DbConnection;
use super::schema::{
    case_counts, clusters, indicators, link_keys, link_queue, linkage_state, report_clusters,
    report_keys,
};
use crate::domain::linkage::{self, LinkKey};

/// How long queued reports wait for linking at most while intake is busy.
pub const LINK_EVERY: std::time::Duration = std::time::Duration::from_millis(1000);

/// Reports linked per transaction.
pub const LINK_BATCH: usize = 5_000;

/// The PostgreSQL advisory lock linkage changes take turns on.
pub const LINKAGE_LOCK: i64 = 0x6c69_6e6b_6167_6501; // "linkage"

/// When a value is too common to link.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rules {
    /// The share of all reports above which a value stops linking.
    pub common_share: f64,
    /// A value held by at most this many reports links however few
    /// reports there are.
    pub common_floor: i64,
    /// Whether reports are linked as they are stored (else by the next
    /// rebuild, from their indicators).
    pub at_intake: bool,
}

impl Default for Rules {
    fn default() -> Rules {
        Rules {
            common_share: 0.05,
            common_floor: 100,
            at_intake: true,
        }
    }
}

impl Rules {
    /// The rules the settings give.
    pub fn of(settings: &crate::config::Settings) -> Rules {
        Rules {
            common_share: f64::from(settings.linkage_common_percent) / 100.0,
            common_floor: i64::from(settings.linkage_common_floor),
            at_intake: settings.linkage_at_intake,
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

/// On PostgreSQL, takes the linkage lock until the transaction ends if no
/// one holds it; returns whether it did (SQLite: always, its write
/// transaction already excludes every other writer).
fn try_lock(conn: &mut DbConnection) -> QueryResult<bool> {
    #[derive(QueryableByName)]
    struct Taken {
        #[diesel(sql_type = diesel::sql_types::Bool)]
        taken: bool,
    }
    let DbConnection::Pg(c) = conn else {
        return Ok(true);
    };
    let got: Taken = diesel::sql_query("SELECT pg_try_advisory_xact_lock($1) AS taken")
        .bind::<diesel::sql_types::BigInt, _>(LINKAGE_LOCK)
        .get_result(c)?;
    Ok(got.taken)
}

/// How many reports there are (from `case_counts`).
fn total_reports(conn: &mut DbConnection) -> QueryResult<i64> {
    // A row per authority and status: few.
    let counts: Vec<i64> = case_counts::table.select(case_counts::n).load(conn)?;
    Ok(counts.iter().sum())
}

/// Queues reports just stored for linking; call it inside the transaction
/// that stores them.
pub fn queue(conn: &mut DbConnection, reports: &[i64]) -> QueryResult<()> {
    let rows: Vec<_> = reports
        .iter()
        .map(|id| link_queue::report_id.eq(*id))
        .collect();
    super::insert_rows!(conn, link_queue::table, rows);
    Ok(())
}

/// Links the queued reports, oldest first, up to [`LINK_BATCH`] of them in
/// one transaction that also takes them off the queue; returns how many it
/// took. Should linking fail, they are taken off anyway and the values are
/// read anew by the next rebuild (`rekey_due`): a fault never leaves a
/// report queued forever, nor costs a victim their report. While another
/// PostgreSQL session holds the linkage lock (a node linking, a summary,
/// a rebuild), it returns `None` at once rather than hold up its writer's
/// intake; the writer tries again shortly.
pub fn link_queued(conn: &mut DbConnection, rules: &Rules) -> QueryResult<Option<usize>> {
    super::write_transaction(conn, |c| {
        if !try_lock(c)? {
            return Ok(None);
        }
        let ids: Vec<i64> = link_queue::table
            .order(link_queue::report_id)
            .limit(LINK_BATCH as i64)
            .select(link_queue::report_id)
            .load(c)?;
        if ids.is_empty() {
            return Ok(Some(0));
        }
        let mut found: Vec<(i64, String, String)> = Vec::new();
        for chunk in ids.chunks(super::ROWS_PER_STATEMENT) {
            found.extend(
                indicators::table
                    .filter(indicators::report_id.eq_any(chunk))
                    .select((
                        indicators::report_id,
                        indicators::kind,
                        indicators::normalised,
                    ))
                    .load::<(i64, String, String)>(c)?,
            );
        }
        let mut held: HashMap<i64, Vec<(&str, &str)>> = HashMap::new();
        for (report, kind, value) in &found {
            held.entry(*report)
                .or_default()
                .push((kind.as_str(), value.as_str()));
        }
        let stored: Vec<(i64, Vec<(&str, &str)>)> = held.into_iter().collect();
        if let Err(e) = c.transaction(|c| link_new(c, rules, &stored)) {
            tracing::error!(error = %e, "queued reports could not be linked; a rebuild will");
            mark_rekey_due(c)?;
        }
        for chunk in ids.chunks(super::ROWS_PER_STATEMENT) {
            diesel::delete(link_queue::table.filter(link_queue::report_id.eq_any(chunk)))
                .execute(c)?;
        }
        Ok(Some(ids.len()))
    })
}

/// Links reports just stored, each with its indicators as stored
/// (`(kind, normalised)`), inside a transaction.
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
        .map(|(report, found)| (*report, distinct_keys(found.iter().copied())))
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
        // Only the values not yet in it: a busy cluster's values mostly are.
        diesel::update(
            link_keys::table.filter(link_keys::id.eq_any(&keys)).filter(
                link_keys::cluster_id
                    .is_null()
                    .or(link_keys::cluster_id.ne(target)),
            ),
        )
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

/// The values indicators (kind, normalised) link by, each once, sorted.
fn distinct_keys<'a>(found: impl Iterator<Item = (&'a str, &'a str)>) -> Vec<LinkKey> {
    let mut keys: Vec<LinkKey> = found
        .flat_map(|(kind, value)| linkage::keys(kind, value))
        .collect();
    keys.sort();
    keys.dedup();
    keys
}

/// The stored rows of `keys`, by (kind, value); a value never stored has none.
fn key_rows<'k>(
    conn: &mut DbConnection,
    keys: impl Iterator<Item = &'k LinkKey>,
) -> QueryResult<HashMap<(String, String), KeyRow>> {
    // Per kind, so that the unique index on (kind, value) finds them.
    let mut by_kind: HashMap<&str, Vec<&str>> = HashMap::new();
    for k in keys {
        by_kind.entry(k.kind).or_default().push(k.value.as_str());
    }
    let mut known = HashMap::new();
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
    Ok(known)
}

/// The values report `id` holds, as its indicators give them (read by the
/// indicators' primary key: holders are not indexed by report), with
/// their stored rows.
fn keys_of_report(conn: &mut DbConnection, id: i64) -> QueryResult<Vec<(String, String, KeyRow)>> {
    let found: Vec<(String, String)> = indicators::table
        .filter(indicators::report_id.eq(id))
        .select((indicators::kind, indicators::normalised))
        .load(conn)?;
    let keys = distinct_keys(found.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let mut rows = key_rows(conn, keys.iter())?;
    Ok(keys
        .into_iter()
        .filter_map(|k| {
            let key = (k.kind.to_string(), k.value);
            let row = rows.remove(&key)?;
            Some((key.0, key.1, row))
        })
        .collect())
}

/// Counts the batch's reports holding each value (adding the new values);
/// returns each value's row as it now stands.
fn count_keys<'k>(
    conn: &mut DbConnection,
    added: &HashMap<&'k LinkKey, i64>,
) -> QueryResult<HashMap<&'k LinkKey, KeyRow>> {
    let mut known = key_rows(conn, added.keys().copied())?;
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
        let asked: HashMap<(&str, &str), &&LinkKey> = chunk
            .iter()
            .map(|k| ((k.kind, k.value.as_str()), k))
            .collect();
        for (id, kind, value) in given {
            let key = *asked
                .get(&(kind.as_str(), value.as_str()))
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
    // Grown: its summary is due again.
    let more = (
        clusters::reports.eq(clusters::reports + n),
        clusters::summarised.eq(false),
    );
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

/// A value a coordinator marked, or one too common to link.
#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct Listed {
    pub kind: String,
    pub value: String,
    pub reports: i64,
    pub manual: Option<String>,
}

/// Marks a value `linking` or `not-linking` (`None` removes the mark),
/// and asks for a rebuild: links already made cannot be undone one by one.
/// A value no report holds yet is kept with its mark for the reports to
/// come. Call it inside a write transaction (with its audit entry).
pub fn set_mark(
    c: &mut DbConnection,
    kind: &str,
    value: &str,
    mark: Option<&str>,
) -> QueryResult<()> {
    lock(c)?;
    let row = (
        link_keys::kind.eq(kind),
        link_keys::value.eq(value),
        link_keys::reports.eq(0),
        link_keys::manual.eq(mark),
    );
    let marked = link_keys::manual.eq(mark);
    match c {
        DbConnection::Sqlite(c) => diesel::insert_into(link_keys::table)
            .values(row)
            .on_conflict((link_keys::kind, link_keys::value))
            .do_update()
            .set(marked)
            .execute(c)?,
        DbConnection::Pg(c) => diesel::insert_into(link_keys::table)
            .values(row)
            .on_conflict((link_keys::kind, link_keys::value))
            .do_update()
            .set(marked)
            .execute(c)?,
    };
    // A value without a mark or a holder is nothing to keep.
    diesel::delete(
        link_keys::table
            .filter(link_keys::kind.eq(kind))
            .filter(link_keys::value.eq(value))
            .filter(link_keys::reports.eq(0))
            .filter(link_keys::manual.is_null()),
    )
    .execute(c)?;
    diesel::update(linkage_state::table.find(1))
        .set(linkage_state::rebuild_due.eq(true))
        .execute(c)?;
    Ok(())
}

/// The values coordinators marked, by kind and value.
pub fn marked(conn: &mut DbConnection) -> QueryResult<Vec<Listed>> {
    link_keys::table
        .filter(link_keys::manual.is_not_null())
        .order((link_keys::kind, link_keys::value))
        .select((
            link_keys::kind,
            link_keys::value,
            link_keys::reports,
            link_keys::manual,
        ))
        .load(conn)
}

/// The `n` most held values that are too common to link (unmarked).
pub fn too_common(conn: &mut DbConnection, rules: &Rules, n: i64) -> QueryResult<Vec<Listed>> {
    let limit = rules.limit(total_reports(conn)?);
    link_keys::table
        .filter(link_keys::reports.gt(limit))
        .filter(link_keys::manual.is_null())
        .order((link_keys::reports.desc(), link_keys::kind, link_keys::value))
        .limit(n)
        .select((
            link_keys::kind,
            link_keys::value,
            link_keys::reports,
            link_keys::manual,
        ))
        .load(conn)
}

/// Whether a rebuild is due.
pub fn rebuild_due(conn: &mut DbConnection) -> QueryResult<bool> {
    linkage_state::table
        .find(1)
        .select(linkage_state::rebuild_due)
        .first(conn)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_links_up_to_a_share_of_all_reports_but_never_below_the_floor() {
        let rules = Rules {
            common_share: 0.05,
            common_floor: 100,
            ..Rules::default()
        };
        assert_eq!(rules.limit(10), 100);
        assert_eq!(rules.limit(1_000_000), 50_000);
    }
}
