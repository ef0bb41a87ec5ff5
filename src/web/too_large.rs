//! The body limits: one configured size for every request body.
//!
//! The report form reads its body as `web::Bytes` (limited by
//! `PayloadConfig`), the case page's forms as `web::Form` (limited by
//! `FormConfig`); both refuse an oversized body with 413, whether its size
//! was announced by `Content-Length` or found out while reading a chunked
//! body. [`crate::error::translated_pages`] turns every such 413 into the
//! translated page.

use actix_web::web;

/// Both body limits, set to the one configured size.
pub fn limits(max_body_bytes: usize) -> (web::PayloadConfig, web::FormConfig) {
    (
        web::PayloadConfig::new(max_body_bytes),
        web::FormConfig::default().limit(max_body_bytes),
    )
}
