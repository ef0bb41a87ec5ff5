//! The cases pages: the queue of the account's cases (`/portal/cases`),
//! and handing a case on: a message to the victim, re-routing.

mod message;
mod queue;
mod reroute;

use actix_web::web;

/// Registers the case routes (inside the `/portal` scope).
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/cases", web::get().to(queue::show));
    cfg.route("/cases/{reference}/message", web::get().to(message::form))
        .route("/cases/{reference}/message", web::post().to(message::send))
        .route("/cases/{reference}/reroute", web::get().to(reroute::form))
        .route("/cases/{reference}/reroute", web::post().to(reroute::send));
}
