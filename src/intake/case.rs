//! The victim's own pages, reached only with a secret: the private case page
//! (`/{lang}/case/{secret}`, the receipt's link or a case token from an
//! e-mail) with the address status, warning preferences and the form to
//! report a "recovery" approach; and the confirmation and unsubscribe links
//! from e-mails. Secrets are stored only as hashes. The secret in the URL is
//! what authorises a POST here (a cross-site page cannot know it), so these
//! forms need no CSRF cookie, and an RFC 8058 one-click POST from a mail
//! provider works without one.

use actix_web::dev::Payload;
use actix_web::http::StatusCode;
use actix_web::http::header::LOCATION;
use actix_web::{FromRequest, HttpRequest, HttpResponse, web};
use anyhow::Context;
use chrono::{NaiveDateTime, Utc};
use futures_util::future::{Ready, ready};
use serde::Deserialize;

use super::pages::{ActionPage, AuthorityMessage, ReceiptPage, approach_fields};
use super::validate::{FieldErrors, recovery_approach};
use super::{Bucket, Intake};
use crate::db::cases::{self, ReceiptRow};
use crate::db::portal::handoff::{self, StoredMessage};
use crate::db::tokens::{self, Purpose};
use crate::db::{DbConnection, Pool, mailing, query, retention, write_transaction};
use crate::error::PageError;
use crate::i18n::Locale;
use crate::keys::{Keys, lookup_key};
use crate::routing::{place_name, route};
use crate::seal::Field;
use crate::web::lang::Lang;
use crate::web::page::{message, render};
use crate::web::site::Site;

/// Hex characters in a private-link secret or an e-mail token.
const SECRET_LEN: usize = 48;

/// The secret of the URL (`{secret}`); a path without one of the right
/// shape is not found.
pub struct Secret(String);

impl FromRequest for Secret {
    type Error = PageError;
    type Future = Ready<Result<Secret, PageError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let secret = req
            .match_info()
            .get("secret")
            .filter(|s| s.len() == SECRET_LEN && s.bytes().all(|b| b.is_ascii_hexdigit()));
        ready(match secret {
            Some(s) => Ok(Secret(s.to_ascii_lowercase())),
            None => Err(PageError::NotFound),
        })
    }
}

/// Counts a case action against the client's allowance.
async fn allowed(site: &Site, intake: &Intake, req: &HttpRequest) -> Result<(), PageError> {
    let client = &site.settings.client;
    match intake
        .within_rate_limit(client, req, Bucket::CaseActions)
        .await
    {
        true => Ok(()),
        false => Err(PageError::RateLimited),
    }
}

/// A case as its own page shows it: only this report's facts, never what
/// other reports or the unsubscribe list say about its address (typing an
/// address into a report must not reveal whether its owner reported before).
struct Opened {
    row: ReceiptRow,
    /// What authorities wrote to the victim, oldest first.
    messages: Vec<StoredMessage>,
}

/// The case a secret opens: the receipt's own link, or a case token.
fn open(conn: &mut DbConnection, secret: &str) -> anyhow::Result<Option<Opened>> {
    let now = Utc::now().naive_utc();
    let row = match cases::find_by_followup(conn, &lookup_key(secret))? {
        Some(row) => Some(row),
        None => match tokens::find(conn, secret, Purpose::Case, now)? {
            Some(found) => cases::find_by_id(conn, found.report_id)?,
            None => None,
        },
    };
    let Some(row) = row else {
        return Ok(None);
    };
    let messages = handoff::messages_of(conn, row.id)?;
    Ok(Some(Opened { row, messages }))
}

#[derive(Debug, Default, Deserialize)]
pub struct Shown {
    /// What was just saved: `preferences` or `approach`.
    #[serde(default)]
    done: String,
}

