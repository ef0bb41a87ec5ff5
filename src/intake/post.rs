//! `POST /{lang}/report`: check, store durably, then send the browser to its
//! receipt. Every refusal shows the form again with everything typed kept.

use actix_web::http::StatusCode;
use actix_web::http::header::LOCATION;
use actix_web::{HttpRequest, HttpResponse, web};

use super::form::RawForm;
use super::get::{ID_BYTES, csrf_cookie, form_page};
use super::validate::{FieldErrors, today_anywhere, validate};
use super::{Bucket, Site, not_found};
use crate::db::reports::{SealedContact, Submission};
use crate::domain::Report;
use crate::routing::route;
use crate::seal::Field;
use crate::web::keys::{is_hex_id, lookup_key};

/// The handler: CSRF, validation, rate limit, durable store, 303.
pub async fn submit(req: HttpRequest, body: web::Bytes, site: web::Data<Site>) -> HttpResponse {
    let Some(locale) = site.locale_of(&req) else {
        return not_found(req, site).await;
    };
    let form = RawForm::from_body(&body);
    let again = |status, errors: &FieldErrors, notice| {
        form_page(&site, &req, locale, status, &form, errors, notice)
    };
    let no_errors = FieldErrors::default();

    if !csrf_ok(&req, &site, &form) {
        // Whatever id came with a refused form is dropped: the form comes
        // back with one minted for this browser, and nothing says whether a
        // report with the refused id exists.
        let mut fresh = form.clone();
        fresh.submission_id.clear();
        return form_page(
            &site,
            &req,
            locale,
            StatusCode::FORBIDDEN,
            &fresh,
            &no_errors,
            Some("error-form-expired"),
        );
    }
    let report = match validate(&form, locale.code(), today_anywhere(), &site.directory) {
        Ok(report) => report,
        Err(errors) => return again(StatusCode::UNPROCESSABLE_ENTITY, &errors, None),
    };
    if needs_region_step(&site, &form, &report) {
        let mut asked = form.clone();
        asked.region_asked = true;
        let notice = Some("form-region-step");
        return form_page(
            &site,
            &req,
            locale,
            StatusCode::OK,
            &asked,
            &no_errors,
            notice,
        );
    }
    if !site.within_rate_limit(&req, Bucket::Reports).await {
        return again(
            StatusCode::TOO_MANY_REQUESTS,
            &no_errors,
            Some("error-rate-limited"),
        );
    }
    let secret = site.keys.followup_secret(&form.submission_id);
    let routing = route(
        &site.directory,
        report.residence,
        report.residence_region.as_deref(),
    );
    let notify = site
        .directory
        .intake_address(&routing.delivered_to, &site.settings.hub_email)
        .map(|address| site.sealer.seal(Field::Email, &address));
    let submission = Submission {
        geo: site.locate(&req),
        notify,
        routing,
        sealed: SealedContact::of(&report, &site.sealer, |a| site.keys.address_key(a)),
        report,
        followup_key: lookup_key(&secret),
    };
    match site.writer.store(submission).await {
        Ok(_) => HttpResponse::SeeOther()
            .insert_header((LOCATION, format!("/{}/case/{secret}", locale.code())))
            .finish(),
        Err(e) => {
            tracing::error!(error = %e, "a valid report could not be stored");
            again(
                StatusCode::SERVICE_UNAVAILABLE,
                &no_errors,
                Some("error-store-unavailable"),
            )
        }
    }
}

/// A victim in a country whose police are organised by region, who has not
/// been asked for the region yet (no script to show the question inline),
/// gets the form back once with the question. Sending again without a region
/// is accepted: a second step, not a wall.
fn needs_region_step(site: &Site, form: &RawForm, report: &Report) -> bool {
    report.residence_region.is_none()
        && !form.region_asked
        && site
            .directory
            .regions_of(report.residence.as_str())
            .is_some()
}

/// The form's token and its submission id must both have been minted for
/// this browser's cookie.
fn csrf_ok(req: &HttpRequest, site: &Site, form: &RawForm) -> bool {
    let keys = &site.keys;
    let Some(cookie) = req.cookie(csrf_cookie(site)) else {
        return false;
    };
    is_hex_id(cookie.value(), ID_BYTES)
        && keys.csrf_token_matches(cookie.value(), &form.csrf_token)
        && keys.submission_id_matches(cookie.value(), &form.submission_id)
}
