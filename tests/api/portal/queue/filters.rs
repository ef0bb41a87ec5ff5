//! Each filter narrows an officer's queue; coordinators also filter by
//! authority; the counts per status hold only the scope's cases.

use diesel::prelude::*;
use fraudreport::db::schema::reports;
use fraudreport::domain::Role;

use super::{cases, file_reports, shown};
use crate::helpers::{backends, spawn_app};

#[actix_web::test]
async fn officers_see_their_authoritys_cases_and_each_filter_narrows_them() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        file_reports(&app).await;
        let k = cases(&app);
        let mut conn = app.db.conn();
        diesel::update(reports::table.filter(reports::reference.eq(k.a.replace('-', ""))))
            .set((
                reports::status.eq("in_review"),
                reports::created_at.eq(chrono::NaiveDate::from_ymd_opt(2025, 1, 15)
                    .and_then(|d| d.and_hms_opt(12, 0, 0))
                    .expect("date")),
            ))
            .execute(&mut conn)
            .expect("update");
        let ee = app
            .officer("ee@police.example", Role::Officer, Some("ee-ppa"))
            .await;
        let coord = app
            .officer("hub@police.example", Role::Coordinator, None)
            .await;
        let (a, b, c, d) = (&k.a, &k.b, &k.c, &k.d);
        let ab = vec![a.clone(), b.clone()];
        for (path, expected) in [
            ("/portal/cases", ab.clone()),
            ("/portal/cases?status=in_review", vec![a.clone()]),
            ("/portal/cases?status=new", vec![b.clone()]),
            (
                "/portal/cases?from=2025-01-01&until=2025-01-15",
                vec![a.clone()],
            ),
            ("/portal/cases?from=2025-01-16", vec![b.clone()]),
            ("/portal/cases?country=ee", ab.clone()),
            ("/portal/cases?country=LV", vec![]),
            ("/portal/cases?platform=crypto+trade+pro", vec![a.clone()]),
            ("/portal/cases?loss=1000&currency=eur", vec![a.clone()]),
            ("/portal/cases?loss=100&currency=EUR", ab.clone()),
            ("/portal/cases?loss=2500&currency=USD", vec![a.clone()]),
            ("/portal/cases?loss=2500.01&currency=USD", vec![]),
            ("/portal/cases?recovery=no", vec![b.clone()]),
            ("/portal/cases?method=cash", vec![b.clone()]),
            ("/portal/cases?method=crypto", vec![a.clone()]),
            ("/portal/cases?lang=et", vec![a.clone()]),
            ("/portal/cases?authority=lv-vp", ab.clone()),
        ] {
            assert_eq!(
                shown(&ee, &app, path, &k).await,
                expected,
                "{path} {backend:?}"
            );
        }
        for (path, expected) in [
            (
                "/portal/cases",
                vec![a.clone(), b.clone(), c.clone(), d.clone()],
            ),
            ("/portal/cases?authority=lv-vp", vec![c.clone()]),
            ("/portal/cases?country=LV", vec![c.clone()]),
            ("/portal/cases?region=de-he", vec![d.clone()]),
        ] {
            assert_eq!(
                shown(&coord, &app, path, &k).await,
                expected,
                "{path} {backend:?}"
            );
        }
        let html = ee
            .get(&app, "/portal/cases")
            .await
            .text()
            .await
            .expect("body");
        assert!(
            html.contains("New <span class=\"count\">1</span>"),
            "{backend:?}"
        );
        assert!(html.contains("In review <span class=\"count\">1</span>"));
        let html = coord
            .get(&app, "/portal/cases")
            .await
            .text()
            .await
            .expect("body");
        assert!(
            html.contains("New <span class=\"count\">3</span>"),
            "{backend:?}"
        );
    }
}
