//! One case as an officer opens it: the report with everything the victim
//! gave, its payments, indicators, history (`case_events`) and the mails
//! of its outbox (kind, dates and state only: never recipient or content);
//! and the writes of the case page (status, note, assignment), each with
//! its history row. Reading goes through [`scoped`], so a case outside the
//! account's scope is as absent as one that does not exist.

use crate::domain::crypto::{Asset, CryptoAmount};
use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::cases::{Scope, scoped};
use crate::db::DbConnection;
use crate::db::schema::{accounts, case_events, indicators, outbox, payments, reports};
use crate::domain::{CaseRef, CaseStatus, CountryCode, MailKind, Role};

/// The report of a case: what the victim gave, where it went, where it stands.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = reports)]
pub struct CaseHead {
    pub id: i64,
    pub reference: CaseRef,
    pub created_at: NaiveDateTime,
    /// The victim's language.
    pub locale: String,
    /// Sealed ([`crate::seal::Field::Email`]).
    pub contact_email: Option<Vec<u8>>,
    /// Sealed ([`crate::seal::Field::Phone`]).
    pub contact_phone: Option<Vec<u8>>,
    pub email_confirmed_at: Option<NaiveDateTime>,
    pub residence_country: CountryCode,
    pub residence_region: Option<String>,
    pub geo_country: Option<String>,
    pub geo_region: Option<String>,
    pub geo_matches_residence: Option<bool>,
    pub first_contact_channel: Option<String>,
    pub first_contact_on: Option<NaiveDate>,
    pub platform_name: Option<String>,
    pub remote_access: Option<String>,
    pub recovery_approach: Option<String>,
    /// Sealed ([`crate::seal::Field::Story`]).
    pub story: Option<Vec<u8>>,
    pub consent_authority: bool,
    pub consent_warnings: bool,
    pub authority_id: Option<String>,
    pub routed_to: String,
    pub routing_reason: String,
    pub contact_erased_at: Option<NaiveDateTime>,
    pub status: CaseStatus,
    pub assignee_id: Option<i64>,
}

/// One payment, in the victim's order.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = payments)]
pub struct PaymentRow {
    pub paid_on: Option<NaiveDate>,
    /// With `currency`, or neither (a payment told in crypto only).
    pub amount_minor: Option<i64>,
    pub currency: Option<String>,
    pub method: Option<String>,
    pub destination: Option<String>,
    /// With `crypto_amount` (the asset's smallest units), or neither.
    pub crypto_asset: Option<String>,
    pub crypto_amount: Option<String>,
    /// `btc`, `eth` or `trx`.
    pub network: Option<String>,
    pub tx_hash: Option<String>,
    pub source: Option<String>,
}

impl PaymentRow {
    /// The amount in crypto, if any (and stored as the service writes it).
    pub fn crypto(&self) -> Option<CryptoAmount> {
        let asset = Asset::parse(self.crypto_asset.as_deref()?)?;
        let units = self.crypto_amount.as_deref()?.parse().ok()?;
        Some(CryptoAmount { asset, units })
    }

    /// The amount in its currency as written (`1500.50 EUR`), if any.
    pub fn fiat(&self) -> Option<String> {
        let (minor, currency) = (self.amount_minor?, self.currency.as_deref()?);
        Some(crate::domain::money::format_minor(minor, currency))
    }
}

/// One indicator: as typed, normalised, and whether it came from a
/// "recovery" approach.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = indicators)]
pub struct IndicatorRow {
    pub kind: String,
    pub typed: String,
    pub normalised: String,
    pub recovery: bool,
}

/// One entry of the case's history.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = case_events)]
pub struct EventRow {
    pub id: i64,
    pub at: NaiveDateTime,
    pub account_id: Option<i64>,
    /// `status`, `note`, `assign`, `message`, `reroute`, …
    pub kind: String,
    pub status: Option<String>,
    pub authority_id: Option<String>,
    /// Sealed ([`crate::seal::Field::CaseText`]).
    pub body: Option<Vec<u8>>,
}

/// A mail of the case, without its recipient or content.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = outbox)]
pub struct MailRow {
    pub kind: MailKind,
    pub created_at: NaiveDateTime,
    pub sent_at: Option<NaiveDateTime>,
    pub state: String,
}

/// Everything the case page shows besides the report itself.
#[derive(Debug, Clone)]
pub struct Details {
    pub payments: Vec<PaymentRow>,
    pub indicators: Vec<IndicatorRow>,
    /// Oldest first.
    pub events: Vec<EventRow>,
    /// Oldest first.
    pub mails: Vec<MailRow>,
    /// Names of the accounts the events and the assignee name.
    pub names: Vec<(i64, String)>,
    /// Who the case may be assigned to.
    pub assignable: Vec<(i64, String)>,
}

