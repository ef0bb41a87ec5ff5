//! Reports with their payments, indicators and outbox rows: stored together in
//! one transaction, several reports per transaction when they arrive together.

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};

use super::DbConnection;
use super::schema::{indicators, outbox, payments, reports};
use crate::domain::{CaseRef, Report};

/// A report ready to store, with the hashes that find it again.
#[derive(Debug, Clone)]
pub struct Submission {
    pub report: Report,
    /// SHA-256 of the form's submission id (a second "send" finds the first).
    pub submission_hash: String,
    /// SHA-256 of the private follow-up secret.
    pub followup_hash: String,
}

/// What storing a submission did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stored {
    /// A new report with its new reference.
    New(CaseRef),
    /// The same submission was already stored under this reference.
    Duplicate(CaseRef),
}

#[derive(Insertable)]
#[diesel(table_name = reports)]
struct NewReportRow<'a> {
    reference: &'a str,
    followup_hash: &'a str,
    submission_hash: &'a str,
    created_at: NaiveDateTime,
    locale: &'a str,
    contact_email: Option<&'a str>,
    contact_phone: Option<&'a str>,
    residence_country: &'a str,
    first_contact_channel: Option<&'a str>,
    first_contact_on: Option<chrono::NaiveDate>,
    platform_name: Option<&'a str>,
    remote_access: Option<&'a str>,
    recovery_approach: Option<&'a str>,
    story: Option<&'a str>,
    consent_authority: bool,
    consent_warnings: bool,
}

#[derive(Insertable)]
#[diesel(table_name = payments)]
struct NewPaymentRow<'a> {
    report_id: i64,
    position: i32,
    paid_on: Option<chrono::NaiveDate>,
    amount_minor: i64,
    currency: &'a str,
    method: Option<&'a str>,
    destination: Option<&'a str>,
}

#[derive(Insertable)]
#[diesel(table_name = indicators)]
struct NewIndicatorRow<'a> {
    report_id: i64,
    kind: &'a str,
    typed: &'a str,
    normalised: &'a str,
}

#[derive(Insertable)]
#[diesel(table_name = outbox)]
struct NewOutboxRow<'a> {
    report_id: Option<i64>,
    kind: &'a str,
    locale: &'a str,
    recipient: &'a str,
    created_at: NaiveDateTime,
    next_attempt_at: NaiveDateTime,
}

/// Stores a batch in one transaction. Should that transaction fail (a
/// constraint hit by one report, a concurrent node), each report is retried in
/// its own transaction so one bad report never sinks the others.
pub fn store_batch(conn: &mut DbConnection, batch: &[Submission]) -> Vec<QueryResult<Stored>> {
    let together = conn.transaction(|c| {
        batch
            .iter()
            .map(|s| insert_one(c, s))
            .collect::<QueryResult<Vec<_>>>()
    });
    match together {
        Ok(stored) => stored.into_iter().map(Ok).collect(),
        Err(e) if batch.len() == 1 && !is_unique_violation(&e) => vec![Err(e)],
        Err(_) => batch.iter().map(|s| store_alone(conn, s)).collect(),
    }
}

/// One submission in its own transaction, retried once after a unique
/// violation (a reference collision or a concurrent duplicate).
fn store_alone(conn: &mut DbConnection, s: &Submission) -> QueryResult<Stored> {
    match conn.transaction(|c| insert_one(c, s)) {
        Err(e) if is_unique_violation(&e) => conn.transaction(|c| insert_one(c, s)),
        other => other,
    }
}

fn is_unique_violation(e: &DieselError) -> bool {
    matches!(
        e,
        DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _)
    )
}

fn insert_one(c: &mut DbConnection, s: &Submission) -> QueryResult<Stored> {
    let existing = reports::table
        .filter(reports::submission_hash.eq(&s.submission_hash))
        .select(reports::reference)
        .first::<String>(c)
        .optional()?;
    if let Some(reference) = existing.and_then(|r| CaseRef::parse(&r)) {
        return Ok(Stored::Duplicate(reference));
    }
    let reference = CaseRef::generate();
    let r = &s.report;
    let now = Utc::now().naive_utc();
    let id: i64 = diesel::insert_into(reports::table)
        .values(NewReportRow {
            reference: reference.as_str(),
            followup_hash: &s.followup_hash,
            submission_hash: &s.submission_hash,
            created_at: now,
            locale: &r.locale,
            contact_email: r.contact_email.as_deref(),
            contact_phone: r.contact_phone.as_deref(),
            residence_country: r.residence.as_str(),
            first_contact_channel: r.first_contact_channel.map(|c| c.as_str()),
            first_contact_on: r.first_contact_on,
            platform_name: r.platform_name.as_deref(),
            remote_access: r.remote_access.map(|a| a.as_str()),
            recovery_approach: r.recovery_approach.map(|a| a.as_str()),
            story: r.story.as_deref(),
            consent_authority: true,
            consent_warnings: r.consent_warnings,
        })
        .returning(reports::id)
        .get_result(c)?;
    let payment_rows: Vec<NewPaymentRow> = r
        .payments
        .iter()
        .zip(0..)
        .map(|(p, position)| NewPaymentRow {
            report_id: id,
            position,
            paid_on: p.paid_on,
            amount_minor: p.amount_minor,
            currency: p.currency.code(),
            method: p.method.map(|m| m.as_str()),
            destination: p.destination.as_deref(),
        })
        .collect();
    // One statement per row: multi-row VALUES is not portable across the
    // MultiConnection backends, and inside one transaction rows are cheap.
    for row in &payment_rows {
        diesel::insert_into(payments::table)
            .values(row)
            .execute(c)?;
    }
    let indicator_rows: Vec<NewIndicatorRow> = r
        .indicators
        .iter()
        .map(|i| NewIndicatorRow {
            report_id: id,
            kind: i.kind.as_str(),
            typed: &i.typed,
            normalised: &i.normalised,
        })
        .collect();
    for row in &indicator_rows {
        diesel::insert_into(indicators::table)
            .values(row)
            .execute(c)?;
    }
    if let Some(recipient) = &r.contact_email {
        diesel::insert_into(outbox::table)
            .values(NewOutboxRow {
                report_id: Some(id),
                kind: "receipt",
                locale: &r.locale,
                recipient,
                created_at: now,
                next_attempt_at: now,
            })
            .execute(c)?;
    }
    Ok(Stored::New(reference))
}

/// What the receipt page shows of a stored report.
#[derive(Debug, Clone, Queryable)]
pub struct ReceiptRow {
    pub reference: String,
    pub residence_country: String,
    pub has_email: bool,
}

/// The report whose private link has this secret hash.
pub fn find_by_followup(
    conn: &mut DbConnection,
    followup_hash: &str,
) -> QueryResult<Option<ReceiptRow>> {
    reports::table
        .filter(reports::followup_hash.eq(followup_hash))
        .select((
            reports::reference,
            reports::residence_country,
            reports::contact_email.is_not_null(),
        ))
        .first(conn)
        .optional()
}
