//! `/portal/accounts`: a lead manages its authority's officers, an
//! administrator every account. Creating an account or asking a new
//! enrolment link shows the one-time link once, to hand over in person;
//! deactivating ends the account's sessions at once. Every change is
//! audited.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use anyhow::Context;
use askama::Template;
use chrono::Utc;
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;
use serde::Deserialize;

use super::frame::{Csrf, Frame, signed_in};
use super::session::Officer;
use crate::db::portal::accounts::{self, Account, CreateError, NewAccount};
use crate::db::portal::audit::{self, Entry};
use crate::db::{DbConnection, Pool, query, write_transaction};
use crate::domain::Role;
use crate::error::PageError;
use crate::i18n::LANGUAGES;
use crate::web::csrf;
use crate::web::page::render;
use crate::web::site::Site;

#[derive(Template)]
#[template(path = "portal/accounts.html")]
struct AccountsPage<'a> {
    l: &'a FluentLanguageLoader,
    frame: Frame<'a>,
    accounts: Vec<Line>,
    roles: Vec<(&'static str, String)>,
    languages: Vec<(&'static str, &'static str)>,
    /// The enrolment link just made, shown once.
    link: Option<String>,
    problem: Option<String>,
}

struct Line {
    id: i64,
    name: String,
    email: String,
    role: String,
    authority: String,
    state: String,
    active: bool,
}

/// Whether `manager` may create or re-enrol an account of `authority` with
/// `role`. The enrolment link is shown to the manager, so whoever holds it
/// can become that account: an administrator, who must see no case, makes
/// only administrators here (case-reading accounts come from the command
/// line or from the authority's own lead); a lead makes its authority's
/// officers and leads.
fn may_manage(manager: &Officer, role: Role, authority: Option<&str>) -> bool {
    match manager.role() {
        Role::Admin => !role.reads_cases(),
        Role::Lead => role.needs_authority() && authority == manager.authority(),
        _ => false,
    }
}

/// Whether `manager` may deactivate an account: any account for an
/// administrator, its own authority's for a lead.
fn may_deactivate(manager: &Officer, role: Role, authority: Option<&str>) -> bool {
    manager.role() == Role::Admin || may_manage(manager, role, authority)
}

/// The accounts a manager sees: a lead its authority's, an admin all.
fn scope(manager: &Officer) -> Result<Option<String>, PageError> {
    match manager.role() {
        Role::Admin => Ok(None),
        Role::Lead => Ok(manager.authority().map(str::to_string)),
        _ => Err(PageError::NotFound),
    }
}

fn lines(site: &Site, officer: &Officer, list: Vec<Account>) -> Vec<Line> {
    let l = &officer.lang.loader;
    list.into_iter()
        .map(|a| Line {
            id: a.id,
            state: l.get(
                match (a.enrolled_at.is_some(), a.deactivated_at.is_some()) {
                    (_, true) => "portal-account-deactivated",
                    (true, false) => "portal-account-active",
                    (false, false) => "portal-account-pending",
                },
            ),
            active: a.deactivated_at.is_none(),
            role: l.get(&format!("portal-role-{}", a.role.as_str())),
            authority: a
                .authority_id
                .as_deref()
                .map(|id| site.directory.get(id).map_or(id, |x| x.name_local.as_str()))
                .unwrap_or_default()
                .to_string(),
            name: a.name,
            email: a.email,
        })
        .collect()
}

