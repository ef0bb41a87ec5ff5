//! The cases pages: the queue of the account's cases (`/portal/cases`),
//! with its filters and search; one case (`/portal/cases/{reference}`)
//! with its actions; exports of the filtered queue and of one case in
//! CSV, JSON, MISP and STIX (`/portal/cases.{format}`,
//! `/portal/cases/{reference}/export.{format}`); and handing a case on:
//! a message to the victim and re-routing, each on its own page.

mod actions;
mod assign;
mod detail;
mod events;
pub(crate) mod export;
pub mod facts;
mod filters;
mod form;
mod lines;
mod linked;
mod message;
mod queue;
mod reroute;
pub(crate) mod view;

use actix_web::web;

/// A cluster's export (registered with the overview's routes) and its form.
pub(crate) use export::cluster as export_cluster;
pub(crate) use export::form::ExportForm;

/// Registers the case routes (inside the `/portal` scope).
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/cases", web::get().to(queue::show))
        .route("/cases.{format}", web::get().to(export::queue))
        .route("/cases/{reference}", web::get().to(detail::show))
        .route(
            "/cases/{reference}/export.{format}",
            web::get().to(export::case),
        )
        .route("/cases/{reference}/status", web::post().to(actions::status))
        .route("/cases/{reference}/notes", web::post().to(actions::note))
        .route("/cases/{reference}/assign", web::post().to(assign::submit))
        .route("/cases/{reference}/message", web::get().to(message::form))
        .route("/cases/{reference}/message", web::post().to(message::send))
        .route("/cases/{reference}/reroute", web::get().to(reroute::form))
        .route("/cases/{reference}/reroute", web::post().to(reroute::send));
}
