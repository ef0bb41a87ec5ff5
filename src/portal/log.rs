//! `/portal/audit`: the audit log, newest first — a lead reads its
//! authority's rows, an administrator every row. What it shows holds no
//! victim data: who, when, what, which case.

use std::collections::HashMap;

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use anyhow::Context;
use askama::Template;
use diesel::prelude::*;
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;
use serde::Deserialize;

use super::frame::{Csrf, Frame, signed_in};
use super::session::Officer;
use crate::db::portal::audit;
use crate::db::schema::{accounts, reports};
use crate::db::{Pool, query};
use crate::domain::{CaseRef, Role};
use crate::error::PageError;
use crate::web::page::render;
use crate::web::site::Site;

/// Rows per page.
const PAGE: i64 = 100;

#[derive(Template)]
#[template(path = "portal/audit.html")]
struct AuditPage<'a> {
    l: &'a FluentLanguageLoader,
    frame: Frame<'a>,
    rows: Vec<Line>,
    older: Option<i64>,
}

struct Line {
    at: String,
    who: String,
    action: String,
    reference: String,
    detail: String,
}

#[derive(Deserialize)]
pub struct Params {
    before: Option<i64>,
}

/// `GET /portal/audit`.
pub async fn show(
    req: HttpRequest,
    (site, pool): (web::Data<Site>, web::Data<Pool>),
    officer: Officer,
    params: web::Query<Params>,
) -> Result<HttpResponse, PageError> {
    let authority = match officer.role() {
        Role::Admin => None,
        Role::Lead => Some(officer.authority().ok_or(PageError::NotFound)?.to_string()),
        _ => return Err(PageError::NotFound),
    };
    let before = params.before;
    let (rows, names, refs) = query(&pool, move |c| {
        let rows = audit::page(c, authority.as_deref(), before, PAGE)?;
        let ids: Vec<i64> = rows.iter().filter_map(|r| r.account_id).collect();
        let reports_ids: Vec<i64> = rows.iter().filter_map(|r| r.report_id).collect();
        let names: HashMap<i64, String> = accounts::table
            .filter(accounts::id.eq_any(&ids))
            .select((accounts::id, accounts::name))
            .load::<(i64, String)>(c)?
            .into_iter()
            .collect();
        let refs: HashMap<i64, CaseRef> = reports::table
            .filter(reports::id.eq_any(&reports_ids))
            .select((reports::id, reports::reference))
            .load::<(i64, CaseRef)>(c)?
            .into_iter()
            .collect();
        Ok((rows, names, refs))
    })
    .await
    .context("cannot read the audit log")?;
    let older = (rows.len() == PAGE as usize)
        .then(|| rows.last().map(|r| r.id))
        .flatten();
    let lines = rows
        .into_iter()
        .map(|r| Line {
            at: r.at.format("%Y-%m-%d %H:%M:%S").to_string(),
            who: r
                .account_id
                .and_then(|id| names.get(&id).cloned())
                .unwrap_or_default(),
            reference: r
                .report_id
                .and_then(|id| refs.get(&id))
                .map(ToString::to_string)
                .unwrap_or_default(),
            action: r.action,
            detail: r.detail,
        })
        .collect();
    let csrf = Csrf::of(&req, &site);
    let page = AuditPage {
        l: &officer.lang.loader,
        frame: signed_in(&site, &officer, &csrf, "/portal/audit"),
        rows: lines,
        older,
    };
    Ok(csrf.finish(render(StatusCode::OK, &page)))
}
