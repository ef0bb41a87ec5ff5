//! The outbox worker: queues the follow-up warnings that are due, leases due
//! rows, checks each against the rules that keep the service from spamming
//! (confirmed address, consent, unsubscribed addresses, the daily limit),
//! mints the tokens of its links, renders it in its recipient's language,
//! hands several at a time to the transport, and records the outcomes.
//!
//! Delivery is at-least-once: outcomes are recorded once per batch, so a
//! crash after the server accepted messages but before they were marked sent
//! sends those (at most one batch) again when their lease runs out. A
//! failing row is retried with exponential backoff and jitter, then marked
//! failed, never dropped.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::NaiveDateTime;
use futures_util::StreamExt;

pub use super::clock::{Clock, RetryPolicy};
use super::messages::{self, Links};
use super::officer_message::officer_message;
use super::officer_notice;
use super::rules::{Gate, History, gate};
use super::sealed;
use super::{MailSettings, Mailer, Outgoing};
use crate::db::campaigns::{self, Campaign};
use crate::db::cases::{self, CaseSummary, MailFacts};
use crate::db::mailing;
use crate::db::outbox::{self, Leased};
use crate::db::portal::cases::Scope;
use crate::db::portal::export::{self, Record};
use crate::db::portal::handoff::{self, StoredMessage};
use crate::db::portal::notices::{self, Digest, Listener};
use crate::db::tokens::{self, NewToken, Purpose};
use crate::db::{DbConnection, Pool, write_transaction};
use crate::domain::{CaseRef, MailKind};
use crate::i18n::Locales;
use crate::keys::{Keys, random_hex};
use crate::routing::{Directory, HUB_ID};
use crate::seal::{Field, Sealer};

/// Rows leased at a time.
const BATCH: i64 = 200;
/// How long a leased row is reserved for this worker.
const LEASE_SECONDS: i64 = 300;
/// Pause when the outbox has nothing due.
const IDLE: Duration = Duration::from_millis(500);
/// How often the follow-up schedule is looked at.
const SCHEDULE_EVERY: Duration = Duration::from_secs(60);
/// How long a mail over the daily limit waits before it is looked at again.
const LIMIT_RECHECK_MINUTES: i64 = 60;

/// The rules that limit what is sent.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Victim mails per address per 24 hours; 0 = no limit.
    pub daily_per_recipient: u32,
    /// Messages handed to the transport at the same time.
    pub concurrency: usize,
    /// Days after the report when follow-up warnings are due.
    pub followup_days: Vec<u32>,
    /// Days after which a report's contact details are erased (0: kept).
    pub retention_days: u32,
    /// How long an ended or idle portal session, or a login-failure
    /// counter, is kept: a day past the longest lifetime the settings give.
    pub stale_logins_after: chrono::Duration,
    /// When a value is too common to link cases.
    pub linkage: crate::db::linkage::Rules,
}

/// Everything the worker needs.
#[derive(Clone)]
pub struct Worker {
    pub pool: Pool,
    pub mailer: Mailer,
    pub mail: MailSettings,
    pub locales: Arc<Locales>,
    pub directory: Arc<Directory>,
    pub keys: Keys,
    /// Opens the sealed recipient addresses.
    pub sealer: Sealer,
    pub base_url: String,
    pub hub_name: String,
    /// The hub's intake address, for its digest.
    pub hub_email: String,
    pub policy: RetryPolicy,
    pub limits: Limits,
    pub clock: Clock,
}

/// What a leased row needs to become a message.
#[derive(Default)]
struct Context {
    facts: HashMap<i64, MailFacts>,
    cases: HashMap<i64, CaseSummary>,
    campaigns: HashMap<i64, Campaign>,
    /// Officers' messages, by outbox row.
    messages: HashMap<i64, StoredMessage>,
    /// The reference and current authority of the cases of notices.
    notices: HashMap<i64, (CaseRef, Option<String>)>,
    digests: HashMap<i64, Digest>,
    /// What each named cluster's notice says, by `cluster_notices` id.
    named: HashMap<i64, crate::db::portal::named::Notice>,
    /// The active accounts that notices and digests go to.
    accounts: HashMap<i64, Listener>,
    /// The whole cases that leave encrypted (their authority has a key).
    sealed_cases: HashMap<i64, Record>,
}

