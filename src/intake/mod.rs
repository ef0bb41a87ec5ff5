//! The public side: home page, report form, submission, the victim's case
//! page and the links from e-mails. What every page shares is
//! [`crate::web::site::Site`]; the form's own state is [`Intake`].

mod case;
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
    /// Absent when the limit is switched off.
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
        let (Some(limit), Some(client)) = (&self.limiter, client.limit_key(req)) else {
            return true;
        };
        let input = SimpleInput {
            interval: Duration::from_secs(60),
            max_requests: u64::from(self.rate_limit),
            key: format!("{bucket:?}:{client}"),
        };
        match limit.0.request(input).await {
            Ok((decision, _, _)) => decision.is_allowed(),
            Err(never) => match never {},
        }
    }
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

impl RateLimit {
    /// A limiter when `per_minute` is not 0 (0 switches the limit off).
    pub fn new(per_minute: u32) -> Option<RateLimit> {
        (per_minute > 0).then(|| RateLimit(InMemoryBackend::builder().build()))
    }
}

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
