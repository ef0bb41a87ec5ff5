//! `/portal/notices`: how an authority hears of its cases — an e-mail to
//! each of its officers per case, or one a day listing the new ones. A
//! lead chooses for its authority, a coordinator for the hub, an
//! administrator for any authority. Every change is audited.

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
use crate::db::portal::audit::{self, Entry};
use crate::db::portal::notices;
use crate::db::{Pool, query, write_transaction};
use crate::domain::Role;
use crate::error::PageError;
use crate::routing::HUB_ID;
use crate::web::csrf;
use crate::web::page::render;
use crate::web::site::Site;

/// The audit action of a change.
const ACTION: &str = "case-mails";

#[derive(Template)]
#[template(path = "portal/notices.html")]
struct NoticesPage<'a> {
    l: &'a FluentLanguageLoader,
    frame: Frame<'a>,
    /// The authorities the account may choose for (key, name), with the
    /// one shown; a single one for a lead or a coordinator.
    choices: Vec<(String, String)>,
    chosen: String,
    /// The shown authority's name.
    chosen_name: String,
    digest: bool,
    saved: bool,
    problem: Option<String>,
}

/// The authorities whose choice `officer` makes: (key, name).
fn choices(site: &Site, officer: &Officer) -> Result<Vec<(String, String)>, PageError> {
    let name = |key: &str| {
        site.directory
            .recipient_name(key, &site.settings.hub_name)
            .to_string()
    };
    Ok(match officer.role() {
        Role::Lead => {
            let own = officer.authority().ok_or(PageError::NotFound)?;
            vec![(own.to_string(), name(own))]
        }
        Role::Coordinator => vec![(HUB_ID.to_string(), name(HUB_ID))],
        Role::Admin => {
            let mut all: Vec<(String, String)> = site
                .directory
                .authorities()
                .iter()
                .filter(|a| a.routes)
                .map(|a| (a.id.clone(), name(&a.id)))
                .collect();
            all.sort_by(|a, b| a.1.cmp(&b.1));
            all.insert(0, (HUB_ID.to_string(), name(HUB_ID)));
            all
        }
        Role::Officer => return Err(PageError::NotFound),
    })
}

#[derive(Deserialize)]
pub struct Params {
    authority: Option<String>,
    #[serde(default)]
    saved: bool,
}

/// `GET /portal/notices`.
pub async fn show(
    req: HttpRequest,
    (site, pool): (web::Data<Site>, web::Data<Pool>),
    officer: Officer,
    params: web::Query<Params>,
) -> Result<HttpResponse, PageError> {
    let choices = choices(&site, &officer)?;
    let chosen = params
        .authority
        .as_deref()
        .and_then(|a| choices.iter().find(|(key, _)| key == a))
        .unwrap_or(&choices[0])
        .clone();
    page(
        &req,
        (&site, &pool),
        &officer,
        choices,
        chosen,
        params.saved,
        None,
    )
    .await
}

async fn page(
    req: &HttpRequest,
    (site, pool): (&Site, &Pool),
    officer: &Officer,
    choices: Vec<(String, String)>,
    (chosen, chosen_name): (String, String),
    saved: bool,
    problem: Option<String>,
) -> Result<HttpResponse, PageError> {
    let key = chosen.clone();
    let digest = query(pool, move |c| Ok(notices::takes_digest(c, &key)?))
        .await
        .context("cannot read an authority's case e-mails")?;
    let csrf = Csrf::of(req, site);
    let status = if problem.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let view = NoticesPage {
        l: &officer.lang.loader,
        frame: signed_in(site, officer, &csrf, "/portal/notices"),
        choices,
        chosen,
        chosen_name,
        digest,
        saved,
        problem,
    };
    Ok(csrf.finish(render(status, &view)))
}

#[derive(Deserialize)]
pub struct Choice {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    authority: String,
    #[serde(default)]
    mails: String,
}

/// `POST /portal/notices`.
pub async fn save(
    req: HttpRequest,
    (site, pool): (web::Data<Site>, web::Data<Pool>),
    officer: Officer,
    form: web::Form<Choice>,
) -> Result<HttpResponse, PageError> {
    let choices = choices(&site, &officer)?;
    let secure = site.settings.secure_cookies;
    csrf::verified(&req, secure, &site.keys, &form.csrf_token).ok_or(PageError::Forbidden)?;
    let Some(chosen) = choices
        .iter()
        .find(|(key, _)| *key == form.authority)
        .cloned()
    else {
        let problem = fl!(officer.lang.loader, "portal-notices-unknown");
        let first = choices[0].clone();
        return page(
            &req,
            (&site, &pool),
            &officer,
            choices,
            first,
            false,
            Some(problem),
        )
        .await;
    };
    let digest = form.mails == "digest";
    let key = chosen.0.clone();
    let by = officer.account.id;
    query(&pool, move |c| {
        let now = Utc::now().naive_utc();
        Ok(write_transaction(c, |c| {
            notices::choose_digest(c, &key, digest, now)?;
            let detail = format!(
                "{key}: {}",
                if digest {
                    "daily digest"
                } else {
                    "an e-mail per case"
                }
            );
            let entry = Entry {
                account_id: Some(by),
                action: ACTION,
                authority_id: (key != HUB_ID).then_some(key.as_str()),
                report_id: None,
                detail: &detail,
            };
            audit::append(c, &entry, now)
        })?)
    })
    .await
    .context("cannot change an authority's case e-mails")?;
    let target = format!(
        "/portal/notices?authority={}&saved=true",
        urlencoding_key(&chosen.0)
    );
    Ok(HttpResponse::SeeOther()
        .insert_header((actix_web::http::header::LOCATION, target))
        .finish())
}

/// Authority ids are lowercase letters, digits and hyphens; anything else
/// is dropped rather than escaped.
fn urlencoding_key(key: &str) -> String {
    key.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect()
}
