//! The list of changes: pages hold every case once, in the order of their
//! changes, and a case changed later comes again after the cursor.

use chrono::Utc;
use diesel::prelude::*;
use fraudreport::db::portal::case::{NewEvent, append_event, set_status};
use fraudreport::db::schema::reports;
use fraudreport::domain::{CaseStatus, Role};

use super::{json, references, report_from, settle, token};
use crate::helpers::{backends, spawn_app};

#[actix_web::test]
async fn pages_hold_every_case_once_and_a_changed_case_comes_again() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        for _ in 0..5 {
            report_from(&app, "EE").await;
        }
        report_from(&app, "LV").await;
        let ee = token(&app, "ee-ppa");
        settle().await;
        let (mut seen, mut path) = (Vec::new(), "/api/v1/cases?limit=2".to_string());
        let next = loop {
            let page = json(&app, &path, &ee).await;
            let got = references(&page);
            let next = page["next"].as_str().expect("next").to_string();
            path = format!("/api/v1/cases?limit=2&since={next}");
            if got.is_empty() {
                break next;
            }
            assert!(got.len() <= 2);
            seen.extend(got);
            assert!(seen.len() <= 5, "{backend:?}: a case came twice: {seen:?}");
        };
        let mut unique = seen.clone();
        unique.sort();
        unique.dedup();
        assert_eq!((seen.len(), unique.len()), (5, 5), "{backend:?}: {seen:?}");
        // Nothing new: the same cursor comes back.
        let idle = json(&app, &format!("/api/v1/cases?since={next}"), &ee).await;
        assert_eq!(idle["next"], next.as_str());
        // An officer moves the second case on: it comes again, alone.
        app.add_account("o@politsei.ee", Role::Officer, Some("ee-ppa"));
        let account = crate::portal::account_id(&app, "o@politsei.ee");
        let mut conn = app.db.conn();
        let (id, reference): (i64, fraudreport::domain::CaseRef) = reports::table
            .filter(reports::reference.eq(seen[1].replace('-', "")))
            .select((reports::id, reports::reference))
            .first(&mut conn)
            .expect("case");
        assert!(set_status(&mut conn, id, CaseStatus::New, CaseStatus::InReview).expect("status"));
        let event = NewEvent {
            report_id: id,
            account_id: account,
            kind: "status",
            status: Some(CaseStatus::InReview),
            body: None,
        };
        append_event(&mut conn, &event, Utc::now().naive_utc()).expect("event");
        settle().await;
        let page = json(&app, &format!("/api/v1/cases?since={next}"), &ee).await;
        assert_eq!(
            references(&page),
            vec![reference.to_string()],
            "{backend:?}"
        );
        assert_eq!(page["cases"][0]["status"], "in_review");
        let detail = json(&app, &format!("/api/v1/cases/{reference}"), &ee).await;
        assert_eq!(detail["history"][0]["status"], "in_review");
    }
}
