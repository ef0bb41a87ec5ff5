//! `GET /portal/overview/clusters/{id}`: one cluster of linked cases —
//! its victims per country as a table, a bar chart and a world map, loss
//! per currency, reports per week, the authorities holding its reports
//! with their public channels, and the values its reports share. Counts
//! and values only: no reference or victim data of any case.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use anyhow::Context;
use askama::Template;
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;

use chrono::Utc;
use serde::Deserialize;

use super::audit;
use crate::db::portal::audit::{self as log, Entry};
use crate::db::portal::named;
use crate::db::portal::overview::{self, Cluster};
use crate::db::{Pool, query, write_transaction};
use crate::domain::CountryCode;
use crate::domain::money::format_minor;
use crate::error::PageError;
use crate::i18n::Locale;
use crate::portal::Portal;
use crate::portal::cases::view::label;
use crate::portal::frame::{Csrf, Frame, signed_in};
use crate::portal::session::Officer;
use crate::seal::Field;
use crate::web::csrf;
use crate::web::page::render;
use crate::web::site::Site;
use crate::web::svg::{self, ChartLabels, MapLabels};

/// The kinds of shared values, in the page's order.
pub const KINDS: [&str; 8] = [
    "platform",
    "domain",
    "wallet-btc",
    "wallet-eth",
    "wallet-trx",
    "iban",
    "phone",
    "email",
];
/// Values listed per kind on the page (the CSV has them all).
const PER_KIND: usize = 15;

#[derive(Template)]
#[template(path = "portal/cluster.html")]
struct ClusterPage<'a> {
    l: &'a FluentLanguageLoader,
    frame: Frame<'a>,
    id: i64,
    victims: i64,
    countries: i64,
    authorities: i64,
    first: String,
    last: String,
    map: String,
    bars: String,
    weeks: String,
    by_country: Vec<(String, i64)>,
    losses: Vec<String>,
    holders: Vec<Holder>,
    kinds: Vec<KindLines>,
    /// Its latest name, if a coordinator named it.
    name: String,
    typed: String,
    problem: Option<String>,
    named: bool,
    export: crate::portal::cases::ExportForm,
}

/// The naming form.
#[derive(Debug, Default, Deserialize)]
pub struct Naming {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    name: String,
}

/// After naming, whether to say so.
#[derive(Debug, Default, Deserialize)]
pub struct Shown {
    #[serde(default)]
    named: Option<String>,
}

/// An authority holding reports of the cluster.
pub struct Holder {
    pub name: String,
    pub channel: String,
    pub reports: i64,
}

/// The shared values of one kind.
struct KindLines {
    name: String,
    values: Vec<(String, i64)>,
    more: usize,
}

/// Reads cluster `id` (a coordinator's, audited); `None` when there is no
/// such cluster.
pub async fn read(
    pool: &Pool,
    portal: &Portal,
    officer: &Officer,
    id: &str,
    action: &'static str,
) -> Result<Cluster, PageError> {
    officer.coordinator()?;
    let id: i64 = id.parse().map_err(|_| PageError::NotFound)?;
    let found = query(pool, move |c| Ok(overview::cluster(c, id)?))
        .await
        .context("cannot read a cluster")?
        .ok_or(PageError::NotFound)?;
    audit(portal, officer, action, format!("cluster={id}")).await?;
    Ok(found)
}

/// `GET /portal/overview/clusters/{id}`.
pub async fn show(
    req: HttpRequest,
    (site, pool, portal): (web::Data<Site>, web::Data<Pool>, web::Data<Portal>),
    officer: Officer,
    (id, shown): (web::Path<String>, web::Query<Shown>),
) -> Result<HttpResponse, PageError> {
    let form = (String::new(), None, shown.named.is_some());
    page(&req, (&site, &pool, &portal), &officer, &id, form).await
}

/// `POST /portal/overview/clusters/{id}/name`: names the cluster as a
/// campaign and notifies every authority holding its reports (audited).
pub async fn name(
    req: HttpRequest,
    (site, pool, portal): (web::Data<Site>, web::Data<Pool>, web::Data<Portal>),
    officer: Officer,
    (id, form): (web::Path<String>, web::Form<Naming>),
) -> Result<HttpResponse, PageError> {
    officer.coordinator()?;
    let secure = site.settings.secure_cookies;
    csrf::verified(&req, secure, &site.keys, &form.csrf_token).ok_or(PageError::Forbidden)?;
    let name = form.name.trim().to_string();
    let l = &officer.lang.loader;
    let problem = match name.chars().count() {
        0 => Some(fl!(l, "portal-cluster-name-missing")),
        n if n > named::NAME_MAX => Some(fl!(
            l,
            "portal-cluster-name-too-long",
            max = named::NAME_MAX
        )),
        _ => None,
    };
    let target = (site.get_ref(), pool.get_ref(), portal.get_ref());
    if problem.is_some() {
        return page(
            &req,
            target,
            &officer,
            &id,
            (form.name.clone(), problem, false),
        )
        .await;
    }
    let cluster: i64 = id.parse().map_err(|_| PageError::NotFound)?;
    let (by, directory, sealer) = (
        officer.account.id,
        site.directory.clone(),
        site.sealer.clone(),
    );
    let done = query(&pool, move |c| {
        let now = Utc::now().naive_utc();
        let intake = |key: &str| {
            directory
                .intake_address(key, "")
                .filter(|a| !a.is_empty())
                .map(|a| sealer.seal(Field::Email, &a))
        };
        Ok(write_transaction(c, |c| {
            let Some(notified) = named::name_cluster(c, cluster, &name, (by, now), &intake)? else {
                return Ok(None);
            };
            let detail = format!("cluster={cluster} authorities={notified}");
            log::append(c, &Entry::unscoped(by, "cluster-name", &detail), now)?;
            Ok(Some(notified))
        })?)
    })
    .await
    .context("cannot name a cluster")?;
    done.ok_or(PageError::NotFound)?;
    Ok(HttpResponse::SeeOther()
        .insert_header((
            actix_web::http::header::LOCATION,
            format!("/portal/overview/clusters/{cluster}?named=1"),
        ))
        .finish())
}

