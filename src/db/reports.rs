//! Reports with their payments, indicators and outbox rows: stored together in
//! one transaction, several reports per transaction when they arrive together.

use std::collections::HashMap;

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};

use super::linkage::{self, Rules};
use super::outbox::{self as queue, NewMail};
use super::portal::cases;
use super::portal::notices::{self, Listeners};
use super::schema::{indicators, payments, reports};
use super::{DbConnection, write_transaction};
use crate::domain::check::Origin;
use crate::domain::{CaseRef, MailKind, Payment, Report};
use crate::geo::Location;
use crate::routing::Decision;
use crate::seal::{Field, Sealer};

/// A report ready to store, with the hashes that find it again.
#[derive(Debug, Clone)]
pub struct Submission {
    pub report: Report,
    /// Where the report goes, and why.
    pub routing: Decision,
    /// Where the sender's connection appeared to be (never the address).
    pub geo: Option<Location>,
    /// Lookup key of the private follow-up secret ([`crate::keys::lookup_key`]).
    /// The secret is derived from the form's submission id, so a second
    /// "send" of the same form carries the same key and finds the first report.
    pub followup_key: Vec<u8>,
    /// Where the case is e-mailed (the routed authority's or the hub's
    /// intake address, sealed), if one is configured.
    pub notify: Option<Vec<u8>>,
    /// The victim's contact details and story, sealed.
    pub sealed: SealedContact,
    /// Keyed hashes of the browser and network it came from, for the
    /// public check's guard ([`crate::domain::check::Origin`]).
    pub origin: Origin,
}

/// What of a report is stored only sealed ([`crate::seal`]), and the keyed
/// hash of the canonical address that the mail rules look it up by.
#[derive(Debug, Clone, Default)]
pub struct SealedContact {
    pub email: Option<Vec<u8>>,
    pub phone: Option<Vec<u8>>,
    pub story: Option<Vec<u8>>,
    pub address_key: Option<Vec<u8>>,
}

impl SealedContact {
    /// Seals a report's contact details and story; `address_key` hashes
    /// the canonical address.
    pub fn of(
        report: &Report,
        sealer: &Sealer,
        address_key: impl Fn(&str) -> Vec<u8>,
    ) -> SealedContact {
        SealedContact {
            email: sealer.seal_opt(Field::Email, report.contact_email.as_deref()),
            phone: sealer.seal_opt(Field::Phone, report.contact_phone.as_deref()),
            story: sealer.seal_opt(Field::Story, report.story.as_deref()),
            address_key: report.contact_email.as_deref().map(address_key),
        }
    }
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
    followup_key: &'a [u8],
    created_at: NaiveDateTime,
    /// The API's change order starts at the report's arrival.
    changed_at: NaiveDateTime,
    locale: &'a str,
    contact_email: Option<&'a [u8]>,
    contact_phone: Option<&'a [u8]>,
    address_key: Option<&'a [u8]>,
    residence_country: &'a str,
    first_contact_channel: Option<&'a str>,
    first_contact_on: Option<chrono::NaiveDate>,
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

/// A payment as stored; demo seeding writes many in one statement, so a
/// missing value is an explicit NULL, never the column's default.
#[derive(Insertable)]
#[diesel(table_name = payments, treat_none_as_default_value = false)]
pub(super) struct NewPaymentRow<'a> {
    report_id: i64,
    position: i32,
    paid_on: Option<chrono::NaiveDate>,
    amount_minor: Option<i64>,
    currency: Option<&'static str>,
    method: Option<&'static str>,
    destination: Option<&'a str>,
    crypto_asset: Option<&'static str>,
    crypto_amount: Option<String>,
    network: Option<&'static str>,
    tx_hash: Option<&'a str>,
    source: Option<&'a str>,
}

/// Bound parameters of one [`NewPaymentRow`].
pub(super) const PAYMENT_COLUMNS: usize = 12;

