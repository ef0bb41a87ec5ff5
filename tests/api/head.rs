//! `HEAD` answers like `GET` without the body, on every page a visitor (or
//! an uptime monitor) can reach: the test walks the site from `/` and a few
//! entry points only e-mails and typos lead to, following every link.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use reqwest::Method;

use crate::helpers::{TestApp, backends, spawn_app_with, valid_report};
use crate::mail::{free_listener, plain_text, smtp_options, start_sink, wait_for};

/// Status and headers, comparable: `Date` left out, cookie values masked
/// (the form gives each visitor a new random one).
type Answer = (u16, BTreeMap<String, Vec<String>>);

async fn answer(app: &TestApp, method: Method, path: &str, encoding: &str) -> (Answer, Vec<u8>) {
    // No cookie store: every request is a first visit, so both set the cookie.
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let mut request = client.request(method, format!("{}{path}", app.address));
    if !encoding.is_empty() {
        request = request.header("accept-encoding", encoding);
    }
    let response = request.send().await.expect("request");
    let mut headers: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (name, value) in response.headers() {
        if name == "date" {
            continue;
        }
        let mut value = value.to_str().expect("ascii").to_string();
        if name == "set-cookie" {
            let (cookie, attributes) = value.split_once(';').unwrap_or((&value, ""));
            let name = cookie.split('=').next().unwrap_or_default();
            value = format!("{name}=…;{attributes}");
        }
        headers.entry(name.to_string()).or_default().push(value);
    }
    let status = response.status().as_u16();
    let body = response.bytes().await.expect("body").to_vec();
    ((status, headers), body)
}

/// Same-site links of a page: `href`, `src`, and a redirect's `Location`.
fn links(answer: &Answer, body: &[u8]) -> Vec<String> {
    let mut found: Vec<String> = answer.1.get("location").cloned().unwrap_or_default();
    let html = String::from_utf8_lossy(body);
    for attribute in ["href=\"", "src=\""] {
        for piece in html.split(attribute).skip(1) {
            let link = piece.split('"').next().unwrap_or_default();
            if link.starts_with('/') && !link.starts_with("//") {
                found.push(link.replace("&#38;", "&"));
            }
        }
    }
    found
}

#[actix_web::test]
async fn head_answers_every_page_like_get_with_the_same_status_and_headers_and_no_body() {
    let backend = &backends()[0];
    let listener = free_listener();
    let port = listener.local_addr().expect("addr").port();
    let inbox = start_sink(listener);
    let app = spawn_app_with(backend, smtp_options(port)).await;

    // Pages only a report, an e-mail or a typo lead to.
    let case = app.post_report("et", &valid_report()).await;
    assert_eq!(case.status(), 303);
    let case = case.headers()["location"]
        .to_str()
        .expect("ascii")
        .to_string();
    let receipt = plain_text(&wait_for(&inbox, 1).await[0]);
    let confirm = receipt
        .split_whitespace()
        .filter_map(|w| w.strip_prefix("https://report.example.org"))
        .find(|p| p.contains("/confirm/"))
        .expect("a confirmation link in the receipt")
        .to_string();
    let mut queue: VecDeque<String> = [
        "/",
        "/en",
        "/healthz",
        "/readyz",
        "/static/000000000000/app.css",
        "/static/000000000000/nothing.css",
        "/xx/report",
        "/fi/nothing-here",
        "/portal/cases/7KQ4-M2XD-9TB",
        "/de/unsubscribe/000000000000000000000000000000000000000000000000",
        "/en/case/000000000000000000000000000000000000000000000000",
        &format!("{case}?done=approach"),
        &case,
        &confirm,
    ]
    .into_iter()
    .map(str::to_string)
    .collect();

    let mut seen = BTreeSet::new();
    let mut statuses = BTreeSet::new();
    while let Some(path) = queue.pop_front() {
        if !seen.insert(path.clone()) {
            continue;
        }
        for encoding in ["", "gzip, br"] {
            let (get, body) = answer(&app, Method::GET, &path, encoding).await;
            let (head, head_body) = answer(&app, Method::HEAD, &path, encoding).await;
            assert_eq!(head, get, "HEAD {path} (Accept-Encoding: {encoding})");
            assert!(head_body.is_empty(), "HEAD {path} sent a body");
            if encoding.is_empty() {
                statuses.insert(get.0);
                queue.extend(links(&get, &body));
            }
        }
    }
    // The walk reached every kind of page, in every language.
    assert_eq!(
        statuses,
        BTreeSet::from([200, 301, 302, 303, 404]),
        "{seen:?}"
    );
    for lang in ["de", "en", "et", "fi", "fr", "lv", "nl", "ru", "uk"] {
        for page in ["/", "/report"] {
            assert!(seen.contains(&format!("/{lang}{page}")), "{lang}{page}");
        }
    }
    assert!(
        seen.iter()
            .any(|p| p.ends_with("/app.css") && !p.contains("/000000000000/"))
    );
    assert!(seen.iter().any(|p| p.ends_with("/form.js")));
}
