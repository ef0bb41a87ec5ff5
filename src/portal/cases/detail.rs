//! `GET /portal/cases/{reference}`: one case, everything the victim gave,
//! its history and the forms that work it. A reference that does not
//! parse, does not exist or is outside the account's scope gets the same
//! "not found". Every showing of the page is audited (`case-view`, one
//! append after the reads).

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use anyhow::Context;
use askama::Template;
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;

use super::actions::ASSIGN;
use super::export::form::ExportForm;
use super::view::{self, Fact, IndicatorLine, Moment, PaymentLine, name_of, status_name};
use crate::db::linkage::view::CaseLinks;
use crate::db::portal::case::{self, CaseHead, Details, EventRow};
use crate::db::portal::cases::Scope;
use crate::db::{Pool, query};
use crate::domain::CaseRef;
use crate::error::PageError;
use crate::portal::Portal;
use crate::portal::frame::{Csrf, Frame, signed_in};
use crate::portal::read_log::Read;
use crate::portal::session::Officer;
use crate::seal::{Field, Sealer};
use crate::web::page::render;
use crate::web::site::Site;

/// What a refused form had typed, and why it was refused (a message id).
#[derive(Debug, Default, Clone)]
pub struct Typed {
    pub status_problem: Option<&'static str>,
    pub status_to: String,
    pub reason_problem: Option<&'static str>,
    pub reason: String,
    pub note_problem: Option<&'static str>,
    pub note: String,
    pub assign_problem: Option<&'static str>,
    pub assignee: String,
}

impl Typed {
    fn refused(&self) -> bool {
        self.status_problem.is_some()
            || self.reason_problem.is_some()
            || self.note_problem.is_some()
            || self.assign_problem.is_some()
    }
}

/// A choice of a form's select.
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

#[derive(Template)]
#[template(path = "portal/case.html")]
struct CasePage<'a> {
    l: &'a FluentLanguageLoader,
    frame: Frame<'a>,
    reference: String,
    status: String,
    assignee: String,
    contact: Vec<Fact>,
    routing: Vec<Fact>,
    fraud: Vec<Fact>,
    story: String,
    payments: Vec<PaymentLine>,
    indicators: Vec<IndicatorLine>,
    /// Values other reports share, and who holds those reports.
    linked: Vec<super::linked::SharedLine>,
    /// How many reports the case's cluster holds (a sentence, or empty).
    cluster: String,
    timeline: Vec<Moment>,
    notes: Vec<Moment>,
    next_statuses: Vec<Choice>,
    officers: Vec<Choice>,
    typed: Typed,
    status_problem: Option<String>,
    reason_problem: Option<String>,
    note_problem: Option<String>,
    assign_problem: Option<String>,
    export: ExportForm,
}

/// `GET /portal/cases/{reference}`.
pub async fn show(
    req: HttpRequest,
    (site, pool, portal): (web::Data<Site>, web::Data<Pool>, web::Data<Portal>),
    officer: Officer,
    reference: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    page(
        &req,
        (&site, &pool, &portal),
        &officer,
        &reference,
        Typed::default(),
    )
    .await
}

/// The reference of the URL; one that does not parse is not found.
pub fn parse_reference(text: &str) -> Result<CaseRef, PageError> {
    CaseRef::parse(text).ok_or(PageError::NotFound)
}

/// The account's scope; an account that sees no case finds none.
pub fn scope_of(officer: &Officer) -> Result<Scope, PageError> {
    match Scope::of(officer.role(), officer.authority()) {
        Scope::Nothing => Err(PageError::NotFound),
        scope => Ok(scope),
    }
}

/// The account ids assignment entries name (their bodies are sealed).
fn assignees(sealer: &Sealer, events: &[EventRow]) -> Vec<i64> {
    events
        .iter()
        .filter(|e| e.kind == ASSIGN)
        .filter_map(|e| e.body.as_deref())
        .filter_map(|b| sealer.open(Field::CaseText, b).ok()?.parse().ok())
        .collect()
}