/// A row cleared for sending, with its opened recipient, the blind index
/// of a victim's address, and the secrets of its links.
struct Job {
    row: Leased,
    to: String,
    address_key: Option<Vec<u8>>,
    links: Links,
}

/// A leased row with its opened recipient and, for a victim's mail, the
/// blind index of the address.
type OpenedRow = (Leased, String, Option<Vec<u8>>);
/// A row whose recipient did not open: its id, attempts, and why.
type UnreadableRow = (i64, i32, String);

/// A row's id, its attempts, and what happened: the server's Message-ID,
/// the error, or `None` when it was not tried before the batch's deadline.
type Outcome = (i64, i32, Option<Result<String, String>>);

impl Worker {
    /// A worker for the configured transport.
    pub fn new(
        settings: &crate::config::Settings,
        pool: Pool,
        locales: Arc<Locales>,
        directory: Arc<Directory>,
    ) -> anyhow::Result<Worker> {
        let domain = url::Url::parse(&settings.base_url)
            .ok()
            .and_then(|u| u.host_str().map(str::to_string))
            .unwrap_or_else(|| "localhost".into());
        Ok(Worker {
            pool,
            mailer: Mailer::from_url(settings.mail_url.expose(), settings.mail_concurrency)?,
            mail: MailSettings {
                from: settings.mail_from.parse()?,
                domain,
            },
            locales,
            directory,
            keys: Keys::load(settings)?,
            sealer: Sealer::load(settings)?,
            base_url: settings.base_url.trim_end_matches('/').to_string(),
            hub_name: settings.hub_name.clone(),
            hub_email: settings.hub_email.clone(),
            policy: RetryPolicy {
                base_seconds: settings.mail_retry_base_seconds,
                max_attempts: i32::try_from(settings.mail_max_attempts).unwrap_or(i32::MAX),
            },
            limits: Limits {
                daily_per_recipient: settings.mail_daily_limit,
                concurrency: settings.mail_concurrency.max(1),
                followup_days: settings.followup_days.clone(),
                retention_days: settings.retention_days,
                stale_logins_after: chrono::Duration::days(1)
                    + chrono::Duration::minutes(i64::from(settings.portal_idle_minutes)).max(
                        chrono::Duration::hours(i64::from(settings.portal_session_hours)),
                    ),
                linkage: crate::db::linkage::Rules::of(settings),
            },
            clock: Clock::system(),
        })
    }

    /// Runs the scheduled jobs once a minute (`schedule.rs`) and drains
    /// the outbox forever.
    pub async fn run(self) {
        let mut last_schedule: Option<Instant> = None;
        loop {
            if last_schedule.is_none_or(|at| at.elapsed() >= SCHEDULE_EVERY) {
                last_schedule = Some(Instant::now());
                self.run_schedule().await;
            }
            match self.drain_once().await {
                // A full batch: more may be due right now.
                Ok(n) if n as i64 >= BATCH => {}
                Ok(_) => tokio::time::sleep(IDLE).await,
                Err(e) => {
                    tracing::error!(error = %format!("{e:#}"), "the outbox worker cannot reach the database");
                    tokio::time::sleep(IDLE).await;
                }
            }
        }
    }

    /// Leases one batch of due rows, sends what may be sent, and records
    /// every outcome; returns how many rows it handled.
    pub async fn drain_once(&self) -> anyhow::Result<usize> {
        let this = self.clone();
        let now = self.clock.now();
        // This batch's lease: only it can record the outcomes of its rows.
        let token = random_hex(16).into_bytes();
        let lease = token.clone();
        let (jobs, context, handled) = tokio::task::spawn_blocking(move || {
            let mut conn = this.pool.get()?;
            this.prepare(&mut conn, now, &lease)
        })
        .await??;
        // A message still waiting at half the lease goes back to the queue
        // unsent: the lease never runs out while this worker holds the row
        // (one send takes at most two minutes), so no other node takes it.
        let deadline = Instant::now() + Duration::from_secs(LEASE_SECONDS as u64 / 2);
        let outcomes: Vec<Outcome> =
            futures_util::stream::iter(jobs)
            .map(|job| {
                let context = &context;
                async move {
                    if Instant::now() >= deadline {
                        return (job.row.id, job.row.attempts, None);
                    }
                    // The recipient may have unsubscribed, or erased their
                    // details, since the lease.
                    if !self.still_wanted(job.row.id, job.address_key.clone()).await {
                        return (job.row.id, job.row.attempts, None);
                    }
                    let outcome = match self.render(&job, context) {
                        Ok(mail) => self
                            .mailer
                            .send(&self.mail, &job.to, &mail)
                            .await
                            .map_err(|e| format!("{e:#}")),
                        Err(e) => Err(format!("cannot render: {e:#}")),
                    };
                    let row = &job.row;
                    match &outcome {
                        Ok(_) => {
                            tracing::debug!(id = row.id, kind = %row.kind, to = %super::masked(&job.to), "sent")
                        }
                        Err(e) => {
                            // Servers repeat the address in their refusals.
                            let masked = super::masked(&job.to);
                            let error = e.replace(&job.to, &masked);
                            tracing::warn!(id = row.id, attempt = row.attempts, to = %masked, error = %error, "sending failed")
                        }
                    }
                    (row.id, row.attempts, Some(outcome))
                }
            })
            .buffer_unordered(self.limits.concurrency)
            .collect()
            .await;
        self.record(outcomes, token).await?;
        Ok(handled)
    }

