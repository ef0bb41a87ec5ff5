//! `/portal/cases/{reference}/reroute`: a misrouted case goes to another
//! authority of the directory that routing uses, or to the hub, with a
//! reason (sealed, never shown to the victim). The new recipient is
//! notified through the outbox, the victim's case page names the new
//! authority, and the old authority's officers lose the case at once.

use actix_web::http::StatusCode;
use actix_web::http::header::LOCATION;
use actix_web::{HttpRequest, HttpResponse, web};
use anyhow::Context;
use askama::Template;
use chrono::Utc;
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;
use serde::Deserialize;

use super::message::{case_scope, load};
use crate::db::portal::cases::Scope;
use crate::db::portal::handoff::{self, Actor, Destination, HandoffCase, Outcome};
use crate::db::{Pool, query};
use crate::domain::text::text_block;
use crate::domain::{CaseRef, CountryCode};
use crate::error::PageError;
use crate::intake::Intake;
use crate::portal::frame::{Csrf, Frame, signed_in};
use crate::portal::session::Officer;
use crate::routing::{Authority, Directory, HUB_ID};
use crate::seal::Field;
use crate::web::csrf;
use crate::web::page::render;
use crate::web::site::Site;

/// Longest reason, in characters.
pub const REASON_MAX: usize = 1000;

#[derive(Template)]
#[template(path = "portal/reroute.html")]
struct ReroutePage<'a> {
    l: &'a FluentLanguageLoader,
    frame: Frame<'a>,
    reference: String,
    path: String,
    /// Who has the case now.
    current: String,
    groups: Vec<Group>,
    hub_chosen: bool,
    reason: &'a str,
    problem: Option<String>,
    max: usize,
}

/// The authorities of one country.
struct Group {
    country: String,
    choices: Vec<Choice>,
}

struct Choice {
    id: String,
    name: String,
    chosen: bool,
}

/// The authorities that receive routed cases, by country name.
fn groups(site: &Site, officer: &Officer, chosen: &str) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    let routing = site.directory.authorities().iter().filter(|a| a.routes);
    for a in routing {
        let Some(code) = CountryCode::parse(&a.country) else {
            continue;
        };
        let country = officer.lang.country_name(code).to_string();
        let choice = Choice {
            id: a.id.clone(),
            name: label(a),
            chosen: a.id == chosen,
        };
        match groups.iter_mut().find(|g| g.country == country) {
            Some(g) => g.choices.push(choice),
            None => groups.push(Group {
                country,
                choices: vec![choice],
            }),
        }
    }
    groups.sort_by(|a, b| a.country.cmp(&b.country));
    groups
}

/// "Politsei- ja Piirivalveamet (Police and Border Guard Board)".
fn label(a: &Authority) -> String {
    match a.name_en == a.name_local {
        true => a.name_local.clone(),
        false => format!("{} ({})", a.name_local, a.name_en),
    }
}

fn page(
    req: &HttpRequest,
    site: &Site,
    officer: &Officer,
    case: &HandoffCase,
    form: &Choose,
    problem: Option<String>,
) -> HttpResponse {
    let l = &officer.lang.loader;
    let csrf = Csrf::of(req, site);
    let current = match case
        .authority_id
        .as_deref()
        .and_then(|id| site.directory.get(id))
    {
        Some(a) => label(a),
        None => l.get("portal-reroute-hub"),
    };
    let status = match problem {
        Some(_) => StatusCode::UNPROCESSABLE_ENTITY,
        None => StatusCode::OK,
    };
    let page = ReroutePage {
        l,
        frame: signed_in(site, officer, &csrf, "/portal/cases"),
        reference: case.reference.to_string(),
        path: case.reference.as_str().to_string(),
        current,
        groups: groups(site, officer, &form.to),
        hub_chosen: form.to == HUB_ID,
        reason: &form.reason,
        problem,
        max: REASON_MAX,
    };
    csrf.finish(render(status, &page))
}

/// `GET /portal/cases/{reference}/reroute`.
pub async fn form(
    req: HttpRequest,
    (site, pool): (web::Data<Site>, web::Data<Pool>),
    officer: Officer,
    reference: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let (reference, scope) = case_scope(&officer, &reference)?;
    let case = load(&pool, &scope, &reference).await?;
    let empty = Choose::default();
    Ok(page(&req, &site, &officer, &case, &empty, None))
}

#[derive(Default, Deserialize)]
pub struct Choose {
    #[serde(default)]
    csrf_token: String,
    /// An authority's id, or [`HUB_ID`].
    #[serde(default)]
    to: String,
    #[serde(default)]
    reason: String,
}

/// Where a case goes: the new authority (none: the hub) and who receives it.
struct Target<'a> {
    authority: Option<&'a Authority>,
    delivered_to: &'a str,
}

