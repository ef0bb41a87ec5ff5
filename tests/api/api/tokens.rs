//! Tokens: made by a lead (shown once, stored hashed, audited), refused
//! when revoked, expired or unknown, alike.

use diesel::prelude::*;
use fraudreport::db::schema::{api_tokens, audit_log};
use fraudreport::domain::Role;
use fraudreport::keys::lookup_key;

use super::{JsonBody, get, token};
use crate::helpers::{backends, spawn_app};
use crate::portal::{between, post_with_csrf as post};

#[actix_web::test]
async fn a_lead_creates_a_token_shown_once_stored_hashed_and_audited() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let lead = app
            .officer("lead@politsei.ee", Role::Lead, Some("ee-ppa"))
            .await;
        let made = post(
            &app,
            &lead,
            "/portal/api-tokens",
            &[("name", "Case system"), ("days", "30")],
        )
        .await;
        assert_eq!(made.status(), 200, "{backend:?}");
        let html = made.text().await.expect("body");
        let secret = between(
            &html,
            "<code class=\"secret\" id=\"api-token-secret\">",
            "</code>",
        );
        assert!(
            secret.starts_with("frt_") && secret.len() >= 4 + 32,
            "{secret}"
        );
        // Listed with its name, never shown again.
        let again = lead.get_text(&app, "/portal/api-tokens").await;
        assert!(again.contains("Case system"));
        assert!(!again.contains(&secret), "{backend:?}: shown once");
        // The database holds its lookup key, not the secret.
        let keys: Vec<(Vec<u8>, String)> = api_tokens::table
            .select((api_tokens::token_key, api_tokens::authority_id))
            .load(&mut app.db.conn())
            .expect("tokens");
        assert_eq!(keys, vec![(lookup_key(&secret), "ee-ppa".to_string())]);
        assert!(!String::from_utf8_lossy(&keys[0].0).contains(&secret[4..]));
        assert_eq!(app.audited("api-token").len(), 1, "{backend:?}");
        // It opens the API.
        assert_eq!(
            get(&app, "/api/v1/cases", Some(&secret)).await.status(),
            200
        );
    }
}

#[actix_web::test]
async fn the_token_form_keeps_what_was_typed_next_to_each_problem() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let lead = app
            .officer("lead@politsei.ee", Role::Lead, Some("ee-ppa"))
            .await;
        let refused = post(
            &app,
            &lead,
            "/portal/api-tokens",
            &[("name", " "), ("days", "400")],
        )
        .await;
        assert_eq!(refused.status(), 422, "{backend:?}");
        let html = refused.text().await.expect("body");
        assert!(html.contains("id=\"name-error\""), "{html}");
        assert!(html.contains("id=\"days-error\""));
        assert!(html.contains("from 1 to 365"));
        assert!(html.contains("value=\"400\""), "what was typed is kept");
        let count: i64 = api_tokens::table
            .count()
            .get_result(&mut app.db.conn())
            .expect("count");
        assert_eq!(count, 0);
    }
}

