//! Status changes with a reason, refused moves, CSRF, notes.

use fraudreport::seal::Field;

use super::{a_case, audit, ee_officer, events, page, post, status_of};
use crate::helpers::{backends, escaped, open, spawn_app};
use crate::portal::between;

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
