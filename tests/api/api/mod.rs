//! The read-only API of authorities' own systems (`/api/v1/…`), black-box:
//! tokens made on the portal's page or straight in the database, then used
//! as a system would, with `Authorization: Bearer`.

mod cases;
mod paging;
mod tokens;

use chrono::Utc;
use fraudreport::db::api::tokens::{self as stored, NewToken};

use crate::helpers::{TestApp, valid_report, with, without};

/// A token of `authority`, made straight in the database.
pub fn token(app: &TestApp, authority: &str) -> String {
    let new = NewToken {
        authority_id: authority,
        name: "test system",
        created_by: None,
        days: 1,
    };
    let (_, secret) =
        stored::create(&mut app.db.conn(), &new, Utc::now().naive_utc()).expect("token created");
    secret
}

/// GET an API path with a bearer token (or none).
pub async fn get(app: &TestApp, path: &str, token: Option<&str>) -> reqwest::Response {
    let mut request = reqwest::Client::new().get(format!("{}{path}", app.address));
    if let Some(t) = token {
        request = request.header("Authorization", format!("Bearer {t}"));
    }
    request.send().await.expect("request")
}

/// The JSON of a 200 answer.
pub async fn json(app: &TestApp, path: &str, token: &str) -> serde_json::Value {
    let r = get(app, path, Some(token)).await;
    assert_eq!(r.status(), 200, "{path}");
    assert_eq!(r.headers()["cache-control"], "no-store", "{path}");
    r.json_body().await
}

/// Files a report of a victim living in `country`.
pub async fn report_from(app: &TestApp, country: &'static str) {
    let fields = with(
        &without(&valid_report(), "contact_phone"),
        "residence_country",
        country,
    );
    assert_eq!(app.post_report("en", &fields).await.status(), 303);
}

/// Waits out the API's settling time, after which fresh changes are listed.
pub async fn settle() {
    actix_web::rt::time::sleep(std::time::Duration::from_millis(3_100)).await;
}

/// Reads a response body as JSON.
pub trait JsonBody {
    async fn json_body(self) -> serde_json::Value;
}

impl JsonBody for reqwest::Response {
    async fn json_body(self) -> serde_json::Value {
        let text = self.text().await.expect("body");
        serde_json::from_str(&text).expect("JSON")
    }
}

/// The references of a page of the list.
pub fn references(page: &serde_json::Value) -> Vec<String> {
    page["cases"]
        .as_array()
        .expect("cases")
        .iter()
        .map(|c| c["reference"].as_str().expect("reference").to_string())
        .collect()
}
