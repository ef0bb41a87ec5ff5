//! What decides whether a victim may be written to: address confirmation,
//! warning consent, addresses that asked for no more mail, the follow-up
//! schedule, and the per-recipient daily limit. Authority notifications are
//! institutional mail and are not subject to these rules.

use std::collections::{HashMap, HashSet};

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use super::schema::{indicators, outbox, reports, suppressions};
use super::{DbConnection, outbox as queue};
use crate::domain::indicator::Indicator;

/// The outbox kind of authority and hub notifications.
pub const AUTHORITY_KIND: &str = "authority";
/// The outbox kind of receipts.
pub const RECEIPT_KIND: &str = "receipt";
/// The outbox kind of campaign alerts.
pub const CAMPAIGN_KIND: &str = "campaign";
/// The prefix of follow-up kinds: `followup-1` … `followup-5`.
pub const FOLLOWUP_PREFIX: &str = "followup-";

/// Where a report's e-mail address stands.
#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct Contact {
    pub report_id: i64,
    pub contact_email: Option<String>,
    pub locale: String,
    pub confirmed: Option<NaiveDateTime>,
    pub consent_warnings: bool,
}

/// The contact facts of one report.
pub fn contact(conn: &mut DbConnection, report_id: i64) -> QueryResult<Option<Contact>> {
    reports::table
        .find(report_id)
        .select((
            reports::id,
            reports::contact_email,
            reports::locale,
            reports::email_confirmed_at,
            reports::consent_warnings,
        ))
        .first(conn)
        .optional()
}

/// Confirms the address of one report (its own token was used). Other
/// reports sent with the same address are not touched: whoever types an
/// address into a new report learns nothing about earlier ones.
pub fn confirm(conn: &mut DbConnection, report_id: i64, now: NaiveDateTime) -> QueryResult<()> {
    diesel::update(
        reports::table
            .find(report_id)
            .filter(reports::email_confirmed_at.is_null()),
    )
    .set(reports::email_confirmed_at.eq(Some(now)))
    .execute(conn)
    .map(|_| ())
}

/// Which of these addresses their owner confirmed, on any report.
pub fn confirmed_addresses(
    conn: &mut DbConnection,
    addresses: &[&str],
) -> QueryResult<HashSet<String>> {
    if addresses.is_empty() {
        return Ok(HashSet::new());
    }
    Ok(reports::table
        .filter(reports::contact_email.eq_any(addresses))
        .filter(reports::email_confirmed_at.is_not_null())
        .select(reports::contact_email)
        .distinct()
        .load::<Option<String>>(conn)?
        .into_iter()
        .flatten()
        .collect())
}

/// Stops every further mail to a report's address: the address is
/// suppressed (by its keyed hash), warnings are switched off on every report
/// sent with it, and its pending victim mail is withdrawn, all at once.
pub fn unsubscribe(
    conn: &mut DbConnection,
    report_id: i64,
    address_key: impl Fn(&str) -> Vec<u8>,
    now: NaiveDateTime,
) -> QueryResult<()> {
    let Some(address) = contact(conn, report_id)?.and_then(|c| c.contact_email) else {
        return Ok(());
    };
    let row = (
        suppressions::address_key.eq(address_key(&address)),
        suppressions::created_at.eq(now),
    );
    // Pressed twice at once (the provider's one-click and the page): one row.
    match conn {
        DbConnection::Sqlite(c) => diesel::insert_into(suppressions::table)
            .values(row)
            .on_conflict_do_nothing()
            .execute(c)?,
        DbConnection::Pg(c) => diesel::insert_into(suppressions::table)
            .values(row)
            .on_conflict_do_nothing()
            .execute(c)?,
    };
    diesel::update(reports::table.filter(reports::contact_email.eq(&address)))
        .set(reports::consent_warnings.eq(false))
        .execute(conn)?;
    diesel::update(
        outbox::table
            .filter(outbox::recipient.eq(&address))
            .filter(outbox::state.eq(queue::PENDING))
            .filter(outbox::kind.ne(AUTHORITY_KIND)),
    )
    .set((
        outbox::state.eq(queue::SUPPRESSED),
        outbox::last_error.eq(Some("the recipient asked for no more e-mails")),
    ))
    .execute(conn)
    .map(|_| ())
}

/// Which of these address keys asked for no more mail.
pub fn suppressed(conn: &mut DbConnection, keys: &[Vec<u8>]) -> QueryResult<HashSet<Vec<u8>>> {
    if keys.is_empty() {
        return Ok(HashSet::new());
    }
    Ok(suppressions::table
        .filter(suppressions::address_key.eq_any(keys))
        .select(suppressions::address_key)
        .load::<Vec<u8>>(conn)?
        .into_iter()
        .collect())
}

