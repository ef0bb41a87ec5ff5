//! `GET /portal/cases`: the account's cases, newest first, a page at a
//! time (keyset pagination: `?after=` the last row's time and id).

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use anyhow::Context;
use askama::Template;
use chrono::NaiveDateTime;
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;
use serde::Deserialize;

use crate::db::portal::cases::{self, After, QueueRow, Scope};
use crate::db::{Pool, query};
use crate::error::PageError;
use crate::portal::frame::{Csrf, Frame, signed_in};
use crate::portal::session::Officer;
use crate::web::page::render;
use crate::web::site::Site;

/// Rows per page.
const PAGE: i64 = 50;

#[derive(Template)]
#[template(path = "portal/queue.html")]
struct QueuePage<'a> {
    l: &'a FluentLanguageLoader,
    frame: Frame<'a>,
    rows: Vec<Line>,
    next: Option<String>,
}

/// One row as shown.
struct Line {
    reference: String,
    received: String,
    place: String,
    platform: String,
    status: String,
    assignee: String,
}

#[derive(Deserialize)]
pub struct Params {
    #[serde(default)]
    after: String,
}

/// `after=2026-11-30T10:00:00.123456_42`.
fn parse_after(text: &str) -> Option<After> {
    let (at, id) = text.rsplit_once('_')?;
    Some(After {
        created_at: NaiveDateTime::parse_from_str(at, "%Y-%m-%dT%H:%M:%S%.f").ok()?,
        id: id.parse().ok()?,
    })
}

fn after_of(row: &QueueRow) -> String {
    format!(
        "{}_{}",
        row.created_at.format("%Y-%m-%dT%H:%M:%S%.6f"),
        row.id
    )
}

/// `GET /portal/cases`.
pub async fn show(
    req: HttpRequest,
    (site, pool): (web::Data<Site>, web::Data<Pool>),
    officer: Officer,
    params: web::Query<Params>,
) -> Result<HttpResponse, PageError> {
    let scope = Scope::of(officer.role(), officer.authority());
    if scope == Scope::Nothing {
        return Err(PageError::NotFound);
    }
    let after = parse_after(&params.after);
    let (rows, names) = query(&pool, move |c| {
        let rows = cases::queue(c, &scope, after, PAGE + 1)?;
        let ids: Vec<i64> = rows.iter().filter_map(|r| r.assignee_id).collect();
        let names = cases::account_names(c, &ids)?;
        Ok((rows, names))
    })
    .await
    .context("cannot read the queue")?;
    let l = &officer.lang.loader;
    let next = (rows.len() > PAGE as usize).then(|| after_of(&rows[PAGE as usize - 1]));
    let lines = rows
        .iter()
        .take(PAGE as usize)
        .map(|r| Line {
            reference: r.reference.to_string(),
            received: r.created_at.format("%Y-%m-%d %H:%M").to_string(),
            place: crate::routing::place_name(
                &site.directory,
                &officer.lang,
                r.residence_country,
                r.residence_region.as_deref(),
            ),
            platform: r.platform_name.clone().unwrap_or_default(),
            status: l.get(&format!("portal-status-{}", r.status.as_str())),
            assignee: r
                .assignee_id
                .and_then(|id| names.iter().find(|(n, _)| *n == id))
                .map(|(_, name)| name.clone())
                .unwrap_or_default(),
        })
        .collect();
    let csrf = Csrf::of(&req, &site);
    let page = QueuePage {
        l,
        frame: signed_in(&site, &officer, &csrf, "/portal/cases"),
        rows: lines,
        next,
    };
    Ok(csrf.finish(render(StatusCode::OK, &page)))
}
