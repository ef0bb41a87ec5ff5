//! `/portal/check`, for coordinators: what the public check
//! (`/{lang}/check`) shows beyond its own rule. A coordinator publishes a
//! value with a short public note (it is then shown whatever the reports
//! say) or withdraws one (it is never shown, however many report it, until
//! published again). Values are typed as the public types them and read
//! the same way. Every decision is audited.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use anyhow::Context;
use askama::Template;
use chrono::Utc;
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;
use serde::Deserialize;

use super::cases::view::label;
use super::frame::{Csrf, Frame, signed_in};
use super::session::Officer;
use crate::db::check::{self, Listing};
use crate::db::portal::audit::{self, Entry};
use crate::db::{Pool, query, write_transaction};
use crate::domain::check::{Decision, PUBLISHED, Read, read};
use crate::domain::text;
use crate::error::PageError;
use crate::web::csrf;
use crate::web::page::render;
use crate::web::site::Site;

/// The audit action of a decision.
const ACTION: &str = "check-listing";
/// The longest public note, in characters.
pub const NOTE_MAX: usize = 300;

#[derive(Template)]
#[template(path = "portal/check.html")]
struct ListingsPage<'a> {
    l: &'a FluentLanguageLoader,
    frame: Frame<'a>,
    typed: Deciding,
    value_error: Option<String>,
    note_error: Option<String>,
    saved: bool,
    sections: [Section; 2],
}

/// The published values, then the withdrawn ones.
struct Section {
    id: &'static str,
    heading: String,
    lines: Vec<Line>,
}

/// A decision as listed.
struct Line {
    kind: String,
    value: String,
    note: String,
    changed: String,
}

/// The decision form, as typed.
#[derive(Debug, Default, Clone, Deserialize)]
pub struct Deciding {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    value: String,
    #[serde(default)]
    note: String,
    /// `publish` or `withdraw`.
    #[serde(default)]
    decision: String,
}

#[derive(Debug, Default, Deserialize)]
pub struct Shown {
    #[serde(default)]
    saved: Option<String>,
}

/// `GET /portal/check`.
pub async fn show(
    req: HttpRequest,
    (site, pool): (web::Data<Site>, web::Data<Pool>),
    officer: Officer,
    shown: web::Query<Shown>,
) -> Result<HttpResponse, PageError> {
    officer.coordinator()?;
    let typed = Deciding {
        decision: "publish".into(),
        ..Deciding::default()
    };
    let saved = shown.saved.is_some();
    let problems = (None, None);
    page(&req, (&site, &pool), &officer, typed, problems, saved).await
}

/// `POST /portal/check`: publishes or withdraws a value.
pub async fn decide(
    req: HttpRequest,
    (site, pool): (web::Data<Site>, web::Data<Pool>),
    officer: Officer,
    form: web::Form<Deciding>,
) -> Result<HttpResponse, PageError> {
    officer.coordinator()?;
    let secure = site.settings.secure_cookies;
    csrf::verified(&req, secure, &site.keys, &form.csrf_token).ok_or(PageError::Forbidden)?;
    let form = form.into_inner();
    let l = &officer.lang.loader;
    let value = match read(&form.value, None) {
        Ok(Read::Value(v)) => Ok(v),
        Ok(Read::Service) => Err(fl!(l, "portal-check-service")),
        Err(problem) => Err(officer.lang.problem(&problem)),
    };
    let note = text::single_line(&form.note);
    let decision = match form.decision.as_str() {
        "withdraw" => Some(Decision::Withdrawn),
        _ if note.is_empty() => None,
        _ => Some(Decision::Published(note.clone())),
    };
    let note_error = match &decision {
        None => Some(fl!(l, "portal-check-note-required")),
        Some(_) if note.chars().count() > NOTE_MAX => Some(fl!(l, "portal-check-note-long")),
        Some(_) => None,
    };
    let (value, decision) = match (value, decision, note_error) {
        (Ok(value), Some(decision), None) => (value, decision),
        (value, _, note_error) => {
            let problems = (value.err(), note_error);
            let target = (site.get_ref(), pool.get_ref());
            return page(&req, target, &officer, form, problems, false).await;
        }
    };
    let by = officer.account.id;
    query(&pool, move |c| {
        let now = Utc::now().naive_utc();
        let kind = value.kind.as_str();
        Ok(write_transaction(c, |c| {
            check::decide(c, (kind, &value.normalised), &decision, Some(by), now)?;
            let detail = match &decision {
                Decision::Published(note) => {
                    format!("{kind} {}: published: {note}", value.normalised)
                }
                Decision::Withdrawn => format!("{kind} {}: withdrawn", value.normalised),
            };
            audit::append(c, &Entry::unscoped(by, ACTION, &detail), now)
        })?)
    })
    .await
    .context("cannot record a check listing")?;
    Ok(HttpResponse::SeeOther()
        .insert_header((actix_web::http::header::LOCATION, "/portal/check?saved=1"))
        .finish())
}

async fn page(
    req: &HttpRequest,
    (site, pool): (&Site, &Pool),
    officer: &Officer,
    typed: Deciding,
    (value_error, note_error): (Option<String>, Option<String>),
    saved: bool,
) -> Result<HttpResponse, PageError> {
    let listings = query(pool, |c| Ok(check::listings(c)?))
        .await
        .context("cannot read the check listings")?;
    let l = &officer.lang.loader;
    let line = |v: &Listing| Line {
        kind: label(l, "portal-case-kind-", &v.kind),
        value: v.value.clone(),
        note: v.note.clone(),
        changed: v.changed_at.format("%Y-%m-%d %H:%M").to_string(),
    };
    let (published, withdrawn): (Vec<&Listing>, Vec<&Listing>) =
        listings.iter().partition(|v| v.state == PUBLISHED);
    let csrf = Csrf::of(req, site);
    let status = match (&value_error, &note_error) {
        (None, None) => StatusCode::OK,
        _ => StatusCode::UNPROCESSABLE_ENTITY,
    };
    let page = ListingsPage {
        l,
        frame: signed_in(site, officer, &csrf, "/portal/check"),
        typed,
        value_error,
        note_error,
        saved,
        sections: [
            Section {
                id: "published",
                heading: fl!(l, "portal-check-published"),
                lines: published.into_iter().map(line).collect(),
            },
            Section {
                id: "withdrawn",
                heading: fl!(l, "portal-check-withdrawn"),
                lines: withdrawn.into_iter().map(line).collect(),
            },
        ],
    };
    Ok(csrf.finish(render(status, &page)))
}
