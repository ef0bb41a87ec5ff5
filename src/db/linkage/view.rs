//! What linkage tells an officer about one case: for each value of the
//! report that other reports hold, how many they are, and which
//! authorities hold them in which countries — counts and names only,
//! never another report's reference or anything its victim gave.

use diesel::dsl::count_star;
use diesel::prelude::*;

use super::{Rules, total_reports};
use crate::db::DbConnection;
use crate::db::schema::{clusters, report_clusters, report_keys, reports};

/// Whether a value links, and if not, why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyState {
    Links,
    /// Held by more reports than the rules allow.
    TooCommon,
    /// A coordinator marked it "not linking".
    MarkedNotLinking,
}

/// One value of the case and the other reports that hold it.
#[derive(Debug, Clone)]
pub struct SharedValue {
    pub kind: String,
    pub value: String,
    pub state: KeyState,
    /// Other reports holding it.
    pub others: i64,
    /// Who holds them: the authority (None: the hub), then each country
    /// of residence with its count; by count, most first.
    pub holders: Vec<Holder>,
}

/// An authority holding other reports of a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holder {
    pub authority_id: Option<String>,
    pub reports: i64,
    pub countries: Vec<(String, i64)>,
}

impl SharedValue {
    /// The distinct countries of the other reports.
    pub fn countries(&self) -> usize {
        let mut all: Vec<&str> = self
            .holders
            .iter()
            .flat_map(|h| h.countries.iter().map(|(c, _)| c.as_str()))
            .collect();
        all.sort_unstable();
        all.dedup();
        all.len()
    }
}

/// A case's links: its shared values, and the cluster it is in.
#[derive(Debug, Clone, Default)]
pub struct CaseLinks {
    /// Values other reports hold, most shared first.
    pub shared: Vec<SharedValue>,
    /// The cluster and how many reports it holds.
    pub cluster: Option<(i64, i64)>,
}

/// The links of report `id`: one query for its values, one grouped count
/// of the reports that share them (by the `report_keys` key and the
/// reports' primary key), one for its cluster.
pub fn of_report(conn: &mut DbConnection, rules: &Rules, id: i64) -> QueryResult<CaseLinks> {
    let mut keys = super::keys_of_report(conn, id)?;
    keys.retain(|(_, _, k)| k.reports > 1);
    let limit = rules.limit(total_reports(conn)?);
    let linking: Vec<i64> = keys
        .iter()
        .filter(|(_, _, k)| k.links(limit))
        .map(|(_, _, k)| k.id)
        .collect();
    let counts: Vec<(i64, Option<String>, String, i64)> = report_keys::table
        .inner_join(reports::table.on(reports::id.eq(report_keys::report_id)))
        .filter(report_keys::key_id.eq_any(&linking))
        .filter(report_keys::report_id.ne(id))
        .group_by((
            report_keys::key_id,
            reports::authority_id,
            reports::residence_country,
        ))
        .select((
            report_keys::key_id,
            reports::authority_id,
            reports::residence_country,
            count_star(),
        ))
        .load(conn)?;
    let mut shared: Vec<SharedValue> = keys
        .into_iter()
        .map(|(kind, value, key)| {
            let state = match (key.links(limit), key.manual.is_some()) {
                (true, _) => KeyState::Links,
                (false, true) => KeyState::MarkedNotLinking,
                (false, false) => KeyState::TooCommon,
            };
            let holders = holders(counts.iter().filter(|c| c.0 == key.id));
            SharedValue {
                kind,
                value,
                state,
                others: key.reports - 1,
                holders,
            }
        })
        .collect();
    shared.sort_by(|a, b| b.others.cmp(&a.others).then(a.value.cmp(&b.value)));
    let cluster = report_clusters::table
        .inner_join(clusters::table.on(clusters::id.eq(report_clusters::cluster_id)))
        .filter(report_clusters::report_id.eq(id))
        .select((clusters::id, clusters::reports))
        .first(conn)
        .optional()?;
    Ok(CaseLinks { shared, cluster })
}

/// Grouped counts of one value as holders, most reports first.
fn holders<'a>(
    counts: impl Iterator<Item = &'a (i64, Option<String>, String, i64)>,
) -> Vec<Holder> {
    let mut holders: Vec<Holder> = Vec::new();
    for (_, authority, country, n) in counts {
        let at = match holders.iter().position(|h| h.authority_id == *authority) {
            Some(at) => at,
            None => {
                holders.push(Holder {
                    authority_id: authority.clone(),
                    reports: 0,
                    countries: Vec::new(),
                });
                holders.len() - 1
            }
        };
        let holder = &mut holders[at];
        holder.reports += n;
        holder.countries.push((country.clone(), *n));
    }
    for h in &mut holders {
        h.countries
            .sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    }
    holders.sort_by(|a, b| {
        b.reports
            .cmp(&a.reports)
            .then(a.authority_id.cmp(&b.authority_id))
    });
    holders
}
