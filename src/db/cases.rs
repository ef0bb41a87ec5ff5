//! Reading stored cases: what the victim's case page, the e-mails about a
//! case and the authority notification show of a report. References and
//! country codes come out as their domain types ([`super::types`]).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::DbConnection;
use super::schema::{indicators, payments, reports};
use crate::domain::{CaseRef, CountryCode};

/// What the private case page shows of a stored report.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = reports)]
pub struct ReceiptRow {
    pub id: i64,
    pub reference: CaseRef,
    pub residence_country: CountryCode,
    /// Sealed; only whether there is one matters to the page.
    pub contact_email: Option<Vec<u8>>,
    /// The competent authority, if the directory had one.
    pub authority_id: Option<String>,
    pub residence_region: Option<String>,
    pub email_confirmed_at: Option<NaiveDateTime>,
    pub consent_warnings: bool,
    /// When its contact details and story were erased.
    pub contact_erased_at: Option<NaiveDateTime>,
}

/// The report whose private link has this lookup key.
pub fn find_by_followup(
    conn: &mut DbConnection,
    followup_key: &[u8],
) -> QueryResult<Option<ReceiptRow>> {
    reports::table
        .filter(reports::followup_key.eq(followup_key))
        .select(ReceiptRow::as_select())
        .first(conn)
        .optional()
}

/// A report by its id (reached through a case token).
pub fn find_by_id(conn: &mut DbConnection, id: i64) -> QueryResult<Option<ReceiptRow>> {
    reports::table
        .find(id)
        .select(ReceiptRow::as_select())
        .first(conn)
        .optional()
}

/// What the e-mails to a victim say and check about their report.
#[derive(Debug, Clone, Queryable)]
pub struct MailFacts {
    pub id: i64,
    pub reference: CaseRef,
    pub residence_country: CountryCode,
    pub residence_region: Option<String>,
    pub authority_id: Option<String>,
    pub email_confirmed_at: Option<NaiveDateTime>,
    pub consent_warnings: bool,
}

/// The facts of several reports for their e-mails, in one query.
pub fn mail_facts(conn: &mut DbConnection, ids: &[i64]) -> QueryResult<Vec<MailFacts>> {
    reports::table
        .filter(reports::id.eq_any(ids))
        .select((
            reports::id,
            reports::reference,
            reports::residence_country,
            reports::residence_region,
            reports::authority_id,
            reports::email_confirmed_at,
            reports::consent_warnings,
        ))
        .load(conn)
}

/// What an authority is told about a new case: no contact details.
#[derive(Debug, Clone)]
pub struct CaseSummary {
    pub id: i64,
    pub reference: CaseRef,
    pub created_at: NaiveDateTime,
    pub residence_country: CountryCode,
    pub residence_region: Option<String>,
    pub routing_reason: String,
    /// Who receives the case: an authority's id, or the hub.
    pub routed_to: String,
    pub platform_name: Option<String>,
    /// Total paid per currency, in minor units, by currency code.
    pub losses: Vec<(String, i64)>,
    /// Indicators per kind ("3 phone numbers").
    pub indicators: Vec<(&'static str, i64)>,
    /// Indicators reported as a recovery approach.
    pub recovery_indicators: i64,
}

/// The summaries of several cases, in three queries.
pub fn case_summaries(conn: &mut DbConnection, ids: &[i64]) -> QueryResult<Vec<CaseSummary>> {
    type Head = (
        i64,
        CaseRef,
        NaiveDateTime,
        CountryCode,
        Option<String>,
        String,
        String,
        Option<String>,
    );
    let heads: Vec<Head> = reports::table
        .filter(reports::id.eq_any(ids))
        .select((
            reports::id,
            reports::reference,
            reports::created_at,
            reports::residence_country,
            reports::residence_region,
            reports::routing_reason,
            reports::routed_to,
            reports::platform_name,
        ))
        .load(conn)?;
    // Losses per currency: a payment told in crypto only has none.
    let paid: Vec<(i64, Option<String>, Option<i64>)> = payments::table
        .filter(payments::report_id.eq_any(ids))
        .select((
            payments::report_id,
            payments::currency,
            payments::amount_minor,
        ))
        .order((payments::report_id, payments::position))
        .load(conn)?;
    let found: Vec<(i64, String, bool)> = indicators::table
        .filter(indicators::report_id.eq_any(ids))
        .select((
            indicators::report_id,
            indicators::kind,
            indicators::recovery,
        ))
        .load(conn)?;
    Ok(heads
        .into_iter()
        .map(
            |(id, reference, created_at, country, region, reason, routed_to, platform)| {
                let mut losses: Vec<(String, i64)> = Vec::new();
                let fiat = paid.iter().filter(|p| p.0 == id);
                for (currency, amount) in fiat.filter_map(|p| Some((p.1.as_ref()?, p.2.as_ref()?)))
                {
                    match losses.iter_mut().find(|(c, _)| c == currency) {
                        Some((_, total)) => *total = total.saturating_add(*amount),
                        None => losses.push((currency.clone(), *amount)),
                    }
                }
                let mut counts: Vec<(&'static str, i64)> = Vec::new();
                let mut recovery_indicators = 0;
                for (_, kind, recovery) in found.iter().filter(|i| i.0 == id) {
                    recovery_indicators += i64::from(*recovery);
                    let label = indicator_label(kind);
                    match counts.iter_mut().find(|(k, _)| *k == label) {
                        Some((_, n)) => *n += 1,
                        None => counts.push((label, 1)),
                    }
                }
                counts.sort();
                CaseSummary {
                    id,
                    reference,
                    created_at,
                    residence_country: country,
                    residence_region: region,
                    routing_reason: reason,
                    routed_to,
                    platform_name: platform,
                    losses,
                    indicators: counts,
                    recovery_indicators,
                }
            },
        )
        .collect())
}

/// An indicator kind as officers read it, counted ("2 websites").
fn indicator_label(kind: &str) -> &'static str {
    match kind {
        "phone" => "phone numbers",
        "email" => "e-mail addresses",
        "domain" => "websites",
        "iban" => "IBANs",
        "wallet-btc" => "Bitcoin wallets",
        "wallet-eth" => "Ethereum wallets",
        "wallet-trx" => "Tron wallets",
        "alias" => "names used",
        "platform" => "platform names",
        _ => "other indicators",
    }
}
