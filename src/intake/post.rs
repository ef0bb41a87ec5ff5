//! `POST /{lang}/report`: check, store durably, then send the browser to its
//! receipt. Every refusal shows the form again with everything typed kept.

use actix_web::http::StatusCode;
use actix_web::http::header::LOCATION;
use actix_web::{HttpRequest, HttpResponse, web};

use super::form::RawForm;
use super::get::{Shown, form_page};
use super::validate::{FieldErrors, today_anywhere, validate};
use super::{Bucket, Intake};
use crate::db::reports::{SealedContact, Submission};
use crate::domain::Report;
use crate::domain::check::Origin;
use crate::keys::lookup_key;
use crate::routing::route;
use crate::seal::Field;
use crate::web::csrf;
use crate::web::lang::Lang;
use crate::web::site::Site;

/// The handler: CSRF, validation, rate limit, durable store, 303.
pub async fn submit(
    req: HttpRequest,
    body: web::Bytes,
    site: web::Data<Site>,
    intake: web::Data<Intake>,
    locale: Lang,
) -> HttpResponse {
    let form = RawForm::from_body(&body);
    let no_errors = FieldErrors::default();
    let again = |status, errors: &FieldErrors, notice| {
        let shown = Shown {
            status,
            form: &form,
            errors,
            notice,
        };
        form_page(&site, &req, &locale, shown)
    };

    let Some(cookie) = csrf_cookie(&req, &site, &form) else {
        // Whatever id came with a refused form is dropped: the form comes
        // back with one minted for this browser, and nothing says whether a
        // report with the refused id exists.
        let mut fresh = form.clone();
        fresh.submission_id.clear();
        let shown = Shown {
            status: StatusCode::FORBIDDEN,
            form: &fresh,
            errors: &no_errors,
            notice: Some("error-form-expired"),
        };
        return form_page(&site, &req, &locale, shown);
    };
    let report = match validate(&form, locale.code(), today_anywhere(), &site.directory) {
        Ok(report) => report,
        Err(errors) => return again(StatusCode::UNPROCESSABLE_ENTITY, &errors, None),
    };
    if needs_region_step(&site, &form, &report) {
        let mut asked = form.clone();
        asked.region_asked = true;
        let shown = Shown {
            status: StatusCode::OK,
            form: &asked,
            errors: &no_errors,
            notice: Some("form-region-step"),
        };
        return form_page(&site, &req, &locale, shown);
    }
    let client = &site.settings.client;
    if !intake
        .within_rate_limit(client, &req, Bucket::Reports)
        .await
    {
        return again(
            StatusCode::TOO_MANY_REQUESTS,
            &no_errors,
            Some("error-rate-limited"),
        );
    }
    let secret = site.keys.followup_secret(&form.submission_id);
    let mut submission = submission(&site, &intake, &req, report, lookup_key(&secret));
    submission.origin = origin(&site, &req, &cookie);
    match intake.writer.store(submission).await {
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

/// The report routed, sealed and ready to store.
fn submission(
    site: &Site,
    intake: &Intake,
    req: &HttpRequest,
    report: Report,
    followup_key: Vec<u8>,
) -> Submission {
    let routing = route(
        &site.directory,
        report.residence,
        report.residence_region.as_deref(),
    );
    let notify = site
        .directory
        .intake_address(&routing.delivered_to, &intake.hub_email)
        .map(|address| site.sealer.seal(Field::Email, &address));
    Submission {
        geo: site.locate(req),
        notify,
        routing,
        sealed: SealedContact::of(&report, &site.sealer, |a| site.keys.address_key(a)),
        report,
        followup_key,
        origin: Origin::default(),
    }
}

/// Keyed hashes of the browser (its CSRF cookie) and of the network the
/// report came from; never the address itself.
fn origin(site: &Site, req: &HttpRequest, cookie: &str) -> Origin {
    Origin {
        session: Some(site.keys.blind("check-session", cookie)),
        network: site
            .settings
            .client
            .network(req)
            .map(|n| site.keys.blind("check-network", &n)),
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

/// The browser's cookie, when the form's token and its submission id were
/// both minted for it.
fn csrf_cookie(req: &HttpRequest, site: &Site, form: &RawForm) -> Option<String> {
    let secure = site.settings.secure_cookies;
    csrf::verified(req, secure, &site.keys, &form.csrf_token)
        .filter(|cookie| site.keys.submission_id_matches(cookie, &form.submission_id))
}
