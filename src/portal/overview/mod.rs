//! `/portal/overview`, for coordinators: the clusters of linked cases
//! ranked by victims, countries, or loss in one currency, each leading to
//! its page ([`cluster`]); every table also downloads as CSV ([`tables`]).
//! Reads only the summaries the worker keeps, so the page costs a few
//! index reads however many reports there are.

mod cluster;
mod tables;

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use anyhow::Context;
use askama::Template;
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;
use serde::Deserialize;

use super::Portal;
use super::frame::{Csrf, Frame, signed_in};
use super::read_log::Read;
use super::session::Officer;
use crate::db::portal::overview::{self, Rank, Ranked};
use crate::db::{Pool, query};
use crate::domain::money::format_minor;
use crate::error::PageError;
use crate::web::page::render;
use crate::web::site::Site;

/// Clusters the page ranks.
pub const SHOWN: i64 = 100;

/// Registers the overview's routes.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/overview", web::get().to(show))
        .route("/overview.csv", web::get().to(tables::ranked))
        .route("/overview/clusters/{id}", web::get().to(cluster::show))
        .route(
            "/overview/clusters/{id}/name",
            web::post().to(cluster::name),
        )
        // Before the tables: `export.json` is not a table.
        .route(
            "/overview/clusters/{id}/export.{format}",
            web::get().to(super::cases::export_cluster),
        )
        .route(
            "/overview/clusters/{id}/{table}",
            web::get().to(tables::of_cluster),
        );
}

/// The ranking asked for.
#[derive(Debug, Deserialize, Default)]
pub struct Asked {
    #[serde(default)]
    rank: String,
    #[serde(default)]
    currency: String,
}

impl Asked {
    /// The ranking and currency, with defaults for what is missing or unknown.
    fn resolve(&self, currencies: &[String]) -> (Rank, String) {
        let rank = Rank::parse(&self.rank).unwrap_or(Rank::Victims);
        let currency = match currencies.contains(&self.currency) {
            true => self.currency.clone(),
            false => currencies
                .iter()
                .find(|c| *c == "EUR")
                .or(currencies.first())
                .cloned()
                .unwrap_or_else(|| "EUR".to_string()),
        };
        (rank, currency)
    }
}

/// Records an overview read in the audit log.
async fn audit(
    portal: &Portal,
    officer: &Officer,
    action: &'static str,
    detail: String,
) -> Result<(), PageError> {
    portal
        .reads
        .append(Read {
            account_id: Some(officer.account.id),
            action,
            authority_id: None,
            report_id: None,
            detail,
        })
        .await
        .context("cannot audit an overview read")?;
    Ok(())
}

/// The ranked clusters and the currencies to choose from.
async fn load(
    pool: &Pool,
    asked: &Asked,
) -> Result<(Rank, String, Vec<String>, Vec<Ranked>), PageError> {
    let (rank, currency) = (asked.rank.clone(), asked.currency.clone());
    let found = query(pool, move |c| {
        let currencies = overview::currencies(c)?;
        let asked = Asked { rank, currency };
        let (rank, currency) = asked.resolve(&currencies);
        let rows = overview::ranked(c, rank, &currency, SHOWN)?;
        Ok((rank, currency, currencies, rows))
    })
    .await
    .context("cannot read the clusters")?;
    Ok(found)
}

#[derive(Template)]
#[template(path = "portal/overview.html")]
struct OverviewPage<'a> {
    l: &'a FluentLanguageLoader,
    frame: Frame<'a>,
    ranks: Vec<(&'static str, String, bool)>,
    currencies: Vec<(String, bool)>,
    rank: &'static str,
    currency: String,
    rows: Vec<Row>,
}

/// One ranked cluster as the page shows it.
pub struct Row {
    pub id: i64,
    pub victims: i64,
    pub countries: i64,
    pub authorities: i64,
    pub loss: String,
    pub first: String,
    pub last: String,
}

impl Row {
    fn of(r: &Ranked, currency: &str) -> Row {
        let s = &r.summary;
        Row {
            id: s.id,
            victims: s.reports,
            countries: s.countries,
            authorities: s.authorities,
            loss: format_minor(r.loss_minor, currency),
            first: s.first_at.format("%Y-%m-%d").to_string(),
            last: s.last_at.format("%Y-%m-%d").to_string(),
        }
    }
}

/// `GET /portal/overview`.
pub async fn show(
    req: HttpRequest,
    (site, pool, portal): (web::Data<Site>, web::Data<Pool>, web::Data<Portal>),
    officer: Officer,
    asked: web::Query<Asked>,
) -> Result<HttpResponse, PageError> {
    officer.coordinator()?;
    let (rank, currency, currencies, rows) = load(&pool, &asked).await?;
    audit(
        &portal,
        &officer,
        "overview",
        format!("rank={}", rank.as_str()),
    )
    .await?;
    let l = &officer.lang.loader;
    let csrf = Csrf::of(&req, &site);
    let page = OverviewPage {
        l,
        frame: signed_in(&site, &officer, &csrf, "/portal/overview"),
        ranks: Rank::ALL
            .iter()
            .map(|r| (r.as_str(), rank_name(l, *r), *r == rank))
            .collect(),
        currencies: currencies
            .iter()
            .map(|c| (c.clone(), *c == currency))
            .collect(),
        rank: rank.as_str(),
        rows: rows.iter().map(|r| Row::of(r, &currency)).collect(),
        currency,
    };
    Ok(csrf.finish(render(StatusCode::OK, &page)))
}

fn rank_name(l: &FluentLanguageLoader, rank: Rank) -> String {
    match rank {
        Rank::Victims => fl!(l, "portal-overview-rank-victims"),
        Rank::Countries => fl!(l, "portal-overview-rank-countries"),
        Rank::Loss => fl!(l, "portal-overview-rank-loss"),
    }
}
