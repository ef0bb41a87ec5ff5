//! Assignment within the authority, and the audit of every action.

use diesel::prelude::*;
use fraudreport::db::schema::reports;

use super::{a_case, audit, ee_officer, events, page, post};
use crate::helpers::{backends, spawn_app};
use fraudreport::domain::Role;

#[actix_web::test]
async fn a_case_is_assigned_only_to_an_active_officer_of_its_authority() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let reference = a_case(&app).await;
        let lead = app
            .officer("lead@politsei.ee", Role::Lead, Some("ee-ppa"))
            .await;
        let colleague = ee_officer(&app, "m.kask").await;
        let _finn = app
            .officer("m.virtanen@poliisi.fi", Role::Officer, Some("fi-poliisi"))
            .await;
        let ids: Vec<(i64, String)> = fraudreport::db::schema::accounts::table
            .select((
                fraudreport::db::schema::accounts::id,
                fraudreport::db::schema::accounts::email,
            ))
            .load(&mut app.db.conn())
            .expect("accounts");
        let id_of = |email: &str| {
            ids.iter()
                .find(|(_, e)| e == email)
                .map(|(id, _)| id.to_string())
                .expect("account")
        };
        let token = lead.csrf(&app).await;
        let path = format!("/portal/cases/{reference}/assign");
        let finn = id_of("m.virtanen@poliisi.fi");
        let form = [("csrf_token", token.as_str()), ("assignee", finn.as_str())];
        let res = post(&lead, &app, &path, &form).await;
        assert_eq!(res.status(), 422, "{backend:?}");
        let html = res.text().await.expect("body");
        assert!(html.contains("only be assigned to an active officer of its authority"));
        assert!(!html.contains("Name of m.virtanen"), "not offered either");
        let stranger = [("csrf_token", token.as_str()), ("assignee", "999999")];
        assert_eq!(post(&lead, &app, &path, &stranger).await.status(), 422);
        assert!(events(&app).is_empty(), "{backend:?}");
        let kask = id_of(&colleague.email);
        let form = [("csrf_token", token.as_str()), ("assignee", kask.as_str())];
        assert_eq!(post(&lead, &app, &path, &form).await.status(), 303);
        let (_, html) = page(&colleague, &app, &reference).await;
        assert!(
            html.contains("Assigned to Name of m.kask@politsei.ee"),
            "{backend:?}"
        );
        let unassign = [("csrf_token", token.as_str()), ("assignee", "")];
        assert_eq!(post(&lead, &app, &path, &unassign).await.status(), 303);
        let assignee: Option<i64> = reports::table
            .select(reports::assignee_id)
            .first(&mut app.db.conn())
            .expect("assignee");
        assert_eq!(assignee, None);
        let assigns: Vec<String> = audit(&app)
            .into_iter()
            .filter(|(a, _)| a == "assign")
            .map(|(_, d)| d)
            .collect();
        assert_eq!(
            assigns,
            [format!("none -> {kask}"), format!("{kask} -> none")]
        );
    }
}

#[actix_web::test]
async fn audit_rows_exist_for_view_status_note_and_assign_and_hold_no_victim_data() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let reference = a_case(&app).await;
        let officer = ee_officer(&app, "k.tamm").await;
        let token = officer.csrf(&app).await;
        let base = format!("/portal/cases/{reference}");
        let steps: [(&str, Vec<(&str, &str)>); 3] = [
            (
                "status",
                vec![("to", "in_review"), ("reason", "Victim called back")],
            ),
            ("notes", vec![("note", "Victim@Example.org said 5123 4567")]),
            ("assign", vec![("assignee", "")]),
        ];
        for (what, fields) in steps {
            let mut form = vec![("csrf_token", token.as_str())];
            form.extend(fields);
            let res = post(&officer, &app, &format!("{base}/{what}"), &form).await;
            assert_eq!(res.status(), 303, "{backend:?}: {what}");
        }
        let _ = page(&officer, &app, &reference).await;
        let rows = audit(&app);
        for action in ["case-view", "status", "note", "assign"] {
            assert!(
                rows.iter().any(|(a, _)| a == action),
                "{backend:?}: {action}"
            );
        }
        for (_, detail) in &rows {
            let lowered = detail.to_lowercase();
            for secret in ["victim", "5123", "example.org", "profits", "called back"] {
                assert!(!lowered.contains(secret), "{backend:?}: {detail}");
            }
        }
    }
}