/// The chosen destination and the cleaned reason, or what is wrong.
fn checked<'a>(
    directory: &'a Directory,
    officer: &Officer,
    case: &HandoffCase,
    form: &Choose,
) -> Result<(Target<'a>, String), String> {
    let l = &officer.lang.loader;
    let authority = match form.to.as_str() {
        HUB_ID => None,
        id => match directory.get(id).filter(|a| a.routes) {
            Some(a) => Some(a),
            None => return Err(l.get("portal-reroute-unknown")),
        },
    };
    if authority.map(|a| a.id.as_str()) == case.authority_id.as_deref() {
        return Err(l.get("portal-reroute-same"));
    }
    let reason = text_block(&form.reason);
    if reason.is_empty() {
        return Err(l.get("portal-reroute-reason-empty"));
    }
    if reason.chars().count() > REASON_MAX {
        return Err(fl!(l, "portal-reroute-reason-too-long", max = REASON_MAX));
    }
    // As routing does: an authority without an intake address receives
    // its cases through the hub.
    let delivered_to = match authority {
        Some(a) if !a.intake_email.is_empty() => a.id.as_str(),
        _ => HUB_ID,
    };
    Ok((
        Target {
            authority,
            delivered_to,
        },
        reason,
    ))
}

/// "ee-ppa" or "hub", for the audit detail.
fn id_or_hub(id: Option<&str>) -> &str {
    id.unwrap_or(HUB_ID)
}

/// The routing reason's new part: "re-routed by A → B".
fn note(directory: &Directory, by: Option<&str>, to: &Target) -> String {
    let name = |id: Option<&str>| {
        id.and_then(|id| directory.get(id))
            .map_or("coordination hub", |a| a.name_local.as_str())
            .to_string()
    };
    let mut note = format!(
        "re-routed by {} → {}",
        name(by),
        name(to.authority.map(|a| a.id.as_str()))
    );
    if to.authority.is_some() && to.delivered_to == HUB_ID {
        note.push_str("; it has no intake address configured → coordination hub");
    }
    note
}

/// `POST /portal/cases/{reference}/reroute`: moves the case, then back to
/// the case (or, when the case left the officer's scope, to the queue).
pub async fn send(
    req: HttpRequest,
    (site, pool, intake): (web::Data<Site>, web::Data<Pool>, web::Data<Intake>),
    officer: Officer,
    reference: web::Path<String>,
    form: web::Form<Choose>,
) -> Result<HttpResponse, PageError> {
    let (reference, scope) = case_scope(&officer, &reference)?;
    let secure = site.settings.secure_cookies;
    csrf::verified(&req, secure, &site.keys, &form.csrf_token).ok_or(PageError::Forbidden)?;
    let case = load(&pool, &scope, &reference).await?;
    let (target, reason) = match checked(&site.directory, &officer, &case, &form) {
        Ok(checked) => checked,
        Err(problem) => return Ok(page(&req, &site, &officer, &case, &form, Some(problem))),
    };
    let new_authority = target.authority.map(|a| a.id.clone());
    let delivered_to = target.delivered_to.to_string();
    let note = note(&site.directory, officer.authority(), &target);
    let detail = format!(
        "{} → {}",
        id_or_hub(case.authority_id.as_deref()),
        id_or_hub(new_authority.as_deref())
    );
    let notify = site
        .directory
        .intake_address(&delivered_to, &intake.hub_email)
        .map(|address| site.sealer.seal(Field::Email, &address));
    let sealed_reason = site.sealer.seal(Field::CaseText, &reason);
    let (account_id, authority) = (officer.account.id, officer.account.authority_id.clone());
    let (moved, write_scope) = (reference.clone(), scope.clone());
    let outcome = query(&pool, move |c| {
        let actor = Actor {
            account_id,
            authority_id: authority.as_deref(),
        };
        let to = Destination {
            authority_id: new_authority.as_deref(),
            delivered_to: &delivered_to,
            note: &note,
            sealed_reason: &sealed_reason,
            notify: notify.as_deref(),
            detail: &detail,
        };
        let now = Utc::now().naive_utc();
        Ok(handoff::reroute(c, &write_scope, &moved, &actor, &to, now)?)
    })
    .await
    .context("cannot re-route a case")?;
    match outcome {
        Outcome::Done => Ok(back_to(&scope, &target, &reference)),
        _ => Err(PageError::NotFound),
    }
}

/// After a re-route: the case, or the queue when the case left the
/// officer's scope (its page would answer "not found").
fn back_to(scope: &Scope, target: &Target, reference: &CaseRef) -> HttpResponse {
    let location = match scope.covers(target.authority.map(|a| a.id.as_str())) {
        true => format!("/portal/cases/{}", reference.as_str()),
        false => "/portal/cases".to_string(),
    };
    HttpResponse::SeeOther()
        .insert_header((LOCATION, location))
        .finish()
}
