//! `HEAD` answers exactly like `GET`, without the body: uptime monitors and
//! link checkers use it.
//!
//! Routes are registered for `GET` only, so a `HEAD` request is handed on as
//! a `GET`. The HTTP/1 codec remembers the method the client sent and writes
//! the status and every header of the `GET` response (`Content-Length` or
//! `Transfer-Encoding` included) but no body.

use actix_web::Error;
use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::middleware::Next;

/// Middleware (with `middleware::from_fn`): a `HEAD` request is routed as `GET`.
pub async fn as_get(
    mut req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    if req.method() == Method::HEAD {
        req.head_mut().method = Method::GET;
    }
    next.call(req).await
}
