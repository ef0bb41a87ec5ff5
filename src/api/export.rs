//! `GET /api/v1/cases/{reference}/misp` and `/stix`: one case of the
//! token's authority as a MISP event or a STIX 2.1 bundle, written by the
//! portal's exporters (`crate::export`, the case read as the portal's
//! one-case export reads it), never with the victim's contact details.
//! TLP:AMBER unless `?tlp=` names another TLP 2.0 label.

use actix_web::http::header::CACHE_CONTROL;
use actix_web::{HttpRequest, HttpResponse, web};
use anyhow::Context;

use super::auth::Client;
use super::cases::{param, reference};
use super::problem::{ApiError, Problem};
use crate::db::portal::cases::find_in_scope;
use crate::db::{Pool, query};
use crate::export::{Kind, Tlp};
use crate::portal::cases::export::one_case;
use crate::web::site::Site;

/// `tlp`: one of the TLP 2.0 names as written (amber when absent).
fn tlp(req: &HttpRequest) -> Result<Tlp, ApiError> {
    match param(req, "tlp")? {
        None => Ok(Tlp::Amber),
        Some(text) => match text.parse::<Tlp>() {
            Ok(t) if t.as_str() == text => Ok(t),
            _ => Err(ApiError::BadRequest(
                "tlp must be clear, green, amber, amber+strict or red",
            )),
        },
    }
}

/// One case in `kind`, audited before it is read.
async fn export(
    req: HttpRequest,
    (site, pool): (web::Data<Site>, web::Data<Pool>),
    client: Client,
    kind: Kind,
) -> Result<HttpResponse, ApiError> {
    let reference = reference(&req)?;
    let tlp = tlp(&req)?;
    let scope = client.scope();
    let (within, wanted) = (scope.clone(), reference.clone());
    let found = query(&pool, move |c| Ok(find_in_scope(c, &within, &wanted)?))
        .await
        .context("cannot find a case to export")?;
    let (id, _) = found.ok_or(ApiError::NotFound)?;
    let detail = format!("export format={kind} tlp={tlp}");
    client.audit(&req, Some(id), detail).await?;
    let body = query(&pool, move |c| {
        one_case(c, &site, (&scope, id, &reference), (kind, tlp))
    })
    .await
    .context("cannot export a case")?;
    Ok(HttpResponse::Ok()
        .content_type(kind.content_type())
        .insert_header((CACHE_CONTROL, "no-store"))
        .body(body))
}

/// The case as a MISP event (JSON).
#[utoipa::path(
    get,
    path = "/api/v1/cases/{reference}/misp",
    tag = "cases",
    params(
        ("reference" = String, Path, description = "The case's reference."),
        ("tlp" = Option<String>, Query, pattern = r"^(clear|green|amber|amber\+strict|red)$",
            description = "The TLP 2.0 label (default amber)."),
    ),
    responses(
        (status = 200, description = "A MISP event holding the case, without contact details.", body = Object, content_type = "application/json"),
        (status = 400, description = "`tlp` is not a TLP 2.0 label.", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No live token.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case of the token's authority.", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
pub async fn misp(
    req: HttpRequest,
    state: (web::Data<Site>, web::Data<Pool>),
    client: Client,
) -> Result<HttpResponse, ApiError> {
    export(req, state, client, Kind::Misp).await
}

/// The case as a STIX 2.1 bundle.
#[utoipa::path(
    get,
    path = "/api/v1/cases/{reference}/stix",
    tag = "cases",
    params(
        ("reference" = String, Path, description = "The case's reference."),
        ("tlp" = Option<String>, Query, pattern = r"^(clear|green|amber|amber\+strict|red)$",
            description = "The TLP 2.0 label (default amber)."),
    ),
    responses(
        (status = 200, description = "A STIX 2.1 bundle holding the case, without contact details.", body = Object, content_type = "application/stix+json;version=2.1"),
        (status = 400, description = "`tlp` is not a TLP 2.0 label.", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No live token.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case of the token's authority.", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
pub async fn stix(
    req: HttpRequest,
    state: (web::Data<Site>, web::Data<Pool>),
    client: Client,
) -> Result<HttpResponse, ApiError> {
    export(req, state, client, Kind::Stix).await
}