/// Reads the case, audits the view, and renders the page with what a
/// refused form had typed.
pub async fn page(
    req: &HttpRequest,
    (site, pool, portal): (&Site, &Pool, &Portal),
    officer: &Officer,
    reference: &str,
    typed: Typed,
) -> Result<HttpResponse, PageError> {
    let reference = parse_reference(reference)?;
    let scope = scope_of(officer)?;
    let sealer = site.sealer.clone();
    let rules = portal.linkage;
    let found = query(pool, move |c| {
        let Some(head) = case::head(c, &scope, &reference)? else {
            return Ok(None);
        };
        let details = case::details(c, &head, |events| assignees(&sealer, events))?;
        let links = crate::db::linkage::view::of_report(c, &rules, head.id)?;
        Ok(Some((head, details, links)))
    })
    .await
    .context("cannot open a case")?;
    let (head, details, links) = found.ok_or(PageError::NotFound)?;
    // Recorded before anything of the case is shown.
    portal
        .reads
        .append(Read {
            account_id: Some(officer.account.id),
            action: "case-view",
            authority_id: head.authority_id.clone(),
            report_id: Some(head.id),
            detail: String::new(),
        })
        .await
        .context("cannot audit a case view")?;
    let status = if typed.refused() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    Ok(render_case(
        req,
        site,
        officer,
        (&head, &details, &links),
        typed,
        status,
    ))
}

/// The statuses the case may move to, and the officers it may go to.
fn choices(
    l: &FluentLanguageLoader,
    head: &CaseHead,
    d: &Details,
    typed: &Typed,
) -> [Vec<Choice>; 2] {
    let statuses = head
        .status
        .next()
        .iter()
        .map(|s| Choice {
            value: s.as_str().to_string(),
            label: status_name(l, *s),
            selected: typed.status_to == s.as_str(),
        })
        .collect();
    let current = head
        .assignee_id
        .map(|id| id.to_string())
        .unwrap_or_default();
    let chosen = if typed.assign_problem.is_some() {
        &typed.assignee
    } else {
        &current
    };
    let mut officers = vec![Choice {
        value: String::new(),
        label: fl!(l, "portal-case-unassigned"),
        selected: chosen.is_empty(),
    }];
    officers.extend(d.assignable.iter().map(|(id, name)| Choice {
        value: id.to_string(),
        label: name.clone(),
        selected: *chosen == id.to_string(),
    }));
    [statuses, officers]
}

fn render_case(
    req: &HttpRequest,
    site: &Site,
    officer: &Officer,
    (head, d, links): (&CaseHead, &Details, &CaseLinks),
    typed: Typed,
    status: StatusCode,
) -> HttpResponse {
    let l = &officer.lang.loader;
    let csrf = Csrf::of(req, site);
    let reference = head.reference.to_string();
    let here = format!("/portal/cases/{reference}");
    let [next_statuses, officers] = choices(l, head, d, &typed);
    let story = head
        .story
        .as_deref()
        .map(|s| view::unseal(&site.sealer, l, Field::Story, s))
        .unwrap_or_default();
    let problem = |id: Option<&str>| id.map(|id| l.get(id));
    let page = CasePage {
        l,
        frame: signed_in(site, officer, &csrf, &here),
        status: status_name(l, head.status),
        assignee: name_of(&d.names, head.assignee_id),
        contact: super::facts::contact(&site.sealer, &officer.lang, head),
        routing: super::facts::routing(&site.directory, &officer.lang, head),
        fraud: super::facts::fraud(&officer.lang, head),
        story,
        payments: view::payments(l, &d.payments),
        indicators: view::indicators(l, &d.indicators),
        linked: super::linked::lines(site, &officer.lang, links),
        cluster: links
            .cluster
            .map(|(_, n)| fl!(l, "portal-linked-cluster", reports = n))
            .unwrap_or_default(),
        timeline: view::timeline(site, l, head, d),
        notes: view::notes(site, l, d),
        next_statuses,
        officers,
        status_problem: problem(typed.status_problem),
        reason_problem: problem(typed.reason_problem),
        note_problem: problem(typed.note_problem),
        assign_problem: problem(typed.assign_problem),
        export: ExportForm::case(l, officer.role(), &reference),
        typed,
        reference,
    };
    csrf.finish(render(status, &page))
}
