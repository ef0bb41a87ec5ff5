//! Campaign alerts: a coordinator's warning about a new scam wave, with a
//! text per language and a target. Sending queues one outbox row per
//! matching victim (consenting, confirmed, not unsubscribed; one per
//! address) in one transaction, and only once.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::outbox::NewMail;
use super::schema::{campaign_texts, campaigns, indicators, report_clusters, reports};
use super::{DbConnection, mailing, write_transaction};
use crate::domain::MailKind;

/// Who a campaign is for. Every part that is set must match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Target {
    /// Countries of residence (ISO codes); empty for all.
    pub countries: Vec<String>,
    /// The platform's name, compared as reports normalise it.
    pub platform: Option<String>,
    /// A website's domain; its subdomains match too.
    pub domain: Option<String>,
    /// Reports received on or after this day…
    pub reported_from: Option<NaiveDate>,
    /// …and on or before this one.
    pub reported_until: Option<NaiveDate>,
    /// The cluster of linked reports this report is in when the campaign
    /// is sent (clusters are numbered by a report of theirs, and a merge
    /// may renumber one; the report stays in it).
    pub cluster: Option<i64>,
}

/// One language's text of a campaign.
#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct Text {
    pub locale: String,
    pub subject: String,
    pub body: String,
}

/// A stored campaign.
#[derive(Debug, Clone)]
pub struct Campaign {
    pub id: i64,
    pub name: String,
    pub created_at: NaiveDateTime,
    /// The language used where a victim's own is missing.
    pub fallback_locale: String,
    pub target: Target,
    pub texts: Vec<Text>,
    /// When it was sent, and to how many.
    pub sent: Option<(NaiveDateTime, i64)>,
}

impl Campaign {
    /// The text for `locale`, or the fallback's.
    pub fn text_for(&self, locale: &str) -> Option<&Text> {
        let own = self.texts.iter().find(|t| t.locale == locale);
        own.or_else(|| self.texts.iter().find(|t| t.locale == self.fallback_locale))
    }
}

/// Stores a new campaign with its texts; returns its id.
pub fn create(
    conn: &mut DbConnection,
    name: &str,
    fallback_locale: &str,
    target: &Target,
    texts: &[Text],
    now: NaiveDateTime,
) -> QueryResult<i64> {
    write_transaction(conn, |c| {
        let countries = (!target.countries.is_empty()).then(|| target.countries.join(","));
        let id: i64 = diesel::insert_into(campaigns::table)
            .values((
                campaigns::name.eq(name),
                campaigns::created_at.eq(now),
                campaigns::fallback_locale.eq(fallback_locale),
                campaigns::countries.eq(countries),
                campaigns::platform.eq(&target.platform),
                campaigns::domain.eq(&target.domain),
                campaigns::reported_from.eq(target.reported_from),
                campaigns::reported_until.eq(target.reported_until),
                campaigns::cluster_report_id.eq(target.cluster),
            ))
            .returning(campaigns::id)
            .get_result(c)?;
        for t in texts {
            diesel::insert_into(campaign_texts::table)
                .values((
                    campaign_texts::campaign_id.eq(id),
                    campaign_texts::locale.eq(&t.locale),
                    campaign_texts::subject.eq(&t.subject),
                    campaign_texts::body.eq(&t.body),
                ))
                .execute(c)?;
        }
        Ok(id)
    })
}

type Row = (
    i64,
    String,
    NaiveDateTime,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<NaiveDate>,
    Option<NaiveDate>,
    Option<NaiveDateTime>,
    Option<i64>,
    Option<i64>,
);

/// Every campaign's id, oldest first.
pub fn ids(conn: &mut DbConnection) -> QueryResult<Vec<i64>> {
    campaigns::table
        .select(campaigns::id)
        .order(campaigns::id)
        .load(conn)
}

