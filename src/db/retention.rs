//! Erasing victims' contact details: after `retention_days`, or at once
//! when the victim asks from their case page. The report's facts, payments
//! and indicators stay (they link cases across borders); its contact
//! details, story, the blind index of its address, and the recipient of its
//! mails go, and its pending mails to the victim are withdrawn.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::outbox::{PENDING, SUPPRESSED};
use super::schema::{outbox, reports};
use super::{DbConnection, write_transaction};
use crate::domain::MailKind;

/// Reports erased per transaction.
const BATCH: i64 = 1000;

/// Erases the contact details of these reports (already erased ones are
/// left as they are). Returns how many were erased.
pub fn erase(conn: &mut DbConnection, ids: &[i64], now: NaiveDateTime) -> QueryResult<usize> {
    let erased = diesel::update(
        reports::table
            .filter(reports::id.eq_any(ids))
            .filter(reports::contact_erased_at.is_null()),
    )
    .set((
        reports::contact_email.eq(None::<Vec<u8>>),
        reports::contact_phone.eq(None::<Vec<u8>>),
        reports::story.eq(None::<Vec<u8>>),
        reports::address_key.eq(None::<Vec<u8>>),
        // The public check's keyed hashes of browser and network go too.
        reports::session_key.eq(None::<Vec<u8>>),
        reports::network_key.eq(None::<Vec<u8>>),
        reports::consent_warnings.eq(false),
        reports::contact_erased_at.eq(Some(now)),
    ))
    .execute(conn)?;
    let victim_mail = || {
        outbox::table
            .filter(outbox::report_id.eq_any(ids))
            .filter(outbox::kind.ne_all(MailKind::institutional()))
    };
    diesel::update(victim_mail().filter(outbox::state.eq(PENDING)))
        .set((
            outbox::state.eq(SUPPRESSED),
            outbox::last_error.eq(Some("the victim's contact details were erased")),
        ))
        .execute(conn)?;
    diesel::update(victim_mail())
        .set((
            outbox::recipient.eq(Vec::<u8>::new()),
            outbox::recipient_key.eq(None::<Vec<u8>>),
        ))
        .execute(conn)?;
    Ok(erased)
}

/// Erases the contact details of every report filed before `cutoff`, a
/// batch per transaction. Returns how many were erased.
pub fn erase_older_than(
    conn: &mut DbConnection,
    cutoff: NaiveDateTime,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    let mut total = 0;
    loop {
        let n = write_transaction(conn, |c| {
            let ids: Vec<i64> = reports::table
                .filter(reports::created_at.lt(cutoff))
                .filter(reports::contact_erased_at.is_null())
                .select(reports::id)
                .limit(BATCH)
                .load(c)?;
            erase(c, &ids, now)
        })?;
        if n == 0 {
            return Ok(total);
        }
        total += n;
    }
}
