//! Builds the application from validated settings: database and migrations,
//! keys, languages, the report writer, and the HTTP server.

use std::net::TcpListener;

use actix_web::dev::Server;
use actix_web::middleware::{Compress, from_fn};
use actix_web::{App, HttpServer, web};

use std::sync::Arc;
use std::time::Duration;

use crate::config::Settings;
use crate::db::{self, Backend, linkage};
use crate::error;
use crate::files;
use crate::geo::GeoIp;
use crate::i18n::Locales;
use crate::intake::writer::ReportWriter;
use crate::intake::{self, Intake, RateLimit};
use crate::keys::Keys;
use crate::notify::worker::Worker;
use crate::portal;
use crate::routing::Directory;
use crate::seal::Sealer;
use crate::web::assets::{self, Assets};
use crate::web::client_ip::ClientAddress;
use crate::web::site::{Site, WebSettings};
use crate::web::{compress, head, healthz, readyz, security_headers, too_large};

/// How often the geolocation file is checked for an update.
const GEOIP_RELOAD_CHECK: Duration = Duration::from_secs(60);

/// Every route of the service. The isolation tests enumerate the router
/// this builds.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/healthz", web::get().to(healthz))
        .route("/readyz", web::get().to(readyz))
        .route("/static/{hash}/{name}", web::get().to(assets::serve))
        .route("/schema/{name:.+}", web::get().to(assets::schema))
        .configure(portal::routes)
        .configure(crate::api::routes)
        .configure(intake::routes);
}

/// A bound, not yet running, server (and its outbox worker).
pub struct Application {
    server: Server,
    port: u16,
    worker: Option<Worker>,
}

impl Application {
    /// Prepares everything and binds the socket; fails before binding when the
    /// database or the key cannot be had.
    pub fn build(settings: &Settings) -> anyhow::Result<Application> {
        files::restrict_umask();
        files::secure_data_files(settings)?;
        let backend =
            Backend::from_url(settings.database_url.expose()).map_err(anyhow::Error::msg)?;
        let pool = db::pool(&backend, settings.db_pool_size)?;
        db::run_migrations(&mut *pool.get()?, settings)?;
        if db::demo::census(&mut *pool.get()?)?.seeded > 0 {
            // Its demo accounts' passwords and authenticator keys were
            // printed: whoever saw them can read every case.
            tracing::warn!(
                "this database holds demo data (`fraudreport demo seed`) and demo officer \
                 accounts whose passwords were printed: never take real reports into it"
            );
        }
        let assets = web::Data::new(Assets::load());
        let locales = Arc::new(Locales::load()?);
        let directory = Arc::new(Directory::load(settings.authority_directory.as_deref())?);
        let worker = match settings.mail_worker {
            true => Some(Worker::new(
                settings,
                pool.clone(),
                locales.clone(),
                directory.clone(),
            )?),
            false => None,
        };
        let geo = Arc::new(GeoIp::open(&settings.geoip_database));
        geo.watch(GEOIP_RELOAD_CHECK)?;
        let site = web::Data::new(Site {
            locales,
            assets: assets.clone(),
            keys: Keys::load(settings)?,
            settings: WebSettings {
                client: ClientAddress {
                    proxies: settings.trusted_proxies.clone(),
                    header: settings.proxy_header,
                    ipv6_prefix: settings.ipv6_client_prefix,
                },
                secure_cookies: settings.base_url.starts_with("https://"),
                base_url: settings.base_url.trim_end_matches('/').to_string(),
                country_header: settings.country_header.clone(),
                hub_name: settings.hub_name.clone(),
            },
            directory,
            geo,
            sealer: Sealer::load(settings)?,
        });
        let intake = web::Data::new(Intake {
            writer: ReportWriter::start(
                backend.clone(),
                settings.write_batch_max,
                linkage::Rules::of(settings),
            )?,
            rate_limit: settings.submit_rate_limit,
            check_rate_limit: settings.check_rate_limit,
            api_check_rate_limit: settings.api_check_rate_limit,
            limiter: RateLimit::new(&[
                settings.submit_rate_limit,
                settings.check_rate_limit,
                settings.api_check_rate_limit,
            ]),
            hub_email: settings.hub_email.clone(),
        });
        let portal = web::Data::new(portal::build(settings, backend)?);
        let pool = web::Data::new(pool);
        let max_body = settings.max_body_bytes;

        let listener = TcpListener::bind(&settings.bind)?;
        let port = listener.local_addr()?.port();
        let mut server = HttpServer::new(move || {
            let (payload_limit, form_limit) = too_large::limits(max_body);
            // Outermost last: HEAD routed as GET → Vary → compression →
            // security headers → translated error pages → routes.
            App::new()
                .wrap(from_fn(error::translated_pages))
                .wrap(security_headers())
                .wrap(Compress::default())
                .wrap(from_fn(compress::vary_accept_encoding))
                .wrap(from_fn(head::as_get))
                .app_data(payload_limit)
                .app_data(form_limit)
                .app_data(pool.clone())
                .app_data(site.clone())
                .app_data(intake.clone())
                .app_data(portal.clone())
                .app_data(assets.clone())
                .configure(routes)
                .default_service(web::to(error::not_found))
        })
        .listen(listener)?;
        if settings.http_workers > 0 {
            server = server.workers(settings.http_workers);
        }
        Ok(Application {
            server: server.run(),
            port,
            worker,
        })
    }

    /// The bound port (useful with port 0).
    pub fn port(&self) -> u16 {
        self.port
    }

    /// Serves until stopped.
    pub async fn run(self) -> std::io::Result<()> {
        if let Some(worker) = self.worker {
            actix_web::rt::spawn(worker.run());
        }
        self.server.await
    }
}