/// `GET /{lang}/case/{secret}`.
pub async fn show(
    site: web::Data<Site>,
    pool: web::Data<Pool>,
    shown: web::Query<Shown>,
    locale: Lang,
    Secret(secret): Secret,
) -> Result<HttpResponse, PageError> {
    let key_secret = secret.clone();
    let opened = query(&pool, move |c| open(c, &key_secret))
        .await
        .context("cannot read a case")?
        .ok_or(PageError::NotFound)?;
    let notice = match shown.done.as_str() {
        "preferences" => Some("case-prefs-saved"),
        "approach" => Some("case-approach-saved"),
        _ => None,
    };
    let empty = FieldErrors::default();
    Ok(case_page(
        &site,
        &locale,
        &secret,
        &opened,
        notice,
        ["", "", ""],
        &empty,
    ))
}

fn case_page(
    site: &Site,
    locale: &Locale,
    secret: &str,
    opened: &Opened,
    notice: Option<&str>,
    approach: [&str; 3],
    errors: &FieldErrors,
) -> HttpResponse {
    let row = &opened.row;
    let l = &locale.loader;
    let own_path = format!("/case/{secret}");
    let own_url = format!("/{}{own_path}", locale.code());
    let email_status = row.contact_email.as_ref().map(|_| {
        l.get(if row.email_confirmed_at.is_some() {
            "case-email-confirmed"
        } else {
            "case-email-unconfirmed"
        })
    });
    let page = ReceiptPage {
        l,
        page: site.page(locale, &own_path),
        reference: row.reference.to_string(),
        private_link: format!("{}{own_url}", site.settings.base_url),
        has_email: row.contact_email.is_some(),
        authority: row
            .authority_id
            .as_deref()
            .and_then(|id| site.directory.get(id)),
        place: place_name(
            &site.directory,
            locale,
            row.residence_country,
            row.residence_region.as_deref(),
        ),
        by_residence: route(
            &site.directory,
            row.residence_country,
            row.residence_region.as_deref(),
        )
        .authority_id
            == row.authority_id,
        notice: notice.map(|id| l.get(id)),
        email_status,
        show_preferences: row.contact_email.is_some(),
        warnings_on: row.consent_warnings,
        preferences_action: format!("{own_url}/preferences"),
        approach_action: format!("{own_url}/approach"),
        erase_action: format!("{own_url}/erase"),
        erased: row.contact_erased_at.is_some(),
        messages: shown_messages(site, locale, &opened.messages),
        approach: approach_fields(locale, approach, errors),
        approach_invalid: !errors.is_empty(),
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render(status, &page)
}

/// The authorities' messages as the page shows them: when, from whom,
/// the text line by line (a message that does not open is left out).
fn shown_messages(site: &Site, locale: &Locale, stored: &[StoredMessage]) -> Vec<AuthorityMessage> {
    stored
        .iter()
        .filter_map(|m| {
            let text = site
                .sealer
                .open(Field::CaseText, m.body.as_deref().unwrap_or(&[]))
                .inspect_err(|e| tracing::error!(error = %e, "cannot open a message to a victim"))
                .ok()?;
            let from = m
                .authority_id
                .as_deref()
                .and_then(|id| site.directory.get(id))
                .map_or_else(
                    || locale.loader.get("case-message-hub"),
                    |a| a.name_local.clone(),
                );
            Some(AuthorityMessage {
                date: m.at.format("%Y-%m-%d %H:%M UTC").to_string(),
                from,
                lines: text.lines().map(str::to_string).collect(),
            })
        })
        .collect()
}

/// Back to the case page, saying what was saved.
fn saved(locale: &Locale, secret: &str, what: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((
            LOCATION,
            format!("/{}/case/{secret}?done={what}", locale.code()),
        ))
        .finish()
}

#[derive(Debug, Deserialize)]
pub struct Preferences {
    /// The checkbox: present ("yes") when ticked.
    #[serde(default)]
    warnings: String,
}

/// `POST /{lang}/case/{secret}/preferences`: warnings on or off.
pub async fn preferences(
    req: HttpRequest,
    (site, intake, pool): (web::Data<Site>, web::Data<Intake>, web::Data<Pool>),
    form: web::Form<Preferences>,
    locale: Lang,
    Secret(secret): Secret,
) -> Result<HttpResponse, PageError> {
    allowed(&site, &intake, &req).await?;
    let on = form.warnings == "yes";
    let key_secret = secret.clone();
    let found = query(&pool, move |c| {
        let Some(opened) = open(c, &key_secret)? else {
            return Ok(false);
        };
        mailing::set_warnings(c, opened.row.id, on)?;
        Ok(true)
    })
    .await
    .context("cannot save warning preferences")?;
    match found {
        true => Ok(saved(&locale, &secret, "preferences")),
        false => Err(PageError::NotFound),
    }
}

#[derive(Debug, Deserialize)]
pub struct Approach {
    #[serde(default)]
    websites: String,
    #[serde(default)]
    scam_phones: String,
    #[serde(default)]
    scam_emails: String,
}

/// `POST /{lang}/case/{secret}/approach`: someone offered "recovery"; what
/// reached the victim joins the case, marked as a recovery approach.
pub async fn approach(
    req: HttpRequest,
    (site, intake, pool): (web::Data<Site>, web::Data<Intake>, web::Data<Pool>),
    form: web::Form<Approach>,
    locale: Lang,
    Secret(secret): Secret,
) -> Result<HttpResponse, PageError> {
    allowed(&site, &intake, &req).await?;
    let form = form.into_inner();
    let key_secret = secret.clone();
    let opened = query(&pool, move |c| open(c, &key_secret))
        .await
        .context("cannot read a case")?
        .ok_or(PageError::NotFound)?;
    let residence = Some(opened.row.residence_country);
    let found = match recovery_approach(
        &form.websites,
        &form.scam_phones,
        &form.scam_emails,
        residence,
    ) {
        Ok(found) => found,
        Err(errors) => {
            let typed = [
                form.websites.as_str(),
                form.scam_phones.as_str(),
                form.scam_emails.as_str(),
            ];
            return Ok(case_page(
                &site, &locale, &secret, &opened, None, typed, &errors,
            ));
        }
    };
    let report_id = opened.row.id;
    query(&pool, move |c| {
        write_transaction(c, |c| mailing::add_recovery_approach(c, report_id, &found))?;
        Ok(())
    })
    .await
    .context("cannot store a recovery approach")?;
    Ok(saved(&locale, &secret, "approach"))
}

/// `POST /{lang}/case/{secret}/erase`: the victim erases their contact
/// details and story from this report at once; its mails stop.
pub async fn erase(
    req: HttpRequest,
    (site, intake, pool): (web::Data<Site>, web::Data<Intake>, web::Data<Pool>),
    locale: Lang,
    Secret(secret): Secret,
) -> Result<HttpResponse, PageError> {
    allowed(&site, &intake, &req).await?;
    let key_secret = secret.clone();
    let found = query(&pool, move |c| {
        let Some(opened) = open(c, &key_secret)? else {
            return Ok(false);
        };
        let now = Utc::now().naive_utc();
        write_transaction(c, |c| retention::erase(c, &[opened.row.id], now))?;
        Ok(true)
    })
    .await
    .context("cannot erase contact details")?;
    match found {
        true => Ok(saved(&locale, &secret, "erased")),
        false => Err(PageError::NotFound),
    }
}

/// What an e-mail link does: the token it takes, the page that asks for
/// the button press, the step it carries out, and the page that says so.
pub struct LinkAction {
    purpose: Purpose,
    /// Title, text and button of the page that asks.
    ask: [&'static str; 3],
    /// Title and text of the page that says it is done.
    done: [&'static str; 2],
    /// The button also sends RFC 8058's `List-Unsubscribe=One-Click`.
    one_click: bool,
    /// A used token shows the "done" page instead of asking again.
    done_once_used: bool,
    step: fn(&mut DbConnection, i64, &Keys, NaiveDateTime) -> diesel::QueryResult<()>,
}

/// `/{lang}/confirm/{secret}`: confirms the report's address.
pub const CONFIRM: LinkAction = LinkAction {
    purpose: Purpose::Confirm,
    ask: ["confirm-title", "confirm-text", "confirm-button"],
    done: ["confirm-done-title", "confirm-done-text"],
    one_click: false,
    done_once_used: true,
    step: |c, report_id, _, now| mailing::confirm(c, report_id, now),
};

/// `/{lang}/unsubscribe/{secret}`: the page's button, or a mail provider's
/// RFC 8058 one-click request, stops every further mail to the address;
/// pressing it again changes nothing.
pub const UNSUBSCRIBE: LinkAction = LinkAction {
    purpose: Purpose::Unsubscribe,
    ask: [
        "unsubscribe-title",
        "unsubscribe-text",
        "unsubscribe-button",
    ],
    done: ["unsubscribe-done-title", "unsubscribe-done-text"],
    one_click: true,
    done_once_used: false,
    step: |c, report_id, _, now| mailing::unsubscribe(c, report_id, now),
};

/// `GET` of an e-mail link: asks for the button press (mail scanners open
/// links; they do not press buttons).
pub async fn link_page(
    req: HttpRequest,
    (site, pool): (web::Data<Site>, web::Data<Pool>),
    action: web::Data<&'static LinkAction>,
    locale: Lang,
    Secret(secret): Secret,
) -> Result<HttpResponse, PageError> {
    let now = Utc::now().naive_utc();
    let purpose = action.purpose;
    let found = query(&pool, move |c| Ok(tokens::find(c, &secret, purpose, now)?))
        .await
        .context("cannot read an e-mail link's token")?
        .ok_or(PageError::InvalidLink)?;
    if found.used && action.done_once_used {
        return Ok(done(&locale, &site, action.done));
    }
    let l = &locale.loader;
    let page = ActionPage {
        l,
        page: site.page(&locale, "/"),
        title: l.get(action.ask[0]),
        text: l.get(action.ask[1]),
        button: l.get(action.ask[2]),
        action: req.path().to_string(),
        one_click: action.one_click,
    };
    Ok(render(StatusCode::OK, &page))
}

/// `POST` of an e-mail link: carries out its step and marks the token used,
/// in one transaction.
pub async fn link_post(
    req: HttpRequest,
    (site, intake, pool): (web::Data<Site>, web::Data<Intake>, web::Data<Pool>),
    action: web::Data<&'static LinkAction>,
    locale: Lang,
    Secret(secret): Secret,
) -> Result<HttpResponse, PageError> {
    let action: &'static LinkAction = *action.into_inner();
    // One-click unsubscribes (RFC 8058) come from a mail provider's few
    // servers and are never retried: a valid token always works; only
    // invalid ones are counted, which is what guessing would produce.
    if !action.one_click {
        allowed(&site, &intake, &req).await?;
    }
    let now = Utc::now().naive_utc();
    let keys = site.keys.clone();
    let carried_out = query(&pool, move |c| {
        Ok(write_transaction(c, |c| {
            let Some(found) = tokens::find(c, &secret, action.purpose, now)? else {
                return Ok(false);
            };
            (action.step)(c, found.report_id, &keys, now)?;
            tokens::mark_used(c, &secret, now)?;
            Ok(true)
        })?)
    })
    .await
    .context("cannot carry out an e-mail link")?;
    if carried_out {
        return Ok(done(&locale, &site, action.done));
    }
    if action.one_click {
        allowed(&site, &intake, &req).await?;
    }
    Err(PageError::InvalidLink)
}

fn done(locale: &Locale, site: &Site, [title, text]: [&str; 2]) -> HttpResponse {
    message(StatusCode::OK, locale, &site.assets, title, text)
}
