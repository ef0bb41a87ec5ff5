//! Exports of cases in CSV, JSON, MISP and STIX 2.1 (`crate::export`):
//! `GET /portal/cases.{csv,json,misp.json,stix.json}` for the filtered
//! queue (every case the filters find, not only one page) and
//! `GET /portal/cases/{reference}/export.{…}` for one case, scoped like
//! the queue and the case page (a case outside the scope is "not found").
//! Each export is audited before anything is read (`export`: the format,
//! TLP, distribution, whether contact details go in, the filters and a
//! keyed hash of any search) and once its last case is written
//! (`export-done`, with the number of cases).

mod convert;
pub mod form;
mod options;
mod stream;

use actix_web::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use actix_web::{HttpResponse, web};
use anyhow::Context;
use chrono::Utc;

use super::detail::{parse_reference, scope_of};
use super::filters::Params;
use super::queue::Asked;
use crate::db::portal::cases::find_in_scope;
use crate::db::{Pool, query};
use crate::error::PageError;
use crate::export::{self, ExportMeta, Scope};
use crate::portal::Portal;
use crate::portal::read_log::Read;
use crate::portal::session::Officer;
use crate::web::site::Site;
use options::{Form, Options, file_name};
use stream::{Batches, Cases, Sink, body};

/// The deployment as exports name their producer: `fraudreport (host)`.
fn service(site: &Site) -> String {
    let base = &site.settings.base_url;
    let host = url::Url::parse(base)
        .ok()
        .and_then(|u| u.host_str().map(str::to_string))
        .unwrap_or_else(|| base.clone());
    format!("fraudreport ({host})")
}

/// Everything a streamed export needs besides its cases.
struct Start<'a> {
    site: &'a web::Data<Site>,
    pool: &'a web::Data<Pool>,
    portal: &'a web::Data<Portal>,
    officer: &'a Officer,
}

impl Start<'_> {
    /// The streamed file: headers now, the cases a batch at a time.
    fn respond(
        self,
        (cases, options): (Cases, Options),
        (title, scope): (String, Scope),
        done: Read,
        stem: &str,
    ) -> HttpResponse {
        let meta = ExportMeta {
            title,
            generated_at: Utc::now(),
            tlp: options.tlp,
            distribution: options.distribution,
            scope,
            service: service(self.site),
            with_victims: options.contact_for.is_some(),
        };
        let kind = options.kind;
        let writer = export::writer(kind, meta);
        let content_type = writer.content_type();
        let batches = Batches::new(
            cases,
            options,
            writer,
            (self.site.clone(), self.officer.lang.clone()),
        );
        let sink = Sink {
            pool: self.pool.clone(),
            reads: self.portal.reads.clone(),
            done,
        };
        HttpResponse::Ok()
            .insert_header((CONTENT_TYPE, content_type))
            .insert_header((
                CONTENT_DISPOSITION,
                format!("attachment; filename=\"{}\"", file_name(stem, kind)),
            ))
            .insert_header((CACHE_CONTROL, "no-store"))
            .streaming(body(batches, sink))
    }
}

/// `GET /portal/cases.{format}`: the filtered queue.
pub async fn queue(
    (site, pool, portal): (web::Data<Site>, web::Data<Pool>, web::Data<Portal>),
    officer: Officer,
    extension: web::Path<String>,
    (params, form): (web::Query<Params>, web::Query<Form>),
) -> Result<HttpResponse, PageError> {
    let options = Options::of(&officer, &extension, &form)?;
    let asked = Asked::of(&site, &officer, &params)?;
    let filters = Params {
        q: String::new(),
        ..params.into_inner()
    }
    .query();
    let detail = format!(
        "{} {filters}",
        options.audit_detail(options.contact_for.is_some())
    );
    asked
        .audit(&site, &portal.reads, ("export", detail.trim(), true))
        .await
        .context("cannot audit an export")?;
    let done = Read {
        account_id: officer.account.id,
        action: "export-done",
        authority_id: asked.authority.clone(),
        report_id: None,
        detail: format!("format={}", options.kind),
    };
    let day = Utc::now().format("%Y-%m-%d").to_string();
    let start = Start {
        site: &site,
        pool: &pool,
        portal: &portal,
        officer: &officer,
    };
    Ok(start.respond(
        (Cases::Queue(Box::new(asked)), options),
        (
            format!("Investment fraud reports exported on {day}"),
            Scope::Queue,
        ),
        done,
        &format!("cases-{day}"),
    ))
}

/// `GET /portal/cases/{reference}/export.{format}`: one case.
pub async fn case(
    (site, pool, portal): (web::Data<Site>, web::Data<Pool>, web::Data<Portal>),
    officer: Officer,
    path: web::Path<(String, String)>,
    form: web::Query<Form>,
) -> Result<HttpResponse, PageError> {
    let (reference, extension) = path.into_inner();
    let reference = parse_reference(&reference)?;
    let scope = scope_of(&officer)?;
    let options = Options::of(&officer, &extension, &form)?;
    let (within, wanted) = (scope.clone(), reference.clone());
    let found = query(&pool, move |c| Ok(find_in_scope(c, &within, &wanted)?))
        .await
        .context("cannot find a case to export")?;
    let (id, authority) = found.ok_or(PageError::NotFound)?;
    let contact = options.contact_of(authority.as_deref());
    let options = Options {
        contact_for: options.contact_for.filter(|_| contact),
        ..options
    };
    let read = |action, detail| Read {
        account_id: officer.account.id,
        action,
        authority_id: authority.clone(),
        report_id: Some(id),
        detail,
    };
    // Recorded before anything of the case is read for the file.
    portal
        .reads
        .append(read("export", options.audit_detail(contact)))
        .await
        .context("cannot audit an export")?;
    let done = read("export-done", format!("format={}", options.kind));
    let start = Start {
        site: &site,
        pool: &pool,
        portal: &portal,
        officer: &officer,
    };
    Ok(start.respond(
        (Cases::One { scope, id }, options),
        (format!("Investment fraud report {reference}"), Scope::Case),
        done,
        &format!("case-{reference}"),
    ))
}
