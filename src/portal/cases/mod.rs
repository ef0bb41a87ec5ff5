//! The cases pages: the queue of the account's cases (`/portal/cases`),
//! with its filters, search and CSV export (`/portal/cases.csv`).

mod csv;
mod filters;
mod form;
mod lines;
mod queue;

use actix_web::web;

/// Registers the case routes (inside the `/portal` scope).
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/cases", web::get().to(queue::show))
        .route("/cases.csv", web::get().to(csv::export));
}
