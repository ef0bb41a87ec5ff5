//! `/portal/api-tokens`: a lead manages the API tokens of its authority's
//! own systems (`/api/v1/…`). A new token's secret is shown once, on the
//! page that answers its creation; the list shows name, dates and state.
//! A token reads one authority's cases, so it is made by that authority's
//! lead (administrators, who see no case, make none; a deployment may
//! script one with `fraudreport api-token create`). Coordinators, whose
//! scope is every case, make no case token: their page manages partners'
//! tokens (a bank's or a telecom's system), which open only the check
//! (`/api/v1/check`). Creating and revoking are audited.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use anyhow::Context;
use askama::Template;
use chrono::{NaiveDateTime, Utc};
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;
use serde::Deserialize;

use super::frame::{Csrf, Frame, signed_in};
use super::session::Officer;
use crate::db::api::tokens::{self, ApiToken, NewToken};
use crate::db::portal::audit::{self, Entry};
use crate::db::{DbConnection, Pool, query, write_transaction};
use crate::domain::Role;
use crate::error::PageError;
use crate::web::csrf;
use crate::web::page::render;
use crate::web::site::Site;

/// The audit action of a change.
const ACTION: &str = "api-token";
/// A token's lifetime in days, at most (and by default).
pub const MAX_DAYS: i64 = 365;
const DEFAULT_DAYS: i64 = 90;
/// The longest name, in characters.
pub const MAX_NAME: usize = 100;

#[derive(Template)]
#[template(path = "portal/api_tokens.html")]
struct TokensPage<'a> {
    l: &'a FluentLanguageLoader,
    frame: Frame<'a>,
    tokens: Vec<Line>,
    typed: NewForm,
    errors: Errors,
    /// The secret just made, shown once.
    secret: Option<String>,
    revoked: bool,
    /// The partners' tokens (a coordinator's page).
    partner: bool,
}

/// A token as listed.
struct Line {
    id: i64,
    name: String,
    created: String,
    expires: String,
    last_used: String,
    state: String,
    live: bool,
}

/// The creation form, as typed.
#[derive(Debug, Default, Deserialize)]
pub struct NewForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    days: String,
}

/// The form's problems, next to their fields.
#[derive(Debug, Default)]
struct Errors {
    name: Option<String>,
    days: Option<String>,
}

/// The authority of the lead asking; anyone else finds no such page.
/// A coordinator's page manages the partners' tokens instead.
fn authority(officer: &Officer) -> Result<String, PageError> {
    match (officer.role(), officer.authority()) {
        (Role::Lead, Some(id)) => Ok(id.to_string()),
        (Role::Coordinator, _) => Ok(tokens::PARTNER.to_string()),
        _ => Err(PageError::NotFound),
    }
}

