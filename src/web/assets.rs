//! Static files, compiled into the binary and served under names that carry
//! a hash of their content, so browsers may cache them for a year.

use std::borrow::Cow;
use std::collections::HashMap;

use actix_web::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use actix_web::{HttpResponse, web};
use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "static/"]
struct StaticFiles;

struct Asset {
    hash: String,
    body: Cow<'static, [u8]>,
    mime: &'static str,
}

/// Every static file with its content hash.
pub struct Assets(HashMap<String, Asset>);

impl Assets {
    /// Hashes every embedded file once, at start-up.
    pub fn load() -> Assets {
        let files = StaticFiles::iter()
            .filter_map(|name| {
                let file = StaticFiles::get(&name)?;
                let hash = hex::encode(&file.metadata.sha256_hash()[..6]);
                let mime = mime_of(&name);
                Some((
                    name.to_string(),
                    Asset {
                        hash,
                        body: file.data,
                        mime,
                    },
                ))
            })
            .collect();
        Assets(files)
    }

    /// The versioned URL of a file, e.g. `/static/3fa1c2d4e5f6/app.css`.
    pub fn url(&self, name: &str) -> String {
        match self.0.get(name) {
            Some(a) => format!("/static/{}/{name}", a.hash),
            None => format!("/static/missing/{name}"),
        }
    }
}

fn mime_of(name: &str) -> &'static str {
    match name.rsplit('.').next() {
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        Some("json") => "application/schema+json",
        _ => "application/octet-stream",
    }
}

/// `GET /static/{hash}/{name}`: immutable when the hash is current; an old
/// hash still gets today's file, but only for a minute.
pub async fn serve(assets: web::Data<Assets>, path: web::Path<(String, String)>) -> HttpResponse {
    let (hash, name) = path.into_inner();
    let Some(asset) = assets.0.get(&name) else {
        return HttpResponse::NotFound().finish();
    };
    let cache = if asset.hash == hash {
        "public, max-age=31536000, immutable"
    } else {
        "public, max-age=60"
    };
    HttpResponse::Ok()
        .insert_header((CONTENT_TYPE, asset.mime))
        .insert_header((CACHE_CONTROL, cache))
        .body(asset.body.clone().into_owned())
}

/// `GET /schema/{name}`: the JSON Schemas of the exports (`static/schema/`):
/// `export-v1.json` for the JSON export, `stix/{type}.json` for the STIX
/// types the exports define, at the stable URLs the exports name.
pub async fn schema(assets: web::Data<Assets>, name: web::Path<String>) -> HttpResponse {
    let Some(asset) = assets.0.get(&format!("schema/{name}")) else {
        return HttpResponse::NotFound().finish();
    };
    HttpResponse::Ok()
        .insert_header((CONTENT_TYPE, asset.mime))
        .insert_header((CACHE_CONTROL, "public, max-age=3600"))
        .insert_header(("Access-Control-Allow-Origin", "*"))
        .body(asset.body.clone().into_owned())
}
