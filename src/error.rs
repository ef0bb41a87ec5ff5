//! The one error type of page handlers, and its translated rendering.
//!
//! Rules of use:
//! - A handler returns `Result<HttpResponse, PageError>`; `?` on an
//!   `anyhow::Error` (a database that does not answer, a key that cannot be
//!   read) makes it [`PageError::Unavailable`]. Add `.context("what failed")`
//!   so the log says what the request was doing.
//! - The cause chain goes to the log, never into the response: the visitor
//!   gets a page with a title and a sentence in their language.
//! - Validation problems are not errors: the form comes back with the
//!   field's message next to it.
//!
//! [`translated_pages`] (middleware) turns every `PageError`, and actix's
//! own 413 for an oversized body, into the page, in the language of the
//! request's [`Lang`] (or of the URL, or of the browser).

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::StatusCode;
use actix_web::middleware::Next;
use actix_web::{Error, HttpMessage, HttpRequest, HttpResponse, ResponseError, web};

use crate::i18n::Locale;
use crate::web::lang::Lang;
use crate::web::page::message;
use crate::web::site::Site;

/// Why a page cannot be shown.
#[derive(Debug, thiserror::Error)]
pub enum PageError {
    /// No such page, or none this visitor may know of.
    #[error("not found")]
    NotFound,
    /// The visitor may not do this (an expired or forged form).
    #[error("forbidden")]
    Forbidden,
    /// Too many requests from this client in the last minute.
    #[error("rate limited")]
    RateLimited,
    /// An e-mail link that is not (or no longer) valid.
    #[error("invalid link")]
    InvalidLink,
    /// The request body is over the configured limit.
    #[error("body too large")]
    TooLarge,
    /// The portal page needs a logged-in account: to the login page.
    #[error("sign-in required")]
    SignIn,
    /// Something the page needs does not answer; the cause is logged.
    #[error("unavailable")]
    Unavailable(#[from] anyhow::Error),
}

impl PageError {
    /// The message ids of the page's title and text (none for a redirect).
    fn texts(&self) -> Option<(&'static str, &'static str)> {
        Some(match self {
            PageError::NotFound => ("not-found-title", "not-found-text"),
            PageError::Forbidden => ("forbidden-title", "forbidden-text"),
            PageError::RateLimited => ("rate-limited-title", "rate-limited-text"),
            PageError::InvalidLink => ("token-invalid-title", "token-invalid-text"),
            PageError::TooLarge => ("too-large-title", "too-large-text"),
            PageError::Unavailable(_) => ("error-page-title", "error-page-text"),
            PageError::SignIn => return None,
        })
    }
}

impl ResponseError for PageError {
    fn status_code(&self) -> StatusCode {
        match self {
            PageError::NotFound | PageError::InvalidLink => StatusCode::NOT_FOUND,
            PageError::Forbidden => StatusCode::FORBIDDEN,
            PageError::RateLimited => StatusCode::TOO_MANY_REQUESTS,
            PageError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            PageError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            PageError::SignIn => StatusCode::SEE_OTHER,
        }
    }

    /// A bare response; [`translated_pages`] gives it its page. The cause
    /// of an unavailable page is logged here, once.
    fn error_response(&self) -> HttpResponse {
        if let PageError::Unavailable(cause) = self {
            tracing::error!(error = %format!("{cause:#}"), "a page could not be served");
        }
        if let PageError::SignIn = self {
            return HttpResponse::SeeOther()
                .insert_header(("Location", "/portal/login"))
                .insert_header(("Cache-Control", "no-store"))
                .finish();
        }
        HttpResponse::build(self.status_code())
            .content_type("text/plain; charset=utf-8")
            .insert_header(("Cache-Control", "no-store"))
            .body(self.status_code().canonical_reason().unwrap_or("Error"))
    }
}

/// Middleware (with `middleware::from_fn`): every [`PageError`], and a bare
/// 413 from the body limits, becomes the translated page.
pub async fn translated_pages(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let res = next.call(req).await?;
    let kind = match res
        .response()
        .error()
        .and_then(|e| e.as_error::<PageError>())
    {
        Some(e) => Some(e.kind()),
        None if res.status() == StatusCode::PAYLOAD_TOO_LARGE => Some(PageError::TooLarge),
        None => None,
    };
    let texts = kind.as_ref().and_then(PageError::texts);
    let site = res.request().app_data::<web::Data<Site>>().cloned();
    let (Some(kind), Some((title, text)), Some(site)) = (kind, texts, site) else {
        return Ok(res.map_into_left_body());
    };
    let status = kind.status_code();
    let page = with_locale(res.request(), &site, |locale| {
        message(status, locale, &site.assets, title, text)
    });
    Ok(res.into_response(page).map_into_right_body())
}

impl PageError {
    /// The same kind, without the cause (already logged).
    fn kind(&self) -> PageError {
        match self {
            PageError::NotFound => PageError::NotFound,
            PageError::Forbidden => PageError::Forbidden,
            PageError::RateLimited => PageError::RateLimited,
            PageError::InvalidLink => PageError::InvalidLink,
            PageError::TooLarge => PageError::TooLarge,
            PageError::SignIn => PageError::SignIn,
            PageError::Unavailable(_) => PageError::Unavailable(anyhow::anyhow!("logged")),
        }
    }
}

/// Calls `f` with the request's language: the one a handler chose, else the
/// URL's first segment, else the browser's.
pub fn with_locale<T>(req: &HttpRequest, site: &Site, f: impl FnOnce(&Locale) -> T) -> T {
    if let Some(lang) = req.extensions().get::<Lang>() {
        return f(lang);
    }
    let locales = &site.locales;
    let from_path = req.path().split('/').nth(1).and_then(|c| locales.get(c));
    let accept = req
        .headers()
        .get("accept-language")
        .and_then(|v| v.to_str().ok());
    f(from_path.unwrap_or_else(|| locales.negotiate(accept)))
}

/// The default service: "page not found", in the visitor's language.
pub async fn not_found() -> Result<HttpResponse, PageError> {
    Err(PageError::NotFound)
}
