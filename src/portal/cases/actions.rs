//! The case page's actions: `POST /portal/cases/{reference}/status` (a
//! move the status rules allow, with a reason) and `…/notes` (an
//! append-only note); assignment is in [`super::assign`]. Each checks the
//! form's CSRF token, re-checks the scope inside the transaction that
//! writes, writes one history row and one audit row, and sends the browser
//! back to the case page. A refused form comes back with its message and
//! what was typed; nothing is stored.

use actix_web::http::header::LOCATION;
use actix_web::{HttpRequest, HttpResponse, web};
use anyhow::Context;
use chrono::Utc;
use serde::Deserialize;

use super::detail::{Typed, page, parse_reference, scope_of};
use crate::db::portal::audit::{self, Entry};
use crate::db::portal::case::{self, Located, NewEvent};
use crate::db::portal::cases::Scope;
use crate::db::{DbConnection, Pool, query, write_transaction};
use crate::domain::text::text_block;
use crate::domain::{CaseRef, CaseStatus};
use crate::error::PageError;
use crate::portal::Portal;
use crate::portal::session::Officer;
use crate::seal::Field;
use crate::web::csrf;
use crate::web::site::Site;

/// History kind (and audit action) of a status change.
pub const STATUS: &str = "status";
/// History kind (and audit action) of a note.
pub const NOTE: &str = "note";
/// History kind (and audit action) of an assignment.
pub const ASSIGN: &str = "assign";
/// The longest reason or note, in characters.
const MAX_TEXT: usize = 10_000;

/// What became of an action.
pub enum Outcome {
    /// Written: back to the case page.
    Done,
    /// Not in the account's scope (any more), or not there at all.
    NotFound,
    /// The rules refuse it now (the case changed meanwhile).
    Refused(&'static str),
}

/// A form's token must match this browser's CSRF cookie.
pub fn check_csrf(req: &HttpRequest, site: &Site, token: &str) -> Result<(), PageError> {
    let secure = site.settings.secure_cookies;
    csrf::verified(req, secure, &site.keys, token)
        .map(|_| ())
        .ok_or(PageError::Forbidden)
}

/// Back to the case page (post, redirect, get).
pub fn back(reference: &CaseRef) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((LOCATION, format!("/portal/cases/{reference}")))
        .finish()
}

/// One change of a case, written whole or not at all.
pub struct Change {
    pub scope: Scope,
    pub reference: CaseRef,
    pub account_id: i64,
    /// The history kind, also the audit action.
    pub kind: &'static str,
}

impl Change {
    /// A change of kind `kind` that `officer` asks for on the case the URL
    /// names, once the form's CSRF token is checked: forbidden without a
    /// valid token, not found for a reference that does not parse or an
    /// account that sees no case.
    pub fn asked(
        req: &HttpRequest,
        site: &Site,
        officer: &Officer,
        (reference, token): (&str, &str),
        kind: &'static str,
    ) -> Result<Change, PageError> {
        check_csrf(req, site, token)?;
        Ok(Change {
            reference: parse_reference(reference)?,
            scope: scope_of(officer)?,
            account_id: officer.account.id,
            kind,
        })
    }

    /// Locates the case in scope inside one write transaction, lets `write`
    /// check and change it (returning the history entry's status and body
    /// and the audit detail), then appends the history and audit rows.
    pub fn apply<F>(self, conn: &mut DbConnection, write: F) -> anyhow::Result<Outcome>
    where
        F: FnOnce(&mut DbConnection, &Located) -> diesel::QueryResult<Written>,
    {
        Ok(write_transaction(conn, |c| {
            let Some(case) = case::locate(c, &self.scope, &self.reference)? else {
                return Ok(Outcome::NotFound);
            };
            let written = match write(c, &case)? {
                Written::Refused(why) => return Ok(Outcome::Refused(why)),
                Written::Done(w) => w,
            };
            let now = Utc::now().naive_utc();
            let event = NewEvent {
                report_id: case.id,
                account_id: self.account_id,
                kind: self.kind,
                status: written.status,
                body: written.body.as_deref(),
            };
            case::append_event(c, &event, now)?;
            let entry = Entry {
                account_id: Some(self.account_id),
                action: self.kind,
                authority_id: case.authority_id.as_deref(),
                report_id: Some(case.id),
                detail: &written.detail,
            };
            audit::append(c, &entry, now)?;
            Ok(Outcome::Done)
        })?)
    }
}

