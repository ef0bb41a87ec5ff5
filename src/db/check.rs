//! What the public check reads and coordinators decide: the reports holding
//! a value, counted; the coordinators' published and withdrawn values.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::DbConnection;
use super::linkage::MANUAL_NOT_LINKING;
use super::schema::{check_listings, indicators, link_keys, reports};
use crate::domain::CaseStatus;
use crate::domain::check::{Decision, Holders, Origin, PUBLISHED, two_unrelated};
use crate::domain::linkage;

/// What the check knows of a value (kind and normalised form as stored in
/// indicators).
pub struct Finding {
    pub holders: Holders,
    pub decision: Option<Decision>,
    /// A coordinator marked the value "not linking".
    pub not_linking: bool,
}

/// One report holding the value: as a recovery approach, the victim's
/// country, and the keyed hashes of its browser and network.
type Holder = (bool, String, Option<Vec<u8>>, Option<Vec<u8>>);

/// Counts the reports holding a value, with the coordinators' decision.
pub fn look_up(c: &mut DbConnection, kind: &str, value: &str) -> QueryResult<Finding> {
    let rows: Vec<Holder> = indicators::table
        .inner_join(reports::table)
        .filter(indicators::kind.eq(kind))
        .filter(indicators::normalised.eq(value))
        // An officer found nothing to act on: it does not vouch.
        .filter(reports::status.ne(CaseStatus::NoAction.as_str()))
        .select((
            indicators::recovery,
            reports::residence_country,
            reports::session_key,
            reports::network_key,
        ))
        .load(c)?;
    let mut countries: Vec<&str> = rows.iter().map(|r| r.1.as_str()).collect();
    countries.sort_unstable();
    countries.dedup();
    let recovery = rows.iter().filter(|r| r.0).count();
    let origins: Vec<Origin> = rows
        .iter()
        .map(|(_, _, session, network)| Origin {
            session: session.clone(),
            network: network.clone(),
        })
        .collect();
    let holders = Holders {
        recovery: recovery as u64,
        fraud: (rows.len() - recovery) as u64,
        countries: countries.len() as u64,
        unrelated: two_unrelated(&origins),
    };
    Ok(Finding {
        holders,
        decision: decision(c, kind, value)?,
        not_linking: marked_not_linking(c, kind, value)?,
    })
}

fn decision(c: &mut DbConnection, kind: &str, value: &str) -> QueryResult<Option<Decision>> {
    let row: Option<(String, String)> = check_listings::table
        .find((kind, value))
        .select((check_listings::state, check_listings::note))
        .first(c)
        .optional()?;
    Ok(row.map(|(state, note)| match state.as_str() {
        PUBLISHED => Decision::Published(note),
        _ => Decision::Withdrawn,
    }))
}

/// Whether the value's linking key carries a coordinator's "not linking"
/// (a website by its registrable domain, as linkage keys it).
fn marked_not_linking(c: &mut DbConnection, kind: &str, value: &str) -> QueryResult<bool> {
    let Some(key) = linkage::keys(kind, value)
        .into_iter()
        .find(|k| k.kind == kind)
    else {
        return Ok(false);
    };
    let manual: Option<Option<String>> = link_keys::table
        .filter(link_keys::kind.eq(key.kind))
        .filter(link_keys::value.eq(&key.value))
        .select(link_keys::manual)
        .first(c)
        .optional()?;
    Ok(manual.flatten().as_deref() == Some(MANUAL_NOT_LINKING))
}

/// A coordinator's decision as listed.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = check_listings)]
pub struct Listing {
    pub kind: String,
    pub value: String,
    pub state: String,
    pub note: String,
    pub changed_by: Option<i64>,
    pub changed_at: NaiveDateTime,
}

/// Records a decision on a value (replacing an earlier one).
pub fn decide(
    c: &mut DbConnection,
    (kind, value): (&str, &str),
    decision: &Decision,
    by: Option<i64>,
    now: NaiveDateTime,
) -> QueryResult<()> {
    let note = match decision {
        Decision::Published(note) => note.as_str(),
        Decision::Withdrawn => "",
    };
    let row = (
        check_listings::kind.eq(kind),
        check_listings::value.eq(value),
        check_listings::state.eq(decision.state()),
        check_listings::note.eq(note),
        check_listings::changed_by.eq(by),
        check_listings::changed_at.eq(now),
    );
    let changed = (
        check_listings::state.eq(decision.state()),
        check_listings::note.eq(note),
        check_listings::changed_by.eq(by),
        check_listings::changed_at.eq(now),
    );
    match c {
        DbConnection::Sqlite(c) => diesel::insert_into(check_listings::table)
            .values(row)
            .on_conflict((check_listings::kind, check_listings::value))
            .do_update()
            .set(changed)
            .execute(c)?,
        DbConnection::Pg(c) => diesel::insert_into(check_listings::table)
            .values(row)
            .on_conflict((check_listings::kind, check_listings::value))
            .do_update()
            .set(changed)
            .execute(c)?,
    };
    Ok(())
}

/// Every decision, published first, newest first within each.
pub fn listings(c: &mut DbConnection) -> QueryResult<Vec<Listing>> {
    let mut all: Vec<Listing> = check_listings::table
        .order(check_listings::changed_at.desc())
        .select(Listing::as_select())
        .load(c)?;
    all.sort_by_key(|l| l.state != PUBLISHED);
    Ok(all)
}
