//! `/portal/unattended`, for coordinators: the authorities with new cases
//! and no active portal account, each with its public channel, so the hub
//! forwards the cases by hand. Setting a case to "forwarded" (with the
//! channel as the reason) records that it was, and takes it off the list.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use anyhow::Context;
use askama::Template;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;

use super::frame::{Csrf, Frame, signed_in};
use super::session::Officer;
use crate::db::portal::accounts;
use crate::db::schema::{case_counts, reports};
use crate::db::{Pool, query};
use crate::domain::{CaseStatus, Role};
use crate::error::PageError;
use crate::web::page::render;
use crate::web::site::Site;

#[derive(Template)]
#[template(path = "portal/unattended.html")]
struct UnattendedPage<'a> {
    l: &'a FluentLanguageLoader,
    frame: Frame<'a>,
    rows: Vec<Line>,
}

struct Line {
    id: String,
    name: String,
    /// The page where a complaint is made, and the phone.
    report_url: String,
    phone: String,
    waiting: i64,
    oldest: String,
}

/// `GET /portal/unattended`.
pub async fn show(
    req: HttpRequest,
    (site, pool): (web::Data<Site>, web::Data<Pool>),
    officer: Officer,
) -> Result<HttpResponse, PageError> {
    if officer.role() != Role::Coordinator {
        return Err(PageError::NotFound);
    }
    let waiting: Vec<(String, i64, Option<NaiveDateTime>)> = query(&pool, |c| {
        let attended = accounts::attended_authorities(c)?;
        let counts: Vec<(String, i64)> = case_counts::table
            .filter(case_counts::status.eq(CaseStatus::New.as_str()))
            .filter(case_counts::n.gt(0))
            .filter(case_counts::authority_id.ne(""))
            .select((case_counts::authority_id, case_counts::n))
            .load(c)?;
        let mut out = Vec::new();
        for (id, n) in counts.into_iter().filter(|(id, _)| !attended.contains(id)) {
            // The oldest new case, from the front of `reports_queue_status`.
            let oldest: Option<NaiveDateTime> = reports::table
                .filter(reports::authority_id.eq(&id))
                .filter(reports::status.eq(CaseStatus::New.as_str()))
                .order((reports::created_at, reports::id))
                .select(reports::created_at)
                .first(c)
                .optional()?;
            out.push((id, n, oldest));
        }
        Ok(out)
    })
    .await
    .context("cannot read the unattended authorities")?;
    let mut rows: Vec<Line> = waiting
        .into_iter()
        .map(|(id, waiting, oldest)| {
            let entry = site.directory.get(&id);
            Line {
                name: entry.map_or_else(|| id.clone(), |a| a.name_local.clone()),
                report_url: entry.map(|a| a.report_url.clone()).unwrap_or_default(),
                phone: entry.map(|a| a.phone.clone()).unwrap_or_default(),
                waiting,
                oldest: oldest
                    .map(|t| t.format("%Y-%m-%d").to_string())
                    .unwrap_or_default(),
                id,
            }
        })
        .collect();
    // The longest-waiting first.
    rows.sort_by(|a, b| a.oldest.cmp(&b.oldest).then(b.waiting.cmp(&a.waiting)));
    let csrf = Csrf::of(&req, &site);
    let page = UnattendedPage {
        l: &officer.lang.loader,
        frame: signed_in(&site, &officer, &csrf, "/portal/unattended"),
        rows,
    };
    Ok(csrf.finish(render(StatusCode::OK, &page)))
}
