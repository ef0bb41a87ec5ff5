//! Mail to officers about the cases that reach their authority: a notice
//! per case routed or handed on to it, or, where the authority chose it,
//! one daily digest. The officers and leads of an authority hear of its
//! cases, the coordinators of the hub's. A row names its account, not an
//! address: the worker reads the address when it sends, so a deactivated
//! account gets nothing. No row and no mail carries victim data.

use std::collections::{HashMap, HashSet};

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::{
    accounts, authority_settings, case_events, digests, outbox, report_clusters, reports,
};
use crate::domain::{CaseRef, CountryCode, MailKind, Role};
use crate::routing::HUB_ID;

use super::handoff::REROUTE;

/// How often an authority that chose the digest gets one.
pub const DIGEST_EVERY_HOURS: i64 = 24;
/// Cases a digest lists; it counts the rest.
pub const DIGEST_LISTS: usize = 100;

/// The key of a case's authority in the settings: its id, or the hub's.
pub fn key(authority_id: Option<&str>) -> &str {
    authority_id.unwrap_or(HUB_ID)
}

/// The authority id a key stands for (none: the hub).
fn authority_of(key: &str) -> Option<&str> {
    (key != HUB_ID).then_some(key)
}

/// Who hears of new cases, for some authorities: the active accounts by
/// key, and the keys that take a daily digest instead.
#[derive(Debug, Default)]
pub struct Listeners {
    accounts: HashMap<String, Vec<(i64, String)>>,
    digest: HashSet<String>,
}

/// An active account that hears of the cases of `key`, if it does.
#[derive(Debug, Clone, Queryable)]
pub struct Listener {
    pub id: i64,
    pub email: String,
    pub role: Role,
    pub authority_id: Option<String>,
    pub locale: String,
}

impl Listener {
    /// The key of the cases it hears of: its authority's, or the hub's.
    pub fn key(&self) -> Option<&str> {
        match self.role {
            Role::Officer | Role::Lead => self.authority_id.as_deref(),
            Role::Coordinator => Some(HUB_ID),
            Role::Admin => None,
        }
    }
}

fn active_listeners() -> accounts::BoxedQuery<'static, crate::db::MultiBackend> {
    accounts::table
        .filter(accounts::enrolled_at.is_not_null())
        .filter(accounts::deactivated_at.is_null())
        .filter(accounts::role.ne(Role::Admin.as_str()))
        .into_boxed()
}

/// The listeners of the authorities `keys`.
pub fn listeners(conn: &mut DbConnection, keys: &[&str]) -> QueryResult<Listeners> {
    let mut out = Listeners::default();
    if keys.is_empty() {
        return Ok(out);
    }
    let mut q = active_listeners().filter(accounts::authority_id.eq_any(keys.to_vec()));
    if keys.contains(&HUB_ID) {
        q = q.or_filter(
            accounts::role
                .eq(Role::Coordinator.as_str())
                .and(accounts::enrolled_at.is_not_null())
                .and(accounts::deactivated_at.is_null()),
        );
    }
    let found: Vec<Listener> = q
        .select((
            accounts::id,
            accounts::email,
            accounts::role,
            accounts::authority_id,
            accounts::locale,
        ))
        .order(accounts::id)
        .load(conn)?;
    for account in found {
        if let Some(key) = account.key().filter(|k| keys.contains(k)) {
            out.accounts
                .entry(key.to_string())
                .or_default()
                .push((account.id, account.locale));
        }
    }
    out.digest = authority_settings::table
        .filter(authority_settings::daily_digest.eq(true))
        .filter(authority_settings::authority_id.eq_any(keys.to_vec()))
        .select(authority_settings::authority_id)
        .load::<String>(conn)?
        .into_iter()
        .collect();
    Ok(out)
}

/// The active accounts `ids` (others are missing from the answer).
pub fn active_accounts(conn: &mut DbConnection, ids: &[i64]) -> QueryResult<Vec<Listener>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    active_listeners()
        .filter(accounts::id.eq_any(ids.to_vec()))
        .select((
            accounts::id,
            accounts::email,
            accounts::role,
            accounts::authority_id,
            accounts::locale,
        ))
        .load(conn)
}

#[derive(Insertable)]
#[diesel(table_name = outbox)]
struct NoticeRow<'a> {
    report_id: Option<i64>,
    kind: String,
    locale: &'a str,
    /// Empty: the account is the recipient.
    recipient: &'a [u8],
    account_id: Option<i64>,
    event_id: Option<i64>,
    digest_id: Option<i64>,
    created_at: NaiveDateTime,
    next_attempt_at: NaiveDateTime,
}

