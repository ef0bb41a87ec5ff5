//! Storage for the demo data generator ([`crate::demo`]): its runs
//! (`demo_seeds`), and reports written in bulk — multi-row INSERTs for the
//! reports too (their ids come back with `RETURNING`), so that a million
//! reports take minutes.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::portal::cases;
use super::reports::{NewPaymentRow, PAYMENT_COLUMNS, Submission};
use super::schema::{demo_seeds, indicators, payments, reports};
use super::{DbConnection, write_transaction};
use crate::domain::CaseRef;
use crate::domain::indicator::Indicator;

/// One generated report, ready to store.
#[derive(Debug, Clone)]
pub struct SeededReport {
    pub submission: Submission,
    pub reference: CaseRef,
    pub created_at: NaiveDateTime,
    /// Indicators of a later "recovery" approach (stored with `recovery`).
    pub recovery: Vec<Indicator>,
}

/// What the database holds: all reports, and those the generator made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Census {
    pub reports: i64,
    pub seeded: i64,
}

/// Counts the reports, and those recorded by earlier runs of the generator
/// (summed here: SUM's type differs by backend, and there are few runs).
pub fn census(conn: &mut DbConnection) -> QueryResult<Census> {
    let reports = reports::table.count().get_result(conn)?;
    let runs: Vec<i64> = demo_seeds::table.select(demo_seeds::reports).load(conn)?;
    Ok(Census {
        reports,
        seeded: runs.iter().sum(),
    })
}

/// Records the start of a run; returns its id.
pub fn start_run(conn: &mut DbConnection, now: NaiveDateTime) -> QueryResult<i64> {
    diesel::insert_into(demo_seeds::table)
        .values((demo_seeds::created_at.eq(now), demo_seeds::reports.eq(0)))
        .returning(demo_seeds::id)
        .get_result(conn)
}

#[derive(Insertable)]
#[diesel(table_name = reports, treat_none_as_default_value = false)]
struct ReportRow<'a> {
    reference: &'a str,
    followup_key: &'a [u8],
    created_at: NaiveDateTime,
    changed_at: NaiveDateTime,
    locale: &'a str,
    contact_email: Option<&'a [u8]>,
    contact_phone: Option<&'a [u8]>,
    address_key: Option<&'a [u8]>,
    residence_country: &'a str,
    first_contact_channel: Option<&'a str>,
    first_contact_on: Option<NaiveDate>,
    platform_name: Option<&'a str>,
    remote_access: Option<&'a str>,
    recovery_approach: Option<&'a str>,
    story: Option<&'a [u8]>,
    consent_authority: bool,
    consent_warnings: bool,
    residence_region: Option<&'a str>,
    geo_country: Option<&'a str>,
    geo_region: Option<&'a str>,
    geo_matches_residence: Option<bool>,
    authority_id: Option<&'a str>,
    routed_to: &'a str,
    routing_reason: &'a str,
    session_key: Option<&'a [u8]>,
    network_key: Option<&'a [u8]>,
}
const REPORT_COLUMNS: usize = 25;

#[derive(Insertable)]
#[diesel(table_name = indicators)]
struct IndicatorRow<'a> {
    report_id: i64,
    kind: &'a str,
    typed: &'a str,
    normalised: &'a str,
    recovery: bool,
    authority_id: &'a str,
    created_at: NaiveDateTime,
}
const INDICATOR_COLUMNS: usize = 7;

/// Stores a batch of generated reports in one transaction and adds them to
/// run `run`. Returns the ids given to the reports, in the batch's order.
pub fn store(conn: &mut DbConnection, run: i64, batch: &[SeededReport]) -> QueryResult<Vec<i64>> {
    write_transaction(conn, |c| {
        let ids = insert_reports(c, batch)?;
        insert_children(c, batch, &ids)?;
        let (Some(first), Some(last)) = (ids.iter().min(), ids.iter().max()) else {
            return Ok(ids);
        };
        let added = i64::try_from(ids.len()).unwrap_or(i64::MAX);
        let run_row = demo_seeds::table.find(run);
        diesel::update(run_row.filter(demo_seeds::first_report_id.is_null()))
            .set(demo_seeds::first_report_id.eq(first))
            .execute(c)?;
        diesel::update(run_row)
            .set((
                demo_seeds::last_report_id.eq(last),
                demo_seeds::reports.eq(demo_seeds::reports + added),
            ))
            .execute(c)?;
        Ok(ids)
    })
}

