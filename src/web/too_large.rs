//! A request body over `max_body_bytes`: the translated message page with
//! status 413, instead of actix-web's plain-text error.
//!
//! The report form reads its body as `web::Bytes` (limited by
//! `PayloadConfig`), the case page's forms as `web::Form` (limited by
//! `FormConfig`); both refuse an oversized body with 413, whether its size
//! was announced by `Content-Length` or found out while reading a chunked
//! body. This middleware turns every such 413 into the page.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::StatusCode;
use actix_web::middleware::Next;
use actix_web::{Error, HttpRequest, web};

use crate::intake::{Site, message};

/// Both body limits, set to the one configured size.
pub fn limits(max_body_bytes: usize) -> (web::PayloadConfig, web::FormConfig) {
    (
        web::PayloadConfig::new(max_body_bytes),
        web::FormConfig::default().limit(max_body_bytes),
    )
}

/// Middleware (with `middleware::from_fn`): a 413 becomes the translated page.
pub async fn translated_page(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let res = next.call(req).await?;
    if res.status() != StatusCode::PAYLOAD_TOO_LARGE {
        return Ok(res.map_into_left_body());
    }
    let Some(site) = res.request().app_data::<web::Data<Site>>().cloned() else {
        return Ok(res.map_into_left_body());
    };
    let page = page(res.request(), &site);
    Ok(res.into_response(page).map_into_right_body())
}

/// The page, in the language of the URL (else the browser's).
fn page(req: &HttpRequest, site: &Site) -> actix_web::HttpResponse {
    let from_path = req
        .path()
        .split('/')
        .nth(1)
        .and_then(|code| site.locales.get(code));
    let accept = req
        .headers()
        .get("accept-language")
        .and_then(|v| v.to_str().ok());
    let locale = from_path.unwrap_or_else(|| site.locales.negotiate(accept));
    message(
        StatusCode::PAYLOAD_TOO_LARGE,
        locale,
        &site.assets,
        "too-large-title",
        "too-large-text",
    )
}