    /// Is the row still pending and its address (if a victim's) not on the
    /// suppression list, right now? (A failed look-up counts as no: the row
    /// goes back to the queue and is decided again.)
    async fn still_wanted(&self, id: i64, key: Option<Vec<u8>>) -> bool {
        let pool = self.pool.clone();
        let found = tokio::task::spawn_blocking(move || {
            let mut conn = pool.get()?;
            anyhow::Ok(mailing::still_wanted(&mut conn, id, key.as_deref())?)
        })
        .await;
        matches!(found, Ok(Ok(true)))
    }

    /// Leases due rows, loads what they need, decides about each, records
    /// the withdrawn and deferred ones and stores the tokens of the rest
    /// (before any of their links can leave).
    fn prepare(
        &self,
        conn: &mut DbConnection,
        now: NaiveDateTime,
        token: &[u8],
    ) -> anyhow::Result<(Vec<Job>, Context, usize)> {
        let lease = chrono::Duration::seconds(LEASE_SECONDS);
        let mut leased = outbox::lease(conn, now, lease, BATCH, token)?;
        // RETURNING gives no order on PostgreSQL: decide in queue order, so
        // of several receipts to one unconfirmed address the first goes.
        leased.sort_by_key(|r| r.id);
        let handled = leased.len();
        if leased.is_empty() {
            return Ok((Vec::new(), Context::default(), 0));
        }
        let context = self.load_context(conn, &leased)?;
        let (opened, unreadable, gone) = self.open_recipients(leased, &context);
        let keys: Vec<&[u8]> = opened.iter().filter_map(|o| o.2.as_deref()).collect();
        let owned: Vec<Vec<u8>> = keys.iter().map(|k| k.to_vec()).collect();
        let stopped = mailing::suppressed(conn, &owned)?;
        let mut sent_today = mailing::sent_since(conn, &keys, now - chrono::Duration::hours(24))?;
        let mut sent_ever =
            mailing::sent_since(conn, &keys, chrono::DateTime::UNIX_EPOCH.naive_utc())?;
        let confirmed = mailing::confirmed_addresses(conn, &keys)?;
        let mut jobs = Vec::new();
        let mut withdrawn = gone;
        let mut deferred = Vec::new();
        let mut new_tokens: Vec<NewToken> = Vec::new();
        for (row, to, address_key) in opened {
            let key = address_key.clone().unwrap_or_default();
            let is_stopped = address_key.is_some() && stopped.contains(&key);
            let facts = row.report_id.and_then(|id| context.facts.get(&id));
            let ever = sent_ever.entry(key.clone()).or_default();
            let count = sent_today.entry(key.clone()).or_default();
            let history = History {
                today: *count,
                ever: *ever,
                confirmed: confirmed.contains(&key),
            };
            let limit = self.limits.daily_per_recipient;
            match gate(&row, facts, is_stopped, history, limit) {
                Gate::Withdraw(why) => withdrawn.push((row.id, why)),
                Gate::Defer => deferred.push(row.id),
                Gate::Send => {
                    if row.kind.to_victim() {
                        *count += 1;
                        *ever += 1;
                    }
                    let links = self.links(&row, facts, now, &mut new_tokens);
                    jobs.push(Job {
                        row,
                        to,
                        address_key,
                        links,
                    });
                }
            }
        }
        let recheck = now + chrono::Duration::minutes(LIMIT_RECHECK_MINUTES);
        write_transaction(conn, |c| {
            tokens::insert(c, &new_tokens)?;
            for (id, why) in &withdrawn {
                outbox::mark_suppressed(c, *id, why)?;
            }
            for id in &deferred {
                outbox::defer(c, *id, token, recheck)?;
            }
            for (id, attempts, why) in &unreadable {
                let retry_at = self.policy.next_attempt(*attempts, now);
                outbox::mark_failed_attempt(c, *id, token, why, retry_at)?;
            }
            Ok(())
        })?;
        if !deferred.is_empty() {
            tracing::info!(
                count = deferred.len(),
                "e-mails wait: their recipients reached the daily limit"
            );
        }
        Ok((jobs, context, handled))
    }