/// The cluster's page, with what the naming form had typed and why it was refused.
async fn page(
    req: &HttpRequest,
    (site, pool, portal): (&Site, &Pool, &Portal),
    officer: &Officer,
    id: &str,
    (typed, problem, named): (String, Option<String>, bool),
) -> Result<HttpResponse, PageError> {
    let cluster = read(pool, portal, officer, id, "cluster-view").await?;
    let cluster_id = cluster.summary.id;
    let name = query(pool, move |c| Ok(named::names(c, &[cluster_id])?))
        .await
        .context("cannot read a cluster's name")?
        .remove(&cluster_id)
        .unwrap_or_default();
    let status = match problem {
        Some(_) => StatusCode::UNPROCESSABLE_ENTITY,
        None => StatusCode::OK,
    };
    let locale = &officer.lang;
    let l = &locale.loader;
    let here = format!("/portal/overview/clusters/{}", cluster.summary.id);
    let csrf = Csrf::of(req, site);
    let by_country: Vec<(String, i64)> = cluster
        .countries
        .iter()
        .map(|(code, n)| (country_name(locale, code), *n))
        .collect();
    let number = |n: u64| n.to_string();
    let counts: Vec<(&str, u64)> = cluster
        .countries
        .iter()
        .map(|(code, n)| (code.as_str(), u64::try_from(*n).unwrap_or(0)))
        .collect();
    let map = svg::world_map(
        &counts,
        &|code: &str| country_name(locale, code),
        &MapLabels {
            title: fl!(l, "portal-cluster-map"),
            desc: fl!(
                l,
                "portal-cluster-map-desc",
                countries = cluster.summary.countries
            ),
            legend_title: fl!(l, "portal-cluster-victims"),
            none: fl!(l, "portal-cluster-none"),
            format_number: &number,
        },
    );
    let bars = svg::bar_chart(
        &by_country
            .iter()
            .map(|(name, n)| (name.clone(), u64::try_from(*n).unwrap_or(0)))
            .collect::<Vec<_>>(),
        &ChartLabels {
            title: fl!(l, "portal-cluster-by-country"),
            desc: fl!(l, "portal-cluster-by-country"),
            empty: fl!(l, "portal-cluster-none"),
            format_number: &number,
        },
    );
    let weeks = svg::weekly_chart(
        &cluster.weeks,
        &ChartLabels {
            title: fl!(l, "portal-cluster-weeks"),
            desc: fl!(l, "portal-cluster-weeks"),
            empty: fl!(l, "portal-cluster-none"),
            format_number: &number,
        },
    );
    let s = &cluster.summary;
    let page = ClusterPage {
        l,
        frame: signed_in(site, officer, &csrf, &here),
        id: s.id,
        victims: s.reports,
        countries: s.countries,
        authorities: s.authorities,
        first: s.first_at.format("%Y-%m-%d").to_string(),
        last: s.last_at.format("%Y-%m-%d").to_string(),
        map,
        bars,
        weeks,
        by_country,
        losses: cluster
            .losses
            .iter()
            .map(|(currency, minor)| format_minor(*minor, currency))
            .collect(),
        holders: holders(site, l, &cluster),
        kinds: kinds(l, &cluster),
        name,
        typed,
        problem,
        named,
        export: crate::portal::cases::ExportForm::cluster(l, officer.role(), s.id),
    };
    Ok(csrf.finish(render(status, &page)))
}

/// A country's name in the reader's language (the code if unknown).
pub fn country_name(locale: &Locale, code: &str) -> String {
    CountryCode::parse(code).map_or(code.to_string(), |c| locale.country_name(c).to_string())
}

/// The authorities holding the cluster's reports, most first.
pub fn holders(site: &Site, l: &FluentLanguageLoader, cluster: &Cluster) -> Vec<Holder> {
    cluster
        .authorities
        .iter()
        .map(|(id, n)| {
            let (name, channel) = match site.directory.get(id) {
                Some(a) => (
                    a.name_local.clone(),
                    match a.report_url.is_empty() {
                        true => a.website.clone(),
                        false => a.report_url.clone(),
                    },
                ),
                None if id.is_empty() => (fl!(l, "portal-case-hub"), String::new()),
                None => (id.clone(), String::new()),
            };
            Holder {
                name,
                channel,
                reports: *n,
            }
        })
        .collect()
}

fn kinds(l: &FluentLanguageLoader, cluster: &Cluster) -> Vec<KindLines> {
    KINDS
        .iter()
        .filter_map(|kind| {
            let all: Vec<(String, i64)> = cluster
                .values
                .iter()
                .filter(|(k, _, _)| k == kind)
                .map(|(_, v, n)| (v.clone(), *n))
                .collect();
            if all.is_empty() {
                return None;
            }
            Some(KindLines {
                name: label(l, "portal-case-kind-", kind),
                more: all.len().saturating_sub(PER_KIND),
                values: all.into_iter().take(PER_KIND).collect(),
            })
        })
        .collect()
}