async fn page(
    req: &HttpRequest,
    (site, pool): (&Site, &Pool),
    officer: &Officer,
    link: Option<String>,
    problem: Option<(StatusCode, String)>,
) -> Result<HttpResponse, PageError> {
    let authority = scope(officer)?;
    let list = query(pool, move |c| Ok(accounts::list(c, authority.as_deref())?))
        .await
        .context("cannot list accounts")?;
    let l = &officer.lang.loader;
    let roles = Role::ALL
        .into_iter()
        .filter(|r| match officer.role() {
            Role::Admin => !r.reads_cases(),
            _ => r.needs_authority(),
        })
        .map(|r| (r.as_str(), l.get(&format!("portal-role-{}", r.as_str()))))
        .collect();
    let csrf = Csrf::of(req, site);
    let (status, problem) = problem.map_or((StatusCode::OK, None), |(s, p)| (s, Some(p)));
    let shown = AccountsPage {
        l,
        frame: signed_in(site, officer, &csrf, "/portal/accounts"),
        accounts: lines(site, officer, list),
        roles,
        languages: LANGUAGES.iter().map(|x| (x.code, x.autonym)).collect(),
        link,
        problem,
    };
    Ok(csrf.finish(render(status, &shown)))
}

/// `GET /portal/accounts`.
pub async fn show(
    req: HttpRequest,
    (site, pool): (web::Data<Site>, web::Data<Pool>),
    officer: Officer,
) -> Result<HttpResponse, PageError> {
    page(&req, (&site, &pool), &officer, None, None).await
}

#[derive(Deserialize)]
pub struct NewForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    language: String,
}

/// Audits an account change in the same transaction as the change.
fn audited(
    c: &mut DbConnection,
    by: (i64, Option<&str>),
    detail: &str,
    now: chrono::NaiveDateTime,
) -> diesel::QueryResult<()> {
    let entry = Entry {
        account_id: Some(by.0),
        action: "account",
        authority_id: by.1,
        report_id: None,
        detail,
    };
    audit::append(c, &entry, now)
}

/// The enrolment link of a secret.
fn link_of(site: &Site, secret: &str) -> String {
    format!("{}/portal/enrol/{secret}", site.settings.base_url)
}

/// The problem with a new account's form, in the manager's language.
fn check_new(
    site: &Site,
    officer: &Officer,
    f: &NewForm,
) -> Result<(Role, Option<String>), String> {
    let l = &officer.lang.loader;
    let role = Role::parse(&f.role).ok_or_else(|| l.get("portal-account-role-missing"))?;
    // A lead's accounts belong to its authority; an administrator's to none.
    let authority = match officer.role() {
        Role::Lead => officer.authority().map(str::to_string),
        _ => None,
    };
    if !validator::ValidateEmail::validate_email(&f.email.trim()) {
        return Err(l.get("portal-account-email-invalid"));
    }
    match (role.needs_authority(), authority.as_deref()) {
        (true, Some(id)) if site.directory.get(id).is_some() => {}
        (false, None) => {}
        _ => return Err(l.get("portal-account-authority-wrong")),
    }
    if !may_manage(officer, role, authority.as_deref()) {
        return Err(l.get("portal-account-role-missing"));
    }
    Ok((role, authority))
}

/// `POST /portal/accounts`: a new account and its one-time link.
pub async fn create(
    req: HttpRequest,
    (site, pool): (web::Data<Site>, web::Data<Pool>),
    officer: Officer,
    form: web::Form<NewForm>,
) -> Result<HttpResponse, PageError> {
    scope(&officer)?;
    let secure = site.settings.secure_cookies;
    csrf::verified(&req, secure, &site.keys, &form.csrf_token).ok_or(PageError::Forbidden)?;
    let (role, authority) = match check_new(&site, &officer, &form) {
        Ok(ok) => ok,
        Err(problem) => {
            let shown = Some((StatusCode::UNPROCESSABLE_ENTITY, problem));
            return page(&req, (&site, &pool), &officer, None, shown).await;
        }
    };
    let email = form.email.trim().to_lowercase();
    let name = Some(form.name.trim().to_string())
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| email.clone());
    let language = LANGUAGES
        .iter()
        .find(|x| x.code == form.language)
        .map_or("en", |x| x.code);
    let by = (officer.account.id, officer.account.authority_id.clone());
    let created = query(&pool, move |c| {
        let now = Utc::now().naive_utc();
        let new = NewAccount {
            email: &email,
            name: &name,
            role,
            authority_id: authority.as_deref(),
            locale: language,
        };
        Ok(write_transaction(c, |c| {
            let created = accounts::create(c, &new, now);
            if let Ok((id, _)) = &created {
                let detail = format!("created account {id} as {role}");
                // In the log of the authority the account belongs to, so its
                // lead sees who was made there.
                audited(c, (by.0, new.authority_id), &detail, now)?;
            }
            Ok(created)
        })?)
    })
    .await
    .context("cannot create an account")?;
    match created {
        Ok((_, secret)) => {
            let link = Some(link_of(&site, &secret));
            page(&req, (&site, &pool), &officer, link, None).await
        }
        Err(CreateError::Exists) => {
            let problem = officer.lang.loader.get("portal-account-exists");
            page(
                &req,
                (&site, &pool),
                &officer,
                None,
                Some((StatusCode::CONFLICT, problem)),
            )
            .await
        }
        Err(CreateError::Database(e)) => Err(anyhow::Error::from(e).into()),
    }
}