/// Campaigns by id, with their texts.
pub fn load(conn: &mut DbConnection, ids: &[i64]) -> QueryResult<Vec<Campaign>> {
    let rows: Vec<Row> = campaigns::table
        .filter(campaigns::id.eq_any(ids))
        .select((
            campaigns::id,
            campaigns::name,
            campaigns::created_at,
            campaigns::fallback_locale,
            campaigns::countries,
            campaigns::platform,
            campaigns::domain,
            campaigns::reported_from,
            campaigns::reported_until,
            campaigns::sent_at,
            campaigns::recipients,
            campaigns::cluster_report_id,
        ))
        .load(conn)?;
    let mut texts: HashMap<i64, Vec<Text>> = HashMap::new();
    let loaded: Vec<(i64, String, String, String)> = campaign_texts::table
        .filter(campaign_texts::campaign_id.eq_any(ids))
        .select((
            campaign_texts::campaign_id,
            campaign_texts::locale,
            campaign_texts::subject,
            campaign_texts::body,
        ))
        .order((campaign_texts::campaign_id, campaign_texts::locale))
        .load(conn)?;
    for (id, locale, subject, body) in loaded {
        texts.entry(id).or_default().push(Text {
            locale,
            subject,
            body,
        });
    }
    let mut found: Vec<Campaign> = rows
        .into_iter()
        .map(|r| Campaign {
            id: r.0,
            name: r.1,
            created_at: r.2,
            fallback_locale: r.3,
            target: Target {
                countries: r
                    .4
                    .map(|c| c.split(',').map(str::to_string).collect())
                    .unwrap_or_default(),
                platform: r.5,
                domain: r.6,
                reported_from: r.7,
                reported_until: r.8,
                cluster: r.11,
            },
            texts: texts.remove(&r.0).unwrap_or_default(),
            sent: r.9.zip(r.10),
        })
        .collect();
    found.sort_by_key(|c| c.id);
    Ok(found)
}

/// One victim a campaign reaches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    pub report_id: i64,
    /// The sealed address, copied to the outbox as it is.
    pub email: Vec<u8>,
    /// Its blind index.
    pub address_key: Vec<u8>,
    pub locale: String,
}