    /// Opens each row's sealed recipient; a victim's row also gets the
    /// blind index of the address. A row whose recipient does not open
    /// (its data key is missing) fails this attempt, saying why. A row for
    /// an officer's account goes to the account's address while it is
    /// active and, for a notice, while the case is still its authority's;
    /// otherwise it is withdrawn.
    fn open_recipients(
        &self,
        leased: Vec<Leased>,
        context: &Context,
    ) -> (Vec<OpenedRow>, Vec<UnreadableRow>, Vec<(i64, &'static str)>) {
        let mut opened = Vec::with_capacity(leased.len());
        let mut unreadable = Vec::new();
        let mut gone = Vec::new();
        for row in leased {
            if let Some(account) = row.account_id {
                let Some(listener) = context.accounts.get(&account) else {
                    gone.push((row.id, "the account is no longer active"));
                    continue;
                };
                let case_key = row
                    .report_id
                    .and_then(|id| context.notices.get(&id))
                    .map(|(_, authority)| notices::key(authority.as_deref()));
                if row.kind == MailKind::OfficerNotice && case_key != listener.key() {
                    gone.push((row.id, "the case is no longer the account's"));
                    continue;
                }
                let to = listener.email.clone();
                opened.push((row, to, None));
                continue;
            }
            match self.sealer.open(Field::Email, &row.recipient) {
                Ok(to) => {
                    let key = (row.kind.to_victim()).then(|| self.keys.address_key(&to));
                    opened.push((row, to, key));
                }
                Err(e) => {
                    tracing::error!(id = row.id, error = %e, "cannot open an e-mail's recipient");
                    unreadable.push((
                        row.id,
                        row.attempts,
                        format!("cannot open the recipient: {e}"),
                    ));
                }
            }
        }
        (opened, unreadable, gone)
    }

    fn load_context(&self, conn: &mut DbConnection, leased: &[Leased]) -> anyhow::Result<Context> {
        let ids = |pick: &dyn Fn(&Leased) -> bool| -> Vec<i64> {
            let set: HashSet<i64> = leased
                .iter()
                .filter(|r| pick(r))
                .filter_map(|r| r.report_id)
                .collect();
            set.into_iter().collect()
        };
        let victim_reports = ids(&|r| r.kind.to_victim());
        let case_reports = ids(&|r| r.kind == MailKind::Authority);
        let notice_reports = ids(&|r| r.kind == MailKind::OfficerNotice);
        let unique = |v: Vec<i64>| -> Vec<i64> {
            let set: HashSet<i64> = v.into_iter().collect();
            set.into_iter().collect()
        };
        let digest_ids = unique(leased.iter().filter_map(|r| r.digest_id).collect());
        let named_ids = unique(leased.iter().filter_map(|r| r.cluster_notice_id).collect());
        let account_ids = unique(leased.iter().filter_map(|r| r.account_id).collect());
        let message_rows: Vec<i64> = leased
            .iter()
            .filter(|r| r.kind == MailKind::OfficerMessage)
            .map(|r| r.id)
            .collect();
        let campaign_ids: Vec<i64> = leased
            .iter()
            .filter_map(|r| r.campaign_id)
            .collect::<HashSet<_>>()
            .into_iter()
            .collect();
        let cases: HashMap<i64, CaseSummary> = cases::case_summaries(conn, &case_reports)?
            .into_iter()
            .map(|c| (c.id, c))
            .collect();
        let sealed: Vec<i64> = cases
            .values()
            .filter(|c| self.directory.openpgp_key(&c.routed_to).is_some())
            .map(|c| c.id)
            .collect();
        Ok(Context {
            facts: cases::mail_facts(conn, &victim_reports)?
                .into_iter()
                .map(|f| (f.id, f))
                .collect(),
            cases,
            sealed_cases: export::records(conn, &Scope::All, &sealed)?
                .into_iter()
                .map(|r| (r.head.id, r))
                .collect(),
            campaigns: campaigns::load(conn, &campaign_ids)?
                .into_iter()
                .map(|c| (c.id, c))
                .collect(),
            messages: handoff::messages_of_mail(conn, &message_rows)?
                .into_iter()
                .collect(),
            notices: notices::cases_of(conn, &notice_reports)?,
            digests: notices::digests(conn, &digest_ids)?,
            named: crate::db::portal::named::notices_of_mail(conn, &named_ids)?,
            accounts: notices::active_accounts(conn, &account_ids)?
                .into_iter()
                .map(|a| (a.id, a))
                .collect(),
        })
    }

    /// Mints the tokens a message's links need.
    fn links(
        &self,
        row: &Leased,
        facts: Option<&MailFacts>,
        now: NaiveDateTime,
        minted: &mut Vec<NewToken>,
    ) -> Links {
        // An officer's message links nowhere: forwarded, it must not open
        // the case.
        if row.kind == MailKind::OfficerMessage {
            return Links::default();
        }
        let (Some(report_id), Some(facts)) = (row.report_id, facts) else {
            return Links::default();
        };
        let lang = self
            .locales
            .get(&row.locale)
            .unwrap_or_else(|| self.locales.default_locale())
            .code();
        let mut link = |purpose: Purpose| {
            let (secret, token) = tokens::mint(purpose, report_id, now);
            minted.push(token);
            format!("{}/{lang}/{}/{secret}", self.base_url, purpose.as_str())
        };
        let case = link(Purpose::Case);
        if row.kind == MailKind::Receipt {
            Links {
                case,
                confirm: facts
                    .email_confirmed_at
                    .is_none()
                    .then(|| link(Purpose::Confirm)),
                unsubscribe: None,
            }
        } else {
            Links {
                case,
                confirm: None,
                unsubscribe: Some(link(Purpose::Unsubscribe)),
            }
        }
    }

    /// Marks each row sent, or schedules its retry, or gives up on it, or
    /// (`None`: not tried before the deadline) puts it back, due now.
    async fn record(&self, outcomes: Vec<Outcome>, token: Vec<u8>) -> anyhow::Result<()> {
        if outcomes.is_empty() {
            return Ok(());
        }
        let (pool, policy, now) = (self.pool.clone(), self.policy, self.clock.now());
        tokio::task::spawn_blocking(move || {
            let mut conn = pool.get()?;
            write_transaction(&mut conn, |c| {
                for (id, attempts, outcome) in &outcomes {
                    match outcome {
                        None => outbox::defer(c, *id, &token, now)?,
                        Some(Ok(message_id)) => outbox::mark_sent(c, *id, &token, now, message_id)?,
                        Some(Err(error)) => {
                            let retry_at = policy.next_attempt(*attempts, now);
                            if retry_at.is_none() {
                                tracing::error!(
                                    id,
                                    attempts,
                                    "giving up on an e-mail; see `fraudreport outbox status`"
                                );
                            }
                            outbox::mark_failed_attempt(c, *id, &token, error, retry_at)?;
                        }
                    }
                }
                Ok(())
            })?;
            anyhow::Ok(())
        })
        .await?
    }

    /// A mail to `authority`'s intake address (not to an account), sealed
    /// to its OpenPGP key when the directory holds one.
    fn sealed_to_intake(&self, row: &Leased, authority: &str, mut mail: Outgoing) -> Outgoing {
        if row.account_id.is_none()
            && let Some(key) = sealed::key_for(&self.directory, authority)
        {
            mail.sealed = Some(sealed::Sealed {
                key,
                files: Vec::new(),
            });
        }
        mail
    }

    fn render(&self, job: &Job, context: &Context) -> anyhow::Result<Outgoing> {
        let row = &job.row;
        let locale = self
            .locales
            .get(&row.locale)
            .unwrap_or_else(|| self.locales.default_locale());
        let report = || {
            row.report_id
                .ok_or_else(|| anyhow::anyhow!("a {} mail without its report", row.kind))
        };
        let facts = || {
            let report_id = report()?;
            context
                .facts
                .get(&report_id)
                .ok_or_else(|| anyhow::anyhow!("report {report_id} is gone"))
        };
        let links = &job.links;
        match row.kind {
            MailKind::Authority => {
                let report_id = report()?;
                let case = context
                    .cases
                    .get(&report_id)
                    .ok_or_else(|| anyhow::anyhow!("report {report_id} is gone"))?;
                let name = self
                    .directory
                    .recipient_name(&case.routed_to, &self.hub_name);
                match sealed::key_for(&self.directory, &case.routed_to) {
                    Some(key) => sealed::routed_case(sealed::CaseParcel {
                        record: context
                            .sealed_cases
                            .get(&report_id)
                            .ok_or_else(|| anyhow::anyhow!("report {report_id} is gone"))?,
                        key,
                        locale: sealed::locale_of(
                            &self.locales,
                            self.directory.get(&case.routed_to),
                        ),
                        sealer: &self.sealer,
                        directory: &self.directory,
                        recipient_name: name,
                        base_url: &self.base_url,
                    }),
                    None => messages::authority(
                        case,
                        name,
                        self.locales.default_locale(),
                        &self.base_url,
                    ),
                }
            }
            MailKind::Receipt => {
                messages::receipt(locale, facts()?, &self.directory, &self.base_url, links)
            }
            MailKind::Followup(step) => {
                let step = usize::from(step);
                let steps = self.limits.followup_days.len().max(step);
                let reference = &facts()?.reference;
                messages::followup(locale, step, steps, reference, &self.base_url, links)
            }
            MailKind::OfficerNotice => {
                let report_id = report()?;
                let (reference, authority) = context
                    .notices
                    .get(&report_id)
                    .ok_or_else(|| anyhow::anyhow!("report {report_id} is gone"))?;
                let key = notices::key(authority.as_deref());
                let name = self.directory.recipient_name(key, &self.hub_name);
                let handed_on = row.event_id.is_some();
                officer_notice::notice(locale, name, reference, handed_on, &self.base_url)
            }
            MailKind::ClusterNamed => {
                let notice = row
                    .cluster_notice_id
                    .and_then(|id| context.named.get(&id))
                    .ok_or_else(|| anyhow::anyhow!("the notice of row {} is gone", row.id))?;
                let name = self
                    .directory
                    .recipient_name(&notice.authority, &self.hub_name);
                let mail = officer_notice::cluster_named(locale, name, notice, &self.base_url)?;
                Ok(self.sealed_to_intake(row, &notice.authority, mail))
            }
            MailKind::Digest => {
                let digest = row
                    .digest_id
                    .and_then(|id| context.digests.get(&id))
                    .ok_or_else(|| anyhow::anyhow!("the digest of row {} is gone", row.id))?;
                let key = notices::key(digest.authority_id.as_deref());
                let name = self.directory.recipient_name(key, &self.hub_name);
                let mail = officer_notice::digest(locale, name, digest, &self.base_url)?;
                Ok(self.sealed_to_intake(row, key, mail))
            }
            MailKind::OfficerMessage => {
                let message = context
                    .messages
                    .get(&row.id)
                    .ok_or_else(|| anyhow::anyhow!("the message of row {} is gone", row.id))?;
                let sender = message.authority_id.as_deref().unwrap_or(HUB_ID);
                let sender = self.directory.recipient_name(sender, &self.hub_name);
                let text = self
                    .sealer
                    .open(Field::CaseText, message.body.as_deref().unwrap_or(&[]))?;
                let reference = &facts()?.reference;
                officer_message(locale, sender, reference, &text, &self.base_url)
            }
            MailKind::Campaign => {
                let campaign = row
                    .campaign_id
                    .and_then(|id| context.campaigns.get(&id))
                    .ok_or_else(|| anyhow::anyhow!("the campaign of row {} is gone", row.id))?;
                let text = campaign
                    .text_for(locale.code())
                    .ok_or_else(|| anyhow::anyhow!("campaign {} has no text", campaign.id))?;
                let locale = self.locales.get(&text.locale).unwrap_or(locale);
                let reference = &facts()?.reference;
                messages::campaign(
                    locale,
                    &text.subject,
                    &text.body,
                    reference,
                    &self.base_url,
                    links,
                )
            }
        }
    }
}
