//! `/portal/cases/{reference}/message`: an officer writes to the victim.
//! The plain text is sealed in a `message` event and e-mailed through the
//! outbox in the victim's language; it also appears on the victim's
//! private case page, where they can check that a "police" message is
//! genuine. A case without an e-mail address (none given, or erased) takes
//! no message.

use actix_web::http::StatusCode;
use actix_web::http::header::LOCATION;
use actix_web::{HttpRequest, HttpResponse, web};
use anyhow::Context;
use askama::Template;
use chrono::Utc;
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;
use serde::Deserialize;

use crate::db::portal::cases::Scope;
use crate::db::portal::handoff::{self, Actor, HandoffCase, Outcome};
use crate::db::{Pool, query};
use crate::domain::CaseRef;
use crate::domain::text::text_block;
use crate::error::PageError;
use crate::portal::frame::{Csrf, Frame, signed_in};
use crate::portal::session::Officer;
use crate::seal::Field;
use crate::web::csrf;
use crate::web::page::render;
use crate::web::site::Site;

/// Longest message, in characters.
pub const MESSAGE_MAX: usize = 2000;

#[derive(Template)]
#[template(path = "portal/message.html")]
struct MessagePage<'a> {
    l: &'a FluentLanguageLoader,
    frame: Frame<'a>,
    /// Grouped, for reading.
    reference: String,
    /// Compact, for URLs.
    path: String,
    can_send: bool,
    unconfirmed: bool,
    text: &'a str,
    problem: Option<String>,
    max: usize,
}

/// The reference in the URL and the officer's scope; a malformed
/// reference, or an account that sees no cases, finds nothing.
pub(super) fn case_scope(
    officer: &Officer,
    reference: &str,
) -> Result<(CaseRef, Scope), PageError> {
    let scope = Scope::of(officer.role(), officer.authority());
    match (CaseRef::parse(reference), &scope) {
        (Some(r), Scope::All | Scope::Authority(_)) => Ok((r, scope)),
        _ => Err(PageError::NotFound),
    }
}

/// The case, if it is in `scope`.
pub(super) async fn load(
    pool: &Pool,
    scope: &Scope,
    reference: &CaseRef,
) -> Result<HandoffCase, PageError> {
    let (scope, reference) = (scope.clone(), reference.clone());
    query(pool, move |c| Ok(handoff::find(c, &scope, &reference)?))
        .await
        .context("cannot read a case")?
        .ok_or(PageError::NotFound)
}

fn page(
    req: &HttpRequest,
    site: &Site,
    officer: &Officer,
    case: &HandoffCase,
    text: &str,
    problem: Option<String>,
) -> HttpResponse {
    let csrf = Csrf::of(req, site);
    let status = match problem {
        Some(_) => StatusCode::UNPROCESSABLE_ENTITY,
        None => StatusCode::OK,
    };
    let page = MessagePage {
        l: &officer.lang.loader,
        frame: signed_in(site, officer, &csrf, "/portal/cases"),
        reference: case.reference.to_string(),
        path: case.reference.as_str().to_string(),
        can_send: case.has_address(),
        unconfirmed: case.email_confirmed_at.is_none(),
        text,
        problem,
        max: MESSAGE_MAX,
    };
    csrf.finish(render(status, &page))
}

/// `GET /portal/cases/{reference}/message`.
pub async fn form(
    req: HttpRequest,
    (site, pool): (web::Data<Site>, web::Data<Pool>),
    officer: Officer,
    reference: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let (reference, scope) = case_scope(&officer, &reference)?;
    let case = load(&pool, &scope, &reference).await?;
    Ok(page(&req, &site, &officer, &case, "", None))
}

#[derive(Deserialize)]
pub struct Written {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    text: String,
}

/// The cleaned message, or the sentence that says what is wrong with it.
fn checked(officer: &Officer, typed: &str) -> Result<String, String> {
    let l = &officer.lang.loader;
    let text = text_block(typed);
    if text.is_empty() {
        return Err(l.get("portal-message-empty"));
    }
    if text.chars().count() > MESSAGE_MAX {
        return Err(fl!(l, "portal-message-too-long", max = MESSAGE_MAX));
    }
    Ok(text)
}

/// `POST /portal/cases/{reference}/message`: stores and sends the message,
/// then back to the case.
pub async fn send(
    req: HttpRequest,
    (site, pool): (web::Data<Site>, web::Data<Pool>),
    officer: Officer,
    reference: web::Path<String>,
    form: web::Form<Written>,
) -> Result<HttpResponse, PageError> {
    let (reference, scope) = case_scope(&officer, &reference)?;
    let secure = site.settings.secure_cookies;
    csrf::verified(&req, secure, &site.keys, &form.csrf_token).ok_or(PageError::Forbidden)?;
    let case = load(&pool, &scope, &reference).await?;
    let no_address = || officer.lang.loader.get("portal-message-no-address");
    if !case.has_address() {
        return Ok(page(
            &req,
            &site,
            &officer,
            &case,
            &form.text,
            Some(no_address()),
        ));
    }
    let text = match checked(&officer, &form.text) {
        Ok(text) => text,
        Err(problem) => {
            return Ok(page(
                &req,
                &site,
                &officer,
                &case,
                &form.text,
                Some(problem),
            ));
        }
    };
    let sealed = site.sealer.seal(Field::CaseText, &text);
    let (account_id, authority) = (officer.account.id, officer.account.authority_id.clone());
    let stored = reference.clone();
    let outcome = query(&pool, move |c| {
        let actor = Actor {
            account_id,
            authority_id: authority.as_deref(),
        };
        let now = Utc::now().naive_utc();
        Ok(handoff::send_message(
            c, &scope, &stored, &actor, &sealed, now,
        )?)
    })
    .await
    .context("cannot store a message to a victim")?;
    match outcome {
        Outcome::Done => Ok(HttpResponse::SeeOther()
            .insert_header((LOCATION, format!("/portal/cases/{}", reference.as_str())))
            .finish()),
        Outcome::NotFound => Err(PageError::NotFound),
        Outcome::NoAddress => Ok(page(
            &req,
            &site,
            &officer,
            &case,
            &form.text,
            Some(no_address()),
        )),
    }
}
