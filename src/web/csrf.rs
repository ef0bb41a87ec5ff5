//! The CSRF cookie and the tokens minted from it. A form carries a token
//! made with the secret key from this browser's cookie; a POST is believed
//! only when its token matches the cookie that came with it. Over https the
//! cookie is named `__Host-csrf`: browsers refuse it unless this host set
//! it, `Secure` and for `/`, so a sibling subdomain cannot plant a value it
//! knows.

use actix_web::cookie::{Cookie, SameSite};
use actix_web::{HttpRequest, HttpResponse};

use crate::keys::{Keys, is_hex_id, random_hex};

/// Name of the cookie over plain http (development, benchmarks).
const COOKIE: &str = "csrf";
/// Name of the cookie when the public URL is https.
const COOKIE_HOST: &str = "__Host-csrf";

/// Bytes of randomness in the cookie.
pub const ID_BYTES: usize = 16;

/// The cookie's name for a deployment (`secure`: the public URL is https).
pub fn cookie_name(secure: bool) -> &'static str {
    if secure { COOKIE_HOST } else { COOKIE }
}

/// This browser's CSRF cookie: the one it sent, or a new one to set.
pub struct BrowserCookie {
    value: String,
    fresh: bool,
    secure: bool,
}

impl BrowserCookie {
    /// The cookie the browser sent, when it has the right shape.
    pub fn sent(req: &HttpRequest, secure: bool) -> Option<String> {
        req.cookie(cookie_name(secure))
            .map(|c| c.value().to_string())
            .filter(|v| is_hex_id(v, ID_BYTES))
    }

    /// The browser's cookie, or a new random one.
    pub fn of(req: &HttpRequest, secure: bool) -> BrowserCookie {
        match Self::sent(req, secure) {
            Some(value) => BrowserCookie {
                value,
                fresh: false,
                secure,
            },
            None => BrowserCookie {
                value: random_hex(ID_BYTES),
                fresh: true,
                secure,
            },
        }
    }

    /// The cookie's value (what tokens are minted from).
    pub fn value(&self) -> &str {
        &self.value
    }

    /// The token a form shown to this browser carries.
    pub fn token(&self, keys: &Keys) -> String {
        keys.csrf_token(&self.value)
    }

    /// Sets the cookie on `response` when the browser did not have it.
    pub fn set_on(&self, response: &mut HttpResponse) {
        if !self.fresh {
            return;
        }
        let cookie = Cookie::build(cookie_name(self.secure), self.value.clone())
            .path("/")
            .http_only(true)
            .secure(self.secure)
            .same_site(SameSite::Strict)
            .finish();
        if let Err(e) = response.add_cookie(&cookie) {
            tracing::error!(error = %e, "cannot set the CSRF cookie");
        }
    }
}

/// The browser's cookie value, when the POSTed `token` was minted from it.
pub fn verified(req: &HttpRequest, secure: bool, keys: &Keys, token: &str) -> Option<String> {
    BrowserCookie::sent(req, secure).filter(|cookie| keys.csrf_token_matches(cookie, token))
}
