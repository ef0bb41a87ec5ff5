//! The CSV export: the officer's filtered cases, RFC 4180, formulas
//! defused, audited.

use diesel::prelude::*;
use fraudreport::db::schema::audit_log;
use fraudreport::domain::Role;

use super::{cases, file_reports};
use crate::helpers::{backends, spawn_app};

#[actix_web::test]
async fn the_csv_holds_the_officers_filtered_cases_with_formulas_defused_and_is_audited() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        file_reports(&app).await;
        let k = cases(&app);
        let ee = app
            .officer("ee@police.example", Role::Officer, Some("ee-ppa"))
            .await;
        let r = ee.get(&app, "/portal/cases.csv").await;
        assert_eq!(r.status(), 200, "{backend:?}");
        let disposition = r.headers()["content-disposition"].to_str().expect("ascii");
        assert!(disposition.starts_with("attachment"), "{disposition}");
        let body = r.text().await.expect("body");
        assert!(body.contains("\r\n"), "CRLF line ends");
        assert!(body.contains("\"'=HYPERLINK(\"\"http://x.example\"\",\"\"y\"\")\""));
        assert!(!body.to_lowercase().contains("victim@example.org"));
        let mut reader = csv::Reader::from_reader(body.as_bytes());
        let header = reader.headers().expect("header").clone();
        assert_eq!(&header[0], "Reference");
        let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
        let mut refs: Vec<String> = rows.iter().map(|r| r[0].to_string()).collect();
        refs.sort();
        let mut own = vec![k.a.clone(), k.b.clone()];
        own.sort();
        assert_eq!(refs, own, "{backend:?}");
        let a = rows.iter().find(|r| r[0] == *k.a).expect("a");
        assert_eq!(&a[4], "1500.50 EUR, 2500.00 USD");

        let r = ee
            .get(&app, "/portal/cases.csv?method=cash&q=5123+4567")
            .await;
        let body = r.text().await.expect("body");
        assert_eq!(body.lines().count(), 2, "{body}");
        let details: Vec<String> = audit_log::table
            .filter(audit_log::action.eq("export"))
            .select(audit_log::detail)
            .load(&mut app.db.conn())
            .expect("audit");
        assert_eq!(details.len(), 2, "{backend:?}");
        assert!(details[1].contains("method=cash"), "{}", details[1]);
        assert!(details[1].contains("phone:"));
        assert!(!details[1].contains("5123"));
    }
}
