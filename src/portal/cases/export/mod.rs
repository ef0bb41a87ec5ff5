//! Exports of cases in CSV, JSON, MISP and STIX 2.1 (`crate::export`):
//! `GET /portal/cases.{csv,json,misp.json,stix.json}` for the filtered
//! queue (every case the filters find, not only one page) and
//! `GET /portal/cases/{reference}/export.{…}` for one case, scoped like
//! the queue and the case page (a case outside the scope is "not found").
//! Each export is audited before anything is read (`export`: the format,
//! TLP, distribution, whether contact details go in, the filters and a
//! keyed hash of any search) and once its last case is written
//! (`export-done`, with the number of cases). [`one_case`] writes one
//! case for the API (`/api/v1/cases/{reference}/{misp,stix}`).

pub mod convert;
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

/// The deployment as exports name their producer.
fn service(site: &Site) -> String {
    export::service(&site.settings.base_url)
}

/// The application state an export reads.
type State = (web::Data<Site>, web::Data<Pool>, web::Data<Portal>);

/// An export about to start: what it covers and how it is named.
struct Plan {
    cases: Cases,
    options: Options,
    title: String,
    scope: Scope,
    /// The file's name without its extension.
    stem: String,
    /// Whose log the audit rows go to, and which case they name.
    owner: (Option<String>, Option<i64>),
}

/// An audit row of `officer`'s export.
fn read(officer: &Officer, action: &'static str, plan: &Plan, detail: String) -> Read {
    Read {
        account_id: Some(officer.account.id),
        action,
        authority_id: plan.owner.0.clone(),
        report_id: plan.owner.1,
        detail,
    }
}

/// The streamed file: headers now, the cases a batch at a time.
fn respond((site, pool, portal): &State, officer: &Officer, plan: Plan) -> HttpResponse {
    let done = read(
        officer,
        "export-done",
        &plan,
        format!("format={}", plan.options.kind),
    );
    let Plan {
        cases,
        options,
        title,
        scope,
        stem,
        ..
    } = plan;
    let meta = ExportMeta {
        title,
        generated_at: Utc::now(),
        tlp: options.tlp,
        distribution: options.distribution,
        scope,
        service: service(site),
        with_victims: options.contact_for.is_some(),
    };
    let kind = options.kind;
    let writer = export::writer(kind, meta);
    let batches = Batches::new(cases, options, writer, (site.clone(), officer.lang.clone()));
    let sink = Sink {
        pool: pool.clone(),
        reads: portal.reads.clone(),
        done,
    };
    HttpResponse::Ok()
        .insert_header((CONTENT_TYPE, kind.content_type()))
        .insert_header((
            CONTENT_DISPOSITION,
            format!("attachment; filename=\"{}\"", file_name(&stem, kind)),
        ))
        .insert_header((CACHE_CONTROL, "no-store"))
        .streaming(body(batches, sink))
}

/// `GET /portal/cases.{format}`: the filtered queue.
pub async fn queue(
    state: State,
    officer: Officer,
    extension: web::Path<String>,
    (params, form): (web::Query<Params>, web::Query<Form>),
) -> Result<HttpResponse, PageError> {
    let (site, _, portal) = &state;
    let options = Options::of(&officer, &extension, &form)?;
    let asked = Asked::of(site, &officer, &params)?;
    let filters = Params {
        q: String::new(),
        ..params.into_inner()
    }
    .query();
    let contact = options.contact_for.is_some();
    let detail = format!("{} {filters}", options.audit_detail(contact));
    asked
        .audit(site, &portal.reads, ("export", detail.trim(), true))
        .await
        .context("cannot audit an export")?;
    let day = Utc::now().format("%Y-%m-%d").to_string();
    let plan = Plan {
        owner: (asked.authority.clone(), None),
        cases: Cases::Queue(Box::new(asked)),
        options,
        title: format!("Investment fraud reports exported on {day}"),
        scope: Scope::Queue,
        stem: format!("cases-{day}"),
    };
    Ok(respond(&state, &officer, plan))
}

