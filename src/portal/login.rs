//! Logging in: the password (`/portal/login`), then the authenticator's
//! code or a recovery code (`/portal/login/code`), then a new session
//! token for the full session. An unknown account and a wrong password get
//! the same answer after the same work. Failures slow further attempts per
//! account and per client ([`super::auth::throttle`]); every attempt is
//! audited.

use actix_web::http::StatusCode;
use actix_web::http::header::LOCATION;
use actix_web::{HttpRequest, HttpResponse, web};
use anyhow::Context;
use askama::Template;
use chrono::{NaiveDateTime, Utc};
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;
use serde::Deserialize;

use super::Portal;
use super::auth::hashing::Busy;
use super::auth::recovery::hash_code;
use super::auth::session::SessionToken;
use super::auth::throttle::{Decision, Failures};
use super::frame::{Csrf, Frame, anonymous};
use super::session::{Officer, clear_cookie, session_account, set_cookie};
use crate::db::portal::accounts::{self, Account};
use crate::db::portal::audit::{self, Entry};
use crate::db::portal::sessions::{self, Stage};
use crate::db::portal::throttle;
use crate::db::{DbConnection, Pool, query, write_transaction};
use crate::error::PageError;
use crate::i18n::Locale;
use crate::web::csrf;
use crate::web::lang::Lang;
use crate::web::page::render;
use crate::web::site::Site;

#[derive(Template)]
#[template(path = "portal/login.html")]
struct LoginPage<'a> {
    l: &'a FluentLanguageLoader,
    frame: Frame<'a>,
    email: &'a str,
    problem: Option<String>,
}

#[derive(Template)]
#[template(path = "portal/code.html")]
struct CodePage<'a> {
    l: &'a FluentLanguageLoader,
    frame: Frame<'a>,
    problem: Option<String>,
}

/// Codes one password step may be followed by before it must be done again.
const CODES_PER_LOGIN: i32 = 3;

/// The login pages' language: the browser's.
fn browser_lang(req: &HttpRequest, site: &Site) -> Lang {
    let accept = req
        .headers()
        .get("accept-language")
        .and_then(|v| v.to_str().ok());
    let code = site.locales.negotiate(accept).code();
    Lang::of(&site.locales, code).unwrap_or_else(|| Lang::fallback(&site.locales))
}

fn login_page(
    req: &HttpRequest,
    site: &Site,
    status: StatusCode,
    email: &str,
    problem: Option<String>,
) -> HttpResponse {
    let lang = browser_lang(req, site);
    let csrf = Csrf::of(req, site);
    let page = LoginPage {
        l: &lang.loader,
        frame: anonymous(site, &lang, &csrf),
        email,
        problem,
    };
    csrf.finish(render(status, &page))
}

/// `GET /portal/login`.
pub async fn form(req: HttpRequest, site: web::Data<Site>) -> HttpResponse {
    login_page(&req, &site, StatusCode::OK, "", None)
}

