//! Pages and static files are compressed as the browser asks (gzip or
//! brotli), every compressible answer says it varies by `Accept-Encoding`,
//! and the static files keep their cache lifetimes.

use std::io::Read;

use crate::helpers::{TestApp, backends, spawn_app};

/// A response as sent, body undecoded.
struct Raw {
    encoding: Option<String>,
    vary: Vec<String>,
    cache_control: String,
    body: Vec<u8>,
}

async fn fetch(app: &TestApp, path: &str, accept_encoding: &str) -> Raw {
    let mut request = app.client.get(format!("{}{path}", app.address));
    if !accept_encoding.is_empty() {
        request = request.header("accept-encoding", accept_encoding);
    }
    let r = request.send().await.expect("request");
    let header = |name: &str| {
        r.headers()
            .get_all(name)
            .iter()
            .map(|v| v.to_str().expect("ascii").to_ascii_lowercase())
            .collect::<Vec<_>>()
    };
    Raw {
        encoding: header("content-encoding").pop(),
        vary: header("vary"),
        cache_control: header("cache-control").join(", "),
        body: r.bytes().await.expect("body").to_vec(),
    }
}

fn gunzip(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(body)
        .read_to_end(&mut out)
        .expect("valid gzip");
    out
}

fn unbrotli(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    brotli::Decompressor::new(body, 4096)
        .read_to_end(&mut out)
        .expect("valid brotli");
    out
}

/// The versioned URLs of the stylesheet and the script.
async fn asset_urls(app: &TestApp) -> Vec<String> {
    let html = app.get_text("/en/report").await;
    ["/app.css\"", "/form.js\""]
        .iter()
        .map(|end| {
            let stop = html.find(end).expect("an asset link") + end.len() - 1;
            let start = html[..stop].rfind("\"/static/").expect("its start") + 1;
            html[start..stop].to_string()
        })
        .collect()
}

#[actix_web::test]
async fn gzip_and_brotli_answers_decode_to_the_same_page_as_the_plain_one() {
    let app = spawn_app(&backends()[0]).await;
    let mut paths = vec!["/de/".to_string(), "/et/nothing-here".to_string()];
    paths.extend(asset_urls(&app).await);
    for path in &paths {
        let plain = fetch(&app, path, "").await;
        let gzip = fetch(&app, path, "gzip").await;
        let br = fetch(&app, path, "br;q=1.0, gzip;q=0.8").await;
        assert_eq!(plain.encoding, None, "{path}");
        assert_eq!(gzip.encoding.as_deref(), Some("gzip"), "{path}");
        assert_eq!(br.encoding.as_deref(), Some("br"), "{path}");
        // gzip at actix's fast level: flate2's zlib-rs backend (which rPGP
        // requires, and which then serves the whole binary) codes level 1
        // with fixed Huffman tables, so small pages shrink to ~58 %, not
        // below half as with miniz_oxide. Browsers get brotli.
        assert!(
            gzip.body.len() < plain.body.len() * 2 / 3,
            "{path} is compressed"
        );
        assert!(br.body.len() < plain.body.len() / 2, "{path} is compressed");
        assert_eq!(gunzip(&gzip.body), plain.body, "{path} through gzip");
        assert_eq!(unbrotli(&br.body), plain.body, "{path} through brotli");
        for (name, answer) in [("plain", &plain), ("gzip", &gzip), ("br", &br)] {
            let varies = answer.vary.iter().filter(|v| v.contains("accept-encoding"));
            assert_eq!(varies.count(), 1, "{path} ({name}) Vary: {:?}", answer.vary);
        }
    }
    let html = String::from_utf8(unbrotli(&fetch(&app, "/de/", "br").await.body)).expect("utf-8");
    assert!(html.contains("<html lang=\"de\""));
}

#[actix_web::test]
async fn compressed_static_files_keep_their_cache_lifetimes() {
    let app = spawn_app(&backends()[0]).await;
    for url in asset_urls(&app).await {
        for encoding in ["", "gzip", "br"] {
            let r = fetch(&app, &url, encoding).await;
            assert_eq!(
                r.cache_control, "public, max-age=31536000, immutable",
                "{url} {encoding}"
            );
            assert!(r.vary.iter().any(|v| v.contains("accept-encoding")));
        }
        let stale = url.replace(url.split('/').nth(2).expect("hash"), "000000000000");
        let r = fetch(&app, &stale, "gzip").await;
        assert_eq!(r.cache_control, "public, max-age=60");
        assert_eq!(r.encoding.as_deref(), Some("gzip"));
    }
}

#[actix_web::test]
async fn the_language_redirect_still_varies_by_language_under_compression() {
    let app = spawn_app(&backends()[0]).await;
    let r = app
        .client
        .get(format!("{}/", app.address))
        .header("accept-language", "et")
        .header("accept-encoding", "gzip")
        .send()
        .await
        .expect("request");
    assert_eq!(r.status(), 302);
    let vary: Vec<String> = r
        .headers()
        .get_all("vary")
        .iter()
        .map(|v| v.to_str().expect("ascii").to_ascii_lowercase())
        .collect();
    assert!(
        vary.iter().any(|v| v.contains("accept-language")),
        "{vary:?}"
    );
}
