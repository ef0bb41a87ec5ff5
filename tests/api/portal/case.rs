//! The case page: what an officer sees of a case, who may see it, and the
//! status changes, notes and assignments made on it.

use diesel::prelude::*;
use fraudreport::db::schema::{audit_log, case_events, reports};
use fraudreport::domain::{CaseRef, Role};
use fraudreport::seal::Field;

use super::{Officer, between};
use crate::helpers::{TestApp, backends, escaped, open, spawn_app, valid_report};

/// Posts the valid report (an Estonian resident: `ee-ppa`'s case) and
/// returns its reference as shown.
async fn a_case(app: &TestApp) -> String {
    let done = app.post_report("en", &valid_report()).await;
    assert_eq!(done.status(), 303, "the report is accepted");
    reference_of(app)
}

/// The reference of the newest report, as shown.
fn reference_of(app: &TestApp) -> String {
    let stored: String = reports::table
        .select(reports::reference)
        .order(reports::id.desc())
        .first(&mut app.db.conn())
        .expect("a report");
    CaseRef::parse(&stored).expect("a reference").to_string()
}

/// POSTs a form of the case page with this officer's session.
async fn post(
    officer: &Officer,
    app: &TestApp,
    path: &str,
    form: &[(&str, &str)],
) -> reqwest::Response {
    officer
        .client
        .post(format!("{}{path}", app.address))
        .form(form)
        .send()
        .await
        .expect("request")
}

async fn page(officer: &Officer, app: &TestApp, reference: &str) -> (u16, String) {
    let res = officer
        .get(app, &format!("/portal/cases/{reference}"))
        .await;
    (res.status().as_u16(), res.text().await.expect("body"))
}

fn events(app: &TestApp) -> Vec<(String, Option<String>, Option<Vec<u8>>)> {
    case_events::table
        .select((case_events::kind, case_events::status, case_events::body))
        .order(case_events::id)
        .load(&mut app.db.conn())
        .expect("events")
}

fn audit(app: &TestApp) -> Vec<(String, String)> {
    audit_log::table
        .select((audit_log::action, audit_log::detail))
        .order(audit_log::id)
        .load(&mut app.db.conn())
        .expect("audit")
}

fn status_of(app: &TestApp) -> String {
    reports::table
        .select(reports::status)
        .first(&mut app.db.conn())
        .expect("status")
}

async fn ee_officer(app: &TestApp, name: &str) -> Officer {
    app.officer(
        &format!("{name}@politsei.ee"),
        Role::Officer,
        Some("ee-ppa"),
    )
    .await
}

#[actix_web::test]
async fn an_officer_of_the_authority_sees_everything_the_victim_gave_unsealed_for_the_view() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let done = app.post_report("en", &valid_report()).await;
        let own_page = done.headers()["location"].to_str().expect("ascii");
        let approach = app
            .client
            .post(format!("{}{own_page}/approach", app.address))
            .form(&[("websites", "asset-recovery-unit.example")])
            .send()
            .await
            .expect("request");
        assert_eq!(approach.status(), 303, "a recovery approach reported");
        let reference = reference_of(&app);
        let officer = ee_officer(&app, "k.tamm").await;
        let res = officer
            .get(&app, &format!("/portal/cases/{reference}"))
            .await;
        assert_eq!(res.status(), 200, "{backend:?}");
        assert_eq!(res.headers()["cache-control"], "no-store");
        let html = res.text().await.expect("body");
        let (sealed_email, sealed_story): (Option<Vec<u8>>, Option<Vec<u8>>) = reports::table
            .select((reports::contact_email, reports::story))
            .first(&mut app.db.conn())
            .expect("report");
        let sealed_email = sealed_email.expect("an address");
        let email = open(Field::Email, &sealed_email);
        assert_eq!(email.to_lowercase(), "victim@example.org");
        let lowered = String::from_utf8_lossy(&sealed_email).to_lowercase();
        assert!(!lowered.contains("victim@example.org"), "sealed in the DB");
        let story = open(Field::Story, &sealed_story.expect("a story"));
        for shown in [
            &email,
            &story,
            "Crypto-Trade Pro",
            "Anna Smith",
            "trade-example.com",
        ] {
            assert!(html.contains(&escaped(shown)), "{backend:?}: {shown} shown");
        }
        assert!(
            html.contains("5123 4567") || html.contains("51234567"),
            "the phone"
        );
        assert!(
            html.contains("1500.50 EUR") && html.contains("2500.00 USD"),
            "payments"
        );
        assert!(
            html.contains("DE89370400440532013000"),
            "the IBAN, normalised"
        );
        let recovery = between(&html, "<tr class=\"recovery\">", "</tr>");
        assert!(
            recovery.contains("asset-recovery-unit.example"),
            "{backend:?}"
        );
        assert!(recovery.contains("Recovery approach"), "marked: {recovery}");
        assert!(
            html.contains("Report received") && html.contains("English"),
            "language"
        );
        assert!(html.contains(&format!("href=\"/portal/cases/{reference}/message\"")));
        assert!(html.contains(&format!("href=\"/portal/cases/{reference}/reroute\"")));
        assert!(!html.contains("<profits>"), "the story is escaped");
        let views: Vec<_> = audit(&app)
            .into_iter()
            .filter(|(action, _)| action == "case-view")
            .collect();
        assert_eq!(views.len(), 1, "{backend:?}: one audit row per view");
    }
}