/// Victim mails sent to each of these recipients since `since`.
pub fn sent_since(
    conn: &mut DbConnection,
    recipients: &[&str],
    since: NaiveDateTime,
) -> QueryResult<HashMap<String, i64>> {
    if recipients.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(outbox::table
        .filter(outbox::recipient.eq_any(recipients))
        .filter(outbox::sent_at.gt(since))
        .filter(outbox::kind.ne(AUTHORITY_KIND))
        .group_by(outbox::recipient)
        .select((outbox::recipient, diesel::dsl::count_star()))
        .load::<(String, i64)>(conn)?
        .into_iter()
        .collect())
}

/// Switches the warnings of a report on or off (they still go only to a
/// confirmed address that has not asked for no more mail).
pub fn set_warnings(conn: &mut DbConnection, report_id: i64, on: bool) -> QueryResult<()> {
    diesel::update(reports::table.find(report_id))
        .set(reports::consent_warnings.eq(on))
        .execute(conn)
        .map(|_| ())
}

/// Adds what a victim reports about someone who offered to "recover" their
/// money: each indicator joins the case marked as a recovery approach (an
/// indicator the case already had is marked too).
pub fn add_recovery_approach(
    conn: &mut DbConnection,
    report_id: i64,
    found: &[Indicator],
) -> QueryResult<()> {
    for i in found {
        let row = (
            indicators::report_id.eq(report_id),
            indicators::kind.eq(i.kind.as_str()),
            indicators::typed.eq(&i.typed),
            indicators::normalised.eq(&i.normalised),
            indicators::recovery.eq(true),
        );
        let key = (
            indicators::report_id,
            indicators::kind,
            indicators::normalised,
        );
        match conn {
            DbConnection::Sqlite(c) => diesel::insert_into(indicators::table)
                .values(row)
                .on_conflict(key)
                .do_update()
                .set(indicators::recovery.eq(true))
                .execute(c)?,
            DbConnection::Pg(c) => diesel::insert_into(indicators::table)
                .values(row)
                .on_conflict(key)
                .do_update()
                .set(indicators::recovery.eq(true))
                .execute(c)?,
        };
    }
    diesel::update(reports::table.find(report_id))
        .set(reports::recovery_approach.eq(Some("yes")))
        .execute(conn)
        .map(|_| ())
}

#[derive(Insertable)]
#[diesel(table_name = outbox)]
struct NewFollowup {
    report_id: Option<i64>,
    kind: String,
    locale: String,
    recipient: String,
    created_at: NaiveDateTime,
    next_attempt_at: NaiveDateTime,
}

/// Queues the follow-up warnings due at `now`. `days[i]` is when warning
/// `i + 1` is due, counted from the report. Only reports with a confirmed
/// address and warning consent get them. A report that missed several (it
/// was confirmed late) gets only the latest due one: never two at once.
/// Each report's step moves forward with a compare-and-set, so schedulers on
/// several nodes never queue the same warning twice. Returns how many were queued.
pub fn schedule_followups(
    conn: &mut DbConnection,
    now: NaiveDateTime,
    days: &[u32],
) -> QueryResult<usize> {
    super::write_transaction(conn, |c| {
        let mut queued = 0;
        for (step, day) in days.iter().enumerate().rev() {
            let step = i32::try_from(step).unwrap_or(i32::MAX);
            let cutoff = now - Duration::days(i64::from(*day));
            let due = reports::table
                .filter(reports::followups_sent.le(step))
                .filter(reports::created_at.le(cutoff))
                .filter(reports::email_confirmed_at.is_not_null())
                .filter(reports::consent_warnings.eq(true))
                .filter(reports::contact_email.is_not_null());
            let moved: Vec<(i64, Option<String>, String)> = diesel::update(due)
                .set(reports::followups_sent.eq(step + 1))
                .returning((reports::id, reports::contact_email, reports::locale))
                .get_results(c)?;
            let rows: Vec<NewFollowup> = moved
                .into_iter()
                .filter_map(|(id, email, locale)| {
                    Some(NewFollowup {
                        report_id: Some(id),
                        kind: format!("{FOLLOWUP_PREFIX}{}", step + 1),
                        locale,
                        recipient: email?,
                        created_at: now,
                        next_attempt_at: now,
                    })
                })
                .collect();
            queued += rows.len();
            super::insert_rows!(c, outbox::table, rows);
        }
        Ok(queued)
    })
}
