//! Pages that only show: the language redirect, the home page, the empty form.

use actix_web::cookie::{Cookie, SameSite};
use actix_web::http::StatusCode;
use actix_web::http::header::{LOCATION, VARY};
use actix_web::{HttpRequest, HttpResponse, web};

use super::form::RawForm;
use super::pages::{FormPage, HomePage};
use super::validate::{FieldErrors, today_anywhere};
use super::{IntakeSettings, locale_of, not_found};
use crate::i18n::{Locale, Locales};
use crate::web::assets::Assets;
use crate::web::keys::{Keys, is_hex_id, random_hex};
use crate::web::page::{Page, render};

/// Name of the CSRF cookie.
pub const CSRF_COOKIE: &str = "csrf";
/// Bytes of randomness in the CSRF cookie and the submission id.
pub const ID_BYTES: usize = 16;

/// `GET /`: to the best language for this browser.
pub async fn root(req: HttpRequest, locales: web::Data<Locales>) -> HttpResponse {
    let accept = req
        .headers()
        .get("accept-language")
        .and_then(|v| v.to_str().ok());
    let locale = locales.negotiate(accept);
    HttpResponse::Found()
        .insert_header((LOCATION, format!("/{}/", locale.code())))
        .insert_header((VARY, "Accept-Language"))
        .finish()
}

/// `GET /{lang}`: add the slash.
pub async fn home_redirect(
    req: HttpRequest,
    locales: web::Data<Locales>,
    assets: web::Data<Assets>,
) -> HttpResponse {
    match locale_of(&locales, &req) {
        Some(locale) => HttpResponse::MovedPermanently()
            .insert_header((LOCATION, format!("/{}/", locale.code())))
            .finish(),
        None => not_found(req, locales, assets).await,
    }
}

/// `GET /{lang}/`.
pub async fn home(
    req: HttpRequest,
    locales: web::Data<Locales>,
    assets: web::Data<Assets>,
) -> HttpResponse {
    let Some(locale) = locale_of(&locales, &req) else {
        return not_found(req, locales, assets).await;
    };
    render(
        StatusCode::OK,
        &HomePage {
            l: &locale.loader,
            page: Page {
                locale,
                path: "/",
                assets: &assets,
            },
        },
    )
}

/// `GET /{lang}/report`: an empty form with a fresh submission id.
pub async fn form(
    req: HttpRequest,
    locales: web::Data<Locales>,
    assets: web::Data<Assets>,
    keys: web::Data<Keys>,
    settings: web::Data<IntakeSettings>,
) -> HttpResponse {
    let Some(locale) = locale_of(&locales, &req) else {
        return not_found(req, locales, assets).await;
    };
    form_page(
        StatusCode::OK,
        &req,
        locale,
        &assets,
        &keys,
        &settings,
        &RawForm::default(),
        &FieldErrors::default(),
        None,
    )
}

/// Renders the form (fresh or as typed) with a CSRF token for this browser's
/// cookie, setting the cookie when the browser has none.
#[allow(clippy::too_many_arguments)]
pub fn form_page(
    status: StatusCode,
    req: &HttpRequest,
    locale: &Locale,
    assets: &Assets,
    keys: &Keys,
    settings: &IntakeSettings,
    form: &RawForm,
    errors: &FieldErrors,
    notice: Option<&str>,
) -> HttpResponse {
    let existing = req
        .cookie(CSRF_COOKIE)
        .map(|c| c.value().to_string())
        .filter(|v| is_hex_id(v, ID_BYTES));
    let cookie_value = existing.clone().unwrap_or_else(|| random_hex(ID_BYTES));
    let submission_id = if is_hex_id(&form.submission_id, ID_BYTES) {
        form.submission_id.clone()
    } else {
        random_hex(ID_BYTES)
    };
    let mut page = FormPage::new(
        &locale.loader,
        Page {
            locale,
            path: "/report",
            assets,
        },
        form,
        errors,
        keys.csrf_token(&cookie_value),
        submission_id,
        today_anywhere(),
    );
    page.notice = notice.map(|id| locale.loader.get(id));
    let mut response = render(status, &page);
    if existing.is_none() {
        let cookie = Cookie::build(CSRF_COOKIE, cookie_value)
            .path("/")
            .http_only(true)
            .secure(settings.secure_cookies)
            .same_site(SameSite::Strict)
            .finish();
        if let Err(e) = response.add_cookie(&cookie) {
            tracing::error!(error = %e, "cannot set the CSRF cookie");
        }
    }
    response
}