#[derive(Deserialize)]
pub struct Credentials {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

/// What throttles a login: the account's and the client's failure counters.
struct Subjects {
    account: Vec<u8>,
    client: Vec<u8>,
}

impl Subjects {
    fn of(site: &Site, req: &HttpRequest, email: &str) -> Subjects {
        let client = site.settings.client.limit_key(req).unwrap_or_default();
        Subjects {
            account: site.keys.blind("login-account", email),
            client: site.keys.blind("login-client", &client),
        }
    }
}

fn failures(conn: &mut DbConnection, subject: &[u8]) -> diesel::QueryResult<Option<Failures>> {
    Ok(
        throttle::get(conn, subject)?.map(|(count, last_at)| Failures {
            count: u32::try_from(count).unwrap_or(0),
            last_at,
        }),
    )
}

/// Whether an attempt may go ahead, per account and per client.
async fn decide(pool: &Pool, portal: &Portal, s: &Subjects) -> anyhow::Result<Decision> {
    let (account, client) = (s.account.clone(), s.client.clone());
    let (a, c) = query(pool, move |conn| {
        Ok((failures(conn, &account)?, failures(conn, &client)?))
    })
    .await?;
    let now = Utc::now().naive_utc();
    let policy = &portal.throttle;
    Ok(policy
        .decide(a.as_ref(), now)
        .and(policy.decide(c.as_ref(), now)))
}

/// Counts a failure against the given subjects and audits it.
async fn count_failure(
    pool: &Pool,
    portal: &Portal,
    subjects: Vec<Vec<u8>>,
    account: Option<&Account>,
    stage: &'static str,
) -> anyhow::Result<()> {
    let policy = portal.throttle;
    let (account_id, authority) = (
        account.map(|a| a.id),
        account.and_then(|a| a.authority_id.clone()),
    );
    query(pool, move |conn| {
        let now = Utc::now().naive_utc();
        Ok(write_transaction(conn, |c| {
            for subject in &subjects {
                let before = failures(c, subject)?;
                let after = policy.record_failure(before.as_ref(), now);
                let count = i32::try_from(after.count).unwrap_or(i32::MAX);
                throttle::record(c, subject, count, now)?;
            }
            let entry = Entry {
                account_id,
                action: "login-failed",
                authority_id: authority.as_deref(),
                report_id: None,
                detail: stage,
            };
            audit::append(c, &entry, now)
        })?)
    })
    .await
}

/// The "wait" answer: how many minutes until the next attempt.
fn wait_text(locale: &Locale, until: NaiveDateTime) -> String {
    let minutes = (until - Utc::now().naive_utc()).num_minutes().max(0) + 1;
    let mut args = std::collections::HashMap::new();
    args.insert("minutes", minutes.to_string());
    locale.loader.get_args("portal-login-wait", args)
}

/// `POST /portal/login`: the password step.
pub async fn password(
    req: HttpRequest,
    (site, portal, pool): (web::Data<Site>, web::Data<Portal>, web::Data<Pool>),
    form: web::Form<Credentials>,
) -> Result<HttpResponse, PageError> {
    let lang = browser_lang(&req, &site);
    let email = form.email.trim().to_lowercase();
    let secure = site.settings.secure_cookies;
    if csrf::verified(&req, secure, &site.keys, &form.csrf_token).is_none() {
        let problem = Some(lang.loader.get("error-form-expired"));
        return Ok(login_page(
            &req,
            &site,
            StatusCode::FORBIDDEN,
            &email,
            problem,
        ));
    }
    let subjects = Subjects::of(&site, &req, &email);
    let decision = decide(&pool, &portal, &subjects)
        .await
        .context("cannot read login throttling")?;
    if let Decision::WaitUntil(until) = decision {
        let problem = Some(wait_text(&lang, until));
        return Ok(login_page(
            &req,
            &site,
            StatusCode::TOO_MANY_REQUESTS,
            &email,
            problem,
        ));
    }
    let lookup = email.clone();
    let account = query(&pool, move |c| Ok(accounts::by_email(c, &lookup)?))
        .await
        .context("cannot read an account")?
        .filter(Account::is_active);
    let stored = account.as_ref().and_then(|a| a.password_hash.clone());
    let right = match portal.passwords.verify(form.password.clone(), stored).await {
        Ok(right) => right && account.is_some(),
        Err(Busy) => {
            let problem = Some(lang.loader.get("portal-login-busy"));
            return Ok(login_page(
                &req,
                &site,
                StatusCode::SERVICE_UNAVAILABLE,
                &email,
                problem,
            ));
        }
    };
    let Some(account) = account.filter(|_| right) else {
        let subjects = vec![subjects.account, subjects.client];
        count_failure(&pool, &portal, subjects, None, "password")
            .await
            .context("cannot count a failed login")?;
        let problem = Some(lang.loader.get("portal-login-failed"));
        return Ok(login_page(
            &req,
            &site,
            StatusCode::UNAUTHORIZED,
            &email,
            problem,
        ));
    };
    let token = SessionToken::generate();
    let digest = token.digest();
    query(&pool, move |c| {
        let now = Utc::now().naive_utc();
        Ok(sessions::create(
            c,
            &digest,
            account.id,
            Stage::Password,
            now,
        )?)
    })
    .await
    .context("cannot start a session")?;
    let mut response = HttpResponse::SeeOther()
        .insert_header((LOCATION, "/portal/login/code"))
        .finish();
    set_cookie(&mut response, &token, secure);
    Ok(response)
}

fn code_page(
    req: &HttpRequest,
    site: &Site,
    lang: &Lang,
    status: StatusCode,
    problem: Option<String>,
) -> HttpResponse {
    let csrf = Csrf::of(req, site);
    let page = CodePage {
        l: &lang.loader,
        frame: anonymous(site, lang, &csrf),
        problem,
    };
    csrf.finish(render(status, &page))
}

/// `GET /portal/login/code`: the second factor, after the password.
pub async fn code_form(req: HttpRequest, site: web::Data<Site>) -> Result<HttpResponse, PageError> {
    let (account, _) = session_account(&req, Stage::Password)
        .await?
        .ok_or(PageError::SignIn)?;
    let lang = super::session::account_lang(&site, &account);
    Ok(code_page(&req, &site, &lang, StatusCode::OK, None))
}

#[derive(Deserialize)]
pub struct Code {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    code: String,
}

/// Checks a typed code: the authenticator's (a step is accepted once), or
/// one of the recovery codes (used up).
fn second_factor(
    conn: &mut DbConnection,
    site: &Site,
    account: &Account,
    typed: &str,
) -> anyhow::Result<bool> {
    let now = Utc::now();
    let digits: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.len() == 6 && digits.bytes().all(|b| b.is_ascii_digit()) {
        let Some(sealed) = &account.totp_secret else {
            return Ok(false);
        };
        let secret = super::session::open_totp(site, sealed)?;
        let last = account.totp_last_step.and_then(|s| u64::try_from(s).ok());
        let unix = u64::try_from(now.timestamp()).unwrap_or(0);
        let Some(step) = secret.verify(&digits, unix, last) else {
            return Ok(false);
        };
        let step = i64::try_from(step).unwrap_or(i64::MAX);
        return Ok(accounts::accept_totp_step(conn, account.id, step)?);
    }
    Ok(accounts::use_recovery_code(
        conn,
        account.id,
        &hash_code(typed),
        now.naive_utc(),
    )?)
}

/// `POST /portal/login/code`: the second factor; a full session on success.
pub async fn code(
    req: HttpRequest,
    (site, portal, pool): (web::Data<Site>, web::Data<Portal>, web::Data<Pool>),
    form: web::Form<Code>,
) -> Result<HttpResponse, PageError> {
    let (account, pending) = session_account(&req, Stage::Password)
        .await?
        .ok_or(PageError::SignIn)?;
    let lang = super::session::account_lang(&site, &account);
    let secure = site.settings.secure_cookies;
    if csrf::verified(&req, secure, &site.keys, &form.csrf_token).is_none() {
        let problem = Some(lang.loader.get("error-form-expired"));
        return Ok(code_page(
            &req,
            &site,
            &lang,
            StatusCode::FORBIDDEN,
            problem,
        ));
    }
    let subjects = Subjects::of(&site, &req, &account.email);
    if let Decision::WaitUntil(until) = decide(&pool, &portal, &subjects).await? {
        let problem = Some(wait_text(&lang, until));
        return Ok(code_page(
            &req,
            &site,
            &lang,
            StatusCode::TOO_MANY_REQUESTS,
            problem,
        ));
    }
    // Each pending login gets a few codes, counted before the check, so
    // parallel guesses cannot each slip past the count.
    let attempt_subject = site.keys.blind("login-code", &hex::encode(pending));
    let attempt = query(&pool, move |c| {
        let now = Utc::now().naive_utc();
        let n = throttle::bump(c, &attempt_subject, now)?;
        if n > CODES_PER_LOGIN {
            sessions::end(c, &pending, now)?;
        }
        Ok(n)
    })
    .await
    .context("cannot count a second-factor attempt")?;
    if attempt > CODES_PER_LOGIN {
        return Err(PageError::SignIn);
    }
    let (checked, typed, site2) = (account.clone(), form.code.clone(), site.clone());
    let right = query(&pool, move |c| second_factor(c, &site2, &checked, &typed))
        .await
        .context("cannot check a second factor")?;
    if !right {
        let subjects = vec![subjects.account, subjects.client];
        count_failure(&pool, &portal, subjects, Some(&account), "code").await?;
        let problem = Some(lang.loader.get("portal-code-failed"));
        return Ok(code_page(
            &req,
            &site,
            &lang,
            StatusCode::UNAUTHORIZED,
            problem,
        ));
    }
    let token = SessionToken::generate();
    let digest = token.digest();
    // The account's counter starts again; the client's runs out by itself
    // (clearing it would let anyone with an account reset it).
    let cleared = [subjects.account];
    query(&pool, move |c| {
        let now = Utc::now().naive_utc();
        Ok(write_transaction(c, |c| {
            sessions::end(c, &pending, now)?;
            sessions::create(c, &digest, account.id, Stage::Full, now)?;
            for subject in &cleared {
                throttle::clear(c, subject)?;
            }
            let entry = Entry {
                account_id: Some(account.id),
                action: "login",
                authority_id: account.authority_id.as_deref(),
                report_id: None,
                detail: "",
            };
            audit::append(c, &entry, now)
        })?)
    })
    .await
    .context("cannot start a session")?;
    let mut response = HttpResponse::SeeOther()
        .insert_header((LOCATION, "/portal/cases"))
        .finish();
    set_cookie(&mut response, &token, secure);
    Ok(response)
}

#[derive(Deserialize)]
pub struct Logout {
    #[serde(default)]
    csrf_token: String,
}

/// `POST /portal/logout`: ends the session here and in the database.
pub async fn logout(
    req: HttpRequest,
    (site, pool): (web::Data<Site>, web::Data<Pool>),
    officer: Officer,
    form: web::Form<Logout>,
) -> Result<HttpResponse, PageError> {
    let secure = site.settings.secure_cookies;
    csrf::verified(&req, secure, &site.keys, &form.csrf_token).ok_or(PageError::Forbidden)?;
    let (session, id, authority) = (
        officer.session,
        officer.account.id,
        officer.account.authority_id.clone(),
    );
    query(&pool, move |c| {
        let now = Utc::now().naive_utc();
        Ok(write_transaction(c, |c| {
            sessions::end(c, &session, now)?;
            let entry = Entry {
                account_id: Some(id),
                action: "logout",
                authority_id: authority.as_deref(),
                report_id: None,
                detail: "",
            };
            audit::append(c, &entry, now)
        })?)
    })
    .await
    .context("cannot end a session")?;
    let mut response = HttpResponse::SeeOther()
        .insert_header((LOCATION, "/portal/login"))
        .finish();
    clear_cookie(&mut response, secure);
    Ok(response)
}
