//! What the case page shows besides the facts ([`super::facts`]):
//! payments, indicators, notes, and one timeline of history and mails, and
//! the helpers both use. Every value is plain text here; the template
//! escapes it.

use crate::domain::wallet::Chain;
use chrono::{NaiveDate, NaiveDateTime};
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;

use crate::db::portal::case::{CaseHead, Details, EventRow, IndicatorRow, MailRow, PaymentRow};
use crate::domain::{CaseStatus, MailKind};
use crate::seal::{Field, Sealer};
use crate::web::site::Site;

/// A labelled value.
pub struct Fact {
    pub label: String,
    pub value: String,
}

/// One payment as shown.
pub struct PaymentLine {
    pub date: String,
    /// In its currency (`1500.50 EUR`), or empty.
    pub amount: String,
    /// In crypto, with its network (`1250.5 USDT, Tron`), or empty.
    pub crypto: String,
    pub method: String,
    pub destination: String,
    pub tx_hash: String,
    /// The exchange or bank it was bought or sent from.
    pub source: String,
}

/// One indicator as shown.
pub struct IndicatorLine {
    pub kind: String,
    pub typed: String,
    pub normalised: String,
    /// Came from a "recovery" approach.
    pub recovery: bool,
}

/// One entry of the timeline or of the notes.
pub struct Moment {
    pub at: NaiveDateTime,
    pub when: String,
    pub what: String,
    pub who: String,
    /// A reason, a note, a message to the victim.
    pub text: Option<String>,
}

/// The time format of the portal's pages (UTC).
pub fn time(at: NaiveDateTime) -> String {
    at.format("%Y-%m-%d %H:%M").to_string()
}

pub fn day(on: Option<NaiveDate>) -> String {
    on.map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

/// A stored value's label from a family of message ids (`channel-email`),
/// or the value itself when the family has no such id.
pub fn label(l: &FluentLanguageLoader, prefix: &str, value: &str) -> String {
    let id = format!("{prefix}{value}");
    if l.has(&id) {
        l.get(&id)
    } else {
        value.to_string()
    }
}

/// The status as officers read it.
pub fn status_name(l: &FluentLanguageLoader, status: CaseStatus) -> String {
    l.get(&format!("portal-status-{}", status.as_str()))
}

/// Opens a sealed value for this view; a value that does not open is
/// shown as such (and logged, without its content).
pub fn unseal(sealer: &Sealer, l: &FluentLanguageLoader, field: Field, sealed: &[u8]) -> String {
    sealer.open(field, sealed).unwrap_or_else(|e| {
        tracing::error!(error = %e, ?field, "a sealed case value does not open");
        fl!(l, "portal-case-unreadable")
    })
}

/// The name of an account, by id.
pub fn name_of(names: &[(i64, String)], id: Option<i64>) -> String {
    id.and_then(|id| names.iter().find(|(n, _)| *n == id))
        .map(|(_, name)| name.clone())
        .unwrap_or_default()
}

/// The payments, in the victim's order.
pub fn payments(l: &FluentLanguageLoader, payments: &[PaymentRow]) -> Vec<PaymentLine> {
    payments
        .iter()
        .map(|p| PaymentLine {
            date: day(p.paid_on),
            amount: p.fiat().unwrap_or_default(),
            crypto: match (p.crypto(), p.network.as_deref().and_then(Chain::parse)) {
                (Some(amount), Some(chain)) => format!("{amount}, {}", chain.name()),
                (Some(amount), None) => amount.to_string(),
                (None, Some(chain)) => chain.name().to_string(),
                (None, None) => String::new(),
            },
            tx_hash: p.tx_hash.clone().unwrap_or_default(),
            source: p.source.clone().unwrap_or_default(),
            method: p
                .method
                .as_deref()
                .map(|m| label(l, "method-", m))
                .unwrap_or_default(),
            destination: p.destination.clone().unwrap_or_default(),
        })
        .collect()
}

/// The indicators, by kind.
pub fn indicators(l: &FluentLanguageLoader, indicators: &[IndicatorRow]) -> Vec<IndicatorLine> {
    indicators
        .iter()
        .map(|i| IndicatorLine {
            kind: label(l, "portal-case-kind-", &i.kind),
            typed: i.typed.clone(),
            normalised: i.normalised.clone(),
            recovery: i.recovery,
        })
        .collect()
}

/// What a mail was, as the timeline names it.
fn mail_moment(l: &FluentLanguageLoader, mail: &MailRow) -> Moment {
    let what = match mail.kind {
        MailKind::Followup(step) => fl!(l, "portal-case-mail-followup", step = step),
        kind => label(l, "portal-case-mail-", &kind.to_string()),
    };
    let state = label(l, "portal-case-mail-state-", &mail.state);
    let text = match mail.sent_at {
        Some(at) => format!("{state} · {}", time(at)),
        None => state,
    };
    Moment {
        at: mail.created_at,
        when: time(mail.created_at),
        what,
        who: String::new(),
        text: Some(text),
    }
}

/// The timeline: received, history (without notes) and mails, oldest first.
pub fn timeline(
    site: &Site,
    l: &FluentLanguageLoader,
    head: &CaseHead,
    d: &Details,
) -> Vec<Moment> {
    let mut moments = vec![Moment {
        at: head.created_at,
        when: time(head.created_at),
        what: fl!(l, "portal-case-received"),
        who: String::new(),
        text: None,
    }];
    let history = d.events.iter().filter(|e| e.kind != super::actions::NOTE);
    moments.extend(history.map(|e| super::events::moment(site, l, d, e)));
    moments.extend(d.mails.iter().map(|m| mail_moment(l, m)));
    moments.sort_by_key(|m| m.at);
    moments
}

/// The notes, oldest first (the newest last, next to the form).
pub fn notes(site: &Site, l: &FluentLanguageLoader, d: &Details) -> Vec<Moment> {
    d.events
        .iter()
        .filter(|e: &&EventRow| e.kind == super::actions::NOTE)
        .map(|e| Moment {
            at: e.at,
            when: time(e.at),
            what: String::new(),
            who: name_of(&d.names, e.account_id),
            text: e
                .body
                .as_deref()
                .map(|b| unseal(&site.sealer, l, Field::CaseText, b)),
        })
        .collect()
}