/// Every victim the campaign's target matches who consented to warnings,
/// confirmed the address and did not ask for no more mail; one per address
/// (their latest report, in its language).
pub fn recipients(conn: &mut DbConnection, target: &Target) -> QueryResult<Vec<Recipient>> {
    let mut query = reports::table
        .filter(reports::consent_warnings.eq(true))
        .filter(reports::email_confirmed_at.is_not_null())
        .filter(reports::contact_email.is_not_null())
        .into_boxed();
    if !target.countries.is_empty() {
        query = query.filter(reports::residence_country.eq_any(target.countries.clone()));
    }
    if let Some(from) = target.reported_from {
        query = query.filter(reports::created_at.ge(from.and_hms_opt(0, 0, 0).unwrap_or_default()));
    }
    if let Some(until) = target.reported_until.and_then(|d| d.succ_opt()) {
        query =
            query.filter(reports::created_at.lt(until.and_hms_opt(0, 0, 0).unwrap_or_default()));
    }
    if let Some(report) = target.cluster {
        let cluster: Option<i64> = report_clusters::table
            .find(report)
            .select(report_clusters::cluster_id)
            .first(conn)
            .optional()?;
        query = match cluster {
            Some(cluster) => query.filter(
                reports::id.eq_any(
                    report_clusters::table
                        .filter(report_clusters::cluster_id.eq(cluster))
                        .select(report_clusters::report_id),
                ),
            ),
            // Linked to nothing: a cluster of its own.
            None => query.filter(reports::id.eq(report)),
        };
    }
    if let Some(platform) = &target.platform {
        let normalised = crate::domain::indicator::platform(platform).normalised;
        query = query.filter(
            reports::id.eq_any(
                indicators::table
                    .filter(indicators::kind.eq("platform"))
                    .filter(indicators::normalised.eq(normalised))
                    .select(indicators::report_id),
            ),
        );
    }
    if let Some(domain) = &target.domain {
        // Normalised as reports' websites are; matched as itself or as the
        // parent of a reported host, with LIKE's wildcards taken literally.
        let domain = crate::domain::indicator::website(domain)
            .map_or_else(|| domain.trim().to_lowercase(), |i| i.normalised);
        let escaped = domain
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_");
        query = query.filter(
            reports::id.eq_any(
                indicators::table
                    .filter(indicators::kind.eq("domain"))
                    .filter(
                        indicators::normalised
                            .eq(domain.clone())
                            .or(indicators::normalised
                                .like(format!("%.{escaped}"))
                                .escape('\\')),
                    )
                    .select(indicators::report_id),
            ),
        );
    }
    type Found = (i64, Option<Vec<u8>>, Option<Vec<u8>>, String);
    let found: Vec<Found> = query
        .select((
            reports::id,
            reports::contact_email,
            reports::address_key,
            reports::locale,
        ))
        .order(reports::id.desc())
        .load(conn)?;
    let mut seen = std::collections::HashSet::new();
    let mut unique: Vec<Recipient> = Vec::new();
    for (report_id, email, key, locale) in found {
        let (Some(email), Some(address_key)) = (email, key) else {
            continue;
        };
        if seen.insert(address_key.clone()) {
            unique.push(Recipient {
                report_id,
                email,
                address_key,
                locale,
            });
        }
    }
    let mut stopped = std::collections::HashSet::new();
    let keys: Vec<Vec<u8>> = unique.iter().map(|r| r.address_key.clone()).collect();
    for chunk in keys.chunks(500) {
        stopped.extend(mailing::suppressed(conn, chunk)?);
    }
    let mut out: Vec<Recipient> = unique
        .into_iter()
        .filter(|r| !stopped.contains(&r.address_key))
        .collect();
    out.reverse();
    Ok(out)
}

/// Why a campaign was not sent.
#[derive(Debug)]
pub enum SendError {
    NotFound,
    AlreadySent(NaiveDateTime, i64),
    Database(diesel::result::Error),
}

impl From<diesel::result::Error> for SendError {
    fn from(e: diesel::result::Error) -> Self {
        SendError::Database(e)
    }
}

/// Queues the campaign for every recipient and marks it sent, in one
/// transaction; a campaign is sent once. Returns the number of mails queued.
pub fn send(conn: &mut DbConnection, id: i64, now: NaiveDateTime) -> Result<usize, SendError> {
    write_transaction(conn, |c| {
        let Some(campaign) = load(c, &[id])?.pop() else {
            return Ok(Err(SendError::NotFound));
        };
        if let Some((at, n)) = campaign.sent {
            return Ok(Err(SendError::AlreadySent(at, n)));
        }
        // Claimed first: of two coordinators sending at once, one wins.
        let claimed = diesel::update(
            campaigns::table
                .find(id)
                .filter(campaigns::sent_at.is_null()),
        )
        .set(campaigns::sent_at.eq(Some(now)))
        .execute(c)?;
        if claimed == 0 {
            return Ok(Err(SendError::AlreadySent(now, 0)));
        }
        let to = recipients(c, &campaign.target)?;
        let mails: Vec<NewMail> = to
            .iter()
            .map(|r| NewMail {
                report_id: Some(r.report_id),
                kind: MailKind::Campaign,
                locale: &r.locale,
                recipient: &r.email,
                recipient_key: Some(&r.address_key),
                campaign_id: Some(id),
            })
            .collect();
        let queued = super::outbox::enqueue(c, &mails, now)?;
        let count = i64::try_from(queued).unwrap_or(i64::MAX);
        diesel::update(campaigns::table.find(id))
            .set(campaigns::recipients.eq(Some(count)))
            .execute(c)?;
        Ok(Ok(queued))
    })?
}