/// The reports in multi-row statements; ids are matched back by reference.
fn insert_reports(c: &mut DbConnection, batch: &[SeededReport]) -> QueryResult<Vec<i64>> {
    let rows: Vec<ReportRow> = batch.iter().map(report_row).collect();
    let mut given: HashMap<String, i64> = HashMap::with_capacity(batch.len());
    for chunk in rows.chunks(super::PARAMETERS_PER_STATEMENT / REPORT_COLUMNS) {
        let returned: Vec<(i64, String)> = match c {
            DbConnection::Sqlite(c) => diesel::insert_into(reports::table)
                .values(chunk)
                .returning((reports::id, reports::reference))
                .get_results(c)?,
            DbConnection::Pg(c) => diesel::insert_into(reports::table)
                .values(chunk)
                .returning((reports::id, reports::reference))
                .get_results(c)?,
        };
        given.extend(returned.into_iter().map(|(id, r)| (r, id)));
    }
    batch
        .iter()
        .map(|s| {
            given
                .get(s.reference.as_str())
                .copied()
                .ok_or(diesel::result::Error::NotFound)
        })
        .collect()
}

fn report_row(s: &SeededReport) -> ReportRow<'_> {
    let (sub, r) = (&s.submission, &s.submission.report);
    ReportRow {
        reference: s.reference.as_str(),
        followup_key: &sub.followup_key,
        created_at: s.created_at,
        changed_at: s.created_at,
        locale: &r.locale,
        contact_email: sub.sealed.email.as_deref(),
        contact_phone: sub.sealed.phone.as_deref(),
        address_key: sub.sealed.address_key.as_deref(),
        residence_country: r.residence.as_str(),
        first_contact_channel: r.first_contact_channel.map(|c| c.as_str()),
        first_contact_on: r.first_contact_on,
        platform_name: r.platform_name.as_deref(),
        remote_access: r.remote_access.map(|a| a.as_str()),
        recovery_approach: r.recovery_approach.map(|a| a.as_str()),
        story: sub.sealed.story.as_deref(),
        consent_authority: true,
        consent_warnings: r.consent_warnings,
        residence_region: r.residence_region.as_deref(),
        geo_country: sub.geo.as_ref().map(|g| g.country.as_str()),
        geo_region: sub.geo.as_ref().and_then(|g| g.region.as_deref()),
        geo_matches_residence: sub.geo.as_ref().map(|g| g.country == r.residence),
        authority_id: sub.routing.authority_id.as_deref(),
        routed_to: &sub.routing.delivered_to,
        routing_reason: &sub.routing.reason,
        session_key: sub.origin.session.as_deref(),
        network_key: sub.origin.network.as_deref(),
    }
}

/// Payments and indicators (the report's own, then its recovery approach's,
/// an indicator in both marked as recovery) in multi-row statements.
fn insert_children(c: &mut DbConnection, batch: &[SeededReport], ids: &[i64]) -> QueryResult<()> {
    let mut paid = Vec::new();
    let mut found = Vec::new();
    for (s, &id) in batch.iter().zip(ids) {
        let r = &s.submission.report;
        paid.extend(
            r.payments
                .iter()
                .zip(0..)
                .map(|(p, position)| NewPaymentRow::of(id, position, p)),
        );

        let also_recovery = |i: &Indicator| {
            s.recovery
                .iter()
                .any(|x| x.kind == i.kind && x.normalised == i.normalised)
        };
        let own = r.indicators.iter().map(|i| (i, also_recovery(i)));
        let later = s.recovery.iter().filter(|x| {
            !r.indicators
                .iter()
                .any(|i| i.kind == x.kind && i.normalised == x.normalised)
        });
        found.extend(
            own.chain(later.map(|i| (i, true)))
                .map(|(i, recovery)| IndicatorRow {
                    report_id: id,
                    kind: i.kind.as_str(),
                    typed: &i.typed,
                    normalised: &i.normalised,
                    recovery,
                    authority_id: cases::scope_key(s.submission.routing.authority_id.as_deref()),
                    created_at: s.created_at,
                }),
        );
    }
    super::insert_rows!(c, payments::table, paid, columns = PAYMENT_COLUMNS);
    super::insert_rows!(c, indicators::table, found, columns = INDICATOR_COLUMNS);
    Ok(())
}
