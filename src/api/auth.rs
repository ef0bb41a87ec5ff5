//! Who is asking the API: the [`Client`] extractor reads `Authorization:
//! Bearer <token>`, finds the live token (`db::api::tokens::authenticate`)
//! and scopes the request to the token's authority, as an officer of that
//! authority is scoped. No cookie, no session, no CSRF: the API only reads.

use actix_web::dev::Payload;
use actix_web::http::header::AUTHORIZATION;
use actix_web::{FromRequest, HttpRequest, web};
use anyhow::Context;
use chrono::Utc;
use futures_util::future::LocalBoxFuture;

use super::problem::ApiError;
use crate::db::api::tokens::{self, ApiToken};
use crate::db::portal::cases::Scope;
use crate::db::{Pool, query};
use crate::portal::Portal;
use crate::portal::read_log::Read;

/// A request with a live token of an authority (the case routes).
pub struct Client {
    pub token: ApiToken,
}

/// A request with any live token, an authority's or a partner's (the
/// check).
pub struct Checker {
    pub token: ApiToken,
}

impl Client {
    /// The cases it may read: its authority's.
    pub fn scope(&self) -> Scope {
        Scope::Authority(self.token.authority_id.clone())
    }

    /// Records a use in the audit log (batched with the portal's views),
    /// before the answer is sent.
    pub async fn audit(
        &self,
        req: &HttpRequest,
        report_id: Option<i64>,
        detail: String,
    ) -> Result<(), ApiError> {
        let detail = format!("token {} {}: {detail}", self.token.id, req.path());
        let authority = Some(self.token.authority_id.clone());
        audit(req, ("api-read", authority), report_id, detail).await
    }
}

impl Checker {
    /// Records a check in the audit log: which token, never the value.
    pub async fn audit(&self, req: &HttpRequest) -> Result<(), ApiError> {
        let t = &self.token;
        let detail = format!("token {} {}", t.id, req.path());
        let authority = (!t.partner).then(|| t.authority_id.clone());
        audit(req, ("api-check", authority), None, detail).await
    }
}

async fn audit(
    req: &HttpRequest,
    (action, authority_id): (&'static str, Option<String>),
    report_id: Option<i64>,
    detail: String,
) -> Result<(), ApiError> {
    let portal = req
        .app_data::<web::Data<Portal>>()
        .ok_or_else(|| anyhow::anyhow!("portal state missing"))?;
    let read = Read {
        account_id: None,
        action,
        authority_id,
        report_id,
        detail,
    };
    portal
        .reads
        .append(read)
        .await
        .context("cannot audit an API request")?;
    Ok(())
}

/// The bearer token of a request, if it sent one.
fn bearer(req: &HttpRequest) -> Option<String> {
    let value = req.headers().get(AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.trim().split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| token.trim().to_string())
}

/// The live token of a request.
fn live_token(req: &HttpRequest) -> LocalBoxFuture<'static, Result<ApiToken, ApiError>> {
    let secret = bearer(req);
    let pool = req.app_data::<web::Data<Pool>>().cloned();
    Box::pin(async move {
        let secret = secret.ok_or(ApiError::Unauthorized)?;
        let pool = pool.ok_or_else(|| anyhow::anyhow!("database pool missing"))?;
        let now = Utc::now().naive_utc();
        let token = query(&pool, move |c| Ok(tokens::authenticate(c, &secret, now)?))
            .await
            .context("cannot check an API token")?;
        token.ok_or(ApiError::Unauthorized)
    })
}

impl FromRequest for Client {
    type Error = ApiError;
    type Future = LocalBoxFuture<'static, Result<Client, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let token = live_token(req);
        Box::pin(async move {
            let token = token.await?;
            if token.partner {
                return Err(ApiError::Forbidden);
            }
            Ok(Client { token })
        })
    }
}

impl FromRequest for Checker {
    type Error = ApiError;
    type Future = LocalBoxFuture<'static, Result<Checker, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let token = live_token(req);
        Box::pin(async move {
            Ok(Checker {
                token: token.await?,
            })
        })
    }
}