impl Listeners {
    /// Does the authority `key` take a daily digest instead of notices?
    pub fn takes_digest(&self, key: &str) -> bool {
        self.digest.contains(key)
    }

    /// Queues a notice of each case `(report id, key, hand-on event)` to
    /// each listener of its authority, unless that authority takes the
    /// digest. Returns how many.
    pub fn notify(
        &self,
        conn: &mut DbConnection,
        cases: &[(i64, &str, Option<i64>)],
        now: NaiveDateTime,
    ) -> QueryResult<usize> {
        let kind = MailKind::OfficerNotice.to_string();
        let rows: Vec<NoticeRow> = cases
            .iter()
            .filter(|(_, key, _)| !self.takes_digest(key))
            .flat_map(|&(report_id, key, event_id)| {
                let kind = &kind;
                self.accounts
                    .get(key)
                    .into_iter()
                    .flatten()
                    .map(move |(account, locale)| NoticeRow {
                        report_id: Some(report_id),
                        kind: kind.clone(),
                        locale,
                        recipient: &[],
                        account_id: Some(*account),
                        event_id,
                        digest_id: None,
                        created_at: now,
                        next_attempt_at: now,
                    })
            })
            .collect();
        crate::db::insert_rows!(conn, outbox::table, rows);
        Ok(rows.len())
    }
}

/// Notices of a case still waiting are withdrawn when it is handed on:
/// they would announce a case their readers can no longer open.
pub fn withdraw_for_case(conn: &mut DbConnection, report_id: i64) -> QueryResult<usize> {
    diesel::update(
        outbox::table
            .filter(outbox::report_id.eq(report_id))
            .filter(outbox::kind.eq_any([
                MailKind::Authority.to_string(),
                MailKind::OfficerNotice.to_string(),
            ]))
            .filter(outbox::state.eq(crate::db::outbox::PENDING)),
    )
    .set((
        outbox::state.eq(crate::db::outbox::SUPPRESSED),
        outbox::last_error.eq(Some("the case was re-routed")),
    ))
    .execute(conn)
}

/// An authority's choice between notices and the digest.
pub fn takes_digest(conn: &mut DbConnection, key: &str) -> QueryResult<bool> {
    Ok(authority_settings::table
        .find(key)
        .select(authority_settings::daily_digest)
        .first::<bool>(conn)
        .optional()?
        .unwrap_or(false))
}