/// What a change wrote, or why it did not.
pub enum Written {
    /// Changed; these rows record it.
    Done(Entered),
    /// Not allowed: the message id to show next to the field.
    Refused(&'static str),
}

/// The history entry's status and sealed body, and the audit detail
/// (never victim data, never an officer's text).
pub struct Entered {
    pub status: Option<CaseStatus>,
    pub body: Option<Vec<u8>>,
    pub detail: String,
}

/// Runs a change and answers: back to the page, not found, or the page
/// again with the refusal next to its field.
pub async fn finish(
    req: &HttpRequest,
    (site, pool, portal): (&Site, &Pool, &Portal),
    officer: &Officer,
    change: Change,
    write: impl FnOnce(&mut DbConnection, &Located) -> diesel::QueryResult<Written> + Send + 'static,
    refused: impl FnOnce(&'static str) -> Typed,
) -> Result<HttpResponse, PageError> {
    let reference = change.reference.clone();
    let outcome = query(pool, move |c| change.apply(c, write))
        .await
        .context("cannot change a case")?;
    match outcome {
        Outcome::Done => Ok(back(&reference)),
        Outcome::NotFound => Err(PageError::NotFound),
        Outcome::Refused(why) => {
            page(
                req,
                (site, pool, portal),
                officer,
                reference.as_str(),
                refused(why),
            )
            .await
        }
    }
}

/// Typed text for a reason or a note: required, not too long.
fn checked_text(text: &str, missing: &'static str) -> Result<String, &'static str> {
    let text = text_block(text);
    if text.is_empty() {
        Err(missing)
    } else if text.chars().count() > MAX_TEXT {
        Err("portal-case-text-too-long")
    } else {
        Ok(text)
    }
}

/// The status form: where to, and why.
#[derive(Deserialize)]
pub struct StatusForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    reason: String,
}

/// `POST /portal/cases/{reference}/status`.
pub async fn status(
    req: HttpRequest,
    (site, pool, portal): (web::Data<Site>, web::Data<Pool>, web::Data<Portal>),
    officer: Officer,
    reference: web::Path<String>,
    form: web::Form<StatusForm>,
) -> Result<HttpResponse, PageError> {
    let change = Change::asked(
        &req,
        &site,
        &officer,
        (&reference, &form.csrf_token),
        STATUS,
    )?;
    let (typed_to, typed_reason) = (form.to.clone(), form.reason.clone());
    let typed = move |status_problem, reason_problem| Typed {
        status_problem,
        reason_problem,
        status_to: typed_to.clone(),
        reason: typed_reason.clone(),
        ..Typed::default()
    };
    let to = CaseStatus::parse(&form.to);
    let reason = checked_text(&form.reason, "portal-case-reason-missing");
    let (to, reason) = match (to, reason) {
        (Some(to), Ok(reason)) => (to, reason),
        (to, reason) => {
            let bad_to = to.is_none().then_some("portal-case-status-not-allowed");
            let retry = typed(bad_to, reason.err());
            return page(&req, (&site, &pool, &portal), &officer, &reference, retry).await;
        }
    };
    let body = site.sealer.seal(Field::CaseText, &reason);
    let write = move |c: &mut DbConnection, case: &Located| {
        let from = case.status;
        if !from.may_become(to) || !case::set_status(c, case.id, from, to)? {
            return Ok(Written::Refused("portal-case-status-not-allowed"));
        }
        Ok(Written::Done(Entered {
            status: Some(to),
            body: Some(body),
            detail: format!("{from} -> {to}"),
        }))
    };
    let refused = move |why| typed(Some(why), None);
    finish(
        &req,
        (&site, &pool, &portal),
        &officer,
        change,
        write,
        refused,
    )
    .await
}

/// The note form.
#[derive(Deserialize)]
pub struct NoteForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    note: String,
}

/// `POST /portal/cases/{reference}/notes`: appends a note (sealed).
pub async fn note(
    req: HttpRequest,
    (site, pool, portal): (web::Data<Site>, web::Data<Pool>, web::Data<Portal>),
    officer: Officer,
    reference: web::Path<String>,
    form: web::Form<NoteForm>,
) -> Result<HttpResponse, PageError> {
    let change = Change::asked(&req, &site, &officer, (&reference, &form.csrf_token), NOTE)?;
    let typed = |why| Typed {
        note_problem: Some(why),
        note: form.note.clone(),
        ..Typed::default()
    };
    let text = match checked_text(&form.note, "portal-case-note-missing") {
        Ok(text) => text,
        Err(why) => {
            return page(
                &req,
                (&site, &pool, &portal),
                &officer,
                &reference,
                typed(why),
            )
            .await;
        }
    };
    let body = site.sealer.seal(Field::CaseText, &text);
    let write = move |_: &mut DbConnection, _: &Located| {
        Ok(Written::Done(Entered {
            status: None,
            body: Some(body),
            detail: String::new(),
        }))
    };
    let refused = typed;
    finish(
        &req,
        (&site, &pool, &portal),
        &officer,
        change,
        write,
        refused,
    )
    .await
}
