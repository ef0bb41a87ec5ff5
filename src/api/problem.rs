//! The API's one error type: every refusal is an RFC 9457 problem
//! (`application/problem+json`) with a title and no cause. A token that is
//! unknown, expired or revoked gets the same 401, and a case outside the
//! token's authority the same 404 as one that does not exist.

use actix_web::http::StatusCode;
use actix_web::http::header::{ALLOW, CACHE_CONTROL, RETRY_AFTER, WWW_AUTHENTICATE};
use actix_web::{HttpResponse, ResponseError};
use serde::Serialize;
use utoipa::ToSchema;

/// Why the API refuses.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// No bearer token, or not a live one.
    #[error("unauthorized")]
    Unauthorized,
    /// No such case for this token.
    #[error("not found")]
    NotFound,
    /// Any method but GET and HEAD.
    #[error("method not allowed")]
    MethodNotAllowed,
    /// A parameter out of its bounds; the text names it.
    #[error("bad request: {0}")]
    BadRequest(&'static str),
    /// A live token that may not do this (a partner's token opens only
    /// the check).
    #[error("forbidden")]
    Forbidden,
    /// A value that cannot be read; the text says why.
    #[error("unprocessable: {0}")]
    Unprocessable(String),
    /// The token's allowance for this minute is used up.
    #[error("too many requests")]
    TooManyRequests,
    /// The database does not answer; the cause is logged.
    #[error("unavailable")]
    Unavailable(#[from] anyhow::Error),
}

/// An RFC 9457 problem.
#[derive(Debug, Serialize, ToSchema)]
pub struct Problem {
    /// Always `about:blank`: the status says it all.
    #[schema(example = "about:blank")]
    pub r#type: &'static str,
    #[schema(example = "Unauthorized")]
    pub title: &'static str,
    #[schema(example = 401)]
    pub status: u16,
    /// Which parameter was refused, and why (400, 422).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            ApiError::Unauthorized => StatusCode::UNAUTHORIZED,
            ApiError::NotFound => StatusCode::NOT_FOUND,
            ApiError::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ApiError::Forbidden => StatusCode::FORBIDDEN,
            ApiError::Unprocessable(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
        }
    }

    fn error_response(&self) -> HttpResponse {
        if let ApiError::Unavailable(cause) = self {
            tracing::error!(error = %format!("{cause:#}"), "an API request could not be served");
        }
        let status = self.status_code();
        let problem = Problem {
            r#type: "about:blank",
            title: status.canonical_reason().unwrap_or("Error"),
            status: status.as_u16(),
            detail: match self {
                ApiError::BadRequest(what) => Some(what.to_string()),
                ApiError::Unprocessable(why) => Some(why.clone()),
                ApiError::Forbidden => Some("this token may only check values".to_string()),
                _ => None,
            },
        };
        let mut response = HttpResponse::build(status);
        response
            .content_type("application/problem+json")
            .insert_header((CACHE_CONTROL, "no-store"));
        match self {
            ApiError::Unauthorized => {
                response.insert_header((WWW_AUTHENTICATE, "Bearer realm=\"fraudreport\""));
            }
            ApiError::MethodNotAllowed => {
                response.insert_header((ALLOW, "GET, HEAD"));
            }
            ApiError::TooManyRequests => {
                response.insert_header((RETRY_AFTER, "60"));
            }
            _ => {}
        }
        response.json(problem)
    }
}
