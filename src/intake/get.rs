//! Pages that only show: the language redirect, the home page, the empty form.

use actix_web::cookie::{Cookie, SameSite};
use actix_web::http::StatusCode;
use actix_web::http::header::{LOCATION, VARY};
use actix_web::{HttpRequest, HttpResponse, web};

use super::form::RawForm;
use super::pages::{FormPage, HomePage, region_groups};
use super::validate::{FieldErrors, today_anywhere};
use super::{Site, not_found};
use crate::i18n::Locale;
use crate::web::keys::{is_hex_id, random_hex};
use crate::web::page::render;

/// Name of the CSRF cookie over plain http (development, benchmarks).
const CSRF_COOKIE: &str = "csrf";
/// Name of the CSRF cookie when the public URL is https: the `__Host-`
/// prefix makes browsers refuse it unless this host set it, `Secure` and
/// for `/`, so a sibling subdomain cannot plant a value it knows.
const CSRF_COOKIE_HOST: &str = "__Host-csrf";

/// The CSRF cookie's name for this deployment.
pub fn csrf_cookie(site: &Site) -> &'static str {
    if site.settings.secure_cookies {
        CSRF_COOKIE_HOST
    } else {
        CSRF_COOKIE
    }
}

/// Bytes of randomness in the CSRF cookie.
pub const ID_BYTES: usize = 16;

/// `GET /`: to the best language for this browser.
pub async fn root(req: HttpRequest, site: web::Data<Site>) -> HttpResponse {
    let accept = req
        .headers()
        .get("accept-language")
        .and_then(|v| v.to_str().ok());
    let by_place = || {
        site.locate(&req)
            .and_then(|l| site.locales.for_country(l.country))
    };
    let locale = match accept {
        None => by_place().unwrap_or_else(|| site.locales.default_locale()),
        Some(_) => site.locales.negotiate(accept),
    };
    HttpResponse::Found()
        .insert_header((LOCATION, format!("/{}/", locale.code())))
        .insert_header((VARY, "Accept-Language"))
        .finish()
}

/// `GET /{lang}`: add the slash.
pub async fn home_redirect(req: HttpRequest, site: web::Data<Site>) -> HttpResponse {
    match site.locale_of(&req) {
        Some(locale) => HttpResponse::MovedPermanently()
            .insert_header((LOCATION, format!("/{}/", locale.code())))
            .finish(),
        None => not_found(req, site).await,
    }
}

/// `GET /{lang}/`.
pub async fn home(req: HttpRequest, site: web::Data<Site>) -> HttpResponse {
    let Some(locale) = site.locale_of(&req) else {
        return not_found(req, site).await;
    };
    let page = HomePage {
        l: &locale.loader,
        page: site.page(locale, "/"),
    };
    render(StatusCode::OK, &page)
}

/// `GET /{lang}/report`: an empty form with a fresh submission id.
pub async fn form(req: HttpRequest, site: web::Data<Site>) -> HttpResponse {
    let Some(locale) = site.locale_of(&req) else {
        return not_found(req, site).await;
    };
    // Preselect where the connection appears to be; the victim can change it.
    let mut empty = RawForm::default();
    if let Some(here) = site.locate(&req) {
        empty.residence_country = here.country.as_str().to_string();
        empty.residence_region = here.region.unwrap_or_default();
    }
    form_page(
        &site,
        &req,
        locale,
        StatusCode::OK,
        &empty,
        &FieldErrors::default(),
        None,
    )
}

/// Renders the form (fresh or as typed) with a CSRF token for this browser's
/// cookie, setting the cookie when the browser has none. `notice` is the
/// message id of a banner above the form.
pub fn form_page(
    site: &Site,
    req: &HttpRequest,
    locale: &Locale,
    status: StatusCode,
    form: &RawForm,
    errors: &FieldErrors,
    notice: Option<&str>,
) -> HttpResponse {
    let existing = req
        .cookie(csrf_cookie(site))
        .map(|c| c.value().to_string())
        .filter(|v| is_hex_id(v, ID_BYTES));
    let cookie_value = existing.clone().unwrap_or_else(|| random_hex(ID_BYTES));
    // A form that comes back keeps its id, so sending it again stays one
    // report, but only an id minted for this browser's cookie: an id chosen
    // by another site never reaches a form a victim completes.
    let keys = &site.keys;
    let submission_id = if keys.submission_id_matches(&cookie_value, &form.submission_id) {
        form.submission_id.clone()
    } else {
        keys.submission_id(&cookie_value)
    };
    let mut page = FormPage::new(
        &locale.loader,
        site.page(locale, "/report"),
        form,
        errors,
        site.keys.csrf_token(&cookie_value),
        submission_id,
        today_anywhere(),
    );
    page.notice = notice.map(|id| locale.loader.get(id));
    page.region_groups = region_groups(&site.directory, locale, form);
    page.show_region = page.region_groups.iter().any(|g| g.active);
    let mut response = render(status, &page);
    if existing.is_none() {
        let cookie = Cookie::build(csrf_cookie(site), cookie_value)
            .path("/")
            .http_only(true)
            .secure(site.settings.secure_cookies)
            .same_site(SameSite::Strict)
            .finish();
        if let Err(e) = response.add_cookie(&cookie) {
            tracing::error!(error = %e, "cannot set the CSRF cookie");
        }
    }
    response
}
