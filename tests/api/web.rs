//! What every response carries: headers, static files, health, languages.

use crate::helpers::{backends, spawn_app};

#[actix_web::test]
async fn the_root_sends_each_browser_to_its_language() {
    let app = spawn_app(&backends()[0]).await;
    for (accept, expected) in [
        ("uk-UA,uk;q=0.9", "/uk/"),
        ("fr-BE", "/fr/"),
        ("ja", "/en/"),
        ("", "/en/"),
    ] {
        let r = app
            .client
            .get(format!("{}/", app.address))
            .header("accept-language", accept)
            .send()
            .await
            .expect("get");
        assert_eq!(r.status(), 302);
        assert_eq!(r.headers()["location"], expected, "{accept}");
    }
}

#[actix_web::test]
async fn pages_carry_the_security_headers() {
    let app = spawn_app(&backends()[0]).await;
    let r = app.get("/en/report").await;
    let h = r.headers();
    let csp = h["content-security-policy"].to_str().expect("ascii");
    assert!(csp.contains("frame-ancestors 'none'"));
    assert!(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"));
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert_eq!(h["referrer-policy"], "no-referrer");
    assert_eq!(h["cache-control"], "no-store");
}

#[actix_web::test]
async fn static_files_have_hashed_names_and_long_cache_lifetimes() {
    let app = spawn_app(&backends()[0]).await;
    let html = app.get_text("/en/").await;
    let start = html.find("/static/").expect("a static link");
    let end = html[start..].find('"').expect("end") + start;
    let url = &html[start..end];
    assert!(url.ends_with("/app.css"));
    let r = app.get(url).await;
    assert_eq!(r.status(), 200);
    assert_eq!(
        r.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    assert!(
        r.headers()["content-type"]
            .to_str()
            .expect("ascii")
            .starts_with("text/css")
    );
    let stale = app.get("/static/000000000000/app.css").await;
    assert_eq!(stale.headers()["cache-control"], "public, max-age=60");
}

#[actix_web::test]
async fn health_and_readiness_answer_on_every_backend() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        assert_eq!(app.get("/healthz").await.status(), 200);
        assert_eq!(app.get("/readyz").await.status(), 200);
    }
}

#[actix_web::test]
async fn unknown_pages_and_languages_get_a_translated_404() {
    let app = spawn_app(&backends()[0]).await;
    let r = app.get("/xx/report").await;
    assert_eq!(r.status(), 404);
    let r = app.get("/fi/nothing-here").await;
    assert_eq!(r.status(), 404);
    let html = r.text().await.expect("body");
    assert!(html.contains("<html lang=\"fi\""));
}
