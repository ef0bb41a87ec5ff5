//! The queue's rows as the page and the CSV show them: read for the rows
//! of one page only (their assignees' names, payments and indicators),
//! then written out as text in the officer's language.

use std::collections::HashMap;

use diesel::QueryResult;

use crate::db::DbConnection;
use crate::db::portal::cases::{self, After, QueueRow, Scope};
use crate::db::portal::queue::{self, Filter, Summary};
use crate::domain::money::format_minor;
use crate::i18n::Locale;
use crate::routing::Directory;

/// A page of rows with what is shown beside them.
pub struct Loaded {
    pub rows: Vec<QueueRow>,
    names: Vec<(i64, String)>,
    sums: HashMap<i64, Summary>,
    /// Other reports each case is linked to, where any.
    linked: HashMap<i64, i64>,
}

/// Reads a page of the filtered queue and the totals of its rows.
pub fn load(
    conn: &mut DbConnection,
    scope: &Scope,
    filter: &Filter,
    after: Option<After>,
    limit: i64,
) -> QueryResult<Loaded> {
    let rows = queue::page(conn, scope, filter, after, limit)?;
    let assignees: Vec<i64> = rows.iter().filter_map(|r| r.assignee_id).collect();
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    Ok(Loaded {
        names: cases::account_names(conn, &assignees)?,
        sums: queue::summaries(conn, &ids)?,
        linked: queue::linked_counts(conn, &ids)?,
        rows,
    })
}

/// One row as shown.
pub struct Line {
    pub reference: String,
    pub received: String,
    pub place: String,
    pub platform: String,
    /// "1500.50 EUR, 2500.00 USD".
    pub loss: String,
    pub payments: i64,
    pub indicators: i64,
    /// Other reports linked to the case.
    pub linked: i64,
    pub status: String,
    pub assignee: String,
}

impl Loaded {
    /// The first `take` rows, as text.
    pub fn lines(&self, directory: &Directory, locale: &Locale, take: usize) -> Vec<Line> {
        let none = Summary::default();
        self.rows
            .iter()
            .take(take)
            .map(|r| {
                let sum = self.sums.get(&r.id).unwrap_or(&none);
                Line {
                    reference: r.reference.to_string(),
                    received: r.created_at.format("%Y-%m-%d %H:%M").to_string(),
                    place: crate::routing::place_name(
                        directory,
                        locale,
                        r.residence_country,
                        r.residence_region.as_deref(),
                    ),
                    platform: r.platform_name.clone().unwrap_or_default(),
                    loss: sum
                        .totals
                        .iter()
                        .map(|(code, minor)| format_minor(*minor, code))
                        .collect::<Vec<_>>()
                        .join(", "),
                    payments: sum.payments,
                    indicators: sum.indicators,
                    linked: self.linked.get(&r.id).copied().unwrap_or(0),
                    status: locale
                        .loader
                        .get(&format!("portal-status-{}", r.status.as_str())),
                    assignee: self.assignee(r.assignee_id),
                }
            })
            .collect()
    }

    fn assignee(&self, id: Option<i64>) -> String {
        id.and_then(|id| self.names.iter().find(|(n, _)| *n == id))
            .map(|(_, name)| name.clone())
            .unwrap_or_default()
    }
}
