//! The API's OpenAPI 3 document, generated from the handlers' annotations.

use actix_web::HttpResponse;
use actix_web::http::header::CACHE_CONTROL;
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::{Modify, OpenApi};

use super::check::{self, CheckAnswer};
use super::model::{ApiCase, ApiIndicator, ApiPayment, CaseDetail, CaseList, HistoryEntry};
use super::problem::Problem;
use super::{cases, export};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "fraudreport API",
        description = "Read-only access of an authority's own systems to the fraud reports routed to it. \
                       Authenticate with `Authorization: Bearer <token>` (a token made by the authority's lead \
                       on the portal's API tokens page). A partner's token (made by a coordinator) opens only `/api/v1/check`."
    ),
    paths(cases::list, cases::detail, export::misp, export::stix, check::check),
    components(schemas(
        ApiCase,
        ApiPayment,
        ApiIndicator,
        CaseList,
        CaseDetail,
        HistoryEntry,
        CheckAnswer,
        Problem
    )),
    modifiers(&Bearer, &Countries),
    security(("bearer" = []))
)]
pub struct ApiDoc;

/// The `bearer` security scheme the operations name.
struct Bearer;

impl Modify for Bearer {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)),
        );
    }
}

/// The check's `country`: one of the ISO 3166 codes the service knows,
/// listed in the document (a pattern would let clients send codes that
/// name no country).
struct Countries;

impl Modify for Countries {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::schema::{ObjectBuilder, Type};
        let Some(get) = openapi
            .paths
            .paths
            .get_mut("/api/v1/check")
            .and_then(|p| p.get.as_mut())
        else {
            return;
        };
        let parameters = get.parameters.iter_mut().flatten();
        let inline = parameters.filter_map(|p| match p {
            utoipa::openapi::RefOr::T(p) => Some(p),
            utoipa::openapi::RefOr::Ref(_) => None,
        });
        for p in inline.filter(|p| p.name == "country") {
            let codes = ObjectBuilder::new()
                .schema_type(Type::String)
                .enum_values(Some(crate::domain::country::ALL));
            p.schema = Some(codes.into());
        }
    }
}

/// `GET /api/v1/openapi.json`: public, like any API's description.
pub async fn document() -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((CACHE_CONTROL, "no-cache"))
        .json(ApiDoc::openapi())
}
