//! Leads and administrators manage accounts; the audit log page.

use fraudreport::domain::Role;

use super::{between, browser, post_with_csrf as post};
use crate::helpers::{TestApp, backends, spawn_app};

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

#[actix_web::test]
async fn reenrolment_locks_the_old_password_and_authenticator_and_shows_a_new_key() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let lead = app
            .officer("lead@politsei.ee", Role::Lead, Some("ee-ppa"))
            .await;
        let secret = app.add_account("lost@politsei.ee", Role::Officer, Some("ee-ppa"));
        let client = browser();
        let (old_totp, _) = app.enrol(&client, &secret).await;
        let code = old_totp.code_at(super::unix(30)).expect("code");
        assert_eq!(
            app.login(&client, "lost@politsei.ee", super::PASSWORD, &code)
                .await
                .status(),
            303
        );
        let id = super::account_id(&app, "lost@politsei.ee");
        let r = post(&app, &lead, &format!("/portal/accounts/{id}/reenrol"), &[]).await;
        let html = r.text().await.expect("body");
        let link = between(&html, "<code class=\"secret\">", "</code>");
        let new_secret = link.rsplit('/').next().expect("secret").to_string();
        // The phone thief's session, password and codes stop working at once…
        let queue = client
            .get(format!("{}/portal/cases", app.address))
            .send()
            .await
            .expect("request");
        assert_eq!(queue.status(), 303, "{backend:?}: the session ended");
        let code = old_totp.code_at(super::unix(60)).expect("code");
        let again = app
            .login(&browser(), "lost@politsei.ee", super::PASSWORD, &code)
            .await;
        assert_eq!(
            again.status(),
            401,
            "{backend:?}: the old password no longer works"
        );
        // …and the new link sets up a new authenticator key.
        let (new_totp, _) = app.enrol(&browser(), &new_secret).await;
        assert_ne!(new_totp.base32(), old_totp.base32(), "{backend:?}");
    }
}

#[actix_web::test]
async fn an_administrator_cannot_make_or_take_over_an_account_that_reads_cases() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let admin = app.officer("admin@hub.example", Role::Admin, None).await;
        app.officer("o@vp.gov.lv", Role::Officer, Some("lv-vp"))
            .await;
        for role in ["coordinator", "officer", "lead"] {
            let fields = [
                ("email", "mine@evil.example"),
                ("role", role),
                ("language", "en"),
            ];
            let r = post(&app, &admin, "/portal/accounts", &fields).await;
            assert_eq!(r.status(), 422, "{backend:?}: an admin made a {role}");
        }
        let id = latvian_id(&app);
        let r = post(&app, &admin, &format!("/portal/accounts/{id}/reenrol"), &[]).await;
        assert_eq!(
            r.status(),
            404,
            "{backend:?}: an admin re-enrolled an officer"
        );
        let fields = [
            ("email", "second.admin@hub.example"),
            ("role", "admin"),
            ("language", "en"),
        ];
        assert_eq!(
            post(&app, &admin, "/portal/accounts", &fields)
                .await
                .status(),
            200
        );
    }
}
