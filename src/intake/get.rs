//! Pages that only show: the language redirect, the home page, the empty form.

use actix_web::http::StatusCode;
use actix_web::http::header::{LOCATION, VARY};
use actix_web::{HttpRequest, HttpResponse, web};

use super::form::RawForm;
use super::pages::{FormPage, HomePage, region_groups};
use super::validate::{FieldErrors, today_anywhere};
use crate::i18n::Locale;
use crate::web::csrf::BrowserCookie;
use crate::web::lang::Lang;
use crate::web::page::render;
use crate::web::site::Site;

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
pub async fn home_redirect(locale: Lang) -> HttpResponse {
    HttpResponse::MovedPermanently()
        .insert_header((LOCATION, format!("/{}/", locale.code())))
        .finish()
}

/// `GET /{lang}/`.
pub async fn home(site: web::Data<Site>, locale: Lang) -> HttpResponse {
    let page = HomePage {
        l: &locale.loader,
        page: site.page(&locale, "/"),
    };
    render(StatusCode::OK, &page)
}

/// `GET /{lang}/report`: an empty form with a fresh submission id.
pub async fn form(req: HttpRequest, site: web::Data<Site>, locale: Lang) -> HttpResponse {
    // Preselect where the connection appears to be; the victim can change it.
    let mut empty = RawForm::default();
    if let Some(here) = site.locate(&req) {
        empty.residence_country = here.country.as_str().to_string();
        empty.residence_region = here.region.unwrap_or_default();
    }
    let shown = Shown {
        status: StatusCode::OK,
        form: &empty,
        errors: &FieldErrors::default(),
        notice: None,
    };
    form_page(&site, &req, &locale, shown)
}

/// How the form is shown: with what status, as typed, with which field
/// messages, and the message id of a banner above it.
pub struct Shown<'a> {
    pub status: StatusCode,
    pub form: &'a RawForm,
    pub errors: &'a FieldErrors,
    pub notice: Option<&'a str>,
}

/// Renders the form (fresh or as typed) with a CSRF token for this browser's
/// cookie, setting the cookie when the browser has none.
pub fn form_page(site: &Site, req: &HttpRequest, locale: &Locale, shown: Shown) -> HttpResponse {
    let cookie = BrowserCookie::of(req, site.settings.secure_cookies);
    let form = shown.form;
    // A form that comes back keeps its id, so sending it again stays one
    // report, but only an id minted for this browser's cookie: an id chosen
    // by another site never reaches a form a victim completes.
    let keys = &site.keys;
    let submission_id = if keys.submission_id_matches(cookie.value(), &form.submission_id) {
        form.submission_id.clone()
    } else {
        keys.submission_id(cookie.value())
    };
    let mut page = FormPage::new(
        &locale.loader,
        site.page(locale, "/report"),
        form,
        shown.errors,
        cookie.token(keys),
        submission_id,
        today_anywhere(),
    );
    page.notice = shown.notice.map(|id| locale.loader.get(id));
    page.region_groups = region_groups(&site.directory, locale, form);
    page.show_region = page.region_groups.iter().any(|g| g.active);
    let mut response = render(shown.status, &page);
    cookie.set_on(&mut response);
    response
}
