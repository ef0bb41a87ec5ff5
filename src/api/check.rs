//! `GET /api/v1/check?value=…`: the public check as JSON, for the systems
//! of authorities and of partners (banks and telecoms warning their
//! customers, with a token a coordinator made). The same answer as the
//! page: bands, never a report. Each use is audited (the token, never the
//! value) and counts against the token's allowance per minute.

use actix_web::{HttpRequest, HttpResponse, web};
use serde::Serialize;
use utoipa::ToSchema;

use super::auth::Checker;
use super::cases::{json, param};
use super::problem::ApiError;
use crate::db::Pool;
use crate::domain::CountryCode;
use crate::domain::check::{Answer, Read, read};
use crate::i18n::Locale;
use crate::intake::Intake;
use crate::intake::check::answer;
use crate::web::site::Site;

/// The answer for one value.
#[derive(Debug, Serialize, ToSchema)]
pub struct CheckAnswer {
    /// Victims reported it (or a coordinator published it): warn.
    pub listed: bool,
    /// A well-known service (mail provider, exchange, payment service,
    /// messenger): nothing is said about it either way.
    pub service: bool,
    /// What the value was read as (`domain`, `email`, `phone`, `iban`,
    /// `wallet-btc`, `wallet-eth`, `wallet-trx`), absent for a service.
    #[schema(example = "wallet-trx")]
    pub kind: Option<&'static str>,
    /// The value as looked up (normalised).
    pub value: String,
    /// Victims who reported it as a "recovery" approach: `1`, `2-9` or `10+`.
    #[schema(example = "2-9")]
    pub recovery_reports: Option<&'static str>,
    /// Victims who reported it as part of a fraud, in the same bands.
    #[schema(example = "10+")]
    pub fraud_reports: Option<&'static str>,
    /// The reporting victims' countries, counted; null below 3 (one or two
    /// would narrow down where a victim lives).
    pub countries: Option<u64>,
    /// A coordinator's public note.
    pub note: Option<String>,
    /// The recovery-scam warning to show with any answer, in `lang`.
    pub warning: Vec<String>,
}

/// The warning's messages, in the order the pages show them.
const WARNING: [&str; 8] = [
    "warning-title",
    "warning-intro",
    "warning-no-fee",
    "warning-no-unfreeze",
    "warning-no-official",
    "warning-verify",
    "warning-repeat",
    "warning-report",
];

/// Is this a value victims reported?
#[utoipa::path(
    get,
    path = "/api/v1/check",
    tag = "check",
    params(
        ("value" = String, Query, max_length = 300,
            description = "A website, e-mail address, phone number (with its country code unless `country` is given), IBAN or wallet address."),
        ("country" = Option<String>, Query,
            description = "The country a phone number without its country code belongs to."),
        ("lang" = Option<String>, Query, pattern = "^[a-z]{2}$",
            description = "The language of `warning` and of a refusal's `detail`: one of the service's, else English."),
    ),
    responses(
        (status = 200, description = "The answer; `listed` false does not mean safe.", body = CheckAnswer),
        (status = 400, description = "`country` is not valid.", body = super::problem::Problem, content_type = "application/problem+json"),
        (status = 401, description = "No live token.", body = super::problem::Problem, content_type = "application/problem+json"),
        (status = 422, description = "The value cannot be read; `detail` says why.", body = super::problem::Problem, content_type = "application/problem+json"),
        (status = 429, description = "The token's checks for this minute are used up.", body = super::problem::Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
pub async fn check(
    req: HttpRequest,
    (site, intake, pool): (web::Data<Site>, web::Data<Intake>, web::Data<Pool>),
    checker: Checker,
) -> Result<HttpResponse, ApiError> {
    let locale = language(&site, &req)?;
    let country = match param(&req, "country")? {
        None => None,
        Some(code) => Some(
            CountryCode::parse(&code)
                .filter(|c| c.as_str() == code)
                .ok_or(ApiError::BadRequest("country must be an ISO 3166 code"))?,
        ),
    };
    let typed = param(&req, "value")?.unwrap_or_default();
    if !intake.within_token_limit(checker.token.id).await {
        return Err(ApiError::TooManyRequests);
    }
    checker.audit(&req).await?;
    let found = read(&typed, country).map_err(|p| ApiError::Unprocessable(locale.problem(&p)))?;
    let answer = answer(&pool, &found).await?;
    let l = &locale.loader;
    let mut body = CheckAnswer {
        listed: false,
        service: false,
        kind: None,
        value: typed.trim().to_string(),
        recovery_reports: None,
        fraud_reports: None,
        countries: None,
        note: None,
        warning: WARNING.iter().map(|id| l.get(id)).collect(),
    };
    if let Read::Value(v) = &found {
        body.kind = Some(v.kind.as_str());
        body.value = v.normalised.clone();
    }
    match answer {
        Answer::Listed {
            recovery,
            fraud,
            countries,
            note,
        } => {
            body.listed = true;
            body.recovery_reports = recovery.map(|b| b.as_str());
            body.fraud_reports = fraud.map(|b| b.as_str());
            body.countries = countries;
            body.note = note;
        }
        Answer::Service => body.service = true,
        Answer::NotFound => {}
    }
    Ok(json(&body))
}

/// `lang`: one of the service's languages; English when absent or another.
fn language<'a>(site: &'a Site, req: &HttpRequest) -> Result<&'a Locale, ApiError> {
    let code = param(req, "lang")?;
    let asked = code.as_deref().and_then(|c| site.locales.get(c));
    asked
        .or_else(|| site.locales.get("en"))
        .ok_or_else(|| ApiError::Unavailable(anyhow::anyhow!("the English locale is missing")))
}