/// Switches an authority to the digest or back to notices. A new digest
/// covers the cases from now on; cases before were announced one by one.
pub fn choose_digest(
    conn: &mut DbConnection,
    key: &str,
    digest: bool,
    now: NaiveDateTime,
) -> QueryResult<()> {
    let sent_at = digest.then_some(now);
    let updated = diesel::update(authority_settings::table.find(key))
        .set((
            authority_settings::daily_digest.eq(digest),
            authority_settings::digest_sent_at.eq(sent_at),
        ))
        .execute(conn)?;
    if updated == 0 {
        diesel::insert_into(authority_settings::table)
            .values((
                authority_settings::authority_id.eq(key),
                authority_settings::daily_digest.eq(digest),
                authority_settings::digest_sent_at.eq(sent_at),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Queues the digests due at `now`: for each authority that takes one and
/// had none for a day, one mail per listener and one to its intake
/// address (`intake`: sealed, if it has one), listing the cases received
/// or handed on since the last. A day without cases sends nothing. Each
/// authority's turn is claimed by moving its `digest_sent_at`, so of
/// several workers only one queues it. Returns how many digests.
pub fn queue_due_digests(
    conn: &mut DbConnection,
    now: NaiveDateTime,
    intake: &dyn Fn(&str) -> Option<Vec<u8>>,
) -> QueryResult<usize> {
    let due_before = now - Duration::hours(DIGEST_EVERY_HOURS);
    let due: Vec<(String, Option<NaiveDateTime>)> = authority_settings::table
        .filter(authority_settings::daily_digest.eq(true))
        .filter(
            authority_settings::digest_sent_at
                .is_null()
                .or(authority_settings::digest_sent_at.le(due_before)),
        )
        .select((
            authority_settings::authority_id,
            authority_settings::digest_sent_at,
        ))
        .load(conn)?;
    let mut queued = 0;
    for (key, sent_at) in due {
        queued += crate::db::write_transaction(conn, |c| {
            let mine = diesel::update(authority_settings::table.find(&key))
                .filter(authority_settings::daily_digest.eq(true));
            let claimed = match sent_at {
                Some(at) => mine
                    .filter(authority_settings::digest_sent_at.eq(at))
                    .set(authority_settings::digest_sent_at.eq(now))
                    .execute(c)?,
                None => mine
                    .filter(authority_settings::digest_sent_at.is_null())
                    .set(authority_settings::digest_sent_at.eq(now))
                    .execute(c)?,
            };
            let since = sent_at.unwrap_or(due_before);
            if claimed == 0
                || (window_ids(c, &key, since, now)?.is_empty()
                    && new_links(c, &key, since, now)?.is_empty())
            {
                return Ok(0);
            }
            let digest: i64 = diesel::insert_into(digests::table)
                .values((
                    digests::authority_id.eq(&key),
                    digests::since.eq(since),
                    digests::until.eq(now),
                ))
                .returning(digests::id)
                .get_result(c)?;
            let listeners = listeners(c, &[key.as_str()])?;
            let sealed = intake(&key);
            let kind = MailKind::Digest.to_string();
            let mut rows: Vec<NoticeRow> = listeners
                .accounts
                .get(&key)
                .into_iter()
                .flatten()
                .map(|(account, locale)| NoticeRow {
                    report_id: None,
                    kind: kind.clone(),
                    locale,
                    recipient: &[],
                    account_id: Some(*account),
                    event_id: None,
                    digest_id: Some(digest),
                    created_at: now,
                    next_attempt_at: now,
                })
                .collect();
            if let Some(address) = &sealed {
                rows.push(NoticeRow {
                    report_id: None,
                    kind: kind.clone(),
                    locale: crate::i18n::DEFAULT_LANGUAGE,
                    recipient: address,
                    account_id: None,
                    event_id: None,
                    digest_id: Some(digest),
                    created_at: now,
                    next_attempt_at: now,
                });
            }
            crate::db::insert_rows!(c, outbox::table, rows);
            Ok(1)
        })?;
    }
    Ok(queued)
}

/// The ids of the cases of `key` received, or handed on to it, in the
/// window `(since, until]`, that it still holds.
fn window_ids(
    conn: &mut DbConnection,
    key: &str,
    since: NaiveDateTime,
    until: NaiveDateTime,
) -> QueryResult<Vec<i64>> {
    let authority = authority_of(key);
    let mut received = reports::table
        .filter(reports::created_at.gt(since))
        .filter(reports::created_at.le(until))
        .select(reports::id)
        .into_boxed();
    let mut handed = case_events::table
        .inner_join(reports::table)
        .filter(case_events::kind.eq(REROUTE))
        .filter(case_events::at.gt(since))
        .filter(case_events::at.le(until))
        .select(reports::id)
        .into_boxed();
    match authority {
        Some(id) => {
            received = received.filter(reports::authority_id.eq(id.to_string()));
            handed = handed
                .filter(case_events::authority_id.eq(id.to_string()))
                .filter(reports::authority_id.eq(id.to_string()));
        }
        None => {
            received = received.filter(reports::authority_id.is_null());
            handed = handed
                .filter(case_events::authority_id.is_null())
                .filter(reports::authority_id.is_null());
        }
    }
    let mut ids = received.load::<i64>(conn)?;
    ids.extend(handed.load::<i64>(conn)?);
    ids.sort_unstable();
    ids.dedup();
    Ok(ids)
}

/// What a digest lists.
#[derive(Debug, Clone)]
pub struct Digest {
    pub authority_id: Option<String>,
    pub since: NaiveDateTime,
    pub until: NaiveDateTime,
    /// The newest cases, at most [`DIGEST_LISTS`].
    pub cases: Vec<(CaseRef, NaiveDateTime, CountryCode)>,
    /// All cases in the window.
    pub total: usize,
    /// The authority's earlier cases that reports of the window linked to.
    pub links: Vec<NewLinks>,
}

/// Earlier cases of an authority that reports of a digest's window linked
/// to, for one cluster.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewLinks {
    /// Reports received in the window that are in the cluster.
    pub new_reports: usize,
    /// The countries those reports came from.
    pub countries: usize,
    /// The authority's cases in the cluster received before the window.
    pub cases: usize,
    /// The newest of those, at most [`LINK_EXAMPLES`].
    pub examples: Vec<CaseRef>,
}

/// Earlier cases a digest names per cluster.
pub const LINK_EXAMPLES: usize = 3;
/// Clusters a digest names (the most new reports first).
pub const LINK_CLUSTERS: usize = 10;

/// The links reports received in `(since, until]` made to the earlier
/// cases of `key`: per cluster that received them and holds such cases.
pub fn new_links(
    conn: &mut DbConnection,
    key: &str,
    since: NaiveDateTime,
    until: NaiveDateTime,
) -> QueryResult<Vec<NewLinks>> {
    let fresh: Vec<(i64, String)> = reports::table
        .inner_join(report_clusters::table)
        .filter(reports::created_at.gt(since))
        .filter(reports::created_at.le(until))
        .select((report_clusters::cluster_id, reports::residence_country))
        .load(conn)?;
    let mut by_cluster: HashMap<i64, (usize, HashSet<String>)> = HashMap::new();
    for (cluster, country) in fresh {
        let entry = by_cluster.entry(cluster).or_default();
        entry.0 += 1;
        entry.1.insert(country);
    }
    let ids: Vec<i64> = by_cluster.keys().copied().collect();
    let mut earlier: HashMap<i64, Vec<(NaiveDateTime, CaseRef)>> = HashMap::new();
    for chunk in ids.chunks(crate::db::ROWS_PER_STATEMENT) {
        let mut q = report_clusters::table
            .inner_join(reports::table)
            .filter(report_clusters::cluster_id.eq_any(chunk.to_vec()))
            .filter(reports::created_at.le(since))
            .select((
                report_clusters::cluster_id,
                reports::created_at,
                reports::reference,
            ))
            .into_boxed();
        q = match authority_of(key) {
            Some(id) => q.filter(reports::authority_id.eq(id.to_string())),
            None => q.filter(reports::authority_id.is_null()),
        };
        for (cluster, at, reference) in q.load::<(i64, NaiveDateTime, CaseRef)>(conn)? {
            earlier.entry(cluster).or_default().push((at, reference));
        }
    }
    let mut out: Vec<NewLinks> = earlier
        .into_iter()
        .map(|(cluster, mut cases)| {
            cases.sort_by_key(|c| std::cmp::Reverse(c.0));
            let (new_reports, countries) = &by_cluster[&cluster];
            NewLinks {
                new_reports: *new_reports,
                countries: countries.len(),
                cases: cases.len(),
                examples: cases
                    .into_iter()
                    .take(LINK_EXAMPLES)
                    .map(|(_, r)| r)
                    .collect(),
            }
        })
        .collect();
    out.sort_by(|a, b| {
        (b.new_reports, b.cases)
            .cmp(&(a.new_reports, a.cases))
            .then_with(|| {
                let first = |l: &NewLinks| l.examples.first().map(|r| r.as_str().to_string());
                first(a).cmp(&first(b))
            })
    });
    out.truncate(LINK_CLUSTERS);
    Ok(out)
}

/// The digests `ids`, each with its cases as they stand now (a case
/// handed on since is no longer listed).
pub fn digests(conn: &mut DbConnection, ids: &[i64]) -> QueryResult<HashMap<i64, Digest>> {
    let rows: Vec<(i64, String, NaiveDateTime, NaiveDateTime)> = digests::table
        .filter(digests::id.eq_any(ids.to_vec()))
        .select((
            digests::id,
            digests::authority_id,
            digests::since,
            digests::until,
        ))
        .load(conn)?;
    let mut out = HashMap::new();
    for (id, key, since, until) in rows {
        let found = window_ids(conn, &key, since, until)?;
        let mut cases: Vec<(CaseRef, NaiveDateTime, CountryCode)> = found
            .chunks(crate::db::ROWS_PER_STATEMENT)
            .map(|chunk| {
                reports::table
                    .filter(reports::id.eq_any(chunk.to_vec()))
                    .order((reports::created_at.desc(), reports::id.desc()))
                    .limit(DIGEST_LISTS as i64)
                    .select((
                        reports::reference,
                        reports::created_at,
                        reports::residence_country,
                    ))
                    .load::<(CaseRef, NaiveDateTime, CountryCode)>(conn)
            })
            .collect::<QueryResult<Vec<_>>>()?
            .into_iter()
            .flatten()
            .collect();
        cases.sort_by_key(|c| std::cmp::Reverse(c.1));
        cases.truncate(DIGEST_LISTS);
        out.insert(
            id,
            Digest {
                authority_id: authority_of(&key).map(str::to_string),
                since,
                until,
                cases,
                total: found.len(),
                links: new_links(conn, &key, since, until)?,
            },
        );
    }
    Ok(out)
}

/// The reference and current authority of the cases `ids`, so a notice
/// names its case and goes only while the case is its reader's.
pub fn cases_of(
    conn: &mut DbConnection,
    ids: &[i64],
) -> QueryResult<HashMap<i64, (CaseRef, Option<String>)>> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(reports::table
        .filter(reports::id.eq_any(ids.to_vec()))
        .select((reports::id, reports::reference, reports::authority_id))
        .load::<(i64, CaseRef, Option<String>)>(conn)?
        .into_iter()
        .map(|(id, r, a)| (id, (r, a)))
        .collect())
}