impl<'a> NewPaymentRow<'a> {
    pub(super) fn of(report_id: i64, position: i32, p: &'a Payment) -> NewPaymentRow<'a> {
        NewPaymentRow {
            report_id,
            position,
            paid_on: p.paid_on,
            amount_minor: p.fiat.map(|f| f.amount_minor),
            currency: p.fiat.map(|f| f.currency.code()),
            method: p.method.map(|m| m.as_str()),
            destination: p.destination.as_deref(),
            crypto_asset: p.crypto.map(|c| c.asset.code()),
            crypto_amount: p.crypto.map(|c| c.units.to_string()),
            network: p.network.map(|n| n.as_str()),
            tx_hash: p.tx_hash.as_ref().map(|t| t.normalised()),
            source: p.source.as_deref(),
        }
    }
}

#[derive(Insertable)]
#[diesel(table_name = indicators)]
struct NewIndicatorRow<'a> {
    report_id: i64,
    kind: &'a str,
    typed: &'a str,
    normalised: &'a str,
    authority_id: &'a str,
    created_at: NaiveDateTime,
}

/// Stores a batch in one transaction. Should that transaction fail (a
/// constraint hit by one report, a concurrent node), each report is retried in
/// its own transaction so one bad report never sinks the others.
pub fn store_batch(
    conn: &mut DbConnection,
    batch: &[Submission],
    rules: &Rules,
) -> Vec<QueryResult<Stored>> {
    let together = write_transaction(conn, |c| insert_all(c, batch, rules));
    match together {
        Ok(stored) => stored.into_iter().map(Ok).collect(),
        Err(e) if batch.len() == 1 && !is_unique_violation(&e) => vec![Err(e)],
        Err(_) => batch.iter().map(|s| store_alone(conn, s, rules)).collect(),
    }
}

/// One submission in its own transaction, retried once after a unique
/// violation (a reference collision or a concurrent duplicate).
fn store_alone(conn: &mut DbConnection, s: &Submission, rules: &Rules) -> QueryResult<Stored> {
    let one = std::slice::from_ref(s);
    let attempt = |conn: &mut DbConnection| {
        write_transaction(conn, |c| insert_all(c, one, rules)).map(|mut v| v.remove(0))
    };
    match attempt(conn) {
        Err(e) if is_unique_violation(&e) => attempt(conn),
        other => other,
    }
}

fn is_unique_violation(e: &DieselError) -> bool {
    matches!(
        e,
        DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _)
    )
}

/// Rows of one batch that hang off its reports.
#[derive(Default)]
struct Children<'a> {
    payments: Vec<NewPaymentRow<'a>>,
    indicators: Vec<NewIndicatorRow<'a>>,
    outbox: Vec<NewMail<'a>>,
    /// Each new case with its authority's key, for the officers' notices.
    notices: Vec<(i64, &'a str, Option<i64>)>,
    /// The new cases that hold indicators, queued for linking.
    linked: Vec<i64>,
}

/// Inserts a batch: one statement per report (its id is needed), then each
/// child table in multi-row statements. A submission already stored, or
/// repeated within the batch, is answered with the first one's reference.
fn insert_all(
    c: &mut DbConnection,
    batch: &[Submission],
    rules: &Rules,
) -> QueryResult<Vec<Stored>> {
    let keys: Vec<&[u8]> = batch.iter().map(|s| s.followup_key.as_slice()).collect();
    let mut known: HashMap<Vec<u8>, CaseRef> = reports::table
        .filter(reports::followup_key.eq_any(&keys))
        .select((reports::followup_key, reports::reference))
        .load::<(Vec<u8>, String)>(c)?
        .into_iter()
        .filter_map(|(key, reference)| Some((key, CaseRef::parse(&reference)?)))
        .collect();
    let now = Utc::now().naive_utc();
    let mut authorities: Vec<&str> = batch
        .iter()
        .map(|s| notices::key(s.routing.authority_id.as_deref()))
        .collect();
    authorities.sort_unstable();
    authorities.dedup();
    let listeners = notices::listeners(c, &authorities)?;
    let mut children = Children::default();
    let mut stored = Vec::with_capacity(batch.len());
    for s in batch {
        if let Some(reference) = known.get(&s.followup_key) {
            stored.push(Stored::Duplicate(reference.clone()));
            continue;
        }
        let reference = CaseRef::generate();
        let id = insert_report(c, s, &reference, now)?;
        children.add(id, s, now, &listeners);
        known.insert(s.followup_key.clone(), reference.clone());
        stored.push(Stored::New(reference));
    }
    insert_children(c, &children, now)?;
    // The report writer links queued reports as soon as intake pauses
    // (`linkage::link_queued`); without linking at intake, a rebuild reads
    // their values from the indicators.
    match rules.at_intake {
        true => linkage::queue(c, &children.linked)?,
        false => linkage::mark_rekey_due(c)?,
    }
    listeners.notify(c, &children.notices, now)?;
    Ok(stored)
}

