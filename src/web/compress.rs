//! Response compression: gzip or brotli, as the browser's `Accept-Encoding`
//! asks (actix-web's `Compress`), and a `Vary: Accept-Encoding` on every
//! response whose body could have been compressed, including the ones sent
//! uncompressed, so that a shared cache never hands a compressed copy to a
//! client that cannot read it, nor the other way round.

use actix_web::Error;
use actix_web::body::{BodySize, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{CONTENT_TYPE, HeaderMap, HeaderValue, VARY};
use actix_web::middleware::Next;

/// Middleware (with `middleware::from_fn`, wrapped around `Compress`): adds
/// `Vary: Accept-Encoding` where `Compress` may have changed the body and
/// did not say so itself.
pub async fn vary_accept_encoding(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let mut res = next.call(req).await?;
    let has_body = !matches!(
        res.response().body().size(),
        BodySize::None | BodySize::Sized(0)
    );
    let headers = res.headers_mut();
    if has_body && compressible(headers) && !varies_by_encoding(headers) {
        headers.append(VARY, HeaderValue::from_static("accept-encoding"));
    }
    Ok(res)
}

/// What `Compress` compresses: everything but images (SVG excepted) and video.
fn compressible(headers: &HeaderMap) -> bool {
    let Some(kind) = headers.get(CONTENT_TYPE).and_then(|v| v.to_str().ok()) else {
        return true;
    };
    let kind = kind.to_ascii_lowercase();
    if kind.starts_with("image/") {
        return kind.starts_with("image/svg+xml");
    }
    !kind.starts_with("video/")
}

fn varies_by_encoding(headers: &HeaderMap) -> bool {
    headers
        .get_all(VARY)
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|name| {
            let name = name.trim();
            name == "*" || name.eq_ignore_ascii_case("accept-encoding")
        })
}
