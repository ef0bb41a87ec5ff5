//! Keyset paging: every case once across the pages, filters kept, whether
//! the page walks the queue (a country) or picks from a shorter list (a
//! platform, a loss, a search).

use diesel::prelude::*;
use fraudreport::db::schema::reports;
use fraudreport::domain::{CaseRef, Role};

use super::super::Officer;
use crate::helpers::{TestApp, backends, spawn_app};

/// The references on every page of `path`, following the "older" links.
async fn every_page(officer: &Officer, app: &TestApp, path: &str) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    let mut next = path.to_string();
    for _ in 0..4 {
        let html = officer.get_text(app, &next).await;
        seen.extend(
            html.split("<th scope=\"row\"><a href=\"/portal/cases/")
                .skip(1)
                .filter_map(|s| s.split('"').next())
                .map(str::to_string),
        );
        let Some(link) = html.split("rel=\"next\" href=\"").nth(1) else {
            break;
        };
        next = link.split('"').next().expect("href").replace("&#38;", "&");
        let filter = path.split('?').nth(1).expect("a filter");
        for pair in filter.split('&') {
            assert!(next.contains(pair), "{next} keeps {pair}");
        }
    }
    seen
}

/// The shown references of the cases whose ids pass `keep`, sorted.
fn references(app: &TestApp, keep: impl Fn(i64) -> bool) -> Vec<String> {
    let all: Vec<(i64, String)> = reports::table
        .select((reports::id, reports::reference))
        .load(&mut app.db.conn())
        .expect("refs");
    let mut all: Vec<String> = all
        .into_iter()
        .filter(|(id, _)| keep(*id))
        .filter_map(|(_, r)| CaseRef::parse(&r))
        .map(|r| r.to_string())
        .collect();
    all.sort();
    all
}

#[actix_web::test]
async fn older_pages_show_every_case_exactly_once_and_keep_the_filters() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        for _ in 0..57 {
            let fields = [
                ("residence_country", "EE"),
                ("platform_name", "Crypto-Trade Pro"),
                ("payment-0-amount", "2000"),
                ("payment-0-currency", "EUR"),
                ("payment-0-destination", "DE89 3704 0044 0532 0130 00"),
                ("consent_authority", "yes"),
            ];
            assert_eq!(app.post_report("en", &fields).await.status(), 303);
        }
        // Many cases at one instant, older than the rest: the id orders them.
        diesel::sql_query("UPDATE reports SET created_at = '2026-01-01 00:00:00' WHERE id % 3 = 0")
            .execute(&mut app.db.conn())
            .expect("update");
        // The three oldest of those are in review: past the first batch a
        // picked page reads, so the page must read on.
        diesel::sql_query("UPDATE reports SET status = 'in_review' WHERE id % 3 = 0 AND id < 10")
            .execute(&mut app.db.conn())
            .expect("update");
        let all = references(&app, |_| true);
        let ee = app
            .officer("ee@police.example", Role::Officer, Some("ee-ppa"))
            .await;
        for path in [
            "/portal/cases?country=EE",
            "/portal/cases?platform=crypto+trade+pro",
            "/portal/cases?loss=1999&currency=EUR",
            "/portal/cases?q=DE89370400440532013000",
        ] {
            let mut seen = every_page(&ee, &app, path).await;
            assert_eq!(seen.len(), 57, "{path} {backend:?}");
            seen.sort();
            assert_eq!(seen, all, "{path} {backend:?}");
        }
        let in_review = references(&app, |id| id % 3 == 0 && id < 10);
        for path in [
            "/portal/cases?platform=crypto+trade+pro&status=in_review",
            "/portal/cases?loss=2000&currency=EUR&status=in_review",
            "/portal/cases?q=DE89370400440532013000&status=in_review",
        ] {
            let mut seen = every_page(&ee, &app, path).await;
            seen.sort();
            assert_eq!(seen, in_review, "{path} {backend:?}");
        }
        let none = "/portal/cases?loss=2000.01&currency=EUR";
        assert!(every_page(&ee, &app, none).await.is_empty(), "{backend:?}");
    }
}
