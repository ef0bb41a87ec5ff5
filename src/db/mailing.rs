//! What decides whether a victim may be written to: address confirmation,
//! warning consent, addresses that asked for no more mail, the follow-up
//! schedule, and the per-recipient daily limit. Authority notifications are
//! institutional mail and are not subject to these rules.

use std::collections::{HashMap, HashSet};

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use super::DbConnection;
use super::outbox::{self as queue, NewMail};
use super::portal::cases;
use super::schema::{indicators, outbox, reports, suppressions};
use crate::domain::MailKind;
use crate::domain::indicator::Indicator;

/// The blind index of one report's address (none without an address).
pub fn address_key_of(conn: &mut DbConnection, report_id: i64) -> QueryResult<Option<Vec<u8>>> {
    Ok(reports::table
        .find(report_id)
        .select(reports::address_key)
        .first::<Option<Vec<u8>>>(conn)
        .optional()?
        .flatten())
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

/// Which of these addresses (by blind index) their owner confirmed, on any report.
pub fn confirmed_addresses(
    conn: &mut DbConnection,
    keys: &[&[u8]],
) -> QueryResult<HashSet<Vec<u8>>> {
    if keys.is_empty() {
        return Ok(HashSet::new());
    }
    Ok(reports::table
        .filter(reports::address_key.eq_any(keys))
        .filter(reports::email_confirmed_at.is_not_null())
        .select(reports::address_key)
        .distinct()
        .load::<Option<Vec<u8>>>(conn)?
        .into_iter()
        .flatten()
        .collect())
}

/// Stops every further mail to a report's address: the address is
/// suppressed (by its blind index), warnings are switched off on this
/// report, and pending victim mail to the address is withdrawn, all at once.
/// Other reports sent with the address keep their own settings: the worker
/// withholds their mail, but their pages show nothing of this, so typing
/// someone's address into a report never reveals that they unsubscribed.
pub fn unsubscribe(conn: &mut DbConnection, report_id: i64, now: NaiveDateTime) -> QueryResult<()> {
    let Some(key) = address_key_of(conn, report_id)? else {
        return Ok(());
    };
    let row = (
        suppressions::address_key.eq(&key),
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
    set_warnings(conn, report_id, false)?;
    diesel::update(
        outbox::table
            .filter(outbox::recipient_key.eq(&key))
            .filter(outbox::state.eq(queue::PENDING))
            .filter(outbox::kind.ne_all(MailKind::institutional())),
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

/// Is this outbox row still pending, and its address (when given) not on
/// the suppression list? Checked right before a message leaves.
pub fn still_wanted(conn: &mut DbConnection, id: i64, key: Option<&[u8]>) -> QueryResult<bool> {
    let pending = outbox::table
        .find(id)
        .filter(outbox::state.eq(queue::PENDING))
        .count()
        .get_result::<i64>(conn)?
        > 0;
    let stopped = match key {
        Some(key) => !suppressed(conn, &[key.to_vec()])?.is_empty(),
        None => false,
    };
    Ok(pending && !stopped)
}

/// Victim mails sent to each of these addresses (by blind index) since `since`.
pub fn sent_since(
    conn: &mut DbConnection,
    keys: &[&[u8]],
    since: NaiveDateTime,
) -> QueryResult<HashMap<Vec<u8>, i64>> {
    if keys.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(outbox::table
        .filter(outbox::recipient_key.eq_any(keys))
        .filter(outbox::sent_at.gt(since))
        .filter(outbox::kind.ne_all(MailKind::institutional()))
        .group_by(outbox::recipient_key)
        .select((outbox::recipient_key, diesel::dsl::count_star()))
        .load::<(Option<Vec<u8>>, i64)>(conn)?
        .into_iter()
        .filter_map(|(key, n)| Some((key?, n)))
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
    // The case's authority, read under its row's lock so that a re-route
    // (whose trigger moves the indicators already there) cannot slip in
    // between the read and the insert.
    cases::lock_row(conn, report_id)?;
    let (authority, received): (Option<String>, NaiveDateTime) = reports::table
        .find(report_id)
        .select((reports::authority_id, reports::created_at))
        .first(conn)?;
    for i in found {
        let row = (
            indicators::report_id.eq(report_id),
            indicators::kind.eq(i.kind.as_str()),
            indicators::typed.eq(&i.typed),
            indicators::normalised.eq(&i.normalised),
            indicators::recovery.eq(true),
            indicators::authority_id.eq(cases::scope_key(authority.as_deref())),
            indicators::created_at.eq(received),
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
            type Moved = (i64, Option<Vec<u8>>, Option<Vec<u8>>, String);
            let moved: Vec<Moved> = diesel::update(due)
                .set(reports::followups_sent.eq(step + 1))
                .returning((
                    reports::id,
                    reports::contact_email,
                    reports::address_key,
                    reports::locale,
                ))
                .get_results(c)?;
            let kind = MailKind::Followup(u8::try_from(step + 1).unwrap_or(u8::MAX));
            let mails: Vec<NewMail> = moved
                .iter()
                .filter_map(|(id, email, key, locale)| {
                    Some(NewMail {
                        report_id: Some(*id),
                        kind,
                        locale,
                        recipient: email.as_deref()?,
                        recipient_key: key.as_deref(),
                        campaign_id: None,
                    })
                })
                .collect();
            queued += queue::enqueue(c, &mails, now)?;
        }
        Ok(queued)
    })
}
