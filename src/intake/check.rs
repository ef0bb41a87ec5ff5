//! `/{lang}/check`: "is this offer a scam?" A person types a website,
//! e-mail address, phone number, IBAN or wallet and learns, in their
//! language, whether victims reported it: as a "recovery" approach or as
//! part of a fraud, by how many victims in bands, from how many countries.
//! Never a report, a victim, a date or a place; every answer carries the
//! recovery-scam warning. Nothing of what was checked is logged or kept;
//! the value travels in the POST body, so it stays out of URLs and proxies'
//! logs. Checks count against their own per-client allowance.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use anyhow::Context;
use askama::Template;
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;
use serde::Deserialize;

use super::{Bucket, Intake};
use crate::db::check::look_up;
use crate::db::{Pool, query};
use crate::domain::check::{Answer, Band, Read, read};
use crate::error::PageError;
use crate::web::lang::Lang;
use crate::web::page::{Page, render};
use crate::web::site::Site;

/// The answer for what was typed (read where the person appears to be).
pub async fn answer(pool: &Pool, read: &Read) -> anyhow::Result<Answer> {
    let Read::Value(value) = read else {
        return Ok(Answer::Service);
    };
    let (kind, value) = (value.kind.as_str(), value.normalised.clone());
    let finding = query(pool, move |c| Ok(look_up(c, kind, &value)?))
        .await
        .context("cannot look up a checked value")?;
    Ok(Answer::of(
        finding.holders,
        finding.decision,
        finding.not_linking,
    ))
}

#[derive(Template)]
#[template(path = "check.html")]
struct CheckPage<'a> {
    l: &'a FluentLanguageLoader,
    page: Page<'a>,
    /// As typed, kept in the field.
    typed: String,
    /// Why it could not be read, next to the field.
    error: Option<String>,
    /// A banner above the form (too many checks).
    notice: Option<String>,
    result: Option<Shown>,
}

/// An answer as the page shows it.
struct Shown {
    /// The value as it was looked up (normalised).
    value: String,
    title: String,
    lines: Vec<String>,
    /// A coordinator's public note, printed as written (escaped).
    note: Option<String>,
    listed: bool,
}

/// The check form's one field.
#[derive(Debug, Default, Deserialize)]
pub struct Checked {
    #[serde(default)]
    value: String,
}

/// `GET /{lang}/check`: the empty form.
pub async fn form(site: web::Data<Site>, locale: Lang) -> HttpResponse {
    page(&site, &locale, StatusCode::OK, String::new(), None, None)
}

/// `POST /{lang}/check`: the answer, or the form with why the value could
/// not be read.
pub async fn check(
    req: HttpRequest,
    (site, intake, pool): (web::Data<Site>, web::Data<Intake>, web::Data<Pool>),
    locale: Lang,
    form: web::Form<Checked>,
) -> Result<HttpResponse, PageError> {
    let typed = form.into_inner().value;
    let l = &locale.loader;
    let client = &site.settings.client;
    if !intake.within_rate_limit(client, &req, Bucket::Checks).await {
        let notice = Some(fl!(l, "check-rate-limited"));
        let status = StatusCode::TOO_MANY_REQUESTS;
        return Ok(page(&site, &locale, status, typed, None, notice));
    }
    let region = site.locate(&req).map(|here| here.country);
    let found = match read(&typed, region) {
        Ok(found) => found,
        Err(problem) => {
            let error = Some(locale.problem(&problem));
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            return Ok(page(&site, &locale, status, typed, error, None));
        }
    };
    let answer = answer(&pool, &found).await?;
    let value = match &found {
        Read::Value(v) => v.normalised.clone(),
        Read::Service => typed.trim().to_string(),
    };
    let shown = shown(l, value, answer);
    let page = CheckPage {
        l,
        page: site.page(&locale, "/check"),
        typed,
        error: None,
        notice: None,
        result: Some(shown),
    };
    Ok(render(StatusCode::OK, &page))
}

fn page(
    site: &Site,
    locale: &Lang,
    status: StatusCode,
    typed: String,
    error: Option<String>,
    notice: Option<String>,
) -> HttpResponse {
    let page = CheckPage {
        l: &locale.loader,
        page: site.page(locale, "/check"),
        typed,
        error,
        notice,
        result: None,
    };
    render(status, &page)
}

/// The Fluent selector of a band.
fn selector(band: Band) -> &'static str {
    match band {
        Band::One => "one",
        Band::Several => "some",
        Band::Many => "many",
    }
}

fn shown(l: &FluentLanguageLoader, value: String, answer: Answer) -> Shown {
    match answer {
        Answer::Listed {
            recovery,
            fraud,
            countries,
            note,
        } => {
            let mut lines = Vec::new();
            if let Some(band) = recovery {
                lines.push(fl!(l, "check-listed-recovery", band = selector(band)));
            }
            if let Some(band) = fraud {
                lines.push(fl!(l, "check-listed-fraud", band = selector(band)));
            }
            if let Some(countries) = countries {
                lines.push(fl!(l, "check-listed-countries", countries = countries));
            }
            Shown {
                value,
                title: fl!(l, "check-listed-title"),
                lines,
                note,
                listed: true,
            }
        }
        Answer::NotFound => Shown {
            value,
            title: fl!(l, "check-not-found-title"),
            lines: vec![fl!(l, "check-not-found")],
            note: None,
            listed: false,
        },
        Answer::Service => Shown {
            value,
            title: fl!(l, "check-service-title"),
            lines: vec![fl!(l, "check-service")],
            note: None,
            listed: false,
        },
    }
}