#[actix_web::test]
async fn another_authority_an_admin_and_a_made_up_reference_all_get_the_same_not_found() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let reference = a_case(&app).await;
        let finn = app
            .officer("m.virtanen@poliisi.fi", Role::Officer, Some("fi-poliisi"))
            .await;
        let admin = app.officer("root@hub.example", Role::Admin, None).await;
        let own = ee_officer(&app, "k.tamm").await;
        let made_up = CaseRef::generate().to_string();
        let answers = [
            page(&finn, &app, &reference).await,
            page(&admin, &app, &reference).await,
            page(&own, &app, &made_up).await,
            page(&own, &app, "not-a-reference").await,
        ];
        for (status, body) in &answers {
            assert_eq!(*status, 404, "{backend:?}");
            assert_eq!(body, &answers[0].1, "{backend:?}: identical answers");
            assert!(!body.contains("Crypto-Trade Pro"));
        }
        let token = finn.csrf(&app).await;
        let form = [("csrf_token", token.as_str()), ("note", "mine now")];
        let path = format!("/portal/cases/{reference}/notes");
        assert_eq!(post(&finn, &app, &path, &form).await.status(), 404);
        assert!(events(&app).is_empty(), "{backend:?}: nothing stored");
    }
}

#[actix_web::test]
async fn a_coordinator_sees_any_case() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let reference = a_case(&app).await;
        let hub = app
            .officer("desk@hub.example", Role::Coordinator, None)
            .await;
        let (status, html) = page(&hub, &app, &reference).await;
        assert_eq!(status, 200, "{backend:?}");
        assert!(html.contains("Crypto-Trade Pro"));
    }
}

#[actix_web::test]
async fn a_status_change_with_a_reason_is_stored_sealed_audited_and_shown_in_the_timeline() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let reference = a_case(&app).await;
        let officer = ee_officer(&app, "k.tamm").await;
        let token = officer.csrf(&app).await;
        let path = format!("/portal/cases/{reference}/status");
        let reason = "Wallets checked <against> the list";
        let form = [
            ("csrf_token", token.as_str()),
            ("to", "in_review"),
            ("reason", reason),
        ];
        let res = post(&officer, &app, &path, &form).await;
        assert_eq!(res.status(), 303, "{backend:?}");
        assert_eq!(
            res.headers()["location"],
            format!("/portal/cases/{reference}")
        );
        assert_eq!(status_of(&app), "in_review");
        let stored = events(&app);
        assert_eq!(stored.len(), 1);
        assert_eq!(stored[0].0, "status");
        assert_eq!(stored[0].1.as_deref(), Some("in_review"));
        let body = stored[0].2.clone().expect("a reason");
        assert!(
            !String::from_utf8_lossy(&body).contains("Wallets"),
            "sealed"
        );
        assert_eq!(open(Field::CaseText, &body), reason);
        let (_, html) = page(&officer, &app, &reference).await;
        let timeline = between(&html, "class=\"timeline\"", "</ol>");
        assert!(timeline.contains("Status: In review"), "{backend:?}");
        assert!(timeline.contains(&escaped(reason)));
        assert!(timeline.contains("Name of k.tamm@politsei.ee"));
        assert!(audit(&app).contains(&("status".into(), "new -> in_review".into())));
    }
}

