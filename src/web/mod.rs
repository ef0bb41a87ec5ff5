//! HTTP plumbing shared by every page: the state every page needs
//! ([`site::Site`]), the language extractor, CSRF, security headers, static
//! files, health checks, the page frame (language, switcher) and rendering,
//! compression, `HEAD`, and the body limits.

pub mod assets;
pub mod client_ip;
pub mod compress;
pub mod csrf;
pub mod head;
pub mod lang;
pub mod page;
pub mod site;
pub mod svg;
pub mod too_large;

use actix_web::middleware::DefaultHeaders;
use actix_web::{HttpResponse, web};

use crate::db::Pool;

/// The Content-Security-Policy: our own files only, no inline script, no framing.
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
    form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// Headers on every response.
pub fn security_headers() -> DefaultHeaders {
    DefaultHeaders::new()
        .add(("Content-Security-Policy", CSP))
        .add(("X-Content-Type-Options", "nosniff"))
        .add(("Referrer-Policy", "no-referrer"))
        .add(("X-Frame-Options", "DENY"))
        .add(("Cross-Origin-Opener-Policy", "same-origin"))
        .add((
            "Permissions-Policy",
            "camera=(), microphone=(), geolocation=(), interest-cohort=()",
        ))
}

/// `GET /healthz`: the process answers.
pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok().content_type("text/plain").body("ok")
}

/// `GET /readyz`: the database answers too.
pub async fn readyz(pool: web::Data<Pool>) -> HttpResponse {
    let up = crate::db::query(&pool, |c| Ok(crate::db::ping_conn(c)))
        .await
        .unwrap_or(false);
    if up {
        HttpResponse::Ok().content_type("text/plain").body("ready")
    } else {
        HttpResponse::ServiceUnavailable()
            .content_type("text/plain")
            .body("database unavailable")
    }
}