fn when(at: Option<NaiveDateTime>) -> String {
    at.map(|t| t.format("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_default()
}

fn line(l: &FluentLanguageLoader, t: ApiToken, now: NaiveDateTime) -> Line {
    let state = match (t.revoked_at.is_some(), t.expires_at <= now) {
        (true, _) => fl!(l, "portal-api-token-revoked"),
        (false, true) => fl!(l, "portal-api-token-expired"),
        (false, false) => fl!(l, "portal-api-token-live"),
    };
    Line {
        id: t.id,
        live: t.live(now),
        created: when(Some(t.created_at)),
        expires: when(Some(t.expires_at)),
        last_used: when(t.last_used_at),
        name: t.name,
        state,
    }
}

/// The page, with what was typed, its problems and a new secret.
async fn page(
    req: &HttpRequest,
    (site, pool): (&Site, &Pool),
    officer: &Officer,
    (typed, errors, secret): (NewForm, Errors, Option<String>),
    revoked: bool,
) -> Result<HttpResponse, PageError> {
    let authority = authority(officer)?;
    let list = query(pool, move |c| Ok(tokens::list(c, &authority)?))
        .await
        .context("cannot list API tokens")?;
    let l = &officer.lang.loader;
    let now = Utc::now().naive_utc();
    let status = match errors.name.is_some() || errors.days.is_some() {
        true => StatusCode::UNPROCESSABLE_ENTITY,
        false => StatusCode::OK,
    };
    let csrf = Csrf::of(req, site);
    let shown = TokensPage {
        l,
        frame: signed_in(site, officer, &csrf, "/portal/api-tokens"),
        tokens: list.into_iter().map(|t| line(l, t, now)).collect(),
        typed,
        errors,
        secret,
        revoked,
        partner: officer.role() == Role::Coordinator,
    };
    Ok(csrf.finish(render(status, &shown)))
}

/// `GET /portal/api-tokens`.
pub async fn show(
    req: HttpRequest,
    (site, pool): (web::Data<Site>, web::Data<Pool>),
    officer: Officer,
) -> Result<HttpResponse, PageError> {
    let typed = NewForm {
        days: DEFAULT_DAYS.to_string(),
        ..NewForm::default()
    };
    let form = (typed, Errors::default(), None);
    page(&req, (&site, &pool), &officer, form, false).await
}

/// The name and lifetime of a new token, or the form's problems.
fn check(l: &FluentLanguageLoader, f: &NewForm) -> Result<(String, i64), Errors> {
    let name = f.name.trim();
    let days = f.days.trim().parse::<i64>().ok();
    let errors = Errors {
        name: match name.chars().count() {
            0 => Some(fl!(l, "portal-api-token-name-missing")),
            n if n > MAX_NAME => Some(fl!(l, "portal-api-token-name-long", max = MAX_NAME)),
            _ => None,
        },
        days: match days {
            Some(d) if (1..=MAX_DAYS).contains(&d) => None,
            _ => Some(fl!(l, "portal-api-token-days-invalid", max = MAX_DAYS)),
        },
    };
    match (errors.name.is_none() && errors.days.is_none(), days) {
        (true, Some(days)) => Ok((name.to_string(), days)),
        _ => Err(errors),
    }
}

/// Audits a change of a token in the transaction that makes it.
fn audited(
    c: &mut DbConnection,
    by: i64,
    authority: &str,
    detail: &str,
) -> diesel::QueryResult<()> {
    let entry = Entry {
        account_id: Some(by),
        action: ACTION,
        authority_id: Some(authority).filter(|a| *a != tokens::PARTNER),
        report_id: None,
        detail,
    };
    audit::append(c, &entry, Utc::now().naive_utc())
}

/// `POST /portal/api-tokens`: a new token, its secret shown once.
pub async fn create(
    req: HttpRequest,
    (site, pool): (web::Data<Site>, web::Data<Pool>),
    officer: Officer,
    form: web::Form<NewForm>,
) -> Result<HttpResponse, PageError> {
    let authority = authority(&officer)?;
    let secure = site.settings.secure_cookies;
    csrf::verified(&req, secure, &site.keys, &form.csrf_token).ok_or(PageError::Forbidden)?;
    let form = form.into_inner();
    let (name, days) = match check(&officer.lang.loader, &form) {
        Ok(ok) => ok,
        Err(errors) => {
            return page(&req, (&site, &pool), &officer, (form, errors, None), false).await;
        }
    };
    let by = officer.account.id;
    let secret = query(&pool, move |c| {
        Ok(write_transaction(c, |c| {
            let new = NewToken {
                authority_id: &authority,
                name: &name,
                created_by: Some(by),
                days,
            };
            let (id, secret) = tokens::create(c, &new, Utc::now().naive_utc())?;
            let detail = format!("created API token {id} ({days} days)");
            audited(c, by, &authority, &detail)?;
            Ok(secret)
        })?)
    })
    .await
    .context("cannot create an API token")?;
    let fresh = NewForm {
        days: DEFAULT_DAYS.to_string(),
        ..NewForm::default()
    };
    let shown = (fresh, Errors::default(), Some(secret));
    page(&req, (&site, &pool), &officer, shown, false).await
}

#[derive(Deserialize)]
pub struct Revoke {
    #[serde(default)]
    csrf_token: String,
}

/// `POST /portal/api-tokens/{id}/revoke`: the token stops working at once.
pub async fn revoke(
    req: HttpRequest,
    (site, pool): (web::Data<Site>, web::Data<Pool>),
    officer: Officer,
    id: web::Path<i64>,
    form: web::Form<Revoke>,
) -> Result<HttpResponse, PageError> {
    let authority = authority(&officer)?;
    let secure = site.settings.secure_cookies;
    csrf::verified(&req, secure, &site.keys, &form.csrf_token).ok_or(PageError::Forbidden)?;
    let (id, by) = (id.into_inner(), officer.account.id);
    let revoked = query(&pool, move |c| {
        Ok(write_transaction(c, |c| {
            let now = Utc::now().naive_utc();
            let revoked = tokens::revoke(c, &authority, id, Some(by), now)?;
            if revoked {
                audited(c, by, &authority, &format!("revoked API token {id}"))?;
            }
            Ok(revoked)
        })?)
    })
    .await
    .context("cannot revoke an API token")?;
    if !revoked {
        return Err(PageError::NotFound);
    }
    let form = (NewForm::default(), Errors::default(), None);
    page(&req, (&site, &pool), &officer, form, true).await
}
