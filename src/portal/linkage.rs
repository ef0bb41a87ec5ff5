//! `/portal/linkage`, for coordinators: the values that never link — the
//! built-in stop list (big mail providers, exchanges and payment services),
//! the values too common to link by the threshold settings, and the values
//! coordinators marked "not linking" or "linking" by hand. A coordinator
//! marks a value here (normalised as reports' values are); every change is
//! audited and asks for a rebuild, which the worker runs within a minute.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use anyhow::Context;
use askama::Template;
use chrono::Utc;
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;
use serde::Deserialize;

use super::Portal;
use super::cases::view::label;
use super::frame::{Csrf, Frame, signed_in};
use super::session::Officer;
use crate::db::linkage::{self, Listed, MANUAL_LINKING, MANUAL_NOT_LINKING};
use crate::db::portal::audit::{self, Entry};
use crate::db::{Pool, query, write_transaction};
use crate::domain::linkage::{Stopped, Typed, stop_list, typed_key};
use crate::error::PageError;
use crate::web::csrf;
use crate::web::page::render;
use crate::web::site::Site;

/// The audit action of a change.
const ACTION: &str = "linkage-mark";
/// The most too-common values listed.
const TOO_COMMON_SHOWN: i64 = 200;
/// The kinds a coordinator chooses from.
const KINDS: [&str; 5] = ["platform", "domain", "email", "phone", "account"];

#[derive(Template)]
#[template(path = "portal/linkage.html")]
struct LinkagePage<'a> {
    l: &'a FluentLanguageLoader,
    frame: Frame<'a>,
    kinds: Vec<(&'static str, String, bool)>,
    typed: Marking,
    problem: Option<String>,
    saved: bool,
    rebuild_due: bool,
    marked: Vec<Line>,
    too_common: Vec<Line>,
    builtin: Vec<(String, &'static str, String)>,
}

/// A listed value as shown.
struct Line {
    kind: String,
    /// The form's kind for it (`account` for IBANs and wallets).
    form_kind: &'static str,
    value: String,
    reports: i64,
    mark: String,
}

/// The marking form.
#[derive(Debug, Default, Clone, Deserialize)]
pub struct Marking {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    value: String,
    /// `not-linking`, `linking` or `none` (remove the mark).
    #[serde(default)]
    mark: String,
}

#[derive(Debug, Default, Deserialize)]
pub struct Shown {
    #[serde(default)]
    saved: Option<String>,
}

/// `GET /portal/linkage`.
pub async fn show(
    req: HttpRequest,
    (site, pool, portal): (web::Data<Site>, web::Data<Pool>, web::Data<Portal>),
    officer: Officer,
    shown: web::Query<Shown>,
) -> Result<HttpResponse, PageError> {
    officer.coordinator()?;
    let typed = Marking {
        kind: "platform".into(),
        mark: MANUAL_NOT_LINKING.into(),
        ..Marking::default()
    };
    let saved = shown.saved.is_some();
    page(&req, (&site, &pool, &portal), &officer, typed, None, saved).await
}

/// `POST /portal/linkage`: marks a value, or removes its mark.
pub async fn mark(
    req: HttpRequest,
    (site, pool, portal): (web::Data<Site>, web::Data<Pool>, web::Data<Portal>),
    officer: Officer,
    form: web::Form<Marking>,
) -> Result<HttpResponse, PageError> {
    officer.coordinator()?;
    let secure = site.settings.secure_cookies;
    csrf::verified(&req, secure, &site.keys, &form.csrf_token).ok_or(PageError::Forbidden)?;
    let form = form.into_inner();
    let l = &officer.lang.loader;
    let mark = match form.mark.as_str() {
        MANUAL_LINKING => Some(MANUAL_LINKING),
        MANUAL_NOT_LINKING => Some(MANUAL_NOT_LINKING),
        _ => None,
    };
    let key = match typed_key(&form.kind, &form.value) {
        Typed::Key(key) => key,
        refused => {
            let problem = match refused {
                Typed::Stopped => fl!(l, "portal-linkage-builtin"),
                _ => fl!(l, "portal-linkage-not-of-kind"),
            };
            let target = (site.get_ref(), pool.get_ref(), portal.get_ref());
            return page(&req, target, &officer, form, Some(problem), false).await;
        }
    };
    let by = officer.account.id;
    query(&pool, move |c| {
        let now = Utc::now().naive_utc();
        Ok(write_transaction(c, |c| {
            linkage::set_mark(c, key.kind, &key.value, mark)?;
            let detail = format!("{} {}: {}", key.kind, key.value, mark.unwrap_or("unmarked"));
            audit::append(c, &Entry::unscoped(by, ACTION, &detail), now)
        })?)
    })
    .await
    .context("cannot mark a linking value")?;
    Ok(HttpResponse::SeeOther()
        .insert_header((actix_web::http::header::LOCATION, "/portal/linkage?saved=1"))
        .finish())
}

async fn page(
    req: &HttpRequest,
    (site, pool, portal): (&Site, &Pool, &Portal),
    officer: &Officer,
    typed: Marking,
    problem: Option<String>,
    saved: bool,
) -> Result<HttpResponse, PageError> {
    let rules = portal.linkage;
    let (rebuild_due, marked, too_common) = query(pool, move |c| {
        Ok((
            linkage::rebuild_due(c)?,
            linkage::marked(c)?,
            linkage::too_common(c, &rules, TOO_COMMON_SHOWN)?,
        ))
    })
    .await
    .context("cannot read the linking values")?;
    let l = &officer.lang.loader;
    let line = |v: &Listed| Line {
        kind: label(l, "portal-case-kind-", &v.kind),
        form_kind: KINDS
            .iter()
            .find(|k| **k == v.kind)
            .copied()
            .unwrap_or("account"),
        value: v.value.clone(),
        reports: v.reports,
        mark: match v.manual.as_deref() {
            Some(MANUAL_LINKING) => fl!(l, "portal-linkage-mark-linking"),
            Some(_) => fl!(l, "portal-linkage-mark-not-linking"),
            None => String::new(),
        },
    };
    let csrf = Csrf::of(req, site);
    let status = match problem {
        Some(_) => StatusCode::UNPROCESSABLE_ENTITY,
        None => StatusCode::OK,
    };
    let page = LinkagePage {
        l,
        frame: signed_in(site, officer, &csrf, "/portal/linkage"),
        kinds: KINDS
            .iter()
            .map(|k| (*k, label(l, "portal-linkage-kind-", k), *k == typed.kind))
            .collect(),
        problem,
        saved,
        rebuild_due,
        marked: marked.iter().map(line).collect(),
        too_common: too_common.iter().map(line).collect(),
        builtin: stop_list()
            .map(|(kind, value, why)| {
                let why = match why {
                    Stopped::MailProvider => fl!(l, "portal-linkage-why-mail"),
                    Stopped::Service => fl!(l, "portal-linkage-why-service"),
                };
                (label(l, "portal-case-kind-", kind), value, why)
            })
            .collect(),
        typed,
    };
    Ok(csrf.finish(render(status, &page)))
}
