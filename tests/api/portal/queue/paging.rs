//! Keyset paging: every case once across the pages, filters kept.

use diesel::prelude::*;
use fraudreport::db::schema::reports;
use fraudreport::domain::{CaseRef, Role};

use crate::helpers::{backends, spawn_app};

#[actix_web::test]
async fn older_pages_show_every_case_exactly_once_and_keep_the_filters() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        for _ in 0..57 {
            let fields = [("residence_country", "EE"), ("consent_authority", "yes")];
            assert_eq!(app.post_report("en", &fields).await.status(), 303);
        }
        // Many cases at one instant: the id orders them.
        diesel::sql_query("UPDATE reports SET created_at = '2026-01-01 00:00:00' WHERE id % 3 = 0")
            .execute(&mut app.db.conn())
            .expect("update");
        let all: Vec<String> = reports::table
            .select(reports::reference)
            .load(&mut app.db.conn())
            .expect("refs");
        let mut all: Vec<String> = all
            .iter()
            .filter_map(|r| CaseRef::parse(r))
            .map(|r| r.to_string())
            .collect();
        all.sort();
        let ee = app
            .officer("ee@police.example", Role::Officer, Some("ee-ppa"))
            .await;
        let mut seen: Vec<String> = Vec::new();
        let mut path = "/portal/cases?country=EE".to_string();
        for _ in 0..3 {
            let html = ee.get(&app, &path).await.text().await.expect("body");
            seen.extend(
                html.split("<th scope=\"row\"><a href=\"/portal/cases/")
                    .skip(1)
                    .filter_map(|s| s.split('"').next())
                    .map(str::to_string),
            );
            let Some(next) = html.split("rel=\"next\" href=\"").nth(1) else {
                break;
            };
            path = next.split('"').next().expect("href").replace("&#38;", "&");
            assert!(path.contains("country=EE"), "{path}");
        }
        assert_eq!(seen.len(), 57, "{backend:?}");
        seen.sort();
        assert_eq!(seen, all, "{backend:?}");
    }
}
