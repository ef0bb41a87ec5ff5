//! The public side: home page, report form, submission, the victim's case
//! page and the links from e-mails. What every page shares is
//! [`crate::web::site::Site`]; the form's own state is [`Intake`].

mod case;
pub mod check;
pub mod form;
mod get;
pub mod pages;
mod post;
pub mod validate;
pub mod writer;

use actix_extensible_rate_limit::backend::memory::InMemoryBackend;
use actix_extensible_rate_limit::backend::{Backend, SimpleInput};
use actix_web::{HttpRequest, web};

use std::time::Duration;

use crate::web::client_ip::ClientAddress;
use writer::ReportWriter;

/// The public form's own state, built once at start-up.
pub struct Intake {
    pub writer: ReportWriter,
    /// Submissions (and, counted apart, case actions) per minute per
    /// client; 0 = no limit.
    pub rate_limit: u32,
    /// Public checks per minute per client; 0 = no limit.
    pub check_rate_limit: u32,
    /// API checks per minute per token; 0 = no limit.
    pub api_check_rate_limit: u32,
    /// Absent when both limits are switched off.
    pub limiter: Option<RateLimit>,
    /// Where cases for the coordination hub are e-mailed ("" for nowhere).
    pub hub_email: String,
}

impl Intake {
    /// Counts a request against the client's per-minute allowance for one
    /// kind of action. The client (an IPv6 client by its network) is kept
    /// only in memory, for a minute.
    async fn within_rate_limit(
        &self,
        client: &ClientAddress,
        req: &HttpRequest,
        bucket: Bucket,
    ) -> bool {
        let max = match bucket {
            Bucket::Reports | Bucket::CaseActions => self.rate_limit,
            Bucket::Checks => self.check_rate_limit,
        };
        // A check costs nothing to send again: an IPv6 client counts by
        // its /48 (a site's allocation), not by the /64 of the others.
        let key = match bucket {
            Bucket::Checks => client.check_limit_key(req),
            _ => client.limit_key(req),
        };
        match key {
            Some(client) => self.within(format!("{bucket:?}:{client}"), max).await,
            None => true,
        }
    }

    /// Counts an API check against its token's per-minute allowance (kept
    /// in memory, for a minute).
    pub async fn within_token_limit(&self, token_id: i64) -> bool {
        let key = format!("api-check:{token_id}");
        self.within(key, self.api_check_rate_limit).await
    }

    async fn within(&self, key: String, max: u32) -> bool {
        let (Some(limit), true) = (&self.limiter, max > 0) else {
            return true;
        };
        let input = SimpleInput {
            interval: Duration::from_secs(60),
            max_requests: u64::from(max),
            key,
        };
        match limit.0.request(input).await {
            Ok((decision, _, _)) => decision.is_allowed(),
            Err(never) => match never {},
        }
    }
}

/// What a per-client allowance counts: new reports, actions on an
/// existing case (its page's forms and the e-mail links' buttons), and
/// public checks.
#[derive(Debug, Clone, Copy)]
enum Bucket {
    Reports,
    CaseActions,
    Checks,
}

/// The in-memory counter behind the submission rate limit.
#[derive(Clone)]
pub struct RateLimit(pub InMemoryBackend);

impl RateLimit {
    /// A limiter when any of the limits is not 0 (0 switches one off).
    pub fn new(per_minute: &[u32]) -> Option<RateLimit> {
        per_minute
            .iter()
            .any(|n| *n > 0)
            .then(|| RateLimit(InMemoryBackend::builder().build()))
    }
}

/// Registers the public routes.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/", web::get().to(get::root))
        .route("/{lang}", web::get().to(get::home_redirect))
        .route("/{lang}/", web::get().to(get::home))
        .route("/{lang}/report", web::get().to(get::form))
        .route("/{lang}/report", web::post().to(post::submit))
        .route("/{lang}/check", web::get().to(check::form))
        .route("/{lang}/check", web::post().to(check::check))
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
        .service(link("/{lang}/confirm/{secret}", &case::CONFIRM))
        .service(link("/{lang}/unsubscribe/{secret}", &case::UNSUBSCRIBE));
}

/// An e-mail link's page (GET asks, POST carries out `action`).
fn link(path: &str, action: &'static case::LinkAction) -> actix_web::Resource {
    web::resource(path)
        .app_data(web::Data::new(action))
        .get(case::link_page)
        .post(case::link_post)
}