#[actix_web::test]
async fn a_forbidden_transition_or_a_missing_reason_is_refused_and_nothing_is_stored() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let reference = a_case(&app).await;
        let officer = ee_officer(&app, "k.tamm").await;
        let token = officer.csrf(&app).await;
        let path = format!("/portal/cases/{reference}/status");
        let typed = "Back to the start & again";
        let form = [
            ("csrf_token", token.as_str()),
            ("to", "new"),
            ("reason", typed),
        ];
        let res = post(&officer, &app, &path, &form).await;
        assert_eq!(res.status(), 422, "{backend:?}");
        let html = res.text().await.expect("body");
        assert!(html.contains("The case cannot move to this status from where it stands now."));
        assert!(html.contains(&escaped(typed)), "what was typed is kept");
        let form = [
            ("csrf_token", token.as_str()),
            ("to", "closed"),
            ("reason", "  "),
        ];
        let res = post(&officer, &app, &path, &form).await;
        assert_eq!(res.status(), 422);
        assert!(
            res.text()
                .await
                .expect("body")
                .contains("Please give a reason")
        );
        assert_eq!(status_of(&app), "new");
        assert!(events(&app).is_empty(), "{backend:?}");
        let form = [
            ("csrf_token", token.as_str()),
            ("to", "closed"),
            ("reason", "Done"),
        ];
        assert_eq!(post(&officer, &app, &path, &form).await.status(), 303);
        let form = [
            ("csrf_token", token.as_str()),
            ("to", "forwarded"),
            ("reason", "x"),
        ];
        assert_eq!(post(&officer, &app, &path, &form).await.status(), 422);
        assert_eq!(status_of(&app), "closed");
        assert_eq!(events(&app).len(), 1, "{backend:?}: only the close");
        let form = [
            ("csrf_token", token.as_str()),
            ("to", "in_review"),
            ("reason", "Reopened"),
        ];
        assert_eq!(
            post(&officer, &app, &path, &form).await.status(),
            303,
            "reopen"
        );
        assert_eq!(status_of(&app), "in_review");
        let actions: Vec<String> = audit(&app).into_iter().map(|(a, _)| a).collect();
        assert_eq!(actions.iter().filter(|a| *a == "status").count(), 2);
    }
}

#[actix_web::test]
async fn a_post_without_a_valid_csrf_token_is_refused_and_stores_nothing() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let reference = a_case(&app).await;
        let officer = ee_officer(&app, "k.tamm").await;
        let before = audit(&app).len();
        for (what, field, value) in [
            ("status", "to", "in_review"),
            ("notes", "note", "a note"),
            ("assign", "assignee", ""),
        ] {
            let path = format!("/portal/cases/{reference}/{what}");
            for token in ["", &"0".repeat(64)] {
                let form = [("csrf_token", token), (field, value), ("reason", "r")];
                let res = post(&officer, &app, &path, &form).await;
                assert_eq!(res.status(), 403, "{backend:?}: {what}");
            }
        }
        assert!(events(&app).is_empty(), "{backend:?}");
        assert_eq!(status_of(&app), "new");
        assert_eq!(audit(&app).len(), before, "not even a view");
    }
}

#[actix_web::test]
async fn notes_are_appended_with_author_and_time_newest_last_and_sealed() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let reference = a_case(&app).await;
        let first = ee_officer(&app, "k.tamm").await;
        let second = ee_officer(&app, "m.kask").await;
        let path = format!("/portal/cases/{reference}/notes");
        for (officer, note) in [
            (&first, "Called the bank <today>"),
            (&second, "Bank froze it"),
        ] {
            let token = officer.csrf(&app).await;
            let form = [("csrf_token", token.as_str()), ("note", note)];
            assert_eq!(
                post(officer, &app, &path, &form).await.status(),
                303,
                "{backend:?}"
            );
        }
        let token = first.csrf(&app).await;
        let empty = [("csrf_token", token.as_str()), ("note", " \n ")];
        assert_eq!(post(&first, &app, &path, &empty).await.status(), 422);
        let stored = events(&app);
        assert_eq!(stored.len(), 2, "{backend:?}");
        for (kind, _, body) in &stored {
            assert_eq!(kind, "note");
            let body = body.clone().expect("text");
            assert!(!String::from_utf8_lossy(&body).contains("ank"), "sealed");
        }
        let (_, html) = page(&second, &app, &reference).await;
        let notes = between(&html, "class=\"notes\"", "</ol>");
        let older = notes
            .find(&escaped("Called the bank <today>"))
            .expect("first note");
        let newer = notes.find("Bank froze it").expect("second note");
        assert!(older < newer, "newest last");
        assert!(notes.contains("Name of k.tamm@politsei.ee"));
        assert!(notes.contains("Name of m.kask@politsei.ee"));
        assert!(notes.contains("<time>20"), "with the time");
        let notes_audited = audit(&app).into_iter().filter(|(a, _)| a == "note");
        assert!(notes_audited.map(|(_, d)| d).all(|d| !d.contains("bank")));
    }
}

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