/// `GET /portal/cases/{reference}/export.{format}`: one case.
pub async fn case(
    state: State,
    officer: Officer,
    path: web::Path<(String, String)>,
    form: web::Query<Form>,
) -> Result<HttpResponse, PageError> {
    let (_, pool, portal) = &state;
    let (reference, extension) = path.into_inner();
    let reference = parse_reference(&reference)?;
    let scope = scope_of(&officer)?;
    let options = Options::of(&officer, &extension, &form)?;
    let (within, wanted) = (scope.clone(), reference.clone());
    let found = query(pool, move |c| Ok(find_in_scope(c, &within, &wanted)?))
        .await
        .context("cannot find a case to export")?;
    let (id, authority) = found.ok_or(PageError::NotFound)?;
    // Contact details only if the case is the officer's own authority's.
    let contact = options.contact_of(authority.as_deref());
    let options = Options {
        contact_for: options.contact_for.filter(|_| contact),
        ..options
    };
    let plan = Plan {
        owner: (authority, Some(id)),
        cases: Cases::One { scope, id },
        title: format!("Investment fraud report {reference}"),
        scope: Scope::Case,
        stem: format!("case-{reference}"),
        options,
    };
    // Recorded before anything of the case is read for the file.
    let row = read(
        &officer,
        "export",
        &plan,
        plan.options.audit_detail(contact),
    );
    portal
        .reads
        .append(row)
        .await
        .context("cannot audit an export")?;
    Ok(respond(&state, &officer, plan))
}

/// `GET /portal/overview/clusters/{id}/export.{format}`: the cases of a
/// cluster of linked reports, for coordinators, with the cluster's victims,
/// countries and authorities (a STIX sighting, a MISP event); never
/// contact details.
pub async fn cluster(
    state: State,
    officer: Officer,
    path: web::Path<(String, String)>,
    form: web::Query<Form>,
) -> Result<HttpResponse, PageError> {
    if officer.role() != crate::domain::Role::Coordinator {
        return Err(PageError::NotFound);
    }
    let (site, pool, portal) = &state;
    let (id, extension) = path.into_inner();
    let id: i64 = id.parse().map_err(|_| PageError::NotFound)?;
    let options = Options {
        contact_for: None,
        ..Options::of(&officer, &extension, &form)?
    };
    let found = query(pool, move |c| {
        Ok(crate::db::portal::overview::cluster(c, id)?)
    })
    .await
    .context("cannot read a cluster to export")?
    .ok_or(PageError::NotFound)?;
    let count = |n: i64| u64::try_from(n).unwrap_or(0);
    let authorities = found
        .authorities
        .iter()
        .filter_map(|(a, n)| {
            let authority = convert::authority(&site.directory, Some(a.as_str()))?;
            Some((authority, count(*n)))
        })
        .collect();
    let s = &found.summary;
    let summary = export::ClusterSummary {
        id,
        victims: count(s.reports),
        countries: found.countries.iter().map(|(c, _)| c.clone()).collect(),
        authorities,
        first_seen: s.first_at.and_utc(),
        last_seen: s.last_at.and_utc(),
    };
    let plan = Plan {
        owner: (None, None),
        cases: Cases::Cluster { id, after: None },
        title: format!("Linked investment fraud reports, cluster {id}"),
        scope: Scope::Cluster(summary),
        stem: format!("cluster-{id}"),
        options,
    };
    let detail = format!("cluster={id} {}", plan.options.audit_detail(false));
    portal
        .reads
        .append(read(&officer, "export", &plan, detail))
        .await
        .context("cannot audit an export")?;
    Ok(respond(&state, &officer, plan))
}

/// One case of `scope` in `kind` (MISP or STIX for the API), in memory,
/// never with its victim's contact details; the caller audits it.
pub fn one_case(
    c: &mut crate::db::DbConnection,
    site: &Site,
    (scope, id, reference): (
        &crate::db::portal::cases::Scope,
        i64,
        &crate::domain::CaseRef,
    ),
    (kind, tlp): (export::Kind, export::Tlp),
) -> anyhow::Result<Vec<u8>> {
    let meta = ExportMeta {
        title: format!("Investment fraud report {reference}"),
        generated_at: Utc::now(),
        tlp,
        distribution: export::Distribution::Organisation,
        scope: Scope::Case,
        service: service(site),
        with_victims: false,
    };
    let lang = crate::web::lang::Lang::fallback(&site.locales);
    let record = crate::db::portal::export::records(c, scope, &[id])?
        .pop()
        .ok_or_else(|| anyhow::anyhow!("case {reference} left the scope"))?;
    let case = convert::export_case((&site.sealer, &site.directory), &lang, record, false);
    Ok(export::single(kind, meta, &case)?)
}
