//! The read-only pull API of authorities' own systems (`/api/v1/…`): a
//! token made by the authority's lead reads that authority's cases, as its
//! officers would, without contact details. Answers are JSON, refusals
//! RFC 9457 problems; the OpenAPI 3 document is at `/api/v1/openapi.json`.
//! A case also comes as a MISP event or a STIX 2.1 bundle, written by the
//! portal's exporters. `/api/v1/check` answers the public check for any
//! live token, including a partner's (a bank's, a telecom's), which opens
//! nothing else.

pub mod auth;
mod cases;
mod check;
pub mod cursor;
mod export;
mod model;
mod openapi;
pub mod problem;

use actix_web::{FromRequest, Handler, Resource, Responder, web};

use problem::ApiError;

/// Registers the API's routes.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::scope("/api/v1")
            .service(read_only("/openapi.json", openapi::document))
            .service(read_only("/cases", cases::list))
            .service(read_only("/cases/{reference}", cases::detail))
            .service(read_only("/cases/{reference}/misp", export::misp))
            .service(read_only("/cases/{reference}/stix", export::stix))
            .service(read_only("/check", check::check)),
    );
}

/// A GET (and HEAD) resource; any other method is a 405 problem, not the
/// site's "page not found".
fn read_only<F, Args>(path: &str, handler: F) -> Resource
where
    F: Handler<Args>,
    Args: FromRequest + 'static,
    F::Output: Responder + 'static,
{
    web::resource(path)
        .route(web::get().to(handler))
        .default_service(web::to(|| async {
            Err::<&str, _>(ApiError::MethodNotAllowed)
        }))
}
