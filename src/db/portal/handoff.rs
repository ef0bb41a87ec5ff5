//! Handing a case on: an officer's message to the victim (a `message`
//! event, and the e-mail that carries it) and re-routing a case to another
//! authority or the hub (a `reroute` event, and the notification of the new
//! recipient). Each is written in one transaction that finds the case in
//! the officer's scope again, so a case re-routed away a moment before is
//! as absent as one that never existed.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::audit::{self, Entry};
use super::cases::Scope;
use super::notices;
use crate::db::DbConnection;
use crate::db::outbox::{self, NewMail};
use crate::db::schema::{case_events, outbox as outbox_table, reports};
use crate::domain::{CaseRef, MailKind};

/// Event kinds written here.
pub const MESSAGE: &str = "message";
pub const REROUTE: &str = "reroute";

/// What handing a case on needs to know about it.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = reports)]
pub struct HandoffCase {
    pub id: i64,
    pub reference: CaseRef,
    pub locale: String,
    pub authority_id: Option<String>,
    pub routed_to: String,
    pub routing_reason: String,
    /// Sealed; `None` when the victim gave none or erased it.
    pub contact_email: Option<Vec<u8>>,
    pub address_key: Option<Vec<u8>>,
    pub email_confirmed_at: Option<NaiveDateTime>,
}

impl HandoffCase {
    /// Whether a message can be e-mailed to the victim at all.
    pub fn has_address(&self) -> bool {
        self.contact_email.is_some()
    }
}

/// The case with this reference, if it is in `scope`.
pub fn find(
    conn: &mut DbConnection,
    scope: &Scope,
    reference: &CaseRef,
) -> QueryResult<Option<HandoffCase>> {
    // Locked and in scope until the calling transaction ends.
    let Some(id) = super::cases::lock_in_scope(conn, scope, reference)? else {
        return Ok(None);
    };
    reports::table
        .find(id)
        .select(HandoffCase::as_select())
        .first(conn)
        .optional()
}

/// Who acts, for the event and the audit row.
#[derive(Debug, Clone, Copy)]
pub struct Actor<'a> {
    pub account_id: i64,
    /// The actor's authority (none: a coordinator, for the hub).
    pub authority_id: Option<&'a str>,
}

/// What became of a hand-on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Done,
    /// Not in the actor's scope (any more), or no such case.
    NotFound,
    /// A message, but the victim has no e-mail address (none, or erased).
    NoAddress,
}

fn add_event(
    conn: &mut DbConnection,
    report_id: i64,
    actor: &Actor,
    kind: &str,
    authority_id: Option<&str>,
    body: &[u8],
    now: NaiveDateTime,
) -> QueryResult<i64> {
    diesel::insert_into(case_events::table)
        .values((
            case_events::report_id.eq(report_id),
            case_events::at.eq(now),
            case_events::account_id.eq(Some(actor.account_id)),
            case_events::kind.eq(kind),
            case_events::authority_id.eq(authority_id),
            case_events::body.eq(Some(body)),
        ))
        .returning(case_events::id)
        .get_result(conn)
}

/// Stores a message (`sealed`: its text, sealed as case text) and queues
/// its e-mail to the victim's address, in the report's language.
pub fn send_message(
    conn: &mut DbConnection,
    scope: &Scope,
    reference: &CaseRef,
    actor: &Actor,
    sealed: &[u8],
    now: NaiveDateTime,
) -> QueryResult<Outcome> {
    crate::db::write_transaction(conn, |c| {
        let Some(case) = find(c, scope, reference)? else {
            return Ok(Outcome::NotFound);
        };
        let Some(recipient) = &case.contact_email else {
            return Ok(Outcome::NoAddress);
        };
        let event = add_event(c, case.id, actor, MESSAGE, actor.authority_id, sealed, now)?;
        diesel::insert_into(outbox_table::table)
            .values((
                outbox_table::report_id.eq(Some(case.id)),
                outbox_table::kind.eq(MailKind::OfficerMessage.to_string()),
                outbox_table::locale.eq(&case.locale),
                outbox_table::recipient.eq(recipient),
                outbox_table::recipient_key.eq(case.address_key.as_deref()),
                outbox_table::created_at.eq(now),
                outbox_table::next_attempt_at.eq(now),
                outbox_table::event_id.eq(Some(event)),
            ))
            .execute(c)?;
        let entry = Entry {
            account_id: Some(actor.account_id),
            action: MESSAGE,
            authority_id: case.authority_id.as_deref(),
            report_id: Some(case.id),
            detail: case.reference.as_str(),
        };
        audit::append(c, &entry, now)?;
        Ok(Outcome::Done)
    })
}

