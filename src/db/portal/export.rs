//! What an export reads of a batch of cases: each report as the case page
//! reads it ([`CaseHead`]), with its payments and indicators, three
//! queries per batch whatever its size. Reading goes through [`scoped`],
//! so a case that left the account's scope since it was listed is left out.

use std::collections::HashMap;

use diesel::prelude::*;

use super::case::{CaseHead, IndicatorRow, PaymentRow};
use super::cases::{Scope, scoped};
use crate::db::DbConnection;
use crate::db::schema::{indicators, payments, reports};

/// One case with everything an export writes of it.
#[derive(Debug, Clone)]
pub struct Record {
    pub head: CaseHead,
    /// In the victim's order.
    pub payments: Vec<PaymentRow>,
    pub indicators: Vec<IndicatorRow>,
}

/// The cases `ids` that are in `scope`, in the order of `ids`.
pub fn records(conn: &mut DbConnection, scope: &Scope, ids: &[i64]) -> QueryResult<Vec<Record>> {
    let heads: Vec<CaseHead> = scoped(scope)
        .filter(reports::id.eq_any(ids))
        .select(CaseHead::as_select())
        .load(conn)?;
    let found: Vec<i64> = heads.iter().map(|h| h.id).collect();
    let mut paid: HashMap<i64, Vec<PaymentRow>> = HashMap::new();
    for (id, row) in payments::table
        .filter(payments::report_id.eq_any(&found))
        .order((payments::report_id, payments::position))
        .select((payments::report_id, PaymentRow::as_select()))
        .load::<(i64, PaymentRow)>(conn)?
    {
        paid.entry(id).or_default().push(row);
    }
    let mut named: HashMap<i64, Vec<IndicatorRow>> = HashMap::new();
    for (id, row) in indicators::table
        .filter(indicators::report_id.eq_any(&found))
        .order((
            indicators::report_id,
            indicators::kind,
            indicators::normalised,
        ))
        .select((indicators::report_id, IndicatorRow::as_select()))
        .load::<(i64, IndicatorRow)>(conn)?
    {
        named.entry(id).or_default().push(row);
    }
    let mut by_id: HashMap<i64, CaseHead> = heads.into_iter().map(|h| (h.id, h)).collect();
    Ok(ids
        .iter()
        .filter_map(|id| by_id.remove(id))
        .map(|head| Record {
            payments: paid.remove(&head.id).unwrap_or_default(),
            indicators: named.remove(&head.id).unwrap_or_default(),
            head,
        })
        .collect())
}
