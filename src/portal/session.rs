//! Who is asking: the [`Officer`] extractor reads the portal's session
//! cookie, finds the live session in the database and its account, and
//! speaks the account's language. Without one, a portal page sends the
//! browser to the login page. The cookie holds a random token; the
//! database holds only its SHA-256.

use actix_web::cookie::{Cookie, SameSite};
use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest, HttpResponse, web};
use anyhow::Context;
use chrono::{NaiveDateTime, Utc};
use futures_util::future::LocalBoxFuture;

use super::Portal;
use super::auth::session::SessionToken;
use super::auth::totp::TotpSecret;
use crate::db::portal::accounts::Account;
use crate::db::portal::sessions::{self, Stage};
use crate::db::{Pool, query};
use crate::domain::Role;
use crate::error::PageError;
use crate::seal::Field;
use crate::web::lang::Lang;
use crate::web::site::Site;

/// The cookie over plain http (development, benchmarks).
const COOKIE: &str = "portal";
/// The cookie over https: only this host, `Secure`, for `/`.
const COOKIE_HOST: &str = "__Host-portal";

/// The session cookie's name for a deployment.
pub fn cookie_name(secure: bool) -> &'static str {
    if secure { COOKIE_HOST } else { COOKIE }
}

/// The session cookie carrying `token` (HttpOnly, SameSite=Strict).
pub fn cookie(token: &SessionToken, secure: bool) -> Cookie<'static> {
    Cookie::build(cookie_name(secure), token.to_cookie_value())
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Strict)
        .finish()
}

/// Sets the session cookie on a response.
pub fn set_cookie(response: &mut HttpResponse, token: &SessionToken, secure: bool) {
    if let Err(e) = response.add_cookie(&cookie(token, secure)) {
        tracing::error!(error = %e, "cannot set the session cookie");
    }
}

/// Removes the session cookie from the browser.
pub fn clear_cookie(response: &mut HttpResponse, secure: bool) {
    let mut gone = cookie(&SessionToken::generate(), secure);
    gone.make_removal();
    if let Err(e) = response.add_cookie(&gone) {
        tracing::error!(error = %e, "cannot remove the session cookie");
    }
}

/// The session token the browser sent, if it has the right shape.
pub fn sent_token(req: &HttpRequest, secure: bool) -> Option<SessionToken> {
    SessionToken::parse(req.cookie(cookie_name(secure))?.value())
}

/// A logged-in account, with the language its pages are in.
pub struct Officer {
    pub account: Account,
    pub lang: Lang,
    /// The digest of the session's token (to end it).
    pub session: [u8; 32],
}

impl Officer {
    pub fn role(&self) -> Role {
        self.account.role
    }

    /// Pages only coordinators have (the overview, linking values, the
    /// public check's listings): to anyone else they do not exist.
    pub fn coordinator(&self) -> Result<(), PageError> {
        match self.role() {
            Role::Coordinator => Ok(()),
            _ => Err(PageError::NotFound),
        }
    }

    /// The authority whose cases this account works (officers and leads).
    pub fn authority(&self) -> Option<&str> {
        self.account.authority_id.as_deref()
    }
}

/// Finds the live session at `stage` for a request.
pub async fn session_account(
    req: &HttpRequest,
    stage: Stage,
) -> Result<Option<(Account, [u8; 32])>, PageError> {
    let (Some(site), Some(portal), Some(pool)) = (
        req.app_data::<web::Data<Site>>(),
        req.app_data::<web::Data<Portal>>(),
        req.app_data::<web::Data<Pool>>(),
    ) else {
        return Err(PageError::Unavailable(anyhow::anyhow!(
            "portal state missing"
        )));
    };
    let Some(token) = sent_token(req, site.settings.secure_cookies) else {
        return Ok(None);
    };
    let digest = token.digest();
    let lifetimes = portal.lifetimes;
    let now: NaiveDateTime = Utc::now().naive_utc();
    let account = query(pool, move |c| {
        Ok(sessions::live(c, &digest, stage, &lifetimes, now)?)
    })
    .await
    .context("cannot read a portal session")?;
    Ok(account.map(|a| (a, digest)))
}

/// The language of an account's pages (its own, else the default).
pub fn account_lang(site: &Site, account: &Account) -> Lang {
    Lang::of(&site.locales, &account.locale).unwrap_or_else(|| Lang::fallback(&site.locales))
}

impl FromRequest for Officer {
    type Error = PageError;
    type Future = LocalBoxFuture<'static, Result<Officer, PageError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            let (account, session) = session_account(&req, Stage::Full)
                .await?
                .ok_or(PageError::SignIn)?;
            let site = req
                .app_data::<web::Data<Site>>()
                .ok_or_else(|| PageError::Unavailable(anyhow::anyhow!("site state missing")))?;
            let lang = account_lang(site, &account);
            lang.remember(&req);
            Ok(Officer {
                account,
                lang,
                session,
            })
        })
    }
}

/// Opens an account's sealed TOTP secret (stored as hex).
pub fn open_totp(site: &Site, sealed: &[u8]) -> anyhow::Result<TotpSecret> {
    let text = site.sealer.open(Field::TotpSecret, sealed)?;
    hex::decode(text.as_bytes())
        .ok()
        .and_then(|bytes| TotpSecret::from_bytes(&bytes))
        .context("a stored TOTP secret is malformed")
}
