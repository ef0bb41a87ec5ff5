//! Clusters a coordinator named as a campaign: the name (on the report the
//! cluster was named by, so merges keep it), and the notice it sends to
//! every authority holding its reports — one outbox row per active account
//! of the authority, in the account's language, and one to its intake
//! address — naming how many of the cluster's reports it holds.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::notices::{self, listeners};
use crate::db::DbConnection;
use crate::db::linkage::summary::AUTHORITY;
use crate::db::schema::{
    cluster_counts, cluster_names, cluster_notices, cluster_summaries, outbox, report_clusters,
};
use crate::domain::MailKind;
use crate::routing::HUB_ID;

/// The longest name.
pub const NAME_MAX: usize = 120;

/// Names cluster `cluster` (a report id, as clusters are named) and queues
/// the notices; `intake` gives an authority's sealed intake address, if
/// any. Returns the authorities notified, or `None` when there is no such
/// cluster of two reports or more. Call it in a write transaction.
pub fn name_cluster(
    c: &mut DbConnection,
    cluster: i64,
    name: &str,
    (account_id, now): (i64, NaiveDateTime),
    intake: &dyn Fn(&str) -> Option<Vec<u8>>,
) -> QueryResult<Option<usize>> {
    let Some((victims, countries)) = cluster_summaries::table
        .find(cluster)
        .select((cluster_summaries::reports, cluster_summaries::countries))
        .first::<(i64, i64)>(c)
        .optional()?
    else {
        return Ok(None);
    };
    let name_id: i64 = diesel::insert_into(cluster_names::table)
        .values((
            cluster_names::report_id.eq(cluster),
            cluster_names::name.eq(name),
            cluster_names::named_at.eq(now),
            cluster_names::account_id.eq(Some(account_id)),
            cluster_names::victims.eq(victims),
            cluster_names::countries.eq(countries),
        ))
        .returning(cluster_names::id)
        .get_result(c)?;
    let holders: Vec<(String, i64)> = cluster_counts::table
        .filter(cluster_counts::cluster_id.eq(cluster))
        .filter(cluster_counts::dimension.eq(AUTHORITY))
        .select((cluster_counts::value, cluster_counts::reports))
        .load(c)?;
    // '' is the hub's reports; its key is the hub's.
    let keys: Vec<String> = holders
        .iter()
        .map(|(a, _)| notices::key((!a.is_empty()).then_some(a.as_str())).to_string())
        .collect();
    let key_refs: Vec<&str> = keys.iter().map(String::as_str).collect();
    let heard = listeners(c, &key_refs)?;
    let kind = MailKind::ClusterNamed.to_string();
    for (key, (_, reports)) in keys.iter().zip(&holders) {
        let notice: i64 = diesel::insert_into(cluster_notices::table)
            .values((
                cluster_notices::cluster_name_id.eq(name_id),
                cluster_notices::authority_id.eq(key),
                cluster_notices::reports.eq(*reports),
            ))
            .returning(cluster_notices::id)
            .get_result(c)?;
        let mut rows: Vec<(Vec<u8>, String, Option<i64>)> = heard
            .accounts_of(key)
            .iter()
            .map(|(account, locale)| (Vec::new(), locale.clone(), Some(*account)))
            .collect();
        if key != HUB_ID
            && let Some(address) = intake(key)
        {
            rows.push((address, crate::i18n::DEFAULT_LANGUAGE.to_string(), None));
        }
        let rows: Vec<_> = rows
            .iter()
            .map(|(recipient, locale, account)| {
                (
                    outbox::kind.eq(&kind),
                    outbox::locale.eq(locale),
                    outbox::recipient.eq(recipient),
                    outbox::account_id.eq(*account),
                    outbox::cluster_notice_id.eq(Some(notice)),
                    outbox::created_at.eq(now),
                    outbox::next_attempt_at.eq(now),
                )
            })
            .collect();
        crate::db::insert_rows!(c, outbox::table, rows, columns = 7);
    }
    Ok(Some(holders.len()))
}

/// The latest name of each of these clusters that has one.
pub fn names(c: &mut DbConnection, clusters: &[i64]) -> QueryResult<HashMap<i64, String>> {
    let rows: Vec<(i64, i64, String)> = cluster_names::table
        .inner_join(
            report_clusters::table.on(report_clusters::report_id.eq(cluster_names::report_id)),
        )
        .filter(report_clusters::cluster_id.eq_any(clusters))
        .order(cluster_names::id)
        .select((
            report_clusters::cluster_id,
            cluster_names::id,
            cluster_names::name,
        ))
        .load(c)?;
    // Ordered by id: the latest name of a cluster comes last and stays.
    Ok(rows
        .into_iter()
        .map(|(cluster, _, name)| (cluster, name))
        .collect())
}

/// What a naming notice says to one authority.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub name_id: i64,
    pub name: String,
    pub victims: i64,
    pub countries: i64,
    /// The authority's key (the hub's for its own reports).
    pub authority: String,
    /// Its reports in the cluster when named.
    pub reports: i64,
}

/// The notices `ids` of leased rows.
pub fn notices_of_mail(c: &mut DbConnection, ids: &[i64]) -> QueryResult<HashMap<i64, Notice>> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let rows: Vec<(i64, String, i64, i64, i64, String, i64)> = cluster_notices::table
        .inner_join(cluster_names::table.on(cluster_names::id.eq(cluster_notices::cluster_name_id)))
        .filter(cluster_notices::id.eq_any(ids))
        .select((
            cluster_notices::id,
            cluster_notices::authority_id,
            cluster_notices::reports,
            cluster_names::id,
            cluster_names::victims,
            cluster_names::name,
            cluster_names::countries,
        ))
        .load(c)?;
    Ok(rows
        .into_iter()
        .map(
            |(id, authority, reports, name_id, victims, name, countries)| {
                (
                    id,
                    Notice {
                        name_id,
                        name,
                        victims,
                        countries,
                        authority,
                        reports,
                    },
                )
            },
        )
        .collect())
}

/// The cluster a name now stands for (the one its report is in).
pub fn cluster_of_name(c: &mut DbConnection, name_id: i64) -> QueryResult<Option<i64>> {
    cluster_names::table
        .inner_join(
            report_clusters::table.on(report_clusters::report_id.eq(cluster_names::report_id)),
        )
        .filter(cluster_names::id.eq(name_id))
        .select(report_clusters::cluster_id)
        .first(c)
        .optional()
}
