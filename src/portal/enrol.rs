//! Enrolment (`/portal/enrol/{secret}`, the one-time link an administrator
//! or lead hands over): the officer chooses a password (12 characters at
//! least, refused when guessable), sets up an authenticator app from a QR
//! code drawn on the server (or the secret typed in), proves it with a
//! code, and is shown ten one-time recovery codes once. The TOTP secret is
//! stored sealed when the page is first shown; enrolment completes only
//! with a working code.

use std::collections::HashMap;

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use anyhow::Context;
use askama::Template;
use chrono::Utc;
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;
use serde::Deserialize;

use super::Portal;
use super::auth::password::check_new_password;
use super::auth::recovery::RecoveryCodes;
use super::auth::totp::TotpSecret;
use super::frame::{Csrf, Frame, anonymous};
use super::session::account_lang;
use crate::db::portal::accounts::{self, Account, Enrolment};
use crate::db::portal::audit::{self, Entry};
use crate::db::schema::accounts as accounts_table;
use crate::db::{Pool, query, write_transaction};
use crate::error::PageError;
use crate::seal::Field;
use crate::web::csrf;
use crate::web::lang::Lang;
use crate::web::page::render;
use crate::web::site::Site;

#[derive(Template)]
#[template(path = "portal/enrol.html")]
struct EnrolPage<'a> {
    l: &'a FluentLanguageLoader,
    frame: Frame<'a>,
    name: String,
    action: String,
    qr_svg: String,
    secret: String,
    problems: Vec<String>,
}

#[derive(Template)]
#[template(path = "portal/recovery.html")]
struct RecoveryPage<'a> {
    l: &'a FluentLanguageLoader,
    frame: Frame<'a>,
    codes: Vec<String>,
}

/// Hex characters of an enrolment secret.
const SECRET_LEN: usize = 48;

fn secret_of(path: &str) -> Result<String, PageError> {
    (path.len() == SECRET_LEN && path.bytes().all(|b| b.is_ascii_hexdigit()))
        .then(|| path.to_ascii_lowercase())
        .ok_or(PageError::InvalidLink)
}

/// The account of an enrolment link, with its (pending) TOTP secret:
/// made and stored sealed on first sight.
async fn pending(
    pool: &Pool,
    site: &web::Data<Site>,
    secret: &str,
) -> Result<(Account, TotpSecret), PageError> {
    let (site, secret) = (site.clone(), secret.to_string());
    query(pool, move |c| {
        let now = Utc::now().naive_utc();
        let Some(mut account) = accounts::by_enrolment(c, &secret, now)? else {
            return Ok(None);
        };
        let totp = match &account.totp_secret {
            Some(sealed) => super::session::open_totp(&site, sealed)?,
            None => {
                let fresh = TotpSecret::generate()?;
                let sealed = site
                    .sealer
                    .seal(Field::TotpSecret, &hex::encode(fresh.as_bytes()));
                use diesel::prelude::*;
                diesel::update(accounts_table::table.find(account.id))
                    .set(accounts_table::totp_secret.eq(Some(&sealed)))
                    .execute(c)?;
                account.totp_secret = Some(sealed);
                fresh
            }
        };
        Ok(Some((account, totp)))
    })
    .await
    .context("cannot read an enrolment")?
    .ok_or(PageError::InvalidLink)
}

fn enrol_page(
    req: &HttpRequest,
    site: &Site,
    portal: &Portal,
    (account, totp, lang): (&Account, &TotpSecret, &Lang),
    status: StatusCode,
    problems: Vec<String>,
) -> Result<HttpResponse, PageError> {
    let csrf = Csrf::of(req, site);
    let l = &lang.loader;
    let qr_svg = totp
        .qr_svg(
            &portal.issuer,
            &account.email,
            &l.get("portal-enrol-qr-label"),
        )
        .map_err(|_| anyhow::anyhow!("the account cannot be put in a QR code"))?;
    let page = EnrolPage {
        l,
        frame: anonymous(site, lang, &csrf),
        name: account.name.clone(),
        action: req.path().to_string(),
        qr_svg,
        secret: totp.base32(),
        problems,
    };
    Ok(csrf.finish(render(status, &page)))
}

