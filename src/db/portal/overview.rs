//! What the coordinators' overview reads: the clusters ranked by victims,
//! countries or loss in one currency (from the summaries the worker keeps,
//! by their indexes), and one cluster in full — victims per country,
//! reports per authority, loss per currency, reports per week, and the
//! values its reports share.

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::linkage::summary::{AUTHORITY, COUNTRY, WEEK};
use crate::db::linkage::summary::{VALUES_KEPT_FROM, most_shared};
use crate::db::schema::{cluster_counts, cluster_losses, cluster_summaries, cluster_values};

/// How the clusters are ranked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rank {
    Victims,
    Countries,
    /// Loss in the chosen currency.
    Loss,
}

impl Rank {
    pub const ALL: [Rank; 3] = [Rank::Victims, Rank::Countries, Rank::Loss];

    pub fn as_str(self) -> &'static str {
        match self {
            Rank::Victims => "victims",
            Rank::Countries => "countries",
            Rank::Loss => "loss",
        }
    }

    pub fn parse(text: &str) -> Option<Rank> {
        Rank::ALL.into_iter().find(|r| r.as_str() == text)
    }
}

/// A cluster's summary.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = cluster_summaries)]
pub struct Summary {
    #[diesel(column_name = cluster_id)]
    pub id: i64,
    pub reports: i64,
    pub countries: i64,
    pub authorities: i64,
    pub first_at: NaiveDateTime,
    pub last_at: NaiveDateTime,
}

/// A ranked cluster and its loss in the chosen currency.
#[derive(Debug, Clone)]
pub struct Ranked {
    pub summary: Summary,
    pub loss_minor: i64,
}

/// The first `limit` clusters by `rank`, with their loss in `currency`.
pub fn ranked(
    conn: &mut DbConnection,
    rank: Rank,
    currency: &str,
    limit: i64,
) -> QueryResult<Vec<Ranked>> {
    let summaries: Vec<Summary> = match rank {
        Rank::Victims => cluster_summaries::table
            .order((
                cluster_summaries::reports.desc(),
                cluster_summaries::cluster_id.desc(),
            ))
            .limit(limit)
            .select(Summary::as_select())
            .load(conn)?,
        Rank::Countries => cluster_summaries::table
            .order((
                cluster_summaries::countries.desc(),
                cluster_summaries::reports.desc(),
                cluster_summaries::cluster_id.desc(),
            ))
            .limit(limit)
            .select(Summary::as_select())
            .load(conn)?,
        Rank::Loss => {
            let ids: Vec<i64> = cluster_losses::table
                .filter(cluster_losses::currency.eq(currency))
                .order((
                    cluster_losses::total_minor.desc(),
                    cluster_losses::cluster_id.desc(),
                ))
                .limit(limit)
                .select(cluster_losses::cluster_id)
                .load(conn)?;
            let mut found: Vec<Summary> = cluster_summaries::table
                .filter(cluster_summaries::cluster_id.eq_any(&ids))
                .select(Summary::as_select())
                .load(conn)?;
            found.sort_by_key(|s| ids.iter().position(|id| *id == s.id));
            found
        }
    };
    let ids: Vec<i64> = summaries.iter().map(|s| s.id).collect();
    let losses: BTreeMap<i64, i64> = cluster_losses::table
        .filter(cluster_losses::cluster_id.eq_any(&ids))
        .filter(cluster_losses::currency.eq(currency))
        .select((cluster_losses::cluster_id, cluster_losses::total_minor))
        .load::<(i64, i64)>(conn)?
        .into_iter()
        .collect();
    Ok(summaries
        .into_iter()
        .map(|summary| Ranked {
            loss_minor: losses.get(&summary.id).copied().unwrap_or(0),
            summary,
        })
        .collect())
}

/// The currencies the clusters lost money in, in code order: one seek of
/// `cluster_losses_rank` per currency, not a scan of every cluster's losses.
pub fn currencies(conn: &mut DbConnection) -> QueryResult<Vec<String>> {
    let mut found: Vec<String> = Vec::new();
    loop {
        let mut next = cluster_losses::table
            .select(cluster_losses::currency)
            .order(cluster_losses::currency)
            .into_boxed();
        if let Some(last) = found.last() {
            next = next.filter(cluster_losses::currency.gt(last.clone()));
        }
        match next.first::<String>(conn).optional()? {
            Some(currency) => found.push(currency),
            None => return Ok(found),
        }
    }
}

