//! Leads and administrators manage accounts; the audit log page.

use fraudreport::domain::Role;

use super::{Officer, between, browser};
use crate::helpers::{TestApp, backends, spawn_app};

async fn post(
    app: &TestApp,
    who: &Officer,
    path: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let csrf = who.csrf(app).await;
    let mut body = vec![("csrf_token", csrf.as_str())];
    body.extend_from_slice(fields);
    who.client
        .post(format!("{}{path}", app.address))
        .form(&body)
        .send()
        .await
        .expect("request")
}

#[actix_web::test]
async fn a_lead_creates_an_officer_of_its_authority_who_can_then_enrol() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let lead = app
            .officer("lead@politsei.ee", Role::Lead, Some("ee-ppa"))
            .await;
        let fields = [
            ("email", "New.Officer@politsei.ee"),
            ("name", "Mari Maasikas"),
            ("role", "officer"),
            ("language", "et"),
        ];
        let made = post(&app, &lead, "/portal/accounts", &fields).await;
        assert_eq!(made.status(), 200, "{backend:?}");
        let html = made.text().await.expect("body");
        let link = between(&html, "<code class=\"secret\">", "</code>");
        let secret = link.rsplit('/').next().expect("secret").to_string();
        assert!(html.contains("Mari Maasikas"));
        let (_, codes) = app.enrol(&browser(), &secret).await;
        assert_eq!(codes.len(), 10, "{backend:?}: the new officer enrolled");
        // A lead cannot make a coordinator, nor an officer elsewhere.
        let coordinator = [
            ("email", "c@x.example"),
            ("role", "coordinator"),
            ("language", "en"),
        ];
        assert_eq!(
            post(&app, &lead, "/portal/accounts", &coordinator)
                .await
                .status(),
            422
        );
    }
}

#[actix_web::test]
async fn a_lead_cannot_touch_another_authoritys_accounts_and_officers_manage_none() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let lead = app
            .officer("lead@politsei.ee", Role::Lead, Some("ee-ppa"))
            .await;
        let latvian = app
            .officer("o@vp.gov.lv", Role::Officer, Some("lv-vp"))
            .await;
        let id = latvian_id(&app);
        let r = post(
            &app,
            &lead,
            &format!("/portal/accounts/{id}/deactivate"),
            &[],
        )
        .await;
        assert_eq!(r.status(), 404, "{backend:?}");
        assert_eq!(
            latvian.get(&app, "/portal/cases").await.status(),
            200,
            "still logged in"
        );
        assert_eq!(latvian.get(&app, "/portal/accounts").await.status(), 404);
        assert_eq!(latvian.get(&app, "/portal/audit").await.status(), 404);
    }
}

fn latvian_id(app: &TestApp) -> i64 {
    super::account_id(app, "o@vp.gov.lv")
}

#[actix_web::test]
async fn deactivation_by_an_administrator_ends_the_officers_session_at_once() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let admin = app.officer("admin@hub.example", Role::Admin, None).await;
        let latvian = app
            .officer("o@vp.gov.lv", Role::Officer, Some("lv-vp"))
            .await;
        assert_eq!(latvian.get(&app, "/portal/cases").await.status(), 200);
        let id = latvian_id(&app);
        let r = post(
            &app,
            &admin,
            &format!("/portal/accounts/{id}/deactivate"),
            &[],
        )
        .await;
        assert_eq!(r.status(), 200, "{backend:?}");
        assert_eq!(
            latvian.get(&app, "/portal/cases").await.status(),
            303,
            "{backend:?}: session ended"
        );
        // The administrator reads the whole audit log, but no case list.
        let log = admin
            .get(&app, "/portal/audit")
            .await
            .text()
            .await
            .expect("body");
        assert!(log.contains("deactivated account"), "{backend:?}");
        assert_eq!(admin.get(&app, "/portal/cases").await.status(), 404);
    }
}

#[actix_web::test]
async fn a_lead_reads_only_its_authoritys_audit_log() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let lead = app
            .officer("lead@politsei.ee", Role::Lead, Some("ee-ppa"))
            .await;
        app.officer("o@vp.gov.lv", Role::Officer, Some("lv-vp"))
            .await;
        let log = lead
            .get(&app, "/portal/audit")
            .await
            .text()
            .await
            .expect("body");
        assert!(log.contains("Name of lead@politsei.ee"), "{backend:?}");
        assert!(
            !log.contains("o@vp.gov.lv"),
            "{backend:?}: another authority's logins"
        );
    }
}