/// `GET /portal/enrol/{secret}`.
pub async fn form(
    req: HttpRequest,
    (site, portal, pool): (web::Data<Site>, web::Data<Portal>, web::Data<Pool>),
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let secret = secret_of(&path)?;
    let (account, totp) = pending(&pool, &site, &secret).await?;
    let lang = account_lang(&site, &account);
    lang.remember(&req);
    enrol_page(
        &req,
        &site,
        &portal,
        (&account, &totp, &lang),
        StatusCode::OK,
        Vec::new(),
    )
}

#[derive(Deserialize)]
pub struct Choice {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    password_again: String,
    #[serde(default)]
    code: String,
}

/// What is wrong with the chosen password and code, in the account's language.
fn problems(
    lang: &Lang,
    account: &Account,
    totp: &TotpSecret,
    c: &Choice,
) -> (Vec<String>, Option<u64>) {
    let l = &lang.loader;
    let mut found = Vec::new();
    let inputs = [account.email.as_str(), account.name.as_str()];
    if let Err(problem) = check_new_password(&c.password, &inputs) {
        let mut args = HashMap::new();
        if let Some((name, value)) = problem.limit() {
            args.insert(name, value.to_string());
        }
        found.push(l.get_args(problem.message_id(), args));
    } else if c.password != c.password_again {
        found.push(l.get("portal-password-mismatch"));
    }
    let unix = u64::try_from(Utc::now().timestamp()).unwrap_or(0);
    let step = totp.verify(&c.code, unix, None);
    if step.is_none() {
        found.push(l.get("portal-enrol-code-wrong"));
    }
    (found, step)
}

/// `POST /portal/enrol/{secret}`: checks, stores, shows the recovery codes.
pub async fn submit(
    req: HttpRequest,
    (site, portal, pool): (web::Data<Site>, web::Data<Portal>, web::Data<Pool>),
    path: web::Path<String>,
    form: web::Form<Choice>,
) -> Result<HttpResponse, PageError> {
    let secret = secret_of(&path)?;
    let (account, totp) = pending(&pool, &site, &secret).await?;
    let lang = account_lang(&site, &account);
    lang.remember(&req);
    let secure = site.settings.secure_cookies;
    let shown = (&account, &totp, &lang);
    if csrf::verified(&req, secure, &site.keys, &form.csrf_token).is_none() {
        let problem = vec![lang.loader.get("error-form-expired")];
        return enrol_page(&req, &site, &portal, shown, StatusCode::FORBIDDEN, problem);
    }
    let (found, step) = problems(&lang, &account, &totp, &form);
    let Some(step) = step.filter(|_| found.is_empty()) else {
        return enrol_page(
            &req,
            &site,
            &portal,
            shown,
            StatusCode::UNPROCESSABLE_ENTITY,
            found,
        );
    };
    let hash = portal
        .passwords
        .hash(form.password.clone())
        .await
        .map_err(|e| anyhow::anyhow!("cannot hash a password: {e}"))?;
    let (codes, hashes) = RecoveryCodes::generate();
    let sealed = account.totp_secret.clone().unwrap_or_default();
    let (id, authority) = (account.id, account.authority_id.clone());
    let enrolled = query(&pool, move |c| {
        let now = Utc::now().naive_utc();
        let e = Enrolment {
            password_hash: &hash,
            totp_secret: &sealed,
            totp_step: i64::try_from(step).unwrap_or(i64::MAX),
            recovery_hashes: &hashes,
        };
        Ok(write_transaction(c, |c| {
            if !accounts::enrol(c, &secret, id, &e, now)? {
                return Ok(false);
            }
            let entry = Entry {
                account_id: Some(id),
                action: "enrolled",
                authority_id: authority.as_deref(),
                report_id: None,
                detail: "",
            };
            audit::append(c, &entry, now)?;
            Ok(true)
        })?)
    })
    .await
    .context("cannot complete an enrolment")?;
    if !enrolled {
        return Err(PageError::InvalidLink);
    }
    let csrf = Csrf::of(&req, &site);
    let page = RecoveryPage {
        l: &lang.loader,
        frame: anonymous(&site, &lang, &csrf),
        codes,
    };
    Ok(csrf.finish(render(StatusCode::OK, &page)))
}
