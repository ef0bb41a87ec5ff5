//! `GET /{lang}/case/{secret}`: the receipt, reachable only through the
//! private link (its secret is stored only as a hash).

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

use super::pages::ReceiptPage;
use super::{Site, message, not_found};
use crate::db::{Pool, reports};
use crate::domain::CaseRef;
use crate::routing::place_name;
use crate::web::keys::lookup_key;
use crate::web::page::render;

/// Hex characters in a private-link secret.
const SECRET_LEN: usize = 48;

/// The handler.
pub async fn show(req: HttpRequest, site: web::Data<Site>, pool: web::Data<Pool>) -> HttpResponse {
    let Some(locale) = site.locale_of(&req) else {
        return not_found(req, site).await;
    };
    let secret = req
        .match_info()
        .get("secret")
        .unwrap_or_default()
        .to_string();
    if secret.len() != SECRET_LEN || !secret.bytes().all(|b| b.is_ascii_hexdigit()) {
        return not_found(req, site).await;
    }
    let key = lookup_key(&secret);
    let pool = pool.into_inner();
    let found = web::block(move || {
        let mut conn = pool.get().map_err(|e| e.to_string())?;
        reports::find_by_followup(&mut conn, &key).map_err(|e| e.to_string())
    })
    .await
    .map_err(|e| e.to_string())
    .and_then(|r| r);
    let row = match found {
        Ok(Some(row)) => row,
        Ok(None) => return not_found(req, site).await,
        Err(e) => {
            tracing::error!(error = %e, "cannot read a receipt");
            let status = StatusCode::SERVICE_UNAVAILABLE;
            return message(
                status,
                locale,
                &site.assets,
                "error-page-title",
                "error-page-text",
            );
        }
    };
    let reference = CaseRef::parse(&row.reference).map_or(row.reference.clone(), |r| r.to_string());
    let own_path = format!("/case/{secret}");
    let page = ReceiptPage {
        l: &locale.loader,
        page: site.page(locale, &own_path),
        reference,
        private_link: format!("{}/{}{own_path}", site.settings.base_url, locale.code()),
        has_email: row.has_email,
        authority: row
            .authority_id
            .as_deref()
            .and_then(|id| site.directory.get(id)),
        place: place_name(
            &site.directory,
            locale,
            &row.residence_country,
            row.residence_region.as_deref(),
        ),
    };
    render(StatusCode::OK, &page)
}