/// The case with this reference, if it is in `scope`.
pub fn head(
    conn: &mut DbConnection,
    scope: &Scope,
    reference: &CaseRef,
) -> QueryResult<Option<CaseHead>> {
    scoped(scope)
        .filter(reports::reference.eq(reference.as_str()))
        .select(CaseHead::as_select())
        .first(conn)
        .optional()
}

/// The payments, indicators, history and mails of a case (by primary
/// keys and per-report indexes only), and the names of the accounts its
/// history names: authors, the assignee, and those `named_in` finds in
/// the entries' (sealed) bodies.
pub fn details(
    conn: &mut DbConnection,
    head: &CaseHead,
    named_in: impl FnOnce(&[EventRow]) -> Vec<i64>,
) -> QueryResult<Details> {
    let id = head.id;
    let payments = payments::table
        .filter(payments::report_id.eq(id))
        .order(payments::position)
        .select(PaymentRow::as_select())
        .load(conn)?;
    let indicators = indicators::table
        .filter(indicators::report_id.eq(id))
        .order((indicators::kind, indicators::normalised))
        .select(IndicatorRow::as_select())
        .load(conn)?;
    let events = case_events::table
        .filter(case_events::report_id.eq(id))
        .order(case_events::id)
        .select(EventRow::as_select())
        .load(conn)?;
    let mails = outbox::table
        .filter(outbox::report_id.eq(id))
        .order((outbox::created_at, outbox::id))
        .select(MailRow::as_select())
        .load(conn)?;
    let mut ids = named_in(&events);
    ids.extend(events.iter().filter_map(|e| e.account_id));
    ids.extend(head.assignee_id);
    ids.sort_unstable();
    ids.dedup();
    let names = super::cases::account_names(conn, &ids)?;
    let assignable = match &head.authority_id {
        Some(authority) => assignable(conn, authority)?,
        None => Vec::new(),
    };
    Ok(Details {
        payments,
        indicators,
        events,
        mails,
        names,
        assignable,
    })
}

/// The active officers and leads of an authority, by name: whom its cases
/// may be assigned to.
pub fn assignable(conn: &mut DbConnection, authority: &str) -> QueryResult<Vec<(i64, String)>> {
    accounts::table
        .filter(accounts::authority_id.eq(authority))
        .filter(accounts::role.eq_any([Role::Officer.as_str(), Role::Lead.as_str()]))
        .filter(accounts::enrolled_at.is_not_null())
        .filter(accounts::deactivated_at.is_null())
        .order((accounts::name, accounts::id))
        .select((accounts::id, accounts::name))
        .load(conn)
}

/// A history entry to append.
#[derive(Debug, Clone)]
pub struct NewEvent<'a> {
    pub report_id: i64,
    pub account_id: i64,
    pub kind: &'a str,
    /// The status a `status` event moved the case to.
    pub status: Option<CaseStatus>,
    /// Sealed ([`crate::seal::Field::CaseText`]).
    pub body: Option<&'a [u8]>,
}

/// Appends a history entry.
pub fn append_event(conn: &mut DbConnection, e: &NewEvent, now: NaiveDateTime) -> QueryResult<()> {
    diesel::insert_into(case_events::table)
        .values((
            case_events::report_id.eq(e.report_id),
            case_events::at.eq(now),
            case_events::account_id.eq(Some(e.account_id)),
            case_events::kind.eq(e.kind),
            case_events::status.eq(e.status.map(CaseStatus::as_str)),
            case_events::body.eq(e.body),
        ))
        .execute(conn)
        .map(|_| ())
}

/// Moves a case from `from` to `to`; false when its status is no longer
/// `from` (someone else changed it meanwhile).
pub fn set_status(
    conn: &mut DbConnection,
    report_id: i64,
    from: CaseStatus,
    to: CaseStatus,
) -> QueryResult<bool> {
    let moved = diesel::update(
        reports::table
            .find(report_id)
            .filter(reports::status.eq(from.as_str())),
    )
    .set(reports::status.eq(to.as_str()))
    .execute(conn)?;
    Ok(moved == 1)
}

/// Assigns a case to an account, or to nobody.
pub fn set_assignee(
    conn: &mut DbConnection,
    report_id: i64,
    assignee: Option<i64>,
) -> QueryResult<()> {
    diesel::update(reports::table.find(report_id))
        .set(reports::assignee_id.eq(assignee))
        .execute(conn)
        .map(|_| ())
}

/// Where a case stands, read inside the transaction that changes it.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = reports)]
pub struct Located {
    pub id: i64,
    pub authority_id: Option<String>,
    pub status: CaseStatus,
    pub assignee_id: Option<i64>,
}

/// The case with this reference, if it is in `scope`, for a change.
pub fn locate(
    conn: &mut DbConnection,
    scope: &Scope,
    reference: &CaseRef,
) -> QueryResult<Option<Located>> {
    // Locked and in scope until the calling transaction ends.
    let Some(id) = super::cases::lock_in_scope(conn, scope, reference)? else {
        return Ok(None);
    };
    reports::table
        .find(id)
        .select(Located::as_select())
        .first(conn)
        .optional()
}