#[derive(Deserialize)]
pub struct Change {
    #[serde(default)]
    csrf_token: String,
}

/// What a manager does to an existing account.
#[derive(Clone, Copy)]
enum Step {
    Deactivate,
    Reenrol,
}

async fn change(
    req: HttpRequest,
    (site, pool): (web::Data<Site>, web::Data<Pool>),
    officer: Officer,
    id: i64,
    token: &str,
    step: Step,
) -> Result<HttpResponse, PageError> {
    scope(&officer)?;
    let secure = site.settings.secure_cookies;
    csrf::verified(&req, secure, &site.keys, token).ok_or(PageError::Forbidden)?;
    let target = query(&pool, move |c| Ok(accounts::by_id(c, id)?))
        .await
        .context("cannot read an account")?
        .filter(|a| match step {
            Step::Deactivate => may_deactivate(&officer, a.role, a.authority_id.as_deref()),
            Step::Reenrol => may_manage(&officer, a.role, a.authority_id.as_deref()),
        })
        .ok_or(PageError::NotFound)?;
    let by = (officer.account.id, officer.account.authority_id.clone());
    let secret = query(&pool, move |c| {
        let now = Utc::now().naive_utc();
        Ok(write_transaction(c, |c| {
            let (secret, detail) = match step {
                Step::Deactivate => {
                    accounts::deactivate(c, target.id, now)?;
                    (None, format!("deactivated account {}", target.id))
                }
                Step::Reenrol => {
                    let s = accounts::reset_for_enrolment(c, target.id, now)?;
                    (
                        Some(s),
                        format!("new enrolment link for account {}", target.id),
                    )
                }
            };
            audited(c, (by.0, target.authority_id.as_deref()), &detail, now)?;
            Ok(secret)
        })?)
    })
    .await
    .context("cannot change an account")?;
    let link = secret.map(|s| link_of(&site, &s));
    page(&req, (&site, &pool), &officer, link, None).await
}

/// `POST /portal/accounts/{id}/deactivate`.
pub async fn deactivate(
    req: HttpRequest,
    state: (web::Data<Site>, web::Data<Pool>),
    officer: Officer,
    id: web::Path<i64>,
    form: web::Form<Change>,
) -> Result<HttpResponse, PageError> {
    change(req, state, officer, *id, &form.csrf_token, Step::Deactivate).await
}

/// `POST /portal/accounts/{id}/reenrol`: a new enrolment link (for a lost
/// authenticator): the password, authenticator, recovery codes and
/// sessions stop working at once; the account logs in again only after
/// enrolling anew, with a new authenticator key.
pub async fn reenrol(
    req: HttpRequest,
    state: (web::Data<Site>, web::Data<Pool>),
    officer: Officer,
    id: web::Path<i64>,
    form: web::Form<Change>,
) -> Result<HttpResponse, PageError> {
    change(req, state, officer, *id, &form.csrf_token, Step::Reenrol).await
}
