//! The police portal (`/portal/…`): officers log in with a password and an
//! authenticator, read the cases routed to their authority, work them and
//! hand them on; coordinators see every case; administrators manage
//! accounts and see no case content. Every page and action is audited.

pub mod api_tokens;
pub mod auth;
pub(crate) mod cases;
mod check;
mod enrol;
mod frame;
mod linkage;
mod log;
mod login;
mod notices;
mod overview;
mod people;
pub mod read_log;
pub mod session;
mod unattended;

use actix_web::web;

use crate::config::Settings;
use crate::db::Backend;
use crate::db::portal::sessions::Lifetimes;
use auth::hashing::{Argon2Settings, Passwords};
use auth::throttle::Policy;
use read_log::ReadLog;

/// The portal's state, built once at start-up.
pub struct Portal {
    /// Hashes and checks passwords, a few at a time.
    pub passwords: Passwords,
    pub lifetimes: Lifetimes,
    /// Growing delays after failed logins.
    pub throttle: Policy,
    /// The name authenticator apps list the account under.
    pub issuer: String,
    /// Records views, searches and exports in the audit log.
    pub reads: ReadLog,
    /// When a value is too common to link (shown on the case page).
    pub linkage: crate::db::linkage::Rules,
}

/// The portal's state from the settings; its read log connects to `backend`.
pub fn build(settings: &Settings, backend: Backend) -> anyhow::Result<Portal> {
    Ok(Portal {
        passwords: passwords(settings)?,
        lifetimes: Lifetimes {
            idle: chrono::Duration::minutes(i64::from(settings.portal_idle_minutes)),
            absolute: chrono::Duration::hours(i64::from(settings.portal_session_hours)),
            ..Lifetimes::default()
        },
        throttle: Policy::default(),
        issuer: settings.hub_name.clone(),
        reads: ReadLog::start(backend)?,
        linkage: crate::db::linkage::Rules::of(settings),
    })
}

/// Password hashing at the settings' argon2id parameters.
pub fn passwords(settings: &Settings) -> anyhow::Result<Passwords> {
    let hashing = Argon2Settings {
        memory_kib: settings.password_memory_kib,
        iterations: settings.password_iterations,
        parallelism: 1,
        max_concurrent: settings.password_hashing_concurrency,
        ..Argon2Settings::default()
    };
    Passwords::new(&hashing)
        .map_err(|e| anyhow::anyhow!("the password hashing settings are not usable: {e}"))
}

/// Registers the portal's routes.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::scope("/portal")
            .route("/login", web::get().to(login::form))
            .route("/login", web::post().to(login::password))
            .route("/login/code", web::get().to(login::code_form))
            .route("/login/code", web::post().to(login::code))
            .route("/logout", web::post().to(login::logout))
            .route("/enrol/{secret}", web::get().to(enrol::form))
            .route("/enrol/{secret}", web::post().to(enrol::submit))
            .route("/accounts", web::get().to(people::show))
            .route("/accounts", web::post().to(people::create))
            .route(
                "/accounts/{id}/deactivate",
                web::post().to(people::deactivate),
            )
            .route("/accounts/{id}/reenrol", web::post().to(people::reenrol))
            .route("/api-tokens", web::get().to(api_tokens::show))
            .route("/api-tokens", web::post().to(api_tokens::create))
            .route(
                "/api-tokens/{id}/revoke",
                web::post().to(api_tokens::revoke),
            )
            .route("/audit", web::get().to(log::show))
            .route("/notices", web::get().to(notices::show))
            .route("/notices", web::post().to(notices::save))
            .route("/unattended", web::get().to(unattended::show))
            .route("/linkage", web::get().to(linkage::show))
            .route("/linkage", web::post().to(linkage::mark))
            .route("/check", web::get().to(check::show))
            .route("/check", web::post().to(check::decide))
            .configure(overview::routes)
            .configure(cases::routes),
    );
}