/// Where a case goes, decided by the caller from the directory.
#[derive(Debug, Clone)]
pub struct Destination<'a> {
    /// The new authority (none: the hub).
    pub authority_id: Option<&'a str>,
    /// Who receives it: the authority's id, or the hub.
    pub delivered_to: &'a str,
    /// Appended to the routing reason ("re-routed by A → B").
    pub note: &'a str,
    /// The reason, sealed as case text.
    pub sealed_reason: &'a [u8],
    /// The new recipient's intake address, sealed, when it has one.
    pub notify: Option<&'a [u8]>,
    /// The audit detail: old → new, never the reason.
    pub detail: &'a str,
}

/// Moves a case to `to`: its authority, recipient and routing reason, a
/// `reroute` event, an audit row and the new recipient's notification (a
/// notification of the old recipient still pending is withdrawn).
pub fn reroute(
    conn: &mut DbConnection,
    scope: &Scope,
    reference: &CaseRef,
    actor: &Actor,
    to: &Destination,
    now: NaiveDateTime,
) -> QueryResult<Outcome> {
    crate::db::write_transaction(conn, |c| {
        let Some(case) = find(c, scope, reference)? else {
            return Ok(Outcome::NotFound);
        };
        let reason = format!("{}; {}", case.routing_reason, to.note);
        diesel::update(reports::table.find(case.id))
            .set((
                reports::authority_id.eq(to.authority_id),
                reports::routed_to.eq(to.delivered_to),
                // The old authority's officer no longer works it.
                reports::assignee_id.eq(None::<i64>),
                reports::routing_reason.eq(&reason),
            ))
            .execute(c)?;
        let event = add_event(
            c,
            case.id,
            actor,
            REROUTE,
            to.authority_id,
            to.sealed_reason,
            now,
        )?;
        let entry = Entry {
            account_id: Some(actor.account_id),
            action: REROUTE,
            authority_id: case.authority_id.as_deref(),
            report_id: Some(case.id),
            detail: to.detail,
        };
        audit::append(c, &entry, now)?;
        // A notification still waiting for the old recipient would announce
        // a case it can no longer open.
        notices::withdraw_for_case(c, case.id)?;
        let key = notices::key(to.authority_id);
        let listeners = notices::listeners(c, &[key])?;
        if let Some(recipient) = to.notify.filter(|_| !listeners.takes_digest(key)) {
            let mail = NewMail {
                report_id: Some(case.id),
                kind: MailKind::Authority,
                locale: crate::i18n::DEFAULT_LANGUAGE,
                recipient,
                recipient_key: None,
                campaign_id: None,
            };
            outbox::enqueue(c, &[mail], now)?;
        }
        listeners.notify(c, &[(case.id, key, Some(event))], now)?;
        Ok(Outcome::Done)
    })
}

/// A stored message to a victim.
#[derive(Debug, Clone, Queryable)]
pub struct StoredMessage {
    pub at: NaiveDateTime,
    /// The sender's authority (none: the hub).
    pub authority_id: Option<String>,
    /// Sealed case text.
    pub body: Option<Vec<u8>>,
}

/// Every message to the victim of a report, oldest first.
pub fn messages_of(conn: &mut DbConnection, report_id: i64) -> QueryResult<Vec<StoredMessage>> {
    case_events::table
        .filter(case_events::report_id.eq(report_id))
        .filter(case_events::kind.eq(MESSAGE))
        .order(case_events::id)
        .select((
            case_events::at,
            case_events::authority_id,
            case_events::body,
        ))
        .load(conn)
}

/// The messages that outbox rows carry, by outbox row id.
pub fn messages_of_mail(
    conn: &mut DbConnection,
    outbox_ids: &[i64],
) -> QueryResult<Vec<(i64, StoredMessage)>> {
    if outbox_ids.is_empty() {
        return Ok(Vec::new());
    }
    outbox_table::table
        .inner_join(case_events::table.on(outbox_table::event_id.eq(case_events::id.nullable())))
        .filter(outbox_table::id.eq_any(outbox_ids))
        .filter(case_events::kind.eq(MESSAGE))
        .select((
            outbox_table::id,
            (
                case_events::at,
                case_events::authority_id,
                case_events::body,
            ),
        ))
        .load(conn)
}