fn insert_report(
    c: &mut DbConnection,
    s: &Submission,
    reference: &CaseRef,
    now: NaiveDateTime,
) -> QueryResult<i64> {
    let r = &s.report;
    diesel::insert_into(reports::table)
        .values(NewReportRow {
            reference: reference.as_str(),
            followup_key: &s.followup_key,
            created_at: now,
            changed_at: now,
            locale: &r.locale,
            contact_email: s.sealed.email.as_deref(),
            contact_phone: s.sealed.phone.as_deref(),
            address_key: s.sealed.address_key.as_deref(),
            residence_country: r.residence.as_str(),
            first_contact_channel: r.first_contact_channel.map(|c| c.as_str()),
            first_contact_on: r.first_contact_on,
            platform_name: r.platform_name.as_deref(),
            remote_access: r.remote_access.map(|a| a.as_str()),
            recovery_approach: r.recovery_approach.map(|a| a.as_str()),
            story: s.sealed.story.as_deref(),
            consent_authority: true,
            consent_warnings: r.consent_warnings,
            residence_region: r.residence_region.as_deref(),
            geo_country: s.geo.as_ref().map(|g| g.country.as_str()),
            geo_region: s.geo.as_ref().and_then(|g| g.region.as_deref()),
            geo_matches_residence: s.geo.as_ref().map(|g| g.country == r.residence),
            authority_id: s.routing.authority_id.as_deref(),
            routed_to: &s.routing.delivered_to,
            routing_reason: &s.routing.reason,
            session_key: s.origin.session.as_deref(),
            network_key: s.origin.network.as_deref(),
        })
        .returning(reports::id)
        .get_result(c)
}

impl<'a> Children<'a> {
    fn add(&mut self, id: i64, s: &'a Submission, now: NaiveDateTime, listeners: &Listeners) {
        let r = &s.report;
        self.payments.extend(
            r.payments
                .iter()
                .zip(0..)
                .map(|(p, position)| NewPaymentRow::of(id, position, p)),
        );
        self.indicators
            .extend(r.indicators.iter().map(|i| NewIndicatorRow {
                report_id: id,
                kind: i.kind.as_str(),
                typed: &i.typed,
                normalised: &i.normalised,
                authority_id: cases::scope_key(s.routing.authority_id.as_deref()),
                created_at: now,
            }));
        if let Some(recipient) = &s.sealed.email {
            self.outbox.push(NewMail {
                report_id: Some(id),
                kind: MailKind::Receipt,
                locale: &r.locale,
                recipient,
                recipient_key: s.sealed.address_key.as_deref(),
                campaign_id: None,
            });
        }
        if !r.indicators.is_empty() {
            self.linked.push(id);
        }
        let key = notices::key(s.routing.authority_id.as_deref());
        self.notices.push((id, key, None));
        // An authority that takes the daily digest gets this case there.
        if let Some(recipient) = s.notify.as_ref().filter(|_| !listeners.takes_digest(key)) {
            self.outbox.push(NewMail {
                report_id: Some(id),
                kind: MailKind::Authority,
                locale: crate::i18n::DEFAULT_LANGUAGE,
                recipient,
                recipient_key: None,
                campaign_id: None,
            });
        }
    }
}

fn insert_children(
    c: &mut DbConnection,
    children: &Children,
    now: NaiveDateTime,
) -> QueryResult<()> {
    insert_rows!(c, payments::table, children.payments);
    insert_rows!(c, indicators::table, children.indicators);
    queue::enqueue(c, &children.outbox, now)?;
    Ok(())
}
