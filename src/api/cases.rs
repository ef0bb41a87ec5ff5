//! `GET /api/v1/cases` (what changed since a cursor) and
//! `GET /api/v1/cases/{reference}` (one case and its history), for a
//! token's authority only. Each answer is audited before it is sent.

use actix_web::http::header::CACHE_CONTROL;
use actix_web::{HttpRequest, HttpResponse, web};
use anyhow::Context;
use chrono::{Duration, Utc};
use serde::Serialize;

use super::auth::Client;
use super::cursor;
use super::model::{ApiCase, CaseDetail, CaseList};
use super::problem::{ApiError, Problem};
use crate::db::api::changes;
use crate::db::{Pool, query};
use crate::domain::CaseRef;

/// Cases per page unless `limit` says otherwise, and the most it may say.
const DEFAULT_LIMIT: i64 = 100;
const MAX_LIMIT: i64 = 1_000;

/// Changes younger than this are listed on a later poll: a transaction
/// that took its time before a later one committed first is then listed
/// too, after the cursor has passed the later one.
const SETTLE: Duration = Duration::seconds(2);

/// A parameter of the query string (the first one of its name).
pub fn param(req: &HttpRequest, name: &str) -> Result<Option<String>, ApiError> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(req.query_string())
        .map_err(|_| ApiError::BadRequest("the query string is malformed"))?;
    Ok(pairs.into_iter().find(|(k, _)| k == name).map(|(_, v)| v))
}

/// `limit`: 1 to 1,000 (100 when absent).
fn limit(req: &HttpRequest) -> Result<i64, ApiError> {
    match param(req, "limit")? {
        None => Ok(DEFAULT_LIMIT),
        Some(text) => text
            .parse()
            .ok()
            .filter(|n| (1..=MAX_LIMIT).contains(n))
            .ok_or(ApiError::BadRequest(
                "limit must be a whole number from 1 to 1000",
            )),
    }
}

/// A JSON answer no cache keeps.
pub fn json(body: &impl Serialize) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((CACHE_CONTROL, "no-store"))
        .json(body)
}

/// What changed in the token's authority's cases since `since`.
#[utoipa::path(
    get,
    path = "/api/v1/cases",
    tag = "cases",
    params(
        ("since" = Option<String>, Query, pattern = r"^c1\.[0-9]{1,11}\.[0-9]{1,9}\.[0-9]{1,18}$",
            description = "The `next` of the previous page; leave out for the first page."),
        ("limit" = Option<i64>, Query, minimum = 1, maximum = 1000,
            description = "Cases per page (default 100)."),
    ),
    responses(
        (status = 200, description = "The cases that changed after the cursor, oldest change first.", body = CaseList),
        (status = 400, description = "`since` or `limit` is not valid.", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No live token.", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
pub async fn list(
    req: HttpRequest,
    pool: web::Data<Pool>,
    client: Client,
) -> Result<HttpResponse, ApiError> {
    let since = param(&req, "since")?;
    let after = match &since {
        None => None,
        Some(text) => Some(
            cursor::decode(text)
                .ok_or(ApiError::BadRequest("since is not a cursor of this API"))?,
        ),
    };
    let limit = limit(&req)?;
    let scope = client.scope();
    let until = Utc::now().naive_utc() - SETTLE;
    let page = query(&pool, move |c| {
        Ok(changes::page(c, &scope, after, until, limit)?)
    })
    .await
    .context("cannot list changed cases")?;
    let next = match page.last() {
        Some(last) => cursor::encode(last.row.mark()),
        None => since.unwrap_or_else(cursor::start),
    };
    let detail = format!("{} cases, next {next}", page.len());
    client.audit(&req, None, detail).await?;
    let list = CaseList {
        cases: page.into_iter().map(ApiCase::from).collect(),
        next,
    };
    Ok(json(&list))
}

/// The reference in the path, as a case reference; anything else is a
/// case that does not exist.
pub fn reference(req: &HttpRequest) -> Result<CaseRef, ApiError> {
    req.match_info()
        .get("reference")
        .and_then(CaseRef::parse)
        .ok_or(ApiError::NotFound)
}

/// One case of the token's authority, with its history.
#[utoipa::path(
    get,
    path = "/api/v1/cases/{reference}",
    tag = "cases",
    params(("reference" = String, Path, description = "The case's reference.")),
    responses(
        (status = 200, description = "The case.", body = CaseDetail),
        (status = 401, description = "No live token.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case of the token's authority.", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
pub async fn detail(
    req: HttpRequest,
    pool: web::Data<Pool>,
    client: Client,
) -> Result<HttpResponse, ApiError> {
    let reference = reference(&req)?;
    let scope = client.scope();
    let found = query(&pool, move |c| Ok(changes::one(c, &scope, &reference)?))
        .await
        .context("cannot read a case")?;
    let (case, steps) = found.ok_or(ApiError::NotFound)?;
    let id = case.row.id;
    client.audit(&req, Some(id), "case".into()).await?;
    let detail = CaseDetail {
        case: case.into(),
        history: steps.into_iter().map(Into::into).collect(),
    };
    Ok(json(&detail))
}
