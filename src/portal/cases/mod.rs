//! The cases pages: the queue of the account's cases (`/portal/cases`).

mod queue;

use actix_web::web;

/// Registers the case routes (inside the `/portal` scope).
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/cases", web::get().to(queue::show));
}