/// One cluster in full.
#[derive(Debug, Clone)]
pub struct Cluster {
    pub summary: Summary,
    /// Victims per country of residence, most first.
    pub countries: Vec<(String, i64)>,
    /// Reports per authority ('' for the hub), most first.
    pub authorities: Vec<(String, i64)>,
    /// Loss per currency, largest first.
    pub losses: Vec<(String, i64)>,
    /// Reports per week (the Monday), every week from the first to the last.
    pub weeks: Vec<(NaiveDate, u64)>,
    /// Values shared by two reports or more: (kind, value, reports), most first.
    pub values: Vec<(String, String, i64)>,
}

pub use crate::db::linkage::summary::VALUES_SHOWN;

/// Cluster `id` as summarised, or `None` if there is no such cluster of
/// two reports or more.
pub fn cluster(conn: &mut DbConnection, id: i64) -> QueryResult<Option<Cluster>> {
    let Some(summary) = cluster_summaries::table
        .find(id)
        .select(Summary::as_select())
        .first(conn)
        .optional()?
    else {
        return Ok(None);
    };
    let counts = |conn: &mut DbConnection, dimension: &str| -> QueryResult<Vec<(String, i64)>> {
        let mut rows: Vec<(String, i64)> = cluster_counts::table
            .filter(cluster_counts::cluster_id.eq(id))
            .filter(cluster_counts::dimension.eq(dimension))
            .select((cluster_counts::value, cluster_counts::reports))
            .load(conn)?;
        rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        Ok(rows)
    };
    let countries = counts(conn, COUNTRY)?;
    let authorities = counts(conn, AUTHORITY)?;
    let weeks: BTreeMap<NaiveDate, u64> = counts(conn, WEEK)?
        .into_iter()
        .filter_map(|(day, n)| Some((day.parse().ok()?, u64::try_from(n).ok()?)))
        .collect();
    let mut losses: Vec<(String, i64)> = cluster_losses::table
        .filter(cluster_losses::cluster_id.eq(id))
        .select((cluster_losses::currency, cluster_losses::total_minor))
        .load(conn)?;
    losses.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    // A large cluster's values as summarised; a small one's read as they are.
    let values = match summary.reports >= VALUES_KEPT_FROM {
        true => cluster_values::table
            .filter(cluster_values::cluster_id.eq(id))
            .order((
                cluster_values::reports.desc(),
                cluster_values::kind,
                cluster_values::value,
            ))
            .select((
                cluster_values::kind,
                cluster_values::value,
                cluster_values::reports,
            ))
            .load(conn)?,
        false => most_shared(conn, id)?,
    };
    Ok(Some(Cluster {
        summary,
        countries,
        authorities,
        losses,
        weeks: every_week(&weeks),
        values,
    }))
}

/// Reports per week (by Monday), every week from the first to the last.
pub fn every_week(by: &BTreeMap<NaiveDate, u64>) -> Vec<(NaiveDate, u64)> {
    let (Some(first), Some(last)) = (by.keys().next().copied(), by.keys().last().copied()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut week = first;
    while week <= last {
        out.push((week, by.get(&week).copied().unwrap_or(0)));
        week += chrono::Duration::days(7);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weeks_run_monday_to_monday_with_empty_weeks_counted_as_zero() {
        use crate::db::linkage::summary::monday;
        let at = |d: &str| {
            NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .expect("date")
                .and_hms_opt(12, 0, 0)
                .expect("time")
        };
        // Wednesday 2026-12-02, Sunday 2026-12-06 (same week), Monday 2026-12-21.
        let mut by = BTreeMap::new();
        for t in [at("2026-12-02"), at("2026-12-06"), at("2026-12-21")] {
            *by.entry(monday(t)).or_default() += 1;
        }
        let day = |d: &str| NaiveDate::parse_from_str(d, "%Y-%m-%d").expect("date");
        assert_eq!(
            every_week(&by),
            [
                (day("2026-11-30"), 2),
                (day("2026-12-07"), 0),
                (day("2026-12-14"), 0),
                (day("2026-12-21"), 1)
            ]
        );
        assert!(every_week(&BTreeMap::new()).is_empty());
    }
}