#[actix_web::test]
async fn officers_and_administrators_have_no_token_page_and_coordinators_manage_only_partners() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        for (email, role, authority) in [
            ("o@politsei.ee", Role::Officer, Some("ee-ppa")),
            ("a@hub.example", Role::Admin, None),
        ] {
            let who = app.officer(email, role, authority).await;
            let page = who.get(&app, "/portal/api-tokens").await;
            assert_eq!(page.status(), 404, "{backend:?} {role}");
            let made = post(
                &app,
                &who,
                "/portal/api-tokens",
                &[("name", "x"), ("days", "1")],
            )
            .await;
            assert_eq!(made.status(), 404, "{backend:?} {role}");
        }
        let lead = app
            .officer("lead@politsei.ee", Role::Lead, Some("ee-ppa"))
            .await;
        let coordinator = app.officer("c@hub.example", Role::Coordinator, None).await;
        let fields = |name| [("name", name), ("days", "7")];
        let made = post(&app, &lead, "/portal/api-tokens", &fields("police system")).await;
        assert_eq!(made.status(), 200);
        let made = post(
            &app,
            &coordinator,
            "/portal/api-tokens",
            &fields("Example Bank"),
        )
        .await;
        assert_eq!(made.status(), 200);
        let ids: Vec<(i64, String, bool)> = api_tokens::table
            .order(api_tokens::id)
            .select((api_tokens::id, api_tokens::name, api_tokens::partner))
            .load(&mut app.db.conn())
            .expect("tokens");
        let [(police, _, false), (bank, _, true)] = ids.as_slice() else {
            panic!("{backend:?}: {ids:?}");
        };
        // Each sees only its own kind, and revokes only its own kind.
        let coordinators = coordinator.get_text(&app, "/portal/api-tokens").await;
        assert!(coordinators.contains("Example Bank") && !coordinators.contains("police system"));
        let leads = lead.get_text(&app, "/portal/api-tokens").await;
        assert!(leads.contains("police system") && !leads.contains("Example Bank"));
        let path = |id: &i64| format!("/portal/api-tokens/{id}/revoke");
        assert_eq!(post(&app, &lead, &path(bank), &[]).await.status(), 404);
        assert_eq!(
            post(&app, &coordinator, &path(police), &[]).await.status(),
            404
        );
        assert_eq!(
            post(&app, &coordinator, &path(bank), &[]).await.status(),
            200
        );
        // The partner's creation and revocation are in the coordinators'
        // log (no authority), the police token's in the Estonian one.
        let rows: Vec<(String, Option<String>)> = audit_log::table
            .filter(audit_log::action.eq("api-token"))
            .order(audit_log::id)
            .select((audit_log::detail, audit_log::authority_id))
            .load(&mut app.db.conn())
            .expect("audit rows");
        let authorities: Vec<Option<&str>> = rows.iter().map(|r| r.1.as_deref()).collect();
        assert_eq!(
            authorities,
            [Some("ee-ppa"), None, None],
            "{backend:?} {rows:?}"
        );
    }
}

#[actix_web::test]
async fn revoked_expired_and_unknown_tokens_get_the_same_401_problem() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let lead = app
            .officer("lead@politsei.ee", Role::Lead, Some("ee-ppa"))
            .await;
        let revoked = token(&app, "ee-ppa");
        let expired = token(&app, "ee-ppa");
        let id: i64 = api_tokens::table
            .filter(api_tokens::token_key.eq(lookup_key(&revoked)))
            .select(api_tokens::id)
            .first(&mut app.db.conn())
            .expect("id");
        assert_eq!(
            get(&app, "/api/v1/cases", Some(&revoked)).await.status(),
            200
        );
        let r = post(&app, &lead, &format!("/portal/api-tokens/{id}/revoke"), &[]).await;
        assert_eq!(r.status(), 200, "{backend:?}");
        assert_eq!(
            app.audited("api-token"),
            vec![format!("revoked API token {id}")]
        );
        let past = chrono::Utc::now().naive_utc() - chrono::Duration::seconds(1);
        diesel::update(api_tokens::table.filter(api_tokens::token_key.eq(lookup_key(&expired))))
            .set(api_tokens::expires_at.eq(past))
            .execute(&mut app.db.conn())
            .expect("expired");
        let mut bodies = Vec::new();
        for secret in [
            Some(revoked.as_str()),
            Some(expired.as_str()),
            Some("frt_00"),
            Some("x"),
            None,
        ] {
            let r = get(&app, "/api/v1/cases/7KQ4-M2XD-9TB", secret).await;
            assert_eq!(r.status(), 401, "{backend:?} {secret:?}");
            assert_eq!(r.headers()["content-type"], "application/problem+json");
            assert!(r.headers().contains_key("www-authenticate"));
            bodies.push(r.json_body().await);
        }
        assert!(bodies.windows(2).all(|w| w[0] == w[1]), "{bodies:?}");
        assert_eq!(bodies[0]["status"], 401);
    }
}
