//! The overview's tables as CSV files (RFC 4180, a translated header row,
//! cells a spreadsheet would run defused): the ranked clusters, and a
//! cluster's victims per country, authorities, losses, weeks and shared
//! values. Each download is audited.

use actix_web::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use actix_web::{HttpResponse, web};
use anyhow::Context;
use i18n_embed_fl::fl;

use super::cluster::{country_name, holders, read};
use super::{Asked, Row, audit, load};
use crate::domain::money::format_minor;
use crate::error::PageError;
use crate::portal::Portal;
use crate::portal::cases::view::label;
use crate::portal::session::Officer;
use crate::web::site::Site;

/// A cell a spreadsheet would not run: `=`, `+`, `-`, `@`, tab or CR first
/// get a `'` before them.
pub fn defused(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_string(),
    }
}

/// A CSV file of `header` and `rows`, as a download named `name`.
fn file(
    name: &str,
    header: Vec<String>,
    rows: Vec<Vec<String>>,
) -> Result<HttpResponse, PageError> {
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    w.write_record(header.iter().map(|c| defused(c)))
        .context("cannot write a CSV row")?;
    for row in rows {
        w.write_record(row.iter().map(|c| defused(c)))
            .context("cannot write a CSV row")?;
    }
    let body = w.into_inner().context("cannot finish the CSV")?;
    Ok(HttpResponse::Ok()
        .insert_header((CONTENT_TYPE, "text/csv; charset=utf-8"))
        .insert_header((
            CONTENT_DISPOSITION,
            format!("attachment; filename=\"{name}\""),
        ))
        .insert_header((CACHE_CONTROL, "no-store"))
        .body(body))
}

/// `GET /portal/overview.csv`: the ranked clusters.
pub async fn ranked(
    (pool, portal): (web::Data<crate::db::Pool>, web::Data<Portal>),
    officer: Officer,
    asked: web::Query<Asked>,
) -> Result<HttpResponse, PageError> {
    officer.coordinator()?;
    let (rank, currency, _, rows) = load(&pool, &asked).await?;
    audit(
        &portal,
        &officer,
        "overview-export",
        format!("rank={}", rank.as_str()),
    )
    .await?;
    let l = &officer.lang.loader;
    let header = vec![
        fl!(l, "portal-overview-cluster"),
        fl!(l, "portal-cluster-victims"),
        fl!(l, "portal-cluster-countries"),
        fl!(l, "portal-cluster-authorities"),
        fl!(l, "portal-overview-loss", currency = currency.clone()),
        fl!(l, "portal-cluster-first"),
        fl!(l, "portal-cluster-last"),
    ];
    let rows = rows
        .iter()
        .map(|r| {
            let r = Row::of(r, &currency);
            vec![
                r.id.to_string(),
                r.victims.to_string(),
                r.countries.to_string(),
                r.authorities.to_string(),
                r.loss,
                r.first,
                r.last,
            ]
        })
        .collect();
    file("clusters.csv", header, rows)
}

/// `GET /portal/overview/clusters/{id}/{table}.csv`: `countries`,
/// `authorities`, `losses`, `weeks` or `values`; anything else is not found.
pub async fn of_cluster(
    (site, pool, portal): (
        web::Data<Site>,
        web::Data<crate::db::Pool>,
        web::Data<Portal>,
    ),
    officer: Officer,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let (id, file_name) = path.into_inner();
    let table = match file_name.strip_suffix(".csv") {
        Some(t) if ["countries", "authorities", "losses", "weeks", "values"].contains(&t) => t,
        _ => return Err(PageError::NotFound),
    };
    let cluster = read(&pool, &portal, &officer, &id, "cluster-export").await?;
    let locale = &officer.lang;
    let l = &locale.loader;
    let (header, rows): (Vec<String>, Vec<Vec<String>>) = match table {
        "countries" => (
            vec![
                fl!(l, "portal-cluster-country"),
                fl!(l, "portal-cluster-code"),
                fl!(l, "portal-cluster-victims"),
            ],
            cluster
                .countries
                .iter()
                .map(|(code, n)| vec![country_name(locale, code), code.clone(), n.to_string()])
                .collect(),
        ),
        "authorities" => (
            vec![
                fl!(l, "portal-linked-authority"),
                fl!(l, "portal-unattended-channel"),
                fl!(l, "portal-linked-reports"),
            ],
            holders(&site, l, &cluster)
                .into_iter()
                .map(|h| vec![h.name, h.channel, h.reports.to_string()])
                .collect(),
        ),
        "losses" => (
            vec![
                fl!(l, "portal-cluster-currency"),
                fl!(l, "portal-cluster-loss"),
            ],
            cluster
                .losses
                .iter()
                .map(|(c, minor)| vec![c.clone(), format_minor(*minor, c)])
                .collect(),
        ),
        "weeks" => (
            vec![
                fl!(l, "portal-cluster-week"),
                fl!(l, "portal-linked-reports"),
            ],
            cluster
                .weeks
                .iter()
                .map(|(week, n)| vec![week.format("%Y-%m-%d").to_string(), n.to_string()])
                .collect(),
        ),
        _ => (
            vec![
                fl!(l, "portal-case-indicator-kind"),
                fl!(l, "portal-cluster-value"),
                fl!(l, "portal-linked-reports"),
            ],
            cluster
                .values
                .iter()
                .map(|(kind, value, n)| {
                    vec![
                        label(l, "portal-case-kind-", kind),
                        value.clone(),
                        n.to_string(),
                    ]
                })
                .collect(),
        ),
    };
    file(
        &format!("cluster-{}-{table}.csv", cluster.summary.id),
        header,
        rows,
    )
}
