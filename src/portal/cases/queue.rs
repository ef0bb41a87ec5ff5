//! `GET /portal/cases`: the account's cases, newest first, a page at a
//! time (keyset pagination: `?after=` the last row's time and id), with
//! the counts per status, filters and a search (a plain GET form). A
//! search is audited with a keyed hash of what was searched, never the
//! value; the plain listing is not.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use anyhow::Context;
use askama::Template;
use chrono::NaiveDateTime;
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;

use super::export::form::ExportForm;
use super::filters::{Params, Search};
use super::form::{Choices, Count, counts};
use super::lines::{Line, load};
use crate::db::portal::cases::{After, QueueRow, Scope};
use crate::db::portal::queue::{self, Filter};
use crate::db::{DbConnection, Pool, query};
use crate::domain::CountryCode;
use crate::error::PageError;
use crate::portal::Portal;
use crate::portal::frame::{Csrf, Frame, signed_in};
use crate::portal::read_log::{Read, ReadLog};
use crate::portal::session::Officer;
use crate::web::page::render;
use crate::web::site::Site;

/// Rows per page.
const PAGE: i64 = 50;

#[derive(Template)]
#[template(path = "portal/queue.html")]
struct QueuePage<'a> {
    l: &'a FluentLanguageLoader,
    frame: Frame<'a>,
    rows: Vec<Line>,
    /// The filters as a query string, for the links.
    query: String,
    params: &'a Params,
    counts: Vec<Count>,
    next: Option<String>,
    coordinator: bool,
    choices: Choices,
    export: ExportForm,
}

/// `after=2026-11-30T10:00:00.123456_42`.
fn parse_after(text: &str) -> Option<After> {
    let (at, id) = text.rsplit_once('_')?;
    Some(After {
        created_at: NaiveDateTime::parse_from_str(at, "%Y-%m-%dT%H:%M:%S%.f").ok()?,
        id: id.parse().ok()?,
    })
}

/// The position after `row`, for the next page's link.
pub fn after_of(row: &QueueRow) -> String {
    format!(
        "{}_{}",
        row.created_at.format("%Y-%m-%dT%H:%M:%S%.6f"),
        row.id
    )
}

/// What one request of the queue or of its export asks for.
pub struct Asked {
    pub scope: Scope,
    pub filter: Filter,
    pub search: Option<Search>,
    pub after: Option<After>,
    /// The officer's authority, for the audit log.
    pub authority: Option<String>,
    pub account_id: i64,
}

impl Asked {
    /// Reads the request; an account that sees no case gets "not found".
    pub fn of(site: &Site, officer: &Officer, params: &Params) -> Result<Asked, PageError> {
        let scope = Scope::of(officer.role(), officer.authority());
        if scope == Scope::Nothing {
            return Err(PageError::NotFound);
        }
        let filter = params.filter(scope == Scope::All);
        // A number without its country code is one of the authority's country.
        let home = officer.authority().or(filter.authority.as_deref());
        let region = home
            .and_then(|id| site.directory.get(id))
            .and_then(|a| CountryCode::parse(&a.country));
        Ok(Asked {
            search: params.search(region),
            after: parse_after(&params.after),
            authority: officer.authority().map(str::to_string),
            account_id: officer.account.id,
            scope,
            filter,
        })
    }

    /// Appends `action` to the audit log, before anything is read or
    /// shown: `detail`, then each kind searched with a keyed hash of its
    /// value. Without a search, the log is written only when `always`.
    pub async fn audit(
        &self,
        site: &Site,
        reads: &ReadLog,
        (action, detail, always): (&'static str, &str, bool),
    ) -> anyhow::Result<()> {
        if self.search.is_none() && !always {
            return Ok(());
        }
        let hashes = self.search.as_ref().map_or_else(String::new, |s| {
            s.audit_detail(|v| site.keys.blind("audit-search", v))
        });
        reads
            .append(Read {
                account_id: Some(self.account_id),
                action,
                authority_id: self.authority.clone(),
                report_id: None,
                detail: [detail, &hashes].join(" ").trim().to_string(),
            })
            .await
    }

    /// Runs the search, if any, into the filter.
    pub fn search(&mut self, conn: &mut DbConnection) -> diesel::QueryResult<()> {
        if let Some(s) = &self.search {
            let found = queue::search(conn, &self.scope, s.reference.as_ref(), &s.needles)?;
            self.filter.found = Some(found);
        }
        Ok(())
    }
}

/// `GET /portal/cases`.
pub async fn show(
    req: HttpRequest,
    (site, pool, portal): (web::Data<Site>, web::Data<Pool>, web::Data<Portal>),
    officer: Officer,
    params: web::Query<Params>,
) -> Result<HttpResponse, PageError> {
    let mut asked = Asked::of(&site, &officer, &params)?;
    let coordinator = asked.scope == Scope::All;
    asked
        .audit(&site, &portal.reads, ("search", "", false))
        .await
        .context("cannot audit a search")?;
    let (loaded, found) = query(&pool, move |c| {
        asked.search(c)?;
        let loaded = load(c, &asked.scope, &asked.filter, asked.after, PAGE + 1)?;
        let counts = queue::counts(c, &asked.scope, asked.filter.authority.as_deref())?;
        Ok((loaded, counts))
    })
    .await
    .context("cannot read the queue")?;
    let l = &officer.lang.loader;
    let next =
        (loaded.rows.len() > PAGE as usize).then(|| after_of(&loaded.rows[PAGE as usize - 1]));
    let csrf = Csrf::of(&req, &site);
    let languages: Vec<&'static str> = site.locales.all().iter().map(|x| x.code()).collect();
    let page = QueuePage {
        l,
        rows: loaded.lines(&site.directory, &officer.lang, PAGE as usize),
        query: params.query(),
        params: &params,
        counts: counts(l, &params, found),
        next,
        coordinator,
        choices: Choices::of(l, &params, &languages),
        export: ExportForm::queue(l, officer.role(), &params.query()),
        frame: signed_in(&site, &officer, &csrf, "/portal/cases"),
    };
    Ok(csrf.finish(render(StatusCode::OK, &page)))
}
