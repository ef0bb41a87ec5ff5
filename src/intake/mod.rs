//! The public side: home page, report form, submission, receipt.

mod case;
pub mod form;
mod get;
pub mod pages;
mod post;
pub mod validate;
pub mod writer;

use actix_extensible_rate_limit::backend::memory::InMemoryBackend;
use actix_extensible_rate_limit::backend::{Backend, SimpleInput};
use actix_web::{HttpRequest, HttpResponse, http::StatusCode, web};

use std::sync::Arc;
use std::time::Duration;

use crate::domain::CountryCode;
use crate::geo::{GeoIp, Location};
use crate::i18n::{Locale, Locales};
use crate::routing::Directory;
use crate::seal::Sealer;
use crate::web::assets::Assets;
use crate::web::client_ip::ClientAddress;
use crate::web::keys::Keys;
use crate::web::page::{MessagePage, Page, render};
use writer::ReportWriter;

/// What the public pages share, built once at start-up.
pub struct Site {
    pub locales: Arc<Locales>,
    pub assets: web::Data<Assets>,
    pub keys: Keys,
    pub settings: IntakeSettings,
    pub writer: ReportWriter,
    /// Absent when the limit is switched off.
    pub rate_limit: Option<RateLimit>,
    pub directory: Arc<Directory>,
    pub geo: Arc<GeoIp>,
    /// Seals victims' contact details before they are stored.
    pub sealer: Sealer,
}

impl Site {
    /// The locale named by the URL's first segment, if we ship it.
    fn locale_of(&self, req: &HttpRequest) -> Option<&Locale> {
        req.match_info()
            .get("lang")
            .and_then(|code| self.locales.get(code))
    }

    /// Where the client appears to be: a trusted CDN's country header, else
    /// the geolocation database. The address is looked up, never kept.
    fn locate(&self, req: &HttpRequest) -> Option<Location> {
        let client = &self.settings.client;
        if let Some(header) = &self.settings.country_header
            && client.peer_is_trusted(req)
        {
            let value = req
                .headers()
                .get(header.as_str())
                .and_then(|v| v.to_str().ok());
            if let Some(country) = value.and_then(CountryCode::parse) {
                return Some(Location {
                    country,
                    region: None,
                });
            }
        }
        self.geo.lookup(client.client_ip(req)?)
    }

    /// Counts a request against the client's per-minute allowance for one
    /// kind of action. The client (an IPv6 client by its network) is kept
    /// only in memory, for a minute.
    async fn within_rate_limit(&self, req: &HttpRequest, bucket: Bucket) -> bool {
        let (Some(limit), Some(client)) = (&self.rate_limit, self.settings.client.limit_key(req))
        else {
            return true;
        };
        let input = SimpleInput {
            interval: Duration::from_secs(60),
            max_requests: u64::from(self.settings.rate_limit),
            key: format!("{bucket:?}:{client}"),
        };
        match limit.0.request(input).await {
            Ok((decision, _, _)) => decision.is_allowed(),
            Err(never) => match never {},
        }
    }

    /// A page frame for `locale`; `path` is the page's path after the language.
    fn page<'a>(&'a self, locale: &'a Locale, path: &'a str) -> Page<'a> {
        Page {
            locale,
            path,
            assets: &self.assets,
        }
    }
}

/// Settings of the public side, taken from the configuration at start-up.
pub struct IntakeSettings {
    /// Submissions (and, counted apart, case actions) per minute per
    /// client; 0 = no limit.
    pub rate_limit: u32,
    /// Who the client is, behind the trusted proxies.
    pub client: ClientAddress,
    /// Mark cookies `Secure` (the public URL is https).
    pub secure_cookies: bool,
    /// The public URL, without a trailing slash.
    pub base_url: String,
    /// A CDN header with the client's country, believed from trusted proxies.
    pub country_header: Option<String>,
    /// Where cases for the coordination hub are e-mailed ("" for nowhere).
    pub hub_email: String,
}

/// What a per-client allowance counts: new reports, and actions on an
/// existing case (its page's forms and the e-mail links' buttons).
#[derive(Debug, Clone, Copy)]
enum Bucket {
    Reports,
    CaseActions,
}

/// The in-memory counter behind the submission rate limit.
#[derive(Clone)]
pub struct RateLimit(pub InMemoryBackend);

/// Registers the public routes.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/", web::get().to(get::root))
        .route("/{lang}", web::get().to(get::home_redirect))
        .route("/{lang}/", web::get().to(get::home))
        .route("/{lang}/report", web::get().to(get::form))
        .route("/{lang}/report", web::post().to(post::submit))
        .route("/{lang}/case/{secret}", web::get().to(case::show))
        .route(
            "/{lang}/case/{secret}/preferences",
            web::post().to(case::preferences),
        )
        .route(
            "/{lang}/case/{secret}/approach",
            web::post().to(case::approach),
        )
        .route("/{lang}/case/{secret}/erase", web::post().to(case::erase))
        .route(
            "/{lang}/confirm/{secret}",
            web::get().to(|r, s, p| case::link_page(r, s, p, &case::CONFIRM)),
        )
        .route(
            "/{lang}/confirm/{secret}",
            web::post().to(|r, s, p| case::link_post(r, s, p, &case::CONFIRM)),
        )
        .route(
            "/{lang}/unsubscribe/{secret}",
            web::get().to(|r, s, p| case::link_page(r, s, p, &case::UNSUBSCRIBE)),
        )
        .route(
            "/{lang}/unsubscribe/{secret}",
            web::post().to(|r, s, p| case::link_post(r, s, p, &case::UNSUBSCRIBE)),
        )
        .route("/portal/cases/{reference}", web::get().to(portal_pending));
}

/// `GET /portal/cases/{reference}`: the link in authority notifications.
/// The officers' portal (with sign-in) is not built yet; until it is, the
/// link says so instead of failing, and shows nothing of the case.
async fn portal_pending() -> HttpResponse {
    HttpResponse::ServiceUnavailable()
        .content_type("text/plain; charset=utf-8")
        .insert_header(("Cache-Control", "no-store"))
        .body("The officers' portal is not open yet. Cases are listed there after sign-in once it is.\n")
}

/// A translated page with a title and a text (404, 500, …).
pub fn message(
    status: StatusCode,
    locale: &Locale,
    assets: &Assets,
    title_id: &str,
    text_id: &str,
) -> HttpResponse {
    let l = &locale.loader;
    render(
        status,
        &MessagePage {
            l,
            page: Page {
                locale,
                path: "/",
                assets,
            },
            title: l.get(title_id),
            text: l.get(text_id),
        },
    )
}

/// The default service: "page not found", in the visitor's language.
pub async fn not_found(req: HttpRequest, site: web::Data<Site>) -> HttpResponse {
    let locales = &site.locales;
    let accept = req
        .headers()
        .get("accept-language")
        .and_then(|v| v.to_str().ok());
    let from_path = req
        .path()
        .split('/')
        .nth(1)
        .and_then(|code| locales.get(code));
    let locale = from_path.unwrap_or_else(|| locales.negotiate(accept));
    message(
        StatusCode::NOT_FOUND,
        locale,
        &site.assets,
        "not-found-title",
        "not-found-text",
    )
}
